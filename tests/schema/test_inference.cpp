// Type inference lattice, edge values and identifier cleaning.
#include "csvfixture.h"
#include "schema/columnprofiler.h"
#include "schema/filescan.h"
#include "schema/identifiercleaner.h"
#include "schema/parallelinference.h"
#include "schema/schemainferrer.h"
#include "schema/valuesyntax.h"
#include "source/tablereader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace dia;
using namespace dia::schema;

namespace {

/// Most tests here check the tight sizes; roomy defaults have their own tests (test_valueformats.cpp).
InferenceOptions tightOptions()
{
    InferenceOptions o;
    o.tightTypes = true;
    return o;
}

InferredColumn inferValues(const QStringList& values, const InferenceOptions& options = tightOptions())
{
    ColumnProfiler p(options);
    qint64 line = 2;
    for (const QString& v : values)
        p.addValue(v, line++);
    return p.result();
}

QString sqlOf(const QStringList& values, const InferenceOptions& options = tightOptions())
{
    return inferValues(values, options).type.toSql();
}

QStringList qs(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out.append(QString::fromUtf8(v));
    return out;
}

} // namespace

TEST(Inference, IntegerKindsFollowTheirExactBoundaries)
{
    EXPECT_EQ(sqlOf(qs({ "127", "-128" })), u"TINYINT");
    EXPECT_EQ(sqlOf(qs({ "128" })), u"SMALLINT");
    EXPECT_EQ(sqlOf(qs({ "-129" })), u"SMALLINT");
    EXPECT_EQ(sqlOf(qs({ "32767", "-32768" })), u"SMALLINT");
    EXPECT_EQ(sqlOf(qs({ "32768" })), u"INT");
    EXPECT_EQ(sqlOf(qs({ "2147483647", "-2147483648" })), u"INT");
    EXPECT_EQ(sqlOf(qs({ "2147483648" })), u"BIGINT");
    EXPECT_EQ(sqlOf(qs({ "-2147483649" })), u"BIGINT");
    EXPECT_EQ(sqlOf(qs({ "9223372036854775807", "-9223372036854775808" })), u"BIGINT");
    EXPECT_EQ(sqlOf(qs({ "9223372036854775808" })), u"LARGEINT");
    EXPECT_EQ(sqlOf(qs({ "-9223372036854775809" })), u"LARGEINT");
    EXPECT_EQ(sqlOf(qs({ "170141183460469231731687303715884105727" })), u"LARGEINT");
    EXPECT_EQ(sqlOf(qs({ "-170141183460469231731687303715884105728" })), u"LARGEINT");
}

TEST(Inference, DigitsBeyondLargeIntStayTextWithReason)
{
    const InferredColumn c = inferValues(qs({ "1", "170141183460469231731687303715884105728" }));
    EXPECT_EQ(c.type.toSql(), u"VARCHAR(64)");
    EXPECT_TRUE(c.reason.contains(u"beyond LARGEINT")) << c.reason.toStdString();
    EXPECT_TRUE(c.reason.contains(u"line 3")) << c.reason.toStdString();
    EXPECT_EQ(sqlOf(qs({ "-170141183460469231731687303715884105729" })), u"VARCHAR(64)");
}

TEST(Inference, IntegerReasonNamesTheRange)
{
    const InferredColumn c = inferValues(qs({ "5", "-40", "300", "+7" }));
    EXPECT_EQ(c.type.toSql(), u"SMALLINT");
    EXPECT_EQ(c.reason, u"whole numbers from -40 to 300, SMALLINT is the smallest type that holds them");
    EXPECT_FALSE(c.nullable);
}

TEST(Inference, LeadingZerosStayText)
{
    const InferredColumn zip = inferValues(qs({ "10115", "01067", "80331" }));
    EXPECT_EQ(zip.type.kind, TypeKind::Varchar);
    EXPECT_EQ(zip.reason,
        u"1 value(s) have leading zeros (first \"01067\" on line 3), kept as text so the zeros survive; longest value "
        u"5 "
        u"bytes in UTF-8, VARCHAR(16) leaves room");
    EXPECT_EQ(sqlOf(qs({ "00123", "00124" })), u"VARCHAR(16)");
    EXPECT_EQ(sqlOf(qs({ "00.5" })), u"VARCHAR(16)");
    // A single zero and fractions starting with 0. are ordinary numbers.
    EXPECT_EQ(sqlOf(qs({ "0", "5" })), u"TINYINT");
    EXPECT_EQ(sqlOf(qs({ "0.25", "-0.5" })), u"DECIMAL(3,2)");
}

TEST(Inference, ZeroOneColumnsAreTinyIntNotBoolean)
{
    const InferredColumn c = inferValues(qs({ "0", "1", "1", "0" }));
    EXPECT_EQ(c.type.toSql(), u"TINYINT");
    EXPECT_TRUE(c.reason.contains(u"BOOLEAN"));
}

