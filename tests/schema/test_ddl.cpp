// CREATE TABLE generation: golden files, Doris validation rules and escaping.
#include "csvfixture.h"
#include "testenv.h"

#include "schema/ddlgenerator.h"
#include "schema/schemainferrer.h"
#include "schema/schemajson.h"
#include "schema/sqltext.h"

#include <QDir>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::schema;

namespace {

ColumnDef col(const char* name, ColumnType type, bool nullable = true)
{
    ColumnDef c;
    c.name = QString::fromUtf8(name);
    c.type = type;
    c.nullable = nullable;
    return c;
}

TableDesign sampleDesign()
{
    TableDesign d;
    d.database = QStringLiteral("db");
    d.table = QStringLiteral("t");
    d.columns = { col("id", ColumnType::simple(TypeKind::BigInt), false), col("name", ColumnType::varchar(64)),
        col("score", ColumnType::simple(TypeKind::Double)), col("body", ColumnType::simple(TypeKind::String)) };
    d.keyColumns = { QStringLiteral("id") };
    return d;
}

/// Runs one golden case folder: input.csv + design.json → expected.sql + expected.json.
void runGoldenCase(const QString& dir)
{
    SCOPED_TRACE(dir.toStdString());
    const test::CsvFixture csv = test::parseCsv(test::readText(dir + QStringLiteral("/input.csv")));
    SchemaInferrer inferrer(csv.header);
    for (const auto& row : csv.rows)
        inferrer.addRow(row.fields, row.line);
    const QList<InferredColumn> columns = inferrer.columns();

    const QJsonObject spec
        = QJsonDocument::fromJson(test::readText(dir + QStringLiteral("/design.json")).toUtf8()).object();
    TableDesign design = TableDesign::fromInferred(
        spec.value(QStringLiteral("db")).toString(), spec.value(QStringLiteral("table")).toString(), columns);
    if (spec.value(QStringLiteral("model")).toString() == u"unique")
        design.model = DataModel::Unique;
    for (const QJsonValue k : spec.value(QStringLiteral("keys")).toArray())
        design.keyColumns.append(k.toString());
    design.buckets = spec.value(QStringLiteral("buckets")).toInt(0);
    design.replicationNum = spec.value(QStringLiteral("replication")).toInt(1);
    design.comment = spec.value(QStringLiteral("comment")).toString();

    QStringList notes;
    const Result<TableDesign> arranged = DdlGenerator::arrange(design, &notes);
    ASSERT_TRUE(arranged.ok()) << arranged.error().message.toStdString();
    const Status valid = DdlGenerator::validate(*arranged);
    ASSERT_TRUE(valid.ok()) << valid.error().message.toStdString();
    const QString sql = DdlGenerator::createTable(*arranged);
    const QJsonObject json { { QStringLiteral("columns"), SchemaJson::columns(columns) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
    const QString jsonText = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));

    if (test::updateGolden()) {
        ASSERT_TRUE(test::writeText(dir + QStringLiteral("/expected.sql"), sql));
        ASSERT_TRUE(test::writeText(dir + QStringLiteral("/expected.json"), jsonText));
    }
    EXPECT_EQ(sql, test::readText(dir + QStringLiteral("/expected.sql")));
    EXPECT_EQ(jsonText, test::readText(dir + QStringLiteral("/expected.json")));
}

} // namespace

