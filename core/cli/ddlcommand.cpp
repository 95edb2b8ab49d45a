#include "ddlcommand.h"

#include "common/jsonio.h"
#include "schema/ddlgenerator.h"
#include "schema/filescan.h"
#include "schema/identifiercleaner.h"
#include "schema/schemajson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dia::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::cli::DdlCommand", text);
}

/// --delimiter accepts "\t", "tab", "\x01" and friends besides literal characters.
QString parseDelimiter(const QString& value)
{
    const QString lower = value.toLower();
    if (lower == QLatin1String("\\t") || lower == QLatin1String("tab"))
        return QStringLiteral("\t");
    if (lower == QLatin1String("comma"))
        return QStringLiteral(",");
    if (lower == QLatin1String("semicolon"))
        return QStringLiteral(";");
    if (lower == QLatin1String("pipe"))
        return QStringLiteral("|");
    if (lower.startsWith(QLatin1String("\\x")) && lower.size() >= 4) {
        QString out;
        for (qsizetype i = 0; i + 3 < lower.size() + 1; i += 4) {
            if (lower.mid(i, 2) != QLatin1String("\\x"))
                return value;
            bool ok = false;
            const int code = lower.mid(i + 2, 2).toInt(&ok, 16);
            if (!ok)
                return value;
            out += QChar(code);
        }
        return out;
    }
    return value;
}

} // namespace

QString DdlCommand::summary() const
{
    return tr("Print the CREATE TABLE proposed for a file.");
}

void DdlCommand::addReaderOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("sheet"), tr("Workbook sheet, by name or 0-based index."), tr("NAME|INDEX") });
    parser.addOption(
        { QStringLiteral("encoding"), tr("Text encoding (UTF-8, GB18030, Big5, Shift_JIS, ...)."), tr("NAME") });
    parser.addOption(
        { QStringLiteral("delimiter"), tr("Field delimiter (may be several characters; \\t, \\x01)."), tr("C") });
    parser.addOption({ QStringLiteral("quote"), tr("Quote character, or 'none'."), tr("C") });
    parser.addOption({ QStringLiteral("header"), tr("The first (non-skipped) line is a header.") });
    parser.addOption({ QStringLiteral("no-header"), tr("There is no header line.") });
    parser.addOption({ QStringLiteral("skip-lines"), tr("Lines above the header to skip."), tr("N") });
}

std::optional<source::ReaderOptions> DdlCommand::readerOptions(const QCommandLineParser& parser, QString* error)
{
    source::ReaderOptions options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = parseDelimiter(parser.value(QStringLiteral("delimiter")));
        if (options.delimiter.isEmpty()) {
            *error = tr("--delimiter must not be empty.");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("quote"))) {
        const QString q = parser.value(QStringLiteral("quote"));
        if (q.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || q.isEmpty())
            options.quote = QChar();
        else if (q.size() == 1 && q.at(0).unicode() < 0x80)
            options.quote = q.at(0);
        else {
            *error = tr("--quote must be one ASCII character or 'none'.");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("header")) && parser.isSet(QStringLiteral("no-header"))) {
        *error = tr("--header and --no-header exclude each other.");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("header")))
        options.header = true;
    if (parser.isSet(QStringLiteral("no-header")))
        options.header = false;
    if (parser.isSet(QStringLiteral("skip-lines"))) {
        bool ok = false;
        options.skipLines = parser.value(QStringLiteral("skip-lines")).toInt(&ok);
        if (!ok || options.skipLines < 0) {
            *error = tr("--skip-lines needs a number of lines (0 or more).");
            return std::nullopt;
        }
    }
    return options;
}

bool DdlCommand::splitTable(const QString& value, QString* database, QString* table)
{
    const qsizetype dot = value.indexOf(QLatin1Char('.'));
    *database = dot < 0 ? QString() : value.left(dot);
    *table = dot < 0 ? value : value.mid(dot + 1);
    return !table->isEmpty();
}

void DdlCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, TSV, TXT, XLSX or XLS file."));
    parser.addOption({ QStringLiteral("table"),
        tr("Target table as DB.TABLE (default: a name made from the file name, no database)."), tr("DB.TABLE") });
    parser.addOption({ QStringLiteral("model"), tr("Data model: duplicate (default) or unique."), tr("MODEL") });
    parser.addOption({ QStringLiteral("key"),
        tr("Key columns, comma-separated (column names or file headers). Required for --model unique."),
        tr("COL,...") });
    parser.addOption({ QStringLiteral("buckets"), tr("Bucket count, or 'auto' (default)."), tr("N|auto") });
    parser.addOption(
        { QStringLiteral("replication"), tr("replication_num (default 1, fits a one-BE cluster)."), tr("N") });
    parser.addOption({ QStringLiteral("date-order"),
        tr("Read ambiguous dates like 03/04/2024 as mdy (default) or dmy."), tr("ORDER") });
    addReaderOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output on stdout.") });
}

int DdlCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(io, tr("expected exactly one FILE."));
    const bool json = parser.isSet(QStringLiteral("json"));
    QString error;
    const std::optional<source::ReaderOptions> readerOptions = DdlCommand::readerOptions(parser, &error);
    if (!readerOptions)
        return usageError(io, error);

    schema::TableDesign design;
    if (parser.isSet(QStringLiteral("table"))) {
        if (!splitTable(parser.value(QStringLiteral("table")), &design.database, &design.table))
            return usageError(io, tr("--table needs DB.TABLE or TABLE."));
    } else {
        design.table = schema::IdentifierCleaner::cleanTableName(QFileInfo(args.first()).completeBaseName());
    }
    const QString model = parser.value(QStringLiteral("model")).toLower();
    if (model == QLatin1String("unique"))
        design.model = schema::DataModel::Unique;
    else if (!model.isEmpty() && model != QLatin1String("duplicate"))
        return usageError(io, tr("--model must be duplicate or unique."));
    if (parser.isSet(QStringLiteral("buckets"))) {
        const QString b = parser.value(QStringLiteral("buckets"));
        bool ok = true;
        design.buckets = b.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0 ? 0 : b.toInt(&ok);
        if (!ok || design.buckets < 0
            || (design.buckets == 0 && b.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0))
            return usageError(io, tr("--buckets needs a positive number or 'auto'."));
    }
    if (parser.isSet(QStringLiteral("replication"))) {
        bool ok = false;
        design.replicationNum = parser.value(QStringLiteral("replication")).toInt(&ok);
        if (!ok || design.replicationNum < 1)
            return usageError(io, tr("--replication needs a number of replicas (1 or more)."));
    }
    schema::InferenceOptions inference;
    const QString order = parser.value(QStringLiteral("date-order")).toLower();
    if (order == QLatin1String("dmy"))
        inference.preferredDateOrder = schema::DateOrder::DayFirst;
    else if (!order.isEmpty() && order != QLatin1String("mdy"))
        return usageError(io, tr("--date-order must be mdy or dmy."));

    auto fail = [&](const Error& e, int code) {
        io.printErr(QStringLiteral("doris-import ddl: %1\n").arg(e.text()));
        if (json)
            io.writeOut(toJsonLine(errorToJson(e)));
        return code;
    };
    const Result<schema::FileInference> inferred = schema::FileScan::infer(args.first(), *readerOptions, inference);
    if (!inferred)
        return fail(inferred.error(), kExitUsage);
    const QList<schema::InferredColumn>& columns = inferred->columns;
    const QString db = design.database;
    const QString table = design.table;
    const schema::DataModel chosenModel = design.model;
    const int buckets = design.buckets;
    const int replication = design.replicationNum;
    design = schema::TableDesign::fromInferred(db, table, columns);
    design.model = chosenModel;
    design.buckets = buckets;
    design.replicationNum = replication;

    // Keys may be given as column names or as the file's headers.
    for (const QString& key : parser.value(QStringLiteral("key")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString name = key.trimmed();
        for (const schema::InferredColumn& c : columns) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0
                || schema::IdentifierCleaner::matchKey(c.originalName) == schema::IdentifierCleaner::matchKey(name)) {
                name = c.name;
                break;
            }
        }
        design.keyColumns.append(name);
    }

    QStringList notes;
    const Result<schema::TableDesign> arranged = schema::DdlGenerator::arrange(design, &notes);
    if (!arranged)
        return fail(arranged.error(), kExitUsage);
    if (const Status valid = schema::DdlGenerator::validate(*arranged); !valid)
        return fail(valid.error(), kExitUsage);
    const QString sql = schema::DdlGenerator::createTable(*arranged);
    if (json) {
        const QJsonObject o { { QStringLiteral("ddl"), sql },
            { QStringLiteral("columns"), schema::SchemaJson::columns(columns) },
            { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
            { QStringLiteral("rows"), inferred->rows } };
        io.writeOut(toJsonLine(o));
        return kExitOk;
    }
    for (const QString& n : std::as_const(notes))
        io.printErr(tr("note: %1\n").arg(n));
    io.print(sql);
    return kExitOk;
}

} // namespace dia::cli
