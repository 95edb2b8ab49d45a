// issue 17 against the real doris-sim: compressed bodies, a three-BE cluster losing a BE mid-load, the --be
// mapping for BEs behind NAT, and the replication default. Every load must leave each source row exactly once
// (count and checksum). Tests that need sim features another change adds (--backends, compress_type,
// --be-advertise-host) detect their absence and skip with the reason, so they run for real once it is merged.
#include "doris/backendprobe.h"
#include "doris/httpsession.h"
#include "doris/metadataclient.h"
#include "load/loadengine.h"
#include "qtprint.h"
#include "siminstance.h"
#include "testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace dia;
using namespace dia::load;

namespace {

/// doris-sim started with `--backends N` (and more arguments); `supported()` false when it did not start with them
/// (then `error()` says why).
class ClusterSim
{
public:
    ClusterSim(int backends, const QStringList& extraArgs = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        const QStringList args { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--fe-http-port"), QStringLiteral("0"), QStringLiteral("--be-http-port"),
            QStringLiteral("0"), QStringLiteral("--mysql-port"), QStringLiteral("0"), QStringLiteral("--backends"),
            QString::number(backends) };
        m_process.start(test::binPath(QStringLiteral("doris-sim")), args + extraArgs);
        QByteArray line;
        while (!line.contains('\n') && m_process.state() != QProcess::NotRunning && m_process.waitForReadyRead(30000))
            line += m_process.readAllStandardOutput();
        const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
        m_fePort = ready.value(QLatin1String("fe_http")).toInt();
        m_mysqlPort = ready.value(QLatin1String("mysql")).toInt();
        for (const QJsonValue& port : ready.value(QLatin1String("be_http_ports")).toArray())
            m_bePorts.append(port.toInt());
        if (m_fePort <= 0 || m_bePorts.size() != backends) {
            m_process.waitForFinished(2000);
            m_error = QString::fromUtf8(line + m_process.readAllStandardError()).simplified();
        }
    }
    ~ClusterSim()
    {
        m_process.kill();
        m_process.waitForFinished(30000);
    }

    bool supported() const { return m_fePort > 0 && !m_bePorts.isEmpty(); }
    QString error() const { return m_error; }
    int fePort() const { return m_fePort; }
    int mysqlPort() const { return m_mysqlPort; }
    QList<int> bePorts() const { return m_bePorts; }

    doris::ConnectionSettings settings() const
    {
        doris::ConnectionSettings s;
        s.feHttpPort = m_fePort;
        s.mysqlHost = QStringLiteral("127.0.0.1");
        s.mysqlPort = m_mysqlPort;
        s.connectTimeoutMs = 5000;
        s.requestTimeoutMs = 20000;
        return s;
    }
    Status execute(const QString& sql) const { return doris::MetadataClient(settings()).execute(sql); }
    Result<QList<QStringList>> select(const QString& sql) const
    {
        return doris::MetadataClient(settings()).select(sql);
    }