TEST(DdlGolden, EveryCaseMatchesItsExpectedStatement)
{
    const QDir root(test::dataPath(QStringLiteral("schema/ddl")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    ASSERT_GE(cases.size(), 5);
    for (const QString& c : cases)
        runGoldenCase(root.filePath(c));
}

TEST(Ddl, BackquoteDoublesBackquotes)
{
    EXPECT_EQ(backquote(QStringLiteral("a`b")), u"`a``b`");
    EXPECT_EQ(backquote(QStringLiteral("x` INT); DROP TABLE t; --")), u"`x`` INT); DROP TABLE t; --`");
    EXPECT_EQ(qualifiedName(QStringLiteral("d"), QStringLiteral("t")), u"`d`.`t`");
}

TEST(Ddl, SqlStringEscapesQuotesBackslashesAndControls)
{
    EXPECT_EQ(sqlString(QStringLiteral("it's")), u"'it\\'s'");
    EXPECT_EQ(sqlString(QStringLiteral("a\\b")), u"'a\\\\b'");
    EXPECT_EQ(sqlString(QStringLiteral("l1\nl2\tx\r")), u"'l1\\nl2\\tx\\r'");
    EXPECT_EQ(sqlString(QString(QChar(0x01))), u"' '");
    EXPECT_EQ(sqlDoubleQuoted(QStringLiteral("a\"b")), u"\"a\\\"b\"");
}

TEST(Ddl, DuplicateDefaultKeyIsFirstKeyCapableColumn)
{
    TableDesign d = sampleDesign();
    d.keyColumns.clear();
    std::swap(d.columns[0], d.columns[2]); // score (DOUBLE) first
    QStringList notes;
    const Result<TableDesign> a = DdlGenerator::arrange(d, &notes);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->keyColumns, QStringList { QStringLiteral("name") });
    EXPECT_EQ(a->columns[0].name, u"name");
    ASSERT_EQ(notes.size(), 2);
    EXPECT_TRUE(notes[0].startsWith(u"'name' moved to the front")) << notes[0].toStdString();
    EXPECT_TRUE(DdlGenerator::validate(*a).ok());
}

TEST(Ddl, NoKeyCandidateIsAnError)
{
    TableDesign d;
    d.table = QStringLiteral("t");
    d.columns = { col("a", ColumnType::simple(TypeKind::Double)), col("b", ColumnType::simple(TypeKind::String)) };
    const Result<TableDesign> a = DdlGenerator::arrange(d);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, u"no_key_candidate");
}

TEST(Ddl, UniqueKeysMovedFirstInKeyOrderWithMergeOnWrite)
{
    TableDesign d = sampleDesign();
    d.model = DataModel::Unique;
    d.keyColumns = { QStringLiteral("NAME"), QStringLiteral("id") };
    QStringList notes;
    const Result<TableDesign> a = DdlGenerator::arrange(d, &notes);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->keyColumns, (QStringList { QStringLiteral("name"), QStringLiteral("id") }));
    EXPECT_EQ(a->columns[0].name, u"name");
    EXPECT_EQ(a->columns[1].name, u"id");
    EXPECT_EQ(notes.size(), 1);
    const QString sql = DdlGenerator::createTable(*a);
    EXPECT_TRUE(sql.contains(u"UNIQUE KEY(`name`, `id`)\n"));
    EXPECT_TRUE(sql.contains(u"DISTRIBUTED BY HASH(`name`, `id`) BUCKETS AUTO\n"));
    EXPECT_TRUE(sql.contains(u"\"enable_unique_key_merge_on_write\" = \"true\""));
}

TEST(Ddl, UniqueWithoutKeyAndUnknownKeyAreErrors)
{
    TableDesign d = sampleDesign();
    d.model = DataModel::Unique;
    d.keyColumns.clear();
    EXPECT_EQ(DdlGenerator::arrange(d).error().code, u"unique_without_key");
    d.keyColumns = { QStringLiteral("nope") };
    const Result<TableDesign> a = DdlGenerator::arrange(d);
    EXPECT_EQ(a.error().code, u"unknown_key_column");
    EXPECT_EQ(a.error().message, u"Key column[nope] doesn't exist.");
}

TEST(Ddl, ValidateKeyPrefixAndKeyTypesWithDorisWording)
{
    TableDesign d = sampleDesign();
    d.keyColumns = { QStringLiteral("name") };
    Status s = DdlGenerator::validate(d);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"key_not_prefix");
    EXPECT_TRUE(s.error().message.startsWith(u"Key columns should be a ordered prefix of the schema. KeyColumns[0] "
                                             u"(starts from zero) is name, but corresponding column is id"));

    d = sampleDesign();
    d.keyColumns = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("score") };
    s = DdlGenerator::validate(d);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"invalid_key_type");
    EXPECT_EQ(s.error().message, u"Float or double can not used as a key, use decimal instead.");

    d = sampleDesign();
    d.columns.move(3, 1);
    d.keyColumns = { QStringLiteral("id"), QStringLiteral("body") };
    s = DdlGenerator::validate(d);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"String Type should not be used in key column[body].");
}

