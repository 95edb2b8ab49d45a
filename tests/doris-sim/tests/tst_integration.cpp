// Integration tests with real third-party clients (curl, the mariadb client, Qt's QMYSQL driver).
// They run against the address in DORIS_FE_HTTP / DORIS_FE_MYSQL / DORIS_USER / DORIS_PASSWORD when all are
// set (a real Doris), otherwise against a doris-sim started for the test. Fault and restart tests always use
// a sim of their own (a real cluster cannot inject faults).
#include "simprocess.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using dia::test::ProcessResult;
using dia::test::runProcess;
using dia::test::SimProcess;

namespace {

struct Target
{
    QString httpHost = QStringLiteral("127.0.0.1");
    int httpPort = 0;
    QString mysqlHost = QStringLiteral("127.0.0.1");
    int mysqlPort = 0;
    QString user = QStringLiteral("root");
    QString password;
    bool real = false;
    QString fe() const { return QStringLiteral("http://%1:%2").arg(httpHost).arg(httpPort); }
};

bool splitHostPort(QString value, QString& host, int& port)
{
    value.remove(QStringLiteral("http://"));
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    host = value.left(colon);
    bool ok = false;
    port = value.mid(colon + 1).remove(QLatin1Char('/')).toInt(&ok);
    return ok;
}

class Fixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QByteArray fe = qgetenv("DORIS_FE_HTTP");
        const QByteArray my = qgetenv("DORIS_FE_MYSQL");
        if (!fe.isEmpty() && !my.isEmpty() && qEnvironmentVariableIsSet("DORIS_USER")
            && qEnvironmentVariableIsSet("DORIS_PASSWORD")) {
            m_target.real = true;
            ASSERT_TRUE(splitHostPort(QString::fromLocal8Bit(fe), m_target.httpHost, m_target.httpPort));
            ASSERT_TRUE(splitHostPort(QString::fromLocal8Bit(my), m_target.mysqlHost, m_target.mysqlPort));
            m_target.user = qEnvironmentVariable("DORIS_USER");
            m_target.password = qEnvironmentVariable("DORIS_PASSWORD");
        } else {
            m_sim = std::make_unique<SimProcess>();
            ASSERT_TRUE(m_sim->start()) << m_sim->lastError().toStdString();
            useSim(*m_sim);
        }
        m_db = QStringLiteral("dia_it_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        ASSERT_EQ(sql(QStringLiteral("CREATE DATABASE `%1`").arg(m_db), false).exitCode, 0);
    }
    void TearDown() override
    {
        if (m_target.real)
            sql(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(m_db), false);
    }
    void useSim(SimProcess& sim)
    {
        m_target.httpPort = sim.feHttpPort();
        m_target.mysqlPort = sim.mysqlPort();
        m_target.user = sim.user();
        m_target.password = sim.password();
    }

    // mariadb -N -B; password through MYSQL_PWD, never argv.
    ProcessResult sql(const QString& statement, bool useDb = true)
    {
        QStringList args { QStringLiteral("-h") + m_target.mysqlHost, QStringLiteral("-P%1").arg(m_target.mysqlPort),
            QStringLiteral("-u") + m_target.user, QStringLiteral("--skip-ssl"), QStringLiteral("-N"),
            QStringLiteral("-B"), QStringLiteral("--connect-timeout=10") };
        if (useDb)
            args << QStringLiteral("-D") + m_db;
        args << QStringLiteral("-e") << statement;
        return runProcess(QStringLiteral("mariadb"), args, 60000, { QStringLiteral("MYSQL_PWD=") + m_target.password });
    }
    QString scalar(const QString& statement)
    {
        const ProcessResult r = sql(statement);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QString::fromUtf8(r.out).trimmed();
    }

