#include "loadengine.h"

#include "common/logging.h"
#include "doris/httpsession.h"
#include "doris/streamloadclient.h"
#include "labelscheme.h"
#include "loadjournal.h"
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace dia::load {

namespace {

QByteArray quoteColumn(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QLatin1String("``"));
    return (QLatin1Char('`') + escaped + QLatin1Char('`')).toUtf8();
}

/// Sleeps up to `ms`, waking early when cancelled.
void pause(int ms, const std::atomic<bool>& cancel)
{
    QElapsedTimer timer;
    timer.start();
    while (!cancel.load() && timer.elapsed() < ms)
        std::this_thread::sleep_for(std::chrono::milliseconds(qMin<qint64>(50, ms - timer.elapsed() + 1)));
}

/// Lowers the calling thread's CPU priority (and that of threads it starts later); Linux only, best effort.
void lowerCurrentThreadPriority()
{
#if defined(Q_OS_LINUX)
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, tid, ::getpriority(PRIO_PROCESS, tid) + 10);
#endif
}

} // namespace

QList<QPair<QByteArray, QByteArray>> LoadEngine::formatHeaders(const source::BodyFormat& format)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append(qMakePair(QByteArray("format"), QByteArray("csv")));
    headers.append(format.streamLoadHeaders());
    return headers;
}

QList<QPair<QByteArray, QByteArray>> LoadEngine::requestHeaders(const LoadPlan& plan, const source::BodyFormat& format)
{
    QList<QPair<QByteArray, QByteArray>> headers = formatHeaders(format);
    if (!plan.columnsHeader.isEmpty()) {
        headers.append(qMakePair(QByteArray("columns"), plan.columnsHeader.toUtf8()));
    } else if (!plan.columns.isEmpty()) {
        QByteArrayList quoted;
        for (const QString& column : plan.columns)
            quoted.append(quoteColumn(column));
        headers.append(qMakePair(QByteArray("columns"), quoted.join(',')));
    }
    headers.append(qMakePair(QByteArray("max_filter_ratio"), QByteArray::number(plan.maxFilterRatio, 'g', 10)));
    if (plan.strictMode)
        headers.append(qMakePair(QByteArray("strict_mode"), QByteArray("true")));
    if (!plan.timezone.isEmpty())
        headers.append(qMakePair(QByteArray("timezone"), plan.timezone.toUtf8()));
    headers.append(plan.extraHeaders);
    return headers;
}

/// State shared by the coordinator and the workers; everything mutable is guarded by `mutex`.
struct LoadEngine::Job
{
    Q_DECLARE_TR_FUNCTIONS(dia::load::LoadEngine::Job) // lupdate files member functions' texts under the class
public:
    const LoadPlan& plan;
    const doris::ConnectionSettings& settings;
    const std::atomic<bool>& cancel;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// For byte-range chunks of the original file: they hold no quote at a field start, no backslash and no
    /// CR, so enclose/escape/trim cannot change how Doris splits them, and without those headers Doris (and
    /// the sim) use their faster plain CSV splitter.
    QList<QPair<QByteArray, QByteArray>> passthroughHeaders;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<source::Chunk> queue;
    bool producerDone = false;
    bool stop = false; ///< a chunk failed for good: send nothing more
    int workersAlive = 0;
    int inFlight = 0;
    LoadJournal journal; ///< also the live chunk table
    bool journalEnabled = false;
    Error journalError;
    Error failure; ///< the first permanent failure
    qint64 bytesRead = 0;
    /// A load reached a BE in this run: a BE that then refuses connections was lost (retry through the FE),
    /// not misconfigured (fail with the override diagnosis).
    bool anyBeReached = false;
    bool anyFeAnswered = false; ///< the FE's HTTP port answered once in this job
    /// Auto compression: decided once, by the first chunk that committed uncompressed.
    bool compressionDecided = false;
    bool compressionDeciding = false;
    bool probing = false; ///< an attempt's body is measuring the wire (WireProbeDevice)
    CompressionDecision autoDecision;
    double fastestRedirectMs = -1;

    Job(const LoadPlan& p, const doris::ConnectionSettings& s, const std::atomic<bool>& c)
        : plan(p)
        , settings(s)
        , cancel(c)
    { }

    void saveLocked(LoadJournal::Durability durability = LoadJournal::Durability::Durable)
    {
        if (!journalEnabled)
            return;
        if (Status saved = journal.save(plan.journalPath, durability); !saved && journalError.code.isEmpty())
            journalError = saved.error();
    }

    ChunkReport snapshot(int index)
    {
        std::lock_guard lock(mutex);
        return journal.upsert(index);
    }

