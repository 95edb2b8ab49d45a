#pragma once

#include "common/result.h"
#include "inferenceoptions.h"
#include "inferredcolumn.h"
#include "source/tablereader.h"

#include <QList>

#include <atomic>

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

/// Shared between a running scan and whoever watches it (the GUI polls it; cancel is honoured per batch).
struct ScanControl
{
    std::atomic<bool> cancel { false };
    std::atomic<int> permille { 0 };
    std::atomic<qint64> rows { 0 };
};

/// The whole file read once: row count, every warning (ragged rows, decoding problems), final types.
struct FileScan
{
    qint64 rows = 0;
    QList<source::SourceWarning> warnings;
    QList<InferredColumn> columns;
    bool cancelled = false;
};

/// Reads the first `maxRows` rows (fast even for huge files). Blocking: call from a worker thread.
Result<FilePreview> previewFile(const QString& path, const source::ReaderOptions& options, int maxRows = 200,
    const InferenceOptions& inference = {});

/// Reads the whole file, feeding type inference. Blocking and cancellable through `control`.
Result<FileScan> scanFile(const QString& path, const source::ReaderOptions& options, const InferenceOptions& inference,
    ScanControl* control);

} // namespace dia::schema
