#include "filteredrowlocator.h"

#include <QCoreApplication>
#include <QHash>

namespace dia::load {

void locateFilteredRows(const QList<QPair<qint64, QByteArray>>& records, QList<doris::FilteredRow>& rows)
{
    QHash<QString, QList<qint64>> linesByText;
    for (const auto& [line, raw] : records) {
        QByteArray text = raw;
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
        linesByText[QString::fromUtf8(text)].append(line);
    }
    for (doris::FilteredRow& row : rows) {
        auto it = linesByText.find(row.rawRow);
        if (it == linesByText.end() || it->isEmpty())
            continue;
        row.line = it->takeFirst();
    }
}

Status locateFilteredRowsInFile(const QString& path, const source::ReaderOptions& options,
    const source::ChunkLimits& limits, const QString& spoolDir, int chunkIndex, QList<doris::FilteredRow>& rows)
{
    auto chunks = source::openChunkSource(path, options, limits, spoolDir);
    if (!chunks.ok())
        return chunks.error();
    for (int i = 0;; ++i) {
        auto chunk = (*chunks)->next();
        if (!chunk.ok())
            return chunk.error();
        if (!chunk->has_value())
            return makeError(QStringLiteral("chunk_not_found"),
                QCoreApplication::translate("dia::load", "The file no longer has a chunk %1.").arg(chunkIndex + 1),
                QCoreApplication::translate("dia::load", "The file changed since the load; line numbers are unavailable."));
        if (i < chunkIndex)
            continue;
        auto records = (*chunk)->body->records();
        if (!records.ok())
            return records.error();
        locateFilteredRows(*records, rows);
        return {};
    }
}

} // namespace dia::load
