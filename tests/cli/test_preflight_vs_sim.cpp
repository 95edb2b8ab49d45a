// The preflight's prediction must match what the Doris stand-in actually does with the same file and types:
// the same rows loaded and filtered, in strict and in non-strict mode (real processes, real sockets).
#include "simprocess.h"
#include "simsql.h"
#include "testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

namespace {

const char* const kTypes = "id:INT NOT NULL,qty:INT,price:DECIMAL(6,2),shipped:DATE,name:VARCHAR(16)";

bool createTable(const test::SimProcess& sim, const QString& table)
{
    return test::simQuery(sim,
        { QStringLiteral("CREATE DATABASE IF NOT EXISTS pf"),
            QStringLiteral("CREATE TABLE pf.%1 (id INT NOT NULL, qty INT, price DECIMAL(6,2), shipped DATE, name "
                           "VARCHAR(16)) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES "
                           "(\"replication_num\" = \"1\")")
                .arg(table) })
        .has_value();
}

QJsonObject jsonOf(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class PreflightVsSim : public ::testing::TestWithParam<bool>
{
};

TEST_P(PreflightVsSim, PredictionEqualsWhatDorisLoads)
{
    const bool strict = GetParam();
    test::SimProcess sim;
    ASSERT_TRUE(sim.start()) << sim.lastError().toStdString();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("id,qty,price,shipped,name\n"
               "1,5,10.50,2024-01-02,fine\n"
               "2,twelve,3.00,2024-01-03,not a number\n"
               "3,7,12345.99,2024-01-04,price overflow\n"
               "4,8,1.00,2024-02-30,no such day\n"
               "5,9,2.00,2024-01-05,a name far too long for sixteen bytes\n"
               "6,,4.00,2024-01-06,empty qty\n"
               "7,300000000000,5.00,2024-01-07,int overflow\n"
               "8,1,6.00,2024-01-08,fine again\n");
    file.close();
    const QString table = strict ? QStringLiteral("strict_t") : QStringLiteral("lenient_t");
    ASSERT_TRUE(createTable(sim, table));

    QStringList common { csv, QStringLiteral("--max-filter-ratio"), QStringLiteral("1"), QStringLiteral("--json") };
    if (strict)
        common << QStringLiteral("--strict");
    const auto predicted = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        QStringList { QStringLiteral("preflight"), QStringLiteral("--types"), QLatin1String(kTypes) } + common);
    ASSERT_EQ(predicted.exitCode, 0) << predicted.err.toStdString();
    const QJsonObject prediction = jsonOf(predicted.out);

    const auto loaded = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        QStringList { QStringLiteral("load"), QStringLiteral("--fe"), sim.feUrl(), QStringLiteral("--mysql"),
            QStringLiteral("%1:%2").arg(sim.host()).arg(sim.mysqlPort()), QStringLiteral("--table"),
            QStringLiteral("pf.") + table, QStringLiteral("--convert") }
            + common,
        120000, { QStringLiteral("DORIS_PASSWORD=") + sim.password(), QStringLiteral("HOME=") + dir.path() });
    ASSERT_EQ(loaded.exitCode, 0) << loaded.err.toStdString() << loaded.out.toStdString();
    const QJsonObject report = jsonOf(loaded.out);

    const auto count = [](const QJsonObject& o, const char* a, const char* b) {
        return o.contains(QLatin1String(a)) ? o.value(QLatin1String(a)).toInteger()
                                            : o.value(QLatin1String(b)).toInteger();
    };
    EXPECT_EQ(
        count(prediction, "filtered_rows", "rows_filtered"), report.value(QStringLiteral("rows_filtered")).toInteger())
        << predicted.out.toStdString() << "\n"
        << loaded.out.toStdString();
    EXPECT_EQ(count(prediction, "loaded_rows", "rows_loaded"), report.value(QStringLiteral("rows_loaded")).toInteger())
        << predicted.out.toStdString() << "\n"
        << loaded.out.toStdString();
    EXPECT_EQ(report.value(QStringLiteral("rows_total")).toInteger(), 8);
}

INSTANTIATE_TEST_SUITE_P(StrictAndNonStrict, PreflightVsSim, ::testing::Bool());
