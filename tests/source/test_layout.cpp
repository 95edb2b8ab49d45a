// Header detection and the layout above it, as analysts' files have them: repeated and empty labels, report
// titles, blank lines and `#` notes above the header, Excel's `sep=` line, a stray NUL byte.

#include "source/chunksource.h"
#include "sourcetestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace dia;
using namespace dia::source;

namespace {

class Layout : public ::testing::Test
{
protected:
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
};

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

QStringList warningCodes(const QList<SourceWarning>& warnings)
{
    QStringList codes;
    for (const SourceWarning& w : warnings)
        codes.append(w.code);
    return codes;
}

TEST_F(Layout, RepeatedAndEmptyLabelsAreAHeaderKeptAsWritten)
{
    const QString path = write("dup.csv", "id,Amount,Amount,,Note\n1,10.5,11,x,first\n2,20,21,y,second\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.skipLines, 0);
    EXPECT_EQ(info.columnNames, strings({ "id", "Amount", "Amount", "", "Note" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(0).fields, strings({ "1", "10.5", "11", "x", "first" }));
    EXPECT_TRUE(warnings.isEmpty());
}

TEST_F(Layout, TitleBlankLineAndCommentAboveTheHeaderAreSkippedAndReported)
{
    const QString path
        = write("report.csv", "Sales report 2024\n\n# exported by SAP on 2024-07-01\nid,name,amount\n1,a,5\n2,b,6\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.skipLines, 3);
    EXPECT_EQ(info.columnNames, strings({ "id", "name", "amount" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 5);
    EXPECT_EQ(rows.at(0).fields, strings({ "1", "a", "5" }));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).code, QStringLiteral("skipped_lines"));
    EXPECT_EQ(warnings.at(0).line, 1);
    EXPECT_EQ(warnings.at(0).message,
        QStringLiteral(
            "Lines 1-3 above the header skipped: \"Sales report 2024\", a blank line, \"# exported by SAP on "
            "2024-07-01\"."));
}

TEST_F(Layout, TitlesExcelWroteAcrossTheFullWidthAreSkipped)
{
    // a sheet with a title in A1 and a note in A2, saved as CSV: every row has the table's width
    const QString path = write(
        "excel_title.csv", "Quarterly sales,,\r\nRegion: North,,\r\n,,\r\nid,name,amount\r\n1,a,5\r\n2,b,6\r\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.skipLines, 3);
    EXPECT_EQ(info.columnNames, strings({ "id", "name", "amount" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 5);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).message,
        QStringLiteral("Lines 1-3 above the header skipped: \"Quarterly sales,,\", \"Region: North,,\", \",,\"."));
}

TEST_F(Layout, TwoTitleLinesAndACommentWithCommas)
{
    const QString path = write("two_titles.csv",
        "ACME Corp\nMonthly revenue by region\n# source: ERP, run 2024-07-01\nregion,month,revenue\nNorth,2024-06,"
        "100\nSouth,2024-06,200\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.skipLines, 3);
    EXPECT_EQ(info.columnNames, strings({ "region", "month", "revenue" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).fields, strings({ "South", "2024-06", "200" }));
    EXPECT_EQ(warningCodes(warnings), strings({ "skipped_lines" }));
}

TEST_F(Layout, ExcelSeparatorLineNamesTheDelimiterAndIsSkipped)
{
    const QString path = write("sep.csv", "sep=;\r\nid;name;amount\r\n1;a;1,5\r\n2;b;2,5\r\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_EQ(info.delimiter, QStringLiteral(";"));
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.skipLines, 1);
    EXPECT_EQ(info.columnNames, strings({ "id", "name", "amount" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).fields, strings({ "1", "a", "1,5" }));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Line 1 above the header skipped: \"sep=;\"."));
}

TEST_F(Layout, ASparseFirstRowWithoutAHeaderBelowIsData)
{
    // only rows above a header are titles: here the first row is data and nothing is skipped
    const QString path = write("sparse.csv", "x,,\n1,2,3\n4,5,6\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_FALSE(info.header);
    EXPECT_EQ(info.skipLines, 0);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields, strings({ "x", "", "" }));
    EXPECT_TRUE(warnings.isEmpty());
}

TEST_F(Layout, MostlyEmptyFirstRowIsNotAHeader)
{
    const QString path = write("mostly_empty.csv", "a,,,\n1,2,3,4\n5,6,7,8\n");
    SourceInfo info;
    const auto rows = test::readAll(path, {}, &info);
    EXPECT_FALSE(info.header);
    EXPECT_EQ(info.columnNames, strings({ "c1", "c2", "c3", "c4" }));
    EXPECT_EQ(rows.size(), 3);
}

TEST_F(Layout, SkipLinesGivenByTheUserAreReportedToo)
{
    const QString path = write("given.csv", "Sales report 2024\nid,name\n1,a\n");
    ReaderOptions options;
    options.skipLines = 1;
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, options, &info, &warnings);
    EXPECT_EQ(info.skipLines, 1);
    EXPECT_EQ(info.columnNames, strings({ "id", "name" }));
    ASSERT_EQ(rows.size(), 1);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Line 1 above the header skipped: \"Sales report 2024\"."));
}

TEST_F(Layout, ARareNulByteIsDataWithAWarning)
{
    const QString path = write("nul.csv", QByteArray("id,name\n1,ab\n2,c") + QByteArray(1, '\0') + "d\n3,e\n");
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, &info, &warnings);
    EXPECT_TRUE(info.header);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).fields.at(1), QString::fromUtf8("c\0d", 3));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).code, QStringLiteral("nul_byte"));
    EXPECT_EQ(warnings.at(0).line, 3);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Line 3 contains a NUL byte; it is kept in the value as data."));

    // the chunk source sends it as data, every row once
    QTemporaryDir spool;
    auto source = openChunkSource(path, {}, ChunkLimits {}, spool.path());
    ASSERT_TRUE(source.ok()) << source.error().text().toStdString();
    auto chunk = (*source)->next();
    ASSERT_TRUE(chunk.ok() && chunk->has_value());
    EXPECT_EQ((**chunk).info.rowCount, 3);
    auto device = (**chunk).body->open();
    ASSERT_TRUE(device);
    EXPECT_EQ(device->readAll(), QByteArray("1,ab\n2,c", 8) + QByteArray(1, '\0') + "d\n3,e\n");
}

