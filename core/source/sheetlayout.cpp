#include "sheetlayout.h"

#include "dialectsniffer.h"

#include <QSet>

#include <map>

namespace dia::source {

namespace {

int nonEmpty(const QStringList& row)
{
    int n = 0;
    for (const QString& c : row)
        n += c.isEmpty() ? 0 : 1;
    return n;
}

bool looksNumeric(const QString& v)
{
    bool ok = false;
    v.toDouble(&ok);
    if (ok)
        return true;
    int digits = 0;
    for (QChar c : v) {
        if (c.isDigit())
            ++digits;
        else if (!QStringLiteral("-/:. T").contains(c))
            return false;
    }
    return digits >= 4;
}

} // namespace

SheetLayout SheetLayout::decide(const QList<QStringList>& firstRows, const ReaderOptions& options)
{
    SheetLayout layout;
    std::map<int, int> widths;
    for (const QStringList& row : firstRows)
        ++widths[nonEmpty(row)];
    int mode = 0;
    int best = 0;
    for (const auto& [w, n] : widths) {
        if (n > best || (n == best && w > mode)) {
            best = n;
            mode = w;
        }
    }
    if (options.skipLines >= 0) {
        layout.skipRows = options.skipLines;
    } else if (mode > 1) {
        for (int r = 0; r < firstRows.size() && r < 10; ++r) {
            if (nonEmpty(firstRows.at(r)) * 2 > mode)
                break;
            layout.skipRows = r + 1;
        }
        if (layout.skipRows >= firstRows.size())
            layout.skipRows = 0;
    }
    const int first = layout.skipRows;
    const QStringList head = first < firstRows.size() ? firstRows.at(first) : QStringList();
    if (options.header.has_value()) {
        layout.header = *options.header;
    } else {
        QSet<QString> seen;
        bool ok = !head.isEmpty();
        for (const QString& c : head) {
            const QString v = c.trimmed();
            if (v.isEmpty() || looksNumeric(v) || seen.contains(v)) {
                ok = false;
                break;
            }
            seen.insert(v);
        }
        layout.header = ok;
    }
    int width = 0;
    if (layout.header) {
        width = static_cast<int>(head.size());
    } else {
        for (int r = first; r < firstRows.size(); ++r)
            width = qMax(width, static_cast<int>(firstRows.at(r).size()));
    }
    layout.columnCount = width;
    QList<QByteArray> cells;
    if (layout.header) {
        for (const QString& c : head)
            cells.append(c.toUtf8());
    }
    layout.columnNames = DialectSniffer::columnNames(cells, width);
    return layout;
}

} // namespace dia::source
