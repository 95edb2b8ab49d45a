#include "columnmapper.h"

#include "identifiercleaner.h"
#include "schematr.h"
#include "sqltext.h"

#include <QHash>
#include <QSet>

namespace dia::schema {

namespace {

void add(QList<MappingIssue>& issues, IssueSeverity severity, const char* code, const QString& column,
    const QString& message)
{
    issues.append(MappingIssue { severity, QString::fromLatin1(code), column, message });
}

/// Whether values inferred as `from` load into `to` unchanged; issues otherwise.
void checkFit(const InferredColumn& from, const ExistingColumn& to, QList<MappingIssue>& issues)
{
    const ColumnType& f = from.type;
    const ColumnType& t = to.type;
    const QString& name = to.name;
    const QString conflict
        = SchemaText::tr("file column '%1' (%2) into %3 column '%4': values that do not convert become "
                         "NULL (strict mode: the rows are filtered)")
              .arg(from.originalName, f.toSql(), t.toSql(), name);
    if (from.nullable && !to.nullable)
        add(issues, IssueSeverity::Error, "nulls_into_not_null", name,
            SchemaText::tr(
                "file column '%1' has %n empty or null cell(s) but '%2' is NOT NULL: those rows are filtered", nullptr,
                int(from.nullCount))
                .arg(from.originalName, name));
    if (from.valueCount == 0)
        return;
    if (t.kind == TypeKind::Other) {
        add(issues, IssueSeverity::Error, "unsupported_type", name,
            SchemaText::tr("'%1' is %2, which cannot be loaded from a text file").arg(name, t.otherName));
        return;
    }
    if (t.isText()) {
        const qint64 limit = t.kind == TypeKind::String ? 1048576 : t.length;
        if (from.maxBytes > limit)
            add(issues, IssueSeverity::Error, "too_long", name,
                SchemaText::tr("file column '%1' has values up to %2 bytes but '%3' is %4: longer values are cut "
                               "(strict mode: the rows are filtered)")
                    .arg(from.originalName)
                    .arg(from.maxBytes)
                    .arg(name, t.toSql()));
        return;
    }
    if (t.isInteger()) {
        if (!f.isInteger() && f.kind != TypeKind::Boolean) {
            add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
        } else if (f.kind == TypeKind::Boolean) {
            add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
        } else if (int(f.kind) > int(t.kind)) {
            add(issues, IssueSeverity::Error, "may_overflow", name,
                SchemaText::tr(
                    "file column '%1' has values that need %2 but '%3' is %4: they become NULL (strict mode: "
                    "the rows are filtered)")
                    .arg(from.originalName, f.toSql(), name, t.toSql()));
        }
        return;
    }
    if (t.kind == TypeKind::Decimal) {
        if (!f.isInteger() && f.kind != TypeKind::Decimal) {
            add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
            return;
        }
        if (from.maxIntegerDigits > t.precision - t.scale)
            add(issues, IssueSeverity::Error, "may_overflow", name,
                SchemaText::tr(
                    "file column '%1' has numbers with %2 digits before the point but '%3' is %4: they become "
                    "NULL (strict mode: the rows are filtered)")
                    .arg(from.originalName)
                    .arg(from.maxIntegerDigits)
                    .arg(name, t.toSql()));
        else if (from.maxScale > t.scale)
            add(issues, IssueSeverity::Warning, "rounded", name,
                SchemaText::tr("file column '%1' has %2 decimals, '%3' keeps %4: values are rounded")
                    .arg(from.originalName)
                    .arg(from.maxScale)
                    .arg(name)
                    .arg(t.scale));
        return;
    }
    if (t.kind == TypeKind::Float || t.kind == TypeKind::Double) {
        if (!f.isNumeric())
            add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
        return;
    }
    if (t.kind == TypeKind::Boolean) {
        const bool zeroOne = f.kind == TypeKind::TinyInt && from.maxIntegerDigits <= 1;
        if (f.kind != TypeKind::Boolean && !zeroOne)
            add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
        return;
    }
    if (t.isTemporal()) {
        if (!f.isTemporal()) {
            add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
            return;
        }
        if (t.kind == TypeKind::Date && f.kind == TypeKind::DateTime)
            add(issues, IssueSeverity::Warning, "time_dropped", name,
                SchemaText::tr("file column '%1' has times but '%2' is DATE: the time part is dropped")
                    .arg(from.originalName, name));
        else if (t.kind == TypeKind::DateTime && f.kind == TypeKind::DateTime && f.scale > t.scale)
            add(issues, IssueSeverity::Warning, "rounded", name,
                SchemaText::tr("file column '%1' has %2 fractional second digits, '%3' keeps %4: values are rounded")
                    .arg(from.originalName)
                    .arg(f.scale)
                    .arg(name)
                    .arg(t.scale));
        return;
    }
    if (t.kind == TypeKind::Json && !f.isText())
        add(issues, IssueSeverity::Error, "type_conflict", name, conflict);
}

qsizetype findTarget(const QList<ExistingColumn>& table, const QString& name)
{
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (table[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

bool ColumnMapping::hasErrors() const
{
    for (const MappingIssue& i : issues) {
        if (i.severity == IssueSeverity::Error)
            return true;
    }
    return false;
}

ColumnMapping ColumnMapper::map(
    const QList<InferredColumn>& file, const QList<ExistingColumn>& table, PositionFallback fallback)
{
    QHash<QString, qsizetype> targetByKey;
    for (qsizetype i = 0; i < table.size(); ++i)
        targetByKey.insert(IdentifierCleaner::matchKey(table[i].name), i);

    QList<MappingEntry> entries;
    QSet<qsizetype> used;
    QList<MappingIssue> nameIssues;
    for (qsizetype i = 0; i < file.size(); ++i) {
        MappingEntry e;
        e.fileIndex = int(i);
        e.fileColumn = file[i].originalName;
        qsizetype target = targetByKey.value(IdentifierCleaner::matchKey(file[i].originalName), -1);
        if (target < 0)
            target = targetByKey.value(IdentifierCleaner::matchKey(file[i].name), -1);
        if (target >= 0 && used.contains(target)) {
            add(nameIssues, IssueSeverity::Warning, "duplicate_match", table[target].name,
                SchemaText::tr("file column '%1' also matches '%2', which an earlier column feeds; it is skipped")
                    .arg(file[i].originalName, table[target].name));
            target = -1;
        }
        if (target >= 0) {
            used.insert(target);
            e.target = table[target].name;
            e.how = MatchKind::ByName;
        }
        entries.append(e);
    }
    if (used.isEmpty() && fallback == PositionFallback::WhenNoNameMatches) {
        for (MappingEntry& e : entries) {
            if (e.fileIndex < table.size()) {
                e.target = table[e.fileIndex].name;
                e.how = MatchKind::ByPosition;
            }
        }
    }
    ColumnMapping m = check(entries, file, table);
    m.issues = nameIssues + m.issues;
    bool byPosition = false;
    for (const MappingEntry& e : std::as_const(m.entries))
        byPosition = byPosition || e.how == MatchKind::ByPosition;
    if (byPosition)
        m.issues.prepend(MappingIssue { IssueSeverity::Warning, QStringLiteral("matched_by_position"), QString(),
            SchemaText::tr("no file column name matches a table column, so columns are matched by position; check the "
                           "mapping") });
    return m;
}

ColumnMapping ColumnMapper::check(
    const QList<MappingEntry>& entries, const QList<InferredColumn>& file, const QList<ExistingColumn>& table)
{
    ColumnMapping m;
    m.entries = entries;
    QSet<qsizetype> fed;
    for (MappingEntry& e : m.entries) {
        if (e.target.isEmpty()) {
            e.how = MatchKind::Skipped;
            continue;
        }
        const qsizetype t = findTarget(table, e.target);
        if (t < 0) {
            add(m.issues, IssueSeverity::Error, "unknown_column", e.target,
                SchemaText::tr("the table has no column '%1'").arg(e.target));
            continue;
        }
        e.target = table[t].name;
        if (fed.contains(t)) {
            add(m.issues, IssueSeverity::Error, "duplicate_target", e.target,
                SchemaText::tr("two file columns feed '%1'").arg(e.target));
            continue;
        }
        fed.insert(t);
        if (e.expression.isEmpty() && e.fileIndex >= 0 && e.fileIndex < file.size())
            checkFit(file[e.fileIndex], table[t], m.issues);
    }
    for (qsizetype t = 0; t < table.size(); ++t) {
        if (fed.contains(t))
            continue;
        m.unmappedTargets.append(table[t].name);
        if (!table[t].canBeOmitted())
            add(m.issues, IssueSeverity::Error, "missing_required", table[t].name,
                SchemaText::tr("'%1' is NOT NULL without a default and no file column feeds it: every row would be "
                               "filtered")
                    .arg(table[t].name));
        else
            add(m.issues, IssueSeverity::Warning, "left_to_default", table[t].name,
                table[t].defaultValue
                    ? SchemaText::tr("no file column feeds '%1'; it gets its default").arg(table[t].name)
                    : SchemaText::tr("no file column feeds '%1'; it stays NULL").arg(table[t].name));
    }
    m.columnsHeader = columnsHeader(m.entries, table);
    return m;
}

QString ColumnMapper::columnsHeader(const QList<MappingEntry>& entries, const QList<ExistingColumn>& table)
{
    QSet<QString> taken;
    for (const ExistingColumn& c : table)
        taken.insert(c.name.toLower());
    auto placeholder = [&taken](const QString& stem, int position) {
        QString name = QStringLiteral("%1_%2").arg(stem).arg(position);
        while (taken.contains(name.toLower()))
            name += QLatin1Char('_');
        taken.insert(name.toLower());
        return name;
    };
    QStringList sources;
    QStringList derived;
    for (const MappingEntry& e : entries) {
        if (e.target.isEmpty()) {
            sources.append(backquote(placeholder(QStringLiteral("__skip"), e.fileIndex + 1)));
        } else if (!e.expression.isEmpty()) {
            const QString src = backquote(placeholder(QStringLiteral("__src"), e.fileIndex + 1));
            sources.append(src);
            QString expr = e.expression;
            expr.replace(QStringLiteral("{src}"), src);
            derived.append(backquote(e.target) + QLatin1Char('=') + expr);
        } else {
            sources.append(backquote(e.target));
        }
    }
    return (sources + derived).join(QLatin1Char(','));
}

QString ColumnMapper::dateExpression(const QString& sourceDateFormat, bool withTime)
{
    QString pattern;
    if (sourceDateFormat == u"MM/DD/YYYY")
        pattern = QStringLiteral("%m/%d/%Y");
    else if (sourceDateFormat == u"DD/MM/YYYY")
        pattern = QStringLiteral("%d/%m/%Y");
    else if (sourceDateFormat == u"DD.MM.YYYY")
        pattern = QStringLiteral("%d.%m.%Y");
    else if (sourceDateFormat == u"YYYY/MM/DD")
        pattern = QStringLiteral("%Y/%m/%d");
    else
        return {};
    if (withTime)
        pattern += QStringLiteral(" %H:%i:%s");
    return QStringLiteral("str_to_date({src}, %1)").arg(sqlString(pattern));
}

} // namespace dia::schema
