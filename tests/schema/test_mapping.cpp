// Mapping file columns onto an existing table and the Stream Load `columns` header.
#include "csvfixture.h"

#include "schema/columnmapper.h"
#include "schema/schemainferrer.h"

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::schema;

namespace {

QList<InferredColumn> inferCsv(const char* text)
{
    const test::CsvFixture csv = test::parseCsv(QString::fromUtf8(text));
    SchemaInferrer inferrer(csv.header);
    for (const auto& row : csv.rows)
        inferrer.addRow(row.fields, row.line);
    return inferrer.columns();
}

QVariantList descRow(const char* field, const char* type, const char* null, const char* key, const char* def = nullptr)
{
    return QVariantList { QString::fromUtf8(field), QString::fromUtf8(type), QString::fromUtf8(null),
        QString::fromUtf8(key), def ? QVariant(QString::fromUtf8(def)) : QVariant(), QStringLiteral("NONE") };
}

QList<ExistingColumn> table(const QList<QVariantList>& rows)
{
    const Result<QList<ExistingColumn>> r = ExistingColumn::fromDescRows(rows);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : QList<ExistingColumn> {};
}

QStringList codes(const ColumnMapping& m)
{
    QStringList out;
    for (const MappingIssue& i : m.issues)
        out.append(i.code + QLatin1Char(':') + i.column);
    return out;
}

} // namespace

TEST(ExistingColumns, ParsesDescRows)
{
    const Result<ExistingColumn> c = ExistingColumn::fromDescRow(descRow("k1", "DECIMALV3(9, 0)", "No", "true", "0"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->type.toSql(), u"DECIMAL(9,0)");
    EXPECT_FALSE(c->nullable);
    EXPECT_TRUE(c->key);
    EXPECT_EQ(c->defaultValue, std::optional<QString>(QStringLiteral("0")));
    const Result<ExistingColumn> n = ExistingColumn::fromDescRow(descRow("v", "varchar(20)", "Yes", "false"));
    ASSERT_TRUE(n.ok());
    EXPECT_TRUE(n->nullable);
    EXPECT_FALSE(n->defaultValue.has_value());
    const Result<ExistingColumn> bad = ExistingColumn::fromDescRow({ QStringLiteral("x") });
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, u"invalid_desc_row");
}

TEST(Mapping, MatchesByNameIgnoringCaseAndSpacingAndSkipsExtras)
{
    const auto file = inferCsv("Customer Name,Extra,ORDER_ID,amount\nann,x,1,2.5\nbob,y,2,3.25\n");
    const auto t = table({ descRow("order_id", "INT", "No", "true"),
        descRow("customer_name", "VARCHAR(32)", "Yes", "false"), descRow("amount", "DECIMAL(10,2)", "Yes", "false") });
    const ColumnMapping m = ColumnMapper::map(file, t);
    ASSERT_EQ(m.entries.size(), 4);
    EXPECT_EQ(m.entries[0].target, u"customer_name");
    EXPECT_EQ(m.entries[0].how, MatchKind::ByName);
    EXPECT_EQ(m.entries[1].how, MatchKind::Skipped);
    EXPECT_EQ(m.entries[2].target, u"order_id");
    EXPECT_TRUE(m.issues.isEmpty()) << codes(m).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(m.columnsHeader, u"`customer_name`,`__skip_2`,`order_id`,`amount`");
    EXPECT_FALSE(m.hasErrors());
}

TEST(Mapping, FallsBackToPositionWhenNoNameMatches)
{
    const auto file = inferCsv("c1,c2\n1,a\n");
    const auto t = table({ descRow("id", "INT", "No", "true"), descRow("name", "VARCHAR(10)", "Yes", "false"),
        descRow("note", "VARCHAR(10)", "Yes", "false") });
    const ColumnMapping m = ColumnMapper::map(file, t);
    EXPECT_EQ(m.entries[0].target, u"id");
    EXPECT_EQ(m.entries[0].how, MatchKind::ByPosition);
    EXPECT_EQ(m.entries[1].target, u"name");
    EXPECT_EQ(
        codes(m), (QStringList { QStringLiteral("matched_by_position:"), QStringLiteral("left_to_default:note") }));
    EXPECT_EQ(m.columnsHeader, u"`id`,`name`");

    const ColumnMapping never = ColumnMapper::map(file, t, PositionFallback::Never);
    EXPECT_EQ(never.entries[0].how, MatchKind::Skipped);
    EXPECT_TRUE(never.hasErrors()); // id is NOT NULL without default
}

