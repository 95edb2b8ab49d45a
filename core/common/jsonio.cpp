#include "jsonio.h"

#include <QJsonDocument>

namespace dia {

QJsonObject errorToJson(const Error& error)
{
    QJsonObject inner { { QStringLiteral("code"), error.code }, { QStringLiteral("message"), error.message } };
    if (!error.hint.isEmpty())
        inner.insert(QStringLiteral("hint"), error.hint);
    return QJsonObject { { QStringLiteral("error"), inner } };
}

QByteArray toJsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace dia
