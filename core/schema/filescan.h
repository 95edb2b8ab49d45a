#pragma once

#include "inferenceoptions.h"
#include "inferredcolumn.h"
#include "preflight.h"

#include "common/result.h"
#include "source/readeroptions.h"
#include "source/tablereader.h"

#include <atomic>
#include <functional>

namespace dia::schema {

/// What an inference pass over a file found.
struct FileInference
{
    source::SourceInfo info;
    QList<InferredColumn> columns;
    qint64 rows = 0;
    QList<source::SourceWarning> warnings; ///< what the reader found (ragged rows, decoding problems)
    bool complete = true; ///< false when cancelled or stopped at `maxRows` (a fast, sample-based answer)
};

/// Whole-file passes of inference and preflight on top of the row reader (source::openTableReader).
/// Both stream: memory is bounded by the column count, not the file size.
class FileScan
{
public:
    static constexpr int kBatchRows = 4096;

    /// Infers column types. `maxRows` > 0 stops after that many data rows (the preview answer);
    /// `cancel` is checked every kBatchRows rows (the whole file: every table of ParallelInference::kBatchRows);
    /// `progress` (0..1) is called at the same points.
    static Result<FileInference> infer(const QString& path, const source::ReaderOptions& readerOptions,
        const InferenceOptions& options = {}, qint64 maxRows = 0, const std::atomic<bool>* cancel = nullptr,
        const std::function<void(double)>& progress = {});

    /// Predicts what Doris filters when the file's rows are loaded into `columns` (in file order).
    static Result<PreflightReport> preflight(const QString& path, const source::ReaderOptions& readerOptions,
        const QList<PreflightColumn>& columns, const PreflightOptions& options,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(double)>& progress = {});

    /// Preflight columns from inferred ones (name, type, nullability; `rewriteDates` keeps the date format
    /// so the check sees the ISO value the loader will send).
    static QList<PreflightColumn> preflightColumns(const QList<InferredColumn>& columns, bool rewriteDates);
};

} // namespace dia::schema
