#include "loadpage.h"
#include "ui_loadpage.h"

#include "common/bytesize.h"
#include "importsession.h"
#include "load/loadengine.h"
#include "load/loadjob.h"
#include "load/loadjournal.h"
#include "models/chunkmodel.h"
#include "widgets/messagebanner.h"
#include "widgets/throughputchart.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

LoadPage::LoadPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::LoadPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_chunks(new ChunkModel(this))
    , m_chart(new ThroughputChart(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    auto* chartLayout = new QVBoxLayout(m_ui->chartContainer);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart);
    m_ui->chunkView->setModel(m_chunks);
    m_ui->chunkView->horizontalHeader()->setStretchLastSection(true);
    m_ui->chunkView->verticalHeader()->hide();
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { startLoad(false); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] { startLoad(true); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoadPage::cancelLoad);
}

LoadPage::~LoadPage()
{
    if (m_job)
        m_job->cancel();
}

void LoadPage::initializePage()
{
    m_ui->ratioSpin->setValue(m_session->maxFilterRatio);
    m_ui->strictCheck->setChecked(m_session->strictMode);
    m_ui->chunkSpin->setValue(m_session->chunkMiB);
    m_ui->atomicCheck->setChecked(m_session->atomic);
    if (m_session->parallel > 0)
        m_ui->parallelSpin->setValue(m_session->parallel);
    else if (m_session->aliveBackends > 0)
        m_ui->parallelSpin->setValue(load::defaultParallelism(m_session->aliveBackends));
    updateResumeButton();
}

QString LoadPage::journalPathFor(const load::LoadPlan& plan)
{
    // One journal per file, table and chunking. Only file metadata is read here (this runs on the GUI thread);
    // the engine itself checks the full fingerprint (incl. a hash of the first MiB) before resuming.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
    QDir().mkpath(dir);
    const QFileInfo file(plan.sourcePath);
    QCryptographicHash key(QCryptographicHash::Sha256);
    for (const QString& part : { file.absoluteFilePath(), QString::number(file.size()),
             QString::number(file.lastModified().toMSecsSinceEpoch()), plan.database, plan.table,
             QString::number(plan.chunkLimits.maxBytes), QString::number(plan.chunkLimits.maxRows) })
        key.addData((part + QLatin1Char('\n')).toUtf8());
    return dir + QLatin1Char('/') + QString::fromLatin1(key.result().toHex().left(32)) + QStringLiteral(".json");
}

QString LoadPage::newestUnfinishedJournal()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals"));
    const QFileInfoList journals = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time);
    for (const QFileInfo& file : journals) {
        if (!QFileInfo::exists(file.filePath() + QStringLiteral(".recipe")))
            continue;
        const Result<load::LoadJournal> journal = load::LoadJournal::load(file.filePath());
        if (!journal.ok() || journal->finished)
            continue;
        const bool started = std::any_of(journal->chunks.cbegin(), journal->chunks.cend(),
            [](const load::ChunkReport& c) { return c.attempts > 0; });
        if (started)
            return file.filePath();
    }
    return {};
}

Result<load::LoadPlan> LoadPage::buildPlan(bool resume) const
{
    load::LoadPlan plan;
    plan.sourcePath = m_session->filePath;
    plan.readerOptions = m_session->readerOptions;
    plan.database = m_session->tableDesign.database;
    plan.table = m_session->tableDesign.table;
    plan.columnsHeader = m_session->columnsHeader;
    plan.chunkLimits.maxBytes = qint64(m_ui->chunkSpin->value()) * 1024 * 1024;
    plan.parallelism = m_ui->parallelSpin->value();
    plan.maxFilterRatio = m_ui->ratioSpin->value();
    plan.strictMode = m_ui->strictCheck->isChecked();
    plan.atomic = m_ui->atomicCheck->isChecked();
    plan.resume = resume;
    plan.spoolDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/spool");
    QDir().mkpath(plan.spoolDir);
    plan.journalPath = journalPathFor(plan);
    return plan;
}

void LoadPage::updateResumeButton()
{
    const Result<load::LoadPlan> plan = buildPlan(true);
    bool resumable = false;
    if (plan.ok() && QFileInfo::exists(plan->journalPath)) {
        const Result<load::LoadJournal> journal = load::LoadJournal::load(plan->journalPath);
        resumable = journal.ok() && !journal->finished;
    }
    m_ui->resumeButton->setEnabled(resumable && !m_running);
    if (resumable)
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("An earlier load of this file into this table did not finish. Resume sends only the chunks that did "
               "not commit; chunks that may have committed are checked by their labels first."));
}