    // curl --location-trusted; the credentials travel in a config read from stdin, never argv.
    ProcessResult curl(QStringList args)
    {
        args.prepend(QStringLiteral("-"));
        args.prepend(QStringLiteral("--config"));
        args.prepend(QStringLiteral("--location-trusted"));
        args.prepend(QStringLiteral("-sS"));
        const QByteArray config = "user = \"" + m_target.user.toUtf8() + ":" + m_target.password.toUtf8() + "\"\n";
        return runProcess(QStringLiteral("curl"), args, 120000, {}, config);
    }
    QJsonObject load(const QString& table, const QByteArray& data, const QStringList& headers)
    {
        const QString file = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".csv"));
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QStringList args { QStringLiteral("-H"), QStringLiteral("Expect:100-continue") };
        for (const QString& h : headers)
            args << QStringLiteral("-H") << h;
        args << QStringLiteral("-T") << file
             << m_target.fe() + QStringLiteral("/api/%1/%2/_stream_load").arg(m_db, table);
        const ProcessResult r = curl(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        m_lastBody = r.out;
        return QJsonDocument::fromJson(r.out).object();
    }
    QJsonObject twoPc(const QStringList& headers)
    {
        QStringList args { QStringLiteral("-X"), QStringLiteral("PUT") };
        for (const QString& h : headers)
            args << QStringLiteral("-H") << h;
        args << m_target.fe() + QStringLiteral("/api/%1/_stream_load_2pc").arg(m_db);
        const ProcessResult r = curl(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }
    void createOrders()
    {
        const ProcessResult r = sql(QStringLiteral(
            "CREATE TABLE orders (id INT NOT NULL, name VARCHAR(10), amount DECIMAL(10, 2)) DUPLICATE KEY(id) "
            "DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")"));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString label() { return QStringLiteral("it_") + QUuid::createUuid().toString(QUuid::Id128); }

    Target m_target;
    std::unique_ptr<SimProcess> m_sim;
    QString m_db;
    QTemporaryDir m_tmp;
    QByteArray m_lastBody;
};

const QByteArray kGood = "1,alice,10.50\n2,bob,3\n3,carol,0.25\n";

} // namespace

TEST_F(Fixture, CurlLoadSucceedsAndRowsAreCountable)
{
    createOrders();
    const QJsonObject r = load(
        QStringLiteral("orders"), kGood, { QStringLiteral("label:") + label(), QStringLiteral("column_separator:,") });
    EXPECT_EQ(r[QLatin1String("Status")].toString(), QStringLiteral("Success")) << m_lastBody.toStdString();
    EXPECT_EQ(r[QLatin1String("NumberTotalRows")].toInt(), 3);
    EXPECT_EQ(r[QLatin1String("NumberLoadedRows")].toInt(), 3);
    EXPECT_EQ(r[QLatin1String("TwoPhaseCommit")].toString(), QStringLiteral("false"));
    EXPECT_TRUE(m_lastBody.startsWith("{\n    \"TxnId\": "));
    EXPECT_TRUE(m_lastBody.endsWith("}\n"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT name FROM orders WHERE id = 1")), QStringLiteral("alice"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM orders WHERE id = 2")), QStringLiteral("3.00"));
}