TEST(Inference, TrueFalseInAnyCaseIsBoolean)
{
    EXPECT_EQ(sqlOf(qs({ "TRUE", "false", "True", "fAlSe" })), u"BOOLEAN");
    EXPECT_EQ(sqlOf(qs({ "true", "0", "1" })), u"BOOLEAN");
    // yes/no are not understood by Doris 2.1 BOOLEAN, but the loader sends them as 1/0.
    EXPECT_EQ(sqlOf(qs({ "yes", "no" })), u"BOOLEAN");
    EXPECT_EQ(sqlOf(qs({ "true", "2" })), u"VARCHAR(16)");
}

TEST(Inference, DecimalPrecisionAndScaleFromData)
{
    EXPECT_EQ(sqlOf(qs({ "12.5", "1234.75", "7" })), u"DECIMAL(6,2)");
    EXPECT_EQ(sqlOf(qs({ "-0.001" })), u"DECIMAL(4,3)");
    EXPECT_EQ(sqlOf(qs({ ".5" })), u"DECIMAL(2,1)");
    // 38 digits is the DECIMAL limit...
    const QString p38 = QStringLiteral("1234567890123456789012345678.1234567890");
    EXPECT_EQ(sqlOf({ p38 }), u"DECIMAL(38,10)");
    // ...39 goes to DOUBLE with the reason.
    const InferredColumn c = inferValues({ QStringLiteral("12345678901234567890123456789.1234567890") });
    EXPECT_EQ(c.type.toSql(), u"DOUBLE");
    EXPECT_TRUE(c.reason.contains(u"39 digits")) << c.reason.toStdString();
    // Integers beyond LARGEINT mixed with fractions: precision from the integers too.
    EXPECT_EQ(
        sqlOf({ QStringLiteral("1.5"), QStringLiteral("123456789012345678901234567890123456789012") }), u"DOUBLE");
}

TEST(Inference, ExponentFormsAreDouble)
{
    const InferredColumn c = inferValues(qs({ "1.5", "2e10", "-3.1E-4" }));
    EXPECT_EQ(c.type.toSql(), u"DOUBLE");
    EXPECT_EQ(c.reason, u"numbers in exponent form (first \"2e10\" on line 3)");
    EXPECT_EQ(sqlOf(qs({ "1e" })), u"VARCHAR(16)");
}

TEST(Inference, IsoDatesAndDatetimes)
{
    EXPECT_EQ(sqlOf(qs({ "2024-02-29", "1999-12-31" })), u"DATE");
    EXPECT_EQ(sqlOf(qs({ "2024-02-29 13:45:00", "2024-03-01T00:00:01" })), u"DATETIME");
    EXPECT_EQ(sqlOf(qs({ "2024-02-29 13:45:00.123", "2024-03-01 00:00:01.5" })), u"DATETIME(3)");
    EXPECT_EQ(sqlOf(qs({ "2024-01-01", "2024-01-02 10:00:00" })), u"DATETIME");
    EXPECT_EQ(sqlOf(qs({ "2024-01-01 10:00" })), u"DATETIME");
    const InferredColumn iso = inferValues(qs({ "2024-01-01" }));
    EXPECT_TRUE(iso.sourceDateFormat.isEmpty());
}

TEST(Inference, LeapDaysAndTheExcel1900Bug)
{
    EXPECT_EQ(sqlOf(qs({ "2000-02-29" })), u"DATE"); // divisible by 400
    EXPECT_EQ(sqlOf(qs({ "2024-02-29" })), u"DATE");
    const InferredColumn c = inferValues(qs({ "1900-03-01", "1900-02-29" }));
    EXPECT_EQ(c.type.kind, TypeKind::Varchar); // 1900 is not a leap year (Excel's serial 60 bug)
    EXPECT_TRUE(c.reason.startsWith(u"\"1900-02-29\" on line 3 looks like a date")) << c.reason.toStdString();
    EXPECT_EQ(sqlOf(qs({ "2023-02-29" })), u"VARCHAR(16)");
    EXPECT_EQ(sqlOf(qs({ "2024-04-31" })), u"VARCHAR(16)");
    EXPECT_EQ(sqlOf(qs({ "2024-01-01 24:00:00" })), u"VARCHAR(32)");
    EXPECT_FALSE(ValueSyntax::isValidDate(1900, 2, 29));
    EXPECT_TRUE(ValueSyntax::isValidDate(2000, 2, 29));
    EXPECT_FALSE(ValueSyntax::isValidDate(2100, 2, 29));
}

