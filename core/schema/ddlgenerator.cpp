#include "ddlgenerator.h"

#include "identifiercleaner.h"
#include "schematr.h"
#include "sqltext.h"

#include <QSet>

namespace dia::schema {

namespace {

QString keyTypeError(const ColumnDef& c)
{
    switch (c.type.kind) {
    case TypeKind::Float:
    case TypeKind::Double:
        return SchemaText::tr("Float or double can not used as a key, use decimal instead.");
    case TypeKind::String:
        return SchemaText::tr("String Type should not be used in key column[%1].").arg(c.name);
    case TypeKind::Json:
        return SchemaText::tr("JsonType type should not be used in key column[%1].").arg(c.name);
    default:
        return SchemaText::tr("Key column can not set complex type:%1").arg(c.name);
    }
}

QString joinBackquoted(const QStringList& names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString& n : names)
        quoted.append(backquote(n));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

Result<TableDesign> DdlGenerator::arrange(TableDesign design, QStringList* notes)
{
    auto note = [notes](const QString& text) {
        if (notes)
            notes->append(text);
    };
    if (design.columns.isEmpty())
        return makeError(QStringLiteral("no_columns"), SchemaText::tr("The table has no columns."),
            SchemaText::tr("Check the file's header and delimiter."));

    if (design.keyColumns.isEmpty()) {
        if (design.model == DataModel::Unique)
            return makeError(QStringLiteral("unique_without_key"),
                SchemaText::tr("A UNIQUE KEY table needs at least one key column."),
                SchemaText::tr("Choose the column(s) that identify a row, or use the DUPLICATE KEY model."));
        qsizetype candidate = -1;
        for (qsizetype i = 0; i < design.columns.size(); ++i) {
            if (design.columns[i].type.canBeKey()) {
                candidate = i;
                break;
            }
        }
        if (candidate < 0)
            return makeError(QStringLiteral("no_key_candidate"),
                SchemaText::tr("No column can be a sort key: FLOAT, DOUBLE and STRING columns cannot be keys."),
                SchemaText::tr("Change one column to VARCHAR, DECIMAL or an integer type."));
        design.keyColumns = QStringList { design.columns[candidate].name };
        if (candidate > 0)
            note(SchemaText::tr("'%1' moved to the front to be the sort key: the columns before it cannot be keys")
                     .arg(design.columns[candidate].name));
    }

    QSet<QString> seen;
    QList<ColumnDef> keys;
    for (const QString& key : std::as_const(design.keyColumns)) {
        const qsizetype index = design.indexOf(key);
        if (index < 0)
            return makeError(QStringLiteral("unknown_key_column"),
                SchemaText::tr("Key column[%1] doesn't exist.").arg(key),
                SchemaText::tr("Pick key columns among the table's columns."));
        const QString lower = design.columns[index].name.toLower();
        if (seen.contains(lower))
            return makeError(
                QStringLiteral("duplicate_key_column"), SchemaText::tr("Key column[%1] is given twice.").arg(key));
        seen.insert(lower);
        keys.append(design.columns[index]);
    }
    QList<ColumnDef> ordered = keys;
    for (const ColumnDef& c : std::as_const(design.columns)) {
        if (!seen.contains(c.name.toLower()))
            ordered.append(c);
    }
    bool moved = false;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered[i].name != design.columns[i].name)
            moved = true;
    }
    QStringList keyNames;
    for (const ColumnDef& k : std::as_const(keys))
        keyNames.append(k.name);
    if (moved)
        note(SchemaText::tr("key columns moved to the front in key order (%1): Doris requires keys to be the first "
                            "columns; the load maps file columns by name")
                 .arg(keyNames.join(QStringLiteral(", "))));
    design.columns = ordered;
    design.keyColumns = keyNames;
    return design;
}

