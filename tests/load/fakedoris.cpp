#include "fakedoris.h"

#include "load/bodycompression.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace dia::test {

namespace {

struct Request
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    qint64 contentLength = 0;
    bool headersDone = false;
};

/// Decodes a complete chunked-transfer body; false while the last (zero-size) chunk has not arrived.
bool decodeChunked(const QByteArray& raw, QByteArray* out)
{
    out->clear();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            return false;
        bool ok = false;
        const qint64 size = raw.mid(pos, eol - pos).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        if (raw.size() < eol + 2 + size + 2)
            return false;
        if (size == 0)
            return true;
        out->append(raw.constData() + eol + 2, size);
        pos = eol + 2 + size + 2;
    }
}

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented) + '\n';
}

void respond(QTcpSocket* socket, int status, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    const char* reason = status == 200 ? "OK"
        : status == 307                ? "Temporary Redirect"
        : status == 500                ? "Internal Server Error"
                                       : "Error";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace

class FakeDorisWorker final : public QObject
{
public:
    FakeDorisWorker(FakeDoris* owner, QTcpServer* fe, QTcpServer* be)
        : m_owner(owner)
    {
        connect(fe, &QTcpServer::newConnection, this, [this, fe] { accept(fe, false); });
        connect(be, &QTcpServer::newConnection, this, [this, be] { accept(be, true); });
    }

private:
    void accept(QTcpServer* server, bool isBe)
    {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            auto request = std::make_shared<Request>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, request, isBe] { onRead(socket, *request, isBe); });
        }
    }

    bool authorized(const Request& request) const
    {
        QMutexLocker lock(&m_owner->m_mutex);
        return request.headers.value("authorization")
            == QByteArray("Basic ") + (QStringLiteral("root:") + m_owner->m_password).toUtf8().toBase64();
    }

    void onRead(QTcpSocket* socket, Request& request, bool isBe)
    {
        if (!request.headersDone) {
            request.body += socket->readAll();
            const qsizetype end = request.body.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = request.body.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype q = target.indexOf('?');
            request.path = q < 0 ? target : target.left(q);
            request.query = q < 0 ? QByteArray() : target.mid(q + 1);
            for (int i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            request.contentLength = request.headers.value("content-length").toLongLong();
            request.body = request.body.mid(end + 4);
            request.headersDone = true;
            if (isBe ? beHeaders(socket, request) : feRequest(socket, request))
                return;
        } else {
            request.body += socket->readAll();
        }
        if (isBe)
            beBody(socket, request);
    }

    /// FE: redirects, label state, 2PC. Returns true when answered.
    bool feRequest(QTcpSocket* socket, Request& request)
    {
        {
            QMutexLocker lock(&m_owner->m_mutex);
            for (int i = 0; i < m_owner->m_faults.size(); ++i) {
                if (m_owner->m_faults[i].second == FakeDoris::Fault::FeDown) {
                    m_owner->m_faults.removeAt(i);
                    lock.unlock();
                    respond(socket, 503, "Service Unavailable");
                    return true;
                }
            }
        }
        if (!authorized(request)) {
            respond(
                socket, 200, R"({"msg":"Unauthorized","code":401,"data":"Access denied for user 'root'","count":0})");
            return true;
        }
        if (request.path.endsWith("/_stream_load")) {
            int port;
            {
                QMutexLocker lock(&m_owner->m_mutex);
                port = m_owner->m_advertisedBePort ? m_owner->m_advertisedBePort : m_owner->m_bePort;
            }
            respond(socket, 307, {},
                "Location: http://root:" + m_owner->m_password.toUtf8() + "@127.0.0.1:" + QByteArray::number(port)
                    + request.path + "\r\n");
            return true;
        }
        if (request.path.endsWith("/get_load_state")) {
            const QString label = QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(QStringLiteral("label"));
            QMutexLocker lock(&m_owner->m_mutex);
            const QString state
                = m_owner->m_labels.contains(label) ? m_owner->m_labels.value(label).state : QStringLiteral("UNKNOWN");
            lock.unlock();
            respond(socket, 200,
                jsonBody({ { QStringLiteral("msg"), QStringLiteral("success") }, { QStringLiteral("code"), 0 },
                    { QStringLiteral("data"), state }, { QStringLiteral("count"), 0 } }));
            return true;
        }
        if (request.path.endsWith("/_stream_load_2pc")) {
            const QByteArray op = request.headers.value("txn_operation");
            const qint64 txnId = request.headers.value("txn_id", "-1").toLongLong();
            const QString byLabel = QString::fromUtf8(request.headers.value("label"));
            QMutexLocker lock(&m_owner->m_mutex);
            FakeDoris::Txn* txn = nullptr;
            for (auto it = m_owner->m_labels.begin(); it != m_owner->m_labels.end(); ++it) {
                if ((txnId >= 0 && it->id == txnId) || (txnId < 0 && it.key() == byLabel))
                    txn = &it.value();
            }
            QString status = QStringLiteral("Success");
            QString msg;
            if (!txn) {
                status = QStringLiteral("ANALYSIS_ERROR");
                msg = QStringLiteral("transaction [%1] not found").arg(txnId);
            } else if (txn->state != QLatin1String("PRECOMMITTED")) {
                status = QStringLiteral("ANALYSIS_ERROR");
                msg = QStringLiteral("errCode = 2, detailMessage = transaction [%1] is already %2, not pre-committed.")
                          .arg(txn->id)
                          .arg(txn->state == QLatin1String("VISIBLE") ? QStringLiteral("visible") : txn->state);
            } else {
                txn->state = op == "commit" ? QStringLiteral("VISIBLE") : QStringLiteral("ABORTED");
                if (op == "commit")
                    ++m_owner->m_commits;
                msg = QStringLiteral("transaction [%1] %2 successfully.").arg(txn->id).arg(QString::fromUtf8(op));
            }
            lock.unlock();
            respond(socket, 200, jsonBody({ { QStringLiteral("status"), status }, { QStringLiteral("msg"), msg } }));
            return true;
        }
        respond(socket, 404, "Not Found");
        return true;
    }

    /// BE header stage: auth, label conflicts, faults before the body. Returns true when answered.
    bool beHeaders(QTcpSocket* socket, Request& request)
    {
        QMutexLocker lock(&m_owner->m_mutex);
        const int number = ++m_owner->m_beRequests;
        m_fault.reset();
        for (int i = 0; i < m_owner->m_faults.size(); ++i) {
            if (m_owner->m_faults[i].first == number) {
                m_fault = m_owner->m_faults[i].second;
                m_owner->m_faults.removeAt(i);
                break;
            }
        }
        socket->setProperty("fault", m_fault ? int(*m_fault) : -1);
        lock.unlock();
        if (m_fault == FakeDoris::Fault::Http500) {
            respond(socket, 500, "Internal Server Error");
            return true;
        }
        const QString label = QString::fromUtf8(request.headers.value("label"));
        lock.relock();
        if (m_owner->m_labels.contains(label) && m_owner->m_labels.value(label).state != QLatin1String("ABORTED")
            && (m_fault == FakeDoris::Fault::CommitThenDrop || m_fault == FakeDoris::Fault::ResetMidBody)) {
            lock.unlock();
            socket->abort();
            return true;
        }
        if (m_owner->m_labels.contains(label) && m_owner->m_labels.value(label).state != QLatin1String("ABORTED")) {
            const QString state = m_owner->m_labels.value(label).state;
            lock.unlock();
            const QString existing = state == QLatin1String("VISIBLE") ? QStringLiteral("FINISHED")
                : state == QLatin1String("PRECOMMITTED")               ? QStringLiteral("PRECOMMITTED")
                                                                       : QStringLiteral("RUNNING");
            respond(socket, 200,
                jsonBody({ { QStringLiteral("TxnId"), -1 }, { QStringLiteral("Label"), label },
                    { QStringLiteral("Status"), QStringLiteral("Label Already Exists") },
                    { QStringLiteral("ExistingJobStatus"), existing },
                    { QStringLiteral("Message"),
                        QStringLiteral("[LABEL_ALREADY_EXISTS]Label [%1] has already been used").arg(label) },
                    { QStringLiteral("NumberTotalRows"), 0 }, { QStringLiteral("NumberLoadedRows"), 0 } }));
            return true;
        }
        // like the BE (libevent): the interim answer that lets an `Expect: 100-continue` client send its body
        if (request.headers.value("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return false;
    }

    void beBody(QTcpSocket* socket, Request& request)
    {
        const int faultValue = socket->property("fault").toInt();
        const std::optional<FakeDoris::Fault> fault
            = faultValue < 0 ? std::nullopt : std::optional<FakeDoris::Fault>(FakeDoris::Fault(faultValue));
        if (fault == FakeDoris::Fault::ResetMidBody && request.body.size() >= request.contentLength / 2) {
            socket->abort();
            return;
        }
        if (request.body.size() < request.contentLength)
            return;
        if (socket->property("answered").toBool())
            return;
        // issue 17: bodies of unknown size (chunked transfer coding), compressed as Doris accepts (compress_type)
        if (request.headers.value("transfer-encoding").compare("chunked", Qt::CaseInsensitive) == 0) {
            QByteArray decoded;
            if (!decodeChunked(request.body, &decoded))
                return;
            request.body = decoded;
            request.headers.remove("transfer-encoding");
        }
        if (const QByteArray type = request.headers.value("compress_type"); !type.isEmpty()) {
            auto plain
                = load::decompressBody(request.body, type == "gz" ? load::Compression::Gzip : load::Compression::Lz4);
            if (!plain) {
                socket->setProperty("answered", true);
                respond(socket, 200,
                    jsonBody({ { QStringLiteral("Status"), QStringLiteral("Fail") },
                        { QStringLiteral("Message"),
                            QStringLiteral("[INTERNAL_ERROR]bad compressed body: %1").arg(plain.error().message) } }));
                return;
            }
            request.body = *plain;
        }
        socket->setProperty("answered", true);

        const QString label = QString::fromUtf8(request.headers.value("label"));
        const bool twoPhase = request.headers.value("two_phase_commit") == "true";
        const double ratio = request.headers.value("max_filter_ratio", "0").toDouble();
        if (fault == FakeDoris::Fault::TooManyVersions) {
            respond(socket, 200,
                jsonBody({ { QStringLiteral("TxnId"), 77 }, { QStringLiteral("Label"), label },
                    { QStringLiteral("TwoPhaseCommit"), twoPhase ? QStringLiteral("true") : QStringLiteral("false") },
                    { QStringLiteral("Status"), QStringLiteral("Fail") },
                    { QStringLiteral("Message"),
                        QStringLiteral("[TOO_MANY_VERSION]failed to init rowset builder. version count: 2001, exceed "
                                       "limit: 2000, tablet: 1.") } }));
            return;
        }
        QList<QByteArray> good;
        qint64 filtered = 0;
        qint64 total = 0;
        for (const QByteArray& line : request.body.split('\n')) {
            if (line.isEmpty())
                continue;
            ++total;
            if (line.contains("BAD"))
                ++filtered;
            else
                good.append(line);
        }
        QJsonObject result { { QStringLiteral("Label"), label },
            { QStringLiteral("TwoPhaseCommit"), twoPhase ? QStringLiteral("true") : QStringLiteral("false") },
            { QStringLiteral("NumberTotalRows"), total }, { QStringLiteral("NumberFilteredRows"), filtered },
            { QStringLiteral("NumberUnselectedRows"), 0 }, { QStringLiteral("LoadBytes"), request.body.size() } };
        if (filtered > 0)
            result.insert(QStringLiteral("ErrorURL"),
                QStringLiteral("http://127.0.0.1:%1/api/_load_error_log?file=__shard_0/error_log_%2")
                    .arg(m_owner->m_bePort)
                    .arg(label));
        if (total > 0 && double(filtered) / double(total) > ratio) {
            QMutexLocker lock(&m_owner->m_mutex);
            m_owner->m_labels[label] = FakeDoris::Txn { m_owner->m_nextTxn++, QStringLiteral("ABORTED"), {} };
            lock.unlock();
            result.insert(QStringLiteral("TxnId"), 1);
            result.insert(QStringLiteral("Status"), QStringLiteral("Fail"));
            result.insert(QStringLiteral("Message"), QStringLiteral("[DATA_QUALITY_ERROR]too many filtered rows"));
            result.insert(QStringLiteral("NumberLoadedRows"), 0);
            respond(socket, 200, jsonBody(result));
            return;
        }
        QMutexLocker lock(&m_owner->m_mutex);
        const qint64 txnId = m_owner->m_nextTxn++;
        m_owner->m_labels[label]
            = FakeDoris::Txn { txnId, twoPhase ? QStringLiteral("PRECOMMITTED") : QStringLiteral("VISIBLE"), good };
        const int slowMs = m_owner->m_slowMs;
        lock.unlock();
        result.insert(QStringLiteral("TxnId"), txnId);
        result.insert(QStringLiteral("Status"),
            fault == FakeDoris::Fault::PublishTimeout ? QStringLiteral("Publish Timeout") : QStringLiteral("Success"));
        result.insert(QStringLiteral("Message"),
            fault == FakeDoris::Fault::PublishTimeout
                ? QStringLiteral("transaction commit successfully, BUT data will be visible later")
                : QStringLiteral("OK"));
        result.insert(QStringLiteral("NumberLoadedRows"), qint64(good.size()));
        if (fault == FakeDoris::Fault::CommitThenDrop) {
            socket->abort();
            return;
        }
        if (fault == FakeDoris::Fault::SlowCommit) {
            QPointer<QTcpSocket> guard(socket);
            const QByteArray body = jsonBody(result);
            QTimer::singleShot(slowMs, this, [guard, body] {
                if (guard)
                    respond(guard, 200, body);
            });
            return;
        }
        respond(socket, 200, jsonBody(result));
    }

    FakeDoris* m_owner;
    std::optional<FakeDoris::Fault> m_fault;
};

FakeDoris::FakeDoris()
{
    QSemaphore ready;
    m_thread.reset(QThread::create([this, &ready] {
        QTcpServer fe;
        QTcpServer be;
        fe.listen(QHostAddress::LocalHost);
        be.listen(QHostAddress::LocalHost);
        m_fePort = fe.serverPort();
        m_bePort = be.serverPort();
        FakeDorisWorker worker(this, &fe, &be);
        QEventLoop loop;
        m_loop = &loop;
        ready.release();
        loop.exec();
    }));
    m_thread->start();
    ready.acquire();
}

FakeDoris::~FakeDoris()
{
    QMetaObject::invokeMethod(
        m_loop, [loop = m_loop] { loop->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

void FakeDoris::addFault(Fault fault, int nth, int times)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < times; ++i)
        m_faults.append({ fault == Fault::FeDown ? 0 : m_beRequests + nth + i, fault });
}

void FakeDoris::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void FakeDoris::setPassword(const QString& password)
{
    QMutexLocker lock(&m_mutex);
    m_password = password;
}

void FakeDoris::setAdvertisedBePort(int port)
{
    QMutexLocker lock(&m_mutex);
    m_advertisedBePort = port;
}

void FakeDoris::setSlowMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_slowMs = ms;
}

QList<QByteArray> FakeDoris::visibleRows() const
{
    QMutexLocker lock(&m_mutex);
    QList<QByteArray> rows;
    for (const Txn& txn : m_labels) {
        if (txn.state == QLatin1String("VISIBLE"))
            rows += txn.rows;
    }
    return rows;
}

int FakeDoris::beRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_beRequests;
}

int FakeDoris::commitsReceived() const
{
    QMutexLocker lock(&m_mutex);
    return m_commits;
}

QStringList FakeDoris::labelsWithState(const QString& state) const
{
    QMutexLocker lock(&m_mutex);
    QStringList labels;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (it->state == state)
            labels.append(it.key());
    }
    labels.sort();
    return labels;
}

} // namespace dia::test
