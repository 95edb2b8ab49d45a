#include "sourcescanner.h"

#include "csvtablereader.h"
#include "formatdetector.h"
#include "xlsxtablereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <limits>

namespace dia::source {

namespace {

constexpr int kProgressMs = 200;
constexpr qint64 kScanBatch = 64 * 1024; ///< records between cancel checks in the CSV scan

void finishWarnings(ScanResult& result)
{
    if (result.rows == 0 && result.info.header) {
        result.warnings.append({ QStringLiteral("no_data_rows"), 0,
            QCoreApplication::translate("dia::source", "The file has a header but no data rows.") });
        ++result.warningCount;
    }
}

} // namespace

Result<Preview> SourceScanner::preview(const QString& path, const ReaderOptions& options, int maxRows)
{
    auto format = FormatDetector::detect(path);
    if (!format)
        return format.error();
    Preview preview;
    if (*format == FileFormat::Csv) {
        auto opened = CsvTableReader::open(path, options);
        if (!opened)
            return opened.error();
        CsvTableReader& reader = **opened;
        qint64 lastEnd = reader.dataStart();
        QList<QByteArray> fields;
        while (preview.rows.size() < maxRows) {
            RawRecord record;
            auto got = reader.nextRecord(record, &fields);
            if (!got)
                return got.error();
            if (!*got) {
                preview.complete = true;
                break;
            }
            Row row;
            row.line = record.line;
            for (const QByteArray& f : fields)
                row.fields.append(QString::fromUtf8(f));
            preview.rows.append(row);
            lastEnd = record.end;
        }
        preview.info = reader.info();
        preview.warnings = reader.warnings();
        if (preview.complete) {
            preview.estimatedRows = preview.rows.size();
        } else {
            const qint64 used = lastEnd - reader.dataStart();
            const double perRow = preview.rows.isEmpty() ? 1.0 : double(qMax<qint64>(1, used)) / preview.rows.size();
            const qint64 total = preview.info.fileSize - reader.dataStart();
            // transcoded streams: scale by the decoded/raw ratio seen so far
            preview.estimatedRows = qMax<qint64>(preview.rows.size(), qint64(double(total) / perRow));
        }
        return preview;
    }
    auto opened = openTableReader(path, options);
    if (!opened)
        return opened.error();
    TableReader& reader = **opened;
    while (preview.rows.size() < maxRows) {
        Row row;
        auto got = reader.next(row);
        if (!got)
            return got.error();
        if (!*got) {
            preview.complete = true;
            break;
        }
        preview.rows.append(row);
    }
    preview.info = reader.info();
    preview.warnings = reader.warnings();
    preview.estimatedRows = preview.rows.size();
    if (!preview.complete) {
        const auto* xlsx = dynamic_cast<const XlsxTableReader*>(&reader);
        const qint64 declared = xlsx ? xlsx->declaredRows() : -1;
        const double fraction = reader.progress();
        if (declared > 0)
            preview.estimatedRows = declared;
        else if (fraction > 0)
            preview.estimatedRows = qint64(preview.rows.size() / fraction);
    }
    return preview;
}

Result<ScanResult> SourceScanner::scan(const QString& path, const ReaderOptions& options,
    const std::function<void(const ScanProgress&)>& progress, const std::atomic<bool>* cancel)
{
    auto format = FormatDetector::detect(path);
    if (!format)
        return format.error();
    ScanResult result;
    QElapsedTimer timer;
    timer.start();
    auto report = [&](double fraction) {
        if (progress)
            progress(ScanProgress { result.rows, fraction });
    };
    // True when the scan was cancelled; otherwise reports progress at most every kProgressMs.
    auto cancelledOrReported = [&](const TableReader& reader) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return true;
        }
        if (timer.elapsed() >= kProgressMs) {
            report(reader.progress());
            timer.restart();
        }
        return false;
    };
    if (*format == FileFormat::Csv) {
        auto opened = CsvTableReader::open(path, options);
        if (!opened)
            return opened.error();
        CsvTableReader& reader = **opened;
        RawRecord record;
        CsvParser::ScanRun run;
        for (;;) {
            // a fast run of plain records, then one record the slow path reads (and reports, when ragged)
            if (Status s = reader.skipRecords(kScanBatch, std::numeric_limits<qint64>::max(), run); !s)
                return s.error();
            result.rows += run.records;
            if (cancelledOrReported(reader))
                break;
            if (run.records == kScanBatch)
                continue;
            auto got = reader.nextRecord(record, nullptr);
            if (!got)
                return got.error();
            if (!*got)
                break;
            ++result.rows;
        }
        result.info = reader.info();
        result.warnings = reader.warnings();
        result.warningCount = reader.warningCount();
    } else {
        auto opened = openTableReader(path, options);
        if (!opened)
            return opened.error();
        TableReader& reader = **opened;
        Row row;
        for (;;) {
            auto got = reader.next(row);
            if (!got)
                return got.error();
            if (!*got)
                break;
            ++result.rows;
            if ((result.rows & 0x3FF) == 0 && cancelledOrReported(reader))
                break;
        }
        result.info = reader.info();
        result.warnings = reader.warnings();
        const auto* xlsx = dynamic_cast<const XlsxTableReader*>(&reader);
        result.warningCount = xlsx ? xlsx->warningCount() : result.warnings.size();
    }
    if (!result.cancelled)
        finishWarnings(result);
    report(result.cancelled ? 0.0 : 1.0);
    return result;
}

Result<QStringList> SourceScanner::sheets(const QString& path)
{
    auto format = FormatDetector::detect(path);
    if (!format)
        return format.error();
    if (*format == FileFormat::Csv)
        return QStringList();
    ReaderOptions options;
    auto reader = openTableReader(path, options);
    if (!reader)
        return reader.error();
    return (*reader)->info().sheets;
}

} // namespace dia::source
