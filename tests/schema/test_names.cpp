// Column names from analysts' headers: repeated and empty labels made unique, and names in any script kept
// under Doris 2.1's enable_unicode_name_support rule (with the ASCII name as the fallback).
#include "doris/metadataclient.h"
#include "recipe/importrecipe.h"
#include "schema/columnmapper.h"
#include "schema/ddlgenerator.h"
#include "schema/identifiercleaner.h"
#include "schema/schemainferrer.h"

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::schema;

namespace {

QStringList qs(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

QStringList names(const QList<CleanedName>& cleaned)
{
    QStringList out;
    for (const CleanedName& n : cleaned)
        out.append(n.name);
    return out;
}

ColumnDef col(const char* name, TypeKind kind = TypeKind::Int)
{
    ColumnDef c;
    c.name = QString::fromUtf8(name);
    c.type = ColumnType::simple(kind);
    return c;
}

TEST(Names, RepeatedAndEmptyLabelsBecomeUniqueNames)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(qs({ "id", "Amount", "Amount", "", "Note" }));
    EXPECT_EQ(names(n), qs({ "id", "amount", "amount_2", "column_4", "note" }));
    EXPECT_EQ(n[2].original, u"Amount");
    EXPECT_EQ(n[2].reason, u"column 2 already has this name");
    EXPECT_EQ(n[3].original, u"");
    EXPECT_EQ(n[3].reason, u"the header is empty");
}

TEST(Names, InferrerKeepsTheRawLabelsAsOriginalNames)
{
    InferenceOptions options;
    SchemaInferrer inferrer(qs({ "Amount", "Amount", "" }), options);
    inferrer.addRow(qs({ "1", "2", "x" }), 2);
    const QList<InferredColumn> columns = inferrer.columns();
    ASSERT_EQ(columns.size(), 3);
    EXPECT_EQ(columns[1].originalName, u"Amount");
    EXPECT_EQ(columns[1].name, u"amount_2");
    EXPECT_EQ(columns[2].name, u"column_3");
}

TEST(Names, UnicodeRuleKeepsLettersOfEveryScript)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(
        qs({ "日期", "销售 金额", "Größe", "Имя", "客户ID", "区域/城市", "id" }), NameRule::Unicode);
    EXPECT_EQ(names(n), qs({ "日期", "销售_金额", "größe", "имя", "客户id", "区域_城市", "id" }));
    EXPECT_TRUE(n[0].reason.isEmpty());
    EXPECT_EQ(n[1].reason, u"lower case, with spaces and symbols replaced by _");
    for (const CleanedName& c : n)
        EXPECT_TRUE(IdentifierCleaner::validateColumnName(c.name, NameRule::Unicode).ok()) << c.name.toStdString();
}

TEST(Names, UnicodeRuleNormalisesToNfcAndNumbersDuplicates)
{
    // "Café" typed with a combining accent (as macOS file names do) is the same name as the precomposed one
    const QString decomposed = QStringLiteral("Cafe\u0301");
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(
        { QStringLiteral("Café"), decomposed, QStringLiteral("日期"), QStringLiteral("日期") }, NameRule::Unicode);
    EXPECT_EQ(names(n), qs({ "café", "café_2", "日期", "日期_2" }));
}

TEST(Names, UnicodeRuleFallsBackToAsciiForCombiningMarks)
{
    // Devanagari and Thai vowel and tone signs are marks, which 2.1's \p{L} rule refuses
    const QList<CleanedName> n
        = IdentifierCleaner::cleanColumnNames(qs({ "नाम", "ชื่อ", "Prénom", "mv_total" }), NameRule::Unicode);
    EXPECT_EQ(names(n), qs({ "column_1", "column_2", "prénom", "c_mv_total" }));
    EXPECT_EQ(n[0].reason,
        u"Doris 2.1 keeps Unicode names only when they are made of letters, digits and _ (no combining marks or "
        u"non-ASCII digits); the ASCII name is used and the header is kept in the column comment");
    EXPECT_EQ(n[1].reason, n[0].reason);
}

TEST(Names, AsciiRuleIsUnchangedByDefault)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(qs({ "日期", "Größe" }));
    EXPECT_EQ(names(n), qs({ "column_1", "grosse" }));
}

TEST(Names, UnicodeValidationFollows21sNarrowerRule)
{
    for (const char* ok : { "日期", "销售_金额", "größe", "_x", "a.b", "a-b", "a/b", "日期2024" })
        EXPECT_TRUE(IdentifierCleaner::validateColumnName(QString::fromUtf8(ok), NameRule::Unicode).ok()) << ok;
    for (const char* bad : { "销售 金额", "a\"b", "a:b", "a,b", "-a", "" }) {
        const Status s = IdentifierCleaner::validateColumnName(QString::fromUtf8(bad), NameRule::Unicode);
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().code, u"invalid_column_name");
    }
    const Status spaced = IdentifierCleaner::validateColumnName(QStringLiteral("销售 金额"), NameRule::Unicode);
    EXPECT_EQ(spaced.error().message,
        QString::fromUtf8("Incorrect column name '销售 金额'. Column regex is "
                          "'^[_a-zA-Z@0-9\\p{L}][.a-zA-Z0-9_+-/?@#$%^&*\\p{L}]{0,255}$'"));
    // ASCII rule: spaces are fine, CJK is not
    EXPECT_TRUE(IdentifierCleaner::validateColumnName(QStringLiteral("order id")).ok());
    EXPECT_FALSE(IdentifierCleaner::validateColumnName(QStringLiteral("日期")).ok());
}