    /// POST /_sim/backends/{i}/stop or /start.
    Status backend(int index, const char* action) const
    {
        doris::HttpSession http;
        QUrl url(QStringLiteral("http://127.0.0.1:%1/_sim/backends/%2/%3")
                     .arg(m_fePort)
                     .arg(index)
                     .arg(QString::fromLatin1(action)));
        const doris::HttpResponse response = http.send("POST", url, {}, nullptr, 0, 10000, 5000);
        if (response.httpStatus != 200)
            return makeError(QStringLiteral("sim_admin"),
                QStringLiteral("%1 -> HTTP %2 %3")
                    .arg(url.toString())
                    .arg(response.httpStatus)
                    .arg(QString::fromUtf8(response.body)));
        return {};
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_fePort = 0;
    int m_mysqlPort = 0;
    QList<int> m_bePorts;
    QString m_error;
};

/// A device that hands out its source slowly (1 KiB per 20 ms), so several bodies are in flight at once and a BE
/// can be stopped while one is being sent to it.
class SlowDevice final : public QIODevice
{
public:
    SlowDevice(std::unique_ptr<QIODevice> inner, std::atomic<qint64>& counter)
        : m_inner(std::move(inner))
        , m_counter(counter)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const qint64 n = m_inner->read(data, qMin<qint64>(maxSize, 1024));
        if (n > 0)
            m_counter += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_inner;
    std::atomic<qint64>& m_counter;
};

class SlowBody final : public source::ChunkBody
{
public:
    SlowBody(std::shared_ptr<const source::ChunkBody> inner, std::atomic<qint64>& counter)
        : m_inner(std::move(inner))
        , m_counter(counter)
    { }
    std::unique_ptr<QIODevice> open() const override
    {
        auto inner = m_inner->open();
        if (!inner)
            return nullptr;
        return std::make_unique<SlowDevice>(std::move(inner), m_counter);
    }
    Result<QList<QPair<qint64, QByteArray>>> records() const override { return m_inner->records(); }

private:
    std::shared_ptr<const source::ChunkBody> m_inner;
    std::atomic<qint64>& m_counter;
};

class SlowSource final : public source::ChunkSource
{
public:
    SlowSource(std::unique_ptr<source::ChunkSource> inner, std::atomic<qint64>& counter)
        : m_inner(std::move(inner))
        , m_counter(counter)
    { }
    source::BodyFormat bodyFormat() const override { return m_inner->bodyFormat(); }
    QStringList columnNames() const override { return m_inner->columnNames(); }
    double progress() const override { return m_inner->progress(); }
    Result<std::optional<source::Chunk>> next() override
    {
        auto chunk = m_inner->next();
        if (chunk && chunk->has_value())
            (*chunk)->body = std::make_shared<SlowBody>((*chunk)->body, m_counter);
        return chunk;
    }

private:
    std::unique_ptr<source::ChunkSource> m_inner;
    std::atomic<qint64>& m_counter;
};

QByteArray checksum(QStringList rows)
{
    rows.sort();
    return QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex();
}

const char* kCreateTable = "CREATE TABLE %1 (id INT NOT NULL, name VARCHAR(64), amount INT) DUPLICATE KEY(id) "
                           "DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")";

/// The rows of an analyst's file and the file itself: quoted names with commas and doubled quotes, CRLF (so the
/// chunks are rewritten), or plain LF without quotes (byte-range chunks of the file).
class ClusterData
{
public:
    ClusterData(int rows, bool analystShapes)
    {
        QFile file(m_dir.filePath(QStringLiteral("data.csv")));
        file.open(QIODevice::WriteOnly);
        const QByteArray eol = analystShapes ? "\r\n" : "\n";
        file.write("id,name,amount" + eol);
        for (int i = 1; i <= rows; ++i) {
            const QString name = analystShapes ? QStringLiteral("Müller, Anna \"%1\"").arg(i)
                                               : QStringLiteral("name_%1_%2").arg(i).arg(QString(20, QLatin1Char('x')));
            m_rows.append(QStringLiteral("%1,%2,%3").arg(i).arg(name).arg(i * 7));
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            file.write(QStringLiteral("%1,%2,%3")
                           .arg(i)
                           .arg(analystShapes ? QLatin1Char('"') + quoted + QLatin1Char('"') : name)
                           .arg(i * 7)
                           .toUtf8()
                + eol);
        }
    }
    QString path() const { return m_dir.filePath(QStringLiteral("data.csv")); }
    QString dir() const { return m_dir.path(); }
    const QStringList& rows() const { return m_rows; }

    LoadPlan plan(const QString& table) const
    {
        LoadPlan plan;
        plan.sourcePath = path();
        plan.database = QStringLiteral("d");
        plan.table = table;
        plan.columns = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount") };
        plan.chunkLimits.maxRows = 300;
        plan.parallelism = 3;
        plan.retryBaseDelayMs = 50;
        plan.retryMaxDelayMs = 400;
        plan.spoolDir = m_dir.path();
        return plan;
    }

private:
    QTemporaryDir m_dir;
    QStringList m_rows;
};

template <typename Sim> void expectTableHolds(Sim& sim, const QString& table, const QStringList& expected)
{
    auto count = sim.select(QStringLiteral("SELECT count(*) FROM d.%1").arg(table));
    ASSERT_TRUE(count.ok()) << count.error().message.toStdString();
    EXPECT_EQ(count->value(0).value(0).toLongLong(), expected.size());
    auto rows = sim.select(QStringLiteral("SELECT * FROM d.%1").arg(table));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    QStringList actual;
    for (const QStringList& row : *rows)
        actual.append(row.join(QLatin1Char(',')));
    EXPECT_EQ(actual.size(), expected.size());
    EXPECT_EQ(checksum(actual), checksum(expected));
}

} // namespace

