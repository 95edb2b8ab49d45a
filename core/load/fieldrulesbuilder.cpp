#include "fieldrulesbuilder.h"

namespace dia::load {

source::FieldRules makeFieldRules(const QStringList& targets, const QList<doris::ColumnInfo>& table, bool emptyAsString)
{
    source::FieldRules rules;
    for (const QString& target : targets) {
        source::FieldRule rule;
        for (const doris::ColumnInfo& column : table) {
            if (!target.isEmpty() && column.name.compare(target, Qt::CaseInsensitive) == 0)
                rule.emptyToNull = column.nullable && !emptyAsString;
        }
        rules.columns.append(rule);
    }
    return rules;
}

QStringList positionalTargets(int fileColumns, const QList<doris::ColumnInfo>& table)
{
    QStringList targets;
    for (int i = 0; i < fileColumns; ++i)
        targets.append(i < table.size() ? table.at(i).name : QString());
    return targets;
}

} // namespace dia::load
