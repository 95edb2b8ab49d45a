// Integration tests of the issue 15/17 fidelity: several BEs (round robin, stop/start, a killed load),
// replication bound, compressed bodies, Doris 2.1's lenient DECIMAL and time zones, Unicode names.
// Real clients only: curl for Stream Load and the admin endpoint, the mariadb client for SQL.
#include "simprocess.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <bzlib.h>
#include <lz4frame.h>
#include <zlib.h>

#include <gtest/gtest.h>

using dia::test::ProcessResult;
using dia::test::runProcess;
using dia::test::SimProcess;

namespace {

class Cluster : public ::testing::Test
{
protected:
    explicit Cluster(QStringList args = { QStringLiteral("--backends"), QStringLiteral("3") })
        : m_sim(std::move(args))
    { }
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start()) << m_sim.lastError().toStdString();
        const QJsonArray list = admin(QStringLiteral("GET"), QStringLiteral("/_sim/backends"))
                                    .object()[QLatin1String("backends")]
                                    .toArray();
        for (const QJsonValue v : list)
            m_bePorts.push_back(v.toObject()[QLatin1String("http_port")].toInt());
        ASSERT_EQ(sql(QStringLiteral("CREATE DATABASE c"), false).exitCode, 0);
    }

    ProcessResult sql(const QString& statement, bool useDb = true)
    {
        QStringList args { QStringLiteral("-h127.0.0.1"), QStringLiteral("-P%1").arg(m_sim.mysqlPort()),
            QStringLiteral("-uroot"), QStringLiteral("--skip-ssl"), QStringLiteral("-N"), QStringLiteral("-B") };
        if (useDb)
            args << QStringLiteral("-Dc");
        args << QStringLiteral("-e") << statement;
        return runProcess(QStringLiteral("mariadb"), args, 60000, { QStringLiteral("MYSQL_PWD=") });
    }
    QString rows(const QString& statement)
    {
        const ProcessResult r = sql(statement);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QString::fromUtf8(r.out).trimmed();
    }
    void createTable(const QString& ddl)
    {
        const ProcessResult r = sql(ddl);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString fe() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_sim.feHttpPort()); }
    QJsonDocument admin(const QString& method, const QString& path)
    {
        const ProcessResult r
            = runProcess(QStringLiteral("curl"), { QStringLiteral("-sS"), QStringLiteral("-X"), method, fe() + path });
        return QJsonDocument::fromJson(r.out);
    }
    QString writeFile(const QByteArray& data)
    {
        const QString file = m_tmp.filePath(QUuid::createUuid().toString(QUuid::Id128));
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return file;
    }
    QStringList loadArgs(const QString& table, const QString& file, const QStringList& headers)
    {
        QStringList args { QStringLiteral("-sS"), QStringLiteral("--location-trusted"), QStringLiteral("-u"),
            QStringLiteral("root:"), QStringLiteral("-H"), QStringLiteral("Expect:100-continue") };
        for (const QString& h : headers)
            args << QStringLiteral("-H") << h;
        args << QStringLiteral("-T") << file << fe() + QStringLiteral("/api/c/%1/_stream_load").arg(table);
        return args;
    }
    QJsonObject load(const QString& table, const QByteArray& data, const QStringList& headers)
    {
        const ProcessResult r = runProcess(QStringLiteral("curl"), loadArgs(table, writeFile(data), headers), 120000);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        m_lastBody = r.out;
        return QJsonDocument::fromJson(r.out).object();
    }
    /// The BE port the FE redirects the next stream load to (curl without following).
    int nextRedirectPort()
    {
        const ProcessResult r = runProcess(QStringLiteral("curl"),
            { QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{redirect_url}"), QStringLiteral("-u"), QStringLiteral("root:"), QStringLiteral("-H"),
                QStringLiteral("Expect:100-continue"), QStringLiteral("-T"), writeFile({}),
                fe() + QStringLiteral("/api/c/t/_stream_load") });
        const QString url = QString::fromUtf8(r.out);
        return url.section(QLatin1Char(':'), -1).section(QLatin1Char('/'), 0, 0).toInt();
    }
    QString state(const QString& label)
    {
        const ProcessResult r = runProcess(QStringLiteral("curl"),
            { QStringLiteral("-sS"), QStringLiteral("-u"), QStringLiteral("root:"),
                fe() + QStringLiteral("/api/c/get_load_state?label=") + label });
        return QJsonDocument::fromJson(r.out).object()[QLatin1String("data")].toString();
    }
    /// SHOW BACKENDS: one list of cells per BE.
    QList<QStringList> backends()
    {
        QList<QStringList> out;
        for (const QString& line : rows(QStringLiteral("SHOW BACKENDS")).split(QLatin1Char('\n')))
            out.push_back(line.split(QLatin1Char('\t')));
        return out;
    }

    SimProcess m_sim;
    std::vector<int> m_bePorts;
    QTemporaryDir m_tmp;
    QByteArray m_lastBody;
};

