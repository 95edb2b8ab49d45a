#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

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

    static QString statusName(Status status);
    /// The --json shape: {"status","rows_total","rows_loaded","rows_filtered","bytes","seconds","chunks":[...]}
    /// plus "job_id" and, on failure, "error":{code,message,hint}.
    QJsonObject toJson() const;
};

} // namespace dia::load
