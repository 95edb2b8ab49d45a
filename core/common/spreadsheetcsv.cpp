#include "spreadsheetcsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dia {

QString spreadsheetSafeCell(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString spreadsheetCsvLine(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& raw : cells) {
        QString cell = spreadsheetSafeCell(raw);
        const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char(' '))
            || cell.endsWith(QLatin1Char(' '));
        if (needsQuotes)
            cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        out.append(cell);
    }
    return out.join(QLatin1Char(','));
}

Status writeSpreadsheetCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("export_failed"),
            QCoreApplication::translate("dia::SpreadsheetCsv", "Cannot write %1: %2").arg(path, file.errorString()),
            QCoreApplication::translate("dia::SpreadsheetCsv", "Choose a folder you can write to."));
    file.write("\xEF\xBB\xBF");
    file.write(spreadsheetCsvLine(header).toUtf8() + "\r\n");
    for (const QStringList& row : rows)
        file.write(spreadsheetCsvLine(row).toUtf8() + "\r\n");
    if (!file.commit())
        return makeError(QStringLiteral("export_failed"),
            QCoreApplication::translate("dia::SpreadsheetCsv", "Cannot write %1: %2").arg(path, file.errorString()),
            QCoreApplication::translate("dia::SpreadsheetCsv", "Check the free disk space and try again."));
    return {};
}

} // namespace dia