Status DdlGenerator::validate(const TableDesign& design)
{
    if (!design.database.isEmpty()) {
        if (const Status s = IdentifierCleaner::validateDatabaseName(design.database); !s)
            return s;
    }
    if (const Status s = IdentifierCleaner::validateTableName(design.table); !s)
        return s;
    if (design.columns.isEmpty())
        return makeError(QStringLiteral("no_columns"), SchemaText::tr("The table has no columns."));
    QSet<QString> names;
    const NameRule rule = needsUnicodeNames(design) ? NameRule::Unicode : NameRule::Ascii;
    for (const ColumnDef& c : design.columns) {
        if (const Status s = IdentifierCleaner::validateColumnName(c.name, rule); !s)
            return s;
        if (names.contains(c.name.toLower()))
            return makeError(QStringLiteral("duplicate_column"),
                SchemaText::tr("Duplicate column name '%1'").arg(c.name), SchemaText::tr("Rename one of the columns."));
        names.insert(c.name.toLower());
        if (const Status s = c.type.validate(); !s) {
            Error e = s.error();
            e.message = SchemaText::tr("Column '%1': %2").arg(c.name, e.message);
            return e;
        }
        if (c.type.kind == TypeKind::Other)
            return makeError(QStringLiteral("unsupported_type"),
                SchemaText::tr("Column '%1': type %2 cannot be loaded from a file by this program.")
                    .arg(c.name, c.type.otherName));
        if (!c.nullable && c.defaultValue && c.defaultValue->isNull())
            return makeError(QStringLiteral("invalid_default"),
                SchemaText::tr("Can not set null default value to non nullable column: %1").arg(c.name));
    }
    if (design.model == DataModel::Unique && design.keyColumns.isEmpty())
        return makeError(
            QStringLiteral("unique_without_key"), SchemaText::tr("A UNIQUE KEY table needs at least one key column."));
    for (qsizetype i = 0; i < design.keyColumns.size(); ++i) {
        const qsizetype index = design.indexOf(design.keyColumns[i]);
        if (index < 0)
            return makeError(QStringLiteral("unknown_key_column"),
                SchemaText::tr("Key column[%1] doesn't exist.").arg(design.keyColumns[i]));
        if (index != i)
            return makeError(QStringLiteral("key_not_prefix"),
                SchemaText::tr(
                    "Key columns should be a ordered prefix of the schema. KeyColumns[%1] (starts from zero) "
                    "is %2, but corresponding column is %3 in the previous columns declaration.")
                    .arg(i)
                    .arg(design.keyColumns[i], design.columns[i].name),
                SchemaText::tr("Put the key columns first, in key order."));
        if (!design.columns[index].type.canBeKey())
            return makeError(QStringLiteral("invalid_key_type"), keyTypeError(design.columns[index]),
                SchemaText::tr("Use VARCHAR(n) for text keys and DECIMAL for fractional keys."));
    }
    const QStringList hash = design.distributionColumns.isEmpty() ? design.keyColumns : design.distributionColumns;
    for (const QString& h : hash) {
        const qsizetype index = design.indexOf(h);
        if (index < 0)
            return makeError(QStringLiteral("unknown_distribution_column"),
                SchemaText::tr("Distribution column[%1] is not found.").arg(h));
        if (design.model == DataModel::Unique && index >= design.keyColumns.size())
            return makeError(QStringLiteral("distribution_not_key"),
                SchemaText::tr("Distribution column[%1] is not key column").arg(h),
                SchemaText::tr("UNIQUE KEY tables must be distributed by key columns."));
    }
    if (design.buckets < 0)
        return makeError(
            QStringLiteral("invalid_buckets"), SchemaText::tr("Number of buckets must be positive or AUTO."));
    if (design.replicationNum < 1)
        return makeError(QStringLiteral("invalid_replication"), SchemaText::tr("replication_num must be at least 1."));
    return {};
}

QString DdlGenerator::createTable(const TableDesign& design)
{
    QString sql = QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (\n").arg(qualifiedName(design.database, design.table));
    for (qsizetype i = 0; i < design.columns.size(); ++i) {
        const ColumnDef& c = design.columns[i];
        QString line = QStringLiteral("  ") + backquote(c.name) + QLatin1Char(' ') + c.type.toSql()
            + (c.nullable ? QStringLiteral(" NULL") : QStringLiteral(" NOT NULL"));
        if (c.defaultValue)
            line += c.defaultValue->isNull() ? QStringLiteral(" DEFAULT NULL")
                                             : QStringLiteral(" DEFAULT ") + sqlString(*c.defaultValue);
        if (!c.comment.isEmpty())
            line += QStringLiteral(" COMMENT ") + sqlString(c.comment);
        if (i + 1 < design.columns.size())
            line += QLatin1Char(',');
        sql += line + QLatin1Char('\n');
    }
    sql += QStringLiteral(")\nENGINE=OLAP\n");
    const QString keyword
        = design.model == DataModel::Unique ? QStringLiteral("UNIQUE KEY") : QStringLiteral("DUPLICATE KEY");
    if (!design.keyColumns.isEmpty())
        sql += keyword + QLatin1Char('(') + joinBackquoted(design.keyColumns) + QStringLiteral(")\n");
    if (!design.comment.isEmpty())
        sql += QStringLiteral("COMMENT ") + sqlString(design.comment) + QLatin1Char('\n');
    const QStringList hash = design.distributionColumns.isEmpty() ? design.keyColumns : design.distributionColumns;
    const QString buckets = design.buckets > 0 ? QString::number(design.buckets) : QStringLiteral("AUTO");
    if (hash.isEmpty())
        sql += QStringLiteral("DISTRIBUTED BY RANDOM BUCKETS %1\n").arg(buckets);
    else
        sql += QStringLiteral("DISTRIBUTED BY HASH(%1) BUCKETS %2\n").arg(joinBackquoted(hash), buckets);
    QStringList props;
    props.append(QStringLiteral("  \"replication_num\" = ") + sqlDoubleQuoted(QString::number(design.replicationNum)));
    if (design.model == DataModel::Unique)
        props.append(QStringLiteral("  \"enable_unique_key_merge_on_write\" = \"true\""));
    for (const auto& p : design.properties)
        props.append(
            QStringLiteral("  ") + sqlDoubleQuoted(p.first) + QStringLiteral(" = ") + sqlDoubleQuoted(p.second));
    sql += QStringLiteral("PROPERTIES (\n") + props.join(QStringLiteral(",\n")) + QStringLiteral("\n);\n");
    return sql;
}

bool DdlGenerator::needsUnicodeNames(const TableDesign& design)
{
    for (const ColumnDef& c : design.columns) {
        if (IdentifierCleaner::isNonAscii(c.name))
            return true;
    }
    return false;
}

QStringList DdlGenerator::sessionStatements(const TableDesign& design)
{
    if (!needsUnicodeNames(design))
        return {};
    return { QStringLiteral("SET enable_unicode_name_support = true") };
}

QString DdlGenerator::createScript(const TableDesign& design)
{
    QString script;
    for (const QString& statement : sessionStatements(design))
        script += statement + QStringLiteral(";\n");
    return script + createTable(design);
}

} // namespace dia::schema