// gz and lz4 bodies, rewritten (quoted, CRLF) and byte-range chunks: the same rows as uncompressed.
TEST(LoadCluster, CompressedLoadsGiveTheSameRowsAsUncompressed)
{
    test::SimInstance sim;
    ASSERT_TRUE(sim.started()) << sim.startError().toStdString();
    ASSERT_TRUE(sim.execute(QStringLiteral("CREATE DATABASE d")).ok());
    for (const bool analyst : { true, false }) {
        const ClusterData data(3000, analyst);
        for (const Compression codec : { Compression::None, Compression::Gzip, Compression::Lz4 }) {
            const QString table = QStringLiteral("t_%1_%2").arg(compressionName(codec)).arg(analyst ? 1 : 0);
            ASSERT_TRUE(sim.execute(QString::fromLatin1(kCreateTable).arg(QStringLiteral("d.") + table)).ok());
            LoadPlan plan = data.plan(table);
            plan.compression = codec;
            LoadEngine engine(plan, sim.settings(), fileChunkSourceFactory());
            std::atomic<bool> cancel { false };
            const LoadReport report = engine.run(cancel);
            ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
            EXPECT_EQ(report.chunks.size(), 10);
            EXPECT_EQ(report.compression.value(QLatin1String("codec")).toString(), compressionName(codec));
            for (const ChunkReport& chunk : report.chunks) {
                EXPECT_EQ(chunk.compression, compressionName(codec));
                if (codec == Compression::None) {
                    EXPECT_EQ(chunk.wireBytes, chunk.bytes);
                } else {
                    EXPECT_LT(chunk.wireBytes, chunk.bytes * 2 / 3) << chunk.index;
                }
            }
            expectTableHolds(sim, table, data.rows());
        }
    }
}

// On loopback `auto` measures the first chunk and stays uncompressed, saying why.
TEST(LoadCluster, AutoOnLoopbackStaysUncompressedAndSaysWhy)
{
    test::SimInstance sim;
    ASSERT_TRUE(sim.started()) << sim.startError().toStdString();
    ASSERT_TRUE(sim.execute(QStringLiteral("CREATE DATABASE d")).ok());
    ASSERT_TRUE(sim.execute(QString::fromLatin1(kCreateTable).arg(QStringLiteral("d.t"))).ok());
    const ClusterData data(80000, true); // two chunks of about 1.4 MB: large enough to measure
    LoadPlan plan = data.plan(QStringLiteral("t"));
    plan.parallelism = 1;
    plan.chunkLimits.maxRows = 40000;
    plan.compression = Compression::Auto;
    LoadEngine engine(plan, sim.settings(), fileChunkSourceFactory());
    std::atomic<bool> cancel { false };
    const LoadReport report = engine.run(cancel);
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(report.compression.value(QLatin1String("mode")).toString(), QStringLiteral("auto"));
    EXPECT_EQ(report.compression.value(QLatin1String("codec")).toString(), QStringLiteral("none"));
    EXPECT_TRUE(report.compression.value(QLatin1String("reason"))
                    .toString()
                    .contains(QStringLiteral("the server, not the link, is the limit")))
        << report.compression.value(QLatin1String("reason")).toString().toStdString();
    EXPECT_GT(report.compression.value(QLatin1String("wire_mb_per_s")).toDouble(), 0.0);
    for (const ChunkReport& chunk : report.chunks)
        EXPECT_EQ(chunk.compression, QStringLiteral("none"));
    // one BE: every chunk went to it, and the report says so
    const QList<BackendLoadStats> perBe = report.backendStats();
    ASSERT_EQ(perBe.size(), 1);
    EXPECT_EQ(perBe[0].backend, QStringLiteral("127.0.0.1:%1").arg(sim.bePort()));
    EXPECT_EQ(perBe[0].rows, 80000);
    EXPECT_EQ(perBe[0].chunks, 2);
    expectTableHolds(sim, QStringLiteral("t"), data.rows());
}

