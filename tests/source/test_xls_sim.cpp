// The formula workbook loaded into doris-sim by `doris-import load --create`: all four columns and
// six rows arrive (FreeXL gave one column and five rows), the #VALUE! cells as NULL.
#include "siminstance.h"
#include "testenv.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

namespace {

TEST(XlsSim, FormulaWorkbookLoadsEveryRowAndColumn)
{
    const QString workbook = QStringLiteral(DIA_XLS_SAMPLES_DIR "/sheetjs_formulae_test_simple.xls");
    if (!QFileInfo::exists(workbook))
        GTEST_SKIP() << "../shared/xls-samples is absent";
    test::SimInstance sim;
    ASSERT_TRUE(sim.started()) << sim.startError().toStdString();
    ASSERT_TRUE(sim.execute(QStringLiteral("CREATE DATABASE x")).ok());
    QTemporaryDir dir;
    const test::ProcessResult result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("load"), workbook, QStringLiteral("--fe"),
            QStringLiteral("http://127.0.0.1:%1").arg(sim.fePort()), QStringLiteral("--mysql"),
            QStringLiteral("127.0.0.1:%1").arg(sim.mysqlPort()), QStringLiteral("--table"),
            QStringLiteral("x.formulae"), QStringLiteral("--create"), QStringLiteral("--journal"),
            dir.filePath(QStringLiteral("journal.json")), QStringLiteral("--json") },
        120000, { QStringLiteral("DORIS_PASSWORD=") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString() << result.out.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(report.value(QLatin1String("rows_total")).toInt(), 6);
    EXPECT_EQ(report.value(QLatin1String("rows_loaded")).toInt(), 6);
    EXPECT_EQ(report.value(QLatin1String("rows_filtered")).toInt(), 0);

    auto rows = sim.select(QStringLiteral("SELECT c1, c2, c3, c4 FROM x.formulae ORDER BY c2"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 6);
    for (int i = 0; i < 5; ++i) {
        const QString v = QString::number(i + 1);
        EXPECT_EQ(rows->at(i), (QStringList { v, v, v, v })) << i;
    }
    ASSERT_EQ(rows->at(5).size(), 4);
    EXPECT_EQ(rows->at(5).at(1), QStringLiteral("55"));
    EXPECT_EQ(rows->at(5).at(3), QStringLiteral("55"));
    auto nulls = sim.select(QStringLiteral("SELECT count(*) FROM x.formulae WHERE c1 IS NULL AND c3 IS NULL"));
    ASSERT_TRUE(nulls.ok()) << nulls.error().message.toStdString();
    EXPECT_EQ(nulls->value(0).value(0), QStringLiteral("1"));
}

} // namespace
