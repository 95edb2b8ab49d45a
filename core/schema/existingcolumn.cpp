#include "existingcolumn.h"

#include "schematr.h"

namespace dia::schema {

Result<ExistingColumn> ExistingColumn::fromDescRow(const QVariantList& row)
{
    if (row.size() < 4)
        return makeError(QStringLiteral("invalid_desc_row"),
            SchemaText::tr("A DESC row has %n field(s); expected Field, Type, Null, Key, Default, Extra.", nullptr,
                int(row.size())));
    ExistingColumn c;
    c.name = row[0].toString();
    c.typeText = row[1].toString();
    const Result<ColumnType> type = ColumnType::parse(c.typeText);
    if (!type)
        return makeError(QStringLiteral("invalid_desc_row"),
            SchemaText::tr("Column '%1' has a type this program does not understand: %2").arg(c.name, c.typeText));
    c.type = *type;
    const QString null = row[2].toString().trimmed();
    c.nullable = null.compare(u"yes", Qt::CaseInsensitive) == 0 || null.compare(u"true", Qt::CaseInsensitive) == 0;
    const QString key = row[3].toString().trimmed();
    c.key = key.compare(u"true", Qt::CaseInsensitive) == 0 || key.compare(u"yes", Qt::CaseInsensitive) == 0
        || key.compare(u"pri", Qt::CaseInsensitive) == 0;
    if (row.size() > 4 && !row[4].isNull())
        c.defaultValue = row[4].toString();
    if (row.size() > 5)
        c.extra = row[5].toString();
    return c;
}

Result<QList<ExistingColumn>> ExistingColumn::fromDescRows(const QList<QVariantList>& rows)
{
    QList<ExistingColumn> out;
    for (const QVariantList& row : rows) {
        Result<ExistingColumn> c = fromDescRow(row);
        if (!c)
            return c.error();
        out.append(std::move(c).value());
    }
    return out;
}

} // namespace dia::schema
