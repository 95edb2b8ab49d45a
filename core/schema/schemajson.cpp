#include "schemajson.h"

namespace dia::schema {

QJsonObject SchemaJson::column(const InferredColumn& c)
{
    QJsonObject o {
        { QStringLiteral("name"), c.name },
        { QStringLiteral("original_name"), c.originalName },
        { QStringLiteral("type"), c.type.toSql() },
        { QStringLiteral("nullable"), c.nullable },
        { QStringLiteral("reason"), c.reason },
        { QStringLiteral("examples"), QJsonArray::fromStringList(c.examples) },
        { QStringLiteral("value_count"), c.valueCount },
        { QStringLiteral("null_count"), c.nullCount },
        { QStringLiteral("max_bytes"), c.maxBytes },
    };
    if (!c.nameReason.isEmpty())
        o.insert(QStringLiteral("name_reason"), c.nameReason);
    if (!c.sourceDateFormat.isEmpty())
        o.insert(QStringLiteral("source_date_format"), c.sourceDateFormat);
    if (c.dateOrderAmbiguous)
        o.insert(QStringLiteral("date_order_ambiguous"), true);
    if (c.format.kind != ValueFormat::Kind::Text) {
        o.insert(QStringLiteral("format"), c.format.toSpec());
        o.insert(QStringLiteral("format_description"), c.format.describe());
    }
    if (c.nullTokenCount > 0)
        o.insert(QStringLiteral("null_token_count"), c.nullTokenCount);
    if (c.errorCount > 0)
        o.insert(QStringLiteral("error_count"), c.errorCount);
    if (c.offsetCount > 0)
        o.insert(QStringLiteral("offset_count"), c.offsetCount);
    return o;
}

QJsonArray SchemaJson::columns(const QList<InferredColumn>& columns)
{
    QJsonArray a;
    for (const InferredColumn& c : columns)
        a.append(column(c));
    return a;
}

QJsonArray SchemaJson::designColumns(const TableDesign& design)
{
    QJsonArray a;
    for (const ColumnDef& c : design.columns) {
        a.append(QJsonObject {
            { QStringLiteral("name"), c.name },
            { QStringLiteral("type"), c.type.toSql() },
            { QStringLiteral("nullable"), c.nullable },
            { QStringLiteral("key"), design.keyColumns.contains(c.name) },
            { QStringLiteral("comment"), c.comment },
        });
    }
    return a;
}

QString SchemaJson::effectName(PreflightEffect effect)
{
    switch (effect) {
    case PreflightEffect::Filtered:
        return QStringLiteral("filtered");
    case PreflightEffect::Nulled:
        return QStringLiteral("null");
    case PreflightEffect::Truncated:
        return QStringLiteral("truncated");
    case PreflightEffect::Altered:
        return QStringLiteral("altered");
    }
    return {};
}

namespace {

QJsonObject reasonJson(const PreflightReason& r)
{
    QJsonArray examples;
    for (const PreflightExample& e : r.examples)
        examples.append(QJsonObject { { QStringLiteral("line"), e.line }, { QStringLiteral("value"), e.value } });
    return QJsonObject {
        { QStringLiteral("code"), r.code },
        { QStringLiteral("effect"), SchemaJson::effectName(r.effect) },
        { QStringLiteral("message"), r.message },
        { QStringLiteral("count"), r.count },
        { QStringLiteral("examples"), examples },
    };
}

} // namespace

QJsonObject SchemaJson::preflight(const PreflightReport& report)
{
    QJsonArray columns;
    for (const ColumnPrediction& c : report.columns) {
        QJsonArray reasons;
        for (const PreflightReason& r : c.reasons)
            reasons.append(reasonJson(r));
        columns.append(QJsonObject {
            { QStringLiteral("name"), c.name },
            { QStringLiteral("type"), c.type.toSql() },
            { QStringLiteral("nullable"), c.nullable },
            { QStringLiteral("filtered_rows"), c.filteredRows },
            { QStringLiteral("nulled_values"), c.nulledValues },
            { QStringLiteral("truncated_values"), c.truncatedValues },
            { QStringLiteral("null_values"), c.nullValues },
            { QStringLiteral("altered_values"), c.alteredValues },
            { QStringLiteral("unconvertible_values"), c.unconvertible },
            { QStringLiteral("reasons"), reasons },
        });
    }
    QJsonObject o {
        { QStringLiteral("total_rows"), report.totalRows },
        { QStringLiteral("loaded_rows"), report.loadedRows },
        { QStringLiteral("filtered_rows"), report.filteredRows },
        { QStringLiteral("filter_ratio"), report.filterRatio },
        { QStringLiteral("max_filter_ratio"), report.maxFilterRatio },
        { QStringLiteral("strict_mode"), report.strictMode },
        { QStringLiteral("pass"), report.pass },
        { QStringLiteral("complete"), report.complete },
        { QStringLiteral("columns"), columns },
    };
    if (report.columnCount.count > 0)
        o.insert(QStringLiteral("column_count"), reasonJson(report.columnCount));
    return o;
}

} // namespace dia::schema
