#include "xlstablereader.h"

#include "cellformatter.h"
#include "sheetlayout.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <freexl.h>

namespace dia::source {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::source", text);
}

Error badXls(const QString& path, int code)
{
    return makeError(QStringLiteral("bad_workbook"),
        tr("%1 is not a readable Excel 97-2003 (.xls) workbook (FreeXL error %2).").arg(path).arg(code),
        tr("Save the workbook again from Excel as .xlsx, or export it as CSV."));
}

/// FreeXL hands dates out as text only, computed with its own calendar: it counts the serial's days
/// forward from 1900-01-01 (1904-01-02 in the 1904 system) treating EVERY fourth year as a leap year
/// (so 2100-03-01 comes out as 2100-02-29), and rounds the time of day to the second without carrying
/// into the day ("24:00:00"). This undoes FreeXL's calendar to get the serial back, then formats it with
/// CellFormatter like the XLSX reader does. Returns the serial, or NaN when the text is not FreeXL's.
double freexlSerial(const char* text, DateKind kind, bool date1904)
{
    int y = 0;
    int m = 0;
    int d = 0;
    int hh = 0;
    int mm = 0;
    int ss = 0;
    int used = 0;
    const double bad = std::numeric_limits<double>::quiet_NaN();
    if (kind == DateKind::Time) {
        if (std::sscanf(text, "%2d:%2d:%2d%n", &hh, &mm, &ss, &used) != 3 || text[used] != '\0')
            return bad;
        return (hh * 3600 + mm * 60 + ss) / 86400.0;
    }
    if (kind == DateKind::DateTime) {
        if (std::sscanf(text, "%7d-%2d-%2d %2d:%2d:%2d%n", &y, &m, &d, &hh, &mm, &ss, &used) != 6 || text[used] != '\0')
            return bad;
    } else if (std::sscanf(text, "%7d-%2d-%2d%n", &y, &m, &d, &used) != 3 || text[used] != '\0') {
        return bad;
    }
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
        return bad;
    static constexpr int kMonthDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    // days since 1900-01-01 in FreeXL's calendar (1900 is a leap year there, as in Excel)
    qint64 days = qint64(y - 1900) * 365 + (y - 1) / 4 - 1899 / 4;
    for (int i = 1; i < m; ++i)
        days += kMonthDays[i - 1] + (i == 2 && y % 4 == 0 ? 1 : 0);
    days += d - 1;
    // FreeXL's day 1 is 1900-01-01 (serial 1) or 1904-01-02 (serial 1 of the 1904 system)
    const qint64 serial = date1904 ? days - 1461 : days + 1;
    return double(serial) + (hh * 3600 + mm * 60 + ss) / 86400.0;
}

QString freexlDate(const char* text, DateKind kind, bool date1904)
{
    const double serial = freexlSerial(text, kind, date1904);
    if (std::isnan(serial))
        return QString::fromUtf8(text);
    const QString iso = CellFormatter::serialToIso(serial, date1904, kind);
    if (!iso.isEmpty())
        return iso;
    // out of the calendar (after 9999-12-31): the number, as the XLSX reader keeps it
    return CellFormatter::formatNumber(QString::number(serial, 'g', QLocale::FloatingPointShortest));
}

} // namespace

XlsTableReader::~XlsTableReader() = default;