TEST(Inference, SlashDatesDetectTheirOrder)
{
    const InferredColumn us = inferValues(qs({ "03/04/2024", "12/31/2024" }));
    EXPECT_EQ(us.type.toSql(), u"DATE");
    EXPECT_EQ(us.sourceDateFormat, u"MM/DD/YYYY");
    EXPECT_FALSE(us.dateOrderAmbiguous);

    const InferredColumn eu = inferValues(qs({ "03/04/2024", "31/12/2024" }));
    EXPECT_EQ(eu.sourceDateFormat, u"DD/MM/YYYY");
    EXPECT_FALSE(eu.dateOrderAmbiguous);

    const InferredColumn dotted = inferValues(qs({ "01.02.2024" }));
    EXPECT_EQ(dotted.type.toSql(), u"DATE");
    EXPECT_EQ(dotted.sourceDateFormat, u"DD.MM.YYYY");

    const InferredColumn ymdSlash = inferValues(qs({ "2024/02/01" }));
    EXPECT_EQ(ymdSlash.sourceDateFormat, u"YYYY/MM/DD");
}

TEST(Inference, AmbiguousSlashDatesUseThePreferenceAndSaySo)
{
    const InferredColumn c = inferValues(qs({ "03/04/2024", "05/06/2024" }));
    EXPECT_TRUE(c.dateOrderAmbiguous);
    EXPECT_EQ(c.sourceDateFormat, u"MM/DD/YYYY");
    EXPECT_TRUE(c.reason.contains(u"fits both")) << c.reason.toStdString();

    InferenceOptions dayFirst;
    dayFirst.preferredDateOrder = DateOrder::DayFirst;
    EXPECT_EQ(inferValues(qs({ "03/04/2024" }), dayFirst).sourceDateFormat, u"DD/MM/YYYY");
}

TEST(Inference, ConflictingDateOrdersStayText)
{
    const InferredColumn c = inferValues(qs({ "13/01/2024", "01/13/2024" }));
    EXPECT_EQ(c.type.kind, TypeKind::Varchar);
    EXPECT_EQ(
        c.reason.left(60), QStringLiteral("dates in both MM/DD and DD/MM order (\"01/13/2024\" on line 3, ").left(60));
}

TEST(Inference, ToIsoRewritesEveryLayout)
{
    EXPECT_EQ(ValueSyntax::toIso(u"03/04/2024", false), u"2024-03-04");
    EXPECT_EQ(ValueSyntax::toIso(u"03/04/2024", true), u"2024-04-03");
    EXPECT_EQ(ValueSyntax::toIso(u"1.2.2024", false), u"2024-02-01");
    EXPECT_EQ(ValueSyntax::toIso(u"2024/2/1 7:05:09.25", false), u"2024-02-01 07:05:09.25");
    EXPECT_EQ(ValueSyntax::toIso(u"02/30/2024", false), QString());
}

TEST(Inference, NullTokensMakeNullableAndAreConfigurable)
{
    const InferredColumn c = inferValues(qs({ "1", "", "NULL", "\\N", "n/a", "2" }));
    EXPECT_EQ(c.type.toSql(), u"TINYINT");
    EXPECT_TRUE(c.nullable);
    EXPECT_EQ(c.nullCount, 4);
    EXPECT_EQ(c.valueCount, 2);

    InferenceOptions custom;
    custom.tightTypes = true;
    custom.nullTokens = QStringList { QString(), QStringLiteral("missing") };
    const InferredColumn d = inferValues(qs({ "1", "MISSING", "NULL" }), custom); // the built-in tokens stay
    EXPECT_EQ(d.type.kind, TypeKind::TinyInt);
    EXPECT_EQ(d.nullCount, 2);
}

TEST(Inference, AllNullColumn)
{
    const InferredColumn c = inferValues(qs({ "", "NULL" }));
    EXPECT_EQ(c.type.toSql(), u"VARCHAR(255)");
    EXPECT_TRUE(c.nullable);
    EXPECT_EQ(c.reason, u"no values (all 2 cell(s) empty or null); VARCHAR(255) until you choose");
}

TEST(Inference, VarcharLengthIsUtf8BytesWithHeadroom)
{
    EXPECT_EQ(sqlOf(qs({ "abc" })), u"VARCHAR(16)");
    EXPECT_EQ(sqlOf({ QString(12, QLatin1Char('x')) }), u"VARCHAR(16)");
    EXPECT_EQ(sqlOf({ QString(13, QLatin1Char('x')) }), u"VARCHAR(16)"); // 13 + 25 % = 16
    EXPECT_EQ(sqlOf({ QString(14, QLatin1Char('x')) }), u"VARCHAR(32)"); // 14 + 25 % > 16
    // 10 CJK characters are 30 bytes.
    const InferredColumn cjk = inferValues({ QStringLiteral("北京北京北京北京北京") });
    EXPECT_EQ(cjk.maxBytes, 30);
    EXPECT_EQ(cjk.type.toSql(), u"VARCHAR(64)");
    EXPECT_EQ(ValueSyntax::utf8Length(u"😀"), 4);
    EXPECT_EQ(sqlOf({ QString(52000, QLatin1Char('x')) }), u"VARCHAR(65533)");
    EXPECT_EQ(sqlOf({ QString(65533, QLatin1Char('x')) }), u"VARCHAR(65533)");
    const InferredColumn big = inferValues({ QString(65534, QLatin1Char('x')) });
    EXPECT_EQ(big.type.toSql(), u"STRING");
    EXPECT_TRUE(big.reason.contains(u"65534 bytes"));
}