    void update(const ChunkReport& entry)
    {
        std::lock_guard lock(mutex);
        journal.upsert(entry.index) = entry;
        saveLocked(LoadJournal::Durability::Atomic); // a sync per chunk would stall every chunk's send
        changed.notify_all();
    }

    void failJob(const Error& error)
    {
        std::lock_guard lock(mutex);
        if (failure.code.isEmpty())
            failure = error;
        stop = true;
        changed.notify_all();
    }

    void worker();
    void processChunk(doris::StreamLoadClient& client, const source::Chunk& chunk);
    /// The codec for the next attempt of a chunk.
    Compression codecForNextAttempt();
    /// Auto mode, after a chunk went through uncompressed: measure the codecs on its body and decide.
    void decideCompression(const source::Chunk& chunk, const doris::LoadAttemptInfo& attempt);
    /// The request for one attempt with `codec` (headers, body, size).
    /// Auto mode: bodies from this size on measure the link while they stream (smaller ones after they commit).
    /// The probe times kProbeMeasureBytes after kProbeSettleBytes: by then the socket send buffer (up to 4 MiB on
    /// Linux) and whatever the path buffers are full, so bytes leave at the link's rate.
    static constexpr qint64 kProbeSettleBytes = 6 * 1024 * 1024;
    static constexpr qint64 kProbeMeasureBytes = 10 * 1024 * 1024;
    static constexpr qint64 kProbeMinBody = 20 * 1024 * 1024;
    /// Auto mode: the smallest committed body whose time says something about the link.
    static constexpr qint64 kMinMeasuredBody = 1024 * 1024;
    /// Makes this attempt the one probing the wire, unless decided or another attempt probes.
    bool claimProbe();
    /// True when this attempt's body probes the wire (see `probing`).
    bool prepareRequest(doris::StreamLoadRequest& request, const source::Chunk& chunk, Compression codec,
        const doris::StreamLoadClient& client);
    /// Auto mode, while a body streams: decide from the measured wire rate; true = abandon it, resend compressed.
    /// The FE round trip for the auto decision: the fastest redirect seen, confirmed by up to three quick requests
    /// to the FE when it looks like a network (a single slow answer on a busy host is not a long link).
    void confirmRoundTrip(double redirectMs);
    bool decideWhileSending(
        double wireBytesPerSecond, double redirectMs, const QByteArray& sample, QString* switchMessage);
};

Compression LoadEngine::Job::codecForNextAttempt()
{
    if (plan.compression != Compression::Auto)
        return plan.compression;
    std::lock_guard lock(mutex);
    return compressionDecided ? autoDecision.codec : Compression::None;
}

bool LoadEngine::Job::decideWhileSending(
    double wireBytesPerSecond, double redirectMs, const QByteArray& sample, QString* switchMessage)
{
    const QList<CodecSample> codecs { measureCodec(sample, Compression::Lz4), measureCodec(sample, Compression::Gzip) };
    confirmRoundTrip(redirectMs);
    std::lock_guard lock(mutex);
    if (compressionDecided)
        return false;
    autoDecision = chooseCompression(
        wireBytesPerSecond, fastestRedirectMs, codecs, qMax(1, plan.parallelism), qMax(1, QThread::idealThreadCount()));
    compressionDecided = true;
    qCInfo(lcLoad).noquote() << "compression:" << compressionName(autoDecision.codec) << "-" << autoDecision.reason;
    if (autoDecision.codec == Compression::None)
        return false;
    *switchMessage
        = tr("the link is the limit: sent again compressed with %1").arg(compressionName(autoDecision.codec));
    return true;
}

bool LoadEngine::Job::claimProbe()
{
    std::lock_guard lock(mutex);
    if (compressionDecided || probing)
        return false;
    probing = true;
    return true;
}