Result<std::unique_ptr<XlsTableReader>> XlsTableReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<XlsTableReader> reader(new XlsTableReader);
    auto worker = XlsWorker::start(path);
    if (!worker)
        return worker.error();
    reader->m_worker = std::move(*worker);
    const XlsWorker::Workbook& book = reader->m_worker->workbook();
    if (book.openResult != FREEXL_OK)
        return badXls(path, book.openResult);
    if (book.passwordProtected) {
        return makeError(QStringLiteral("encrypted_workbook"), tr("The workbook is password-protected."),
            tr("Remove the password in Excel and save it again."));
    }
    reader->m_date1904 = book.date1904;
    SourceInfo& info = reader->m_info;
    info.format = FileFormat::Xls;
    info.encoding = QStringLiteral("UTF-8");
    info.delimiter = QStringLiteral(",");
    info.quote = QLatin1Char('"');
    info.lineEnding = QStringLiteral("\n");
    info.fileSize = QFileInfo(path).size();
    info.sheets = book.sheets;
    if (info.sheets.isEmpty())
        return makeError(QStringLiteral("bad_workbook"), tr("The workbook has no worksheets."));
    int index = 0;
    if (!options.sheet.isEmpty()) {
        index = static_cast<int>(info.sheets.indexOf(options.sheet));
        if (index < 0) {
            bool ok = false;
            const int n = options.sheet.toInt(&ok);
            index = ok && n >= 0 && n < info.sheets.size() ? n : -1;
        }
        if (index < 0) {
            return makeError(QStringLiteral("sheet_not_found"),
                tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
                    .arg(options.sheet, info.sheets.join(QStringLiteral(", "))),
                tr("Choose a sheet by name or by 0-based index."));
        }
    }
    info.sheet = info.sheets.at(index);
    unsigned short columns = 0;
    auto selected = reader->m_worker->selectSheet(index, reader->m_rows, columns);
    if (!selected)
        return selected.error();
    if (*selected != FREEXL_OK)
        return badXls(path, -1);

    QList<QStringList> first;
    while (reader->m_pending.size() < 50) {
        unsigned int number = 0;
        QStringList cells;
        auto got = reader->readRow(number, cells);
        if (!got)
            return got.error();
        if (!*got)
            break;
        first.append(cells);
        reader->m_pending.append({ number, std::move(cells) });
    }
    const SheetLayout layout = SheetLayout::decide(first, options);
    info.header = layout.header;
    info.skipLines = layout.skipRows;
    info.columnNames = layout.columnNames;
    reader->m_columnCount = layout.columnCount;
    const int drop = layout.skipRows + (layout.header ? 1 : 0);
    for (int i = 0; i < drop && !reader->m_pending.isEmpty(); ++i)
        reader->m_nextRow = reader->m_pending.takeFirst().first + 1;
    return reader;
}

Result<bool> XlsTableReader::readRow(unsigned int& number, QStringList& cells)
{
    for (;;) {
        auto got = m_worker->nextRow(number, m_cells);
        if (!got || !*got)
            return got;
        cells.clear();
        for (const XlsWorker::Cell& cell : m_cells) {
            QString value;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                value = QString::number(cell.integer);
                break;
            case FREEXL_CELL_DOUBLE:
                value = CellFormatter::formatNumber(QString::number(cell.number, 'g', QLocale::FloatingPointShortest));
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                value = QString::fromUtf8(cell.text);
                break;
            case FREEXL_CELL_DATE:
                value = freexlDate(cell.text, DateKind::Date, m_date1904);
                break;
            case FREEXL_CELL_DATETIME:
                value = freexlDate(cell.text, DateKind::DateTime, m_date1904);
                break;
            case FREEXL_CELL_TIME:
                value = freexlDate(cell.text, DateKind::Time, m_date1904);
                break;
            default:
                break;
            }
            if (!value.isEmpty()) {
                while (cells.size() < cell.column)
                    cells.append(QString());
                cells.append(value);
            }
        }
        if (!cells.isEmpty())
            return true;
    }
}

Result<bool> XlsTableReader::next(Row& row)
{
    if (m_ended)
        return false;
    unsigned int r = 0;
    QStringList cells;
    if (!m_pending.isEmpty()) {
        auto entry = m_pending.takeFirst();
        r = entry.first;
        cells = std::move(entry.second);
    } else {
        auto got = readRow(r, cells);
        if (!got)
            return got;
        if (!*got) {
            m_ended = true;
            m_nextRow = m_rows;
            m_worker.reset();
            return false;
        }
    }
    m_nextRow = r + 1;
    if (cells.size() > m_columnCount && m_warnings.size() < 1000) {
        m_warnings.append({ QStringLiteral("ragged_row"), r + 1,
            tr("Row %1 has %2 cells, the header has %3.").arg(r + 1).arg(cells.size()).arg(m_columnCount) });
    }
    while (cells.size() < m_columnCount)
        cells.append(QString());
    row.line = r + 1;
    row.fields = std::move(cells);
    return true;
}

double XlsTableReader::progress() const
{
    return m_ended || m_rows == 0 ? 1.0 : double(m_nextRow) / double(m_rows);
}

} // namespace dia::source