TEST(Mapping, FlagsTypeConflictsLengthsAndNulls)
{
    const auto file
        = inferCsv("id,name,qty,price,day\n1,abcdefghijklmnopqrstuvwxyz,100000,1234.567,2024-01-01 10:00:00\n"
                   "x,b,,2.5,2024-01-02 11:00:00\n");
    const auto t = table({ descRow("id", "INT", "No", "true"), descRow("name", "VARCHAR(10)", "Yes", "false"),
        descRow("qty", "SMALLINT", "No", "false"), descRow("price", "DECIMAL(5,2)", "Yes", "false"),
        descRow("day", "DATE", "Yes", "false") });
    const ColumnMapping m = ColumnMapper::map(file, t);
    EXPECT_EQ(codes(m),
        (QStringList { QStringLiteral("type_conflict:id"), QStringLiteral("too_long:name"),
            QStringLiteral("nulls_into_not_null:qty"), QStringLiteral("may_overflow:qty"),
            QStringLiteral("may_overflow:price"), QStringLiteral("time_dropped:day") }));
    EXPECT_TRUE(m.hasErrors());
    EXPECT_EQ(m.issues[1].message,
        u"file column 'name' has values up to 26 bytes but 'name' is VARCHAR(10): longer values are cut (strict mode: "
        u"the rows are filtered)");
}

TEST(Mapping, MissingNotNullColumnWithoutDefaultIsAnError)
{
    const auto file = inferCsv("name\nann\n");
    const auto t = table({ descRow("id", "INT", "No", "true"), descRow("name", "VARCHAR(10)", "Yes", "false"),
        descRow("created", "DATETIME", "No", "false", "CURRENT_TIMESTAMP") });
    const ColumnMapping m = ColumnMapper::map(file, t);
    EXPECT_EQ(
        codes(m), (QStringList { QStringLiteral("missing_required:id"), QStringLiteral("left_to_default:created") }));
    EXPECT_EQ(m.unmappedTargets, (QStringList { QStringLiteral("id"), QStringLiteral("created") }));
    EXPECT_EQ(m.issues[0].message,
        u"'id' is NOT NULL without a default and no file column feeds it: every row would be filtered");
}

TEST(Mapping, ManualEntriesExpressionsAndHostileNames)
{
    const auto file = inferCsv("when,x`y\n03/04/2024,1\n");
    const auto t = table({ descRow("d", "DATE", "Yes", "true"), descRow("a`b", "INT", "Yes", "false"),
        descRow("__skip_1", "INT", "Yes", "false") });
    QList<MappingEntry> entries { { 0, QStringLiteral("when"), QStringLiteral("d"), MatchKind::Manual,
                                      ColumnMapper::dateExpression(file[0].sourceDateFormat, false) },
        { 1, QStringLiteral("x`y"), QStringLiteral("A`B"), MatchKind::Manual, QString() } };
    ColumnMapping m = ColumnMapper::check(entries, file, t);
    EXPECT_EQ(m.columnsHeader, u"`__src_1`,`a``b`,`d`=str_to_date(`__src_1`, '%m/%d/%Y')");
    entries[1].target.clear();
    m = ColumnMapper::check(entries, file, t);
    // The placeholder avoids the table's own `__skip_1`... and every other table column name.
    EXPECT_EQ(m.columnsHeader, u"`__src_1`,`__skip_2`,`d`=str_to_date(`__src_1`, '%m/%d/%Y')");
    entries[0].expression.clear();
    entries[1].target = QStringLiteral("d");
    entries[0].target = QStringLiteral("zz");
    m = ColumnMapper::check(entries, file, t);
    EXPECT_EQ(codes(m).first(), u"unknown_column:zz");
}

TEST(Mapping, DateExpressions)
{
    EXPECT_EQ(
        ColumnMapper::dateExpression(QStringLiteral("DD.MM.YYYY"), true), u"str_to_date({src}, '%d.%m.%Y %H:%i:%s')");
    EXPECT_EQ(ColumnMapper::dateExpression(QString(), false), QString());
}
