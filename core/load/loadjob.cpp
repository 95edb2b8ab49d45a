#include "loadjob.h"

#include <QThread>

namespace dia::load {

LoadJob::LoadJob(LoadPlan plan, doris::ConnectionSettings settings, ChunkSourceFactory factory, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_settings(std::move(settings))
    , m_factory(std::move(factory))
{
    qRegisterMetaType<dia::load::LoadProgress>();
    qRegisterMetaType<dia::load::LoadReport>();
}

LoadJob::~LoadJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void LoadJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        LoadEngine engine(m_plan, m_settings, m_factory);
        engine.setProgressCallback([this](const LoadProgress& progress) { Q_EMIT progressChanged(progress); });
        const LoadReport report = engine.run(m_cancel);
        Q_EMIT loadFinished(report);
    }));
    m_thread->setObjectName(QStringLiteral("dia-load"));
    m_thread->start();
}

void LoadJob::cancel()
{
    m_cancel = true;
}

bool LoadJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace dia::load
