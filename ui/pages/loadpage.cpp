#include "loadpage.h"
#include "ui_loadpage.h"

#include "common/bytesize.h"
#include "importsession.h"
#include "load/fieldrulesbuilder.h"
#include "load/loadengine.h"
#include "load/loadhistory.h"
#include "load/loadjob.h"
#include "load/loadjournal.h"
#include "models/chunkmodel.h"
#include "widgets/backendloadpanel.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"
#include "widgets/throughputchart.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
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
    , m_backendPanel(new BackendLoadPanel(this))
{
    m_ui->setupUi(this);
    // Rows per BE beside the chart: the chunk table below keeps its room.
    auto* backendLayout = new QVBoxLayout(m_ui->backendContainer);
    backendLayout->setContentsMargins(0, 0, 0, 0);
    backendLayout->addWidget(m_backendPanel);
    backendLayout->addStretch(1);
    m_backendPanel->setCompact(true);
    fillCompressionCombo();
    // Below the Start/Cancel row, so a banner appearing or going away never moves the buttons under the pointer.
    m_ui->rootLayout->insertWidget(m_ui->rootLayout->indexOf(m_ui->statsLabel) + 1, m_banner);
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
    // Another file or table than the load shown: start from a clean page (nothing of the previous import shows).
    const QString shown = loadKey();
    if (!m_running && shown != m_shownKey) {
        resetView();
        m_shownKey = shown;
    }
    m_ui->ratioSpin->setValue(m_session->maxFilterRatio);
    m_ui->strictCheck->setChecked(m_session->strictMode);
    m_ui->chunkSpin->setValue(m_session->chunkMiB);
    m_ui->atomicCheck->setChecked(m_session->atomic);
    m_ui->compressionCombo->setCurrentIndex(
        std::max(0, m_ui->compressionCombo->findData(load::compressionName(m_session->compression))));
    if (m_session->parallel > 0)
        m_ui->parallelSpin->setValue(m_session->parallel);
    else if (m_session->aliveBackends > 0)
        m_ui->parallelSpin->setValue(load::defaultParallelism(m_session->aliveBackends));
    updateResumeButton();
}

QString LoadPage::loadKey() const
{
    return QStringList { QFileInfo(m_session->filePath).absoluteFilePath(), m_session->tableDesign.database,
        m_session->tableDesign.table, QString::number(m_session->importNumber) }
        .join(QLatin1Char('\n'));
}

