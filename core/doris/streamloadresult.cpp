#include "streamloadresult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dia::doris {

namespace {

qint64 toInt64(const QJsonValue& value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

bool toBool(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString StreamLoadResult::statusName(LoadStatus status)
{
    switch (status) {
    case LoadStatus::Success:
        return QStringLiteral("Success");
    case LoadStatus::PublishTimeout:
        return QStringLiteral("Publish Timeout");
    case LoadStatus::LabelAlreadyExists:
        return QStringLiteral("Label Already Exists");
    case LoadStatus::Fail:
        return QStringLiteral("Fail");
    case LoadStatus::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

Result<StreamLoadResult> StreamLoadResult::parse(const QByteArray& body)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        return makeError(QStringLiteral("bad_response"),
            QCoreApplication::translate("dia::doris", "Doris answered with something that is not a load result: %1")
                .arg(excerpt.isEmpty() ? QStringLiteral("(empty body)") : excerpt),
            QCoreApplication::translate("dia::doris", "Check that --fe points at a Doris FE HTTP port."));
    }
    const QJsonObject object = document.object();
    StreamLoadResult result;

    if (object.contains(QLatin1String("Status"))) {
        result.statusText = object.value(QLatin1String("Status")).toString();
        if (result.statusText == QLatin1String("Success"))
            result.status = LoadStatus::Success;
        else if (result.statusText == QLatin1String("Publish Timeout"))
            result.status = LoadStatus::PublishTimeout;
        else if (result.statusText == QLatin1String("Label Already Exists"))
            result.status = LoadStatus::LabelAlreadyExists;
        else if (result.statusText == QLatin1String("Fail"))
            result.status = LoadStatus::Fail;
        result.txnId = toInt64(object.value(QLatin1String("TxnId")), -1);
        result.label = object.value(QLatin1String("Label")).toString();
        result.comment = object.value(QLatin1String("Comment")).toString();
        result.twoPhaseCommit = toBool(object.value(QLatin1String("TwoPhaseCommit")));
        result.groupCommit = toBool(object.value(QLatin1String("GroupCommit")));
        result.existingJobStatus = object.value(QLatin1String("ExistingJobStatus")).toString();
        result.message = object.value(QLatin1String("Message")).toString();
        result.numberTotalRows = toInt64(object.value(QLatin1String("NumberTotalRows")), 0);
        result.numberLoadedRows = toInt64(object.value(QLatin1String("NumberLoadedRows")), 0);
        result.numberFilteredRows = toInt64(object.value(QLatin1String("NumberFilteredRows")), 0);
        result.numberUnselectedRows = toInt64(object.value(QLatin1String("NumberUnselectedRows")), 0);
        result.loadBytes = toInt64(object.value(QLatin1String("LoadBytes")), 0);
        result.loadTimeMs = toInt64(object.value(QLatin1String("LoadTimeMs")), -1);
        result.beginTxnTimeMs = toInt64(object.value(QLatin1String("BeginTxnTimeMs")), -1);
        result.streamLoadPutTimeMs = toInt64(object.value(QLatin1String("StreamLoadPutTimeMs")), -1);
        result.readDataTimeMs = toInt64(object.value(QLatin1String("ReadDataTimeMs")), -1);
        result.writeDataTimeMs = toInt64(object.value(QLatin1String("WriteDataTimeMs")), -1);
        result.receiveDataTimeMs = toInt64(object.value(QLatin1String("ReceiveDataTimeMs")), -1);
        result.commitAndPublishTimeMs = toInt64(object.value(QLatin1String("CommitAndPublishTimeMs")), -1);
        result.errorUrl = object.value(QLatin1String("ErrorURL")).toString();
        result.firstErrorMsg = object.value(QLatin1String("FirstErrorMsg")).toString();
        return result;
    }

    // FE REST shapes: {"status":"FAILED","msg":"..."} or {"msg":"Unauthorized","code":401,"data":"...","count":0}.
    result.fromFe = true;
    result.status = LoadStatus::Fail;
    result.statusText = object.value(QLatin1String("status")).toString();
    QString msg = object.value(QLatin1String("msg")).toString();
    const QJsonValue data = object.value(QLatin1String("data"));
    if (data.isString() && !data.toString().isEmpty() && data.toString() != msg)
        msg = msg.isEmpty() ? data.toString() : msg + QStringLiteral(": ") + data.toString();
    if (result.statusText.isEmpty() && object.contains(QLatin1String("code")))
        result.statusText = QString::number(toInt64(object.value(QLatin1String("code")), 0));
    if (result.statusText.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0
        || (object.value(QLatin1String("code")).toInt(-1) == 0 && msg == QLatin1String("success")))
        result.status = LoadStatus::Unknown; // a REST success is not a load result
    result.message = msg;
    return result;
}

} // namespace dia::doris
