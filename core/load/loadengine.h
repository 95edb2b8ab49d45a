#pragma once

#include "doris/connectionsettings.h"
#include "loadplan.h"
#include "loadprogress.h"
#include "loadreport.h"
#include "source/chunksource.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QCoreApplication>

namespace dia::load {

/// Opens the chunk source of a plan: in production `source::openChunkSource(plan.sourcePath,
/// plan.readerOptions, plan.chunkLimits, spoolDir)`, in tests a fake.
using ChunkSourceFactory = std::function<Result<std::unique_ptr<source::ChunkSource>>(const LoadPlan& plan)>;
/// Receives throttled progress (at most 5 per second, plus one with `final` set) on the thread running run().
using ProgressCallback = std::function<void(const LoadProgress& progress)>;

/// The factory for real files (core/source).
ChunkSourceFactory fileChunkSourceFactory();

/// Loads a file as a sequence of Stream Loads with exactly-once semantics.
///
/// run() blocks: call it on a worker thread (LoadJob does that for the GUI; the CLI calls it on its main
/// thread, which has no GUI). It cuts chunks on this thread, at most `parallelism + 1` materialized at a
/// time, and sends them from `parallelism` worker QThreads, each with its own StreamLoadClient. Labels are
/// `<prefix>_<jobId>_<index>`; every chunk's state goes to the journal (when set) before and after each
/// request. Retries follow the retry decision table; a chunk whose outcome is unknown is looked up by label
/// before it is sent again. Atomic mode prepares every chunk with two-phase commit, then commits them all, or
/// aborts them all. `cancel` is honoured within about 100 ms (in-flight requests are aborted).
class LoadEngine final
{
    Q_DECLARE_TR_FUNCTIONS(dia::load::LoadEngine) // lupdate files member functions' texts under the class
public:
    LoadEngine(LoadPlan plan, doris::ConnectionSettings settings, ChunkSourceFactory factory);
    ~LoadEngine();
    Q_DISABLE_COPY_MOVE(LoadEngine)

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    LoadReport run(const std::atomic<bool>& cancel);

    /// format=csv plus the body format's own headers (BodyFormat::streamLoadHeaders()).
    static QList<QPair<QByteArray, QByteArray>> formatHeaders(const source::BodyFormat& format);
    /// Everything but label/auth: format headers, columns, max_filter_ratio, strict_mode, timezone, extras.
    static QList<QPair<QByteArray, QByteArray>> requestHeaders(const LoadPlan& plan, const source::BodyFormat& format);

private:
    struct Job;
    LoadPlan m_plan;
    doris::ConnectionSettings m_settings;
    ChunkSourceFactory m_factory;
    ProgressCallback m_progress;
};

} // namespace dia::load
