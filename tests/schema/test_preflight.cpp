// Preflight predictions against the Doris conversion rules (doris-facts §1.5, §7, §11 and the Doris
// regression cases in ../shared/doris-regress, whose data is inlined here).
#include "csvfixture.h"

#include "schema/preflight.h"
#include "schema/schemajson.h"

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::schema;

namespace {

PreflightColumn column(const char* name, const char* type, bool nullable = true)
{
    PreflightColumn c;
    c.name = QString::fromUtf8(name);
    c.type = *ColumnType::parse(QString::fromUtf8(type));
    c.nullable = nullable;
    return c;
}

/// One value per line, '|'-separated fields, line numbers from 1 (no header, as in the regression data).
PreflightReport run(const QList<PreflightColumn>& columns, const char* data, bool strict, double ratio = 0.0)
{
    PreflightOptions options;
    options.strictMode = strict;
    options.maxFilterRatio = ratio;
    options.convertValues = false; // these cases check what Doris does with the text as sent
    Preflight p(columns, options);
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    qint64 n = 0;
    for (const QString& l : lines)
        p.addRow(l.split(QLatin1Char('|')), ++n);
    return p.report();
}

const char* kTinyIntOverflow = "1\n2\n3\n4\n5\n6\n7\n128\n129\n-129\n";
const char* kDecimalOverflow = "1234567890\n1234567891\n1234567892\n1234567893\n1234567894\n1234567895\n1234567896\n"
                               "12345678971\n12345678902\n12345678903\n";
const char* kCharOverflow = "1|a1\n20|a20\n30|a30\n59|a59\n60|a60\n70|a70\n79|a79\n81|a1234567890\n91|a9234567890\n"
                            "100|a10234567890\n";
const char* kNullNumbers = "1\n2\n3\n4\n5\n6\n7\n\\N\n\\N\n\\N\n";

} // namespace

TEST(Preflight, TinyIntOverflowBecomesNullWithoutStrictMode)
{
    const PreflightReport r = run({ column("k00", "TINYINT") }, kTinyIntOverflow, false);
    EXPECT_EQ(r.totalRows, 10);
    EXPECT_EQ(r.filteredRows, 0);
    EXPECT_EQ(r.loadedRows, 10);
    EXPECT_TRUE(r.pass);
    ASSERT_EQ(r.columns[0].reasons.size(), 1);
    const PreflightReason& reason = r.columns[0].reasons[0];
    EXPECT_EQ(reason.code, u"out_of_range");
    EXPECT_EQ(reason.effect, PreflightEffect::Nulled);
    EXPECT_EQ(reason.count, 3);
    EXPECT_EQ(reason.message, u"out of range for TINYINT");
    ASSERT_EQ(reason.examples.size(), 3);
    EXPECT_EQ(reason.examples[0].line, 8);
    EXPECT_EQ(reason.examples[0].value, u"128");
    EXPECT_EQ(r.columns[0].nulledValues, 3);
}

TEST(Preflight, StrictModeFiltersAndTheRatioDecides)
{
    const PreflightReport ok = run({ column("k00", "TINYINT") }, kTinyIntOverflow, true, 0.3);
    EXPECT_EQ(ok.filteredRows, 3);
    EXPECT_EQ(ok.loadedRows, 7);
    EXPECT_DOUBLE_EQ(ok.filterRatio, 0.3);
    EXPECT_TRUE(ok.pass);
    EXPECT_EQ(ok.columns[0].reasons[0].message, u"out of range for TINYINT; strict mode filters the row");

    const PreflightReport fail = run({ column("k00", "TINYINT") }, kTinyIntOverflow, true, 0.2);
    EXPECT_EQ(fail.filteredRows, 3);
    EXPECT_EQ(fail.loadedRows, 0); // Doris reports 0 loaded rows when the ratio fails the load
    EXPECT_FALSE(fail.pass);
}

TEST(Preflight, DecimalOverflowFollowsStrictModeLikeIntegers)
{
    const PreflightReport r = run({ column("k00", "DECIMALV3(10,0)") }, kDecimalOverflow, false);
    EXPECT_EQ(r.filteredRows, 0);
    EXPECT_EQ(r.columns[0].nulledValues, 3);
    EXPECT_EQ(r.columns[0].reasons[0].code, u"decimal_overflow");
    const PreflightReport strict = run({ column("k00", "DECIMALV3(10,0)") }, kDecimalOverflow, true);
    EXPECT_EQ(strict.filteredRows, 3);
    EXPECT_FALSE(strict.pass);
}

