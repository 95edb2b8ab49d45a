#include "errorscommand.h"

#include "common/jsonio.h"
#include "connectionoptions.h"
#include "doris/errorlogclient.h"
#include "doris/metadataclient.h"
#include "load/filteredrows.h"
#include "load/loadjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QStandardPaths>

namespace dia::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::cli", text);
}

/// The journal that holds `label`: the given one, or the newest in the default journal folder.
Result<load::LoadJournal> findJournal(
    const QString& given, const QString& label, const QString& db, const QString& table)
{
    if (!given.isEmpty())
        return load::LoadJournal::load(given);
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journals");
    QDirIterator it(dir, { QStringLiteral("*.json") }, QDir::Files);
    while (it.hasNext()) {
        auto journal = load::LoadJournal::load(it.next());
        if (!journal || journal->database != db || journal->table != table)
            continue;
        for (const load::ChunkReport& chunk : journal->chunks) {
            if (chunk.label == label)
                return journal;
        }
    }
    return makeError(QStringLiteral("unknown_label"),
        tr("No load journal of %1.%2 has a chunk labelled %3.").arg(db, table, label),
        tr("Give the load's journal with --journal, or the chunk's error_url with --url."));
}

} // namespace

QString ErrorsCommand::summary() const
{
    return tr("Show the rows Doris filtered in a load, from its ErrorURL or label.");
}

void ErrorsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("url"), tr("The ErrorURL of a load (its chunk's error_url)."), tr("URL") });
    parser.addOption({ QStringLiteral("label"), tr("The label of a chunk loaded by doris-import."), tr("LABEL") });
    parser.addOption(
        { QStringLiteral("table"), tr("The chunk's table as DATABASE.TABLE (with --label)."), tr("DB.TABLE") });
    parser.addOption({ QStringLiteral("journal"),
        tr("The load's journal (with --label; default: search the data folder)."), tr("PATH") });
    addConnectionOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("One JSON object per filtered row on stdout.") });
}

int ErrorsCommand::run(const QCommandLineParser& parser, const CliIo& io)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool byUrl = parser.isSet(QStringLiteral("url"));
    const bool byLabel = parser.isSet(QStringLiteral("label"));
    if (byUrl == byLabel)
        return usageError(io, tr("give either --url URL or --label LABEL --table DATABASE.TABLE."));
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    auto settings = connectionFromOptions(parser, io);
    if (!settings)
        return fail(io, json, settings.error(), kExitUsage);

    load::FilteredRows result;
    if (byUrl) {
        doris::MetadataClient meta(*settings);
        doris::ErrorLogClient client(*settings);
        auto backends = meta.backends();
        if (backends)
            client.setKnownBackends(*backends);
        auto fetched = client.fetch(parser.value(QStringLiteral("url")), backends ? &meta : nullptr);
        if (!fetched)
            return fail(io, json, fetched.error(),
                fetched.error().code == QLatin1String("untrusted_error_url") ? kExitUsage : kExitFailed);
        result.errorUrl = parser.value(QStringLiteral("url"));
        result.rows = fetched->log.rows;
        result.truncated = fetched->log.truncated;
        result.note = fetched->note;
    } else {
        if (!parser.isSet(QStringLiteral("table")))
            return usageError(io, tr("--label needs --table DATABASE.TABLE."));
        auto table = parseTableName(parser.value(QStringLiteral("table")));
        if (!table)
            return fail(io, json, table.error(), kExitUsage);
        const QString label = parser.value(QStringLiteral("label"));
        auto journal = findJournal(parser.value(QStringLiteral("journal")), label, table->first, table->second);
        if (!journal)
            return fail(io, json, journal.error(), kExitUsage);
        auto fetched = load::fetchFilteredRows(*settings, *journal, label);
        if (!fetched)
            return fail(io, json, fetched.error(),
                fetched.error().code == QLatin1String("unknown_label") ? kExitUsage : kExitFailed);
        result = *fetched;
        if (result.errorUrl.isEmpty())
            io.printErr(tr("doris-import errors: chunk %1 has no filtered rows.\n").arg(label));
    }

    if (!result.note.isEmpty())
        io.printErr(QStringLiteral("doris-import errors: %1\n").arg(result.note));
    for (const doris::FilteredRow& row : result.rows) {
        if (json) {
            QJsonObject object { { QStringLiteral("line"), row.line < 0 ? QJsonValue() : QJsonValue(row.line) },
                { QStringLiteral("reason"), row.reason }, { QStringLiteral("row"), row.rawRow } };
            if (!row.column.isEmpty())
                object.insert(QStringLiteral("column"), row.column);
            io.writeOut(toJsonLine(object));
        } else {
            io.print(QStringLiteral("%1: %2\n    %3\n")
                         .arg(row.line < 0 ? tr("line ?") : tr("line %1").arg(row.line), row.reason, row.rawRow));
        }
    }
    if (result.truncated)
        io.printErr(tr("doris-import errors: Doris logged only the first rows of this load; more were filtered.\n"));
    return kExitOk;
}

} // namespace dia::cli
