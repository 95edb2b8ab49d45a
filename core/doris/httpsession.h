#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>

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

/// A blocking HTTP/1.1 client for worker threads, written on QTcpSocket/QSslSocket in blocking mode: one
/// connection per request (`Connection: close`), `Expect: 100-continue` honoured (the body is sent after the
/// server's 100, or after a second without an answer, as curl does), bodies streamed in 1 MiB writes,
/// redirects never followed automatically, an inactivity timeout, and a cancel flag polled every 100 ms (the
/// request is aborted within that time). QNetworkAccessManager is not used because it hands an upload body to
/// its own thread 16 KiB at a time, which capped a single Stream Load at about half of curl's speed.
/// Must not be used on the GUI thread.
class HttpSession final
{
public:
    explicit HttpSession(bool trustSelfSigned = false);
    ~HttpSession();
    Q_DISABLE_COPY_MOVE(HttpSession)

    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    /// Sends `verb url` with `headers`; `body` (may be null) is read sequentially and must stay alive for the
    /// call; `bodySize` becomes the Content-Length, or, when negative, the body is sent with chunked transfer
    /// coding until the device ends (bodies produced as they are sent).
    HttpResponse send(const QByteArray& verb, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
        QIODevice* body, qint64 bodySize, int inactivityTimeoutMs, int connectTimeoutMs = 0);

private:
    const std::atomic<bool>* m_cancel = nullptr;
    bool m_trustSelfSigned = false;
};

} // namespace dia::doris