TEST(Inference, MixedColumnsStayTextAndExplain)
{
    const InferredColumn c = inferValues(qs({ "1", "2", "abc", "2024-01-01" }));
    EXPECT_EQ(c.type.kind, TypeKind::Varchar);
    EXPECT_TRUE(c.reason.startsWith(
        u"mixed values (2 number(s), 1 date(s), 1 other text(s)), first text \"abc\" on line 4, kept as text"))
        << c.reason.toStdString();
    // Surrounding spaces are not trimmed by Doris for strings; numbers with spaces are text here.
    EXPECT_EQ(sqlOf(qs({ " 12" })), u"VARCHAR(16)");
}

TEST(Inference, ExamplesAreDistinctAndBounded)
{
    const InferredColumn c = inferValues(qs({ "a", "a", "b", "", "c", "d" }));
    EXPECT_EQ(c.examples, qs({ "a", "b", "c" }));
}

TEST(Inference, InferrerStreamsRowsAndNamesColumns)
{
    const test::CsvFixture csv = test::parseCsv(QStringLiteral("Order ID,Amount,,order id\n1,2.5,x,7\n2,,y,8\n"));
    InferenceOptions options = tightOptions();
    options.sampleRows = 1;
    SchemaInferrer inferrer(csv.header, options);
    inferrer.addRow(csv.rows[0].fields, csv.rows[0].line);
    EXPECT_TRUE(inferrer.sampleComplete());
    const QList<InferredColumn> fast = inferrer.columns();
    EXPECT_FALSE(fast[1].nullable);
    inferrer.addRow(csv.rows[1].fields, csv.rows[1].line);
    inferrer.addRow(QStringList { QStringLiteral("3") }, 4); // ragged: missing fields are null
    const QList<InferredColumn> cols = inferrer.columns();
    ASSERT_EQ(cols.size(), 4);
    EXPECT_EQ(cols[0].name, u"order_id");
    EXPECT_EQ(cols[0].originalName, u"Order ID");
    EXPECT_EQ(cols[0].type.toSql(), u"TINYINT");
    EXPECT_EQ(cols[1].type.toSql(), u"DECIMAL(2,1)");
    EXPECT_TRUE(cols[1].nullable);
    EXPECT_EQ(cols[2].name, u"column_3");
    EXPECT_EQ(cols[3].name, u"order_id_2");
    EXPECT_EQ(inferrer.rowCount(), 3);
    EXPECT_EQ(inferrer.raggedRows(), 1);
}

TEST(Inference, AddRowsStopsWhenCancelled)
{
    SchemaInferrer inferrer(QStringList { QStringLiteral("a") });
    std::atomic<bool> cancel { false };
    QList<SchemaInferrer::LineRow> batch { { 2, { QStringLiteral("1") } } };
    EXPECT_TRUE(inferrer.addRows(batch, &cancel));
    cancel = true;
    EXPECT_FALSE(inferrer.addRows(batch, &cancel));
    EXPECT_EQ(inferrer.rowCount(), 1);
}

// ---------------------------------------------------------------- identifiers

TEST(Identifiers, HeadersBecomeSnakeCaseAscii)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(
        qs({ "  Customer Name ", "Amount (€)", "Größe", "Café", "id", "2024 Sales" }));
    EXPECT_EQ(n[0].name, u"customer_name");
    EXPECT_EQ(n[0].original, u"  Customer Name ");
    EXPECT_FALSE(n[0].reason.isEmpty());
    EXPECT_EQ(n[1].name, u"amount");
    EXPECT_EQ(n[2].name, u"grosse");
    EXPECT_EQ(n[3].name, u"cafe");
    EXPECT_EQ(n[4].name, u"id");
    EXPECT_TRUE(n[4].reason.isEmpty());
    EXPECT_EQ(n[5].name, u"2024_sales");
}

TEST(Identifiers, CjkAndEmptyNamesBecomeColumnN)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(qs({ "金额", "", "   ", "Имя", "***" }));
    EXPECT_EQ(n[0].name, u"column_1");
    EXPECT_TRUE(n[0].reason.contains(u"ASCII"));
    EXPECT_EQ(n[0].original, u"金额");
    EXPECT_EQ(n[1].name, u"column_2");
    EXPECT_EQ(n[1].reason, u"the header is empty");
    EXPECT_EQ(n[2].name, u"column_3");
    EXPECT_EQ(n[3].name, u"column_4");
    EXPECT_EQ(n[4].name, u"column_5");
    EXPECT_EQ(n[4].reason, u"the header has no letters or digits");
}

