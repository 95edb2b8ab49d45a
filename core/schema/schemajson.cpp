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

} // namespace dia::schema