TEST(Ddl, ValidateTypeLimits)
{
    TableDesign d = sampleDesign();
    d.columns[1].type = ColumnType::varchar(65534);
    Status s = DdlGenerator::validate(d);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"Column 'name': VARCHAR size must be between 1 and 65533, got 65534.");
    d.columns[1].type = ColumnType::varchar(0);
    EXPECT_FALSE(DdlGenerator::validate(d).ok());
    d.columns[1].type = ColumnType::varchar(65533);
    EXPECT_TRUE(DdlGenerator::validate(d).ok());
    d.columns[1].type = ColumnType::decimal(39, 2);
    s = DdlGenerator::validate(d);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"Column 'name': Precision of decimal must be between 1 and 38, got 39.");
    d.columns[1].type = ColumnType::decimal(38, 38);
    EXPECT_TRUE(DdlGenerator::validate(d).ok());
    d.columns[1].type = ColumnType::decimal(5, 6);
    EXPECT_FALSE(DdlGenerator::validate(d).ok());
    d.columns[1].type = ColumnType::datetime(7);
    EXPECT_FALSE(DdlGenerator::validate(d).ok());
}

TEST(Ddl, ValidateNamesAndDuplicates)
{
    TableDesign d = sampleDesign();
    d.columns[1].name = QStringLiteral("ID");
    Status s = DdlGenerator::validate(d);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, u"duplicate_column");
    EXPECT_EQ(s.error().message, u"Duplicate column name 'ID'");

    d = sampleDesign();
    d.table = QStringLiteral("1t");
    EXPECT_EQ(DdlGenerator::validate(d).error().code, u"invalid_table_name");
    d = sampleDesign();
    d.database = QStringLiteral("bad db");
    EXPECT_EQ(DdlGenerator::validate(d).error().code, u"invalid_database_name");
    d = sampleDesign();
    // a name outside ASCII is valid in a session with enable_unicode_name_support (the statement says it needs
    // it), under 2.1's narrower Unicode rule: no spaces
    d.columns[1].name = QStringLiteral("名字");
    EXPECT_TRUE(DdlGenerator::validate(d).ok());
    EXPECT_TRUE(DdlGenerator::needsUnicodeNames(d));
    d.columns[1].name = QStringLiteral("名 字");
    EXPECT_EQ(DdlGenerator::validate(d).error().code, u"invalid_column_name");
}

TEST(Ddl, ColumnTypeParsesDescSpellings)
{
    auto sql = [](const char* text) {
        const Result<ColumnType> t = ColumnType::parse(QString::fromUtf8(text));
        return t.ok() ? t->toSql() : QStringLiteral("error:") + t.error().message;
    };
    EXPECT_EQ(sql("int(11)"), u"INT");
    EXPECT_EQ(sql("DECIMALV3(9, 0)"), u"DECIMAL(9,0)");
    EXPECT_EQ(sql("decimal(10,2)"), u"DECIMAL(10,2)");
    EXPECT_EQ(sql("DECIMAL"), u"DECIMAL(38,9)");
    EXPECT_EQ(sql("datetimev2(3)"), u"DATETIME(3)");
    EXPECT_EQ(sql("DATETIME"), u"DATETIME");
    EXPECT_EQ(sql("DATEV2"), u"DATE");
    EXPECT_EQ(sql("varchar(20)"), u"VARCHAR(20)");
    EXPECT_EQ(sql("VARCHAR"), u"VARCHAR(65533)");
    EXPECT_EQ(sql("CHAR"), u"CHAR(1)");
    EXPECT_EQ(sql("TEXT"), u"STRING");
    EXPECT_EQ(sql("largeint(40)"), u"LARGEINT");
    EXPECT_EQ(sql("ARRAY<INT>"), u"ARRAY<INT>");
    EXPECT_EQ(ColumnType::parse(QStringLiteral("ARRAY<INT>"))->kind, TypeKind::Other);
    EXPECT_EQ(sql("VARCHAR(70000)"), u"error:VARCHAR size must be between 1 and 65533, got 70000.");
    EXPECT_EQ(sql("INT("), u"error:'INT(' is not a column type.");
}

TEST(Ddl, HostileCommentsCannotBreakTheStatement)
{
    TableDesign d = sampleDesign();
    d.columns[1].comment = QStringLiteral("'); DROP TABLE t; -- \\");
    d.properties = { { QStringLiteral("storage_medium"), QStringLiteral("SSD\"") } };
    const QString sql = DdlGenerator::createTable(d);
    EXPECT_TRUE(sql.contains(u"COMMENT '\\'); DROP TABLE t; -- \\\\'")) << sql.toStdString();
    EXPECT_TRUE(sql.contains(u"\"storage_medium\" = \"SSD\\\"\""));
}
