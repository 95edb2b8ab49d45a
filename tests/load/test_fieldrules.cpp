// Which columns the loader converts: a file Doris reads as written keeps the byte-range paths (no transform);
// every formatted value, null token or narrower target still gets its conversion.
#include "load/fieldrulesbuilder.h"
#include "schema/filescan.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

namespace {

doris::ColumnInfo column(const char* name, const char* type, bool nullable)
{
    doris::ColumnInfo c;
    c.name = QString::fromUtf8(name);
    c.type = QString::fromUtf8(type);
    c.nullable = nullable;
    return c;
}

class FieldRulesTest : public ::testing::Test
{
protected:
    /// Infers `csv` over the whole file and builds the rules of a load into `table` (or the inferred table).
    source::FieldRules rulesFor(const QByteArray& csv, QList<doris::ColumnInfo> table = {}, bool emptyAsString = false)
    {
        const QString path = m_dir.filePath(QStringLiteral("f.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        auto inferred = schema::FileScan::infer(path, {});
        EXPECT_TRUE(inferred.ok()) << (inferred.ok() ? "" : inferred.error().message.toStdString());
        m_columns = inferred->columns;
        if (table.isEmpty()) {
            for (const schema::InferredColumn& c : m_columns) {
                doris::ColumnInfo info;
                info.name = c.name;
                info.type = c.type.toSql();
                info.nullable = c.nullable;
                table.append(info);
            }
        }
        const QStringList targets = load::positionalTargets(int(m_columns.size()), table);
        source::FieldRules rules = load::makeFieldRules(targets, table, emptyAsString);
        schema::ConversionOptions options;
        options.emptyAsString = emptyAsString;
        load::addConversions(rules, m_columns, targets, table, options);
        return rules;
    }
    static bool transformed(const source::FieldRules& rules, int column)
    {
        return rules.at(column) && rules.at(column)->transform != nullptr;
    }

    QTemporaryDir m_dir;
    QList<schema::InferredColumn> m_columns;
};

} // namespace

TEST_F(FieldRulesTest, PlainNumbersAndIsoDatesAreSentAsWritten)
{
    const source::FieldRules rules
        = rulesFor("id,name,amount,ratio,day,created\r\n"
                   "1,\"Ann \"\"Carl\"\" Ng, Jr\",29101.60,0.5,2024-02-02,2024-02-02 10:01:00\r\n"
                   "2,Bo,-3.75,1.25,2024-12-31,2024-12-31 23:59:59.125\r\n"
                   "3,Cy,,2,,\r\n");
    EXPECT_EQ(m_columns.at(2).type.toSql(), QStringLiteral("DECIMAL(18,2)"));
    EXPECT_FALSE(rules.anyTransform()) << "a file of plain values must keep the byte-range paths";
    EXPECT_TRUE(rules.at(2)->emptyToNull) << "empty cells still become NULL";
}

TEST_F(FieldRulesTest, FormattedValuesNullTokensAndErrorsAreConverted)
{
    const source::FieldRules rules = rulesFor("a;b;c;d;e;f\n"
                                              "1.234,50;31.12.2024;N/A;yes;2024-07-01T10:00:00Z;1e3\n"
                                              "12,5;01.01.2025;10;no;2024-07-01T12:00:00+02:00;2.5\n");
    for (int c = 0; c < 6; ++c)
        EXPECT_TRUE(transformed(rules, c)) << "column " << c << " " << m_columns.at(c).type.toSql().toStdString();
}

TEST_F(FieldRulesTest, NarrowerOrDifferentTargetsKeepTheirConversion)
{
    const QByteArray csv = "n,d,t\n1.255,2024-01-01 10:00:00.5,NULL\n2,2024-01-02 00:00:00.25,x\n";
    const QList<doris::ColumnInfo> wide { column("n", "DECIMAL(10,3)", true), column("d", "DATETIME(3)", true),
        column("t", "VARCHAR(8)", false) };
    source::FieldRules rules = rulesFor(csv, wide);
    EXPECT_FALSE(transformed(rules, 0));
    EXPECT_FALSE(transformed(rules, 1));
    EXPECT_FALSE(transformed(rules, 2)) << "a NOT NULL text column keeps the word NULL";

    const QList<doris::ColumnInfo> narrow { column("n", "DECIMAL(10,2)", true), column("d", "DATE", true),
        column("t", "VARCHAR(8)", true) };
    rules = rulesFor(csv, narrow);
    EXPECT_TRUE(transformed(rules, 0)) << "scale 3 into DECIMAL(10,2)";
    EXPECT_TRUE(transformed(rules, 1)) << "date-times into DATE";
    EXPECT_TRUE(transformed(rules, 2)) << "the word NULL into a nullable text column becomes NULL";

    rules = rulesFor(csv, narrow, /*emptyAsString=*/true);
    EXPECT_FALSE(transformed(rules, 2)) << "empty-as-string keeps text as written";
}

TEST_F(FieldRulesTest, IntegersIntoIntegerColumns)
{
    const QList<doris::ColumnInfo> table { column("a", "BIGINT", true), column("b", "INT", true) };
    const source::FieldRules rules = rulesFor("a,b\n1,5\n2147483647,N/A\n,\n", table);
    EXPECT_FALSE(transformed(rules, 0)) << "plain integers and empty cells";
    EXPECT_TRUE(transformed(rules, 1)) << "N/A becomes NULL";
    EXPECT_TRUE(rules.at(0)->emptyToNull);
}
