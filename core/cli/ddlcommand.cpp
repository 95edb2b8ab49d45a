#include "ddlcommand.h"

#include "valueformatoptions.h"

#include "connectionoptions.h"

#include "common/jsonio.h"
#include "doris/backendprobe.h"
#include "doris/metadataclient.h"
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
} // namespace

QString DdlCommand::summary() const
{
    return tr("Print the CREATE TABLE proposed for a file.");
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
    parser.addOption({ QStringLiteral("replication"),
        tr("replication_num (default: min(3, alive BEs) when connected with --fe, else 1)."), tr("N") });
    addConnectionOptions(parser); // with --fe, SHOW BACKENDS decides the replication
    parser.addOption({ QStringLiteral("unicode-names"),
        tr("Keep headers in any script as column names (日期 instead of column_1); the statement is then preceded by "
           "SET enable_unicode_name_support = true, which must run in the same session.") });
    addValueFormatOptions(parser);
    addReaderOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable output on stdout.") });
}

int DdlCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const Result<FileArgument> input = fileArgumentFromParser(parser);
    if (!input)
        return usageError(io, input.error().message);
    const bool json = parser.isSet(QStringLiteral("json"));

    schema::TableDesign design;
    if (parser.isSet(QStringLiteral("table"))) {
        if (!splitTable(parser.value(QStringLiteral("table")), &design.database, &design.table))
            return usageError(io, tr("--table needs DB.TABLE or TABLE."));
    } else {
        design.table = schema::IdentifierCleaner::cleanTableName(QFileInfo(input->path).completeBaseName());
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
    Result<ValueFormatSettings> formats = valueFormatSettingsFromParser(parser);
    if (!formats)
        return usageError(io, formats.error().message);
    formats->inference.unicodeNames = parser.isSet(QStringLiteral("unicode-names"));

    const Result<schema::FileInference> inferred
        = schema::FileScan::infer(input->path, input->reader, formats->inference);
    if (!inferred)
        return fail(io, json, inferred.error(), kExitUsage);
    if (const Status s = checkFormatColumns(formats->inference.formats, inferred->columns); !s)
        return usageError(io, s.error().message + QLatin1Char(' ') + s.error().hint);
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

    // issue 17: replication_num = min(3, alive BEs) when connected; the reason goes to the notes and --json.
    doris::ReplicationDefault replicationChoice = doris::replicationDefault(0);
    if (parser.isSet(QStringLiteral("replication"))) {
        replicationChoice
            = { design.replicationNum, tr("replication_num %1: given with --replication.").arg(design.replicationNum) };
    } else if (parser.isSet(QStringLiteral("fe"))) {
        auto settings = connectionFromOptions(parser, io);
        if (!settings)
            return fail(io, json, settings.error(), kExitUsage);
        doris::MetadataClient meta(*settings);
        auto backends = meta.backends();
        if (!backends)
            return fail(io, json, backends.error(), kExitFailed);
        int alive = 0;
        for (const doris::BackendInfo& backend : *backends)
            alive += backend.alive ? 1 : 0;
        replicationChoice = doris::replicationDefault(alive);
        design.replicationNum = replicationChoice.replicas;
    }

    QStringList notes;
    if (parser.isSet(QStringLiteral("fe")) && !parser.isSet(QStringLiteral("replication")))
        notes.append(replicationChoice.reason);
    const Result<schema::TableDesign> arranged = schema::DdlGenerator::arrange(design, &notes);
    if (!arranged)
        return fail(io, json, arranged.error(), kExitUsage);
    if (const Status valid = schema::DdlGenerator::validate(*arranged); !valid)
        return fail(io, json, valid.error(), kExitUsage);
    const QString sql = schema::DdlGenerator::createTable(*arranged);
    if (json) {
        const QJsonObject o { { QStringLiteral("ddl"), sql },
            { QStringLiteral("session_statements"),
                QJsonArray::fromStringList(schema::DdlGenerator::sessionStatements(*arranged)) },
            { QStringLiteral("columns"), schema::SchemaJson::columns(columns) },
            { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
            { QStringLiteral("replication"),
                QJsonObject { { QStringLiteral("replicas"), arranged->replicationNum },
                    { QStringLiteral("reason"), replicationChoice.reason } } },
            { QStringLiteral("rows"), inferred->rows } };
        io.writeOut(toJsonLine(o));
        return kExitOk;
    }
    for (const QString& n : std::as_const(notes))
        io.printErr(tr("note: %1\n").arg(n));
    io.print(schema::DdlGenerator::createScript(*arranged));
    return kExitOk;
}

} // namespace dia::cli
