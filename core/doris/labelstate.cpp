#include "labelstate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dia::doris {

QString labelStateName(LabelState state)
{
    switch (state) {
    case LabelState::Unknown:
        return QStringLiteral("UNKNOWN");
    case LabelState::Prepare:
        return QStringLiteral("PREPARE");
    case LabelState::Precommitted:
        return QStringLiteral("PRECOMMITTED");
    case LabelState::Committed:
        return QStringLiteral("COMMITTED");
    case LabelState::Visible:
        return QStringLiteral("VISIBLE");
    case LabelState::Aborted:
        return QStringLiteral("ABORTED");
    }
    return QStringLiteral("UNKNOWN");
}

Result<LabelState> parseLabelState(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return makeError(QStringLiteral("bad_response"),
            QCoreApplication::translate("dia::doris", "The FE's label state answer is not JSON: %1")
                .arg(QString::fromUtf8(body.left(200)).simplified()));
    const QJsonObject object = document.object();
    const QString data = object.value(QLatin1String("data")).toString();
    const int code = object.value(QLatin1String("code")).toInt(-1);
    static const LabelState kStates[] = { LabelState::Unknown, LabelState::Prepare, LabelState::Precommitted,
        LabelState::Committed, LabelState::Visible, LabelState::Aborted };
    if (code == 0) {
        for (LabelState state : kStates) {
            if (data.compare(labelStateName(state), Qt::CaseInsensitive) == 0)
                return state;
        }
    }
    const QString msg = object.value(QLatin1String("msg")).toString();
    return makeError(QStringLiteral("label_state_failed"),
        QCoreApplication::translate("dia::doris", "The FE could not report the label state: %1")
            .arg(data.isEmpty() ? msg : msg + QStringLiteral(": ") + data));
}

} // namespace dia::doris
