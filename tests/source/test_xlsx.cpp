#include "source/canonicalcsv.h"
#include "source/cellformatter.h"
#include "source/chunksource.h"
#include "source/sourcescanner.h"
#include "sourcetestutil.h"

#include <QTemporaryDir>

using namespace dia;
using namespace dia::source;

namespace {

TEST(Xlsx, CellTypesAndDates1900)
{
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(test::sourceData("dates1900.xlsx"), {}, &info, &warnings);
    EXPECT_EQ(info.format, FileFormat::Xlsx);
    EXPECT_EQ(info.sheets, QStringList { QStringLiteral("Sheet1") });
    EXPECT_EQ(info.columnNames,
        (QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("born"), QStringLiteral("score"),
            QStringLiteral("ok"), QStringLiteral("at") }));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields,
        (QStringList { QStringLiteral("1"), QStringLiteral("alice & co"), QStringLiteral("2024-01-01"),
            QStringLiteral("0.1"), QStringLiteral("true"), QStringLiteral("2024-01-01 12:00:00") }));
    EXPECT_EQ(rows.at(1).fields,
        (QStringList { QStringLiteral("2"), QStringLiteral("inline text"), QStringLiteral("1900-01-01"),
            QStringLiteral("0.0015"), QStringLiteral("false"), QStringLiteral("2024-01-01 06:00:01.000").left(19) }));
    // sparse row 5: B is empty, the error cell E is empty, 61 is 1900-03-01 (after the fake 1900-02-29)
    EXPECT_EQ(rows.at(2).line, 5);
    EXPECT_EQ(rows.at(2).fields,
        (QStringList { QStringLiteral("3"), QString(), QStringLiteral("1900-03-01"),
            QStringLiteral("123456789012000000000"), QString(), QStringLiteral("18:00:00") }));
    bool merged = false;
    bool cellError = false;
    for (const auto& w : warnings) {
        merged = merged || (w.code == QStringLiteral("merged_cells") && w.line == 7);
        cellError = cellError || (w.code == QStringLiteral("cell_error") && w.line == 5);
    }
    EXPECT_TRUE(merged);
    EXPECT_TRUE(cellError);
}

