#include "loadcommand.h"

#include "recipe/importrecipe.h"
#include "schema/columnmapper.h"

#include "common/bytesize.h"
#include "common/jsonio.h"
#include "connectionoptions.h"
#include "doris/backendprobe.h"
#include "doris/metadataclient.h"
#include "load/fieldrulesbuilder.h"
#include "load/labelscheme.h"
#include "load/loadengine.h"
#include "load/loadhistory.h"
#include "schema/ddlgenerator.h"
#include "schema/filescan.h"
#include "schema/identifiercleaner.h"
#include "schema/tabledesign.h"
#include "valueformatoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
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

/// Runs an approved design's CREATE TABLE (creating the database first). Names outside ASCII make the session set
/// enable_unicode_name_support first (MetadataClient::execute); a server that refuses it fails with
/// `unicode_names_unsupported`.
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
    if (schema::DdlGenerator::needsUnicodeNames(*design)) {
        if (Status unicode = meta.enableUnicodeNames(); !unicode)
            return unicode;
    }
    if (Status created = meta.execute(sql); !created)
        return makeError(QStringLiteral("create_failed"), created.error().message, hint);
    io.printErr(tr("doris-import load: created %1.%2:\n%3\n")
                    .arg(design->database, design->table, schema::DdlGenerator::createScript(*design)));
    return {};
}

/// `--create` on a missing table: creates the table proposed from the file's inferred columns. When the server
/// refuses enable_unicode_name_support (asked for by `--unicode-names`), the table gets the ASCII names instead
/// and the user is told.
Status createTable(
    doris::MetadataClient& meta, const load::LoadPlan& plan, const schema::FileInference& inferred, const CliIo& io)
{
    QList<schema::InferredColumn> columns = inferred.columns;
    const QString hint = tr("Create the table yourself (doris-import ddl FILE prints the statement to adapt).");
    int replicas = 1;
    if (auto backends = meta.backends()) { // replication_num = min(3, alive BEs)
        int alive = 0;
        for (const doris::BackendInfo& backend : *backends)
            alive += backend.alive ? 1 : 0;
        const doris::ReplicationDefault replication = doris::replicationDefault(alive);
        replicas = replication.replicas;
        io.printErr(tr("doris-import load: %1\n").arg(replication.reason));
    }
    auto design = [&] {
        schema::TableDesign d = schema::TableDesign::fromInferred(plan.database, plan.table, columns);
        d.replicationNum = replicas;
        return d;
    };
    Status created = executeCreateTable(meta, design(), hint, io);
    if (!created && created.error().code == QLatin1String("unicode_names_unsupported")) {
        io.printErr(
            tr("doris-import load: %1 The table gets ASCII column names instead.\n").arg(created.error().message));
        QStringList headers;
        for (const schema::InferredColumn& c : std::as_const(columns))
            headers.append(c.originalName);
        const QList<schema::CleanedName> ascii = schema::IdentifierCleaner::cleanColumnNames(headers);
        for (int i = 0; i < columns.size(); ++i) {
            columns[i].name = ascii.at(i).name;
            columns[i].nameReason = ascii.at(i).reason;
        }
        created = executeCreateTable(meta, design(), hint, io);
    }
    return created;
}

/// For each file column, the table column it loads into: the one named like its header (as written, or as
/// cleaned into a Doris identifier, case-insensitively); empty where none is. The answer depends only on the
/// file and the table, never on whether this run created the table, so a resumed load finds its journal.
QStringList columnsByName(const QStringList& fileColumns, const QList<doris::ColumnInfo>& table)
{
    const QList<schema::CleanedName> cleaned = schema::IdentifierCleaner::cleanColumnNames(fileColumns);
    const QList<schema::CleanedName> unicode
        = schema::IdentifierCleaner::cleanColumnNames(fileColumns, schema::NameRule::Unicode);
    QStringList targets;
    for (int i = 0; i < fileColumns.size(); ++i) {
        QString target;
        for (const doris::ColumnInfo& column : table) {
            const bool sameName = column.name.compare(fileColumns.at(i).trimmed(), Qt::CaseInsensitive) == 0
                || column.name.compare(cleaned.value(i).name, Qt::CaseInsensitive) == 0
                || column.name.compare(unicode.value(i).name, Qt::CaseInsensitive) == 0;
            if (sameName && !targets.contains(column.name, Qt::CaseInsensitive)) {
                target = column.name;
                break;
            }
        }
        targets.append(target);
    }
    return targets;
}

