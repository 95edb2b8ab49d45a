#include "labelscheme.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dia::load::labels {

bool isValid(const QString& label)
{
    static const QRegularExpression kLabel(QStringLiteral("^[-_A-Za-z0-9:]{1,128}$"));
    return kLabel.match(label).hasMatch();
}

Status checkPrefix(const QString& prefix)
{
    static const QRegularExpression kPrefix(QStringLiteral("^[-_A-Za-z0-9:]{0,64}$"));
    if (kPrefix.match(prefix).hasMatch())
        return {};
    return makeError(QStringLiteral("bad_label_prefix"),
        QCoreApplication::translate("dia::load", "The label prefix '%1' is not allowed.").arg(prefix),
        QCoreApplication::translate(
            "dia::load", "Use at most 64 letters A-Z, a-z, digits, '-', '_' or ':' (Doris label rules)."));
}

QString jobId(const QString& fingerprint, const QDateTime& createdUtc, quint32 nonce)
{
    return fingerprint.left(16) + QLatin1Char('_') + createdUtc.toUTC().toString(QStringLiteral("yyyyMMddhhmmss"))
        + QLatin1Char('_') + QStringLiteral("%1").arg(nonce, 8, 16, QLatin1Char('0'));
}

QString chunkLabel(const QString& prefix, const QString& jobId, int index)
{
    const QString tail = jobId + QLatin1Char('_') + QStringLiteral("%1").arg(index, 6, 10, QLatin1Char('0'));
    return prefix.isEmpty() ? tail : prefix + QLatin1Char('_') + tail;
}

} // namespace dia::load::labels
