#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dia::load {

/// Where one chunk stands.
enum class ChunkStatus {
    Pending, ///< not sent yet
    Sending, ///< a request is (or was, before a crash) in flight: outcome unknown until the label is checked
    Precommitted, ///< atomic mode: prepared, waiting for the final commit
    Committed, ///< rows visible (or will be: Publish Timeout)
    Failed, ///< Doris refused it for good, or retries ran out
    Aborted, ///< atomic mode: its transaction was rolled back
    Cancelled,
};

QString chunkStatusName(ChunkStatus status);
ChunkStatus chunkStatusFromName(const QString& name);

struct ChunkReport
{
    int index = 0;
    QString label;
    ChunkStatus status = ChunkStatus::Pending;
    qint64 txnId = -1;
    qint64 rows = 0; ///< data rows sent in this chunk
    qint64 bytes = 0; ///< body bytes
    qint64 firstLine = 0; ///< 1-based line of its first record in the file
    qint64 loaded = -1; ///< -1: unknown (committed in an earlier run that left no counts)
    qint64 filtered = -1;
    qint64 unselected = -1;
    QString errorUrl;
    int attempts = 0;
    QString message; ///< what happened, in words (Doris's message, the retry reason, ...)
    QString errorCode; ///< stable code when Failed
    /// host:port of the BE (as the FE named it) of the last attempt; empty before one reached a BE.
    QString backend;
    QString compression; ///< "none", "gz" or "lz4": how the last attempt's body travelled
    qint64 wireBytes = -1; ///< bytes on the wire in the last attempt (compressed size when compressed)
    qint64 sendMs = -1; ///< duration of the last attempt's request to the BE
    /// Why each earlier attempt was sent again, e.g. "attempt 1 on BE 127.0.0.1:8041: connection refused".
    QStringList retries;

    QJsonObject toJson() const;
};

/// Rows, bytes and throughput of the chunks committed through one BE.
struct BackendLoadStats
{
    QString backend; ///< host:port as the FE named it
    int chunks = 0;
    qint64 rows = 0; ///< loaded rows (the chunk's rows when Doris's count is unknown)
    qint64 bytes = 0; ///< body bytes before compression
    qint64 wireBytes = 0;
    double sendSeconds = 0; ///< summed request time of those chunks (streams in parallel add up)
    /// bytes / sendSeconds: what one stream to this BE achieved.
    double bytesPerSecond() const { return sendSeconds > 0 ? bytes / sendSeconds : 0; }
    QJsonObject toJson() const;
};

/// The outcome of a whole load.
struct LoadReport
{
    enum class Status {
        Success, ///< every chunk committed
        Fail,
        Cancelled,
    };

    Status status = Status::Fail;
    qint64 rowsTotal = 0; ///< data rows in the chunks seen
    qint64 rowsLoaded = 0; ///< known loaded rows (chunks with unknown counts are not included)
    qint64 rowsFiltered = 0;
    qint64 rowsUnselected = 0;
    qint64 bytes = 0;
    double seconds = 0;
    QString jobId;
    QString errorCode; ///< why it failed, stable
    QString message; ///< why it failed, in words
    QString hint;
    QList<ChunkReport> chunks;
    /// How bodies were compressed: {"mode":"auto","codec":"lz4","reason":...,"wire_mb_per_s":...}.
    QJsonObject compression;

    static QString statusName(Status status);
    /// Committed chunks grouped by the BE that loaded them, in order of the BE address.
    QList<BackendLoadStats> backendStats() const;
    /// Chunks sent more than once (attempts > 1), in index order.
    QList<ChunkReport> retriedChunks() const;
    /// The --json shape: {"status","rows_total","rows_loaded","rows_filtered","bytes","seconds","chunks":[...]}
    /// plus "job_id", "compression", "backends" (backendStats), "retried_chunks" ([{index,label,attempts,
    /// retries}]) and, on failure, "error":{code,message,hint}.
    QJsonObject toJson() const;
};

} // namespace dia::load