const QString kTable = QStringLiteral("CREATE TABLE t (id INT, name VARCHAR(20)) DUPLICATE KEY(id) DISTRIBUTED BY "
                                      "HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")");

QByteArray rowsCsv(int from, int count)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += QByteArray::number(i) + ",name" + QByteArray::number(i % 97) + "\n";
    return out;
}

} // namespace

TEST_F(Cluster, ShowBackendsListsEveryBeWithThe21ColumnsAndRedirectsRoundRobin)
{
    createTable(kTable);
    ASSERT_EQ(m_bePorts.size(), 3U);
    const QList<QStringList> bes = backends();
    ASSERT_EQ(bes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(bes[i].size(), 25); // BackendId ... HeartbeatFailureCounter, NodeRole (2.1)
        EXPECT_EQ(bes[i][0], QString::number(10002 + i));
        EXPECT_EQ(bes[i][4], QString::number(m_bePorts[size_t(i)])); // HttpPort
        EXPECT_EQ(bes[i][9], QStringLiteral("true")); // Alive
        EXPECT_EQ(bes[i][24], QStringLiteral("mix"));
    }
    std::vector<int> seen;
    for (int i = 0; i < 6; ++i)
        seen.push_back(nextRedirectPort());
    EXPECT_EQ(seen,
        (std::vector<int> { m_bePorts[0], m_bePorts[1], m_bePorts[2], m_bePorts[0], m_bePorts[1], m_bePorts[2] }));
    // loads through every BE land in the one store
    for (int i = 0; i < 3; ++i) {
        const QJsonObject r
            = load(QStringLiteral("t"), rowsCsv(i * 100, 100), { QStringLiteral("column_separator:,") });
        EXPECT_EQ(r[QLatin1String("Status")].toString(), QStringLiteral("Success")) << m_lastBody.toStdString();
    }
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t")), QStringLiteral("300"));
}

