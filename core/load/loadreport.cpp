#include "loadreport.h"

#include <QJsonArray>

#include <algorithm>

namespace dia::load {

namespace {

QJsonValue countOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString chunkStatusName(ChunkStatus status)
{
    switch (status) {
    case ChunkStatus::Pending:
        return QStringLiteral("pending");
    case ChunkStatus::Sending:
        return QStringLiteral("sending");
    case ChunkStatus::Precommitted:
        return QStringLiteral("precommitted");
    case ChunkStatus::Committed:
        return QStringLiteral("committed");
    case ChunkStatus::Failed:
        return QStringLiteral("failed");
    case ChunkStatus::Aborted:
        return QStringLiteral("aborted");
    case ChunkStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

ChunkStatus chunkStatusFromName(const QString& name)
{
    for (ChunkStatus status : { ChunkStatus::Pending, ChunkStatus::Sending, ChunkStatus::Precommitted,
             ChunkStatus::Committed, ChunkStatus::Failed, ChunkStatus::Aborted, ChunkStatus::Cancelled }) {
        if (chunkStatusName(status) == name)
            return status;
    }
    return ChunkStatus::Pending;
}

QJsonObject ChunkReport::toJson() const
{
    QJsonObject object {
        { QStringLiteral("index"), index },
        { QStringLiteral("label"), label },
        { QStringLiteral("status"), chunkStatusName(status) },
        { QStringLiteral("txn_id"), txnId },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("first_line"), firstLine },
        { QStringLiteral("loaded"), countOrNull(loaded) },
        { QStringLiteral("filtered"), countOrNull(filtered) },
        { QStringLiteral("unselected"), countOrNull(unselected) },
        { QStringLiteral("error_url"), errorUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorUrl) },
        { QStringLiteral("attempts"), attempts },
    };
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (!errorCode.isEmpty())
        object.insert(QStringLiteral("error_code"), errorCode);
    if (!backend.isEmpty())
        object.insert(QStringLiteral("backend"), backend);
    if (!compression.isEmpty())
        object.insert(QStringLiteral("compression"), compression);
    if (wireBytes >= 0)
        object.insert(QStringLiteral("wire_bytes"), wireBytes);
    if (sendMs >= 0)
        object.insert(QStringLiteral("send_ms"), sendMs);
    if (!retries.isEmpty())
        object.insert(QStringLiteral("retries"), QJsonArray::fromStringList(retries));
    return object;
}

QJsonObject BackendLoadStats::toJson() const
{
    return QJsonObject {
        { QStringLiteral("backend"), backend },
        { QStringLiteral("chunks"), chunks },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("bytes"), bytes },
        { QStringLiteral("wire_bytes"), wireBytes },
        { QStringLiteral("send_seconds"), qRound64(sendSeconds * 1000) / 1000.0 },
        { QStringLiteral("mb_per_s"), qRound64(bytesPerSecond() / 1e4) / 100.0 },
    };
}

QList<BackendLoadStats> LoadReport::backendStats() const
{
    QList<BackendLoadStats> stats;
    for (const ChunkReport& c : chunks) {
        if (c.status != ChunkStatus::Committed && c.status != ChunkStatus::Precommitted)
            continue;
        if (c.backend.isEmpty())
            continue; // committed in an earlier run, or found committed by its label
        auto it = std::find_if(
            stats.begin(), stats.end(), [&](const BackendLoadStats& s) { return s.backend == c.backend; });
        if (it == stats.end()) {
            stats.append(BackendLoadStats { c.backend });
            it = stats.end() - 1;
        }
        ++it->chunks;
        it->rows += c.loaded >= 0 ? c.loaded : c.rows;
        it->bytes += c.bytes;
        it->wireBytes += c.wireBytes >= 0 ? c.wireBytes : c.bytes;
        it->sendSeconds += qMax<qint64>(0, c.sendMs) / 1000.0;
    }
    std::sort(stats.begin(), stats.end(),
        [](const BackendLoadStats& a, const BackendLoadStats& b) { return a.backend < b.backend; });
    return stats;
}

QList<ChunkReport> LoadReport::retriedChunks() const
{
    QList<ChunkReport> retried;
    for (const ChunkReport& c : chunks) {
        if (c.attempts > 1)
            retried.append(c);
    }
    return retried;
}

QString LoadReport::statusName(Status status)
{
    switch (status) {
    case Status::Success:
        return QStringLiteral("Success");
    case Status::Fail:
        return QStringLiteral("Fail");
    case Status::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Fail");
}

QJsonObject LoadReport::toJson() const
{
    QJsonArray chunkArray;
    for (const ChunkReport& chunk : chunks)
        chunkArray.append(chunk.toJson());
    QJsonObject object {
        { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("rows_total"), rowsTotal },
        { QStringLiteral("rows_loaded"), rowsLoaded },
        { QStringLiteral("rows_filtered"), rowsFiltered },
        { QStringLiteral("rows_unselected"), rowsUnselected },
        { QStringLiteral("bytes"), bytes },
        { QStringLiteral("seconds"), qRound64(seconds * 1000) / 1000.0 },
        { QStringLiteral("job_id"), jobId },
        { QStringLiteral("chunks"), chunkArray },
    };
    QJsonArray backendArray;
    for (const BackendLoadStats& stats : backendStats())
        backendArray.append(stats.toJson());
    object.insert(QStringLiteral("backends"), backendArray);
    QJsonArray retriedArray;
    for (const ChunkReport& c : retriedChunks())
        retriedArray.append(QJsonObject { { QStringLiteral("index"), c.index }, { QStringLiteral("label"), c.label },
            { QStringLiteral("attempts"), c.attempts },
            { QStringLiteral("retries"), QJsonArray::fromStringList(c.retries) } });
    object.insert(QStringLiteral("retried_chunks"), retriedArray);
    if (!compression.isEmpty())
        object.insert(QStringLiteral("compression"), compression);
    if (!errorCode.isEmpty() || !message.isEmpty()) {
        QJsonObject error { { QStringLiteral("code"), errorCode }, { QStringLiteral("message"), message } };
        if (!hint.isEmpty())
            error.insert(QStringLiteral("hint"), hint);
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

} // namespace dia::load
