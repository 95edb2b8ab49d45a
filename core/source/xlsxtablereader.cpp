#include "xlsxtablereader.h"

#include "sheetlayout.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace dia::source {

namespace {

constexpr int kSniffRows = 50;
constexpr int kMaxColumns = 16384;
constexpr int kMaxWarnings = 1000;

/// "BC12" -> column 54 (0-based) and row 12; column -1 when malformed.
int columnOf(QByteArrayView ref, qint64* row = nullptr)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char c = ref.at(i);
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
        if (column > kMaxColumns)
            return -1;
    }
    if (row)
        *row = ref.sliced(i).toLongLong();
    return column - 1;
}

/// dst = v, reusing dst's storage (no allocation per cell).
void setBytes(QByteArray& dst, QByteArrayView v)
{
    dst.resize(v.size());
    if (!v.isEmpty())
        std::memcpy(dst.data(), v.data(), size_t(v.size()));
}

} // namespace

Result<std::unique_ptr<XlsxTableReader>> XlsxTableReader::open(const QString& path, const ReaderOptions& options)
{
    auto book = XlsxWorkbook::open(path);
    if (!book)
        return book.error();
    std::unique_ptr<XlsxTableReader> reader(new XlsxTableReader);
    reader->m_book = std::move(*book);
    auto sheet = reader->m_book->sheet(options.sheet);
    if (!sheet)
        return sheet.error();
    SourceInfo& info = reader->m_info;
    info.format = FileFormat::Xlsx;
    info.encoding = QStringLiteral("UTF-8");
    info.delimiter = QStringLiteral(",");
    info.quote = QLatin1Char('"');
    info.lineEnding = QStringLiteral("\n");
    info.sheets = reader->m_book->sheetNames();
    info.sheet = sheet->name;
    info.fileSize = QFileInfo(path).size();
    if (Status s = reader->m_stream.open(path, sheet->path, XlsxWorkbook::kMaxSheetBytes); !s)
        return s.error();

    QList<QStringList> first;
    while (reader->m_lookahead.size() < kSniffRows) {
        QStringList cells;
        qint64 number = 0;
        auto got = reader->readRow(cells, number);
        if (!got)
            return got.error();
        if (!*got)
            break;
        reader->m_lookahead.enqueue({ number, cells });
        first.append(cells);
    }
    const SheetLayout layout = SheetLayout::decide(first, options);
    info.header = layout.header;
    info.skipLines = layout.skipRows;
    info.columnNames = layout.columnNames;
    reader->m_columnCount = layout.columnCount;
    const int drop = layout.skipRows + (layout.header ? 1 : 0);
    for (int i = 0; i < drop && !reader->m_lookahead.isEmpty(); ++i)
        reader->m_firstDataRow = reader->m_lookahead.dequeue().first + 1;
    return reader;
}

qint64 XlsxTableReader::declaredRows() const
{
    if (m_dimensionLastRow < 0)
        return -1;
    return qMax<qint64>(0, m_dimensionLastRow - m_firstDataRow + 1);
}

void XlsxTableReader::addWarning(const QString& code, qint64 line, const QString& message)
{
    ++m_warningCount;
    if (m_warnings.size() < kMaxWarnings)
        m_warnings.append(SourceWarning { code, line, message });
}

Result<bool> XlsxTableReader::next(Row& row)
{
    QStringList cells;
    qint64 number = 0;
    if (!m_lookahead.isEmpty()) {
        auto entry = m_lookahead.dequeue();
        number = entry.first;
        cells = std::move(entry.second);
    } else {
        auto got = readRow(cells, number);
        if (!got || !*got)
            return got;
    }
    if (cells.size() > m_columnCount) {
        addWarning(QStringLiteral("ragged_row"), number,
            tr("Row %1 has %2 cells, the header has %3.").arg(number).arg(cells.size()).arg(m_columnCount));
    }
    while (cells.size() < m_columnCount)
        cells.append(QString());
    row.line = number;
    row.fields = std::move(cells);
    return true;
}

