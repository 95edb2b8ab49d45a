#pragma once

#include "loadreport.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace dia::load {

/// A snapshot of a running load, reported at most 5 times a second plus once at the end (`final`).
struct LoadProgress
{
    qint64 bytesRead = 0; ///< body bytes cut from the file so far
    qint64 bytesCommitted = 0; ///< body bytes of committed (or precommitted) chunks
    qint64 rowsRead = 0;
    qint64 rowsLoaded = 0;
    qint64 rowsFiltered = 0;
    int chunksDone = 0; ///< committed or precommitted
    int chunksInFlight = 0;
    int chunksTotal = -1; ///< -1 until the whole file has been cut
    double sourceFraction = 0; ///< 0..1 of the file consumed by the chunker
    double seconds = 0;
    double bytesPerSecond = 0; ///< committed bytes / seconds
    bool final = false;
    QString phase; ///< "loading", "committing", "aborting", "done"
    QList<ChunkReport> chunks; ///< every chunk seen so far

    /// One --json progress line: {"event":"progress",...} without the per-chunk list.
    QJsonObject toJson() const;
};

} // namespace dia::load

Q_DECLARE_METATYPE(dia::load::LoadProgress)
