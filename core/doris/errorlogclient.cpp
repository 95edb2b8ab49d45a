#include "errorlogclient.h"

#include <QCoreApplication>
#include <QUrl>

namespace dia::doris {

namespace { } // namespace

ErrorLogClient::ErrorLogClient(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_http(m_settings.trustSelfSigned)
{ }

Status ErrorLogClient::checkTrusted(const QString& url) const
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    bool trusted = false;
    if (parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && parsed.userInfo().isEmpty()) {
        const QString host = parsed.host();
        trusted = host.compare(m_settings.feHost, Qt::CaseInsensitive) == 0;
        for (const BackendInfo& backend : m_backends)
            trusted = trusted || host.compare(backend.host, Qt::CaseInsensitive) == 0;
        if (!m_settings.beOverride.isEmpty() && !m_settings.beOverrideIsMapping()) {
            auto hostPort = parseHostPort(m_settings.beOverride, -1);
            trusted = trusted || (hostPort && host.compare(hostPort->first, Qt::CaseInsensitive) == 0);
        } else if (m_settings.beOverrideIsMapping()) {
            const auto mappings = parseBeMapping(m_settings.beOverride);
            for (const BeAddressMapping& m : mappings ? *mappings : QList<BeAddressMapping> {})
                trusted = trusted || host.compare(m.advertisedHost, Qt::CaseInsensitive) == 0;
        }
    }
    if (!trusted)
        return makeError(QStringLiteral("untrusted_error_url"),
            tr("The error log address %1 is not on a host of this Doris cluster; it was not fetched.")
                .arg(parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString()),
            tr("Error logs are read only from the FE, the BEs listed by SHOW BACKENDS or the BE override."));
    return {};
}

Result<ErrorLogFetch> ErrorLogClient::fetch(const QString& url, MetadataClient* fallback)
{
    if (Status trusted = checkTrusted(url); !trusted)
        return trusted.error();
    QUrl target(url, QUrl::StrictMode);
    HttpResponse response
        = m_http.send("GET", target, {}, nullptr, 0, m_settings.requestTimeoutMs, m_settings.connectTimeoutMs);
    if (response.cancelled)
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    if (!response.gotResponse() && !m_settings.beOverride.isEmpty()) {
        const auto reachable = m_settings.beAddressFor(target.host(), target.port(80));
        if (reachable.first != target.host() || reachable.second != target.port(80)) {
            target.setHost(reachable.first);
            target.setPort(reachable.second);
            response
                = m_http.send("GET", target, {}, nullptr, 0, m_settings.requestTimeoutMs, m_settings.connectTimeoutMs);
        }
    }
    if (response.httpStatus == 200) {
        ErrorLogFetch fetched;
        fetched.log = parseErrorLog(response.body);
        return fetched;
    }
    const QString why = response.gotResponse() ? tr("HTTP %1").arg(response.httpStatus)
                                               : (response.timedOut ? tr("no answer") : response.errorString);
    if (fallback) {
        auto lines = fallback->loadWarnings(url);
        if (lines) {
            ErrorLogFetch fetched;
            fetched.log = parseErrorLog(lines->join(QLatin1Char('\n')).toUtf8());
            fetched.viaMysql = true;
            fetched.note = tr("The BE at %1 could not be reached (%2); the rows were read with SHOW LOAD WARNINGS over "
                              "MySQL instead (at most 100).")
                               .arg(QUrl(url).authority(), why);
            return fetched;
        }
        return makeError(QStringLiteral("error_log_unreachable"),
            tr("The error log could not be read from the BE (%1) nor over MySQL: %2").arg(why, lines.error().message),
            tr("Map the BE in the BE address mapping (--be ADVERTISED=HOST:PORT) to an address this machine can "
               "reach."));
    }
    return makeError(QStringLiteral("error_log_unreachable"),
        tr("The error log at %1 could not be read: %2").arg(QUrl(url).authority(), why),
        tr("Map the BE in the BE address mapping (--be ADVERTISED=HOST:PORT) to an address this machine can reach."));
}

} // namespace dia::doris