TEST_F(Cluster, AStoppedBeRefusesConnectionsIsNotAliveAndIsSkipped)
{
    createTable(kTable);
    admin(QStringLiteral("POST"), QStringLiteral("/_sim/backends/1/stop"));
    const ProcessResult direct = runProcess(QStringLiteral("curl"),
        { QStringLiteral("-sS"), QStringLiteral("http://127.0.0.1:%1/api/health").arg(m_bePorts[1]) });
    EXPECT_EQ(direct.exitCode, 7) << direct.err.toStdString(); // connection refused
    QList<QStringList> bes = backends();
    EXPECT_EQ(bes[0][9], QStringLiteral("true"));
    EXPECT_EQ(bes[1][9], QStringLiteral("false"));
    EXPECT_EQ(bes[2][9], QStringLiteral("true"));
    for (int i = 0; i < 4; ++i)
        EXPECT_NE(nextRedirectPort(), m_bePorts[1]);
    // more replicas than alive BEs: refused as Doris 2.1 does
    const ProcessResult three = sql(QStringLiteral("CREATE TABLE r3 (id INT) DISTRIBUTED BY HASH(id) BUCKETS 1 "
                                                   "PROPERTIES (\"replication_num\" = \"3\")"));
    EXPECT_NE(three.exitCode, 0);
    EXPECT_TRUE(three.err.contains("ERROR 1105"));
    EXPECT_TRUE(three.err.contains("Failed to find enough backend, please check the replication num,replication tag "
                                   "and storage medium and avail capacity of backends or maybe all be on same host.\n"
                                   "Create failed replications:\nreplication tag: {\"location\" : \"default\"}, "
                                   "replication num: 3, storage medium: HDD"))
        << three.err.toStdString();
    EXPECT_EQ(sql(QStringLiteral("CREATE TABLE r2 (id INT) DISTRIBUTED BY HASH(id) BUCKETS 1 "
                                 "PROPERTIES (\"replication_allocation\" = \"tag.location.default: 2\")"))
                  .exitCode,
        0);
    // started again on the same port
    admin(QStringLiteral("POST"), QStringLiteral("/_sim/backends/1/start"));
    EXPECT_EQ(runProcess(QStringLiteral("curl"),
                  { QStringLiteral("-sS"), QStringLiteral("http://127.0.0.1:%1/api/health").arg(m_bePorts[1]) })
                  .exitCode,
        0);
    EXPECT_EQ(backends()[1][9], QStringLiteral("true"));
    std::set<int> ports;
    for (int i = 0; i < 3; ++i)
        ports.insert(nextRedirectPort());
    EXPECT_EQ(ports.size(), 3U);
    // none alive: the FE's 2.1 answer
    for (int i = 0; i < 3; ++i)
        admin(QStringLiteral("POST"), QStringLiteral("/_sim/backends/%1/stop").arg(i));
    const QJsonObject none = load(QStringLiteral("t"), rowsCsv(0, 1), {});
    EXPECT_EQ(none[QLatin1String("status")].toString(), QStringLiteral("FAILED"));
    EXPECT_EQ(none[QLatin1String("msg")].toString(),
        QStringLiteral("No backend load available., policy: computeNode=false | query=false | load=true | "
                       "schedule=false | tags={\"location\" : \"default\"} | medium=null"));
}

