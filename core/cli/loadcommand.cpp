#include "loadcommand.h"

#include "recipe/importrecipe.h"
#include "schema/columnmapper.h"

#include "common/bytesize.h"
#include "common/jsonio.h"
#include "connectionoptions.h"
#include "doris/backendprobe.h"
#include "doris/metadataclient.h"
#include "load/labelscheme.h"
#include "load/loadengine.h"
#include "schema/ddlgenerator.h"
#include "schema/filescan.h"
#include "schema/tabledesign.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>

#include <atomic>
#include <csignal>

namespace dia::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::cli", text);
}

std::atomic<bool> s_interrupted { false };

extern "C" void onInterrupt(int)
{
    s_interrupted = true;
}

/// Errors before anything was sent that mean "bad usage or unreadable input".
bool isUsageError(const QString& code)
{
    static const QStringList kCodes { QStringLiteral("source_unreadable"), QStringLiteral("journal_mismatch"),
        QStringLiteral("journal_missing"), QStringLiteral("journal_corrupt"), QStringLiteral("unfinished_job"),
        QStringLiteral("bad_label_prefix"), QStringLiteral("bad_table"), QStringLiteral("invalid_encoding"),
        QStringLiteral("unsupported_format"), QStringLiteral("file_not_found"), QStringLiteral("password_env_unset"),
        QStringLiteral("bad_fe_url"), QStringLiteral("bad_address"), QStringLiteral("bad_timeout"),
        QStringLiteral("missing_fe"), QStringLiteral("bad_reader_option") };
    return kCodes.contains(code);
}

QString progressBar(const load::LoadProgress& p)
{
    const int width = 30;
    const double fraction = qBound(0.0, p.sourceFraction, 1.0);
    const int filled = int(fraction * width);
    QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    return QStringLiteral("\r[%1] %2%  %3  %4/s  chunks %5 done, %6 sending   ")
        .arg(bar)
        .arg(int(fraction * 100), 3)
        .arg(formatByteSize(p.bytesCommitted), formatByteSize(qint64(p.bytesPerSecond)))
        .arg(p.chunksDone)
        .arg(p.chunksInFlight);
}

/// Runs an approved design's CREATE TABLE (creating the database first).
Status executeCreateTable(
    doris::MetadataClient& meta, const schema::TableDesign& approved, const QString& hint, const CliIo& io)
{
    auto design = schema::DdlGenerator::arrange(approved);
    if (!design)
        return design.error();
    if (Status valid = schema::DdlGenerator::validate(*design); !valid)
        return valid.error();
    const QString sql = schema::DdlGenerator::createTable(*design);
    if (Status db = meta.execute(QStringLiteral("CREATE DATABASE IF NOT EXISTS %1")
                                     .arg(doris::MetadataClient::quoteIdentifier(design->database)));
        !db)
        return db.error();
    if (Status created = meta.execute(sql); !created)
        return makeError(QStringLiteral("create_failed"), created.error().message, hint);
    io.printErr(tr("doris-import load: created %1.%2:\n%3\n").arg(design->database, design->table, sql));
    return {};
}

