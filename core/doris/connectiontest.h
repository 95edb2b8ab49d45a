#pragma once

#include "common/result.h"
#include "connectionsettings.h"
#include "metadataclient.h"

#include <QList>
#include <QString>

namespace dia::doris {

/// What "Test connection" found: the Doris version, the alive BEs, and whether the whole load path
/// (FE HTTP port, then the BE the FE redirects to) is reachable from this machine.
struct ConnectionReport
{
    QString version; ///< @@version_comment
    QList<BackendInfo> backends;
    QString backendsError; ///< SHOW BACKENDS refused (privileges), when set
    bool feHttpReachable = false;
    QString probedBe; ///< "host:port" checked for the load path (override or first alive BE)
    bool beReachable = false;
    QString diagnosis; ///< what is wrong with the load path and how to fix it; empty when fine

    int aliveBackends() const;
    bool loadPathOk() const { return feHttpReachable && beReachable; }
    QString toHtml() const;
};

struct HttpResponse;

/// "" when `response` (to GET /api/health on the FE HTTP port `hostPort`) came from a Doris FE; otherwise what
/// answered instead (a BE's port, the MySQL port, another service) and where the FE's HTTP port is.
QString checkFeHttpAnswer(const HttpResponse& response, const QString& hostPort);

/// Connects over MySQL and probes the HTTP ports: the FE HTTP port must answer GET /api/health like an FE
/// (error `fe_http_wrong_port` when another service answers there). Blocking (bounded by the connect timeout): run it
/// on a worker thread, never on the GUI thread.
Result<ConnectionReport> testConnection(const ConnectionSettings& settings);

} // namespace dia::doris
