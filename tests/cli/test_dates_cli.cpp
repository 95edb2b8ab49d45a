// A US-dated CSV loads as real DATEs: the proposed DATE column is fed through str_to_date, so no date becomes
// NULL because Doris cannot read MM/DD/YYYY (checked end to end against doris-sim over real sockets).
#include "simprocess.h"
#include "simsql.h"
#include "testenv.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

TEST(LoadCliDates, UsDatesArriveAsIsoDatesNotNull)
{
    test::SimProcess sim;
    ASSERT_TRUE(sim.start()) << sim.lastError().toStdString();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("us.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("id,shipped\n1,03/15/2024\n2,12/31/2023\n3,02/29/2024\n");
    file.close();

    const auto run = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("load"), csv, QStringLiteral("--fe"), sim.feUrl(), QStringLiteral("--mysql"),
            QStringLiteral("%1:%2").arg(sim.host()).arg(sim.mysqlPort()), QStringLiteral("--table"),
            QStringLiteral("import.us_dates"), QStringLiteral("--create"), QStringLiteral("--json") },
        120000, { QStringLiteral("DORIS_PASSWORD=") + sim.password(), QStringLiteral("HOME=") + dir.path() });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.err.contains("`shipped` DATE")) << run.err.toStdString();

    const auto rows = test::simQuery(sim, { QStringLiteral("SELECT * FROM `import`.`us_dates` LIMIT 10") });
    ASSERT_TRUE(rows);
    QStringList shipped;
    for (const QStringList& row : *rows)
        shipped.append(row.at(1));
    shipped.sort();
    EXPECT_EQ(shipped,
        (QStringList { QStringLiteral("2023-12-31"), QStringLiteral("2024-02-29"), QStringLiteral("2024-03-15") }));
}
