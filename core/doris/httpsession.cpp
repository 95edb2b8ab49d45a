#include "httpsession.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace dia::doris {

bool HttpResponse::connectFailed() const
{
    return !gotResponse() && bytesSent == 0
        && (connectTimedOut || networkError == QNetworkReply::ConnectionRefusedError
            || networkError == QNetworkReply::HostNotFoundError
            || networkError == QNetworkReply::NetworkSessionFailedError
            || networkError == QNetworkReply::TemporaryNetworkFailureError);
}

HttpSession::HttpSession(bool trustSelfSigned)
    : m_manager(std::make_unique<QNetworkAccessManager>())
    , m_trustSelfSigned(trustSelfSigned)
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpSession::~HttpSession() = default;

HttpResponse HttpSession::send(const QByteArray& verb, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, QIODevice* body, qint64 bodySize, int inactivityTimeoutMs,
    int connectTimeoutMs)
{
    HttpResponse response;
    if (isCancelled()) {
        response.cancelled = true;
        response.networkError = QNetworkReply::OperationCanceledError;
        return response;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (body || verb == "PUT" || verb == "POST")
        request.setHeader(QNetworkRequest::ContentLengthHeader, body ? bodySize : 0);

    QNetworkReply* reply = m_manager->sendCustomRequest(request, verb, body);
    if (m_trustSelfSigned)
        QObject::connect(
            reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>&) { reply->ignoreSslErrors(); });

    QEventLoop loop;
    QElapsedTimer idle;
    idle.start();
    QElapsedTimer sinceStart;
    sinceStart.start();
    bool anything = false;
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        if (sent != response.bytesSent) {
            idle.restart();
            anything = anything || sent > 0;
        }
        response.bytesSent = sent;
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64, qint64) {
        idle.restart();
        anything = true;
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        idle.restart();
        anything = true;
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (isCancelled()) {
            response.cancelled = true;
            reply->abort();
        } else if (connectTimeoutMs > 0 && !anything && sinceStart.elapsed() > connectTimeoutMs) {
            response.connectTimedOut = true;
            response.timedOut = true;
            reply->abort();
        } else if (inactivityTimeoutMs > 0 && idle.elapsed() > inactivityTimeoutMs) {
            response.timedOut = true;
            reply->abort();
        }
    });
    ticker.start();
    if (!reply->isFinished())
        loop.exec();
    ticker.stop();

    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.location = reply->rawHeader("Location");
    response.body = reply->readAll();
    response.networkError = reply->error();
    if (response.networkError != QNetworkReply::NoError && !response.timedOut && !response.cancelled)
        response.errorString = reply->errorString();
    if (response.timedOut || response.cancelled)
        response.httpStatus = 0;
    delete reply;
    return response;
}

} // namespace dia::doris