TEST_F(Cluster, ALoadInFlightOnAStoppedBeIsAbortedAndItsLabelReusable)
{
    createTable(kTable);
    const QByteArray data = rowsCsv(0, 100000); // ~1.5 MB, sent at 300 KB/s
    const QString file = writeFile(data);
    const QString label = QStringLiteral("killed_") + QUuid::createUuid().toString(QUuid::Id128);
    QProcess slow;
    slow.start(QStringLiteral("curl"),
        loadArgs(QStringLiteral("t"), file, { QStringLiteral("label:") + label, QStringLiteral("column_separator:,") })
            << QStringLiteral("--limit-rate") << QStringLiteral("300k"));
    ASSERT_TRUE(slow.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (state(label) != QStringLiteral("PREPARE") && timer.elapsed() < 10000)
        QThread::msleep(50);
    ASSERT_EQ(state(label), QStringLiteral("PREPARE"));
    admin(QStringLiteral("POST"), QStringLiteral("/_sim/backends/0/stop")); // the first load goes to BE 0
    ASSERT_TRUE(slow.waitForFinished(30000));
    EXPECT_NE(slow.exitCode(), 0) << slow.readAllStandardOutput().toStdString(); // reset, no answer
    EXPECT_EQ(state(label), QStringLiteral("ABORTED"));
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t")), QStringLiteral("0"));
    // the label of an aborted txn can be used again: through the FE to another BE
    const QJsonObject again
        = load(QStringLiteral("t"), data, { QStringLiteral("label:") + label, QStringLiteral("column_separator:,") });
    EXPECT_EQ(again[QLatin1String("Status")].toString(), QStringLiteral("Success")) << m_lastBody.toStdString();
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t")), QStringLiteral("100000"));
    EXPECT_EQ(state(label), QStringLiteral("VISIBLE"));
}

namespace {

QByteArray gzipOf(const QByteArray& in, int windowBits)
{
    z_stream z {};
    deflateInit2(&z, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray bz2Of(const QByteArray& in)
{
    QByteArray out(in.size() + in.size() / 100 + 1024, Qt::Uninitialized);
    unsigned int size = unsigned(out.size());
    BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char*>(in.constData()), unsigned(in.size()), 9, 0, 0);
    out.resize(qsizetype(size));
    return out;
}

QByteArray lz4FrameOf(const QByteArray& in)
{
    QByteArray out(qsizetype(LZ4F_compressFrameBound(size_t(in.size()), nullptr)), Qt::Uninitialized);
    out.resize(
        qsizetype(LZ4F_compressFrame(out.data(), size_t(out.size()), in.constData(), size_t(in.size()), nullptr)));
    return out;
}

} // namespace

TEST_F(Cluster, CompressedBodiesLoadExactlyTheRowsOfThePlainOne)
{
    createTable(kTable);
    const QByteArray plain = rowsCsv(1, 50000);
    const QList<QPair<QString, QByteArray>> bodies { { QStringLiteral("gz"), gzipOf(plain, 15 + 16) },
        { QStringLiteral("GZ"), gzipOf(plain, 15 + 16) + gzipOf(rowsCsv(1, 0), 15 + 16) },
        { QStringLiteral("deflate"), gzipOf(plain, 15) }, { QStringLiteral("bz2"), bz2Of(plain) },
        { QStringLiteral("lz4"), lz4FrameOf(plain) } };
    int loads = 0;
    for (const auto& [type, body] : bodies) {
        for (const bool chunked : { false, true }) {
            QStringList headers { QStringLiteral("column_separator:,"), QStringLiteral("compress_type:") + type };
            if (chunked)
                headers << QStringLiteral("Transfer-Encoding: chunked");
            const QJsonObject r = load(QStringLiteral("t"), body, headers);
            EXPECT_EQ(r[QLatin1String("Status")].toString(), QStringLiteral("Success"))
                << type.toStdString() << m_lastBody.toStdString();
            EXPECT_EQ(r[QLatin1String("NumberLoadedRows")].toInt(), 50000) << type.toStdString();
            EXPECT_EQ(r[QLatin1String("LoadBytes")].toInt(), body.size()) << type.toStdString();
            ++loads;
        }
    }
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t")), QString::number(50000 * loads));
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t WHERE id = 49999")), QString::number(loads));

    const QJsonObject zstd = load(QStringLiteral("t"), plain, { QStringLiteral("compress_type:zstd") });
    EXPECT_EQ(
        zstd[QLatin1String("Message")].toString(), QStringLiteral("[INTERNAL_ERROR]unknown data format, format="));
    const QJsonObject json = load(
        QStringLiteral("t"), gzipOf("[]", 31), { QStringLiteral("format:json"), QStringLiteral("compress_type:gz") });
    EXPECT_EQ(json[QLatin1String("Message")].toString(),
        QStringLiteral("[INTERNAL_ERROR]compress data of JSON format is not supported."));
    const QJsonObject lzo = load(QStringLiteral("t"), plain, { QStringLiteral("compress_type:lzo") });
    EXPECT_TRUE(lzo[QLatin1String("Message")].toString().startsWith(QStringLiteral("[NOT_IMPLEMENTED_ERROR]")));
    // a corrupt body fails the load and leaves nothing visible
    QByteArray corrupt = gzipOf(plain, 31);
    corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x5a);
    const QString label = QStringLiteral("corrupt_") + QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject bad = load(QStringLiteral("t"), corrupt,
        { QStringLiteral("column_separator:,"), QStringLiteral("compress_type:gz"), QStringLiteral("label:") + label });
    EXPECT_EQ(bad[QLatin1String("Status")].toString(), QStringLiteral("Fail"));
    EXPECT_TRUE(
        bad[QLatin1String("Message")].toString().startsWith(QStringLiteral("[INTERNAL_ERROR]Failed to inflate")))
        << m_lastBody.toStdString();
    EXPECT_EQ(state(label), QStringLiteral("ABORTED"));
    const QJsonObject truncated = load(QStringLiteral("t"), lz4FrameOf(plain).left(1000),
        { QStringLiteral("column_separator:,"), QStringLiteral("compress_type:lz4") });
    EXPECT_EQ(truncated[QLatin1String("Message")].toString(),
        QStringLiteral("[INTERNAL_ERROR]Compressed file has been truncated, which is not allowed"));
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t")), QString::number(50000 * loads));
}

TEST_F(Cluster, DecimalIsLenientDoubleStrictAndOffsetsGoToTheLoadsTimeZone)
{
    createTable(QStringLiteral("CREATE TABLE v (id INT, d DECIMAL(10, 2), x DOUBLE, t DATETIME) DUPLICATE KEY(id) "
                               "DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")"));
    const QByteArray data = "1\t1,234.50\t1,234.50\t2024-07-01T10:00:00\n"
                            "2\t1.234,50\t+12\t2024-07-01T10:00:00Z\n"
                            "3\t12%\t1.5e3\t2024-07-01T12:00:00+02:00\n"
                            "4\t12abc\t12%\t2024-07-01T10:00:00-05:00\n"
                            "5\t+12\t$12\t2024/07/01\n"
                            "6\t1.5e3\t\\N\t20240701\n"
                            "7\t$12\t\\N\t2024-7-1 10:00:00.6\n"
                            "8\t\\N\t\\N\t2024-07-01T12:00:00+0200\n";
    // non-strict: nothing filtered, the silent 2.1 values
    const QJsonObject r = load(QStringLiteral("v"), data, {});
    EXPECT_EQ(r[QLatin1String("Status")].toString(), QStringLiteral("Success")) << m_lastBody.toStdString();
    EXPECT_EQ(r[QLatin1String("NumberLoadedRows")].toInt(), 8);
    EXPECT_EQ(rows(QStringLiteral("SELECT id, d, x, t FROM v ORDER BY id")),
        QStringLiteral("1\t1.00\tNULL\t2024-07-01 10:00:00\n"
                       "2\t12.34\t12\t2024-07-01 18:00:00\n"
                       "3\t12.00\t1500\t2024-07-01 18:00:00\n"
                       "4\t12.00\tNULL\t2024-07-01 23:00:00\n"
                       "5\t12.00\tNULL\t2024-07-01 00:00:00\n"
                       "6\t1500.00\tNULL\t2024-07-01 00:00:00\n"
                       "7\tNULL\tNULL\t2024-07-01 10:00:01\n"
                       "8\tNULL\tNULL\tNULL"));
    // strict mode: the lenient DECIMALs still pass; DOUBLE text that is not a whole number, $12 to DECIMAL and
    // +0200 filter their rows; offsets converted to the timezone header
    sql(QStringLiteral("TRUNCATE TABLE v"));
    const QJsonObject strict = load(QStringLiteral("v"), data,
        { QStringLiteral("strict_mode:true"), QStringLiteral("max_filter_ratio:1"), QStringLiteral("timezone:UTC") });
    EXPECT_EQ(strict[QLatin1String("NumberLoadedRows")].toInt(), 3) << m_lastBody.toStdString();
    EXPECT_EQ(strict[QLatin1String("NumberFilteredRows")].toInt(), 5);
    EXPECT_EQ(rows(QStringLiteral("SELECT id, d, t FROM v ORDER BY id")),
        QStringLiteral("2\t12.34\t2024-07-01 10:00:00\n"
                       "3\t12.00\t2024-07-01 10:00:00\n"
                       "6\t1500.00\t2024-07-01 00:00:00"));
    const ProcessResult log
        = runProcess(QStringLiteral("curl"), { QStringLiteral("-sS"), strict[QLatin1String("ErrorURL")].toString() });
    EXPECT_TRUE(log.out.contains("column(t) value is incorrect while strict mode is true, src value is "
                                 "2024-07-01T12:00:00+0200"))
        << log.out.toStdString();
    EXPECT_TRUE(log.out.contains("column(d) value is incorrect while strict mode is true, src value is $12"));
    // the cluster's time_zone is a different thing (SET per session)
    EXPECT_EQ(rows(QStringLiteral("SELECT @@time_zone")), QStringLiteral("Asia/Shanghai"));
    EXPECT_EQ(rows(QStringLiteral("SET time_zone = 'UTC'; SELECT @@time_zone")), QStringLiteral("UTC"));
}

TEST_F(Cluster, UnicodeColumnNamesNeedTheSessionVariable)
{
    EXPECT_EQ(rows(QStringLiteral("SELECT @@enable_unicode_name_support")), QStringLiteral("false"));
    const QString ddl = QStringLiteral("CREATE TABLE u (`编号` INT, `日期` DATE) DUPLICATE KEY(`编号`) DISTRIBUTED BY "
                                       "HASH(`编号`) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")");
    const ProcessResult off = sql(ddl);
    EXPECT_NE(off.exitCode, 0);
    EXPECT_TRUE(off.err.contains("ERROR 1105"));
    EXPECT_TRUE(QString::fromUtf8(off.err).contains(
        QStringLiteral("Incorrect column name '编号'. Column regex is "
                       "'^[_a-zA-Z@0-9\\s/][.a-zA-Z0-9_+-/?@#$%^&*\"\\s,:]{0,255}$'")))
        << off.err.toStdString();
    const ProcessResult on = sql(QStringLiteral("SET enable_unicode_name_support = true; ") + ddl);
    ASSERT_EQ(on.exitCode, 0) << on.err.toStdString();
    // 2.1's Unicode rule is narrower: no space, '"', ',' or ':'
    const ProcessResult spaced
        = sql(QStringLiteral("SET enable_unicode_name_support = true; CREATE TABLE u2 (`订单 号` "
                             "INT) DISTRIBUTED BY HASH(`订单 号`) BUCKETS 1 PROPERTIES "
                             "(\"replication_num\" = \"1\")"));
    EXPECT_NE(spaced.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(spaced.err)
                    .contains(QStringLiteral("Incorrect column name '订单 号'. Column regex is "
                                             "'^[_a-zA-Z@0-9\\p{L}][.a-zA-Z0-9_+-/?@#$%^&*\\p{L}]{0,255}$'")))
        << spaced.err.toStdString();
    EXPECT_EQ(rows(QStringLiteral("SET GLOBAL enable_unicode_name_support = true; "
                                  "SELECT @@global.enable_unicode_name_support")),
        QStringLiteral("true"));
    // Stream Load columns header with UTF-8 backquoted names
    const QJsonObject r = load(QStringLiteral("u"), QByteArray("2024-07-01,7\n2024-07-02,8\n"),
        { QStringLiteral("column_separator:,"), QStringLiteral("columns: `日期`, `编号`") });
    EXPECT_EQ(r[QLatin1String("NumberLoadedRows")].toInt(), 2) << m_lastBody.toStdString();
    EXPECT_EQ(rows(QStringLiteral("SELECT `编号`, `日期` FROM u ORDER BY `编号`")),
        QStringLiteral("7\t2024-07-01\n8\t2024-07-02"));
}

namespace {

class NattedCluster : public Cluster
{
protected:
    NattedCluster()
        : Cluster({ QStringLiteral("--backends"), QStringLiteral("2"), QStringLiteral("--be-advertise-host"),
            QStringLiteral("be-node.example") })
    { }
};

} // namespace

TEST_F(NattedCluster, BackendsAreNamedByTheAdvertisedHost)
{
    createTable(kTable);
    const QList<QStringList> bes = backends();
    ASSERT_EQ(bes.size(), 2);
    EXPECT_EQ(bes[0][1], QStringLiteral("be-node.example"));
    EXPECT_EQ(bes[1][1], QStringLiteral("be-node.example"));
    const ProcessResult r = runProcess(QStringLiteral("curl"),
        { QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
            QStringLiteral("%{redirect_url}"), QStringLiteral("-u"), QStringLiteral("root:"), QStringLiteral("-H"),
            QStringLiteral("Expect:100-continue"), QStringLiteral("-T"), writeFile({}),
            fe() + QStringLiteral("/api/c/t/_stream_load") });
    EXPECT_EQ(QString::fromUtf8(r.out),
        QStringLiteral("http://root:@be-node.example:%1/api/c/t/_stream_load").arg(m_bePorts[0]));
    // the client maps the unreachable name to an address it can reach: curl --connect-to does the same
    const ProcessResult mapped = runProcess(QStringLiteral("curl"),
        loadArgs(QStringLiteral("t"), writeFile(rowsCsv(0, 10)), { QStringLiteral("column_separator:,") })
            << QStringLiteral("--connect-to") << QStringLiteral("be-node.example::127.0.0.1:"));
    EXPECT_TRUE(mapped.out.contains("\"NumberLoadedRows\": 10"))
        << mapped.out.toStdString() << mapped.err.toStdString();
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM t")), QStringLiteral("10"));
}
