#include "fileanalysis.h"

#include "schemainferrer.h"
#include "source/sourcescanner.h"

namespace dia::schema {

Result<FilePreview> previewFile(
    const QString& path, const source::ReaderOptions& options, int maxRows, const InferenceOptions& inference)
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

} // namespace dia::schema
