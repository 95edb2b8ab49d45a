// Unit tests of labels, the retry decision table and the journal.
#include "doris/streamloadresult.h"
#include "load/labelscheme.h"
#include "load/loadengine.h"
#include "load/loadjournal.h"
#include "load/loadplan.h"
#include "load/retrypolicy.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::load;
using LoadStatus = doris::StreamLoadResult::LoadStatus;

namespace {

doris::StreamLoadResult result(LoadStatus status, const char* message = "", const char* existing = "")
{
    doris::StreamLoadResult r;
    r.status = status;
    r.message = QString::fromUtf8(message);
    r.existingJobStatus = QString::fromUtf8(existing);
    return r;
}

doris::StreamLoadResult feFailure(const char* message)
{
    doris::StreamLoadResult r = result(LoadStatus::Fail, message);
    r.fromFe = true;
    return r;
}

} // namespace

TEST(Labels, ChunkLabelsAreDeterministicAndValid)
{
    const QDateTime created(QDate(2026, 11, 25), QTime(17, 30, 5), Qt::UTC);
    const QString job = labels::jobId(QStringLiteral("0123456789abcdef0123456789abcdef"), created, 0xbeef);
    EXPECT_EQ(job, QStringLiteral("0123456789abcdef_20261125173005_0000beef"));
    EXPECT_EQ(labels::chunkLabel(QStringLiteral("dia"), job, 7),
        QStringLiteral("dia_0123456789abcdef_20261125173005_0000beef_000007"));
    EXPECT_EQ(labels::chunkLabel(QString(), job, 1234567),
        QStringLiteral("0123456789abcdef_20261125173005_0000beef_1234567"));
    // Two loads of the same file started in the same second must not share labels (the second would be taken
    // for an already committed retry and load nothing).
    EXPECT_NE(labels::jobId(QStringLiteral("0123456789abcdef"), created, 1),
        labels::jobId(QStringLiteral("0123456789abcdef"), created, 2));
    EXPECT_TRUE(labels::isValid(labels::chunkLabel(QString(64, QLatin1Char('p')), job, 999999)));
    EXPECT_TRUE(labels::chunkLabel(QString(64, QLatin1Char('p')), job, 999999).size() <= 128);
}