bool LoadEngine::Job::prepareRequest(doris::StreamLoadRequest& request, const source::Chunk& chunk, Compression codec,
    const doris::StreamLoadClient& client)
{
    request.headers = chunk.info.plainFields ? passthroughHeaders : headers;
    const std::shared_ptr<const source::ChunkBody> body = chunk.body;
    if (codec == Compression::Gzip || codec == Compression::Lz4) {
        request.headers.append(qMakePair(QByteArray("compress_type"), compressTypeHeader(codec)));
        request.bodySize = -1; // compressed as it streams: size unknown, chunked transfer coding
        request.openBody = [body, codec]() -> std::unique_ptr<QIODevice> {
            auto plain = body->open();
            if (!plain || !plain->isOpen())
                return nullptr;
            auto compressed = std::make_unique<CompressingDevice>(std::move(plain), codec);
            if (!compressed->isOpen())
                return nullptr;
            return compressed;
        };
        return false;
    }
    if (plan.compression == Compression::Auto && chunk.info.bodySize >= kProbeMinBody && claimProbe()) {
        // The first large body of an auto load measures the link as it goes; it is abandoned and sent again
        // compressed when the link turns out to be the limit (after ~10 MiB, not after the whole chunk).
        request.bodySize = chunk.info.bodySize;
        const doris::StreamLoadClient* sender = &client;
        request.openBody = [this, body, sender]() -> std::unique_ptr<QIODevice> {
            auto plain = body->open();
            if (!plain || !plain->isOpen())
                return nullptr;
            return std::make_unique<WireProbeDevice>(
                std::move(plain),
                [this, sender](double rate, const QByteArray& sample, QString* message) {
                    // this attempt's redirect has happened: its time is the freshest round-trip estimate
                    return decideWhileSending(rate, sender->lastAttempt().redirectMs, sample, message);
                },
                kProbeSettleBytes, kProbeMeasureBytes);
        };
        return true;
    }
    request.bodySize = chunk.info.bodySize;
    request.openBody = [body]() { return body->open(); };
    return false;
}

void LoadEngine::Job::confirmRoundTrip(double redirectMs)
{
    double fastest = redirectMs;
    {
        std::lock_guard lock(mutex);
        if (fastestRedirectMs >= 0 && (fastest < 0 || fastestRedirectMs < fastest))
            fastest = fastestRedirectMs;
    }
    // One slow answer (a busy FE, a busy host) must not pass for a long link: ask the FE three more times.
    if (fastest < 0 || fastest >= 1.0) {
        doris::HttpSession http(settings.trustSelfSigned);
        http.setCancelFlag(&cancel);
        QUrl url = settings.feBaseUrl();
        url.setPath(QStringLiteral("/api/health"));
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer clock;
            clock.start();
            const doris::HttpResponse response
                = http.send("GET", url, {}, nullptr, 0, settings.connectTimeoutMs, settings.connectTimeoutMs);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            if (response.gotResponse() && (fastest < 0 || ms < fastest))
                fastest = ms;
        }
    }
    std::lock_guard lock(mutex);
    if (fastest >= 0 && (fastestRedirectMs < 0 || fastest < fastestRedirectMs))
        fastestRedirectMs = fastest;
}

void LoadEngine::Job::decideCompression(const source::Chunk& chunk, const doris::LoadAttemptInfo& attempt)
{
    {
        std::lock_guard lock(mutex);
        if (compressionDecided || compressionDeciding)
            return;
        // a small body's time is mostly round trips and the server's work, not the wire: wait for a larger one
        if (attempt.bodyBytesSent < kMinMeasuredBody)
            return;
        compressionDeciding = true;
    }
    // A sample of this chunk's own data (the next chunks are of the same file).
    QByteArray sample;
    if (auto device = chunk.body->open(); device && device->isOpen())
        sample = device->read(4 * 1024 * 1024);
    const QList<CodecSample> codecs { measureCodec(sample, Compression::Lz4), measureCodec(sample, Compression::Gzip) };
    const double wire = attempt.bodyMs > 0 ? double(attempt.bodyBytesSent) * 1000.0 / double(attempt.bodyMs) : 0.0;
    confirmRoundTrip(attempt.redirectMs);
    std::lock_guard lock(mutex);
    autoDecision = chooseCompression(
        wire, fastestRedirectMs, codecs, qMax(1, plan.parallelism), qMax(1, QThread::idealThreadCount()));
    compressionDecided = true;
    compressionDeciding = false;
    qCInfo(lcLoad).noquote() << "compression:" << compressionName(autoDecision.codec) << "-" << autoDecision.reason;
}

void LoadEngine::Job::worker()
{
    doris::StreamLoadClient client(settings);
    client.setCancelFlag(&cancel);
    for (;;) {
        source::Chunk chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [this] { return !queue.empty() || producerDone || stop || cancel.load(); });
            if (queue.empty() || stop || cancel.load())
                break;
            chunk = std::move(queue.front());
            queue.pop_front();
            ++inFlight;
            changed.notify_all();
        }
        processChunk(client, chunk);
        chunk = {}; // drop the body (and its spool file) before taking the next
        std::lock_guard lock(mutex);
        --inFlight;
        changed.notify_all();
    }
    std::lock_guard lock(mutex);
    queue.clear();
    --workersAlive;
    changed.notify_all();
}

