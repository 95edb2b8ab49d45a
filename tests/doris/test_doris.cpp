// Unit tests of the Doris client's parsers and settings (no network).
#include "doris/connectionsettings.h"
#include "doris/filteredrow.h"
#include "doris/labelstate.h"
#include "doris/metadataclient.h"
#include "doris/streamloadresult.h"
#include "testenv.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::doris;
using LoadStatus = StreamLoadResult::LoadStatus;

namespace {

QByteArray golden(const char* name)
{
    QFile file(test::dataPath(QStringLiteral("doris/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

StreamLoadResult parsed(const char* name)
{
    auto result = StreamLoadResult::parse(golden(name));
    EXPECT_TRUE(result.ok()) << name;
    return result.ok() ? *result : StreamLoadResult {};
}

} // namespace

TEST(StreamLoadResult, ParsesEverySuccessField)
{
    const StreamLoadResult r = parsed("success.json");
    EXPECT_EQ(r.status, LoadStatus::Success);
    EXPECT_TRUE(r.committed());
    EXPECT_FALSE(r.fromFe);
    EXPECT_EQ(r.txnId, 18036);
    EXPECT_EQ(r.label, QStringLiteral("dia_0123456789abcdef_20260101000000_000000"));
    EXPECT_FALSE(r.twoPhaseCommit);
    EXPECT_EQ(r.message, QStringLiteral("OK"));
    EXPECT_EQ(r.numberTotalRows, 1000);
    EXPECT_EQ(r.numberLoadedRows, 1000);
    EXPECT_EQ(r.numberFilteredRows, 0);
    EXPECT_EQ(r.loadBytes, 40888);
    EXPECT_EQ(r.loadTimeMs, 2144);
    EXPECT_EQ(r.beginTxnTimeMs, 1);
    EXPECT_EQ(r.streamLoadPutTimeMs, 2);
    EXPECT_EQ(r.readDataTimeMs, 325);
    EXPECT_EQ(r.writeDataTimeMs, 1933);
    EXPECT_EQ(r.receiveDataTimeMs, 7);
    EXPECT_EQ(r.commitAndPublishTimeMs, 106);
    EXPECT_TRUE(r.errorUrl.isEmpty());
}

TEST(StreamLoadResult, SuccessWithTolerantFilteringKeepsErrorUrl)
{
    const StreamLoadResult r = parsed("success_filtered.json");
    EXPECT_EQ(r.status, LoadStatus::Success);
    EXPECT_EQ(r.numberFilteredRows, 1);
    EXPECT_EQ(r.numberUnselectedRows, 1);
    EXPECT_EQ(r.receiveDataTimeMs, -1); // absent key keeps its default
    EXPECT_TRUE(r.errorUrl.startsWith(QStringLiteral("http://192.168.1.10:8040/api/_load_error_log?file=__shard_4/")));
}

TEST(StreamLoadResult, PublishTimeoutCountsAsCommitted)
{
    const StreamLoadResult r = parsed("publish_timeout.json");
    EXPECT_EQ(r.status, LoadStatus::PublishTimeout);
    EXPECT_TRUE(r.committed());
}

TEST(StreamLoadResult, LabelAlreadyExistsCarriesExistingJobStatus)
{
    const StreamLoadResult r = parsed("label_exists_finished.json");
    EXPECT_EQ(r.status, LoadStatus::LabelAlreadyExists);
    EXPECT_EQ(r.existingJobStatus, QStringLiteral("FINISHED"));
    EXPECT_EQ(r.txnId, -1);
    EXPECT_FALSE(r.committed());
}

TEST(StreamLoadResult, FailuresKeepDorisMessage)
{
    const StreamLoadResult quality = parsed("fail_quality.json");
    EXPECT_EQ(quality.status, LoadStatus::Fail);
    EXPECT_EQ(quality.message, QStringLiteral("[DATA_QUALITY_ERROR]too many filtered rows"));
    EXPECT_EQ(quality.numberFilteredRows, 2);
    EXPECT_FALSE(quality.errorUrl.isEmpty());
    const StreamLoadResult versions = parsed("fail_too_many_versions.json");
    EXPECT_TRUE(versions.message.startsWith(QStringLiteral("[TOO_MANY_VERSION]")));
}

TEST(StreamLoadResult, GroupCommitAndUnknownKeysAreLenient)
{
    const StreamLoadResult r = parsed("group_commit.json");
    EXPECT_EQ(r.status, LoadStatus::Success);
    EXPECT_TRUE(r.groupCommit);
    EXPECT_EQ(r.beginTxnTimeMs, -1);
    EXPECT_EQ(r.numberLoadedRows, 3);
}

TEST(StreamLoadResult, FeRestShapesAreFailures)
{
    const StreamLoadResult expect = parsed("fe_failed.json");
    EXPECT_TRUE(expect.fromFe);
    EXPECT_EQ(expect.status, LoadStatus::Fail);
    EXPECT_EQ(expect.statusText, QStringLiteral("FAILED"));
    EXPECT_EQ(expect.message, QStringLiteral("There is no 100-continue header"));

    const StreamLoadResult auth = parsed("fe_unauthorized.json");
    EXPECT_TRUE(auth.fromFe);
    EXPECT_EQ(auth.status, LoadStatus::Fail);
    EXPECT_EQ(auth.message, QStringLiteral("Unauthorized: Need auth information."));
}

TEST(StreamLoadResult, NonJsonIsBadResponse)
{
    auto r = StreamLoadResult::parse("<html>502 Bad Gateway</html>");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("bad_response"));
    EXPECT_EQ(r.error().message,
        QStringLiteral("Doris answered with something that is not a load result: <html>502 Bad Gateway</html>"));
    EXPECT_EQ(StreamLoadResult::parse("").error().message,
        QStringLiteral("Doris answered with something that is not a load result: (empty body)"));
}

TEST(LabelState, ParsesStatesAndErrors)
{
    auto visible = parseLabelState(golden("label_state_visible.json"));
    ASSERT_TRUE(visible.ok());
    EXPECT_EQ(*visible, LabelState::Visible);
    EXPECT_TRUE(labelCommitted(*visible));
    for (const char* name : { "UNKNOWN", "PREPARE", "PRECOMMITTED", "COMMITTED", "ABORTED" }) {
        auto state = parseLabelState(QByteArray(R"({"msg":"success","code":0,"data":")") + name + R"(","count":0})");
        ASSERT_TRUE(state.ok()) << name;
        EXPECT_EQ(labelStateName(*state), QLatin1String(name));
    }
    auto bad = parseLabelState(golden("label_state_bad.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("label_state_failed"));
    EXPECT_EQ(
        bad.error().message, QStringLiteral("The FE could not report the label state: Bad Request: No label selected"));
}

TEST(ErrorLog, ParsesReasonColumnAndRow)
{
    const ErrorLog log = parseErrorLog(golden("error_log.txt"));
    ASSERT_EQ(log.rows.size(), 3);
    EXPECT_TRUE(log.truncated);
    EXPECT_EQ(log.rows[0].rawRow, QStringLiteral("a,b,c,d"));
    EXPECT_TRUE(log.rows[0].reason.startsWith(QStringLiteral("actual column number in csv file is  more than")));
    EXPECT_TRUE(log.rows[0].column.isEmpty()); // "column number" names no column
    EXPECT_EQ(log.rows[1].column, QStringLiteral("price"));
    EXPECT_EQ(log.rows[1].rawRow, QStringLiteral("7,x,abc"));
    EXPECT_EQ(log.rows[1].reason,
        QStringLiteral("column(price) value is incorrect while strict mode is true, src value is abc"));
    EXPECT_EQ(log.rows[2].column, QStringLiteral("name"));
    EXPECT_EQ(log.rows[2].rawRow, QStringLiteral("8,aaaaaaaaaa,1.5"));
    EXPECT_EQ(log.rows[0].line, -1);
}

TEST(ErrorLog, KeepsBracketsInsideRows)
{
    const ErrorLog log = parseErrorLog("Reason: bad. src line [x,[y],z]; \r\nSummary: 1 rows\n");
    ASSERT_EQ(log.rows.size(), 1);
    EXPECT_EQ(log.rows[0].rawRow, QStringLiteral("x,[y],z"));
    EXPECT_EQ(log.rows[0].reason, QStringLiteral("bad"));
    EXPECT_EQ(log.otherLines, QStringList { QStringLiteral("Summary: 1 rows") });
    EXPECT_FALSE(log.truncated);
}

TEST(ConnectionSettings, ParsesAddressesAndNeverShowsThePassword)
{
    ConnectionSettings s;
    ASSERT_TRUE(s.setFeUrl(QStringLiteral("http://doris.example:18030/")).ok());
    EXPECT_EQ(s.feHost, QStringLiteral("doris.example"));
    EXPECT_EQ(s.feHttpPort, 18030);
    EXPECT_FALSE(s.useTls);
    ASSERT_TRUE(s.setFeUrl(QStringLiteral("https://10.0.0.5")).ok());
    EXPECT_TRUE(s.useTls);
    EXPECT_EQ(s.feHttpPort, 8050);
    ASSERT_TRUE(s.setFeUrl(QStringLiteral("10.0.0.6")).ok());
    EXPECT_EQ(s.feHttpPort, 8030);
    auto withUser = s.setFeUrl(QStringLiteral("http://root:secret@10.0.0.5:8030"));
    ASSERT_FALSE(withUser.ok());
    EXPECT_EQ(withUser.error().code, QStringLiteral("bad_fe_url"));
    EXPECT_EQ(s.setFeUrl(QStringLiteral("ftp://x")).error().code, QStringLiteral("bad_fe_url"));

    ASSERT_TRUE(s.setMysqlAddress(QStringLiteral("db-host")).ok());
    EXPECT_EQ(s.mysqlPort, 9030);
    ASSERT_TRUE(s.setBeOverride(QStringLiteral("127.0.0.1:18040")).ok());
    EXPECT_EQ(s.beOverride, QStringLiteral("127.0.0.1:18040"));
    EXPECT_EQ(s.setBeOverride(QStringLiteral("127.0.0.1")).error().code, QStringLiteral("bad_address"));
    ASSERT_TRUE(s.setBeOverride(QStringLiteral("[::1]:8040")).ok());
    EXPECT_EQ(s.beOverride, QStringLiteral("[::1]:8040"));

    s.user = QStringLiteral("loader");
    s.password = QStringLiteral("p@ss:w0rd");
    EXPECT_FALSE(s.toLogString().contains(QStringLiteral("p@ss")));
    EXPECT_EQ(s.authorizationHeader(), QByteArray("Basic ") + QByteArray("loader:p@ss:w0rd").toBase64());
    EXPECT_FALSE(s.feBaseUrl().toString().contains(QStringLiteral("p@ss")));
}

TEST(MetadataClient, QuotesIdentifiersAndStrings)
{
    EXPECT_EQ(MetadataClient::quoteIdentifier(QStringLiteral("my`table")), QStringLiteral("`my``table`"));
    EXPECT_EQ(MetadataClient::quoteString(QStringLiteral("it's a \\ test")), QStringLiteral("'it\\'s a \\\\ test'"));
}

TEST(MetadataClient, ConnectFailureIsDescribed)
{
    ConnectionSettings s;
    s.mysqlHost = QStringLiteral("127.0.0.1");
    s.mysqlPort = 1; // nothing listens on port 1
    s.connectTimeoutMs = 2000;
    MetadataClient client(s);
    auto version = client.serverVersion();
    ASSERT_FALSE(version.ok());
    EXPECT_EQ(version.error().code, QStringLiteral("mysql_connect_failed"));
    EXPECT_TRUE(version.error().message.startsWith(QStringLiteral("Cannot connect to Doris at 127.0.0.1:1: ")));
}
