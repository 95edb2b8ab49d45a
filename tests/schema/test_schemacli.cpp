// `doris-import ddl` and `doris-import preflight` end to end on real files through the row readers.
#include "csvfixture.h"
#include "testenv.h"

#include "cli/cliapp.h"
#include "schema/filescan.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

namespace {

using Captured = test::CliCapture;

Captured runCli(const QStringList& args)
{
    return test::runCliInProcess(args);
}

QString basicCsv()
{
    return test::dataPath(QStringLiteral("schema/ddl/basic/input.csv"));
}

} // namespace

TEST(DdlCli, PrintsTheGoldenStatementForAFile)
{
    const Captured c
        = runCli({ QStringLiteral("ddl"), basicCsv(), QStringLiteral("--table"), QStringLiteral("shop.orders") });
    EXPECT_EQ(c.code, 0) << c.err.toStdString();
    EXPECT_EQ(c.out, test::readText(test::dataPath(QStringLiteral("schema/ddl/basic/expected.sql"))));
    EXPECT_TRUE(c.err.isEmpty());
}

TEST(DdlCli, JsonCarriesDdlColumnsAndNotes)
{
    const Captured c = runCli({ QStringLiteral("ddl"), basicCsv(), QStringLiteral("--table"),
        QStringLiteral("shop.orders"), QStringLiteral("--model"), QStringLiteral("unique"), QStringLiteral("--key"),
        QStringLiteral("Zip"), QStringLiteral("--buckets"), QStringLiteral("4"), QStringLiteral("--tight-types"),
        QStringLiteral("--json") });
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("ddl")).toString().contains(u"UNIQUE KEY(`zip`)"));
    EXPECT_TRUE(o.value(QStringLiteral("ddl")).toString().contains(u"BUCKETS 4"));
    EXPECT_EQ(o.value(QStringLiteral("rows")).toInt(), 3);
    const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
    ASSERT_EQ(cols.size(), 7);
    EXPECT_EQ(cols[0].toObject().value(QStringLiteral("original_name")).toString(), u"Order ID");
    EXPECT_EQ(cols[5].toObject().value(QStringLiteral("type")).toString(), u"VARCHAR(16)");
    EXPECT_EQ(o.value(QStringLiteral("notes")).toArray().size(), 1);
}