/// `--create`: infers the file's schema (whole-file pass) and creates the proposed table. `columnsHeader` gets
/// the mapping into it, converting non-ISO dates (MM/DD/YYYY, DD.MM.YYYY) with str_to_date.
Status createTable(doris::MetadataClient& meta, const load::LoadPlan& plan, const CliIo& io, QString* columnsHeader)
{
    auto inferred = schema::FileScan::infer(plan.sourcePath, plan.readerOptions, {});
    if (!inferred)
        return inferred.error();
    schema::TableDesign design = schema::TableDesign::fromInferred(plan.database, plan.table, inferred->columns);
    // issue 17: replication_num = min(3, alive BEs)
    if (auto backends = meta.backends()) {
        int alive = 0;
        for (const doris::BackendInfo& backend : *backends)
            alive += backend.alive ? 1 : 0;
        const doris::ReplicationDefault replication = doris::replicationDefault(alive);
        design.replicationNum = replication.replicas;
        io.printErr(tr("doris-import load: %1\n").arg(replication.reason));
    }
    if (Status created = executeCreateTable(
            meta, design, tr("Create the table yourself (doris-import ddl FILE prints the statement to adapt)."), io);
        !created)
        return created;
    QList<schema::MappingEntry> entries;
    for (int i = 0; i < inferred->columns.size(); ++i) {
        const schema::InferredColumn& c = inferred->columns.at(i);
        schema::MappingEntry entry;
        entry.fileIndex = i;
        entry.fileColumn = c.originalName;
        entry.target = c.name;
        entry.how = schema::MatchKind::Manual;
        if (!c.sourceDateFormat.isEmpty() && c.type.isTemporal())
            entry.expression
                = schema::ColumnMapper::dateExpression(c.sourceDateFormat, c.type.kind == schema::TypeKind::DateTime);
        entries.append(entry);
    }
    *columnsHeader = schema::ColumnMapper::columnsHeader(entries, {});
    return {};
}

/// The recipe's table design: the included columns with the names, types and keys the user chose.
schema::TableDesign designFromRecipe(const recipe::ImportRecipe& recipe)
{
    schema::TableDesign design;
    design.database = recipe.database;
    design.table = recipe.table;
    design.model = recipe.model == QLatin1String("unique") ? schema::DataModel::Unique : schema::DataModel::Duplicate;
    design.buckets = recipe.buckets;
    design.replicationNum = recipe.replicationNum;
    for (const recipe::RecipeColumn& c : recipe.columns) {
        if (!c.include)
            continue;
        schema::ColumnDef def;
        def.name = c.name;
        const Result<schema::ColumnType> type = schema::ColumnType::parse(c.type);
        def.type = type.ok() ? *type : schema::ColumnType::simple(schema::TypeKind::String);
        def.nullable = c.nullable && !c.key;
        def.comment = c.sourceName;
        design.columns.append(def);
        if (c.key)
            design.keyColumns.append(c.name);
    }
    return design;
}

/// The `columns` header that loads the file columns into the recipe's targets (skipped ones as placeholders).
QString recipeColumnsHeader(const recipe::ImportRecipe& recipe, const QStringList& fileColumns)
{
    QList<schema::MappingEntry> entries;
    for (int i = 0; i < fileColumns.size(); ++i) {
        schema::MappingEntry entry;
        entry.fileIndex = i;
        entry.fileColumn = fileColumns.at(i);
        for (const recipe::RecipeColumn& c : recipe.columns) {
            if (c.sourceName == fileColumns.at(i) && c.include)
                entry.target = c.name;
        }
        entry.how = entry.target.isEmpty() ? schema::MatchKind::Skipped : schema::MatchKind::Manual;
        entries.append(entry);
    }
    return schema::ColumnMapper::columnsHeader(entries, {});
}

} // namespace

QString LoadCommand::summary() const
{
    return tr("Load a file into a Doris table with chunked, exactly-once Stream Loads.");
}

void LoadCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, TSV, TXT, XLSX or XLS file."));
    addConnectionOptions(parser);
    parser.addOption({ QStringLiteral("table"), tr("Target table as DATABASE.TABLE."), tr("DB.TABLE") });
    parser.addOption({ QStringLiteral("recipe"),
        tr("Run an import saved by the assistant (File > Save recipe); options given here win."), tr("FILE") });
    parser.addOption({ QStringLiteral("create"),
        tr("Create the table when it does not exist, with the columns and types inferred from the file.") });
    parser.addOption({ QStringLiteral("chunk-size"), tr("Bytes per Stream Load (default 100MiB)."), tr("SIZE") });
    parser.addOption({ QStringLiteral("chunk-rows"), tr("Rows per Stream Load at most (default 1000000)."), tr("N") });
    parser.addOption({ QStringLiteral("parallel"),
        tr("Parallel Stream Loads (default: one per alive BE, at most %1).").arg(load::kMaxDefaultParallelism),
        tr("N") });
    parser.addOption({ QStringLiteral("label-prefix"), tr("Prefix of the chunk labels (default dia)."), tr("P") });
    parser.addOption({ QStringLiteral("max-filter-ratio"),
        tr("Fraction of rows per chunk Doris may filter (0..1, default 0)."), tr("R") });
    parser.addOption({ QStringLiteral("strict"), tr("Doris strict mode: filter rows whose values do not convert.") });
    parser.addOption(
        { QStringLiteral("timezone"), tr("Time zone for time conversions, e.g. Asia/Shanghai."), tr("TZ") });
    parser.addOption({ QStringLiteral("atomic"),
        tr("All or nothing: prepare every chunk (two-phase commit) and commit only when all succeeded.") });
    parser.addOption({ QStringLiteral("journal"),
        tr("Journal file for --resume (default: one per file and options in the user's data folder)."), tr("PATH") });
    parser.addOption({ QStringLiteral("resume"),
        tr("Continue an interrupted load: verify chunks that may have committed and send the rest.") });
    // issue 17: compression on the wire
    parser.addOption({ QStringLiteral("compress"),
        tr("Compress chunk bodies on the wire: auto (measure the first chunk, compress when the link is the "
           "limit), gz, lz4 or none (default)."),
        tr("MODE") });
    addReaderOptions(parser);
    parser.addOption(
        { QStringLiteral("json"), tr("Final report as JSON on stdout; progress as JSON lines on stderr.") });
}

int LoadCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<recipe::ImportRecipe> recipe;
    if (parser.isSet(QStringLiteral("recipe"))) {
        auto loaded = recipe::ImportRecipe::load(parser.value(QStringLiteral("recipe")));
        if (!loaded)
            return fail(io, json, loaded.error(), kExitUsage);
        recipe = *loaded;
    }
    if (args.size() > 1 || (args.isEmpty() && !recipe))
        return usageError(io, tr("expected exactly one FILE."));
    load::LoadPlan plan;
    plan.sourcePath = args.isEmpty() ? recipe->filePath : args.first();

    if (parser.isSet(QStringLiteral("table"))) {
        auto table = parseTableName(parser.value(QStringLiteral("table")));
        if (!table)
            return fail(io, json, table.error(), kExitUsage);
        plan.database = table->first;
        plan.table = table->second;
    } else if (recipe) {
        plan.database = recipe->database;
        plan.table = recipe->table;
    } else {
        return usageError(io, tr("--table DATABASE.TABLE is required."));
    }
    auto reader = readerOptionsFromParser(parser);
    if (!reader)
        return usageError(io, reader.error().message);
    plan.readerOptions = recipe && !readerOptionsGiven(parser) ? recipe->reader : *reader;
    if (recipe) {
        plan.chunkLimits.maxBytes = recipe->chunkBytes;
        plan.maxFilterRatio = recipe->maxFilterRatio;
        plan.strictMode = recipe->strictMode;
        plan.atomic = recipe->atomic;
        if (!recipe->labelPrefix.isEmpty())
            plan.labelPrefix = recipe->labelPrefix;
    }
    if (parser.isSet(QStringLiteral("chunk-size"))) {
        auto size = parseByteSize(parser.value(QStringLiteral("chunk-size")));
        if (!size || *size < 1)
            return usageError(io, tr("--chunk-size needs a size such as 100MiB."));
        plan.chunkLimits.maxBytes = *size;
    }
    if (parser.isSet(QStringLiteral("chunk-rows"))) {
        bool ok = false;
        plan.chunkLimits.maxRows = parser.value(QStringLiteral("chunk-rows")).toLongLong(&ok);
        if (!ok || plan.chunkLimits.maxRows < 1)
            return usageError(io, tr("--chunk-rows needs a number of rows above 0."));
    }
    int parallel = recipe ? recipe->parallel : 0;
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || parallel < 1 || parallel > 64)
            return usageError(io, tr("--parallel needs a number from 1 to 64."));
    }
    if (parser.isSet(QStringLiteral("label-prefix")))
        plan.labelPrefix = parser.value(QStringLiteral("label-prefix"));
    if (Status prefix = load::labels::checkPrefix(plan.labelPrefix); !prefix)
        return fail(io, json, prefix.error(), kExitUsage);
    if (parser.isSet(QStringLiteral("max-filter-ratio"))) {
        bool ok = false;
        plan.maxFilterRatio = parser.value(QStringLiteral("max-filter-ratio")).toDouble(&ok);
        if (!ok || plan.maxFilterRatio < 0 || plan.maxFilterRatio > 1)
            return usageError(io, tr("--max-filter-ratio needs a number between 0 and 1."));
    }
    plan.strictMode = plan.strictMode || parser.isSet(QStringLiteral("strict"));
    plan.timezone = parser.value(QStringLiteral("timezone"));
    plan.atomic = plan.atomic || parser.isSet(QStringLiteral("atomic"));
    plan.resume = parser.isSet(QStringLiteral("resume"));
    const bool create = parser.isSet(QStringLiteral("create")) || (recipe && recipe->createTable);

    auto settings = connectionFromOptions(parser, io, recipe ? &recipe->connection : nullptr);
    if (!settings)
        return fail(io, json, settings.error(), kExitUsage);

    // The source first: an unreadable file is a usage error, whatever the cluster says.
    const QString spool = QDir::tempPath();
    auto probe = source::openChunkSource(plan.sourcePath, plan.readerOptions, plan.chunkLimits, spool);
    if (!probe)
        return fail(io, json, probe.error(), kExitUsage);
    const QStringList fileColumns = (*probe)->columnNames();
    probe = Error {};

    // The table: its columns decide the mapping; SHOW BACKENDS the default parallelism.
    QString createdHeader;
    {
        doris::MetadataClient meta(*settings);
        auto columns = meta.describe(plan.database, plan.table);
        const bool missing = !columns
            && (columns.error().code == QLatin1String("unknown_table")
                || columns.error().code == QLatin1String("unknown_database"));
        if (missing && create) {
            const Status created = recipe && !recipe->columns.isEmpty()
                ? executeCreateTable(meta, designFromRecipe(*recipe),
                    tr("Fix the recipe's column types in the assistant, or create the table yourself."), io)
                : createTable(meta, plan, io, &createdHeader);
            if (!created)
                return fail(io, json, created.error(), kExitFailed);
            columns = meta.describe(plan.database, plan.table);
        }
        if (!columns) {
            Error error = columns.error();
            if (error.code == QLatin1String("unknown_table") || error.code == QLatin1String("unknown_database"))
                error.hint = tr("Create the table first (doris-import ddl FILE prints a CREATE TABLE for it).");
            return fail(io, json, error, kExitFailed);
        }
        // Map by name when every file column is a table column; otherwise by position.
        QStringList mapped;
        for (const QString& fileColumn : fileColumns) {
            for (const doris::ColumnInfo& column : *columns) {
                if (column.name.compare(fileColumn.trimmed(), Qt::CaseInsensitive) == 0
                    && !mapped.contains(column.name))
                    mapped.append(column.name);
            }
        }
        if (recipe && !recipe->columns.isEmpty())
            plan.columnsHeader = recipeColumnsHeader(*recipe, fileColumns);
        else if (!createdHeader.isEmpty())
            plan.columnsHeader = createdHeader;
        else if (mapped.size() == fileColumns.size())
            plan.columns = mapped;
        else if (fileColumns.size() != columns->size())
            io.printErr(tr("doris-import load: warning: the file has %1 columns and %2.%3 has %4; they are matched "
                           "by position.\n")
                            .arg(fileColumns.size())
                            .arg(plan.database, plan.table)
                            .arg(columns->size()));
        if (parallel == 0) {
            auto backends = meta.backends();
            int alive = 0;
            if (backends) {
                for (const doris::BackendInfo& backend : *backends)
                    alive += backend.alive ? 1 : 0;
            }
            parallel = load::defaultParallelism(alive);
        }
    }
    plan.parallelism = parallel;
    // issue 17: --compress
    if (parser.isSet(QStringLiteral("compress"))) {
        auto compression = load::compressionFromName(parser.value(QStringLiteral("compress")));
        if (!compression)
            return fail(io, json, compression.error(), kExitUsage);
        plan.compression = *compression;
    }

    if (parser.isSet(QStringLiteral("journal"))) {
        plan.journalPath = parser.value(QStringLiteral("journal"));
    } else {
        auto fingerprint = plan.fingerprint();
        if (!fingerprint)
            return fail(io, json, fingerprint.error(), kExitUsage);
        const QString dir
            = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journals");
        plan.journalPath = dir + QLatin1Char('/') + fingerprint->left(24) + QStringLiteral(".json");
    }

    load::LoadEngine engine(plan, *settings, load::fileChunkSourceFactory());
    bool drewBar = false;
    engine.setProgressCallback([&](const load::LoadProgress& progress) {
        if (json) {
            io.err->write(toJsonLine(progress.toJson()));
        } else if (io.errIsTerminal) {
            io.printErr(progressBar(progress));
            drewBar = true;
        }
    });
    s_interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    const load::LoadReport report = engine.run(s_interrupted);
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    if (drewBar)
        io.printErr(QStringLiteral("\n"));

    if (json) {
        io.writeOut(toJsonLine(report.toJson()));
    } else {
        io.print(tr("%1: %2 of %3 rows loaded, %4 filtered, %5 chunks, %6 in %7 s (journal %8)\n")
                     .arg(load::LoadReport::statusName(report.status))
                     .arg(report.rowsLoaded)
                     .arg(report.rowsTotal)
                     .arg(report.rowsFiltered)
                     .arg(report.chunks.size())
                     .arg(formatByteSize(report.bytes))
                     .arg(report.seconds, 0, 'f', 1)
                     .arg(QDir::toNativeSeparators(plan.journalPath)));
        // issue 17: the compression decision, rows and throughput per BE, retried chunks
        if (plan.compression == load::Compression::Auto)
            io.print(tr("  compression: %1 - %2\n")
                         .arg(report.compression.value(QLatin1String("codec")).toString(),
                             report.compression.value(QLatin1String("reason")).toString()));
        for (const load::BackendLoadStats& be : report.backendStats())
            io.print(tr("  BE %1: %2 chunks, %3 rows, %4, %5 MB/s per stream\n")
                         .arg(be.backend)
                         .arg(be.chunks)
                         .arg(be.rows)
                         .arg(formatByteSize(be.bytes))
                         .arg(be.bytesPerSecond() / 1e6, 0, 'f', 1));
        for (const load::ChunkReport& chunk : report.retriedChunks())
            io.print(tr("  chunk %1 retried: %2\n").arg(chunk.index).arg(chunk.retries.join(QStringLiteral("; "))));
        for (const load::ChunkReport& chunk : report.chunks) {
            if (chunk.status == load::ChunkStatus::Committed && chunk.errorUrl.isEmpty())
                continue;
            io.print(tr("  chunk %1 (%2, line %3): %4%5%6\n")
                         .arg(chunk.index)
                         .arg(chunk.label)
                         .arg(chunk.firstLine)
                         .arg(load::chunkStatusName(chunk.status))
                         .arg(chunk.message.isEmpty() ? QString() : QStringLiteral(" - ") + chunk.message)
                         .arg(chunk.errorUrl.isEmpty() ? QString()
                                                       : QStringLiteral("\n    filtered rows: ") + chunk.errorUrl));
        }
    }
    if (report.status == load::LoadReport::Status::Success)
        return kExitOk;
    if (!report.message.isEmpty())
        io.printErr(QStringLiteral("doris-import load: %1%2\n")
                        .arg(report.message, report.hint.isEmpty() ? QString() : QLatin1Char(' ') + report.hint));
    return isUsageError(report.errorCode) ? kExitUsage : kExitFailed;
}

} // namespace dia::cli
