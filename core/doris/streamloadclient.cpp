#include "streamloadclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace dia::doris {

namespace {

QString hostPortOf(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QUrl apiUrl(const ConnectionSettings& settings, const QString& path)
{
    QUrl url = settings.feBaseUrl();
    url.setPath(path, QUrl::DecodedMode);
    return url;
}

} // namespace

StreamLoadClient::StreamLoadClient(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_http(m_settings.trustSelfSigned)
{ }

Result<QUrl> StreamLoadClient::redirectTarget(const HttpResponse& response, const QUrl& from, QString* advertised) const
{
    if (response.location.isEmpty())
        return makeError(QStringLiteral("redirect_missing"),
            tr("The FE at %1 answered with a redirect but named no BE.").arg(hostPortOf(from)));
    QUrl target = from.resolved(QUrl::fromEncoded(response.location));
    target.setUserInfo(QString()); // the FE puts user:password there; we send Authorization ourselves
    if (advertised)
        *advertised = hostPortOf(target);
    // Authorization goes only to the BE the FE named, or to the address the user mapped it to.
    const auto reachable = m_settings.beAddressFor(target.host(), target.port(80));
    target.setHost(reachable.first);
    target.setPort(reachable.second);
    return target;
}

Error StreamLoadClient::transportError(const HttpResponse& response, const QUrl& url, bool toBe) const
{
    const QString where = hostPortOf(url);
    if (response.cancelled)
        return makeError(QStringLiteral("cancelled"), tr("The load was cancelled."));
    if (response.networkError == QNetworkReply::ContentReSendError) // our side: the body could not be produced
        return makeError(QStringLiteral("body_unreadable"), response.errorString,
            tr("Fix the file (or choose its real encoding) and load it again; chunks already loaded stay loaded."));
    if (response.connectFailed()) {
        if (!toBe)
            return makeError(QStringLiteral("fe_unreachable"),
                tr("Cannot reach the Doris FE at %1: %2.")
                    .arg(where, response.connectTimedOut ? tr("no answer") : response.errorString),
                tr("Check the FE host and HTTP port (--fe, usually 8030), and that the FE is running."));
        if (!m_settings.beOverride.isEmpty() && !m_settings.beOverrideIsMapping())
            return makeError(QStringLiteral("be_unreachable"),
                tr("The BE address %1 given in the BE address mapping cannot be reached: %2.")
                    .arg(where, response.connectTimedOut ? tr("no answer") : response.errorString),
                tr("Check the BE address mapping (--be): it must give the BE's HTTP port (usually 8040) as reachable "
                   "from here."));
        if (!m_last.backend.isEmpty() && m_last.backend != where)
            return makeError(QStringLiteral("be_unreachable"),
                tr("The FE redirected to BE %1 (mapped to %2), which cannot be reached from here: %3.")
                    .arg(m_last.backend, where, response.connectTimedOut ? tr("no answer") : response.errorString),
                tr("Check the BE mapping (--be ADVERTISED=REACHABLE,...) for that BE."));
        return makeError(QStringLiteral("be_unreachable"),
            tr("The FE redirected to BE %1, which cannot be reached from here; map it in the BE address mapping.")
                .arg(where),
            tr("Map the BE in the BE address mapping (--be ADVERTISED=HOST:PORT) to its HTTP port at an address this "
               "machine can reach."));
    }
    if (response.timedOut)
        return makeError(QStringLiteral("timeout"), tr("%1 did not answer within the request timeout.").arg(where),
            tr("The cluster may be overloaded; the load is retried."));
    if (response.httpStatus == 401 || response.httpStatus == 403)
        return makeError(QStringLiteral("auth_failed"),
            tr("Doris refused the user name or password (HTTP %1 from %2).").arg(response.httpStatus).arg(where),
            tr("Check the user name and password (--user); the user needs LOAD privilege on the table."));
    if (response.gotResponse())
        return makeError(toBe ? QStringLiteral("http_error") : QStringLiteral("fe_http_error"),
            tr("%1 answered HTTP %2: %3")
                .arg(where)
                .arg(response.httpStatus)
                .arg(QString::fromUtf8(response.body.left(300)).simplified()));
    return makeError(
        QStringLiteral("network_error"), tr("The connection to %1 failed: %2.").arg(where, response.errorString));
}

Result<StreamLoadResult> StreamLoadClient::load(const StreamLoadRequest& request)
{
    QList<QPair<QByteArray, QByteArray>> headers = request.headers;
    headers.append(qMakePair(QByteArray("Expect"), QByteArray("100-continue")));
    headers.append(qMakePair(QByteArray("Authorization"), QByteArray(m_settings.authorizationHeader())));
    if (request.twoPhaseCommit)
        headers.append(qMakePair(QByteArray("two_phase_commit"), QByteArray("true")));

    const QUrl feUrl
        = apiUrl(m_settings, QStringLiteral("/api/%1/%2/_stream_load").arg(request.database, request.table));

    // 1. Ask the FE where to send: no body, no label (the FE never reads either before redirecting).
    m_last = {};
    QElapsedTimer clock;
    clock.start();
    const HttpResponse probe
        = m_http.send("PUT", feUrl, headers, nullptr, 0, m_settings.connectTimeoutMs, m_settings.connectTimeoutMs);
    m_last.redirectMs = double(clock.nsecsElapsed()) / 1e6;
    QUrl target;
    if (probe.httpStatus == 307 || probe.httpStatus == 301 || probe.httpStatus == 302 || probe.httpStatus == 308) {
        auto redirect = redirectTarget(probe, feUrl, &m_last.backend);
        if (!redirect)
            return redirect.error();
        target = *redirect;
    } else if (probe.httpStatus == 200) {
        auto parsed = StreamLoadResult::parse(probe.body);
        if (!parsed)
            return parsed.error();
        if (parsed->fromFe)
            return parsed; // an FE precheck failure: nothing was loaded
        target = feUrl; // --fe points straight at a BE, which executes loads itself
        m_last.backend = hostPortOf(feUrl);
    } else {
        return transportError(probe, feUrl, false);
    }

    // 2. Send headers, label and a freshly opened body to that BE.
    headers.append(qMakePair(QByteArray("label"), QByteArray(request.label.toUtf8())));
    std::unique_ptr<QIODevice> body = request.openBody ? request.openBody() : nullptr;
    if (!body || !body->isOpen())
        return makeError(
            QStringLiteral("body_unreadable"), tr("The data of chunk %1 could not be read.").arg(request.label));
    m_last.connectedTo = hostPortOf(target);
    qCDebug(lcDoris) << "stream load" << request.label << "to" << m_last.connectedTo << "(BE" << m_last.backend << ")"
                     << request.bodySize << "bytes";
    clock.restart();
    const HttpResponse response = m_http.send(
        "PUT", target, headers, body.get(), request.bodySize, m_settings.requestTimeoutMs, m_settings.connectTimeoutMs);
    m_last.bodyMs = clock.elapsed();
    m_last.bodyBytesSent = response.bytesSent;
    if (response.httpStatus != 200)
        return transportError(response, target, true);
    auto parsed = StreamLoadResult::parse(response.body);
    if (!parsed)
        return parsed.error();
    qCDebug(lcDoris) << "stream load" << request.label << parsed->statusText << "in" << parsed->loadTimeMs
                     << "ms, reading the body" << parsed->readDataTimeMs << "ms";
    return parsed;
}

Result<LabelState> StreamLoadClient::labelState(const QString& database, const QString& label)
{
    QUrl url = apiUrl(m_settings, QStringLiteral("/api/%1/get_load_state").arg(database));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("label"), label);
    url.setQuery(query);
    const QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", m_settings.authorizationHeader() } };
    HttpResponse response = m_http.send("GET", url, headers, nullptr, 0, m_settings.connectTimeoutMs);
    if (response.httpStatus == 307 || response.httpStatus == 302) { // a follower FE sends us to the master
        QUrl master = url.resolved(QUrl::fromEncoded(response.location));
        master.setUserInfo(QString());
        url = master;
        response = m_http.send("GET", url, headers, nullptr, 0, m_settings.connectTimeoutMs);
    }
    if (response.httpStatus != 200)
        return transportError(response, url, false);
    auto state = parseLabelState(response.body);
    if (!state && state.error().code == QLatin1String("label_state_failed")
        && (response.body.contains("Unauthorized") || response.body.contains("Access denied")))
        return makeError(
            QStringLiteral("auth_failed"), state.error().message, tr("Check the user name and password (--user)."));
    return state;
}

Status StreamLoadClient::commitTransaction(const QString& database, qint64 txnId, const QString& label)
{
    return transactionOperation(database, txnId, label, "commit");
}

Status StreamLoadClient::abortTransaction(const QString& database, qint64 txnId, const QString& label)
{
    return transactionOperation(database, txnId, label, "abort");
}

Status StreamLoadClient::transactionOperation(
    const QString& database, qint64 txnId, const QString& label, const QByteArray& op)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", m_settings.authorizationHeader() },
        { "Expect", "100-continue" }, { "txn_operation", op } };
    if (txnId >= 0)
        headers.append(qMakePair(QByteArray("txn_id"), QByteArray(QByteArray::number(txnId))));
    else
        headers.append(qMakePair(QByteArray("label"), QByteArray(label.toUtf8())));
    const QUrl feUrl = apiUrl(m_settings, QStringLiteral("/api/%1/_stream_load_2pc").arg(database));
    HttpResponse response
        = m_http.send("PUT", feUrl, headers, nullptr, 0, m_settings.requestTimeoutMs, m_settings.connectTimeoutMs);
    QUrl url = feUrl;
    if (response.httpStatus == 307) {
        auto target = redirectTarget(response, feUrl);
        if (!target)
            return target.error();
        url = *target;
        response
            = m_http.send("PUT", url, headers, nullptr, 0, m_settings.requestTimeoutMs, m_settings.connectTimeoutMs);
    }
    if (response.httpStatus != 200)
        return transportError(response, url, url != feUrl);
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    const QString status = object.value(QLatin1String("status")).toString();
    const QString msg = object.value(QLatin1String("msg")).toString();
    if (status.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0)
        return {};
    if (op == "commit" && msg.contains(QLatin1String("already visible")))
        return {};
    if (op == "abort"
        && (msg.contains(QLatin1String("already aborted")) || msg.contains(QLatin1String("is already ABORTED"))))
        return {};
    const QString which = txnId >= 0 ? QString::number(txnId) : label;
    const QString why = msg.isEmpty() ? QString::fromUtf8(response.body.left(300)).simplified() : msg;
    return makeError(QStringLiteral("txn_operation_failed"),
        op == "commit" ? tr("Doris could not commit transaction %1: %2").arg(which, why)
                       : tr("Doris could not abort transaction %1: %2").arg(which, why));
}

} // namespace dia::doris
