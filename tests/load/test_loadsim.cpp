// The load engine and `doris-import load` against the real doris-sim: every fault it injects, then the table
// must hold every source row exactly once (count and content), and the report must say what happened.
#include "doris/errorlogclient.h"
#include "doris/metadataclient.h"
#include "doris/streamloadclient.h"
#include "load/filteredrows.h"
#include "load/loadengine.h"
#include "load/loadjournal.h"
#include "qtprint.h"
#include "siminstance.h"
#include "testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::load;

namespace {

constexpr int kRows = 1000;

class LoadSimTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.started()) << m_sim.startError().toStdString();
        ASSERT_TRUE(m_sim.execute(QStringLiteral("CREATE DATABASE d")).ok());
        ASSERT_TRUE(m_sim
                        .execute(QStringLiteral(
                            "CREATE TABLE d.t (id INT NOT NULL, name VARCHAR(32), amount INT) DUPLICATE KEY(id) "
                            "DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")"))
                        .ok());
        for (int i = 1; i <= kRows; ++i)
            m_rows.append(QStringLiteral("%1,name_%1,%2").arg(i).arg(i * 7));
        writeCsv();
        m_plan.sourcePath = m_dir.filePath(QStringLiteral("data.csv"));
        m_plan.database = QStringLiteral("d");
        m_plan.table = QStringLiteral("t");
        m_plan.columns = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount") };
        m_plan.chunkLimits.maxRows = 100;
        m_plan.parallelism = 2;
        m_plan.retryBaseDelayMs = 50;
        m_plan.retryMaxDelayMs = 400;
        m_plan.journalPath = m_dir.filePath(QStringLiteral("journal.json"));
        m_plan.spoolDir = m_dir.path();
        m_settings = m_sim.settings();
    }

    void writeCsv()
    {
        QFile file(m_dir.filePath(QStringLiteral("data.csv")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("id,name,amount\n");
        for (const QString& row : m_rows)
            file.write(row.toUtf8() + '\n');
    }

    LoadReport run()
    {
        LoadEngine engine(m_plan, m_settings, fileChunkSourceFactory());
        return engine.run(m_cancel);
    }

    static QByteArray checksum(QStringList rows)
    {
        rows.sort();
        return QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex();
    }

    /// The table holds exactly `expected` (same count, same rows, same checksum).
    void expectTableHolds(const QStringList& expected)
    {
        auto count = m_sim.select(QStringLiteral("SELECT count(*) FROM d.t"));
        ASSERT_TRUE(count.ok()) << count.error().message.toStdString();
        EXPECT_EQ(count->value(0).value(0).toLongLong(), expected.size());
        auto rows = m_sim.select(QStringLiteral("SELECT * FROM d.t"));
        ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
        QStringList actual;
        for (const QStringList& row : *rows)
            actual.append(row.join(QLatin1Char(',')));
        EXPECT_EQ(actual.size(), expected.size());
        EXPECT_EQ(checksum(actual), checksum(expected));
    }

    int killCliAfterCommits(const QStringList& args, const QString& journalPath);
    QStringList cliArgs(const QString& table) const;
    void expectResumed(const QStringList& args);

    test::SimInstance m_sim;
    QTemporaryDir m_dir;
    QStringList m_rows;
    LoadPlan m_plan;
    doris::ConnectionSettings m_settings;
    std::atomic<bool> m_cancel { false };
};

} // namespace