/// The `columns` header for a load into an existing table: file columns by name when every one has a namesake,
/// converting the non-ISO dates the inference found (MM/DD/YYYY, DD.MM.YYYY) with str_to_date.
QString namedColumnsHeader(
    const QStringList& fileColumns, const QStringList& targets, const std::optional<schema::FileInference>& inferred)
{
    QList<schema::MappingEntry> entries;
    for (int i = 0; i < fileColumns.size(); ++i) {
        schema::MappingEntry entry;
        entry.fileIndex = i;
        entry.fileColumn = fileColumns.at(i);
        entry.target = targets.at(i);
        entry.how = schema::MatchKind::Manual;
        if (inferred && i < inferred->columns.size()) {
            const schema::InferredColumn& c = inferred->columns.at(i);
            if (!c.sourceDateFormat.isEmpty() && c.type.isTemporal())
                entry.expression = schema::ColumnMapper::dateExpression(
                    c.sourceDateFormat, c.type.kind == schema::TypeKind::DateTime);
        }
        entries.append(entry);
    }
    return schema::ColumnMapper::columnsHeader(entries, {});
}

/// `--create` found the table already there: it must be the table --create would make (its columns named
/// like the file's), or the load stops before sending anything.
Status checkExistingTableFits(const load::LoadPlan& plan, const QStringList& fileColumns, const QStringList& targets,
    const QList<doris::ColumnInfo>& table)
{
    QStringList unmatched;
    for (int i = 0; i < fileColumns.size(); ++i) {
        if (targets.at(i).isEmpty())
            unmatched.append(fileColumns.at(i));
    }
    QStringList required; // table columns nothing would fill and that have no value of their own
    for (const doris::ColumnInfo& column : table) {
        if (!targets.contains(column.name, Qt::CaseInsensitive) && !column.nullable && !column.hasDefault)
            required.append(column.name);
    }
    if (unmatched.isEmpty() && required.isEmpty())
        return {};
    QString detail;
    if (!unmatched.isEmpty())
        detail = tr("it has no column for %1").arg(unmatched.join(QStringLiteral(", ")));
    if (!required.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; "))
            + tr("its columns %1 would get no value").arg(required.join(QStringLiteral(", ")));
    return makeError(QStringLiteral("table_mismatch"),
        tr("%1.%2 already exists with other columns than this file's (%3); nothing was loaded.")
            .arg(plan.database, plan.table, detail),
        tr("Choose a new table name with --table, load without --create to map the columns by position, or "
           "drop the table first."));
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

/// The recipe's target for each file column (empty: skipped).
QStringList recipeTargets(const recipe::ImportRecipe& recipe, const QStringList& fileColumns)
{
    QStringList targets;
    QHash<QString, int> seen; // a repeated header label: its n-th column is the recipe's n-th with that label
    for (const QString& fileColumn : fileColumns) {
        QString target;
        const int occurrence = seen[fileColumn]++;
        int n = 0;
        for (const recipe::RecipeColumn& c : recipe.columns) {
            if (c.sourceName != fileColumn || n++ != occurrence)
                continue;
            if (c.include)
                target = c.name;
            break;
        }
        targets.append(target);
    }
    return targets;
}

/// The `columns` header that loads the file columns into the recipe's targets (skipped ones as placeholders).
QString recipeColumnsHeader(const recipe::ImportRecipe& recipe, const QStringList& fileColumns)
{
    const QStringList targets = recipeTargets(recipe, fileColumns);
    QList<schema::MappingEntry> entries;
    for (int i = 0; i < fileColumns.size(); ++i) {
        schema::MappingEntry entry;
        entry.fileIndex = i;
        entry.fileColumn = fileColumns.at(i);
        entry.target = targets.at(i);
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
    parser.addOption({ QStringLiteral("unicode-names"),
        tr("With --create: keep headers in any script as column names (日期 instead of column_1); the session sets "
           "enable_unicode_name_support first, and a Doris that refuses it gets ASCII names.") });
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
    parser.addOption({ QStringLiteral("empty-as-string"),
        tr("Load empty fields as empty text ('') instead of NULL in nullable columns.") });
    parser.addOption({ QStringLiteral("resume"),
        tr("Continue an interrupted load: verify chunks that may have committed and send the rest.") });
    parser.addOption({ QStringLiteral("convert"),
        tr("Convert values the way the file writes them (decimal commas, grouping, currency, percent, dates with "
           "offsets, yes/no, N/A) into what Doris parses, also when loading into an existing table; --create "
           "always does. Costs one pass over the file before loading.") });
    addValueFormatOptions(parser, true, false);
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
        if (const Result<load::Compression> chosen = load::compressionFromName(recipe->compression); chosen)
            plan.compression = *chosen;
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
    // --compress is checked with the other options, before --create makes a table
    if (parser.isSet(QStringLiteral("compress"))) {
        auto compression = load::compressionFromName(parser.value(QStringLiteral("compress")));
        if (!compression)
            return fail(io, json, compression.error(), kExitUsage);
        plan.compression = *compression;
    }
    plan.strictMode = plan.strictMode || parser.isSet(QStringLiteral("strict"));
    plan.timezone = parser.value(QStringLiteral("timezone"));
    plan.atomic = plan.atomic || parser.isSet(QStringLiteral("atomic"));
    plan.resume = parser.isSet(QStringLiteral("resume"));
    plan.emptyAsString = parser.isSet(QStringLiteral("empty-as-string"));
    const bool create = parser.isSet(QStringLiteral("create")) || (recipe && recipe->createTable);
    schema::InferenceOptions recipeInference;
    if (recipe) {
        recipeInference.tightTypes = recipe->tightTypes;
        recipeInference.percentAsRatio = recipe->percentAsRatio;
        for (auto it = recipe->columnFormats.cbegin(); it != recipe->columnFormats.cend(); ++it)
            recipeInference.formats.append(schema::FormatChoice { it.key(), it.value() });
        if (plan.timezone.isEmpty())
            plan.timezone = recipe->timezone;
    }
    const Result<ValueFormatSettings> formats = valueFormatSettingsFromParser(parser, recipeInference);
    if (!formats)
        return usageError(io, formats.error().message);
    // value conversions need the whole-file pass: always with --create, on request into an existing table
    const bool convert = create || parser.isSet(QStringLiteral("convert")) || !formats->inference.formats.isEmpty();
    const bool unicodeNames = parser.isSet(QStringLiteral("unicode-names")) || (recipe && recipe->unicodeNames);

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
    {
        doris::MetadataClient meta(*settings);
        auto columns = meta.describe(plan.database, plan.table);
        const bool missing = !columns
            && (columns.error().code == QLatin1String("unknown_table")
                || columns.error().code == QLatin1String("unknown_database"));
        const bool recipeDesign = recipe && !recipe->columns.isEmpty();
        std::optional<schema::FileInference> inferred;
        if (convert || (create && !recipeDesign)) {
            // the same whole-file pass whether the table is created now or was created by the run being resumed
            schema::InferenceOptions inference = formats->inference;
            inference.unicodeNames = unicodeNames;
            auto scanned = schema::FileScan::infer(plan.sourcePath, plan.readerOptions, inference);
            if (!scanned)
                return fail(io, json, scanned.error(), kExitUsage);
            inferred = std::move(*scanned);
            if (Status known = checkFormatColumns(inference.formats, inferred->columns); !known)
                return fail(io, json, known.error(), kExitUsage);
        }
        if (missing && create) {
            const Status created = recipeDesign
                ? executeCreateTable(meta, designFromRecipe(*recipe),
                    tr("Fix the recipe's column types in the assistant, or create the table yourself."), io)
                : createTable(meta, plan, *inferred, io);
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
        const QStringList targets = columnsByName(fileColumns, *columns);
        const bool allNamed = !targets.contains(QString());
        if (create && !recipeDesign) {
            if (Status fits = checkExistingTableFits(plan, fileColumns, targets, *columns); !fits)
                return fail(io, json, fits.error(), kExitFailed);
        }
        QStringList ruleTargets = targets;
        if (recipeDesign) {
            plan.columnsHeader = recipeColumnsHeader(*recipe, fileColumns);
            ruleTargets = recipeTargets(*recipe, fileColumns);
        } else if (allNamed) {
            plan.columnsHeader = namedColumnsHeader(fileColumns, targets, convert ? std::nullopt : inferred);
        } else {
            ruleTargets = load::positionalTargets(int(fileColumns.size()), *columns);
        }
        plan.fieldRules = load::makeFieldRules(ruleTargets, *columns, plan.emptyAsString);
        if (convert && inferred) {
            // offsets become one zone: the one asked for, else the cluster's, sent as the load's timezone too
            if (plan.timezone.isEmpty()) {
                auto zone = meta.select(QStringLiteral("SELECT @@time_zone"));
                plan.timezone = zone && !zone->isEmpty() && !zone->first().isEmpty() ? zone->first().first()
                                                                                     : QStringLiteral("UTC");
            }
            schema::ConversionOptions conversion;
            conversion.emptyAsString = plan.emptyAsString;
            conversion.timezone = plan.timezone;
            load::addConversions(plan.fieldRules, inferred->columns, ruleTargets, *columns, conversion);
        }
        if (!recipeDesign && !allNamed && fileColumns.size() != columns->size())
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

    // the same file into the same table before: said, not refused (a script may mean to append it again)
    const std::optional<load::PreviousLoad> earlier = plan.resume ? std::nullopt : load::findPreviousLoad(plan);
    if (earlier && !json)
        io.printErr(
            tr("doris-import load: note: %1 was already loaded into %2.%3 at %4 (%5 rows); loading it again.\n")
                .arg(plan.sourcePath, earlier->database, earlier->table, earlier->finished.toString(Qt::ISODate))
                .arg(earlier->rowsLoaded));

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
        QJsonObject out = report.toJson();
        if (earlier) {
            out.insert(QStringLiteral("previous_load"),
                QJsonObject { { QStringLiteral("finished"), earlier->finished.toString(Qt::ISODate) },
                    { QStringLiteral("rows_loaded"), earlier->rowsLoaded },
                    { QStringLiteral("rows_filtered"), earlier->rowsFiltered },
                    { QStringLiteral("journal"), earlier->journalPath } });
        }
        io.writeOut(toJsonLine(out));
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