TEST(Labels, ValidatesDorisLabelRules)
{
    EXPECT_TRUE(labels::isValid(QStringLiteral("a-b_c:9")));
    EXPECT_FALSE(labels::isValid(QString()));
    EXPECT_FALSE(labels::isValid(QStringLiteral("a.b")));
    EXPECT_FALSE(labels::isValid(QStringLiteral("a b")));
    EXPECT_FALSE(labels::isValid(QString(129, QLatin1Char('x'))));
    EXPECT_TRUE(labels::isValid(QString(128, QLatin1Char('x'))));
    EXPECT_TRUE(labels::checkPrefix(QStringLiteral("nightly-2026:orders")).ok());
    EXPECT_TRUE(labels::checkPrefix(QString()).ok());
    const Status bad = labels::checkPrefix(QStringLiteral("my load"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("bad_label_prefix"));
    EXPECT_EQ(bad.error().message, QStringLiteral("The label prefix 'my load' is not allowed."));
    EXPECT_FALSE(labels::checkPrefix(QString(65, QLatin1Char('p'))).ok());
}

TEST(LoadPlan, FingerprintFollowsFileAndOptions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("id,name\n1,a\n");
    file.close();
    LoadPlan plan;
    plan.sourcePath = path;
    plan.database = QStringLiteral("db");
    plan.table = QStringLiteral("t");
    const QString first = *plan.fingerprint();
    EXPECT_EQ(first, *plan.fingerprint());
    LoadPlan other = plan;
    other.table = QStringLiteral("t2");
    EXPECT_NE(first, *other.fingerprint());
    other = plan;
    other.chunkLimits.maxRows = 10;
    EXPECT_NE(first, *other.fingerprint());
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("2,b\n");
    file.close();
    EXPECT_NE(first, *plan.fingerprint());
    plan.sourcePath = dir.filePath(QStringLiteral("missing.csv"));
    EXPECT_EQ(plan.fingerprint().error().code, QStringLiteral("source_unreadable"));
}

TEST(LoadPlan, DefaultParallelismFollowsAliveBackends)
{
    EXPECT_EQ(defaultParallelism(0), 1);
    EXPECT_EQ(defaultParallelism(3), 3);
    EXPECT_EQ(defaultParallelism(40), kMaxDefaultParallelism);
}

// The retry decision table: every row of doris-facts.md §2.1 plus transport failures.
TEST(RetryPolicy, DorisVerdicts)
{
    struct Row
    {
        doris::StreamLoadResult r;
        bool twoPhase;
        ChunkAction action;
        const char* code;
    };
    const Row rows[] = {
        { result(LoadStatus::Success, "OK"), false, ChunkAction::Committed, "" },
        { result(LoadStatus::Success, "OK"), true, ChunkAction::Precommitted, "" },
        { result(LoadStatus::PublishTimeout, "transaction commit successfully, BUT data will be visible later"), false,
            ChunkAction::Committed, "" },
        { result(LoadStatus::LabelAlreadyExists, "", "FINISHED"), false, ChunkAction::Committed, "" },
        { result(LoadStatus::LabelAlreadyExists, "", "RUNNING"), false, ChunkAction::WaitForLabel, "" },
        { result(LoadStatus::LabelAlreadyExists, "", "PRECOMMITTED"), true, ChunkAction::Precommitted, "" },
        { result(LoadStatus::LabelAlreadyExists, "", "PRECOMMITTED"), false, ChunkAction::Fail, "label_precommitted" },
        { result(LoadStatus::Fail, "[DATA_QUALITY_ERROR]too many filtered rows"), false, ChunkAction::Fail,
            "data_quality" },
        { result(LoadStatus::Fail, "too many filtered rows"), false, ChunkAction::Fail, "data_quality" },
        { result(LoadStatus::Fail, "[DATA_QUALITY_ERROR]Encountered unqualified data, stop processing"), false,
            ChunkAction::Fail, "data_quality" },
        { result(LoadStatus::Fail,
              "[TOO_MANY_VERSION]failed to init rowset builder. version count: 2001, exceed limit: 2000, tablet: 1."),
            false, ChunkAction::Retry, "" },
        { result(LoadStatus::Fail, "failed to load, err=-235"), false, ChunkAction::Retry, "" },
        { result(LoadStatus::Fail, "current running txns on db 10002 is 100, larger than limit 100"), false,
            ChunkAction::Retry, "" },
        { result(LoadStatus::Fail, "[INTERNAL_ERROR]timeout when waiting for data"), false, ChunkAction::Retry, "" },
        { result(LoadStatus::Fail, "[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = unknown table, tableName=t"),
            false, ChunkAction::Fail, "unknown_table" },
        { result(LoadStatus::Fail, "no valid Basic authorization"), false, ChunkAction::Fail, "auth_failed" },
        { result(LoadStatus::Fail, "Access denied for user 'u'@'1.2.3.4' (using password: YES)"), false,
            ChunkAction::Fail, "auth_failed" },
        { result(LoadStatus::Fail, "Invalid strict mode format. Must be bool type"), false, ChunkAction::Fail,
            "bad_request" },
        { result(LoadStatus::Fail, "Label format error. regex: ^[-_A-Za-z0-9:]{1,128}$, label: a.b"), false,
            ChunkAction::Fail, "bad_request" },
        { result(LoadStatus::Fail, "something nobody has seen"), false, ChunkAction::Fail, "load_failed" },
        { feFailure("No backend load available., policy: ..."), false, ChunkAction::Retry, "" },
        { feFailure("Unauthorized: Need auth information."), false, ChunkAction::Fail, "auth_failed" },
        { result(LoadStatus::Unknown, ""), false, ChunkAction::CheckLabel, "" },
    };
    for (const Row& row : rows) {
        const RetryDecision decision = retry::decide(row.r, row.twoPhase);
        EXPECT_EQ(decision.action, row.action)
            << row.r.message.toStdString() << " / " << row.r.existingJobStatus.toStdString();
        EXPECT_EQ(decision.errorCode, QLatin1String(row.code)) << row.r.message.toStdString();
    }
}

TEST(RetryPolicy, TransportFailures)
{
    const std::pair<const char*, ChunkAction> rows[] = {
        { "fe_unreachable", ChunkAction::Retry },
        { "fe_http_error", ChunkAction::Retry },
        { "timeout", ChunkAction::CheckLabel },
        { "network_error", ChunkAction::CheckLabel },
        { "http_error", ChunkAction::CheckLabel },
        { "bad_response", ChunkAction::CheckLabel },
        { "be_unreachable", ChunkAction::Fail },
        { "auth_failed", ChunkAction::Fail },
        { "body_unreadable", ChunkAction::Fail },
        { "cancelled", ChunkAction::Cancelled },
    };
    for (const auto& [code, action] : rows)
        EXPECT_EQ(retry::decide(makeError(QLatin1String(code), QString())).action, action) << code;
    EXPECT_EQ(retry::decide(makeError(QStringLiteral("be_unreachable"), QString())).errorCode,
        QStringLiteral("be_unreachable"));
}

TEST(RetryPolicy, LabelStatesBeforeResending)
{
    EXPECT_EQ(retry::afterLabelState(doris::LabelState::Visible), ChunkAction::Committed);
    EXPECT_EQ(retry::afterLabelState(doris::LabelState::Committed), ChunkAction::Committed);
    EXPECT_EQ(retry::afterLabelState(doris::LabelState::Precommitted), ChunkAction::Precommitted);
    EXPECT_EQ(retry::afterLabelState(doris::LabelState::Prepare), ChunkAction::WaitForLabel);
    EXPECT_EQ(retry::afterLabelState(doris::LabelState::Aborted), ChunkAction::Retry);
    EXPECT_EQ(retry::afterLabelState(doris::LabelState::Unknown), ChunkAction::Retry);
}

TEST(RetryPolicy, ExponentialBackoffIsCapped)
{
    EXPECT_EQ(retry::backoffMs(1, 1000, 60000), 1000);
    EXPECT_EQ(retry::backoffMs(2, 1000, 60000), 2000);
    EXPECT_EQ(retry::backoffMs(5, 1000, 60000), 16000);
    EXPECT_EQ(retry::backoffMs(7, 1000, 60000), 60000);
    EXPECT_EQ(retry::backoffMs(100, 1000, 60000), 60000);
    EXPECT_EQ(retry::backoffMs(0, 500, 60000), 500);
}

TEST(LoadJournal, RoundTripsWithoutSecrets)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/job.json"));
    LoadJournal journal;
    journal.fingerprint = QStringLiteral("abc123");
    journal.jobId = QStringLiteral("abc_20260101000000");
    journal.database = QStringLiteral("db");
    journal.table = QStringLiteral("t");
    journal.atomic = true;
    ChunkReport& second = journal.upsert(1);
    second.label = QStringLiteral("dia_abc_000001");
    second.status = ChunkStatus::Sending;
    second.attempts = 2;
    second.rows = 10;
    second.bytes = 100;
    ChunkReport& first = journal.upsert(0);
    first.label = QStringLiteral("dia_abc_000000");
    first.status = ChunkStatus::Precommitted;
    first.txnId = 42;
    first.loaded = 9;
    first.filtered = 1;
    first.unselected = 0;
    first.errorUrl = QStringLiteral("http://be:8040/api/_load_error_log?file=x");
    ASSERT_TRUE(journal.save(path).ok());

    auto loaded = LoadJournal::load(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->fingerprint, journal.fingerprint);
    EXPECT_EQ(loaded->jobId, journal.jobId);
    EXPECT_TRUE(loaded->atomic);
    ASSERT_EQ(loaded->chunks.size(), 2);
    EXPECT_EQ(loaded->chunks[0].index, 0); // kept in index order
    EXPECT_EQ(loaded->chunks[0].status, ChunkStatus::Precommitted);
    EXPECT_EQ(loaded->chunks[0].txnId, 42);
    EXPECT_EQ(loaded->chunks[0].filtered, 1);
    EXPECT_EQ(loaded->chunks[0].errorUrl, first.errorUrl);
    EXPECT_EQ(loaded->chunks[1].status, ChunkStatus::Sending);
    EXPECT_EQ(loaded->chunks[1].attempts, 2);
    EXPECT_EQ(loaded->chunks[1].loaded, -1);
    EXPECT_EQ(loaded->chunks[1].bytes, 100);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_FALSE(text.contains("password"));
    EXPECT_FALSE(text.contains("Authorization"));
}