TEST_F(LoadSimTest, CleanParallelLoad)
{
    const LoadReport report = run();
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(report.chunks.size(), 10);
    EXPECT_EQ(report.rowsLoaded, kRows);
    EXPECT_EQ(report.chunks[3].firstLine, 302);
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, ConnectionResetMidBody)
{
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("reset_after_bytes=300,load=3") }).ok());
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, ServerError5xx)
{
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("http5xx=503,load=2") }).ok());
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    int retried = 0;
    for (const ChunkReport& chunk : report.chunks)
        retried += chunk.attempts > 1 ? 1 : 0;
    EXPECT_EQ(retried, 1);
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, DelayPastTheTimeout)
{
    m_settings.requestTimeoutMs = 800;
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("delay_ms=3000,load=2") }).ok());
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, PublishTimeoutIsCommitted)
{
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("publish_timeout=200,load=2") }).ok());
    m_plan.parallelism = 1;
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(report.chunks[1].attempts, 1);
    EXPECT_EQ(report.chunks[1].message, QStringLiteral("Publish Timeout: committed, the rows become visible shortly."));
    // Publish Timeout: the rows become visible a little later; the label says when.
    doris::StreamLoadClient client(m_settings);
    for (int i = 0; i < 100; ++i) {
        auto state = client.labelState(QStringLiteral("d"), report.chunks[1].label);
        if (state && *state == doris::LabelState::Visible)
            break;
        QThread::msleep(50);
    }
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, CommitThenDrop)
{
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("commit_then_drop,load=4") }).ok());
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, TooManyVersionsAndTxnLimitAreRetried)
{
    ASSERT_TRUE(
        m_sim.setFaults({ QStringLiteral("too_many_versions,load=2"), QStringLiteral("txn_limit,load=5") }).ok());
    m_plan.parallelism = 1;
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(report.chunks[1].attempts, 2);
    EXPECT_EQ(report.chunks[3].attempts, 2);
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, UnreachableBeWithAndWithoutOverride)
{
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("unreachable_be") }).ok());
    LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Fail);
    EXPECT_EQ(report.errorCode, QStringLiteral("be_unreachable"));
    EXPECT_TRUE(report.message.startsWith(QStringLiteral("The FE redirected to BE 127.0.0.1:")));
    EXPECT_TRUE(report.message.endsWith(
        QStringLiteral(", which cannot be reached from here; map it in the BE address mapping.")));
    expectTableHolds({});

    QFile::remove(m_plan.journalPath);
    m_settings.beOverride = QStringLiteral("127.0.0.1:%1").arg(m_sim.bePort());
    report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, AuthFailure)
{
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("auth_refuse") }).ok());
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Fail);
    EXPECT_EQ(report.errorCode, QStringLiteral("auth_failed"));
    for (const ChunkReport& chunk : report.chunks)
        EXPECT_LE(chunk.attempts, 1);
    ASSERT_TRUE(m_sim.setFaults({}).ok());
    expectTableHolds({});
}

TEST_F(LoadSimTest, MissingTable)
{
    m_plan.table = QStringLiteral("nope");
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Fail);
    EXPECT_EQ(report.errorCode, QStringLiteral("unknown_table")) << report.message.toStdString();
    EXPECT_EQ(report.chunks.value(0).attempts, 1);
    expectTableHolds({});
}

TEST_F(LoadSimTest, FilteredRowsOverTheRatioStopTheLoad)
{
    m_rows[250] = QStringLiteral("251,name_251,not_a_number,extra");
    writeCsv();
    m_plan.parallelism = 1;
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Fail);
    EXPECT_EQ(report.errorCode, QStringLiteral("data_quality"));
    EXPECT_EQ(report.chunks[2].status, ChunkStatus::Failed);
    EXPECT_EQ(report.chunks[2].filtered, 1);
    EXPECT_FALSE(report.chunks[2].errorUrl.isEmpty());
    expectTableHolds(m_rows.mid(0, 200)); // chunks 0 and 1 committed, nothing after the failure
}

TEST_F(LoadSimTest, FilteredRowsUnderTheRatioAreExplained)
{
    m_rows[250] = QStringLiteral("251,name_251,7,extra");
    writeCsv();
    m_plan.maxFilterRatio = 0.1;
    const LoadReport report = run();
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(report.rowsFiltered, 1);
    EXPECT_EQ(report.rowsLoaded, kRows - 1);
    const ChunkReport& chunk = report.chunks[2];
    EXPECT_EQ(chunk.filtered, 1);
    ASSERT_FALSE(chunk.errorUrl.isEmpty());
    QStringList expected = m_rows;
    expected.removeAt(250);
    expectTableHolds(expected);

    // The filtered row, with its reason and its line in the original file (header = line 1).
    auto journal = LoadJournal::load(m_plan.journalPath);
    ASSERT_TRUE(journal.ok());
    auto filtered = fetchFilteredRows(m_settings, *journal, chunk.label);
    ASSERT_TRUE(filtered.ok()) << filtered.error().message.toStdString();
    ASSERT_EQ(filtered->rows.size(), 1);
    EXPECT_EQ(filtered->rows[0].rawRow, QStringLiteral("251,name_251,7,extra"));
    EXPECT_EQ(filtered->rows[0].line, 252);
    EXPECT_TRUE(filtered->rows[0].reason.contains(QStringLiteral("column number")))
        << filtered->rows[0].reason.toStdString();
}

