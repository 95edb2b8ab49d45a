#include "fileanalysis.h"

#include "schemainferrer.h"
#include "source/sourcescanner.h"

namespace dia::schema {

Result<FilePreview> previewFile(const QString& path, const source::ReaderOptions& options, int maxRows,
    const InferenceOptions& inference)
{
    const Result<source::Preview> read = source::SourceScanner::preview(path, options, maxRows);
    if (!read.ok())
        return read.error();
    FilePreview preview;
    preview.info = read->info;
    preview.rows = read->rows;
    preview.warnings = read->warnings;
    preview.estimatedRows = read->estimatedRows;
    preview.complete = read->complete;
    SchemaInferrer inferrer(preview.info.columnNames, inference);
    for (const source::Row& row : std::as_const(preview.rows))
        inferrer.addRow(row.fields, row.line);
    preview.columns = inferrer.columns();
    return preview;
}

Result<FileScan> scanFile(const QString& path, const source::ReaderOptions& options, const InferenceOptions& inference,
    ScanControl* control)
{
    auto reader = source::openTableReader(path, options);
    if (!reader.ok())
        return reader.error();
    SchemaInferrer inferrer((*reader)->info().columnNames, inference);
    FileScan scan;
    source::Row row;
    constexpr int kBatch = 4096;
    for (;;) {
        for (int i = 0; i < kBatch; ++i) {
            const Result<bool> more = (*reader)->next(row);
            if (!more.ok())
                return more.error();
            if (!*more) {
                scan.rows = inferrer.rowCount();
                scan.warnings = (*reader)->warnings();
                scan.columns = inferrer.columns();
                if (control) {
                    control->permille = 1000;
                    control->rows = scan.rows;
                }
                return scan;
            }
            inferrer.addRow(row.fields, row.line);
        }
        if (control) {
            control->permille = int((*reader)->progress() * 1000.0);
            control->rows = inferrer.rowCount();
            if (control->cancel) {
                scan.cancelled = true;
                scan.rows = inferrer.rowCount();
                scan.warnings = (*reader)->warnings();
                scan.columns = inferrer.columns();
                return scan;
            }
        }
    }
}

} // namespace dia::schema
