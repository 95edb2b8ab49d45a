#include "loadprogress.h"

namespace dia::load {

QJsonObject LoadProgress::toJson() const
{
    return QJsonObject {
        { QStringLiteral("event"), QStringLiteral("progress") },
        { QStringLiteral("phase"), phase },
        { QStringLiteral("bytes_read"), bytesRead },
        { QStringLiteral("bytes_committed"), bytesCommitted },
        { QStringLiteral("rows_read"), rowsRead },
        { QStringLiteral("rows_loaded"), rowsLoaded },
        { QStringLiteral("rows_filtered"), rowsFiltered },
        { QStringLiteral("chunks_done"), chunksDone },
        { QStringLiteral("chunks_in_flight"), chunksInFlight },
        { QStringLiteral("chunks_total"), chunksTotal },
        { QStringLiteral("fraction"), qRound(sourceFraction * 1000) / 1000.0 },
        { QStringLiteral("seconds"), qRound64(seconds * 1000) / 1000.0 },
        { QStringLiteral("bytes_per_second"), qRound64(bytesPerSecond) },
        { QStringLiteral("final"), final },
    };
}

} // namespace dia::load