namespace {

/// Three BEs; BE 1 is stopped once `stopAt` body bytes have been read, started again at `startAt`.
void loadWhileABackendDies(qint64 stopAt, qint64 startAt, bool waitForCommits)
{
    ClusterSim sim(3);
    ASSERT_TRUE(sim.supported()) << sim.error().toStdString();
    ASSERT_TRUE(sim.execute(QStringLiteral("CREATE DATABASE d")).ok());
    ASSERT_TRUE(sim.execute(QString::fromLatin1(kCreateTable).arg(QStringLiteral("d.t"))).ok());
    const ClusterData data(3000, true); // 10 chunks of about 12 KB, each sent in about 0.25 s
    const LoadPlan plan = data.plan(QStringLiteral("t"));
    std::atomic<qint64> bodyBytes { 0 };
    std::atomic<int> committed { 0 };
    ChunkSourceFactory slow = [&bodyBytes](const LoadPlan& p) -> Result<std::unique_ptr<source::ChunkSource>> {
        auto inner = fileChunkSourceFactory()(p);
        if (!inner)
            return inner.error();
        return std::unique_ptr<source::ChunkSource>(std::make_unique<SlowSource>(std::move(*inner), bodyBytes));
    };
    LoadEngine engine(plan, sim.settings(), slow);
    engine.setProgressCallback([&committed](const LoadProgress& p) { committed = p.chunksDone; });
    std::atomic<bool> cancel { false };
    LoadReport report;
    std::atomic<bool> finished { false };
    std::thread runner([&] {
        report = engine.run(cancel);
        finished = true;
    });
    bool stopped = false;
    bool started = false;
    Status stopStatus;
    Status startStatus;
    while (!started) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (!stopped && bodyBytes >= stopAt && (!waitForCommits || committed >= 2)) {
            stopStatus = sim.backend(1, "stop");
            stopped = true;
        }
        if (stopped && bodyBytes >= startAt) {
            startStatus = sim.backend(1, "start");
            started = true;
        }
        if (finished)
            break;
    }
    runner.join();
    ASSERT_TRUE(stopStatus.ok()) << stopStatus.error().message.toStdString();
    if (started) {
        EXPECT_TRUE(startStatus.ok()) << startStatus.error().message.toStdString();
    }
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(sim, QStringLiteral("t"), data.rows());

    // The chunk cut on BE 1 was sent again (through the FE, to another BE) and the report names it.
    const QString lostBe = QStringLiteral("127.0.0.1:%1").arg(sim.bePorts().at(1));
    const QList<ChunkReport> retried = report.retriedChunks();
    ASSERT_FALSE(retried.isEmpty());
    bool namesTheLostBe = false;
    for (const ChunkReport& chunk : retried) {
        EXPECT_EQ(chunk.status, ChunkStatus::Committed);
        for (const QString& why : chunk.retries)
            namesTheLostBe = namesTheLostBe || why.contains(lostBe);
    }
    EXPECT_TRUE(namesTheLostBe) << QJsonDocument(report.toJson()).toJson().toStdString();
    const QJsonArray retriedJson = report.toJson().value(QLatin1String("retried_chunks")).toArray();
    EXPECT_EQ(retriedJson.size(), retried.size());
    // rows per BE add up to the file
    qint64 rows = 0;
    for (const BackendLoadStats& be : report.backendStats())
        rows += be.rows;
    EXPECT_EQ(rows, 3000);
}

} // namespace

TEST(LoadCluster, BeStoppedMidLoadAndRestartedLater)
{
    loadWhileABackendDies(12 * 1024, 24 * 1024, true);
}

TEST(LoadCluster, BeStoppedWhileABodyIsInFlight)
{
    // 3 KB in: three bodies are being sent, one of them to BE 1; it comes back only at the end
    loadWhileABackendDies(3 * 1024, 1LL << 40, false);
}

