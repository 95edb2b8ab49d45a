#include "sourcetestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dia;

namespace {

TEST(InspectCli, CsvJsonShape)
{
    const QJsonObject o = test::inspectJson({ test::sourceData("ragged.csv") }, 0);
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    EXPECT_EQ(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    EXPECT_EQ(o.value(QStringLiteral("bom")).toBool(true), false);
    EXPECT_EQ(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    EXPECT_EQ(o.value(QStringLiteral("quote")).toString(), QStringLiteral("\""));
    EXPECT_EQ(o.value(QStringLiteral("line_ending")).toString(), QStringLiteral("\n"));
    EXPECT_TRUE(o.value(QStringLiteral("header")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("skip_lines")).toInt(-1), 0);
    EXPECT_EQ(o.value(QStringLiteral("rows")).toInt(), 4);
    EXPECT_EQ(o.value(QStringLiteral("bytes")).toInt(), 33);
    EXPECT_TRUE(o.value(QStringLiteral("sheets")).toArray().isEmpty());
    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    ASSERT_EQ(columns.size(), 3);
    EXPECT_EQ(columns.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    // Types are inferred over the whole file: 1, 4, 6, 10 get a roomy INT (TINYINT with --tight-types).
    EXPECT_EQ(columns.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("INT"));
    EXPECT_FALSE(columns.at(0).toObject().value(QStringLiteral("nullable")).toBool(true));
    EXPECT_EQ(columns.at(0).toObject().value(QStringLiteral("original_name")).toString(), QStringLiteral("a"));
    EXPECT_FALSE(columns.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());

    // --no-types only counts: the same rows and warnings, every column STRING.
    const QJsonObject fast = test::inspectJson({ test::sourceData("ragged.csv"), QStringLiteral("--no-types") }, 0);
    EXPECT_EQ(fast.value(QStringLiteral("rows")).toInt(), 4);
    EXPECT_EQ(fast.value(QStringLiteral("warnings")).toArray().size(), 2);
    EXPECT_EQ(fast.value(QStringLiteral("columns")).toArray().at(0).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("STRING"));
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("ragged_row"));
    EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
}

TEST(InspectCli, OverridesAreApplied)
{
    const QJsonObject o = test::inspectJson(
        { test::sourceData("basic.csv"), QStringLiteral("--no-header"), QStringLiteral("--skip-lines"),
            QStringLiteral("1"), QStringLiteral("--delimiter"), QStringLiteral("\\t") },
        0);
    EXPECT_FALSE(o.value(QStringLiteral("header")).toBool(true));
    EXPECT_EQ(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));
    EXPECT_EQ(o.value(QStringLiteral("rows")).toInt(), 3);
}

TEST(InspectCli, EncodingOverride)
{
    const QJsonObject o
        = test::inspectJson({ test::sourceData("gbk.csv"), QStringLiteral("--encoding"), QStringLiteral("GBK") }, 0);
    EXPECT_EQ(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
    // The header is decoded correctly; Doris 2.1 rejects CJK column names, so the proposed name is ASCII.
    const QJsonObject name = o.value(QStringLiteral("columns")).toArray().at(1).toObject();
    EXPECT_EQ(name.value(QStringLiteral("original_name")).toString(), QStringLiteral("姓名"));
    EXPECT_EQ(name.value(QStringLiteral("name")).toString(), QStringLiteral("column_2"));
}

TEST(InspectCli, XlsxSheets)
{
    const QJsonObject o = test::inspectJson(
        { test::sourceData("multisheet.xlsx"), QStringLiteral("--sheet"), QStringLiteral("Notes") }, 0);
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    EXPECT_EQ(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("Notes"));
    EXPECT_EQ(o.value(QStringLiteral("sheets")).toArray().size(), 2);
    EXPECT_EQ(o.value(QStringLiteral("rows")).toInt(), 1);
}

TEST(InspectCli, BadInputExitsTwoWithJsonError)
{
    const QList<QPair<const char*, const char*>> cases = { { "does-not-exist.csv", "file_not_found" },
        { "empty.csv", "empty_file" }, { "binary.bin", "binary_file" }, { "zipbomb.xlsx", "zip_bomb" },
        { "laughs.xlsx", "xml_dtd_refused" }, { "encrypted.xlsx", "encrypted_workbook" } };
    for (const auto& [file, code] : cases) {
        const QJsonObject o = test::inspectJson({ test::sourceData(file) }, 2);
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QString::fromLatin1(code)) << file;
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty()) << file;
    }
}

TEST(InspectCli, HumanOutputWithoutJson)
{
    const auto result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("inspect"), test::sourceData("semicolon.csv") });
    EXPECT_EQ(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Delimiter:   \";\""))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Rows:        2")));
    EXPECT_TRUE(out.contains(QStringLiteral("2. name")));
}

TEST(InspectCli, UsageErrors)
{
    const auto result = test::runProcess(test::binPath(QStringLiteral("doris-import")),
        { QStringLiteral("inspect"), QStringLiteral("--header"), QStringLiteral("--no-header"),
            test::sourceData("basic.csv") });
    EXPECT_EQ(result.exitCode, 2);
}

} // namespace