void LoadPage::resetView()
{
    m_finished = false;
    m_startAfterScan.reset();
    m_banner->clearMessage();
    m_chunks->clear();
    m_chart->clear();
    m_backendPanel->clear();
    m_ui->progressBar->setValue(0);
    m_ui->statsLabel->clear();
    m_ui->startButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(false);
    Q_EMIT completeChanged();
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

source::FieldRules LoadPage::fieldRules(bool emptyAsString) const
{
    // the mapping names each file column's target and its type: empty cells become NULL in nullable targets, and
    // once the whole file was scanned its value formats are converted (columns whose dates the `columns` header
    // already converts with str_to_date are left to it)
    QStringList targets;
    QStringList convertible;
    QList<doris::ColumnInfo> table;
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    for (qsizetype i = 0; i < m_session->mapping.size(); ++i) {
        const recipe::RecipeColumn& column = m_session->mapping.at(i);
        targets.append(column.include ? column.name : QString());
        const bool dateExpression
            = i < inferred.size() && !inferred.at(i).sourceDateFormat.isEmpty() && inferred.at(i).type.isTemporal();
        convertible.append(dateExpression ? QString() : targets.last());
        doris::ColumnInfo info;
        info.name = column.name;
        info.type = column.type;
        info.nullable = column.nullable && !column.key;
        table.append(info);
    }
    source::FieldRules rules = load::makeFieldRules(targets, table, emptyAsString);
    if (m_session->scanComplete) {
        // the formats detected or chosen on the mapping page; offsets become the zone shown there, the one
        // buildPlan() also sends as the load's timezone
        schema::ConversionOptions conversion;
        conversion.emptyAsString = emptyAsString;
        conversion.timezone = m_session->loadTimezone();
        load::addConversions(rules, inferred, convertible, table, conversion);
    }
    return rules;
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
    plan.emptyAsString = m_session->emptyAsString;
    plan.fieldRules = fieldRules(plan.emptyAsString);
    plan.timezone = m_session->loadTimezone(); // explicit: Doris's own default is Asia/Shanghai, not the cluster's
    plan.atomic = m_ui->atomicCheck->isChecked();
    plan.compression = chosenCompression(); // as doris-import load --compress
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

void LoadPage::onScanEnded()
{
    if (!m_startAfterScan)
        return;
    const bool resume = *m_startAfterScan;
    m_startAfterScan.reset();
    m_banner->clearMessage();
    if (isVisible()) {
        startLoad(resume);
        return;
    }
    m_ui->startButton->setEnabled(true);
    updateResumeButton();
}

void LoadPage::startLoad(bool resume)
{
    if (m_running)
        return;
    if (m_session->scanRunning) {
        m_startAfterScan = resume;
        m_ui->startButton->setEnabled(false);
        m_ui->resumeButton->setEnabled(false);
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("Reading the whole file first: its value formats decide how values are sent. The load starts as soon "
               "as the scan is done."));
        return;
    }
    const Result<load::LoadPlan> plan = buildPlan(resume);
    if (!plan.ok()) {
        m_banner->showError(plan.error().message, plan.error().hint);
        return;
    }
    if (!resume && !confirmLoadAgain(*plan))
        return;
    m_banner->clearMessage();
    m_chunks->clear();
    m_chart->clear();
    m_backendPanel->clear();
    m_lastSeconds = 0;
    m_lastRows = 0;
    m_lastBytes = 0;
    m_firstProgress = true;
    m_attemptsLogged.clear();
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
    m_session->compression = plan->compression;
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
    recipe::ImportRecipe journalRecipe = m_session->toRecipe();
    journalRecipe.timezone = plan->timezone; // a resume converts offsets to this zone, whatever the cluster says then
    recipeSaved->setFuture(QtConcurrent::run(
        [recipe = std::move(journalRecipe), path = QString(plan->journalPath + QStringLiteral(".recipe"))] {
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

void LoadPage::waitForLoad()
{
    // Deleting the job waits for its thread; the journal is then as far as the load got.
    delete m_job;
    m_running = false;
}

void LoadPage::cancelLoadAndForget()
{
    cancelLoad();
    waitForLoad();
    if (!m_session->lastPlan.journalPath.isEmpty())
        QFile::remove(m_session->lastPlan.journalPath + QStringLiteral(".recipe"));
    m_session->logWarning(tr("Load cancelled; it will not be offered for resuming."));
}

void LoadPage::onProgress(const load::LoadProgress& progress)
{
    m_chunks->update(progress.chunks);
    m_backendPanel->showChunks(progress.chunks);
    logRetries(progress.chunks);

    // Progress is what Doris committed, never more: rows of committed chunks against the rows in the file.
    qint64 committedRows = 0;
    for (const load::ChunkReport& chunk : progress.chunks) {
        if (chunk.status == load::ChunkStatus::Committed || chunk.status == load::ChunkStatus::Precommitted)
            committedRows += chunk.rows;
    }
    const qint64 totalRows = m_session->scanComplete ? m_session->scan.rows : 0;
    double fraction = 0.0;
    if (totalRows > 0)
        fraction = double(committedRows) / double(totalRows);
    else if (progress.chunksTotal > 0)
        fraction = double(progress.chunksDone) / double(progress.chunksTotal);
    else if (!progress.chunks.isEmpty())
        fraction = progress.sourceFraction * double(progress.chunksDone) / double(progress.chunks.size());
    // 100 % belongs to a load that succeeded (onFinished); a running one shows at most 99 %.
    m_ui->progressBar->setValue(std::clamp(int(fraction * 100.0), 0, 99));

    // Throughput from this run only: after a Resume the chunks committed earlier are skipped in a blink, which
    // is no rate at all. The first snapshot is the baseline.
    if (m_firstProgress) {
        m_firstProgress = false;
        m_startSeconds = progress.seconds;
        m_startCommittedRows = committedRows;
        m_lastSeconds = progress.seconds;
        m_lastRows = progress.rowsRead;
        m_lastBytes = progress.bytesRead;
    }
    const double dt = progress.seconds - m_lastSeconds;
    if (dt > 0.05) {
        const double rowsPerSecond = double(progress.rowsRead - m_lastRows) / dt;
        const double mbPerSecond = double(progress.bytesRead - m_lastBytes) / dt / 1e6;
        m_chart->addSample(progress.seconds, std::max(0.0, rowsPerSecond), std::max(0.0, mbPerSecond));
        m_lastSeconds = progress.seconds;
        m_lastRows = progress.rowsRead;
        m_lastBytes = progress.bytesRead;
    }
    const double elapsed = progress.seconds - m_startSeconds;
    const qint64 committedThisRun = committedRows - m_startCommittedRows;
    const double rowsRate = elapsed > 0 ? double(committedThisRun) / elapsed : 0.0;
    const double rate = progress.bytesPerSecond;
    QString eta;
    if (progress.final) {
        eta = tr("done");
    } else if (totalRows > 0 && committedThisRun > 0 && elapsed >= 1.0 && committedRows < totalRows) {
        // Known only once this run committed something and the file's row count is known.
        const qint64 remaining = qint64(double(totalRows - committedRows) / rowsRate) + 1;
        eta = tr("%1:%2 left").arg(remaining / 60).arg(remaining % 60, 2, 10, QLatin1Char('0'));
    }
    QString stats = tr("%1 of %2 rows committed, %3 filtered · %4 read · %5 rows/s · %6/s")
                        .arg(committedRows)
                        .arg(totalRows > 0 ? QString::number(totalRows) : tr("?"))
                        .arg(progress.rowsFiltered)
                        .arg(formatByteSize(progress.bytesRead))
                        .arg(qRound64(rowsRate))
                        .arg(formatByteSize(qint64(rate)));
    if (!eta.isEmpty())
        stats += QStringLiteral(" · ") + eta;
    m_ui->statsLabel->setText(stats);
}

void LoadPage::logRetries(const QList<load::ChunkReport>& chunks)
{
    // A chunk sent again says why in the Log and on the page: a load never retries silently.
    for (const load::ChunkReport& chunk : chunks) {
        if (chunk.attempts <= 1 || chunk.attempts <= m_attemptsLogged.value(chunk.index))
            continue;
        m_attemptsLogged.insert(chunk.index, chunk.attempts);
        // why the previous attempt failed ("attempt 1 on BE ...: connection refused"); the chunk's message is
        // already the new attempt's when the snapshot comes after it
        const QString why = !chunk.retries.isEmpty() ? chunk.retries.last()
            : chunk.message.isEmpty()                ? tr("no answer from Doris")
                                                     : chunk.message;
        const QString text
            = tr("Chunk %1 is sent again (attempt %2): %3").arg(chunk.index + 1).arg(chunk.attempts).arg(why);
        m_session->logWarning(text);
        m_banner->showMessage(MessageBanner::Kind::Warning, text.toHtmlEscaped());
    }
}

bool LoadPage::confirmLoadAgain(const load::LoadPlan& plan)
{
    const std::optional<load::PreviousLoad> previous = load::findPreviousLoad(plan);
    if (!previous)
        return true;
    const QLocale locale;
    const QString when = previous->finished.date() == QDate::currentDate()
        ? locale.toString(previous->finished.time(), QLocale::ShortFormat)
        : locale.toString(previous->finished, QLocale::ShortFormat);
    const QString text = tr("%1 was already loaded into %2.%3 at %4: %5 rows.\n\nLoad it again? Its rows would then "
                            "be in the table twice.")
                             .arg(QFileInfo(plan.sourcePath).fileName(), previous->database, previous->table, when,
                                 locale.toString(previous->rowsLoaded));
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Load the file again?"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_session->logWarning(tr("Loading %1 into %2.%3 again, as asked.")
                                  .arg(QFileInfo(plan.sourcePath).fileName(), plan.database, plan.table));
        return true;
    }
    m_banner->showMessage(MessageBanner::Kind::Information,
        tr("Nothing was loaded: %1.%2 already holds this file's %3 rows.")
            .arg(previous->database.toHtmlEscaped(), previous->table.toHtmlEscaped(),
                locale.toString(previous->rowsLoaded)));
    return false;
}

void LoadPage::onFinished(const load::LoadReport& report)
{
    m_running = false;
    m_finished = true;
    m_chunks->update(report.chunks);
    m_backendPanel->showChunks(report.chunks, report.compression);
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

void LoadPage::fillCompressionCombo()
{
    // Refilled on a language switch; the choice stays.
    const QVariant current = m_ui->compressionCombo->currentData();
    m_ui->compressionCombo->clear();
    m_ui->compressionCombo->addItem(tr("Automatic"), load::compressionName(load::Compression::Auto));
    m_ui->compressionCombo->addItem(tr("gzip"), load::compressionName(load::Compression::Gzip));
    m_ui->compressionCombo->addItem(tr("LZ4"), load::compressionName(load::Compression::Lz4));
    m_ui->compressionCombo->addItem(tr("None"), load::compressionName(load::Compression::None));
    m_ui->compressionCombo->setCurrentIndex(
        current.isValid() ? std::max(0, m_ui->compressionCombo->findData(current)) : 0);
}

load::Compression LoadPage::chosenCompression() const
{
    const Result<load::Compression> chosen
        = load::compressionFromName(m_ui->compressionCombo->currentData().toString());
    return chosen.ok() ? *chosen : load::Compression::Auto;
}

void LoadPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCompressionCombo();
    }
    QWizardPage::changeEvent(event);
}

} // namespace dia::ui