TEST_F(Layout, NulBytesOnSeveralLinesGiveOneWarningPerLine)
{
    QByteArray bytes = "id,name\n";
    bytes += QByteArray("1,a\0\0b\n", 7);
    bytes += "2,c\n";
    bytes += QByteArray("3,\0\n", 4);
    const QString path = write("nuls.csv", bytes);
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(path, {}, nullptr, &warnings);
    EXPECT_EQ(rows.size(), 3);
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.at(0).line, 2);
    EXPECT_EQ(warnings.at(1).line, 4);
}

TEST_F(Layout, MostlyBinaryFilesAreStillRefused)
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes += static_cast<char>((i * 7) % 32);
    auto reader = openTableReader(write("blob.csv", bytes), {});
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, QStringLiteral("binary_file"));
}

TEST_F(Layout, InspectJsonShowsSkippedLinesAndUniqueNames)
{
    const QString path = write(
        "inspect.csv", "Sales report 2024\n\n# exported by SAP\nid,Amount,Amount,,Note\n1,10,11,x,a\n2,20,21,y,b\n");
    for (const QStringList& extra : { QStringList {}, QStringList { QStringLiteral("--no-types") } }) {
        const QJsonObject o = test::inspectJson(QStringList { path } + extra, 0);
        EXPECT_EQ(o.value(QStringLiteral("header")).toBool(), true);
        EXPECT_EQ(o.value(QStringLiteral("skip_lines")).toInt(), 3);
        EXPECT_EQ(o.value(QStringLiteral("rows")).toInt(), 2);
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        ASSERT_EQ(columns.size(), 5);
        QStringList names;
        QStringList originals;
        for (const QJsonValue& c : columns) {
            names.append(c.toObject().value(QStringLiteral("name")).toString());
            originals.append(c.toObject().value(QStringLiteral("original_name")).toString());
        }
        EXPECT_EQ(names, strings({ "id", "amount", "amount_2", "column_4", "note" }));
        EXPECT_EQ(originals, strings({ "id", "Amount", "Amount", "", "Note" }));
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        ASSERT_EQ(warnings.size(), 1);
        EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("skipped_lines"));
        EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
        EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral(
                "Lines 1-3 above the header skipped: \"Sales report 2024\", a blank line, \"# exported by SAP\"."));
    }
}

} // namespace
