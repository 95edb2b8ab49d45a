#pragma once

#include "common/result.h"
#include "inferenceoptions.h"
#include "inferredcolumn.h"
#include "source/tablereader.h"

#include <QList>

namespace dia::schema {

/// The first rows of a file, what the reader detected, and a first type proposal from those rows.
struct FilePreview
{
    source::SourceInfo info;
    QList<source::Row> rows;
    QList<source::SourceWarning> warnings;
    qint64 estimatedRows = -1; ///< from the bytes the preview consumed; -1 when unknown
    bool complete = false; ///< the preview reached the end of the file: rows is all there is
    QList<InferredColumn> columns; ///< inferred from the preview rows only
};

/// Reads the first `maxRows` rows (fast even for huge files). Blocking: call from a worker thread.
Result<FilePreview> previewFile(const QString& path, const source::ReaderOptions& options, int maxRows = 200,
    const InferenceOptions& inference = {});

} // namespace dia::schema
