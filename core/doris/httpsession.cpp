#include "httpsession.h"

#include "common/filerangedevice.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <memory>

#if defined(Q_OS_LINUX)
#include <poll.h>
#include <sys/sendfile.h>
#endif

namespace dia::doris {

bool HttpResponse::connectFailed() const
{
    return !gotResponse() && bytesSent == 0
        && (connectTimedOut || networkError == QNetworkReply::ConnectionRefusedError
            || networkError == QNetworkReply::HostNotFoundError
            || networkError == QNetworkReply::NetworkSessionFailedError
            || networkError == QNetworkReply::TemporaryNetworkFailureError);
}

namespace {

constexpr int kSliceMs = 100; ///< how often cancel and timeouts are checked
constexpr int kContinueWaitMs = 1000; ///< how long to wait for "100 Continue" before sending anyway (curl's default)
constexpr qint64 kWriteBlock = 1 << 20;
constexpr qint64 kMaxHeaderBytes = 64 * 1024;

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

/// One request/response exchange on its own connection, with the session's cancel flag and timeouts.
class Exchange
{
public:
    Exchange(HttpResponse& response, const std::atomic<bool>* cancel, int inactivityTimeoutMs, int connectTimeoutMs)
        : m_response(response)
        , m_cancel(cancel)
        , m_inactivityMs(inactivityTimeoutMs)
        , m_connectMs(connectTimeoutMs > 0 ? connectTimeoutMs : inactivityTimeoutMs)
    {
        m_idle.start();
    }

    bool connect(const QUrl& url, bool trustSelfSigned)
    {
        const QString host = url.host();
        const bool tls = url.scheme() == QLatin1String("https");
        const auto port = static_cast<quint16>(url.port(tls ? 443 : 80));
        if (tls) {
            auto ssl = std::make_unique<QSslSocket>();
            if (trustSelfSigned)
                ssl->setPeerVerifyMode(QSslSocket::QueryPeer);
            ssl->connectToHostEncrypted(host, port);
            m_socket = std::move(ssl);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(host, port);
        }
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QElapsedTimer sinceStart;
        sinceStart.start();
        for (;;) {
            const bool ready = tls ? static_cast<QSslSocket*>(m_socket.get())->waitForEncrypted(kSliceMs)
                                   : m_socket->waitForConnected(kSliceMs);
            if (ready)
                break;
            if (m_socket->error() != QAbstractSocket::SocketTimeoutError
                && m_socket->error() != QAbstractSocket::UnknownSocketError)
                return fail();
            if (stopRequested())
                return false;
            if (m_connectMs > 0 && sinceStart.elapsed() > m_connectMs) {
                m_response.connectTimedOut = true;
                m_response.timedOut = true;
                return false;
            }
        }
        m_idle.restart();
        return true;
    }

    /// Writes all of `data`; false on an error (the caller may still find a response to read).
    bool write(const char* data, qint64 size)
    {
        qint64 queued = 0;
        while (queued < size) {
            const qint64 n = m_socket->write(data + queued, size - queued);
            if (n < 0)
                return fail();
            queued += n;
        }
        while (m_socket->bytesToWrite() > 0) {
            const qint64 before = m_socket->bytesToWrite();
            if (!m_socket->waitForBytesWritten(kSliceMs) && m_socket->error() != QAbstractSocket::SocketTimeoutError)
                return fail();
            if (m_socket->bytesToWrite() != before)
                m_idle.restart();
            if (stopRequested() || inactive())
                return false;
        }
        return true;
    }