void LoadPage::startLoad(bool resume)
{
    if (m_running)
        return;
    const Result<load::LoadPlan> plan = buildPlan(resume);
    if (!plan.ok()) {
        m_banner->showError(plan.error().message, plan.error().hint);
        return;
    }
    m_banner->clearMessage();
    m_chunks->clear();
    m_chart->clear();
    m_lastSeconds = 0;
    m_lastRows = 0;
    m_lastBytes = 0;
    m_running = true;
    m_finished = false;
    m_ui->startButton->setEnabled(false);
    m_ui->resumeButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(true);
    m_ui->progressBar->setValue(0);
    Q_EMIT completeChanged();
    m_session->logInfo(resume
            ? tr("Resuming the load into %1.%2.").arg(plan->database, plan->table)
            : tr("Loading %1 into %2.%3.").arg(QFileInfo(plan->sourcePath).fileName(), plan->database, plan->table));

    m_session->chunkMiB = m_ui->chunkSpin->value();
    m_session->parallel = m_ui->parallelSpin->value();
    m_session->atomic = m_ui->atomicCheck->isChecked();
    m_session->maxFilterRatio = m_ui->ratioSpin->value();
    m_session->strictMode = m_ui->strictCheck->isChecked();
    // Beside the journal, the recipe lets the next start of the application offer to resume this job. It is
    // written on a pool thread: QSaveFile waits for the disk, which must never stall this (GUI) thread.
    auto* recipeSaved = new QFutureWatcher<Status>(this);
    connect(recipeSaved, &QFutureWatcher<Status>::finished, this, [this, recipeSaved] {
        if (const Status saved = recipeSaved->result(); !saved.ok())
            m_session->logWarning(saved.error().text());
        recipeSaved->deleteLater();
    });
    // (QString() around the concatenation: an init-capture would otherwise keep QStringBuilder's references)
    recipeSaved->setFuture(QtConcurrent::run(
        [recipe = m_session->toRecipe(), path = QString(plan->journalPath + QStringLiteral(".recipe"))] {
            return recipe.save(path);
        }));

    // The engine runs on the job's own thread; progress and the report arrive queued on this thread.
    delete m_job;
    m_job = new load::LoadJob(*plan, m_session->connectionSettings(), load::fileChunkSourceFactory(), this);
    m_session->lastPlan = *plan;
    connect(m_job, &load::LoadJob::progressChanged, this, &LoadPage::onProgress);
    connect(m_job, &load::LoadJob::loadFinished, this, &LoadPage::onFinished);
    m_job->start();
}

void LoadPage::cancelLoad()
{
    if (m_job)
        m_job->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_session->logWarning(tr("Cancelling the load…"));
}

void LoadPage::onProgress(const load::LoadProgress& progress)
{
    m_chunks->update(progress.chunks);
    const int percent = progress.chunksTotal > 0 ? progress.chunksDone * 100 / std::max(1, progress.chunksTotal)
                                                 : int(progress.sourceFraction * 95.0);
    m_ui->progressBar->setValue(std::clamp(percent, 0, 100));

    const double dt = progress.seconds - m_lastSeconds;
    if (dt > 0.05) {
        const double rowsPerSecond = double(progress.rowsRead - m_lastRows) / dt;
        const double mbPerSecond = double(progress.bytesRead - m_lastBytes) / dt / 1e6;
        m_chart->addSample(progress.seconds, std::max(0.0, rowsPerSecond), std::max(0.0, mbPerSecond));
        m_lastSeconds = progress.seconds;
        m_lastRows = progress.rowsRead;
        m_lastBytes = progress.bytesRead;
    }
    const double rate = progress.seconds > 0 ? double(progress.bytesRead) / progress.seconds : 0.0;
    const double rowsRate = progress.seconds > 0 ? double(progress.rowsRead) / progress.seconds : 0.0;
    QString eta = tr("unknown");
    if (progress.sourceFraction > 0.01 && progress.sourceFraction < 1.0) {
        const int remaining = int(progress.seconds * (1.0 - progress.sourceFraction) / progress.sourceFraction);
        eta = QStringLiteral("%1:%2").arg(remaining / 60).arg(remaining % 60, 2, 10, QLatin1Char('0'));
    } else if (progress.final) {
        eta = tr("done");
    }
    m_ui->statsLabel->setText(tr("%1 rows read, %2 loaded, %3 filtered · %4 · %5 rows/s · %6/s · ETA %7")
                                  .arg(progress.rowsRead)
                                  .arg(progress.rowsLoaded)
                                  .arg(progress.rowsFiltered)
                                  .arg(formatByteSize(progress.bytesRead))
                                  .arg(qRound64(rowsRate))
                                  .arg(formatByteSize(qint64(rate)), eta));
}

void LoadPage::onFinished(const load::LoadReport& report)
{
    m_running = false;
    m_finished = true;
    m_chunks->update(report.chunks);
    m_ui->chunkView->resizeColumnsToContents();
    m_chart->flush();
    m_ui->startButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(false);
    m_session->loadReport = report;
    m_session->hasLoadReport = true;
    switch (report.status) {
    case load::LoadReport::Status::Success:
        m_ui->progressBar->setValue(100);
        m_banner->showMessage(MessageBanner::Kind::Positive,
            tr("Loaded %1 rows in %2 s; %3 filtered.")
                .arg(report.rowsLoaded)
                .arg(report.seconds, 0, 'f', 1)
                .arg(report.rowsFiltered));
        m_session->logInfo(
            tr("Load finished: %1 rows loaded, %2 filtered.").arg(report.rowsLoaded).arg(report.rowsFiltered));
        break;
    case load::LoadReport::Status::Cancelled:
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("The load was cancelled. Chunks that committed stay loaded; Resume sends the rest."));
        m_session->logWarning(tr("Load cancelled."));
        break;
    case load::LoadReport::Status::Fail:
        m_banner->showError(report.message, report.hint);
        m_session->logError(tr("Load failed: %1").arg(report.message));
        break;
    }
    updateResumeButton();
    Q_EMIT completeChanged();
    Q_EMIT loadFinished(report);
}

void LoadPage::setChunkSizeMiB(int mib)
{
    m_ui->chunkSpin->setValue(mib);
}

void LoadPage::setParallelism(int streams)
{
    m_ui->parallelSpin->setValue(streams);
}

bool LoadPage::isComplete() const
{
    return m_finished && !m_running;
}

void LoadPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace dia::ui
