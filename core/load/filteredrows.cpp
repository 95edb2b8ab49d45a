#include "filteredrows.h"

#include "doris/errorlogclient.h"
#include "doris/metadataclient.h"

#include <QCoreApplication>
#include <QDir>

namespace dia::load {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::load", text);
}

QByteArray stripLineEnd(QByteArray record)
{
    while (record.endsWith('\n') || record.endsWith('\r'))
        record.chop(1);
    return record;
}

} // namespace

void mapFilteredRows(QList<doris::FilteredRow>& rows, const QList<QPair<qint64, QByteArray>>& records)
{
    QList<bool> used(records.size(), false);
    for (doris::FilteredRow& row : rows) {
        const QByteArray raw = row.rawRow.toUtf8();
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (!used[i] && stripLineEnd(records[i].second) == raw) {
                used[i] = true;
                row.line = records[i].first;
                break;
            }
        }
    }
}

Result<QList<QPair<qint64, QByteArray>>> chunkRecords(
    const LoadJournal& journal, int index, const source::FieldRules* rules)
{
    source::FieldRules fromJournal; // value conversions cannot be rebuilt from it: such rows may match no line
    for (bool emptyToNull : journal.emptyToNull)
        fromJournal.columns.append(source::FieldRule { emptyToNull, nullptr, QString() });
    auto source = source::openChunkSource(
        journal.sourcePath, journal.readerOptions, journal.chunkLimits, QDir::tempPath(), rules ? *rules : fromJournal);
    if (!source)
        return source.error();
    for (;;) {
        auto next = (*source)->next();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        if ((**next).info.index == index)
            return (**next).body->records();
    }
    return makeError(QStringLiteral("chunk_missing"),
        tr("%1 no longer has a chunk %2; the file may have changed since the load.")
            .arg(journal.sourcePath)
            .arg(index));
}

Result<FilteredRows> fetchFilteredRows(const doris::ConnectionSettings& settings, const LoadJournal& journal,
    const QString& label, const source::FieldRules* rules)
{
    const ChunkReport* chunk = nullptr;
    for (const ChunkReport& entry : journal.chunks) {
        if (entry.label == label)
            chunk = &entry;
    }
    if (!chunk)
        return makeError(QStringLiteral("unknown_label"), tr("The load journal has no chunk labelled %1.").arg(label),
            tr("Give the journal of that load with --journal."));
    FilteredRows result;
    result.label = label;
    result.errorUrl = chunk->errorUrl;
    if (chunk->errorUrl.isEmpty())
        return result;

    doris::MetadataClient meta(settings);
    doris::ErrorLogClient client(settings);
    if (auto backends = meta.backends())
        client.setKnownBackends(*backends);
    auto fetched = client.fetch(chunk->errorUrl, &meta);
    if (!fetched)
        return fetched.error();
    result.rows = fetched->log.rows;
    result.truncated = fetched->log.truncated;
    result.note = fetched->note;
    if (auto records = chunkRecords(journal, chunk->index, rules))
        mapFilteredRows(result.rows, *records);
    return result;
}

} // namespace dia::load