TEST(Identifiers, DuplicatesAreNumberedCaseInsensitively)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(qs({ "Name", "name", "NAME", "name_2" }));
    EXPECT_EQ(n[0].name, u"name");
    EXPECT_EQ(n[1].name, u"name_3"); // name_2 is taken by column 4, which keeps its own name
    EXPECT_EQ(n[1].reason, u"column 1 already has this name");
    EXPECT_EQ(n[2].name, u"name_4");
    EXPECT_EQ(n[3].name, u"name_2");
    // column_N generated for an empty header does not collide with a real column_2 header either.
    const QList<CleanedName> m = IdentifierCleaner::cleanColumnNames(qs({ "column_2", "" }));
    EXPECT_EQ(m[0].name, u"column_2");
    EXPECT_EQ(m[1].name, u"column_2_2");
}

TEST(Identifiers, ReservedWordsAreKeptAndReservedPrefixesAvoided)
{
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames(qs({ "order", "Key", "mv_total", "__DORIS_x" }));
    EXPECT_EQ(n[0].name, u"order");
    EXPECT_TRUE(n[0].reason.contains(u"reserved word"));
    EXPECT_EQ(n[1].name, u"key");
    EXPECT_EQ(n[2].name, u"c_mv_total");
    EXPECT_EQ(n[3].name, u"doris_x"); // leading underscores are dropped
    EXPECT_TRUE(IdentifierCleaner::isReservedWord(QStringLiteral("TABLE")));
    EXPECT_FALSE(IdentifierCleaner::isReservedWord(QStringLiteral("amount")));
}

TEST(Identifiers, LongNamesAreShortened)
{
    const QString longHeader(300, QLatin1Char('a'));
    const QList<CleanedName> n = IdentifierCleaner::cleanColumnNames({ longHeader, longHeader });
    EXPECT_EQ(n[0].name.size(), 64);
    EXPECT_EQ(n[1].name.size(), 64);
    EXPECT_TRUE(n[1].name.endsWith(u"_2"));
}