void LoadEngine::Job::processChunk(doris::StreamLoadClient& client, const source::Chunk& chunk)
{
    ChunkReport entry = snapshot(chunk.info.index);
    const bool atomic = plan.atomic;
    // A chunk sent before (this run's retries or a crashed run) may have committed: look before sending.
    bool uncertain = entry.attempts > 0 || entry.status == ChunkStatus::Sending;
    int tries = 0;
    QString lastMessage;

    doris::StreamLoadRequest request;
    request.database = plan.database;
    request.table = plan.table;
    request.label = entry.label;
    request.twoPhaseCommit = atomic;

    auto finish = [&](ChunkStatus status, const QString& code, const QString& message) {
        entry.status = status;
        entry.errorCode = code;
        if (!message.isEmpty())
            entry.message = message;
        if (status == ChunkStatus::Committed && entry.loaded < 0 && plan.maxFilterRatio <= 0.0) {
            // With max_filter_ratio 0 a committed chunk has no filtered rows: every row was loaded.
            entry.loaded = entry.rows;
            entry.filtered = 0;
            entry.unselected = plan.extraHeaders.isEmpty() ? 0 : -1;
            if (entry.unselected < 0)
                entry.loaded = -1;
        }
        update(entry);
        if (status == ChunkStatus::Failed)
            failJob(makeError(code, message));
    };

    for (;;) {
        if (cancel.load()) {
            finish(entry.attempts > 0 ? ChunkStatus::Cancelled : ChunkStatus::Pending, {}, tr("Cancelled."));
            return;
        }
        if (tries >= plan.maxAttempts) {
            finish(ChunkStatus::Failed, QStringLiteral("retries_exhausted"),
                QCoreApplication::translate("dia::load", "Gave up after %n attempts: %1", nullptr, tries)
                    .arg(lastMessage));
            return;
        }
        if (uncertain) {
            auto state = client.labelState(plan.database, entry.label);
            if (!state) {
                if (state.error().code == QLatin1String("cancelled"))
                    continue;
                if (state.error().code == QLatin1String("auth_failed")) {
                    finish(ChunkStatus::Failed, state.error().code, state.error().message);
                    return;
                }
                lastMessage = state.error().message;
                ++tries;
                pause(retry::backoffMs(tries, plan.retryBaseDelayMs, plan.retryMaxDelayMs), cancel);
                continue;
            }
            qCDebug(lcLoad) << "label" << entry.label << "is" << doris::labelStateName(*state);
            switch (retry::afterLabelState(*state)) {
            case ChunkAction::Committed:
                finish(ChunkStatus::Committed, {}, tr("Committed (found by its label)."));
                return;
            case ChunkAction::Precommitted:
                if (atomic) {
                    finish(ChunkStatus::Precommitted, {}, tr("Prepared (found by its label)."));
                    return;
                }
                // Not ours to keep in a non-atomic load: roll it back, then send again.
                client.abortTransaction(plan.database, entry.txnId, entry.txnId < 0 ? entry.label : QString());
                break;
            case ChunkAction::WaitForLabel:
                lastMessage = tr("A request with label %1 is still running.").arg(entry.label);
                ++tries;
                pause(retry::backoffMs(tries, plan.retryBaseDelayMs, plan.retryMaxDelayMs), cancel);
                continue;
            default:
                break;
            }
            uncertain = false;
        }

        ++tries;
        ++entry.attempts;
        const Compression codec = codecForNextAttempt();
        const bool probe = prepareRequest(request, chunk, codec, client);
        entry.compression = compressionName(codec);
        entry.status = ChunkStatus::Sending;
        update(entry); // journal: "might commit" before a single byte leaves
        auto result = client.load(request);
        bool abandonedForCompression = false; // the probing body was stopped on purpose, to go again compressed
        if (probe) {
            std::lock_guard lock(mutex);
            probing = false;
            abandonedForCompression = !result && compressionDecided && autoDecision.codec != Compression::None;
        }
        const doris::LoadAttemptInfo& attempt = client.lastAttempt();
        if (!attempt.backend.isEmpty())
            entry.backend = attempt.backend;
        entry.wireBytes = attempt.bodyBytesSent;
        entry.sendMs = attempt.bodyMs;
        bool reachedBe = false;
        bool feNeverAnswered = false;
        {
            std::lock_guard lock(mutex);
            if (attempt.redirectMs >= 0 && (fastestRedirectMs < 0 || attempt.redirectMs < fastestRedirectMs))
                fastestRedirectMs = attempt.redirectMs;
            if (result && !attempt.backend.isEmpty())
                anyBeReached = true;
            reachedBe = anyBeReached;
            if (result || result.error().code != QLatin1String("fe_unreachable"))
                anyFeAnswered = true;
            feNeverAnswered = !anyFeAnswered;
        }
        RetryDecision decision;
        if (result) {
            decision = retry::decide(*result, atomic);
            if (result->txnId >= 0)
                entry.txnId = result->txnId;
            if (result->status != doris::StreamLoadResult::LoadStatus::LabelAlreadyExists) {
                entry.loaded = result->numberLoadedRows;
                entry.filtered = result->numberFilteredRows;
                entry.unselected = result->numberUnselectedRows;
            }
            if (!result->errorUrl.isEmpty())
                entry.errorUrl = result->errorUrl;
            lastMessage = result->message.isEmpty() ? result->statusText : result->message;
            if (result->status == doris::StreamLoadResult::LoadStatus::PublishTimeout)
                lastMessage = tr("Publish Timeout: committed, the rows become visible shortly.");
            entry.message = lastMessage;
        } else {
            decision = retry::decide(result.error());
            lastMessage = result.error().message;
            entry.message = lastMessage;
            // A BE that refuses connections after others took loads was lost (stopped, restarted, crashed):
            // check the label, then ask the FE again, which redirects to an alive BE.
            if (result.error().code == QLatin1String("be_unreachable") && reachedBe)
                decision = { ChunkAction::CheckLabel, {} };
            if (abandonedForCompression)
                decision = { ChunkAction::CheckLabel, {} };
            // An FE that never answered since the job began is a wrong address, not an outage: minutes of
            // retries would only hide it. A second attempt covers a connection lost at the first.
            if (result.error().code == QLatin1String("fe_unreachable") && feNeverAnswered && tries >= 2) {
                decision = { ChunkAction::Fail, result.error().code };
                lastMessage = tr("%1 Nothing has answered there since the load began: check the FE's host and "
                                 "HTTP port (http_port in fe.conf, 8030 by default), then start the load again.")
                                  .arg(lastMessage);
            }
        }
        const bool beLost = !result
            && (result.error().code == QLatin1String("be_unreachable")
                || result.error().code == QLatin1String("network_error"));
        if (decision.action != ChunkAction::Committed && decision.action != ChunkAction::Precommitted
            && decision.action != ChunkAction::Cancelled && decision.action != ChunkAction::Fail)
            entry.retries.append(tr("attempt %1 on BE %2: %3")
                                     .arg(entry.attempts)
                                     .arg(entry.backend.isEmpty() ? tr("(none)") : entry.backend, lastMessage));
        // A lost BE costs no long back-off: nothing more is learnt by waiting, the FE picks another BE.
        const int backoff = abandonedForCompression
            ? 0
            : (beLost ? qMin(2000, 200 * tries) : retry::backoffMs(tries, plan.retryBaseDelayMs, plan.retryMaxDelayMs));
        qCDebug(lcLoad) << "chunk" << entry.index << "attempt" << entry.attempts << "->" << int(decision.action)
                        << lastMessage;

        switch (decision.action) {
        case ChunkAction::Committed:
            if (plan.compression == Compression::Auto && codec == Compression::None && result
                && result->status == doris::StreamLoadResult::LoadStatus::Success)
                decideCompression(chunk, attempt);
            finish(ChunkStatus::Committed, {}, {});
            return;
        case ChunkAction::Precommitted:
            finish(ChunkStatus::Precommitted, {}, {});
            return;
        case ChunkAction::Fail:
            finish(ChunkStatus::Failed, decision.errorCode, lastMessage);
            return;
        case ChunkAction::Cancelled:
            finish(ChunkStatus::Cancelled, {}, tr("Cancelled."));
            return;
        case ChunkAction::Retry:
            update(entry);
            pause(backoff, cancel);
            break;
        case ChunkAction::CheckLabel:
        case ChunkAction::WaitForLabel:
            uncertain = true;
            update(entry);
            pause(backoff, cancel);
            break;
        }
    }
}