TEST(Names, DdlWithUnicodeNamesNeedsTheSessionVariable)
{
    TableDesign design;
    design.database = QStringLiteral("shop");
    design.table = QStringLiteral("sales");
    design.columns = { col("日期", TypeKind::Date), col("销售_金额") };
    design.keyColumns = { QStringLiteral("日期") };
    ASSERT_TRUE(DdlGenerator::validate(design).ok());
    EXPECT_TRUE(DdlGenerator::needsUnicodeNames(design));
    EXPECT_EQ(DdlGenerator::sessionStatements(design),
        QStringList { QStringLiteral("SET enable_unicode_name_support = true") });
    const QString expected = QString::fromUtf8("SET enable_unicode_name_support = true;\n"
                                               "CREATE TABLE IF NOT EXISTS `shop`.`sales` (\n"
                                               "  `日期` DATE NULL,\n"
                                               "  `销售_金额` INT NULL\n"
                                               ")\n"
                                               "ENGINE=OLAP\n"
                                               "DUPLICATE KEY(`日期`)\n"
                                               "DISTRIBUTED BY HASH(`日期`) BUCKETS AUTO\n"
                                               "PROPERTIES (\n"
                                               "  \"replication_num\" = \"1\"\n"
                                               ");\n");
    EXPECT_EQ(DdlGenerator::createScript(design), expected);
    EXPECT_FALSE(DdlGenerator::createTable(design).contains(u"SET "));

    TableDesign ascii = design;
    ascii.columns = { col("day", TypeKind::Date), col("amount") };
    ascii.keyColumns = { QStringLiteral("day") };
    EXPECT_FALSE(DdlGenerator::needsUnicodeNames(ascii));
    EXPECT_TRUE(DdlGenerator::sessionStatements(ascii).isEmpty());
    EXPECT_EQ(DdlGenerator::createScript(ascii), DdlGenerator::createTable(ascii));
}

TEST(Names, WithTheVariableSetEveryNameMustFollowTheUnicodeRule)
{
    // "order id" is a valid name with the variable off, but the SET that 日期 needs applies to the whole
    // statement, and 2.1's Unicode rule has no spaces
    TableDesign design;
    design.table = QStringLiteral("t");
    design.columns = { col("日期"), col("order id") };
    design.keyColumns = { QStringLiteral("日期") };
    const Status s = DdlGenerator::validate(design);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"invalid_column_name");
    EXPECT_TRUE(s.error().message.startsWith(u"Incorrect column name 'order id'"));
}

TEST(Names, ColumnsHeaderCarriesUnicodeNamesBackquoted)
{
    QList<MappingEntry> entries;
    MappingEntry date;
    date.fileIndex = 0;
    date.fileColumn = QStringLiteral("日期");
    date.target = QStringLiteral("日期");
    date.how = MatchKind::Manual;
    date.expression = QStringLiteral("str_to_date({src}, '%d.%m.%Y')");
    MappingEntry amount;
    amount.fileIndex = 1;
    amount.fileColumn = QStringLiteral("销售 金额");
    amount.target = QStringLiteral("销售_金额");
    amount.how = MatchKind::Manual;
    entries = { date, amount };
    const QString header = ColumnMapper::columnsHeader(entries, {});
    EXPECT_EQ(header, QString::fromUtf8("`__src_1`,`销售_金额`,`日期`=str_to_date(`__src_1`, '%d.%m.%Y')"));
    EXPECT_EQ(header.toUtf8(),
        QByteArray("`__src_1`,`\xE9\x94\x80\xE5\x94\xAE_\xE9\x87\x91\xE9\xA2\x9D`,`\xE6\x97\xA5\xE6\x9C\x9F`="
                   "str_to_date(`__src_1`, '%d.%m.%Y')"));
}

TEST(Names, OnlyBackquotedNamesOutsideAsciiNeedTheVariable)
{
    using doris::MetadataClient;
    EXPECT_TRUE(MetadataClient::needsUnicodeNames(QString::fromUtf8("CREATE TABLE `t` (`日期` DATE)")));
    EXPECT_FALSE(MetadataClient::needsUnicodeNames(
        QString::fromUtf8("CREATE TABLE `t` (`column_1` DATE COMMENT '日期 `x`', `b` INT COMMENT \"名\")")));
    EXPECT_FALSE(
        MetadataClient::needsUnicodeNames(QString::fromUtf8("CREATE TABLE `t` (`a` INT COMMENT 'it\\'s `日`')")));
    EXPECT_TRUE(MetadataClient::needsUnicodeNames(QString::fromUtf8("CREATE TABLE `a``名` (`x` INT)")));
    EXPECT_FALSE(MetadataClient::needsUnicodeNames(QStringLiteral("SELECT 1")));
}

TEST(Names, RecipesKeepTheUnicodeNamesChoice)
{
    recipe::ImportRecipe r;
    r.database = QStringLiteral("shop");
    r.table = QStringLiteral("sales");
    r.filePath = QStringLiteral("/data/sales.csv");
    r.unicodeNames = true;
    auto back = recipe::ImportRecipe::fromJson(r.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->unicodeNames);
    r.unicodeNames = false;
    back = recipe::ImportRecipe::fromJson(r.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->unicodeNames);
}

} // namespace