TEST_F(LoadSimTest, AtomicFailureLeavesTheTableUntouched)
{
    m_rows[950] = QStringLiteral("951,name_951,7,extra");
    writeCsv();
    m_plan.atomic = true;
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Fail);
    EXPECT_EQ(report.errorCode, QStringLiteral("data_quality"));
    expectTableHolds({});
    for (const ChunkReport& chunk : report.chunks)
        EXPECT_NE(chunk.status, ChunkStatus::Committed);
}

TEST_F(LoadSimTest, AtomicSuccessCommitsEverything)
{
    m_plan.atomic = true;
    const LoadReport report = run();
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, SimRestartMidLoad)
{
    m_plan.parallelism = 1;
    m_plan.maxAttempts = 30;
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("delay_ms=1500,load=4") }).ok());
    std::atomic<bool> restarted { false };
    LoadEngine engine(m_plan, m_settings, fileChunkSourceFactory());
    engine.setProgressCallback([&](const LoadProgress& progress) {
        if (!restarted && progress.chunksDone >= 3 && progress.chunksInFlight > 0) {
            restarted = true;
            m_sim.restart(true); // kill -9 while chunk 3 is in flight, then start again on the same data
        }
    });
    const LoadReport report = engine.run(m_cancel);
    ASSERT_TRUE(restarted);
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    expectTableHolds(m_rows);
}

/// Runs `doris-import` with `args` against a slow BE and kills it with SIGKILL once at least three chunks
/// committed; returns how many the journal shows committed.
int LoadSimTest::killCliAfterCommits(const QStringList& args, const QString& journalPath)
{
    EXPECT_TRUE(m_sim.setFaults({ QStringLiteral("delay_ms=400") }).ok());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DORIS_PASSWORD"), QString());
    cli.setProcessEnvironment(env);
    cli.start(test::binPath(QStringLiteral("doris-import")), args);
    EXPECT_TRUE(cli.waitForStarted());
    // Wait until the progress lines show committed chunks, then kill -9.
    QByteArray pending;
    int done = 0;
    cli.setReadChannel(QProcess::StandardError);
    while (done < 3 && cli.waitForReadyRead(30000)) {
        pending += cli.readAllStandardError();
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(pending.left(newline)).object();
            pending.remove(0, newline + 1);
            done = qMax(done, line.value(QLatin1String("chunks_done")).toInt());
        }
    }
    cli.kill();
    cli.waitForFinished();
    EXPECT_TRUE(m_sim.setFaults({}).ok());
    auto journal = LoadJournal::load(journalPath);
    EXPECT_TRUE(journal.ok());
    int committed = 0;
    for (const ChunkReport& chunk : journal->chunks)
        committed += chunk.status == ChunkStatus::Committed ? 1 : 0;
    return committed;
}

QStringList LoadSimTest::cliArgs(const QString& table) const
{
    return { QStringLiteral("load"), m_plan.sourcePath, QStringLiteral("--fe"),
        QStringLiteral("http://127.0.0.1:%1").arg(m_sim.fePort()), QStringLiteral("--mysql"),
        QStringLiteral("127.0.0.1:%1").arg(m_sim.mysqlPort()), QStringLiteral("--table"), table,
        QStringLiteral("--chunk-rows"), QStringLiteral("100"), QStringLiteral("--parallel"), QStringLiteral("2"),
        QStringLiteral("--journal"), m_plan.journalPath, QStringLiteral("--json") };
}

