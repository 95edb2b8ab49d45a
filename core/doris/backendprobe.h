#pragma once

#include "common/result.h"
#include "connectionsettings.h"
#include "metadataclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dia::doris {

/// One BE from SHOW BACKENDS and whether its HTTP port can be reached from this machine.
struct BackendReachability
{
    QString advertised; ///< host:port as the cluster advertises it (what the FE redirects to)
    QString address; ///< host:port actually tried: the advertised one, or its --be override/mapping
    bool alive = false; ///< Alive in SHOW BACKENDS
    bool reachable = false; ///< a TCP connection to `address` opened within the timeout
    int connectMs = -1; ///< time to connect, -1 when it did not
    QString error; ///< why not, in words ("connection refused", "no answer within 2 s", ...)

    /// {"advertised","address","alive","reachable","connect_ms","error"}.
    QJsonObject toJson() const;
};

/// Lists every BE with its reachability from here, for the connect page and `doris-import`: SHOW BACKENDS over
/// MySQL, then a TCP connect to each BE's HTTP port (through the --be override or mapping), all in parallel
/// with a short timeout, so a cluster of unreachable BEs costs one timeout, not one per BE.
///
///     doris::BackendProbe probe(settings);          // on a worker thread (MetadataClient is blocking)
///     auto list = probe.run(2000);                  // Result<QList<BackendReachability>>
///
/// Errors: those of MetadataClient (mysql_connect_failed, auth_failed, sql_failed).
class BackendProbe final
{
    Q_DECLARE_TR_FUNCTIONS(dia::doris::BackendProbe) // lupdate files member functions' texts under the class
public:
    explicit BackendProbe(ConnectionSettings settings);

    Result<QList<BackendReachability>> run(int timeoutMs = 2000);
    /// The TCP part alone, for backends already listed.
    static QList<BackendReachability> probe(
        const QList<BackendInfo>& backends, const ConnectionSettings& settings, int timeoutMs = 2000);
    /// "3 of 3 BEs reachable" or "BE be2.internal:8040 (mapped to 127.0.0.1:18041) cannot be reached: ...".
    static QString summary(const QList<BackendReachability>& backends);

private:
    ConnectionSettings m_settings;
};

/// The replication_num to propose, and why.
struct ReplicationDefault
{
    int replicas = 1;
    QString reason;
};

/// min(3, alive BEs), at least 1: three copies survive a lost disk; more copies than alive BEs cannot be placed
/// (Doris refuses such a CREATE TABLE).
ReplicationDefault replicationDefault(int aliveBackends);

} // namespace dia::doris
