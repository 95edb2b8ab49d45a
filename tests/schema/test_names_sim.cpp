// `--unicode-names` end to end against doris-sim: the session that creates the table sets
// enable_unicode_name_support, the table keeps the analyst's headers as column names, the Stream Load `columns`
// header carries them, and the rows read back over MySQL under those names.
#include "simprocess.h"
#include "testenv.h"

#include "doris/metadataclient.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

namespace {

doris::ConnectionSettings simSettings(const test::SimProcess& sim)
{
    doris::ConnectionSettings settings;
    settings.feHost = sim.host();
    settings.mysqlPort = sim.mysqlPort();
    settings.user = sim.user();
    settings.password = sim.password();
    return settings;
}

/// Whether this doris-sim models the session variable (it must change @@enable_unicode_name_support).
bool simSupportsUnicodeNames(const test::SimProcess& sim)
{
    doris::MetadataClient meta(simSettings(sim));
    if (!meta.enableUnicodeNames().ok())
        return false;
    auto rows = meta.select(QStringLiteral("SELECT @@enable_unicode_name_support"));
    if (!rows || rows->isEmpty() || rows->first().isEmpty())
        return false;
    const QString value = rows->first().first().toLower();
    return value == QLatin1String("1") || value == QLatin1String("true");
}

TEST(UnicodeNamesSim, LoadCreateKeepsTheHeadersAsColumnNames)
{
    test::SimProcess sim;
    ASSERT_TRUE(sim.start()) << sim.lastError().toStdString();
    ASSERT_TRUE(simSupportsUnicodeNames(sim)) << "doris-sim must model enable_unicode_name_support";

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cn.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "日期,销售 金额,城市,नाम\n2024-07-01,100,北京,a\n2024-07-02,250,上海,b\n");
    file.close();

    const auto run = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("load"), csv, QStringLiteral("--fe"), sim.feUrl(), QStringLiteral("--mysql"),
            QStringLiteral("%1:%2").arg(sim.host()).arg(sim.mysqlPort()), QStringLiteral("--table"),
            QStringLiteral("import.cn_names"), QStringLiteral("--create"), QStringLiteral("--unicode-names"),
            QStringLiteral("--json") },
        120000, { QStringLiteral("DORIS_PASSWORD=") + sim.password(), QStringLiteral("HOME=") + dir.path() });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("SET enable_unicode_name_support = true;\nCREATE TABLE")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QString::fromUtf8("`日期` DATE"))) << err.toStdString();

    doris::MetadataClient meta(simSettings(sim));
    auto columns = meta.describe(QStringLiteral("import"), QStringLiteral("cn_names"));
    ASSERT_TRUE(columns.ok()) << columns.error().text().toStdString();
    QStringList names;
    for (const doris::ColumnInfo& c : *columns)
        names.append(c.name);
    EXPECT_EQ(names,
        (QStringList { QString::fromUtf8("日期"), QString::fromUtf8("销售_金额"), QString::fromUtf8("城市"),
            QStringLiteral("column_4") }));

    auto rows = meta.select(QString::fromUtf8("SELECT `日期`, `销售_金额`, `城市` FROM `import`.`cn_names`"));
    ASSERT_TRUE(rows.ok()) << rows.error().text().toStdString();
    QStringList got;
    for (const QStringList& row : *rows)
        got.append(row.join(QLatin1Char('|')));
    got.sort();
    EXPECT_EQ(
        got, (QStringList { QString::fromUtf8("2024-07-01|100|北京"), QString::fromUtf8("2024-07-02|250|上海") }));
}

TEST(UnicodeNamesSim, DdlScriptRunsInOneMysqlSession)
{
    test::SimProcess sim;
    ASSERT_TRUE(sim.start()) << sim.lastError().toStdString();
    ASSERT_TRUE(simSupportsUnicodeNames(sim)) << "doris-sim must model enable_unicode_name_support";
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("cn.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("日期,金额\n2024-07-01,1\n");
    file.close();
    const auto ddl = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("ddl"), csv, QStringLiteral("--table"), QStringLiteral("import.cn_ddl"),
            QStringLiteral("--unicode-names") },
        60000, {});
    ASSERT_EQ(ddl.exitCode, 0) << ddl.err.toStdString();
    const QStringList statements = QString::fromUtf8(ddl.out).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    ASSERT_GE(statements.size(), 2);
    EXPECT_EQ(statements.first(), QStringLiteral("SET enable_unicode_name_support = true"));

    // Without the SET the statement is refused, with it (same session) it runs.
    doris::MetadataClient meta(simSettings(sim));
    ASSERT_TRUE(meta.execute(QStringLiteral("CREATE DATABASE IF NOT EXISTS `import`")).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("plain"));
        db.setHostName(sim.host());
        db.setPort(sim.mysqlPort());
        db.setUserName(sim.user());
        db.setPassword(sim.password());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_FALSE(q.exec(statements.at(1).trimmed()));
        EXPECT_TRUE(q.exec(statements.at(0).trimmed()));
        EXPECT_TRUE(q.exec(statements.at(1).trimmed()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    auto columns = meta.describe(QStringLiteral("import"), QStringLiteral("cn_ddl"));
    ASSERT_TRUE(columns.ok());
    ASSERT_EQ(columns->size(), 2);
    EXPECT_EQ(columns->at(0).name, QString::fromUtf8("日期"));
    EXPECT_EQ(columns->at(1).name, QString::fromUtf8("金额"));
}

} // namespace
