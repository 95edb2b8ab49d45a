#pragma once

#include "loadengine.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace dia::load {

/// Runs one LoadEngine on its own QThread for the GUI. Signals are emitted from that thread and arrive
/// queued on the receiver's thread: progressChanged at most 5 times a second, then exactly one loadFinished.
///
///     auto* job = new LoadJob(plan, settings, fileChunkSourceFactory(), this);
///     connect(job, &LoadJob::progressChanged, this, &Page::onLoadProgress);
///     connect(job, &LoadJob::loadFinished, this, &Page::onLoadFinished);
///     job->start();   // ... job->cancel() from a button; honoured within ~100 ms
class LoadJob final : public QObject
{
    Q_OBJECT

public:
    LoadJob(LoadPlan plan, doris::ConnectionSettings settings, ChunkSourceFactory factory, QObject* parent = nullptr);
    /// Cancels a running load and waits for its thread (aborts in flight, atomic loads roll back first).
    ~LoadJob() override;
    Q_DISABLE_COPY_MOVE(LoadJob)

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(const dia::load::LoadProgress& progress);
    void loadFinished(const dia::load::LoadReport& report);

private:
    LoadPlan m_plan;
    doris::ConnectionSettings m_settings;
    ChunkSourceFactory m_factory;
    std::atomic<bool> m_cancel { false };
    std::unique_ptr<QThread> m_thread;
};

} // namespace dia::load

Q_DECLARE_METATYPE(dia::load::LoadReport)