    /// Sends `count` bytes of file `fd` from `offset` with sendfile(2), adding to `sent` as they go. Only for
    /// plain TCP with nothing queued in the socket object. False on an error, a timeout or cancel.
    bool sendFile(int fd, qint64 offset, qint64 count, qint64& sent)
    {
#if defined(Q_OS_LINUX)
        const int socketFd = int(m_socket->socketDescriptor());
        off_t position = offset;
        const qint64 end = offset + count;
        while (position < end) {
            const ssize_t n
                = ::sendfile(socketFd, fd, &position, size_t(qMin<qint64>(end - position, kWriteBlock * 8)));
            if (n > 0) {
                sent += n;
                m_idle.restart();
                continue;
            }
            if (n == 0) {
                m_response.networkError = QNetworkReply::ContentReSendError;
                m_response.errorString = QStringLiteral("the request body ended early");
                return false;
            }
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN) {
                m_response.networkError
                    = errno == ECONNRESET ? QNetworkReply::RemoteHostClosedError : QNetworkReply::UnknownNetworkError;
                m_response.errorString = QString::fromLocal8Bit(std::strerror(errno));
                return false;
            }
            pollfd waiting { socketFd, POLLOUT, 0 };
            ::poll(&waiting, 1, kSliceMs);
            if (waiting.revents & (POLLERR | POLLHUP)) {
                m_response.networkError = QNetworkReply::RemoteHostClosedError;
                m_response.errorString = QStringLiteral("the connection was closed while sending");
                return false;
            }
            if (stopRequested() || inactive())
                return false;
        }
        return true;
#else
        Q_UNUSED(fd);
        Q_UNUSED(offset);
        Q_UNUSED(count);
        Q_UNUSED(sent);
        return false;
#endif
    }

    /// True when bodies may bypass the socket object (plain TCP on Linux).
    bool canSendFile() const
    {
#if defined(Q_OS_LINUX)
        return !qobject_cast<QSslSocket*>(m_socket.get()) && m_socket->bytesToWrite() == 0;
#else
        return false;
#endif
    }

    /// Waits up to `waitMs` (-1: no limit but the inactivity timeout) for bytes to read; false when none came
    /// (timeouts and errors recorded). A bounded wait is not itself inactivity: the server may stay silent.
    bool waitForBytes(int waitMs)
    {
        if (m_socket->bytesAvailable() > 0)
            return true;
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            if (m_socket->waitForReadyRead(qMin(kSliceMs, waitMs))) {
                m_idle.restart();
                return true;
            }
            if (m_socket->error() != QAbstractSocket::SocketTimeoutError)
                return fail();
            if (stopRequested())
                return false;
            if (waitMs >= 0) {
                if (waited.elapsed() >= waitMs) {
                    m_idle.restart();
                    return false;
                }
            } else if (inactive()) {
                return false;
            }
        }
    }

    /// Reads a status line and headers into m_response; false when the connection ended first.
    bool readHead(int waitMs = -1)
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                parseHead(m_buffer.left(end));
                m_buffer.remove(0, end + 4);
                return true;
            }
            if (m_buffer.size() > kMaxHeaderBytes) {
                m_response.networkError = QNetworkReply::ProtocolFailure;
                m_response.errorString = QStringLiteral("the response headers are too long");
                return false;
            }
            if (!waitForBytes(waitMs))
                return false;
            m_buffer += m_socket->readAll();
        }
    }

    /// Reads the body announced by the headers (Content-Length, chunked, or up to the end of the connection).
    void readBody()
    {
        if (m_contentLength >= 0) {
            while (m_buffer.size() < m_contentLength && moreBytes()) { }
            m_response.body = m_buffer.left(m_contentLength);
            return;
        }
        if (!m_chunked) {
            while (moreBytes()) { }
            m_response.body = m_buffer;
            return;
        }
        qsizetype pos = 0;
        for (;;) {
            qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            while (lineEnd < 0 && moreBytes())
                lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return;
            bool ok = false;
            const qint64 size = m_buffer.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return;
            if (size == 0)
                return;
            pos = lineEnd + 2;
            while (m_buffer.size() < pos + size + 2 && moreBytes()) { }
            m_response.body += m_buffer.mid(pos, size);
            pos += size + 2;
        }
    }

    /// After a 1xx the next response follows on the same connection.
    bool isInterim() const
    {
        return m_response.httpStatus >= 100 && m_response.httpStatus < 200;
    }

    void abort()
    {
        if (m_socket)
            m_socket->abort();
    }

