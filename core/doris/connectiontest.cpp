#include "connectiontest.h"

#include "httpsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>

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

/// GET /api/health on the FE HTTP port, bounded by `timeoutMs` in all (a MySQL port or another service that
/// never answers HTTP must not hold the test up). HTTPS goes through HttpSession.
HttpResponse probeHealth(const ConnectionSettings& settings, int timeoutMs)
{
    const QByteArray credentials = (settings.user + QLatin1Char(':') + settings.password).toUtf8().toBase64();
    if (settings.useTls) {
        HttpSession http(settings.trustSelfSigned);
        QUrl url = settings.feBaseUrl();
        url.setPath(QStringLiteral("/api/health"));
        return http.send("GET", url, { { "Authorization", "Basic " + credentials } }, nullptr, 0, timeoutMs, timeoutMs);
    }
    HttpResponse response;
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(settings.feHost, quint16(settings.feHttpPort));
    if (!socket.waitForConnected(timeoutMs)) {
        response.connectTimedOut = true;
        response.errorString = socket.errorString();
        return response;
    }
    socket.write("GET /api/health HTTP/1.1\r\nHost: " + settings.feHost.toUtf8() + "\r\nAuthorization: Basic "
        + credentials + "\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    while (clock.elapsed() < timeoutMs && raw.size() < 256 * 1024) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - clock.elapsed())))) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break; // closed: the answer is complete
            continue;
        }
        raw += socket.readAll();
        if (raw.size() >= 7 && !raw.startsWith("HTTP/1."))
            break; // something else speaks first on this port (a MySQL greeting): no need to wait
    }
    raw += socket.readAll();
    socket.abort();
    if (!raw.startsWith("HTTP/1.")) {
        response.timedOut = raw.isEmpty();
        response.errorString = raw.isEmpty() ? QString() : QStringLiteral("not HTTP");
        return response;
    }
    const int lineEnd = raw.indexOf("\r\n");
    const QList<QByteArray> status = raw.left(lineEnd).split(' ');
    response.httpStatus = status.size() > 1 ? status.at(1).toInt() : 0;
    const int bodyAt = raw.indexOf("\r\n\r\n");
    response.body = bodyAt >= 0 ? raw.mid(bodyAt + 4) : QByteArray();
    // A chunked body: the JSON sits between the chunk sizes; take the object itself.
    const int open = response.body.indexOf('{');
    const int close = response.body.lastIndexOf('}');
    if (open >= 0 && close > open)
        response.body = response.body.mid(open, close - open + 1);
    return response;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::doris::ConnectionTest", text);
}

} // namespace

QString checkFeHttpAnswer(const HttpResponse& response, const QString& hostPort)
{
    if (!response.gotResponse())
        return tr("Port %1 accepts connections but does not answer HTTP like a Doris FE (%2). It may be the FE's "
                  "MySQL port or another service: the FE's HTTP port is http_port in fe.conf, 8030 by default.")
            .arg(hostPort, response.timedOut || response.connectTimedOut ? tr("no answer") : response.errorString);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    // An FE answers {"msg":"success","code":0,"data":{"online_backend_num":..,"total_backend_num":..}}; a BE's
    // webserver answers {"status":"OK","msg":"To Be Added"}.
    const QJsonObject data = json.value(QLatin1String("data")).toObject();
    if (response.httpStatus == 200 && json.value(QLatin1String("code")).toInt(-1) == 0
        && data.contains(QLatin1String("online_backend_num")))
        return {};
    // The FE's REST shape ({"msg","code","data","count"}) refusing the user is still the FE: the login itself is
    // checked over MySQL.
    if ((response.httpStatus == 200 || response.httpStatus == 401) && json.contains(QLatin1String("code"))
        && json.contains(QLatin1String("msg")) && !json.contains(QLatin1String("status")))
        return {};
    if (response.httpStatus == 200 && json.contains(QLatin1String("status")))
        return tr("Port %1 is a Doris BE's HTTP port, not the FE's. Give the FE's HTTP port (http_port in fe.conf, "
                  "8030 by default); the FE sends loads on to the BEs itself.")
            .arg(hostPort);
    return tr("Port %1 answers HTTP %2 but not like a Doris FE. Check the FE HTTP port (http_port in fe.conf, 8030 "
              "by default).")
        .arg(hostPort)
        .arg(response.httpStatus);
}

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
    if (report.feHttpReachable) {
        // Something listens there; make sure it is the FE's HTTP server and not the BE's, the MySQL port or
        // another service: every load would otherwise retry against it for minutes.
        const HttpResponse answer = probeHealth(settings, probeTimeout);
        const QString wrong
            = checkFeHttpAnswer(answer, QStringLiteral("%1:%2").arg(settings.feHost).arg(settings.feHttpPort));
        if (!wrong.isEmpty())
            return makeError(QStringLiteral("fe_http_wrong_port"), wrong,
                tr("Correct the FE HTTP port and test the connection again."));
    }
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
    if (!settings.beOverride.isEmpty() && !settings.beOverrideIsMapping()) {
        const auto hostPort = parseHostPort(settings.beOverride, 8040);
        if (hostPort.ok()) {
            beHost = hostPort->first;
            bePort = hostPort->second;
        }
    } else {
        // the first alive BE, at its mapped address when the --be mapping names it
        for (const BackendInfo& be : std::as_const(report.backends)) {
            if (be.alive) {
                const QPair<QString, int> address = settings.beAddressFor(be.host, be.httpPort);
                beHost = address.first;
                bePort = address.second;
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
            "Docker, Kubernetes or NAT). Map it in 'BE address mapping' (--be) to an address of "
            "that BE that this machine can reach.")
                               .arg(report.probedBe);
    return report;
}

} // namespace dia::doris
