#pragma once

#include "common/result.h"
#include "doris/filteredrow.h"
#include "source/chunksource.h"

#include <QList>

namespace dia::load {

/// Puts original-file line numbers on the rows Doris filtered from one chunk: Doris's error log shows each
/// row as it was in the body (`src line [...]`), so each is matched against the chunk's records; identical
/// rows are assigned to successive records in order. Rows that match nothing keep line -1.
void locateFilteredRows(const QList<QPair<qint64, QByteArray>>& records, QList<doris::FilteredRow>& rows);

/// Re-cuts the file with the same options and limits as the load (chunking is deterministic) up to chunk
/// `chunkIndex` and locates `rows` in it. Blocking: run on a worker thread.
Status locateFilteredRowsInFile(const QString& path, const source::ReaderOptions& options,
    const source::ChunkLimits& limits, const QString& spoolDir, int chunkIndex, QList<doris::FilteredRow>& rows);

} // namespace dia::load
