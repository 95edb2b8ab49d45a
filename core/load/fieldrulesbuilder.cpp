#include "fieldrulesbuilder.h"

namespace dia::load {

namespace {

const doris::ColumnInfo* columnNamed(const QList<doris::ColumnInfo>& table, const QString& name)
{
    for (const doris::ColumnInfo& column : table) {
        if (!name.isEmpty() && column.name.compare(name, Qt::CaseInsensitive) == 0)
            return &column;
    }
    return nullptr;
}

/// A schema converter seen by the chunk bodies as a value transform.
class ConverterTransform final : public source::ValueTransform
{
public:
    explicit ConverterTransform(std::shared_ptr<const schema::ValueConverter> converter)
        : m_converter(std::move(converter))
    { }
    Outcome apply(std::string_view value, std::string& out) const override
    {
        switch (m_converter->convert(value, out)) {
        case schema::ValueConverter::Outcome::Keep:
            return Outcome::Keep;
        case schema::ValueConverter::Outcome::Null:
            return Outcome::Null;
        case schema::ValueConverter::Outcome::Rewritten:
        case schema::ValueConverter::Outcome::Invalid: // `out` is what Doris reports as a failed conversion
            return Outcome::Replace;
        }
        return Outcome::Keep;
    }

private:
    std::shared_ptr<const schema::ValueConverter> m_converter;
};

} // namespace

void addConversions(source::FieldRules& rules, QList<schema::InferredColumn> columns, const QStringList& targets,
    const QList<doris::ColumnInfo>& table, const schema::ConversionOptions& options)
{
    for (qsizetype i = 0; i < columns.size() && i < targets.size(); ++i) {
        const doris::ColumnInfo* target = columnNamed(table, targets.at(i));
        if (!target)
            continue; // not loaded
        schema::InferredColumn& column = columns[i];
        while (rules.columns.size() <= i)
            rules.columns.append(source::FieldRule {});
        const Result<schema::ColumnType> type = schema::ColumnType::parse(target->type);
        // values Doris reads as meant go as written, so their chunks keep the byte-range paths
        if (type && schema::readsAsWritten(column, *type))
            continue;
        if (type)
            column.type = *type;
        column.nullable = target->nullable;
        auto converter = schema::makeConverter(column, options);
        if (!converter)
            continue;
        source::FieldRule& rule = rules.columns[i];
        rule.transform = std::make_shared<ConverterTransform>(std::move(converter));
        rule.spec = column.type.toSql() + QLatin1Char('|') + column.format.toSpec() + QLatin1Char('|')
            + options.timezone + (options.emptyAsString ? QStringLiteral("|empty") : QString());
    }
}

source::FieldRules makeFieldRules(const QStringList& targets, const QList<doris::ColumnInfo>& table, bool emptyAsString)
{
    source::FieldRules rules;
    for (const QString& target : targets) {
        source::FieldRule rule;
        if (const doris::ColumnInfo* column = columnNamed(table, target))
            rule.emptyToNull = column->nullable && !emptyAsString;
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
