#pragma once

#include "tablereader.h"

#include <atomic>
#include <functional>

namespace dia::source {

/// The first rows of a file, available fast whatever its size.
struct Preview
{
    SourceInfo info;
    QList<Row> rows;
    QList<SourceWarning> warnings;
    qint64 estimatedRows = 0; ///< data rows, exact when `complete`, else estimated from bytes (or the sheet dimension)
    bool complete = false; ///< the whole file was read
};

/// Progress of a full scan; reported at most every ~200 ms plus once at the end.
struct ScanProgress
{
    qint64 rows = 0;
    double fraction = 0.0; ///< 0..1
};

/// What a full scan found.
struct ScanResult
{
    SourceInfo info;
    qint64 rows = 0; ///< data rows (header and skipped lines excluded)
    QList<SourceWarning> warnings; ///< the first ones (capped)
    qint64 warningCount = 0; ///< all warnings, including those not kept
    bool cancelled = false;
};

/// Preview, sheet listing and the cancellable full scan used by `inspect` and the GUI (no Widgets; call
/// from any thread, one call per thread at a time).
class SourceScanner
{
public:
    static constexpr int kDefaultPreviewRows = 200;

    static Result<Preview> preview(
        const QString& path, const ReaderOptions& options, int maxRows = kDefaultPreviewRows);
    /// Reads every row. `progress` (may be empty) is called from the calling thread; `cancel` (may be null)
    /// is checked every few thousand rows; a cancelled scan returns what it counted with `cancelled` set.
    static Result<ScanResult> scan(const QString& path, const ReaderOptions& options,
        const std::function<void(const ScanProgress&)>& progress = {}, const std::atomic<bool>* cancel = nullptr);
    /// Sheet names of a workbook (empty list for CSV).
    static Result<QStringList> sheets(const QString& path);
};

} // namespace dia::source