TEST(Xlsx, Dates1904System)
{
    const auto rows = test::readAll(test::sourceData("dates1904.xlsx"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields.at(2), QStringLiteral("2028-01-02")); // 45292 days after 1904-01-01
    EXPECT_EQ(rows.at(1).fields.at(2), QStringLiteral("1904-01-02"));
}

TEST(Xlsx, SparseRowsKeepColumnsByReference)
{
    const auto rows = test::readAll(test::sourceData("sparse.xlsx"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 4);
    EXPECT_EQ(rows.at(0).fields, (QStringList { QString(), QString(), QStringLiteral("9") }));
    EXPECT_EQ(rows.at(1).line, 6);
    EXPECT_EQ(rows.at(1).fields, (QStringList { QStringLiteral("6"), QString(), QString() }));
}

TEST(Xlsx, MultipleSheetsByNameAndIndex)
{
    auto sheets = SourceScanner::sheets(test::sourceData("multisheet.xlsx"));
    ASSERT_TRUE(sheets.ok());
    EXPECT_EQ(*sheets, (QStringList { QStringLiteral("People"), QStringLiteral("Notes") }));
    ReaderOptions byName;
    byName.sheet = QStringLiteral("Notes");
    SourceInfo info;
    auto rows = test::readAll(test::sourceData("multisheet.xlsx"), byName, &info);
    EXPECT_EQ(info.sheet, QStringLiteral("Notes"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).fields.at(0), QStringLiteral("second sheet"));
    ReaderOptions byIndex;
    byIndex.sheet = QStringLiteral("1");
    rows = test::readAll(test::sourceData("multisheet.xlsx"), byIndex, &info);
    EXPECT_EQ(info.sheet, QStringLiteral("Notes"));
    ReaderOptions missing;
    missing.sheet = QStringLiteral("Nope");
    auto reader = openTableReader(test::sourceData("multisheet.xlsx"), missing);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, QStringLiteral("sheet_not_found"));
}

TEST(Xlsx, HostileFilesAreRefused)
{
    const QList<QPair<const char*, const char*>> cases = { { "zipbomb.xlsx", "zip_bomb" },
        { "laughs.xlsx", "xml_dtd_refused" }, { "encrypted.xlsx", "encrypted_workbook" },
        { "encrypted_named.xls", "encrypted_workbook" }, { "not_a_workbook.xlsx", "bad_workbook" } };
    for (const auto& [file, code] : cases) {
        auto reader = openTableReader(test::sourceData(file), {});
        ASSERT_FALSE(reader.ok()) << file;
        EXPECT_EQ(reader.error().code, QString::fromLatin1(code)) << file;
        EXPECT_FALSE(reader.error().hint.isEmpty()) << file;
    }
}

TEST(Xlsx, SheetXmlWithPrefixesEntitiesCdataCommentsAndSpacedAttributes)
{
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData("sheetxml.xlsx"), {}, &info);
    EXPECT_EQ(info.columnNames, QStringList({ QStringLiteral("name"), QStringLiteral("n") }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(0).fields,
        QStringList(
            { QStringLiteral("<a> & \"' ") + QString::fromUtf8("\xE4\xB8\xAD\xE6\x96\x87"), QStringLiteral("7") }));
    EXPECT_EQ(rows.at(1).fields, QStringList({ QStringLiteral("<raw> & text"), QString() }));
}

TEST(Xlsx, BrokenSheetXmlIsRefusedWithItsCode)
{
    const QList<QPair<const char*, const char*>> cases = { { "sheet_dtd.xlsx", "xml_dtd_refused" },
        { "sheet_mismatch.xlsx", "bad_workbook" }, { "sheet_truncated.xlsx", "bad_workbook" } };
    for (const auto& [file, code] : cases) {
        auto scanned = SourceScanner::scan(test::sourceData(file), {});
        ASSERT_FALSE(scanned.ok()) << file;
        EXPECT_EQ(scanned.error().code, QString::fromLatin1(code)) << file;
        EXPECT_FALSE(scanned.error().hint.isEmpty()) << file;
    }
}

TEST(Xlsx, ChunkBodiesRoundTripAwkwardCells)
{
    test::expectAwkwardCellsRoundTrip(test::sourceData("awkward.xlsx"));
}

TEST(CellFormat, NumbersAreplainDecimal)
{
    EXPECT_EQ(CellFormatter::formatNumber(QStringLiteral("1.5E-3")), QStringLiteral("0.0015"));
    EXPECT_EQ(CellFormatter::formatNumber(QStringLiteral("1E+20")), QStringLiteral("100000000000000000000"));
    EXPECT_EQ(CellFormatter::formatNumber(QStringLiteral("42")), QStringLiteral("42"));
    EXPECT_EQ(
        CellFormatter::formatNumber(QStringLiteral("0.30000000000000004")), QStringLiteral("0.30000000000000004"));
}

TEST(CellFormat, DateFormats)
{
    EXPECT_EQ(CellFormatter::dateKind(14, {}), DateKind::Date);
    EXPECT_EQ(CellFormatter::dateKind(22, {}), DateKind::DateTime);
    EXPECT_EQ(CellFormatter::dateKind(21, {}), DateKind::Time);
    EXPECT_EQ(CellFormatter::dateKind(2, {}), DateKind::None);
    EXPECT_EQ(CellFormatter::dateKind(164, QStringLiteral("yyyy/mm/dd")), DateKind::Date);
    EXPECT_EQ(CellFormatter::dateKind(165, QStringLiteral("0.00\"days\"")), DateKind::None);
    EXPECT_EQ(CellFormatter::dateKind(166, QStringLiteral("[Red]#,##0")), DateKind::None);
    EXPECT_EQ(CellFormatter::serialToIso(59, false, DateKind::Date), QStringLiteral("1900-02-28"));
    EXPECT_EQ(CellFormatter::serialToIso(61, false, DateKind::Date), QStringLiteral("1900-03-01"));
    EXPECT_EQ(CellFormatter::serialToIso(0, true, DateKind::Date), QStringLiteral("1904-01-01"));
    EXPECT_EQ(
        CellFormatter::serialToIso(45292.0000115741, false, DateKind::DateTime), QStringLiteral("2024-01-01 00:00:01"));
    EXPECT_EQ(CellFormatter::serialToIso(45292.5000005787, false, DateKind::DateTime),
        QStringLiteral("2024-01-01 12:00:00.050"));
}

} // namespace
