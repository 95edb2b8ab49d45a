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

/// The first `maxRows` records, on this thread.
Status inferSample(source::TableReader& reader, SchemaInferrer& inferrer, qint64 maxRows,
    const std::atomic<bool>* cancel, const std::function<void(double)>& progress, FileInference& out)
{
    source::RowViews row;
    for (qint64 rows = 0;; ++rows) {
        if (rows >= maxRows) {
            out.complete = false;
            return {};
        }
        const Result<bool> more = reader.nextViews(row);
        if (!more)
            return more.error();
        if (!*more)
            return {};
        inferrer.addRow(row.fields, row.line);
        if ((rows + 1) % FileScan::kBatchRows == 0) {
            if (progress)
                progress(reader.progress());
            if (cancelled(cancel)) {
                out.complete = false;
                return {};
            }
        }
    }
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
    if (maxRows > 0) {
        if (Status s = inferSample(reader, inferrer, maxRows, cancel, progress, out); !s)
            return s.error();
    } else {
        // the whole file: this thread splits records into tables, the other cores profile their columns
        const int cores = int(std::thread::hardware_concurrency());
        std::optional<ParallelInference> parallel;
        std::optional<source::FieldTable> single; // one core: this thread profiles each table itself
        if (cores > 1)
            parallel.emplace(inferrer, cores);
        else
            single.emplace(inferrer.columnCount(), ParallelInference::kBatchRows);
        for (;;) {
            source::FieldTable& table = parallel ? parallel->filling() : *single;
            const Result<bool> more = reader.nextFields(table);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (parallel) {
                parallel->submit();
            } else {
                inferrer.addTable(table);
                table.clear();
            }
            if (progress)
                progress(reader.progress());
            if (cancelled(cancel)) {
                out.complete = false;
                break;
            }
        }
        if (parallel)
            parallel->finish();
    }
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
