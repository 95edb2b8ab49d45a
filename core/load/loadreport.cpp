#include "loadreport.h"

#include <QJsonArray>

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
    return object;
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
    if (!errorCode.isEmpty() || !message.isEmpty()) {
        QJsonObject error { { QStringLiteral("code"), errorCode }, { QStringLiteral("message"), message } };
        if (!hint.isEmpty())
            error.insert(QStringLiteral("hint"), hint);
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

} // namespace dia::load
