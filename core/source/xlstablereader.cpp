#include "xlstablereader.h"

#include "cfbreader.h"
#include "dialectsniffer.h"
#include "sheetlayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dia::source {

namespace {

constexpr int kMaxWarnings = 1000;

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::source", text);
}

QString saveAgainHint()
{
    return tr("Open it in Excel and save it again as .xlsx, or export the sheet as CSV.");
}

/// A "bad_workbook" error of the container or BIFF layer, with the file named.
Error unreadable(const QString& path, const Error& error)
{
    if (error.code != QLatin1String("bad_workbook"))
        return error;
    return makeError(error.code, tr("%1 is not a readable Excel 97-2003 (.xls) workbook: %2").arg(path, error.message),
        saveAgainHint());
}

/// The workbook stream of the compound file `path` ("Workbook", or "Book" for Excel 5/95), or the whole file
/// for an Excel 2-4 worksheet.
Result<QByteArray> workbookStream(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("file_unreadable"), tr("Cannot open %1: %2.").arg(path, file.errorString()),
            tr("Check the file permissions."));
    }
    const qint64 size = file.size();
    uchar* mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray bytes;
    if (mapped)
        bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), size);
    else
        bytes = file.readAll();
    if (!bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // Excel 2-4 saved a worksheet as a bare BIFF stream, without a compound file around it
        if (bytes.size() > CfbReader::kMaxStreamBytes) {
            return makeError(QStringLiteral("bad_workbook"),
                tr("%1 is larger than 512 MiB, too large for an Excel 2-4 worksheet.").arg(path), saveAgainHint());
        }
        return QByteArray(bytes.constData(), bytes.size());
    }
    auto cfb = CfbReader::open(bytes);
    if (!cfb)
        return unreadable(path, cfb.error());
    for (const char* name : { "Workbook", "Book" }) {
        auto stream = cfb->stream(QString::fromLatin1(name));
        if (stream)
            return stream;
        if (stream.error().code != QLatin1String("not_found"))
            return unreadable(path, stream.error());
    }
    const QStringList streams = cfb->streamNames();
    if (streams.contains(QStringLiteral("EncryptedPackage"))) {
        return makeError(QStringLiteral("encrypted_workbook"), tr("The workbook is password-protected."),
            tr("Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again."));
    }
    return makeError(QStringLiteral("bad_workbook"),
        tr("%1 is an OLE2 compound file but not an Excel workbook: it has no Workbook stream (its streams: %2).")
            .arg(path, streams.isEmpty() ? tr("none") : streams.join(QStringLiteral(", "))),
        tr("Choose an Excel workbook, a CSV or an XLSX file (a Word or PowerPoint file cannot be loaded)."));
}

/// `cells` without its trailing empty cells (what SheetLayout expects).
QStringList trimmed(QStringList cells)
{
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace

void XlsTableReader::addWarning(const QString& code, qint64 line, const QString& message)
{
    ++m_warningCount;
    if (m_warnings.size() < kMaxWarnings)
        m_warnings.append(SourceWarning { code, line, message });
}

Result<std::unique_ptr<XlsTableReader>> XlsTableReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<XlsTableReader> reader(new XlsTableReader);
    auto stream = workbookStream(path);
    if (!stream)
        return stream.error();
    auto book = BiffWorkbook::parse(*stream);
    if (!book)
        return unreadable(path, book.error());
    reader->m_book = std::make_unique<BiffWorkbook>(std::move(*book));
    const BiffWorkbook& wb = *reader->m_book;

    SourceInfo& info = reader->m_info;
    info.format = FileFormat::Xls;
    info.encoding = QStringLiteral("UTF-8");
    info.delimiter = QStringLiteral(",");
    info.quote = QLatin1Char('"');
    info.lineEnding = QStringLiteral("\n");
    info.fileSize = QFileInfo(path).size();
    int firstVisible = -1;
    for (const BiffWorkbook::Sheet& sheet : wb.sheets()) {
        info.sheets.append(sheet.name);
        if (sheet.hidden)
            info.hiddenSheets.append(sheet.name);
        else if (firstVisible < 0)
            firstVisible = int(info.sheets.size()) - 1;
    }
    if (info.sheets.isEmpty()) {
        return makeError(QStringLiteral("bad_workbook"), tr("The workbook has no worksheets."),
            tr("Check that the workbook holds a worksheet (charts and macro sheets cannot be loaded)."));
    }
    int index = qMax(0, firstVisible);
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
    const qint64 start = wb.sheets().at(index).offset;
    qint64 end = wb.stream().size();
    for (const BiffWorkbook::Sheet& sheet : wb.sheets()) {
        if (sheet.offset > start)
            end = qMin<qint64>(end, sheet.offset);
    }
    XlsTableReader* self = reader.get();
    reader->m_sheet = std::make_unique<BiffSheetReader>(wb, start, end,
        [self](const QString& code, qint64 line, const QString& message) { self->addWarning(code, line, message); });
    if (Status s = reader->m_sheet->scan(); !s)
        return unreadable(path, s.error());

    QList<QStringList> first;
    while (reader->m_pending.size() < 50) {
        quint32 number = 0;
        QStringList cells;
        if (!reader->m_sheet->nextRow(number, cells))
            break;
        first.append(trimmed(cells));
        reader->m_pending.append({ number, std::move(cells) });
    }
    const SheetLayout layout = SheetLayout::decide(first, options);
    info.header = layout.header;
    info.skipLines = layout.skipRows;
    info.columnNames = layout.columnNames;
    reader->m_columnCount = qMax(layout.columnCount, reader->m_sheet->width());
    if (reader->m_columnCount > layout.columnCount) {
        // cells right of the header (or of the first rows): named like CSV columns without a header
        QList<QByteArray> head;
        if (layout.header && layout.skipRows < first.size()) {
            for (const QString& c : first.at(layout.skipRows))
                head.append(c.toUtf8());
        }
        info.columnNames = DialectSniffer::columnNames(head, reader->m_columnCount);
    }
    const int drop = layout.skipRows + (layout.header ? 1 : 0);
    for (int i = 0; i < drop && !reader->m_pending.isEmpty(); ++i)
        reader->m_pending.removeFirst();
    return reader;
}

Result<bool> XlsTableReader::next(Row& row)
{
    if (m_ended)
        return false;
    quint32 r = 0;
    QStringList cells;
    if (!m_pending.isEmpty()) {
        auto entry = m_pending.takeFirst();
        r = entry.first;
        cells = std::move(entry.second);
    } else if (!m_sheet->nextRow(r, cells)) {
        m_ended = true;
        return false;
    }
    while (cells.size() < m_columnCount)
        cells.append(QString());
    row.line = qint64(r) + 1;
    row.fields = std::move(cells);
    return true;
}

double XlsTableReader::progress() const
{
    if (m_ended)
        return 1.0;
    return qMin(m_sheet->progress(), 0.999);
}

} // namespace dia::source