TEST(DdlCli, BadUsageAndBadDesignsExitTwo)
{
    Captured c = runCli({ QStringLiteral("ddl"), basicCsv(), QStringLiteral("--model"), QStringLiteral("aggregate") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(u"--model must be duplicate or unique.")) << c.err.toStdString();
    c = runCli({ QStringLiteral("ddl"), basicCsv(), QStringLiteral("--key"), QStringLiteral("nope") });
    EXPECT_EQ(c.code, 2);
    EXPECT_EQ(
        c.err, u"doris-import ddl: Key column[nope] doesn't exist. Pick key columns among the table's columns.\n");
    c = runCli({ QStringLiteral("ddl"), basicCsv(), QStringLiteral("--key"), QStringLiteral("amount,order_id"),
        QStringLiteral("--table"), QStringLiteral("1bad") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(u"Incorrect table name '1bad'")) << c.err.toStdString();
    c = runCli({ QStringLiteral("ddl"), basicCsv(), QStringLiteral("--buckets"), QStringLiteral("0") });
    EXPECT_EQ(c.code, 2);
    c = runCli({ QStringLiteral("ddl"), QStringLiteral("/nonexistent/file.csv"), QStringLiteral("--json") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(QJsonDocument::fromJson(c.out.toUtf8()).object().contains(QStringLiteral("error")));
}

TEST(DdlCli, DefaultTableNameComesFromTheFile)
{
    const Captured c = runCli({ QStringLiteral("ddl"), basicCsv() });
    EXPECT_EQ(c.code, 0);
    EXPECT_TRUE(c.out.startsWith(u"CREATE TABLE IF NOT EXISTS `input` (")) << c.out.toStdString();
}

TEST(PreflightCli, ExitCodeFollowsTheRatio)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(test::writeText(path, QStringLiteral("n,name\n1,a\n2,b\n128,c\n4,d\n")));
    const QStringList base { QStringLiteral("preflight"), path, QStringLiteral("--types"),
        QStringLiteral("n:TINYINT NULL") };
    // Non-strict: 128 becomes NULL, nothing filtered.
    Captured c = runCli(base);
    EXPECT_EQ(c.code, 0) << c.out.toStdString();
    EXPECT_TRUE(c.out.contains(u"Prediction: the load passes.")) << c.out.toStdString();
    EXPECT_TRUE(c.out.contains(u"1 × out of range for TINYINT → value becomes NULL\n    line 4: 128\n"));
    // Strict: one of four rows filtered; fails at ratio 0, passes at 0.25.
    c = runCli(base + QStringList { QStringLiteral("--strict") });
    EXPECT_EQ(c.code, 1);
    c = runCli(base
        + QStringList { QStringLiteral("--strict"), QStringLiteral("--max-filter-ratio"), QStringLiteral("0.25"),
            QStringLiteral("--json"), QStringLiteral("--table"), QStringLiteral("db.t") });
    EXPECT_EQ(c.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("filtered_rows")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("loaded_rows")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("table")).toString(), u"db.t");
    EXPECT_TRUE(o.value(QStringLiteral("pass")).toBool());
}

TEST(PreflightCli, TypesSpecErrors)
{
    Captured c
        = runCli({ QStringLiteral("preflight"), basicCsv(), QStringLiteral("--types"), QStringLiteral("zzz:INT") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(u"the file has no column 'zzz'")) << c.err.toStdString();
    c = runCli(
        { QStringLiteral("preflight"), basicCsv(), QStringLiteral("--types"), QStringLiteral("amount:DECIMAL(40,2)") });
    EXPECT_EQ(c.code, 2);
    c = runCli({ QStringLiteral("preflight"), basicCsv(), QStringLiteral("--max-filter-ratio"), QStringLiteral("2") });
    EXPECT_EQ(c.code, 2);
    // Inferred types load the file as it is: nothing to filter.
    c = runCli({ QStringLiteral("preflight"), basicCsv(), QStringLiteral("--types"),
        QStringLiteral("amount:DECIMAL(6,2) NOT NULL,customer:VARCHAR(8)") });
    EXPECT_EQ(c.code, 0) << c.out.toStdString();
}

TEST(FileScan, FastAnswerStopsAtMaxRowsAndFullScanSeesEverything)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grow.csv"));
    ASSERT_TRUE(test::writeText(path, QStringLiteral("id,code\n1,10\n2,20\n300,00030\n")));
    const Result<schema::FileInference> fast = schema::FileScan::infer(path, {}, {}, 2);
    ASSERT_TRUE(fast.ok()) << fast.error().text().toStdString();
    EXPECT_FALSE(fast->complete);
    EXPECT_EQ(fast->rows, 2);
    EXPECT_EQ(fast->columns[0].type.toSql(), u"INT"); // roomy by default
    EXPECT_EQ(fast->columns[1].type.toSql(), u"INT");
    const Result<schema::FileInference> full = schema::FileScan::infer(path, {});
    ASSERT_TRUE(full.ok());
    EXPECT_TRUE(full->complete);
    EXPECT_EQ(full->rows, 3);
    EXPECT_EQ(full->columns[0].type.toSql(), u"INT");
    EXPECT_EQ(full->columns[1].type.kind, schema::TypeKind::Varchar); // 00030 keeps its zeros
    std::atomic<bool> cancel { true };
    const Result<schema::PreflightReport> cancelled
        = schema::FileScan::preflight(path, {}, schema::FileScan::preflightColumns(full->columns, false), {}, &cancel);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->totalRows, 3); // batches are kBatchRows long; a 3-row file finishes within the first
}
