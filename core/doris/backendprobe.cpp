#include "backendprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <thread>
#include <vector>

namespace dia::doris {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::doris", text);
}

QString joinHostPort(const QString& host, int port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

/// Opens and closes a TCP connection; runs on its own thread (a QTcpSocket in blocking mode needs no event loop).
void connectOnce(BackendReachability& result, const QString& host, int port, int timeoutMs)
{
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(host, quint16(port));
    if (socket.waitForConnected(timeoutMs)) {
        result.reachable = true;
        result.connectMs = int(clock.elapsed());
        socket.abort();
        return;
    }
    if (socket.error() == QAbstractSocket::SocketTimeoutError || socket.error() == QAbstractSocket::UnknownSocketError)
        result.error = tr("no answer within %1 s").arg(timeoutMs / 1000.0, 0, 'g', 2);
    else if (socket.error() == QAbstractSocket::ConnectionRefusedError)
        result.error = tr("connection refused");
    else if (socket.error() == QAbstractSocket::HostNotFoundError)
        result.error = tr("host name not found");
    else
        result.error = socket.errorString();
}

} // namespace

QJsonObject BackendReachability::toJson() const
{
    QJsonObject object {
        { QStringLiteral("advertised"), advertised },
        { QStringLiteral("address"), address },
        { QStringLiteral("alive"), alive },
        { QStringLiteral("reachable"), reachable },
        { QStringLiteral("connect_ms"), connectMs },
    };
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

BackendProbe::BackendProbe(ConnectionSettings settings)
    : m_settings(std::move(settings))
{ }

Result<QList<BackendReachability>> BackendProbe::run(int timeoutMs)
{
    MetadataClient meta(m_settings);
    auto backends = meta.backends();
    if (!backends)
        return backends.error();
    return probe(*backends, m_settings, timeoutMs);
}

QList<BackendReachability> BackendProbe::probe(
    const QList<BackendInfo>& backends, const ConnectionSettings& settings, int timeoutMs)
{
    QList<BackendReachability> results(backends.size());
    std::vector<std::thread> threads;
    threads.reserve(size_t(backends.size()));
    for (qsizetype i = 0; i < backends.size(); ++i) {
        const BackendInfo& be = backends.at(i);
        BackendReachability& r = results[i];
        r.advertised = joinHostPort(be.host, be.httpPort);
        r.alive = be.alive;
        const auto address = settings.beAddressFor(be.host, be.httpPort);
        r.address = joinHostPort(address.first, address.second);
        threads.emplace_back(connectOnce, std::ref(r), address.first, address.second, timeoutMs);
    }
    for (std::thread& t : threads)
        t.join();
    return results;
}

QString BackendProbe::summary(const QList<BackendReachability>& backends)
{
    if (backends.isEmpty())
        return tr("The cluster lists no BE.");
    QStringList problems;
    int reachable = 0;
    for (const BackendReachability& be : backends) {
        if (be.reachable) {
            ++reachable;
            continue;
        }
        const QString name = be.address == be.advertised ? tr("BE %1").arg(be.advertised)
                                                         : tr("BE %1 (mapped to %2)").arg(be.advertised, be.address);
        problems.append(tr("%1 cannot be reached: %2").arg(name, be.error));
    }
    QString text = tr("%1 of %2 BEs reachable from here.").arg(reachable).arg(backends.size());
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + problems.join(QStringLiteral("; ")) + QLatin1Char('.');
    return text;
}

ReplicationDefault replicationDefault(int aliveBackends)
{
    ReplicationDefault result;
    if (aliveBackends <= 0) {
        result.replicas = 1;
        result.reason = tr("replication_num 1: the number of alive BEs is not known (not connected); a one-BE "
                           "cluster holds only one copy.");
    } else if (aliveBackends < 3) {
        result.replicas = aliveBackends;
        result.reason = tr("replication_num %1: the cluster has %1 alive BE(s), and Doris cannot place more copies "
                           "than alive BEs.")
                            .arg(aliveBackends);
    } else {
        result.replicas = 3;
        result.reason = tr("replication_num 3: the cluster has %1 alive BEs; three copies keep the data when a disk "
                           "or BE is lost.")
                            .arg(aliveBackends);
    }
    return result;
}

} // namespace dia::doris