QString XlsxTableReader::cellValue()
{
    const QByteArrayView t = m_cellType;
    if (XlsxSheetScanner::is(t, "s")) {
        bool ok = false;
        const int index = m_cellText.trimmed().toInt(&ok);
        const QStringList& strings = m_book->sharedStrings();
        if (!ok || index < 0 || index >= strings.size()) {
            addWarning(QStringLiteral("bad_cell"), m_rowNumber,
                tr("Cell %1 refers to a missing shared string; it is read as empty.")
                    .arg(QString::fromUtf8(m_cellRef)));
            return {};
        }
        return strings.at(index);
    }
    if (XlsxSheetScanner::is(t, "inlineStr") || XlsxSheetScanner::is(t, "str"))
        return QString::fromUtf8(m_cellText);
    if (XlsxSheetScanner::is(t, "b"))
        return m_cellText.trimmed() == "1" ? QStringLiteral("true") : QStringLiteral("false");
    if (XlsxSheetScanner::is(t, "e")) {
        addWarning(QStringLiteral("cell_error"), m_rowNumber,
            tr("Cell %1 holds the error %2; it is read as empty.")
                .arg(QString::fromUtf8(m_cellRef), QString::fromUtf8(m_cellText)));
        return {};
    }
    if (XlsxSheetScanner::is(t, "d")) {
        QString iso = QString::fromUtf8(m_cellText.trimmed());
        iso.replace(QLatin1Char('T'), QLatin1Char(' '));
        if (iso.endsWith(QLatin1Char('Z')))
            iso.chop(1);
        if (iso.endsWith(QLatin1String(" 00:00:00")))
            iso.chop(9);
        return iso;
    }
    if (m_cellText.isEmpty())
        return {};
    const DateKind kind = m_book->styleDateKind(m_cellStyle);
    if (kind != DateKind::None) {
        bool ok = false;
        const double serial = m_cellText.trimmed().toDouble(&ok);
        if (ok) {
            const QString iso = CellFormatter::serialToIso(serial, m_book->date1904(), kind);
            if (!iso.isEmpty())
                return iso;
        }
    }
    // plain decimal text (the usual case) is already in the form Doris parses; exponents are expanded
    const QByteArray& v = m_cellText;
    bool plain = true;
    for (char c : v) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-')) {
            plain = false;
            break;
        }
    }
    if (plain && v != "-0")
        return QString::fromLatin1(v);
    return CellFormatter::formatNumber(QString::fromUtf8(v));
}

Result<bool> XlsxTableReader::readRow(QStringList& cells, qint64& rowNumber)
{
    cells.clear();
    bool inRow = false;
    for (;;) {
        auto token = m_stream.next();
        if (!token)
            return token.error();
        switch (*token) {
        case XlsxSheetScanner::Token::EndDocument:
            return false;
        case XlsxSheetScanner::Token::StartElement: {
            const QByteArrayView name = m_stream.name();
            if (XlsxSheetScanner::is(name, "c")) {
                setBytes(m_cellRef, m_stream.attribute("r"));
                setBytes(m_cellType, m_stream.attribute("t"));
                const QByteArrayView style = m_stream.attribute("s");
                m_cellStyle = style.isEmpty() ? 0 : style.toInt();
                m_cellColumn = m_cellRef.isEmpty() ? m_nextColumn : columnOf(m_cellRef);
                if (m_cellColumn < 0 || m_cellColumn >= kMaxColumns) {
                    return makeError(QStringLiteral("bad_workbook"),
                        tr("Cell reference \"%1\" in row %2 is invalid.")
                            .arg(QString::fromUtf8(m_cellRef))
                            .arg(m_rowNumber),
                        tr("Save the workbook again from Excel, or export it as CSV."));
                }
                m_cellText.resize(0); // keeps the storage
            } else if (XlsxSheetScanner::is(name, "v")) {
                m_inValue = true;
            } else if (XlsxSheetScanner::is(name, "t")) {
                m_inInlineText = true;
            } else if (XlsxSheetScanner::is(name, "rPh")) {
                ++m_phonetic;
            } else if (XlsxSheetScanner::is(name, "row")) {
                inRow = true;
                const QByteArrayView r = m_stream.attribute("r");
                m_rowNumber = r.isEmpty() ? m_rowNumber + 1 : r.toLongLong();
                m_nextColumn = 0;
            } else if (XlsxSheetScanner::is(name, "dimension")) {
                const QByteArrayView ref = m_stream.attribute("ref");
                const qsizetype colon = ref.indexOf(':');
                qint64 last = -1;
                columnOf(ref.sliced(colon + 1), &last);
                m_dimensionLastRow = last > 0 ? last : -1;
            } else if (XlsxSheetScanner::is(name, "mergeCell")) {
                const QByteArrayView ref = m_stream.attribute("ref");
                const qsizetype colon = ref.indexOf(':');
                qint64 firstRow = 0;
                columnOf(colon >= 0 ? ref.first(colon) : ref, &firstRow);
                addWarning(QStringLiteral("merged_cells"), firstRow,
                    tr("Cells %1 are merged; only the top-left cell has a value, the others are read as empty.")
                        .arg(QString::fromUtf8(ref)));
            }
            break;
        }
        case XlsxSheetScanner::Token::Text:
            if (m_inValue || (m_inInlineText && m_phonetic == 0))
                m_cellText.append(m_stream.text());
            break;
        case XlsxSheetScanner::Token::EndElement: {
            const QByteArrayView name = m_stream.name();
            if (XlsxSheetScanner::is(name, "v")) {
                m_inValue = false;
            } else if (XlsxSheetScanner::is(name, "t")) {
                m_inInlineText = false;
            } else if (XlsxSheetScanner::is(name, "rPh")) {
                --m_phonetic;
            } else if (XlsxSheetScanner::is(name, "c")) {
                QString value = cellValue();
                if (!value.isEmpty()) {
                    while (cells.size() <= m_cellColumn)
                        cells.append(QString());
                    cells[m_cellColumn] = std::move(value);
                }
                m_nextColumn = m_cellColumn + 1;
            } else if (XlsxSheetScanner::is(name, "row") && inRow) {
                inRow = false;
                if (cells.isEmpty())
                    continue; // styled but empty row
                rowNumber = m_rowNumber;
                return true;
            }
            break;
        }
        }
    }
}

} // namespace dia::source
