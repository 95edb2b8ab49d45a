#include "importsession.h"

#include "models/logmodel.h"
#include "passwordvault.h"

#include <algorithm>

namespace dia::ui {

ImportSession::ImportSession(AppSettings* settings, LogModel* log, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_log(log)
    , m_vault(new PasswordVault(this))
{ }

ImportSession::~ImportSession() = default;

doris::ConnectionSettings ImportSession::connectionSettings() const
{
    doris::ConnectionSettings s;
    s.feHost = connection.host;
    s.feHttpPort = connection.httpPort;
    s.mysqlPort = connection.mysqlPort;
    s.user = connection.user;
    s.password = password;
    s.useTls = connection.useTls;
    s.trustSelfSigned = connection.trustSelfSigned;
    s.beOverride = connection.beOverride;
    return s;
}

const QList<schema::InferredColumn>& ImportSession::inferredColumns() const
{
    return !scan.columns.isEmpty() ? scan.columns : preview.columns;
}

QString ImportSession::loadTimezone() const
{
    if (!timezone.isEmpty())
        return timezone;
    return clusterTimezone.isEmpty() ? QStringLiteral("UTC") : clusterTimezone;
}

namespace {

QStringList originalNames(const QList<schema::InferredColumn>& columns)
{
    QStringList names;
    for (const schema::InferredColumn& c : columns)
        names.append(c.originalName);
    return names;
}

QStringList dorisNames(const QList<schema::InferredColumn>& columns)
{
    QStringList names;
    for (const schema::InferredColumn& c : columns)
        names.append(c.name);
    return names;
}

} // namespace

QString ImportSession::chosenFormat(int index) const
{
    const QList<schema::InferredColumn>& columns = inferredColumns();
    const QStringList originals = originalNames(columns);
    const QStringList names = dorisNames(columns);
    for (const schema::FormatChoice& choice : inference.formats) {
        if (schema::formatChoiceColumn(choice, originals, names) == index)
            return choice.spec;
    }
    return {};
}

void ImportSession::chooseFormat(int index, const QString& spec)
{
    const QList<schema::InferredColumn>& columns = inferredColumns();
    if (index < 0 || index >= columns.size())
        return;
    const QStringList originals = originalNames(columns);
    const QStringList names = dorisNames(columns);
    inference.formats.removeIf([&](const schema::FormatChoice& choice) {
        return schema::formatChoiceColumn(choice, originals, names) == index;
    });
    if (!spec.isEmpty())
        inference.formats.append(schema::FormatChoice { columns.at(index).originalName, spec });
}

void ImportSession::resetForNewFile()
{
    ++importNumber;
    filePath.clear();
    readerOptions = {};
    preview = {};
    scan = {};
    scanComplete = false;
    scanRunning = false;
    inference.formats.clear(); // a format belongs to a column of that file
    resetTarget();
}

void ImportSession::resetTarget()
{
    existingTable = false;
    existingColumns.clear();
    const QString database = tableDesign.database;
    tableDesign = {};
    tableDesign.database = database;
    mapping.clear();
    columnsHeader.clear();
    replicationChoice = 0;
    maxFilterRatio = 0.0;
    strictMode = false;
    emptyAsString = false;
    timezone.clear();
    mappingFromRecipe = false;
    resuming = false;
    lastPlan = {};
    loadReport = {};
    hasLoadReport = false;
}

recipe::ImportRecipe ImportSession::toRecipe() const
{
    recipe::ImportRecipe r;
    r.connection = connection;
    r.filePath = filePath;
    r.reader = readerOptions;
    r.database = tableDesign.database;
    r.table = tableDesign.table;
    r.createTable = !existingTable;
    r.columns = mapping;
    r.model = tableDesign.model == schema::DataModel::Unique ? QStringLiteral("unique") : QStringLiteral("duplicate");
    r.buckets = tableDesign.buckets;
    r.replicationNum = tableDesign.replicationNum;
    r.maxFilterRatio = maxFilterRatio;
    r.strictMode = strictMode;
    r.chunkBytes = qint64(chunkMiB) * 1024 * 1024;
    r.parallel = parallel;
    r.atomic = atomic;
    r.compression = load::compressionName(compression);
    r.tightTypes = inference.tightTypes;
    r.percentAsRatio = inference.percentAsRatio;
    r.timezone = timezone;
    // the formats the user chose, by header (the recipe keeps them with the column of that name)
    const QList<schema::InferredColumn>& columns = inferredColumns();
    const QStringList originals = originalNames(columns);
    const QStringList names = dorisNames(columns);
    for (const schema::FormatChoice& choice : inference.formats) {
        const qsizetype index = schema::formatChoiceColumn(choice, originals, names);
        r.columnFormats.insert(index >= 0 ? originals.at(index) : choice.column, choice.spec);
    }
    return r;
}

void ImportSession::applyRecipe(const recipe::ImportRecipe& r)
{
    connection = r.connection;
    filePath = r.filePath;
    readerOptions = r.reader;
    existingTable = !r.createTable;
    tableDesign.database = r.database;
    tableDesign.table = r.table;
    tableDesign.model = r.model == QLatin1String("unique") ? schema::DataModel::Unique : schema::DataModel::Duplicate;
    tableDesign.buckets = r.buckets;
    tableDesign.replicationNum = r.replicationNum;
    replicationChoice = r.replicationNum; // the recipe's choice stands, whatever the cluster
    mapping = r.columns;
    maxFilterRatio = r.maxFilterRatio;
    strictMode = r.strictMode;
    chunkMiB = int(std::max<qint64>(1, r.chunkBytes / (1024 * 1024)));
    parallel = r.parallel;
    atomic = r.atomic;
    if (const Result<load::Compression> chosen = load::compressionFromName(r.compression); chosen)
        compression = *chosen;
    inference.tightTypes = r.tightTypes;
    inference.percentAsRatio = r.percentAsRatio;
    inference.formats.clear();
    for (auto it = r.columnFormats.cbegin(); it != r.columnFormats.cend(); ++it)
        inference.formats.append(schema::FormatChoice { it.key(), it.value() });
    timezone = r.timezone;
    mappingFromRecipe = !mapping.isEmpty();
}

void ImportSession::logInfo(const QString& message)
{
    m_log->append(LogModel::Severity::Info, message);
}

void ImportSession::logWarning(const QString& message)
{
    m_log->append(LogModel::Severity::Warning, message);
}

void ImportSession::logError(const QString& message)
{
    m_log->append(LogModel::Severity::Error, message);
}

} // namespace dia::ui