TEST(Identifiers, DorisRulesWithDorisWording)
{
    EXPECT_TRUE(IdentifierCleaner::validateColumnName(QStringLiteral("order id")).ok());
    EXPECT_TRUE(IdentifierCleaner::validateColumnName(QStringLiteral("1abc")).ok());
    EXPECT_TRUE(IdentifierCleaner::validateColumnName(QString(256, QLatin1Char('a'))).ok());
    EXPECT_FALSE(IdentifierCleaner::validateColumnName(QString(257, QLatin1Char('a'))).ok());
    const Status cjk = IdentifierCleaner::validateColumnName(QStringLiteral("金额"));
    ASSERT_FALSE(cjk.ok());
    EXPECT_EQ(cjk.error().code, u"invalid_column_name");
    EXPECT_TRUE(cjk.error().message.startsWith(u"Incorrect column name '金额'. Column regex is"));
    EXPECT_FALSE(IdentifierCleaner::validateColumnName(QStringLiteral("mv_x")).ok());
    EXPECT_FALSE(IdentifierCleaner::validateColumnName(QStringLiteral("a`b")).ok());

    EXPECT_TRUE(IdentifierCleaner::validateTableName(QStringLiteral("sales-2024_v2")).ok());
    const Status t = IdentifierCleaner::validateTableName(QStringLiteral("2024sales"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().message, u"Incorrect table name '2024sales'. Table name regex is '^[a-zA-Z][a-zA-Z0-9-_]*$'");
    EXPECT_FALSE(IdentifierCleaner::validateTableName(QString(65, QLatin1Char('t'))).ok());
    EXPECT_TRUE(IdentifierCleaner::validateTableName(QString(64, QLatin1Char('t'))).ok());
    EXPECT_FALSE(IdentifierCleaner::validateDatabaseName(QStringLiteral("my db")).ok());
}

TEST(Identifiers, TableNamesFromFileNames)
{
    EXPECT_EQ(IdentifierCleaner::cleanTableName(QStringLiteral("Sales 2024")), u"sales_2024");
    EXPECT_EQ(IdentifierCleaner::cleanTableName(QStringLiteral("2024 Q1")), u"t_2024_q1");
    EXPECT_EQ(IdentifierCleaner::cleanTableName(QStringLiteral("销售")), u"imported_data");
}

TEST(Identifiers, MatchKeyIgnoresCaseAndSpacing)
{
    EXPECT_EQ(IdentifierCleaner::matchKey(QStringLiteral(" Order ID ")),
        IdentifierCleaner::matchKey(QStringLiteral("order_id")));
    EXPECT_EQ(IdentifierCleaner::matchKey(QStringLiteral("order-id")), u"orderid");
}

TEST(ValueSyntaxTest, TemporalParserAcceptsExactlyWhatItsRegularExpressionsDo)
{
    // The hand-written parser replaced these expressions; compare them on random date-like strings.
    static const QRegularExpression yearFirst(QStringLiteral(
        R"(^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$)"));
    static const QRegularExpression yearLast(
        QStringLiteral(R"(^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$)"));
    const QString alphabet = QStringLiteral("0123456789-/. T:");
    const QStringList seeds { QStringLiteral("2024-01-05"), QStringLiteral("2024/1/5 7:05"),
        QStringLiteral("2024-12-31T23:59:59.123456789"), QStringLiteral("05.01.2024 12:00:00"),
        QStringLiteral("1/5/2024 7:05:09.5"), QStringLiteral("12-31-2024") };
    std::mt19937 random(11);
    int accepted = 0;
    for (int round = 0; round < 60000; ++round) {
        QString text = seeds.at(int(random() % seeds.size()));
        const int edits = int(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const int pos = int(random() % (text.size() + 1));
            const QChar c = alphabet.at(int(random() % alphabet.size()));
            switch (random() % 3) {
            case 0:
                text.insert(pos, c);
                break;
            case 1:
                if (pos < text.size())
                    text[pos] = c;
                break;
            default:
                if (pos < text.size())
                    text.remove(pos, 1);
            }
        }
        const auto parsed = ValueSyntax::parseTemporal(text);
        QRegularExpressionMatch m = yearFirst.match(text);
        const bool first = m.hasMatch();
        if (!first)
            m = yearLast.match(text);
        ASSERT_EQ(parsed.has_value(), m.hasMatch()) << text.toStdString();
        if (!parsed)
            continue;
        ++accepted;
        ASSERT_EQ(parsed->year, m.captured(first ? 1 : 4).toInt()) << text.toStdString();
        ASSERT_EQ(parsed->first, m.captured(first ? 3 : 1).toInt()) << text.toStdString();
        ASSERT_EQ(parsed->second, m.captured(first ? 4 : 3).toInt()) << text.toStdString();
        ASSERT_EQ(parsed->hasTime, m.hasCaptured(5)) << text.toStdString();
        if (parsed->hasTime) {
            ASSERT_EQ(parsed->hour, m.captured(5).toInt()) << text.toStdString();
            ASSERT_EQ(parsed->minute, m.captured(6).toInt()) << text.toStdString();
            ASSERT_EQ(parsed->secondOfMinute, m.hasCaptured(7) ? m.captured(7).toInt() : 0) << text.toStdString();
            ASSERT_EQ(parsed->fraction, m.captured(8)) << text.toStdString();
        }
        if (!first) {
            ASSERT_EQ(parsed->layout == ValueSyntax::DateLayout::DayFirst, m.captured(2) == u".");
        }
    }
    EXPECT_GT(accepted, 10000); // the mutations keep plenty of valid dates in the mix
}

// Whole-file inference on several cores gives exactly the single-threaded answer: every column sees its values
// in file order across batches (first examples, first offending line, counts), ragged rows included.
TEST(ParallelInference, EqualsTheSequentialPass)
{
    const QStringList headers { QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("day"),
        QStringLiteral("flag"), QStringLiteral("late_text"), QStringLiteral("name") };
    std::mt19937 random(7);
    std::vector<std::vector<std::string>> rows;
    const int count = int(ParallelInference::kBatchRows) * 3 + 123; // several batches and a partial one
    for (int i = 0; i < count; ++i) {
        std::vector<std::string> r { std::to_string(i), std::to_string(random() % 100000) + ".5",
            "2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10), i % 3 ? "yes" : "no",
            i == count - 5 ? "not a number" : std::to_string(i % 50), "n" + std::to_string(random() % 997) };
        if (i % 1000 == 17)
            r[1] = "N/A";
        if (i % 4099 == 5)
            r.pop_back(); // ragged: one field short
        if (i % 5003 == 9)
            r.push_back("surplus");
        rows.push_back(std::move(r));
    }
    auto feed = [&rows](auto&& add) {
        std::vector<std::string_view> views;
        for (size_t i = 0; i < rows.size(); ++i) {
            views.assign(rows[i].begin(), rows[i].end());
            add(views, qint64(i) + 2);
        }
    };
    SchemaInferrer sequential(headers);
    feed([&](const std::vector<std::string_view>& v, qint64 line) { sequential.addRow(v, line); });
    for (int threads : { 1, 2, 3, 6 }) { // 1: one core, tables profiled on the reading thread (addTable)
        SchemaInferrer inferrer(headers);
        if (threads == 1) {
            source::FieldTable table(size_t(headers.size()), ParallelInference::kBatchRows);
            feed([&](const std::vector<std::string_view>& v, qint64 line) {
                table.append(v, line);
                if (table.full()) {
                    inferrer.addTable(table);
                    table.clear();
                }
            });
            inferrer.addTable(table);
        } else {
            ParallelInference parallel(inferrer, threads);
            feed([&](const std::vector<std::string_view>& v, qint64 line) { parallel.addRow(v, line); });
            parallel.finish();
        }
        EXPECT_EQ(inferrer.rowCount(), sequential.rowCount());
        EXPECT_EQ(inferrer.raggedRows(), sequential.raggedRows());
        const QList<InferredColumn> a = sequential.columns();
        const QList<InferredColumn> b = inferrer.columns();
        ASSERT_EQ(a.size(), b.size());
        for (qsizetype c = 0; c < a.size(); ++c) {
            EXPECT_EQ(b[c].type.toSql(), a[c].type.toSql()) << threads << " threads, column " << c;
            EXPECT_EQ(b[c].reason, a[c].reason) << threads << " threads, column " << c;
            EXPECT_EQ(b[c].examples, a[c].examples);
            EXPECT_EQ(b[c].nullCount, a[c].nullCount);
            EXPECT_EQ(b[c].valueCount, a[c].valueCount);
            EXPECT_EQ(b[c].unlikeDorisCount, a[c].unlikeDorisCount);
        }
    }
    EXPECT_TRUE(sequential.columns()[4].reason.contains(QString::number(count - 5 + 2)))
        << "the first text value's line is named: " << sequential.columns()[4].reason.toStdString();
}

TEST(ParallelInference, StopsCleanlyWithoutFinish)
{
    SchemaInferrer inferrer({ QStringLiteral("a") });
    {
        ParallelInference parallel(inferrer, 2);
        const std::vector<std::string_view> row { "1" };
        for (size_t i = 0; i < ParallelInference::kBatchRows * 2; ++i)
            parallel.addRow(row, qint64(i) + 2);
    } // a cancelled scan leaves without finish(): no hang, no crash, nothing counted
    EXPECT_EQ(inferrer.rowCount(), 0);
}

// The quick paths for plain numbers and ISO dates, and the runs a table's column is counted in, count exactly what
// the general classifiers count, in any mix and order of values: integers of every size, decimals (also 1.234, which
// reads two ways), leading zeros, signs, tokens, text, valid and invalid dates and date-times, other date forms and
// padded values.
TEST(ColumnProfiler, QuickPathsEqualTheGeneralPath)
{
    std::mt19937 random(11);
    const std::vector<std::string> odd { "", "N/A", "-", "NULL", "\\N", "#DIV/0!", "yes", "007", "+12345678", " 42",
        "1,234.5", "12%", "2024-07-01", "20240701", "abc", "1e5", "0", "1", "-0", "0.5", "1.234", "999.999", "12.5",
        "123456789012345678", "1234567890123456789", "-9223372036854775808", "00.5", "3.", ".5", "2024-02-30",
        "2023-02-29", "2024-13-01", "2024-07-01 24:00:00", "2024-07-01 23:59:60", "0000-01-01", "2024/07/01",
        "2024-07-01T10:00:00", "2024-07-01 10:00", "2024-07-01 10:00:00.5", "31.12.2024", "2024-7-1" };
    const std::vector<std::string> words { "Lopez", "Z\xC3\xBCrich", "Lyon", " padded", "tail ", "#REF!", "N/A",
        "#hash tag", "12345", "null", "Austin", "NULL  " };
    for (int round = 0; round < 320; ++round) {
        ColumnProfiler quick;
        ColumnProfiler general;
        ColumnProfiler runs; // fed table by table, through addValues()
        source::FieldTable table(1, 1 + round % 53);
        // integers, decimals, mixed, odd-heavy, dates, dates in several forms, text, zeros and ones
        const int mode = round % 8;
        for (int i = 0; i < 300; ++i) {
            std::string v;
            const unsigned pick = random() % 10;
            if (mode == 6) {
                v = words[random() % (pick < 8 ? 2 : words.size())];
            } else if (mode == 7) {
                v = pick == 0 ? "" : random() % 2 ? "1" : "0";
            } else if (mode == 5 && pick < 3) {
                // half of these rounds only switch separators (the legacy date rewrite notices), half add T, Z
                // and fractions
                const char* forms[]
                    = { "2024/07/01", "2024/07/01 10:00:00", "", "2024-07-01T10:00:00Z", "2024-07-01 10:00:00.250" };
                v = forms[random() % ((round / 6) % 2 ? std::size(forms) : 3)];
            } else if (mode == 3 || (pick == 0 && mode != 5 && (round / 8) % 2 == 0)) { // odd rounds: clean columns
                v = odd[random() % odd.size()];
            } else if (mode >= 4 || (mode == 2 && pick == 9)) {
                char date[24];
                std::snprintf(date, sizeof(date), "%04u-%02u-%02u", unsigned(1990 + random() % 40),
                    unsigned(1 + random() % 12), unsigned(1 + random() % ((round / 8) % 2 ? 28 : 31)));
                v = date;
                if (random() % 2) {
                    std::snprintf(date, sizeof(date), " %02u:%02u:%02u", unsigned(random() % 24),
                        unsigned(random() % 60), unsigned(random() % 60));
                    v += date;
                }
            } else if (mode == 0 || (mode == 2 && pick < 5)) {
                v = std::to_string((qint64(random()) - 2147483648LL) / (random() % 3 == 0 ? 1 : 1000));
            } else {
                v = std::to_string(int(random() % 100000) - 500) + "."
                    + std::to_string(random() % ((round / 8) % 2 ? 100 : 1000));
            }
            quick.addValue(std::string_view(v), i + 2);
            general.addValueGeneral(std::string_view(v), i + 2);
            table.append({ std::string_view(v) }, i + 2);
            if (table.full() || i == 299) {
                runs.addValues(table, 0);
                table.clear();
            }
        }
        const InferredColumn a = general.result();
        for (const InferredColumn& b : { quick.result(), runs.result() }) {
            ASSERT_EQ(b.type.toSql(), a.type.toSql()) << "round " << round;
            ASSERT_EQ(b.reason, a.reason) << "round " << round;
            ASSERT_EQ(b.format.toSpec(), a.format.toSpec());
            ASSERT_EQ(b.examples, a.examples);
            ASSERT_EQ(b.nullable, a.nullable);
            ASSERT_EQ(b.valueCount, a.valueCount);
            ASSERT_EQ(b.nullCount, a.nullCount);
            ASSERT_EQ(b.maxBytes, a.maxBytes);
            ASSERT_EQ(b.maxIntegerDigits, a.maxIntegerDigits);
            ASSERT_EQ(b.maxScale, a.maxScale);
            ASSERT_EQ(b.unlikeDorisCount, a.unlikeDorisCount);
            ASSERT_EQ(b.nullWordCount, a.nullWordCount);
            ASSERT_EQ(b.sourceDateFormat, a.sourceDateFormat) << "round " << round;
            ASSERT_EQ(b.offsetCount, a.offsetCount);
            ASSERT_EQ(b.dateOrderAmbiguous, a.dateOrderAmbiguous);
        }
    }
}

// The whole-file pass (records split in place, doubled quotes removed only where a value is read, columns counted in
// runs on several threads) proposes exactly what row-by-row inference over the record reader proposes, on a file
// with quoted names full of doubled quotes, padded and short texts, numbers, dates, gaps and ragged rows.
TEST(FileScan, WholeFilePassEqualsRowByRowInference)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    std::mt19937 random(5);
    std::string csv = "id,name,city,amount,day\r\n";
    const char* cities[] = { "Lyon", "Austin", "Z\xC3\xBCrich", "", "N/A", " Oslo", "#REF!" };
    for (int i = 0; i < 30000; ++i) {
        std::string name = "\"" + std::string(1 + random() % 12, 'a' + char(random() % 26));
        for (unsigned k = random() % 3; k > 0; --k)
            name += " \"\"Max" + std::string(random() % 30, 'x') + "\"\"";
        if (i % 997 == 3)
            name = "\"\"\"quoted start\"\""; // the value starts and ends with a quote
        name += "\"";
        csv += std::to_string(i) + "," + name + "," + cities[random() % (i < 20000 ? 3 : 7)] + ","
            + std::to_string(random() % 100000) + "." + std::to_string(10 + random() % 90) + ",2024-0"
            + std::to_string(1 + random() % 9) + "-1" + std::to_string(random() % 10);
        if (i % 5003 == 11)
            csv += ",surplus";
        csv += "\r\n";
    }
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv.data(), qint64(csv.size()));
    }
    const Result<FileInference> whole = FileScan::infer(path, {});
    ASSERT_TRUE(whole.ok());
    auto reader = source::openTableReader(path, {});
    ASSERT_TRUE(reader.ok());
    SchemaInferrer rowByRow((*reader)->info().columnNames);
    source::RowViews row;
    while (*(*reader)->nextViews(row))
        rowByRow.addRow(row.fields, row.line);
    const QList<InferredColumn> expected = rowByRow.columns();
    ASSERT_EQ(whole->columns.size(), expected.size());
    EXPECT_EQ(whole->rows, rowByRow.rowCount());
    for (qsizetype c = 0; c < expected.size(); ++c) {
        const InferredColumn& a = expected[c];
        const InferredColumn& b = whole->columns[c];
        EXPECT_EQ(b.type.toSql(), a.type.toSql()) << "column " << c;
        EXPECT_EQ(b.reason, a.reason) << "column " << c;
        EXPECT_EQ(b.examples, a.examples) << "column " << c;
        EXPECT_EQ(b.maxBytes, a.maxBytes) << "column " << c;
        EXPECT_EQ(b.valueCount, a.valueCount) << "column " << c;
        EXPECT_EQ(b.nullCount, a.nullCount) << "column " << c;
    }
    EXPECT_TRUE(expected[1].type.toSql().startsWith(QStringLiteral("VARCHAR")));
}
