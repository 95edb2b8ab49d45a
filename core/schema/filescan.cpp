#include "filescan.h"

#include "parallelinference.h"
#include "schemainferrer.h"

#include <optional>
#include <thread>

namespace dia::schema {

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

Result<FileInference> FileScan::infer(const QString& path, const source::ReaderOptions& readerOptions,
    const InferenceOptions& options, qint64 maxRows, const std::atomic<bool>* cancel,
    const std::function<void(double)>& progress)
{
    Result<std::unique_ptr<source::TableReader>> opened = source::openTableReader(path, readerOptions);
    if (!opened)
        return opened.error();
    source::TableReader& reader = **opened;
    SchemaInferrer inferrer(reader.info().columnNames, options);
    FileInference out;
    source::RowViews row; // byte views: no QString per field
    // the whole file on several cores: this thread splits records, worker threads profile the columns
    const int cores = int(std::thread::hardware_concurrency());
    std::optional<ParallelInference> parallel;
    if (maxRows == 0 && cores > 1)
        parallel.emplace(inferrer, cores);
    qint64 rows = 0;
    while (true) {
        if (maxRows > 0 && rows >= maxRows) {
            out.complete = false;
            break;
        }
        const Result<bool> more = reader.nextViews(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (parallel)
            parallel->addRow(row.fields, row.line);
        else
            inferrer.addRow(row.fields, row.line);
        if (++rows % kBatchRows == 0) {
            if (progress)
                progress(reader.progress());
            if (cancelled(cancel)) {
                out.complete = false;
                break;
            }
        }
    }
    if (parallel)
        parallel->finish();
    if (progress)
        progress(out.complete ? 1.0 : reader.progress());
    out.info = reader.info();
    out.columns = inferrer.columns();
    out.rows = inferrer.rowCount();
    out.warnings = reader.warnings();
    return out;
}

Result<PreflightReport> FileScan::preflight(const QString& path, const source::ReaderOptions& readerOptions,
    const QList<PreflightColumn>& columns, const PreflightOptions& options, const std::atomic<bool>* cancel,
    const std::function<void(double)>& progress)
{
    Result<std::unique_ptr<source::TableReader>> opened = source::openTableReader(path, readerOptions);
    if (!opened)
        return opened.error();
    source::TableReader& reader = **opened;
    Preflight preflight(columns, options);
    source::Row row;
    qint64 rows = 0;
    while (true) {
        const Result<bool> more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        preflight.addRow(row.fields, row.line);
        if (++rows % kBatchRows == 0) {
            if (progress)
                progress(reader.progress());
            if (cancelled(cancel)) {
                preflight.markIncomplete();
                break;
            }
        }
    }
    if (progress)
        progress(1.0);
    return preflight.report();
}

QList<PreflightColumn> FileScan::preflightColumns(const QList<InferredColumn>& columns, bool rewriteDates)
{
    QList<PreflightColumn> out;
    for (const InferredColumn& c : columns) {
        PreflightColumn p;
        p.name = c.name;
        p.type = c.type;
        p.nullable = c.nullable;
        if (rewriteDates)
            p.sourceDateFormat = c.sourceDateFormat;
        p.format = c.format;
        out.append(p);
    }
    return out;
}

} // namespace dia::schema
