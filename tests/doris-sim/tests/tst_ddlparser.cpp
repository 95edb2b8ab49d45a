// Unit tests: CREATE TABLE parsing and validation with Doris 2.1 error texts (doris-facts.md section 8).
#include "ddlparser.h"
#include "testenv.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace dia::sim;

namespace {

DdlResult parse(const std::string& sql, int backends = 1)
{
    return DdlParser::parseCreateTable(sql, backends);
}

} // namespace

TEST(DdlParser, ParsesTheGeneratorsDuplicateTable)
{
    const DdlResult r = parse("CREATE TABLE IF NOT EXISTS `db1`.`orders` (\n"
                              "  `id` BIGINT NOT NULL COMMENT 'order id',\n"
                              "  `name` VARCHAR(60) NULL,\n"
                              "  `price` DECIMAL(10, 2) NULL DEFAULT \"0\",\n"
                              "  `created` DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3)\n"
                              ") ENGINE=OLAP\nDUPLICATE KEY(`id`)\nCOMMENT 'imported'\n"
                              "DISTRIBUTED BY HASH(`id`) BUCKETS 10\nPROPERTIES (\"replication_num\" = \"1\");");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_TRUE(r.ifNotExists);
    EXPECT_EQ(r.database, "db1");
    EXPECT_EQ(r.schema.name, "orders");
    ASSERT_EQ(r.schema.columns.size(), 4U);
    EXPECT_EQ(r.schema.keyCount, 1);
    EXPECT_FALSE(r.schema.columns[0].nullable);
    EXPECT_EQ(r.schema.columns[0].comment, "order id");
    EXPECT_EQ(r.schema.columns[1].type.describe(), "VARCHAR(60)");
    EXPECT_EQ(r.schema.columns[2].type.describe(), "DECIMAL(10, 2)");
    EXPECT_EQ(r.schema.columns[2].defaultValue, "0");
    EXPECT_EQ(r.schema.columns[3].type.describe(), "DATETIME(3)");
    EXPECT_TRUE(r.schema.columns[3].defaultCurrentTimestamp);
    EXPECT_EQ(r.schema.comment, "imported");
    EXPECT_EQ(r.schema.buckets, 10);
}

TEST(DdlParser, ShowCreateTableGivesTheReplicasTheTableWasCreatedWith)
{
    const DdlResult two = parse("CREATE TABLE t (a INT) DUPLICATE KEY(a) DISTRIBUTED BY HASH(a) BUCKETS 1 "
                                "PROPERTIES (\"replication_num\" = \"2\")",
        3);
    ASSERT_TRUE(two.ok) << two.message;
    EXPECT_NE(
        two.schema.showCreate().find("\"replication_allocation\" = \"tag.location.default: 2\""), std::string::npos)
        << two.schema.showCreate();
    const DdlResult allocation = parse("CREATE TABLE t (a INT) DUPLICATE KEY(a) DISTRIBUTED BY HASH(a) BUCKETS 1 "
                                       "PROPERTIES (\"replication_allocation\" = \"tag.location.default: 3\")",
        3);
    ASSERT_TRUE(allocation.ok) << allocation.message;
    EXPECT_NE(allocation.schema.showCreate().find("tag.location.default: 3\""), std::string::npos);
}

