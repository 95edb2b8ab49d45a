// HttpSession over TLS: certificates are verified by default, a self-signed cluster only with the explicit trust.
#include "doris/httpsession.h"
#include "testenv.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>

#include <memory>

using namespace dia;

namespace {

QByteArray readData(const QString& relative)
{
    QFile file(test::dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A one-answer HTTPS server on 127.0.0.1 with the test certificate, running on its own thread.
class TlsServer
{
public:
    TlsServer()
    {
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
                tls.setLocalCertificate(QSslCertificate(readData(QStringLiteral("doris/tls/cert.pem"))));
                tls.setPrivateKey(QSslKey(readData(QStringLiteral("doris/tls/key.pem")), QSsl::Rsa));
                m_server = new QSslServer(m_context.get());
                m_server->setSslConfiguration(tls);
                QObject::connect(m_server, &QSslServer::pendingConnectionAvailable, m_server, [this] {
                    auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
                    QObject::connect(socket, &QSslSocket::readyRead, socket, [socket] {
                        if (!socket->peek(65536).contains("\r\n\r\n"))
                            return;
                        socket->readAll();
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                        socket->disconnectFromHost();
                    });
                    QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
                });
                m_server->listen(QHostAddress::LocalHost);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~TlsServer()
    {
        QMetaObject::invokeMethod(
            m_context.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context = [this] {
        auto context = std::make_unique<QObject>();
        context->moveToThread(&m_thread);
        return context;
    }();
    QSslServer* m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace

TEST(HttpSessionTls, SelfSignedCertificateIsRefusedUnlessTrusted)
{
    ASSERT_TRUE(QSslSocket::supportsSsl());
    TlsServer server;
    ASSERT_NE(server.port(), 0);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/api/health").arg(server.port()));

    doris::HttpSession strict;
    const doris::HttpResponse refused = strict.send("GET", url, {}, nullptr, 0, 5000, 5000);
    EXPECT_FALSE(refused.gotResponse());
    EXPECT_EQ(refused.networkError, QNetworkReply::SslHandshakeFailedError);
    EXPECT_TRUE(refused.errorString.contains(QStringLiteral("self"), Qt::CaseInsensitive)
        || refused.errorString.contains(QStringLiteral("certificate"), Qt::CaseInsensitive))
        << refused.errorString.toStdString();

    doris::HttpSession trusting(true);
    const doris::HttpResponse accepted = trusting.send("GET", url, {}, nullptr, 0, 5000, 5000);
    EXPECT_EQ(accepted.httpStatus, 200) << accepted.errorString.toStdString();
    EXPECT_EQ(accepted.body, QByteArray("ok"));
}

TEST(HttpSessionHeaders, LineBreaksInHeadersAreRefusedBeforeConnecting)
{
    doris::HttpSession session;
    // port 9 (discard) is never contacted: the request is refused first
    const doris::HttpResponse refused
        = session.send("PUT", QUrl(QStringLiteral("http://127.0.0.1:9/api/db/t/_stream_load")),
            { { "columns", "`a`,`b\r\nX-Injected: 1`" } }, nullptr, 0, 1000, 1000);
    EXPECT_FALSE(refused.gotResponse());
    EXPECT_EQ(refused.networkError, QNetworkReply::ProtocolInvalidOperationError);
    EXPECT_TRUE(refused.errorString.contains(QStringLiteral("columns"))) << refused.errorString.toStdString();
    EXPECT_FALSE(refused.connectFailed());
}