ChunkSourceFactory fileChunkSourceFactory()
{
    return [](const LoadPlan& plan) {
        const QString spool = plan.spoolDir.isEmpty() ? QDir::tempPath() : plan.spoolDir;
        return source::openChunkSource(plan.sourcePath, plan.readerOptions, plan.chunkLimits, spool, plan.fieldRules);
    };
}

LoadEngine::LoadEngine(LoadPlan plan, doris::ConnectionSettings settings, ChunkSourceFactory factory)
    : m_plan(std::move(plan))
    , m_settings(std::move(settings))
    , m_factory(std::move(factory))
{ }

LoadEngine::~LoadEngine() = default;

LoadReport LoadEngine::run(const std::atomic<bool>& cancel)
{
    QElapsedTimer clock;
    clock.start();
    LoadReport report;
    auto failEarly = [&](const Error& error) {
        report.status = LoadReport::Status::Fail;
        report.errorCode = error.code;
        report.message = error.message;
        report.hint = error.hint;
        report.seconds = clock.elapsed() / 1000.0;
        if (m_progress) {
            LoadProgress progress;
            progress.final = true;
            progress.phase = QStringLiteral("done");
            progress.seconds = report.seconds;
            m_progress(progress);
        }
        return report;
    };

    if (m_plan.database.isEmpty() || m_plan.table.isEmpty())
        return failEarly(makeError(
            QStringLiteral("bad_table"), tr("No target table given."), tr("Name the table as DATABASE.TABLE.")));
    if (Status prefix = labels::checkPrefix(m_plan.labelPrefix); !prefix)
        return failEarly(prefix.error());
    auto fingerprint = m_plan.fingerprint();
    if (!fingerprint)
        return failEarly(fingerprint.error());

    Job job(m_plan, m_settings, cancel);
    job.journalEnabled = !m_plan.journalPath.isEmpty();
    if (m_plan.resume) {
        if (!job.journalEnabled)
            return failEarly(makeError(QStringLiteral("journal_missing"), tr("Resuming needs the job's journal."),
                tr("Give the journal of the interrupted load with --journal.")));
        auto journal = LoadJournal::load(m_plan.journalPath);
        if (!journal)
            return failEarly(journal.error());
        if (journal->fingerprint != *fingerprint)
            return failEarly(makeError(QStringLiteral("journal_mismatch"),
                tr("The journal %1 belongs to a different file, table or set of options.").arg(m_plan.journalPath),
                tr("Resume with exactly the file and options of the interrupted load, or start a new load without "
                   "--resume.")));
        job.journal = *journal;
    } else {
        if (job.journalEnabled && QFileInfo::exists(m_plan.journalPath)) {
            auto existing = LoadJournal::load(m_plan.journalPath);
            if (existing && !existing->finished
                && std::any_of(existing->chunks.cbegin(), existing->chunks.cend(),
                    [](const ChunkReport& c) { return c.attempts > 0; }))
                return failEarly(makeError(QStringLiteral("unfinished_job"),
                    tr("The journal %1 records an unfinished load that may already have loaded some rows.")
                        .arg(m_plan.journalPath),
                    tr("Continue it with Resume (--resume), or delete the journal to start over (rows it loaded stay "
                       "in the table).")));
        }
        job.journal.fingerprint = *fingerprint;
        job.journal.jobId
            = labels::jobId(*fingerprint, QDateTime::currentDateTimeUtc(), QRandomGenerator::system()->generate());
        job.journal.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }
    job.journal.sourcePath = QFileInfo(m_plan.sourcePath).absoluteFilePath();
    job.journal.database = m_plan.database;
    job.journal.table = m_plan.table;
    job.journal.atomic = m_plan.atomic;
    job.journal.readerOptions = m_plan.readerOptions;
    job.journal.chunkLimits = m_plan.chunkLimits;
    job.journal.emptyToNull.clear();
    for (const source::FieldRule& rule : m_plan.fieldRules.columns)
        job.journal.emptyToNull.append(rule.emptyToNull);
    report.jobId = job.journal.jobId;
    if (job.journalEnabled) {
        if (Status saved = job.journal.save(m_plan.journalPath); !saved)
            return failEarly(saved.error());
    }

    auto source = m_factory(m_plan);
    if (!source)
        return failEarly(source.error());
    job.headers = requestHeaders(m_plan, (*source)->bodyFormat());
    source::BodyFormat plain = (*source)->bodyFormat();
    plain.enclose = '\0';
    plain.escape = '\0';
    plain.trimDoubleQuotes = false;
    job.passthroughHeaders = requestHeaders(m_plan, plain);

    const int parallelism = qMax(1, m_plan.parallelism);
    std::vector<std::unique_ptr<QThread>> workers;
    job.workersAlive = parallelism;
    for (int i = 0; i < parallelism; ++i) {
        workers.emplace_back(QThread::create([&job] { job.worker(); }));
        workers.back()->setObjectName(QStringLiteral("dia-load-%1").arg(i));
        workers.back()->start();
    }

    QElapsedTimer sinceProgress;
    bool everEmitted = false;
    int chunksSeen = 0; // guarded by job.mutex, like sourceFraction
    double sourceFraction = 0.0;
    auto emitProgress = [&](bool final, const QString& phase, std::unique_lock<std::mutex>& lock) {
        if (!m_progress)
            return;
        if (!final && everEmitted && sinceProgress.elapsed() < 200)
            return;
        LoadProgress progress;
        progress.final = final;
        progress.phase = phase;
        progress.bytesRead = job.bytesRead;
        progress.chunks = job.journal.chunks;
        progress.chunksInFlight = job.inFlight;
        progress.chunksTotal = job.producerDone && !job.stop ? chunksSeen : -1;
        progress.sourceFraction = sourceFraction;
        for (const ChunkReport& c : job.journal.chunks) {
            progress.rowsRead += c.rows;
            if (c.status == ChunkStatus::Committed || c.status == ChunkStatus::Precommitted) {
                ++progress.chunksDone;
                progress.bytesCommitted += c.bytes;
                progress.rowsLoaded += qMax<qint64>(0, c.loaded);
                progress.rowsFiltered += qMax<qint64>(0, c.filtered);
            }
        }
        progress.seconds = clock.elapsed() / 1000.0;
        progress.bytesPerSecond = progress.seconds > 0 ? progress.bytesCommitted / progress.seconds : 0;
        sinceProgress.restart();
        everEmitted = true;
        lock.unlock();
        m_progress(progress);
        lock.lock();
    };

    // Produce: cut the next chunk only when the queue is empty, so at most parallelism + 1 are materialized.
    // The producer runs on a thread of its own at a lower CPU priority: it only has to stay one chunk ahead of
    // the senders, and scanning the next chunk must not slow down sending this one (or a Doris on this host).
    Error sourceError;
    std::unique_ptr<QThread> producer(QThread::create([&] {
        lowerCurrentThreadPriority();
        std::unique_lock lock(job.mutex);
        for (;;) {
            job.changed.wait_for(
                lock, std::chrono::milliseconds(100), [&] { return job.queue.empty() || job.stop || cancel.load(); });
            if (job.stop || cancel.load())
                break;
            if (!job.queue.empty())
                continue;
            lock.unlock();
            auto next = (*source)->next();
            const double fraction = (*source)->progress();
            lock.lock();
            sourceFraction = fraction;
            if (!next) {
                sourceError = next.error();
                job.stop = true;
                break;
            }
            if (!next->has_value())
                break;
            source::Chunk chunk = std::move(**next);
            ++chunksSeen;
            job.bytesRead += chunk.info.progressBytes();
            ChunkReport& entry = job.journal.upsert(chunk.info.index);
            if (entry.label.isEmpty())
                entry.label = labels::chunkLabel(m_plan.labelPrefix, job.journal.jobId, chunk.info.index);
            entry.rows = chunk.info.rowCount;
            entry.bytes = chunk.info.progressBytes();
            entry.firstLine = chunk.info.firstLine;
            if (entry.status == ChunkStatus::Committed)
                continue; // done in an earlier run
            job.queue.push_back(std::move(chunk));
            job.changed.notify_all();
        }
        job.producerDone = true;
        job.changed.notify_all();
    }));
    producer->setObjectName(QStringLiteral("dia-load-source"));
    producer->start();
    {
        std::unique_lock lock(job.mutex);
        while (!job.producerDone || job.workersAlive > 0) {
            job.changed.wait_for(lock, std::chrono::milliseconds(100));
            emitProgress(false, QStringLiteral("loading"), lock);
        }
    }
    producer->wait();
    for (auto& worker : workers)
        worker->wait();
    workers.clear();

    // Outcome of the sending phase.
    bool allDone = !job.stop && !cancel.load() && sourceError.code.isEmpty();
    for (const ChunkReport& c : job.journal.chunks) {
        const ChunkStatus wanted = m_plan.atomic ? ChunkStatus::Precommitted : ChunkStatus::Committed;
        if (c.status != wanted && c.status != ChunkStatus::Committed)
            allDone = false;
    }

    if (m_plan.atomic) {
        doris::StreamLoadClient client(m_settings);
        std::atomic<bool> never { false };
        client.setCancelFlag(allDone ? &cancel : &never); // an abort must run even after cancel
        std::unique_lock lock(job.mutex);
        if (allDone) {
            emitProgress(true, QStringLiteral("committing"), lock);
            for (ChunkReport& c : job.journal.chunks) {
                if (c.status == ChunkStatus::Committed)
                    continue;
                Status committed;
                for (int attempt = 1; attempt <= m_plan.maxAttempts; ++attempt) {
                    lock.unlock();
                    committed = client.commitTransaction(m_plan.database, c.txnId, c.txnId < 0 ? c.label : QString());
                    if (!committed) {
                        auto state = client.labelState(m_plan.database, c.label);
                        if (state && doris::labelCommitted(*state))
                            committed = Status();
                    }
                    lock.lock();
                    if (committed || cancel.load())
                        break;
                    lock.unlock();
                    pause(retry::backoffMs(attempt, m_plan.retryBaseDelayMs, m_plan.retryMaxDelayMs), cancel);
                    lock.lock();
                }
                if (!committed) {
                    c.status = ChunkStatus::Failed;
                    c.errorCode = committed.error().code;
                    c.message = committed.error().message;
                    job.saveLocked();
                    if (job.failure.code.isEmpty())
                        job.failure = makeError(QStringLiteral("commit_failed"),
                            tr("The final commit failed for chunk %1: %2; chunks committed before it stay in the "
                               "table.")
                                .arg(c.index)
                                .arg(committed.error().message));
                    allDone = false;
                    break;
                }
                c.status = ChunkStatus::Committed;
                c.message = tr("Committed.");
                job.saveLocked();
            }
        } else {
            emitProgress(true, QStringLiteral("aborting"), lock);
            for (ChunkReport& c : job.journal.chunks) {
                const bool mayHoldTxn = c.status == ChunkStatus::Precommitted
                    || ((c.status == ChunkStatus::Sending || c.status == ChunkStatus::Cancelled
                            || c.status == ChunkStatus::Failed)
                        && c.attempts > 0);
                if (!mayHoldTxn)
                    continue;
                lock.unlock();
                Status aborted = client.abortTransaction(m_plan.database, c.txnId, c.txnId < 0 ? c.label : QString());
                if (!aborted && c.status != ChunkStatus::Precommitted) {
                    aborted = Status(); // nothing was prepared under that label
                }
                lock.lock();
                if (c.status == ChunkStatus::Precommitted) {
                    c.status = aborted ? ChunkStatus::Aborted : ChunkStatus::Precommitted;
                    c.message = aborted ? tr("Rolled back: the atomic load did not complete.")
                                        : tr("Could not roll back: %1").arg(aborted.error().message);
                }
                job.saveLocked();
            }
        }
    }

    std::unique_lock lock(job.mutex);
    report.chunks = job.journal.chunks;
    for (const ChunkReport& c : report.chunks) {
        report.rowsTotal += c.rows;
        report.bytes += c.bytes;
        if (c.status == ChunkStatus::Committed) {
            report.rowsLoaded += qMax<qint64>(0, c.loaded);
            report.rowsFiltered += qMax<qint64>(0, c.filtered);
            report.rowsUnselected += qMax<qint64>(0, c.unselected);
        } else if (c.status == ChunkStatus::Failed) {
            report.rowsFiltered += qMax<qint64>(0, c.filtered);
        }
    }
    if (allDone) {
        report.status = LoadReport::Status::Success;
        job.journal.finished = true;
        job.saveLocked();
    } else if (cancel.load() && job.failure.code.isEmpty()) {
        report.status = LoadReport::Status::Cancelled;
        report.errorCode = QStringLiteral("cancelled");
        report.message = m_plan.atomic ? tr("The load was cancelled; nothing was committed.")
                                       : tr("The load was cancelled; committed chunks stay in the table.");
        if (!m_plan.atomic && job.journalEnabled)
            report.hint = tr("Continue it later with Resume (--resume).");
    } else {
        report.status = LoadReport::Status::Fail;
        const Error& error = !sourceError.code.isEmpty() ? sourceError : job.failure;
        report.errorCode = error.code.isEmpty() ? QStringLiteral("load_failed") : error.code;
        report.message = error.message;
        report.hint = error.hint;
        if (report.hint.isEmpty()) {
            if (report.errorCode == QLatin1String("data_quality"))
                report.hint
                    = tr("See the filtered rows on the Results page (or with 'doris-import errors --url <error_url>'), "
                         "or allow some with the max filter ratio (--max-filter-ratio).");
            else if (m_plan.atomic)
                report.hint = tr("Nothing was committed; fix the cause and load again.");
            else if (job.journalEnabled)
                report.hint
                    = tr("Fix the cause, then continue with Resume (--resume): committed chunks are not sent again.");
        }
    }
    if (!job.journalError.code.isEmpty() && report.status == LoadReport::Status::Success) {
        report.message = job.journalError.message; // the load worked; only the journal could not be written
    }
    report.compression = QJsonObject { { QStringLiteral("mode"), compressionName(m_plan.compression) } };
    if (m_plan.compression == Compression::Auto) {
        if (job.compressionDecided) {
            const QJsonObject decided = job.autoDecision.toJson();
            for (auto it = decided.begin(); it != decided.end(); ++it)
                report.compression.insert(it.key(), it.value());
        } else {
            report.compression.insert(QStringLiteral("codec"), QStringLiteral("none"));
            report.compression.insert(QStringLiteral("reason"),
                tr("No chunk of at least 1 MiB went through uncompressed to measure the link on, so nothing was "
                   "compressed."));
        }
    } else {
        report.compression.insert(QStringLiteral("codec"), compressionName(m_plan.compression));
    }
    report.seconds = clock.elapsed() / 1000.0;
    job.producerDone = true;
    emitProgress(true, QStringLiteral("done"), lock);
    return report;
}

} // namespace dia::load