TEST(Preflight, NullIntoNotNullIsFilteredEvenWithoutStrictMode)
{
    const PreflightReport r = run({ column("k00", "DECIMALV3(10,0)", false) }, kNullNumbers, false, 0.2);
    EXPECT_EQ(r.filteredRows, 3);
    EXPECT_FALSE(r.pass);
    EXPECT_EQ(r.columns[0].reasons[0].code, u"null_into_not_null");
    EXPECT_EQ(r.columns[0].nullValues, 3);
    const PreflightReport r3 = run({ column("k00", "DECIMALV3(10,0)", false) }, kNullNumbers, false, 0.3);
    EXPECT_TRUE(r3.pass);
    EXPECT_EQ(r3.loadedRows, 7);
}

TEST(Preflight, CharOverflowIsCutWithoutStrictModeAndFilteredWithIt)
{
    const QList<PreflightColumn> cols { column("id", "INT"), column("name", "CHAR(10)") };
    const PreflightReport r = run(cols, kCharOverflow, false);
    EXPECT_EQ(r.filteredRows, 0);
    EXPECT_EQ(r.columns[1].truncatedValues, 3);
    EXPECT_EQ(r.columns[1].reasons[0].effect, PreflightEffect::Truncated);
    const PreflightReport strict = run(cols, kCharOverflow, true, 0.3);
    EXPECT_EQ(strict.filteredRows, 3);
    EXPECT_TRUE(strict.pass);
    EXPECT_EQ(strict.columns[1].reasons[0].examples[0].line, 8);
}

TEST(Preflight, VarcharLengthCountsUtf8Bytes)
{
    const PreflightReport r = run({ column("city", "VARCHAR(5)") }, "北\n北京\nabcde\n", true, 1.0);
    EXPECT_EQ(r.filteredRows, 1); // 北京 = 6 bytes
    EXPECT_EQ(r.columns[0].reasons[0].examples[0].value, u"北京");
    EXPECT_EQ(r.columns[0].reasons[0].message,
        u"longer than VARCHAR(5) (length counts UTF-8 bytes); strict mode filters the row");
}

TEST(Preflight, EmptyFieldsDependOnTypeStrictModeAndNullability)
{
    // Strings: an empty field is '' and loads.
    EXPECT_EQ(run({ column("t", "VARCHAR(5)"), column("s", "VARCHAR(5)", false) }, "a|\n", true).filteredRows, 0);
    PreflightOptions options;
    options.convertValues = false; // what Doris itself does with empty fields (the loader sends \N instead)
    Preflight p({ column("n", "INT"), column("m", "INT", false), column("s", "STRING", false) }, options);
    p.addRow({ QString(), QStringLiteral("1"), QString() }, 2);
    p.addRow({ QStringLiteral("1"), QString(), QString() }, 3);
    const PreflightReport r = p.report();
    EXPECT_EQ(r.filteredRows, 1);
    EXPECT_EQ(r.columns[0].nulledValues, 1);
    EXPECT_EQ(r.columns[0].reasons[0].message, u"empty field, not a valid INT");
    EXPECT_EQ(r.columns[1].filteredRows, 1);
    EXPECT_EQ(r.columns[1].reasons[0].message,
        u"empty field, not a valid INT; the NULL it becomes is not allowed in this NOT NULL column");
    EXPECT_TRUE(r.columns[2].reasons.isEmpty());
}

TEST(Preflight, DatesAsDorisParsesThem)
{
    const QList<PreflightColumn> cols { column("d", "DATE"), column("t", "DATETIME") };
    const PreflightReport r = run(cols,
        "2024-02-29|2023-07-20:05:48:31\n2023-02-29|2017-10-09 25:12:22\n20240102|2024-01-02T03:04:05\n"
        "03/04/2024|2024-01-02 03:04:05.123456\n24-1-2|2024/1/2 3:04:05\n",
        false);
    EXPECT_EQ(r.columns[0].nulledValues, 2); // 2023-02-29 and the US date
    EXPECT_EQ(r.columns[0].reasons[0].examples[0].line, 2);
    EXPECT_EQ(r.columns[0].reasons[0].examples[1].value, u"03/04/2024");
    EXPECT_EQ(r.columns[1].nulledValues, 1); // hour 25
    EXPECT_EQ(r.columns[1].reasons[0].code, u"invalid_date");

    // When the loader rewrites MM/DD/YYYY, the preflight checks the rewritten value.
    QList<PreflightColumn> rewritten { column("d", "DATE") };
    rewritten[0].sourceDateFormat = QStringLiteral("MM/DD/YYYY");
    EXPECT_TRUE(run(rewritten, "03/04/2024\n12/31/2024\n", true).columns[0].reasons.isEmpty());
    EXPECT_EQ(run(rewritten, "02/30/2024\n", true).filteredRows, 1);
}