private:
    bool moreBytes()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
            return false;
        if (!waitForBytes(-1))
            return false;
        m_buffer += m_socket->readAll();
        return true;
    }

    void parseHead(const QByteArray& head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        m_response.httpStatus = status.size() >= 2 ? status.at(1).toInt() : 0;
        m_contentLength = -1;
        m_chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                m_contentLength = value.toLongLong();
            else if (name == "transfer-encoding")
                m_chunked = value.toLower().contains("chunked");
            else if (name == "location")
                m_response.location = value;
        }
    }

    bool stopRequested()
    {
        if (m_cancel && m_cancel->load()) {
            m_response.cancelled = true;
            return true;
        }
        return false;
    }

    bool inactive()
    {
        if (m_inactivityMs > 0 && m_idle.elapsed() > m_inactivityMs) {
            m_response.timedOut = true;
            return true;
        }
        return false;
    }

    bool fail()
    {
        if (m_response.networkError == QNetworkReply::NoError) {
            m_response.networkError = networkErrorOf(m_socket->error());
            m_response.errorString = m_socket->errorString();
        }
        return false;
    }

    HttpResponse& m_response;
    const std::atomic<bool>* m_cancel;
    const int m_inactivityMs;
    const int m_connectMs;
    QElapsedTimer m_idle;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer; ///< received, not yet parsed
    qint64 m_contentLength = -1;
    bool m_chunked = false;
};

QByteArray requestHead(const QByteArray& verb, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
    bool hasBody, qint64 bodySize)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QUrl origin = url;
    origin.setUserInfo(QString()); // credentials travel only in the Authorization header
    QByteArray head = verb + ' ' + target + " HTTP/1.1\r\nHost: " + origin.authority(QUrl::FullyEncoded).toLatin1()
        + "\r\nConnection: close\r\nUser-Agent: doris-import\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (hasBody && bodySize < 0)
        head += "Transfer-Encoding: chunked\r\n"; // a body written as it is produced (rewritten, compressed)
    else if (hasBody)
        head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    head += "\r\n";
    return head;
}

