#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace dia::doris {

/// What came back from one HTTP exchange.
struct HttpResponse
{
    int httpStatus = 0; ///< 0 when no response arrived
    QByteArray body;
    QByteArray location; ///< the Location header, raw
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    qint64 bytesSent = 0; ///< body bytes the server accepted so far
    bool timedOut = false; ///< no bytes moved in either direction for the inactivity timeout
    bool connectTimedOut = false; ///< nothing at all happened within the connect timeout
    bool cancelled = false;

    bool gotResponse() const { return httpStatus > 0; }
    /// The TCP connection could not be opened at all (nothing was sent).
    bool connectFailed() const;
};

/// A blocking HTTP/1.1 client for worker threads: one QNetworkAccessManager created and used in the calling
/// thread, redirects never followed automatically, an inactivity timeout, and a cancel flag polled every
/// 100 ms (the request is aborted within that time). Must not be used on the GUI thread.
class HttpSession final
{
public:
    explicit HttpSession(bool trustSelfSigned = false);
    ~HttpSession();
    Q_DISABLE_COPY_MOVE(HttpSession)

    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    /// Sends `verb url` with `headers`; `body` (may be null) is read sequentially and must stay alive for the
    /// call; `bodySize` becomes the Content-Length.
    HttpResponse send(const QByteArray& verb, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
        QIODevice* body, qint64 bodySize, int inactivityTimeoutMs, int connectTimeoutMs = 0);

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    const std::atomic<bool>* m_cancel = nullptr;
    bool m_trustSelfSigned = false;
};

} // namespace dia::doris