TEST(LoadJournal, RefusesMissingAndForeignFiles)
{
    QTemporaryDir dir;
    EXPECT_EQ(
        LoadJournal::load(dir.filePath(QStringLiteral("none.json"))).error().code, QStringLiteral("journal_missing"));
    const QString path = dir.filePath(QStringLiteral("x.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"hello\":1}");
    file.close();
    auto corrupt = LoadJournal::load(path);
    ASSERT_FALSE(corrupt.ok());
    EXPECT_EQ(corrupt.error().code, QStringLiteral("journal_corrupt"));
    EXPECT_EQ(corrupt.error().message, path + QStringLiteral(" is not a load journal of this program."));
}

TEST(LoadEngine, HeadersDescribeTheBodyAndPlan)
{
    source::BodyFormat format;
    format.columnSeparator = QByteArray("\x01", 1);
    format.enclose = '"';
    format.escape = '\\';
    LoadPlan plan;
    plan.columns = { QStringLiteral("id"), QStringLiteral("we`ird name") };
    plan.maxFilterRatio = 0.25;
    plan.strictMode = true;
    plan.timezone = QStringLiteral("Asia/Shanghai");
    const auto headers = LoadEngine::requestHeaders(plan, format);
    const QList<QPair<QByteArray, QByteArray>> expected {
        { "format", "csv" },
        { "column_separator", "\\x01" },
        { "line_delimiter", "\\x0a" },
        { "enclose", "\"" },
        { "escape", "\\" },
        { "trim_double_quotes", "false" },
        { "columns", "`id`,`we``ird name`" },
        { "max_filter_ratio", "0.25" },
        { "strict_mode", "true" },
        { "timezone", "Asia/Shanghai" },
    };
    EXPECT_EQ(headers, expected);
    format.columnSeparator = "||";
    EXPECT_EQ(LoadEngine::formatHeaders(format).at(1).second, QByteArray("||"));
    format.columnSeparator = "\t";
    EXPECT_EQ(LoadEngine::formatHeaders(format).at(1).second, QByteArray("\\x09"));
    plan.columnsHeader = QStringLiteral("`a`,__skip_2,`b`");
    EXPECT_EQ(LoadEngine::requestHeaders(plan, format).at(6).second, QByteArray("`a`,__skip_2,`b`"));
}