TEST_F(Fixture, LabelReuseAnswersLabelAlreadyExists)
{
    createOrders();
    const QString l = label();
    const QStringList headers { QStringLiteral("label:") + l, QStringLiteral("column_separator:,") };
    ASSERT_EQ(
        load(QStringLiteral("orders"), kGood, headers)[QLatin1String("Status")].toString(), QStringLiteral("Success"));
    const QJsonObject again = load(QStringLiteral("orders"), kGood, headers);
    EXPECT_EQ(again[QLatin1String("Status")].toString(), QStringLiteral("Label Already Exists"));
    EXPECT_EQ(again[QLatin1String("ExistingJobStatus")].toString(), QStringLiteral("FINISHED"));
    EXPECT_TRUE(again[QLatin1String("Message")].toString().contains(QStringLiteral("has already been used")));
    EXPECT_EQ(again[QLatin1String("TxnId")].toInt(), -1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
}

TEST_F(Fixture, FilteredRowsHaveAnErrorUrlCurlCanFetch)
{
    createOrders();
    const QJsonObject r = load(QStringLiteral("orders"), "1,ok,1\n2,this-is-too-long,2\nx,bad,3\n4,ok,4,extra\n",
        { QStringLiteral("column_separator:,"), QStringLiteral("max_filter_ratio:0.8"),
            QStringLiteral("strict_mode:true") });
    EXPECT_EQ(r[QLatin1String("Status")].toString(), QStringLiteral("Success")) << m_lastBody.toStdString();
    EXPECT_EQ(r[QLatin1String("NumberLoadedRows")].toInt(), 1);
    EXPECT_EQ(r[QLatin1String("NumberFilteredRows")].toInt(), 3);
    const QString url = r[QLatin1String("ErrorURL")].toString();
    ASSERT_FALSE(url.isEmpty());
    const ProcessResult log = runProcess(QStringLiteral("curl"), { QStringLiteral("-sS"), url });
    ASSERT_EQ(log.exitCode, 0);
    QList<QByteArray> lines = log.out.split('\n');
    lines.removeAll(QByteArray());
    ASSERT_EQ(lines.size(), 3);
    for (const QByteArray& line : lines)
        EXPECT_TRUE(line.startsWith("Reason: ") && line.endsWith("; ")) << line.toStdString();
    EXPECT_TRUE(log.out.contains("src line [2,this-is-too-long,2]")) << log.out.toStdString();
    const ProcessResult warnings = sql(QStringLiteral("SHOW LOAD WARNINGS ON '%1'").arg(url));
    ASSERT_EQ(warnings.exitCode, 0) << warnings.err.toStdString();
    EXPECT_EQ(warnings.out.count('\n'), 3);
    EXPECT_TRUE(warnings.out.startsWith("-1\tNULL\tReason: "));
    // over the ratio: the whole load fails and nothing lands
    const QJsonObject failed
        = load(QStringLiteral("orders"), "5,ok,1\nbad,x,1\n", { QStringLiteral("column_separator:,") });
    EXPECT_EQ(failed[QLatin1String("Status")].toString(), QStringLiteral("Fail"));
    EXPECT_EQ(
        failed[QLatin1String("Message")].toString(), QStringLiteral("[DATA_QUALITY_ERROR]too many filtered rows"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("1"));
}

TEST_F(Fixture, TwoPhaseCommitAndAbort)
{
    createOrders();
    const QJsonObject pre = load(QStringLiteral("orders"), kGood,
        { QStringLiteral("column_separator:,"), QStringLiteral("two_phase_commit:true") });
    ASSERT_EQ(pre[QLatin1String("Status")].toString(), QStringLiteral("Success"));
    EXPECT_EQ(pre[QLatin1String("TwoPhaseCommit")].toString(), QStringLiteral("true"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("0"));
    const QString txn = QString::number(pre[QLatin1String("TxnId")].toVariant().toLongLong());
    const QJsonObject commit = twoPc({ QStringLiteral("txn_id:") + txn, QStringLiteral("txn_operation:commit") });
    EXPECT_EQ(commit[QLatin1String("status")].toString(), QStringLiteral("Success"));
    EXPECT_EQ(
        commit[QLatin1String("msg")].toString(), QStringLiteral("transaction [%1] commit successfully.").arg(txn));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
    const QString l = label();
    load(QStringLiteral("orders"), kGood,
        { QStringLiteral("label:") + l, QStringLiteral("column_separator:,"),
            QStringLiteral("two_phase_commit:true") });
    const QJsonObject abort = twoPc({ QStringLiteral("label:") + l, QStringLiteral("txn_operation:abort") });
    EXPECT_EQ(abort[QLatin1String("status")].toString(), QStringLiteral("Success"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
    const QJsonObject again = twoPc({ QStringLiteral("txn_id:") + txn, QStringLiteral("txn_operation:commit") });
    EXPECT_TRUE(
        again[QLatin1String("msg")].toString().contains(QStringLiteral("is already visible, not pre-committed")));
}

TEST_F(Fixture, FeRedirectsWithout100Continue)
{
    createOrders();
    QTcpSocket socket;
    socket.connectToHost(m_target.httpHost, quint16(m_target.httpPort));
    ASSERT_TRUE(socket.waitForConnected(10000));
    const QByteArray auth = (m_target.user + QLatin1Char(':') + m_target.password).toUtf8().toBase64();
    socket.write("PUT /api/" + m_db.toUtf8() + "/orders/_stream_load HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
        + auth + "\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QByteArray head;
    while (!head.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        head += socket.readAll();
    EXPECT_TRUE(head.startsWith("HTTP/1.1 307")) << head.toStdString(); // never 100 Continue first
    EXPECT_TRUE(head.contains("Location: http://")) << head.toStdString();
}

TEST_F(Fixture, MissingExpectHeaderIsRefusedByTheFe)
{
    createOrders();
    const QString file = m_tmp.filePath(QStringLiteral("x.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kGood);
    f.close();
    const ProcessResult r = curl({ QStringLiteral("-H"), QStringLiteral("Expect:"), QStringLiteral("-T"), file,
        m_target.fe() + QStringLiteral("/api/%1/orders/_stream_load").arg(m_db) });
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QLatin1String("status")].toString(), QStringLiteral("FAILED"));
    EXPECT_EQ(o[QLatin1String("msg")].toString(), QStringLiteral("There is no 100-continue header"));
}

TEST_F(Fixture, MariadbClientSeesDorisMetadata)
{
    EXPECT_TRUE(scalar(QStringLiteral("SELECT @@version_comment")).startsWith(QStringLiteral("Doris version")));
    const ProcessResult backends = sql(QStringLiteral("SHOW BACKENDS"));
    ASSERT_EQ(backends.exitCode, 0) << backends.err.toStdString();
    const ProcessResult withNames = runProcess(QStringLiteral("mariadb"),
        { QStringLiteral("-h") + m_target.mysqlHost, QStringLiteral("-P%1").arg(m_target.mysqlPort),
            QStringLiteral("-u") + m_target.user, QStringLiteral("--skip-ssl"), QStringLiteral("-B"),
            QStringLiteral("-e"), QStringLiteral("SHOW BACKENDS") },
        60000, { QStringLiteral("MYSQL_PWD=") + m_target.password });
    const QList<QByteArray> header = withNames.out.split('\n').value(0).split('\t');
    EXPECT_TRUE(header.contains("Host") && header.contains("HttpPort") && header.contains("Alive"));
    if (m_sim) {
        const QList<QByteArray> row = withNames.out.split('\n').value(1).split('\t');
        EXPECT_EQ(row.value(int(header.indexOf("HttpPort"))).toInt(), m_sim->beHttpPort());
    }
    const ProcessResult bad = sql(QStringLiteral("CREATE TABLE t (a DOUBLE, b INT) DUPLICATE KEY(a) "
                                                 "PROPERTIES (\"replication_num\" = \"1\")"));
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains("Float or double can not used as a key, use decimal instead."))
        << bad.err.toStdString();
    createOrders();
    EXPECT_TRUE(scalar(QStringLiteral("DESC orders")).startsWith(QStringLiteral("id\tINT\tNo\ttrue")));
}

TEST_F(Fixture, QtMysqlDriverWorks)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("sim_it"));
    {
        db.setHostName(m_target.mysqlHost);
        db.setPort(m_target.mysqlPort);
        db.setUserName(m_target.user);
        db.setPassword(m_target.password);
        db.setDatabaseName(m_db);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SHOW DATABASES"))) << q.lastError().text().toStdString();
        bool found = false;
        while (q.next())
            found = found || q.value(0).toString() == m_db;
        EXPECT_TRUE(found);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE q1 (k INT, v VARCHAR(8)) DUPLICATE KEY(k) "
                                          "DISTRIBUTED BY HASH(k) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("DESC q1")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("k"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM q1")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT * FROM no_such_table")));
        EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("no_such_table")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("sim_it"));
}

// ---- sim-only: persistence and faults

TEST_F(Fixture, StateSurvivesARestart)
{
    SimProcess sim;
    ASSERT_TRUE(sim.start()) << sim.lastError().toStdString();
    useSim(sim);
    ASSERT_EQ(sql(QStringLiteral("CREATE DATABASE `%1`").arg(m_db), false).exitCode, 0);
    createOrders();
    const QString l = label();
    ASSERT_EQ(load(QStringLiteral("orders"), kGood,
                  { QStringLiteral("label:") + l, QStringLiteral("column_separator:,") })[QLatin1String("Status")]
                  .toString(),
        QStringLiteral("Success"));
    const QJsonObject pre = load(QStringLiteral("orders"), "9,z,9\n",
        { QStringLiteral("column_separator:,"), QStringLiteral("two_phase_commit:true") });
    ASSERT_TRUE(sim.restart()) << sim.lastError().toStdString();
    useSim(sim);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
    const QJsonObject again
        = load(QStringLiteral("orders"), kGood, { QStringLiteral("label:") + l, QStringLiteral("column_separator:,") });
    EXPECT_EQ(again[QLatin1String("Status")].toString(), QStringLiteral("Label Already Exists"));
    const QString txn = QString::number(pre[QLatin1String("TxnId")].toVariant().toLongLong());
    EXPECT_EQ(
        twoPc({ QStringLiteral("txn_id:") + txn, QStringLiteral("txn_operation:commit") })[QLatin1String("status")]
            .toString(),
        QStringLiteral("Success"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("4"));
}

class FaultFixture : public Fixture
{
protected:
    void SetUp() override
    {
        m_own = std::make_unique<SimProcess>();
        ASSERT_TRUE(m_own->start()) << m_own->lastError().toStdString();
        useSim(*m_own);
        m_db = QStringLiteral("faults");
        ASSERT_EQ(sql(QStringLiteral("CREATE DATABASE faults"), false).exitCode, 0);
        createOrders();
    }
    void TearDown() override { }
    QString state(const QString& l)
    {
        const ProcessResult r = curl({ m_target.fe() + QStringLiteral("/api/faults/get_load_state?label=") + l });
        return QJsonDocument::fromJson(r.out).object()[QLatin1String("data")].toString();
    }
    /// Writes `data` to a file and sends it with curl -T into faults.orders under `l`.
    ProcessResult uploadFile(const QString& name, const QByteArray& data, const QString& l)
    {
        const QString file = m_tmp.filePath(name);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        return curl({ QStringLiteral("-H"), QStringLiteral("Expect:100-continue"), QStringLiteral("-H"),
            QStringLiteral("label:") + l, QStringLiteral("-H"), QStringLiteral("column_separator:,"),
            QStringLiteral("-T"), file, m_target.fe() + QStringLiteral("/api/faults/orders/_stream_load") });
    }
    std::unique_ptr<SimProcess> m_own;
};

TEST_F(FaultFixture, FailAndTooManyVersionsAbortTheTxn)
{
    ASSERT_TRUE(m_own->setFaults({ QStringLiteral("fail,load=1"), QStringLiteral("too_many_versions,load=2") }));
    const QString l = label();
    const QStringList h { QStringLiteral("label:") + l, QStringLiteral("column_separator:,") };
    const QJsonObject first = load(QStringLiteral("orders"), kGood, h);
    EXPECT_EQ(first[QLatin1String("Status")].toString(), QStringLiteral("Fail"));
    EXPECT_EQ(state(l), QStringLiteral("ABORTED"));
    const QJsonObject second = load(QStringLiteral("orders"), kGood, h);
    EXPECT_TRUE(second[QLatin1String("Message")].toString().startsWith(QStringLiteral("[TOO_MANY_VERSION]")));
    EXPECT_EQ(load(QStringLiteral("orders"), kGood, h)[QLatin1String("Status")].toString(), QStringLiteral("Success"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
}

TEST_F(FaultFixture, ResetAfterBytesLeavesNothingVisible)
{
    ASSERT_TRUE(m_own->setFaults({ QStringLiteral("reset_after_bytes=10") }));
    const QString l = label();
    QByteArray big;
    for (int i = 0; i < 1000; ++i)
        big += QByteArray::number(i) + ",n,1\n";
    const ProcessResult r = uploadFile(QStringLiteral("big.csv"), big, l);
    EXPECT_NE(r.exitCode, 0); // connection reset
    EXPECT_EQ(state(l), QStringLiteral("ABORTED"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("0"));
}

TEST_F(FaultFixture, CommitThenDropIsFoundThroughTheLabel)
{
    ASSERT_TRUE(m_own->setFaults({ QStringLiteral("commit_then_drop,load=1") }));
    const QString l = label();
    const ProcessResult r = uploadFile(QStringLiteral("d.csv"), kGood, l);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(state(l), QStringLiteral("VISIBLE"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), QStringLiteral("3"));
}

TEST_F(FaultFixture, PublishTimeoutHttp5xxUnreachableAndAuth)
{
    ASSERT_TRUE(
        m_own->setFaults({ QStringLiteral("publish_timeout=300,load=1"), QStringLiteral("http5xx=503,load=2") }));
    const QString l = label();
    const QJsonObject pt
        = load(QStringLiteral("orders"), kGood, { QStringLiteral("label:") + l, QStringLiteral("column_separator:,") });
    EXPECT_EQ(pt[QLatin1String("Status")].toString(), QStringLiteral("Publish Timeout"));
    const QString s = state(l);
    EXPECT_TRUE(s == QStringLiteral("COMMITTED") || s == QStringLiteral("VISIBLE")) << s.toStdString();
    load(QStringLiteral("orders"), kGood, { QStringLiteral("column_separator:,") });
    EXPECT_TRUE(m_lastBody.contains("Internal Server Error")) << m_lastBody.toStdString();
    ASSERT_TRUE(m_own->setFaults({ QStringLiteral("unreachable_be,times=1"), QStringLiteral("auth_refuse,load=1") }));
    const QString file = m_tmp.filePath(QStringLiteral("u.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kGood);
    f.close();
    const ProcessResult unreachable = curl({ QStringLiteral("-H"), QStringLiteral("Expect:100-continue"),
        QStringLiteral("-T"), file, m_target.fe() + QStringLiteral("/api/faults/orders/_stream_load") });
    EXPECT_EQ(unreachable.exitCode, 7) << unreachable.err.toStdString(); // curl: couldn't connect
    ASSERT_TRUE(m_own->setFaults({ QStringLiteral("auth_refuse,times=1") }));
    const ProcessResult refused = curl({ QStringLiteral("-H"), QStringLiteral("Expect:100-continue"),
        QStringLiteral("-T"), file, m_target.fe() + QStringLiteral("/api/faults/orders/_stream_load") });
    EXPECT_TRUE(refused.out.contains("\"code\":401")) << refused.out.toStdString();
    EXPECT_TRUE(m_own->faultState().contains("auth_refuse,times=1"));
}
