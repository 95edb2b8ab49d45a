#include "tabledesign.h"

namespace dia::schema {

TableDesign TableDesign::fromInferred(
    const QString& database, const QString& table, const QList<InferredColumn>& columns)
{
    TableDesign d;
    d.database = database;
    d.table = table;
    for (const InferredColumn& c : columns) {
        ColumnDef def;
        def.name = c.name;
        def.type = c.type;
        def.nullable = c.nullable;
        def.comment = c.originalName;
        d.columns.append(def);
    }
    return d;
}

qsizetype TableDesign::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace dia::schema