bool expectsContinue(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    for (const auto& [name, value] : headers) {
        if (name.compare("Expect", Qt::CaseInsensitive) == 0 && value.compare("100-continue", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

/// Writes `body` with chunked transfer coding until it ends (read() returns 0). False: stop (error recorded).
static bool sendChunked(Exchange& exchange, QIODevice& body, HttpResponse& response)
{
    // each block as one HTTP chunk: size line, data, CRLF; a zero-size chunk ends the body
    QByteArray block(kWriteBlock + 32, Qt::Uninitialized);
    constexpr int kHead = 16; // room for the size line in front of the data
    for (;;) {
        const qint64 n = body.read(block.data() + kHead, kWriteBlock);
        if (n < 0) {
            response.networkError = QNetworkReply::ContentReSendError;
            response.errorString = QStringLiteral("the request body could not be read: %1").arg(body.errorString());
            return false;
        }
        const QByteArray sizeLine = QByteArray::number(n, 16) + "\r\n";
        char* start = block.data() + kHead - sizeLine.size();
        std::memcpy(start, sizeLine.constData(), static_cast<size_t>(sizeLine.size()));
        char* end = block.data() + kHead + n;
        end[0] = '\r';
        end[1] = '\n';
        qint64 total = (end + 2) - start;
        if (n == 0) {
            end[2] = '\r';
            end[3] = '\n';
            total += 2;
        }
        if (!exchange.write(start, total))
            return !(response.cancelled || response.timedOut); // the server may have answered: read it below
        response.bytesSent += n;
        if (n == 0)
            return !(response.cancelled || response.timedOut);
    }
}

HttpSession::HttpSession(bool trustSelfSigned)
    : m_trustSelfSigned(trustSelfSigned)
{ }

HttpSession::~HttpSession() = default;

HttpResponse HttpSession::send(const QByteArray& verb, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, QIODevice* body, qint64 bodySize, int inactivityTimeoutMs,
    int connectTimeoutMs)
{
    HttpResponse response;
    auto finish = [&response] {
        if (response.timedOut || response.cancelled)
            response.httpStatus = 0;
        if (response.cancelled)
            response.networkError = QNetworkReply::OperationCanceledError;
        else if (response.timedOut)
            response.networkError = QNetworkReply::TimeoutError;
        return response;
    };
    if (isCancelled()) {
        response.cancelled = true;
        return finish();
    }
    for (const auto& [name, value] : headers) {
        // a line break would end the header early and let the rest pass as other headers or the body
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            response.networkError = QNetworkReply::ProtocolInvalidOperationError;
            response.errorString = QStringLiteral("the request header %1 contains a line break; nothing was sent")
                                       .arg(QString::fromLatin1(name.left(64)));
            return finish();
        }
    }
    Exchange exchange(response, m_cancel, inactivityTimeoutMs, connectTimeoutMs);
    if (!exchange.connect(url, m_trustSelfSigned)) {
        exchange.abort();
        return finish();
    }
    const bool hasBody = body || verb == "PUT" || verb == "POST";
    const qint64 size = body ? bodySize : 0;
    const QByteArray head = requestHead(verb, url, headers, hasBody, size);
    if (!exchange.write(head.constData(), head.size())) {
        exchange.abort();
        return finish();
    }

    // With Expect: 100-continue the server may answer before any body byte: an error, or a redirect.
    const bool chunked = body && size < 0;
    bool sendBody = body && (size > 0 || chunked);
    if (sendBody && expectsContinue(headers)) {
        if (exchange.readHead(kContinueWaitMs)) {
            if (!exchange.isInterim()) {
                exchange.readBody();
                exchange.abort();
                return finish();
            }
            response.httpStatus = 0;
        } else if (response.cancelled || response.timedOut || response.networkError != QNetworkReply::NoError) {
            exchange.abort();
            return finish();
        }
    }

    auto* fileRange = dynamic_cast<FileRangeDevice*>(body);
    if (sendBody && fileRange && fileRange->fileDescriptor() >= 0 && fileRange->remaining() == size
        && exchange.canSendFile()) {
        // zero-copy: the kernel moves the file range to the socket
        qint64 sent = 0;
        const bool ok = exchange.sendFile(fileRange->fileDescriptor(), fileRange->nextFileOffset(), size, sent);
        response.bytesSent = sent;
        fileRange->skipSent(sent);
        if (response.cancelled || response.timedOut) {
            exchange.abort();
            return finish();
        }
        Q_UNUSED(ok); // on an error the server may still have answered: read below
        sendBody = false;
    }

    if (sendBody && chunked) {
        if (!sendChunked(exchange, *body, response)) {
            exchange.abort();
            return finish();
        }
        sendBody = false;
    }

    if (sendBody) {
        QByteArray block(kWriteBlock, Qt::Uninitialized);
        while (response.bytesSent < size) {
            const qint64 n = body->read(block.data(), qMin(kWriteBlock, size - response.bytesSent));
            if (n <= 0) {
                response.networkError = QNetworkReply::ContentReSendError;
                response.errorString
                    = QStringLiteral("the request body could not be read: %1").arg(body->errorString());
                exchange.abort();
                return finish();
            }
            if (!exchange.write(block.constData(), n))
                break; // the server may have answered and closed: look for its response below
            response.bytesSent += n;
        }
        if (response.cancelled || response.timedOut) {
            exchange.abort();
            return finish();
        }
    }

    do {
        if (!exchange.readHead()) {
            exchange.abort();
            if (!response.gotResponse() && response.networkError == QNetworkReply::NoError && !response.timedOut
                && !response.cancelled) {
                response.networkError = QNetworkReply::RemoteHostClosedError;
                response.errorString = QStringLiteral("the server closed the connection without an answer");
            }
            return finish();
        }
    } while (exchange.isInterim());
    exchange.readBody();
    exchange.abort();
    if (response.gotResponse() && !response.cancelled && !response.timedOut)
        response.networkError = QNetworkReply::NoError; // a complete answer, whatever happened to the last writes
    return finish();
}

} // namespace dia::doris
