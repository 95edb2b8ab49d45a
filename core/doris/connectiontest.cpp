#include "connectiontest.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace dia::doris {

namespace {

bool canConnect(const QString& host, int port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    const bool ok = socket.waitForConnected(timeoutMs);
    socket.abort();
    return ok;
}

} // namespace

int ConnectionReport::aliveBackends() const
{
    int alive = 0;
    for (const BackendInfo& be : backends)
        alive += be.alive ? 1 : 0;
    return alive;
}

QString ConnectionReport::toHtml() const
{
    QString html = QCoreApplication::translate("dia::doris::ConnectionTest", "<b>Connected.</b> %1<br>")
                       .arg(version.toHtmlEscaped());
    if (!backendsError.isEmpty())
        html += QCoreApplication::translate("dia::doris::ConnectionTest", "Backends could not be listed: %1<br>")
                    .arg(backendsError.toHtmlEscaped());
    else
        html += QCoreApplication::translate("dia::doris::ConnectionTest", "%1 of %2 backends alive.<br>")
                    .arg(aliveBackends())
                    .arg(backends.size());
    html += feHttpReachable
        ? QCoreApplication::translate("dia::doris::ConnectionTest", "FE HTTP port reachable.<br>")
        : QCoreApplication::translate("dia::doris::ConnectionTest", "FE HTTP port <b>not</b> reachable.<br>");
    if (!probedBe.isEmpty())
        html += beReachable
            ? QCoreApplication::translate("dia::doris::ConnectionTest", "BE %1 reachable for loads.")
                  .arg(probedBe.toHtmlEscaped())
            : QCoreApplication::translate("dia::doris::ConnectionTest", "BE %1 <b>not</b> reachable for loads.")
                  .arg(probedBe.toHtmlEscaped());
    return html;
}

Result<ConnectionReport> testConnection(const ConnectionSettings& settings)
{
    ConnectionReport report;
    MetadataClient client(settings);
    const auto version = client.serverVersion();
    if (!version.ok())
        return version.error();
    report.version = *version;

    const auto backends = client.backends();
    if (backends.ok())
        report.backends = *backends;
    else
        report.backendsError = backends.error().message;

    const int probeTimeout = qMin(settings.connectTimeoutMs, 5000);
    report.feHttpReachable = canConnect(settings.feHost, settings.feHttpPort, probeTimeout);
    if (!report.feHttpReachable) {
        report.diagnosis = QCoreApplication::translate("dia::doris::ConnectionTest",
            "The FE answers on the MySQL port but not on HTTP port %1. Check the FE's http_port "
            "(8030 by default) and any firewall between here and %2.")
                               .arg(settings.feHttpPort)
                               .arg(settings.feHost);
        return report;
    }

    QString beHost;
    int bePort = 0;
    if (!settings.beOverride.isEmpty()) {
        const auto hostPort = parseHostPort(settings.beOverride, 8040);
        if (hostPort.ok()) {
            beHost = hostPort->first;
            bePort = hostPort->second;
        }
    } else {
        for (const BackendInfo& be : std::as_const(report.backends)) {
            if (be.alive) {
                beHost = be.host;
                bePort = be.httpPort;
                break;
            }
        }
    }
    if (beHost.isEmpty()) {
        report.diagnosis = report.backendsError.isEmpty()
            ? QCoreApplication::translate("dia::doris::ConnectionTest",
                "No backend is alive, so Doris cannot accept loads. Start a BE or check SHOW BACKENDS.")
            : QCoreApplication::translate("dia::doris::ConnectionTest",
                "The backends could not be listed, so their reachability is unknown. Loads may still work.");
        report.beReachable = !report.backendsError.isEmpty();
        return report;
    }
    report.probedBe = QStringLiteral("%1:%2").arg(beHost).arg(bePort);
    report.beReachable = canConnect(beHost, bePort, probeTimeout);
    if (!report.beReachable)
        report.diagnosis = QCoreApplication::translate("dia::doris::ConnectionTest",
            "The FE redirects loads to BE %1, which cannot be reached from here (typical for "
            "Docker, Kubernetes or NAT). Set 'BE address override' to an address of that BE "
            "that this machine can reach.")
                               .arg(report.probedBe);
    return report;
}

} // namespace dia::doris