// BEs that advertise a name this machine cannot resolve: the load fails with the override diagnosis, then
// works with a --be mapping, and BackendProbe shows every BE's reachability through it.
TEST(LoadCluster, BeMappingForAdvertisedHostsBehindNat)
{
    ClusterSim sim(2, { QStringLiteral("--be-advertise-host"), QStringLiteral("be-nat.invalid") });
    ASSERT_TRUE(sim.supported()) << sim.error().toStdString();
    ASSERT_TRUE(sim.execute(QStringLiteral("CREATE DATABASE d")).ok());
    ASSERT_TRUE(sim.execute(QString::fromLatin1(kCreateTable).arg(QStringLiteral("d.t"))).ok());
    const ClusterData data(900, true);

    auto unmapped = doris::BackendProbe(sim.settings()).run(1500);
    ASSERT_TRUE(unmapped.ok()) << unmapped.error().message.toStdString();
    ASSERT_EQ(unmapped->size(), 2);
    for (const doris::BackendReachability& be : *unmapped) {
        EXPECT_TRUE(be.advertised.startsWith(QStringLiteral("be-nat.invalid:")));
        EXPECT_FALSE(be.reachable);
    }

    const QStringList base { QStringLiteral("load"), data.path(), QStringLiteral("--fe"),
        QStringLiteral("http://127.0.0.1:%1").arg(sim.fePort()), QStringLiteral("--mysql"),
        QStringLiteral("127.0.0.1:%1").arg(sim.mysqlPort()), QStringLiteral("--table"), QStringLiteral("d.t"),
        QStringLiteral("--chunk-rows"), QStringLiteral("300"), QStringLiteral("--json") };
    const test::ProcessResult failed = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        base + QStringList { QStringLiteral("--journal"), data.dir() + QStringLiteral("/j1.json") }, 120000,
        { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(failed.exitCode, 1) << failed.err.toStdString();
    const QJsonObject failure = QJsonDocument::fromJson(failed.out).object();
    EXPECT_EQ(failure.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("be_unreachable"));

    QStringList mapping;
    for (int port : sim.bePorts())
        mapping.append(QStringLiteral("be-nat.invalid:%1=127.0.0.1:%1").arg(port));
    doris::ConnectionSettings mapped = sim.settings();
    ASSERT_TRUE(mapped.setBeOverride(mapping.join(QLatin1Char(','))).ok());
    auto probed = doris::BackendProbe(mapped).run(1500);
    ASSERT_TRUE(probed.ok());
    for (const doris::BackendReachability& be : *probed)
        EXPECT_TRUE(be.reachable) << be.advertised.toStdString() << " " << be.error.toStdString();
    EXPECT_EQ(doris::BackendProbe::summary(*probed), QStringLiteral("2 of 2 BEs reachable from here."));

    ASSERT_TRUE(sim.execute(QStringLiteral("TRUNCATE TABLE d.t")).ok());
    const test::ProcessResult loaded = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        base
            + QStringList { QStringLiteral("--journal"), data.dir() + QStringLiteral("/j2.json"),
                QStringLiteral("--be"), mapping.join(QLatin1Char(',')) },
        120000, { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(loaded.exitCode, 0) << loaded.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(loaded.out).object();
    EXPECT_EQ(report.value(QLatin1String("status")).toString(), QStringLiteral("Success"));
    for (const QJsonValue& be : report.value(QLatin1String("backends")).toArray())
        EXPECT_TRUE(
            be.toObject().value(QLatin1String("backend")).toString().startsWith(QStringLiteral("be-nat.invalid:")));
    expectTableHolds(sim, QStringLiteral("t"), data.rows());
}

namespace {

QJsonObject ddlJson(int fePort, int mysqlPort, const QString& file)
{
    const test::ProcessResult result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("ddl"), file, QStringLiteral("--table"), QStringLiteral("d.people"), QStringLiteral("--fe"),
            QStringLiteral("http://127.0.0.1:%1").arg(fePort), QStringLiteral("--mysql"),
            QStringLiteral("127.0.0.1:%1").arg(mysqlPort), QStringLiteral("--json") },
        60000, { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

TEST(LoadCluster, DdlProposesOneReplicaOnOneBe)
{
    test::SimInstance sim;
    ASSERT_TRUE(sim.started()) << sim.startError().toStdString();
    const ClusterData data(10, true);
    const QJsonObject ddl = ddlJson(sim.fePort(), sim.mysqlPort(), data.path());
    EXPECT_TRUE(ddl.value(QLatin1String("ddl")).toString().contains(QStringLiteral("\"replication_num\" = \"1\"")));
    const QJsonObject replication = ddl.value(QLatin1String("replication")).toObject();
    EXPECT_EQ(replication.value(QLatin1String("replicas")).toInt(), 1);
    EXPECT_EQ(replication.value(QLatin1String("reason")).toString(),
        QStringLiteral("replication_num 1: the cluster has 1 alive BE(s), and Doris cannot place more copies than "
                       "alive BEs."));
}

TEST(LoadCluster, DdlProposesThreeReplicasOnThreeBesAndTheSimAcceptsIt)
{
    ClusterSim sim(3);
    ASSERT_TRUE(sim.supported()) << sim.error().toStdString();
    const ClusterData data(10, true);
    const QJsonObject ddl = ddlJson(sim.fePort(), sim.mysqlPort(), data.path());
    const QString sql = ddl.value(QLatin1String("ddl")).toString();
    EXPECT_TRUE(sql.contains(QStringLiteral("\"replication_num\" = \"3\""))) << sql.toStdString();
    EXPECT_EQ(ddl.value(QLatin1String("replication")).toObject().value(QLatin1String("replicas")).toInt(), 3);
    ASSERT_TRUE(sim.execute(QStringLiteral("CREATE DATABASE d")).ok());
    const Status created = sim.execute(sql);
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    // with a BE down, three replicas no longer fit: the proposal follows
    ASSERT_TRUE(sim.backend(2, "stop").ok());
    const QJsonObject fewer = ddlJson(sim.fePort(), sim.mysqlPort(), data.path());
    EXPECT_EQ(fewer.value(QLatin1String("replication")).toObject().value(QLatin1String("replicas")).toInt(), 2);
}
