#include "preflightcommand.h"

#include "valueformatoptions.h"

#include "connectionoptions.h"

#include "ddlcommand.h"

#include "common/jsonio.h"
#include "schema/filescan.h"
#include "schema/identifiercleaner.h"
#include "schema/schemajson.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dia::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("dia::cli::PreflightCommand", text, nullptr, n);
}

/// "a:INT,b:DECIMAL(10,2) NOT NULL" → entries split on commas outside parentheses.
QStringList splitTypes(const QString& value)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : value) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth <= 0) {
            out.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QString effectText(schema::PreflightEffect effect)
{
    switch (effect) {
    case schema::PreflightEffect::Filtered:
        return tr("row filtered");
    case schema::PreflightEffect::Nulled:
        return tr("value becomes NULL");
    case schema::PreflightEffect::Truncated:
        return tr("value cut to the column length");
    case schema::PreflightEffect::Altered:
        return tr("stored as a different value");
    }
    return {};
}

QString reasonText(const schema::PreflightReason& r)
{
    QString text = QStringLiteral("  %1 × %2 → %3\n").arg(r.count).arg(r.message, effectText(r.effect));
    for (const schema::PreflightExample& e : r.examples)
        text += tr("    line %1: %2\n").arg(e.line).arg(e.value);
    return text;
}

} // namespace

QString PreflightCommand::summary() const
{
    return tr("Predict which rows Doris would filter or turn into NULL, without loading.");
}

void PreflightCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, TSV, TXT, XLSX or XLS file."));
    parser.addOption(
        { QStringLiteral("table"), tr("Target table as DB.TABLE (shown in the report)."), tr("DB.TABLE") });
    parser.addOption({ QStringLiteral("strict"), tr("Predict with strict_mode=true.") });
    parser.addOption({ QStringLiteral("max-filter-ratio"), tr("Doris max_filter_ratio, 0..1 (default 0)."), tr("R") });
    parser.addOption({ QStringLiteral("types"),
        tr("Column types instead of the inferred ones: name:TYPE[ NOT NULL],... (names or file headers)."),
        tr("SPEC") });
    parser.addOption({ QStringLiteral("null-token"),
        tr("A field text that reaches Doris as NULL (default only \\N); repeatable."), tr("TEXT") });
    parser.addOption(
        { QStringLiteral("rewrite-dates"), tr("Check non-ISO dates as the ISO text the loader rewrites them to.") });
    parser.addOption({ QStringLiteral("no-convert"),
        tr("Predict a load of the values exactly as written (no format conversion by the client): shows what Doris "
           "2.1 does with grouped, currency or percent numbers in DECIMAL columns.") });
    parser.addOption(
        { QStringLiteral("empty-as-string"), tr("Empty cells of nullable text columns load as '' instead of NULL.") });
    addValueFormatOptions(parser);
    addReaderOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output on stdout.") });
}

int PreflightCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const Result<FileArgument> input = fileArgumentFromParser(parser);
    if (!input)
        return usageError(io, input.error().message);
    const bool json = parser.isSet(QStringLiteral("json"));
    QString database;
    QString table;
    if (parser.isSet(QStringLiteral("table"))
        && !DdlCommand::splitTable(parser.value(QStringLiteral("table")), &database, &table))
        return usageError(io, tr("--table needs DB.TABLE or TABLE."));

    schema::PreflightOptions options;
    options.strictMode = parser.isSet(QStringLiteral("strict"));
    if (parser.isSet(QStringLiteral("max-filter-ratio"))) {
        bool ok = false;
        options.maxFilterRatio = parser.value(QStringLiteral("max-filter-ratio")).toDouble(&ok);
        if (!ok || options.maxFilterRatio < 0.0 || options.maxFilterRatio > 1.0)
            return usageError(io, tr("--max-filter-ratio needs a number between 0 and 1."));
    }
    if (parser.isSet(QStringLiteral("null-token")))
        options.nullTokens = parser.values(QStringLiteral("null-token"));

    const Result<ValueFormatSettings> formats = valueFormatSettingsFromParser(parser);
    if (!formats)
        return usageError(io, formats.error().message);
    options.convertValues = !parser.isSet(QStringLiteral("no-convert"));
    options.conversion.emptyAsString = parser.isSet(QStringLiteral("empty-as-string"));
    options.conversion.timezone = formats->timezone;

    const Result<schema::FileInference> inferred
        = schema::FileScan::infer(input->path, input->reader, formats->inference);
    if (!inferred)
        return fail(io, json, inferred.error(), kExitUsage);
    if (const Status s = checkFormatColumns(formats->inference.formats, inferred->columns); !s)
        return usageError(io, s.error().message + QLatin1Char(' ') + s.error().hint);
    QList<schema::PreflightColumn> columns
        = schema::FileScan::preflightColumns(inferred->columns, parser.isSet(QStringLiteral("rewrite-dates")));

    for (const QString& spec : splitTypes(parser.value(QStringLiteral("types")))) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return usageError(io, tr("--types entries look like name:TYPE, got '%1'.").arg(spec));
        const QString name = spec.left(colon).trimmed();
        QString typeText = spec.mid(colon + 1).trimmed();
        std::optional<bool> nullable;
        if (typeText.endsWith(QLatin1String(" NOT NULL"), Qt::CaseInsensitive)) {
            nullable = false;
            typeText.chop(9);
        } else if (typeText.endsWith(QLatin1String(" NULL"), Qt::CaseInsensitive)) {
            nullable = true;
            typeText.chop(5);
        }
        const Result<schema::ColumnType> type = schema::ColumnType::parse(typeText);
        if (!type)
            return usageError(io, tr("--types: %1").arg(type.error().message));
        qsizetype index = -1;
        for (qsizetype i = 0; i < inferred->columns.size(); ++i) {
            const schema::InferredColumn& c = inferred->columns[i];
            if (c.name.compare(name, Qt::CaseInsensitive) == 0
                || schema::IdentifierCleaner::matchKey(c.originalName) == schema::IdentifierCleaner::matchKey(name)) {
                index = i;
                break;
            }
        }
        if (index < 0)
            return usageError(io, tr("--types: the file has no column '%1'.").arg(name));
        columns[index].type = *type;
        columns[index].nullable = nullable.value_or(true); // as in CREATE TABLE: NULL unless NOT NULL is given
    }

    const Result<schema::PreflightReport> report
        = schema::FileScan::preflight(input->path, input->reader, columns, options);
    if (!report)
        return fail(io, json, report.error(), kExitUsage);
    const int exitCode = report->pass ? kExitOk : kExitFailed;
    if (json) {
        QJsonObject o = schema::SchemaJson::preflight(*report);
        if (!table.isEmpty())
            o.insert(QStringLiteral("table"), database.isEmpty() ? table : database + QLatin1Char('.') + table);
        io.writeOut(toJsonLine(o));
        return exitCode;
    }
    QString text;
    text += tr("Rows: %1, filtered: %2 (%3 %), max_filter_ratio %4, strict mode %5\n")
                .arg(report->totalRows)
                .arg(report->filteredRows)
                .arg(report->filterRatio * 100.0, 0, 'f', 1)
                .arg(report->maxFilterRatio)
                .arg(report->strictMode ? tr("on") : tr("off"));
    text += report->pass ? tr("Prediction: the load passes.\n")
                         : tr("Prediction: the load FAILS with \"too many filtered rows\".\n");
    if (report->columnCount.count > 0)
        text += tr("Rows with the wrong number of fields:\n") + reasonText(report->columnCount);
    for (const schema::ColumnPrediction& c : report->columns) {
        if (c.reasons.isEmpty())
            continue;
        text += tr("Column %1 (%2 %3):\n")
                    .arg(c.name, c.type.toSql(), c.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"));
        for (const schema::PreflightReason& r : c.reasons)
            text += reasonText(r);
    }
    io.print(text);
    return exitCode;
}

} // namespace dia::cli