TEST(Preflight, NumbersBooleansAndDecimalRounding)
{
    const QList<PreflightColumn> cols { column("i", "INT"), column("d", "DECIMAL(2,1)"), column("b", "BOOLEAN"),
        column("f", "DOUBLE") };
    const PreflightReport r
        = run(cols, "007|9.94|TRUE|1e5\n1.0|9.95|0|abc\n2147483648|-9.99|yes|-0.5\n+5|.5|1|inf\n", false);
    EXPECT_EQ(r.columns[0].nulledValues, 2); // 1.0 and 2147483648
    EXPECT_EQ(r.columns[1].nulledValues, 2); // 9.95 and -9.99 round to 10.0
    EXPECT_EQ(r.columns[2].nulledValues, 1); // yes
    EXPECT_EQ(r.columns[3].nulledValues, 1); // abc
}

TEST(Preflight, WrongFieldCountFiltersTheRow)
{
    const PreflightReport r = run({ column("a", "INT"), column("b", "INT") }, "1|2\n1\n1|2|3\n", false, 0.5);
    EXPECT_EQ(r.filteredRows, 2);
    EXPECT_EQ(r.columnCount.count, 2);
    EXPECT_EQ(r.columnCount.examples[1].line, 3);
    EXPECT_FALSE(r.pass);
}

TEST(Preflight, NullTokensAreConfigurableAndOnlyBackslashNByDefault)
{
    const PreflightReport r = run({ column("a", "INT") }, "NULL\n\\N\n", true, 1.0);
    EXPECT_EQ(r.filteredRows, 1); // "NULL" is text for Doris
    EXPECT_EQ(r.columns[0].nullValues, 1);
    PreflightOptions o;
    o.nullTokens << QStringLiteral("NULL");
    Preflight p({ column("a", "INT") }, o);
    p.addRow({ QStringLiteral("NULL") }, 1);
    EXPECT_EQ(p.report().columns[0].nullValues, 1);
}

TEST(Preflight, ExamplesAreCappedAndCancelStopsTheScan)
{
    PreflightOptions o;
    o.maxExamples = 2;
    o.maxFilterRatio = 1.0;
    Preflight p({ column("a", "TINYINT") }, o);
    QList<Preflight::LineRow> batch;
    for (int i = 0; i < 10; ++i)
        batch.append({ i + 1, { QStringLiteral("x") } });
    std::atomic<bool> cancel { false };
    EXPECT_TRUE(p.addRows(batch, &cancel));
    cancel = true;
    EXPECT_FALSE(p.addRows(batch, &cancel));
    const PreflightReport r = p.report();
    EXPECT_EQ(r.totalRows, 10);
    EXPECT_EQ(r.columns[0].reasons[0].count, 10);
    EXPECT_EQ(r.columns[0].reasons[0].examples.size(), 2);
    EXPECT_FALSE(r.complete);
}

TEST(Preflight, JsonShape)
{
    const PreflightReport r = run({ column("k00", "TINYINT") }, kTinyIntOverflow, true, 0.2);
    const QJsonObject o = SchemaJson::preflight(r);
    EXPECT_EQ(o.value(QStringLiteral("pass")).toBool(true), false);
    EXPECT_EQ(o.value(QStringLiteral("filtered_rows")).toInt(), 3);
    const QJsonObject reason = o.value(QStringLiteral("columns"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("reasons"))
                                   .toArray()[0]
                                   .toObject();
    EXPECT_EQ(reason.value(QStringLiteral("effect")).toString(), u"filtered");
    EXPECT_EQ(
        reason.value(QStringLiteral("examples")).toArray()[0].toObject().value(QStringLiteral("line")).toInt(), 8);
}