/// `--resume` with `args`: exit 0, Success, every source row counted once.
void LoadSimTest::expectResumed(const QStringList& args)
{
    const test::ProcessResult resumed = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        args + QStringList { QStringLiteral("--resume") }, 120000, { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(resumed.out).object();
    EXPECT_EQ(report.value(QLatin1String("status")).toString(), QStringLiteral("Success"));
    EXPECT_EQ(report.value(QLatin1String("rows_total")).toInt(), kRows);
}

TEST_F(LoadSimTest, CliKilledMidLoadThenResumed)
{
    const QStringList args = cliArgs(QStringLiteral("d.t"));
    const int committed = killCliAfterCommits(args, m_plan.journalPath);
    EXPECT_GE(committed, 3);
    EXPECT_LT(committed, 10);
    expectResumed(args);
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, CliKilledAfterCreateThenResumed)
{
    // `load --create` made the table, then died: the same command with --resume finds its journal.
    const QStringList args = cliArgs(QStringLiteral("d.created")) + QStringList { QStringLiteral("--create") };
    const int committed = killCliAfterCommits(args, m_plan.journalPath);
    EXPECT_GE(committed, 3);
    EXPECT_LT(committed, 10);
    expectResumed(args);
    auto rows = m_sim.select(QStringLiteral("SELECT id, name, amount FROM d.created"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    QStringList actual;
    for (const QStringList& row : *rows)
        actual.append(row.join(QLatin1Char(',')));
    EXPECT_EQ(actual.size(), kRows);
    EXPECT_EQ(checksum(actual), checksum(m_rows));
}

TEST_F(LoadSimTest, CliResumesThroughAnotherBeAddress)
{
    // The user got past an unreachable BE by giving its address: the resume is the same job.
    const QStringList args = cliArgs(QStringLiteral("d.t"));
    const int committed = killCliAfterCommits(args, m_plan.journalPath);
    EXPECT_GE(committed, 3);
    expectResumed(args
        + QStringList { QStringLiteral("--be"), QStringLiteral("127.0.0.1:%1").arg(m_sim.bePort()),
            QStringLiteral("--max-filter-ratio"), QStringLiteral("0.1") });
    expectTableHolds(m_rows);
}

TEST_F(LoadSimTest, CliCreateIntoAnExistingOtherTableLoadsNothing)
{
    ASSERT_TRUE(
        m_sim
            .execute(QStringLiteral("CREATE TABLE d.other (k INT, v VARCHAR(8)) DUPLICATE KEY(k) "
                                    "DISTRIBUTED BY HASH(k) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")"))
            .ok());
    const test::ProcessResult result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        cliArgs(QStringLiteral("d.other")) + QStringList { QStringLiteral("--create") }, 120000,
        { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QJsonObject error = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(error.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("table_mismatch"))
        << result.out.toStdString();
    auto count = m_sim.select(QStringLiteral("SELECT count(*) FROM d.other"));
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count->value(0).value(0).toInt(), 0);
}

TEST_F(LoadSimTest, ABadOptionWithCreateMakesNoTable)
{
    const test::ProcessResult result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("load"), m_plan.sourcePath, QStringLiteral("--fe"),
            QStringLiteral("http://127.0.0.1:%1").arg(m_sim.fePort()), QStringLiteral("--mysql"),
            QStringLiteral("127.0.0.1:%1").arg(m_sim.mysqlPort()), QStringLiteral("--table"),
            QStringLiteral("fresh.never"), QStringLiteral("--create"), QStringLiteral("--compress"),
            QStringLiteral("zstd"), QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("never.json")) },
        120000, { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("zstd")) << result.err.toStdString();
    EXPECT_FALSE(result.err.contains("created")) << result.err.toStdString();
    const auto tables = m_sim.select(QStringLiteral("SHOW TABLES FROM fresh"));
    EXPECT_TRUE(!tables.ok() || tables->isEmpty()) << "the table was created before the option was refused";
}

TEST_F(LoadSimTest, CliCreatesTheTableAndReportsJson)
{
    const test::ProcessResult result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("load"), m_plan.sourcePath, QStringLiteral("--fe"),
            QStringLiteral("http://127.0.0.1:%1").arg(m_sim.fePort()), QStringLiteral("--mysql"),
            QStringLiteral("127.0.0.1:%1").arg(m_sim.mysqlPort()), QStringLiteral("--table"),
            QStringLiteral("fresh.people"), QStringLiteral("--create"), QStringLiteral("--chunk-rows"),
            QStringLiteral("400"), QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("cli.json")),
            QStringLiteral("--json") },
        120000, { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(report.value(QLatin1String("status")).toString(), QStringLiteral("Success"));
    EXPECT_EQ(report.value(QLatin1String("rows_total")).toInt(), kRows);
    EXPECT_EQ(report.value(QLatin1String("rows_loaded")).toInt(), kRows);
    EXPECT_EQ(report.value(QLatin1String("rows_filtered")).toInt(), 0);
    const QJsonArray chunks = report.value(QLatin1String("chunks")).toArray();
    ASSERT_EQ(chunks.size(), 3);
    for (const QJsonValue& chunk : chunks) {
        const QJsonObject c = chunk.toObject();
        for (const char* key : { "index", "label", "status", "txn_id", "loaded", "filtered", "error_url", "attempts" })
            EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
    }
    auto count = m_sim.select(QStringLiteral("SELECT count(*) FROM fresh.people"));
    ASSERT_TRUE(count.ok()) << count.error().message.toStdString();
    EXPECT_EQ(count->value(0).value(0).toInt(), kRows);
}

TEST_F(LoadSimTest, CliErrorsByUrlAndByLabel)
{
    m_rows[250] = QStringLiteral("251,name_251,7,extra");
    writeCsv();
    m_plan.maxFilterRatio = 0.1;
    const LoadReport report = run();
    ASSERT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    const ChunkReport& chunk = report.chunks[2];
    ASSERT_FALSE(chunk.errorUrl.isEmpty());
    const QStringList connection { QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:%1").arg(m_sim.fePort()),
        QStringLiteral("--mysql"), QStringLiteral("127.0.0.1:%1").arg(m_sim.mysqlPort()), QStringLiteral("--json") };

    const test::ProcessResult byUrl = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        QStringList { QStringLiteral("errors"), QStringLiteral("--url"), chunk.errorUrl } + connection, 60000,
        { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(byUrl.exitCode, 0) << byUrl.err.toStdString();
    const QJsonObject urlRow = QJsonDocument::fromJson(byUrl.out.trimmed()).object();
    EXPECT_EQ(urlRow.value(QLatin1String("row")).toString(), QStringLiteral("251,name_251,7,extra"));
    EXPECT_TRUE(urlRow.value(QLatin1String("line")).isNull()); // a bare URL cannot be mapped to the file
    EXPECT_FALSE(urlRow.value(QLatin1String("reason")).toString().isEmpty());

    const test::ProcessResult byLabel = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        QStringList { QStringLiteral("errors"), QStringLiteral("--label"), chunk.label, QStringLiteral("--table"),
            QStringLiteral("d.t"), QStringLiteral("--journal"), m_plan.journalPath }
            + connection,
        60000, { QStringLiteral("DORIS_PASSWORD=") });
    EXPECT_EQ(byLabel.exitCode, 0) << byLabel.err.toStdString();
    const QJsonObject labelRow = QJsonDocument::fromJson(byLabel.out.trimmed()).object();
    EXPECT_EQ(labelRow.value(QLatin1String("line")).toInt(), 252);
    EXPECT_EQ(labelRow.value(QLatin1String("row")).toString(), QStringLiteral("251,name_251,7,extra"));
}

namespace {

/// Loads `csv` (header `id,v`) one record per chunk into a fresh table d.awkward and returns `v` by `id`
/// (NULL as "<NULL>"), with the chunks' kinds.
QMap<int, QString> loadAwkward(test::SimInstance& sim, const QTemporaryDir& dir, const QByteArray& csv,
    const source::FieldRules& rules, QList<ChunkReport>* chunks = nullptr)
{
    sim.execute(QStringLiteral("DROP TABLE IF EXISTS d.awkward"));
    EXPECT_TRUE(
        sim.execute(QStringLiteral("CREATE TABLE d.awkward (id INT NOT NULL, v STRING) DUPLICATE KEY(id) "
                                   "DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")"))
            .ok());
    const QString path = dir.filePath(QStringLiteral("awkward.csv"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    LoadPlan plan;
    plan.sourcePath = path;
    plan.database = QStringLiteral("d");
    plan.table = QStringLiteral("awkward");
    plan.columns = { QStringLiteral("id"), QStringLiteral("v") };
    plan.chunkLimits.maxRows = 1;
    plan.parallelism = 2;
    plan.fieldRules = rules;
    LoadEngine engine(plan, sim.settings(), fileChunkSourceFactory());
    std::atomic<bool> cancel { false };
    const LoadReport report = engine.run(cancel);
    EXPECT_EQ(report.status, LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(report.rowsFiltered, 0);
    for (const ChunkReport& c : report.chunks) {
        if (c.filtered > 0 || !c.errorUrl.isEmpty())
            ADD_FAILURE() << "chunk " << c.index << " filtered " << c.filtered << " " << c.errorUrl.toStdString();
    }
    if (chunks)
        *chunks = report.chunks;
    QMap<int, QString> values;
    auto rows = sim.select(QStringLiteral("SELECT id, v FROM d.awkward"));
    EXPECT_TRUE(rows.ok());
    if (rows.ok()) {
        for (const QStringList& row : *rows)
            values.insert(row.at(0).toInt(), row.at(1).isNull() ? QStringLiteral("<NULL>") : row.at(1));
    }
    return values;
}

} // namespace

TEST_F(LoadSimTest, AwkwardValuesSurviveEveryKindOfChunkBody)
{
    // byte ranges (quoted separators and line breaks), doubled quotes fixed in place, rewritten bodies (backslashes,
    // \N, a value that is just ""), in an LF file and in Excel's CRLF shape with a BOM
    const QList<QPair<QByteArray, QString>> cells {
        { "\"a,b\"", QStringLiteral("a,b") },
        { "\"two\r\nlines\"", QStringLiteral("two\r\nlines") },
        { "\"two\nlines\"", QStringLiteral("two\nlines") },
        { "\"Olga \"\"Max\"\" Lopez\"", QStringLiteral("Olga \"Max\" Lopez") },
        { "\"\"\"\"", QStringLiteral("\"") },
        { "back\\slash", QStringLiteral("back\\slash") },
        { "\"quoted \\ backslash\"", QStringLiteral("quoted \\ backslash") },
        { "\\N", QStringLiteral("<NULL>") },
        { "\"\"", QString() },
        { "", QString() },
        { "plain", QStringLiteral("plain") },
    };
    for (const QByteArray& lineEnd : { QByteArray("\n"), QByteArray("\r\n") }) {
        QByteArray csv = lineEnd == "\r\n" ? QByteArray("\xEF\xBB\xBFid,v\r\n") : QByteArray("id,v\n");
        for (int i = 0; i < cells.size(); ++i)
            csv += QByteArray::number(i) + ',' + cells.at(i).first + lineEnd;
        QList<ChunkReport> chunks;
        const QMap<int, QString> values = loadAwkward(m_sim, m_dir, csv, {}, &chunks);
        ASSERT_EQ(values.size(), cells.size());
        for (int i = 0; i < cells.size(); ++i)
            EXPECT_EQ(values.value(i), cells.at(i).second) << "row " << i << " line end " << lineEnd.size();
    }
}

TEST_F(LoadSimTest, EmptyFieldsLoadAsNullInNullableColumns)
{
    const QByteArray csv = "id,v\n1,\n2,\"\"\n3,x\n";
    source::FieldRules rules;
    rules.columns = { source::FieldRule {}, source::FieldRule { true, nullptr, {} } };
    const QMap<int, QString> nulls = loadAwkward(m_sim, m_dir, csv, rules);
    EXPECT_EQ(nulls.value(1), QStringLiteral("<NULL>"));
    EXPECT_EQ(nulls.value(2), QStringLiteral("<NULL>"));
    EXPECT_EQ(nulls.value(3), QStringLiteral("x"));
    const QMap<int, QString> strings = loadAwkward(m_sim, m_dir, csv, {});
    EXPECT_EQ(strings.value(1), QString());
    EXPECT_FALSE(strings.value(1).isNull());
    EXPECT_EQ(strings.value(3), QStringLiteral("x"));
}

TEST_F(LoadSimTest, CliSaysWhenTheSameFileWentIntoTheSameTableBefore)
{
    const QStringList first { QStringLiteral("load"), m_plan.sourcePath, QStringLiteral("--fe"),
        QStringLiteral("http://127.0.0.1:%1").arg(m_sim.fePort()), QStringLiteral("--mysql"),
        QStringLiteral("127.0.0.1:%1").arg(m_sim.mysqlPort()), QStringLiteral("--table"), QStringLiteral("d.t"),
        QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("first.json")), QStringLiteral("--json") };
    const test::ProcessResult once = test::runProcess(
        test::binPath(QStringLiteral("doris-import")), first, 120000, { QStringLiteral("DORIS_PASSWORD=") });
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    EXPECT_FALSE(QJsonDocument::fromJson(once.out).object().contains(QLatin1String("previous_load")));
    QStringList second = first;
    second[second.indexOf(m_dir.filePath(QStringLiteral("first.json")))]
        = m_dir.filePath(QStringLiteral("second.json"));
    const test::ProcessResult twice = test::runProcess(
        test::binPath(QStringLiteral("doris-import")), second, 120000, { QStringLiteral("DORIS_PASSWORD=") });
    ASSERT_EQ(twice.exitCode, 0) << twice.err.toStdString();
    const QJsonObject previous
        = QJsonDocument::fromJson(twice.out).object().value(QLatin1String("previous_load")).toObject();
    EXPECT_EQ(previous.value(QLatin1String("rows_loaded")).toInteger(), kRows) << twice.out.toStdString();
}