TEST(DdlParser, AcceptsEveryRegressionTable)
{
    const QString dir = QStringLiteral("/work/shared/doris-regress/cases");
    const QStringList cases = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    // the corpus is optional on other machines; the fixture copy below always runs
    for (const QString& c : cases) {
        QFile f(dir + QLatin1Char('/') + c + QStringLiteral("/table.sql"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const DdlResult r = parse(f.readAll().toStdString());
        EXPECT_TRUE(r.ok) << c.toStdString() << ": " << r.message;
    }
    QFile fixture(dia::test::dataPath(QStringLiteral("doris-sim/regress_tables.sql")));
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
    const QList<QByteArray> statements = fixture.readAll().split(';');
    int parsed = 0;
    for (const QByteArray& s : statements) {
        if (s.trimmed().isEmpty() || !s.contains("CREATE"))
            continue;
        const DdlResult r = parse(s.toStdString());
        EXPECT_TRUE(r.ok) << s.toStdString() << "\n" << r.message;
        ++parsed;
    }
    EXPECT_EQ(parsed, 5);
}

TEST(DdlParser, AggregateRangePartitionTable)
{
    const DdlResult r = parse("CREATE TABLE t (k1 BIGINT(20) NULL, k2 BIGINT NULL, v1 TINYINT SUM NULL, "
                              "v2 VARCHAR(6) REPLACE_IF_NOT_NULL NULL) AGGREGATE KEY(k1, k2) "
                              "PARTITION BY RANGE(k1) (PARTITION a VALUES [(\"-100\"), (\"100\")), "
                              "PARTITION b VALUES [(\"100\"), (MAXVALUE))) "
                              "DISTRIBUTED BY HASH(k1, k2) BUCKETS 3 PROPERTIES (\"replication_num\" = \"1\")");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(r.schema.keysType, KeysType::Aggregate);
    EXPECT_EQ(r.schema.columns[2].aggType, "SUM");
    ASSERT_EQ(r.schema.partitions.size(), 2U);
    EXPECT_EQ(r.schema.partitions[0].lower, "-100");
    EXPECT_TRUE(r.schema.partitions[1].upperIsMax);
}

TEST(DdlParser, DefaultKeysWithoutKeyClause)
{
    const DdlResult r = parse("CREATE TABLE t (a INT, b VARCHAR(10), c INT) PROPERTIES (\"replication_num\" = \"1\")");
    ASSERT_TRUE(r.ok) << r.message;
    EXPECT_EQ(r.schema.keysType, KeysType::Duplicate);
    EXPECT_EQ(r.schema.keyCount, 2); // INT then VARCHAR ends the prefix
}

struct BadDdl
{
    const char* sql;
    int code;
    const char* message;
};

class DdlParserErrors : public ::testing::TestWithParam<BadDdl>
{
};

TEST_P(DdlParserErrors, RejectsWithDorisText)
{
    const BadDdl& c = GetParam();
    const DdlResult r = parse(c.sql);
    ASSERT_FALSE(r.ok) << c.sql;
    EXPECT_EQ(r.mysqlCode, c.code);
    EXPECT_EQ(r.message, c.message);
}

INSTANTIATE_TEST_SUITE_P(Doris21, DdlParserErrors,
    ::testing::Values(
        BadDdl {
            "CREATE TABLE t (a INT, b INT) UNIQUE KEY(b) DISTRIBUTED BY HASH(b) PROPERTIES (\"replication_num\"=\"1\")",
            1105,
            "Key columns should be a ordered prefix of the schema. KeyColumns[0] (starts from zero) is b, but "
            "corresponding column is a in the previous columns declaration." },
        BadDdl { "CREATE TABLE t (a INT) DUPLICATE KEY(x) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Key column[x] doesn't exist." },
        BadDdl { "CREATE TABLE t (a DOUBLE, b INT) DUPLICATE KEY(a) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Float or double can not used as a key, use decimal instead." },
        BadDdl { "CREATE TABLE t (a STRING, b INT) DUPLICATE KEY(a) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "String Type should not be used in key column[a]" },
        BadDdl { "CREATE TABLE t (a INT, b INT) AGGREGATE KEY(a) DISTRIBUTED BY HASH(a) PROPERTIES "
                 "(\"replication_num\"=\"1\")",
            1105, "AGG_KEYS table should specify aggregate type for non-key column[b]" },
        BadDdl { "CREATE TABLE t (a INT NOT NULL DEFAULT NULL) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Can not set null default value to non nullable column: a" },
        BadDdl {
            "CREATE TABLE t (a INT, a INT) PROPERTIES (\"replication_num\"=\"1\")", 1060, "Duplicate column name 'a'" },
        BadDdl { "CREATE TABLE `1t` (a INT) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Incorrect table name '1t'. Table name regex is '^[a-zA-Z][a-zA-Z0-9-_]*$'" },
        BadDdl { "CREATE TABLE t (a VARCHAR(70000)) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Varchar size must be between 1 and 65533. Size was set to: 70000." },
        BadDdl { "CREATE TABLE t (a DECIMAL(39, 2)) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Precision of decimal must between 1 and 38. Precision was set to: 39." },
        BadDdl { "CREATE TABLE t (a INT, b TIME) PROPERTIES (\"replication_num\"=\"1\")", 1105,
            "Time type is not supported for olap table" },
        BadDdl { "CREATE TABLE t (a INT, b INT) UNIQUE KEY(a) DISTRIBUTED BY HASH(b) PROPERTIES "
                 "(\"replication_num\"=\"1\")",
            1105, "Distribution column[b] is not key column" },
        BadDdl { "CREATE TABLE t (a INT)", 1105,
            "Failed to find enough backend, please check the replication num,replication tag and storage medium and "
            "avail capacity of backends or maybe all be on same host.\nCreate failed replications:\nreplication tag: "
            "{\"location\" : \"default\"}, replication num: 3, storage medium: HDD" }));

TEST(DdlParser, SyntaxErrorsAreCode1064)
{
    const DdlResult r = parse("CREATE TABLE t (a INT,, b INT)");
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.mysqlCode, 1064);
}
