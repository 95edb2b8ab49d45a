#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace dia::doris {

/// How to reach a Doris cluster. The password lives in memory only: it is never serialized, logged or put
/// into a URL (see toLogString()).
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(dia::doris::ConnectionSettings) // lupdate files member functions' texts under the class
public:
    QString feHost = QStringLiteral("127.0.0.1");
    int feHttpPort = 8030;
    QString mysqlHost; ///< empty: same as feHost
    int mysqlPort = 9030;
    QString user = QStringLiteral("root");
    QString password;
    bool useTls = false; ///< HTTPS to the FE (the FE redirects to plain-HTTP BEs)
    bool trustSelfSigned = false; ///< accept an untrusted certificate from the FE (explicit opt-in)
    /// Either "host:port" (send every Stream Load there instead of the BE the FE names) or a mapping
    /// "be1.internal:8040=127.0.0.1:18040,be2.internal:8040=127.0.0.1:18041" (each BE as the FE advertises it ->
    /// the address reachable from here; BEs not listed are used as advertised). Set it with setBeOverride().
    QString beOverride;
    int connectTimeoutMs = 10'000; ///< MySQL connect, and HTTP header-stage requests
    int requestTimeoutMs = 300'000; ///< HTTP inactivity timeout of one load request (no bytes moved for this long)

    QString effectiveMysqlHost() const { return mysqlHost.isEmpty() ? feHost : mysqlHost; }
    /// `http[s]://feHost:feHttpPort` without user info.
    QUrl feBaseUrl() const;
    /// `Basic base64(user:password)`.
    QByteArray authorizationHeader() const;
    /// A description safe for logs: never contains the password.
    QString toLogString() const;

    /// Parses `--fe http://HOST:PORT` (scheme optional, default port 8030) into feHost/feHttpPort/useTls.
    Status setFeUrl(const QString& text);
    /// Parses `--mysql HOST:PORT` (port optional, default 9030).
    Status setMysqlAddress(const QString& text);
    /// Validates and sets `--be HOST:PORT` or `--be ADVERTISED=REACHABLE,...`; empty clears the override.
    Status setBeOverride(const QString& text);
    /// True when beOverride is a per-BE mapping rather than one address for all.
    bool beOverrideIsMapping() const { return beOverride.contains(QLatin1Char('=')); }
    /// Where to connect for the BE the FE advertises as host:port: the single override, its mapped address,
    /// or itself. Host names compare case-insensitively.
    QPair<QString, int> beAddressFor(const QString& host, int port) const;
};

/// One entry of a `--be` mapping.
struct BeAddressMapping
{
    QString advertisedHost;
    int advertisedPort = 0;
    QString host;
    int port = 0;
};

/// Parses "a:8040=b:18040,c:8040=d:18041" (commas or whitespace between entries); error `bad_address`.
Result<QList<BeAddressMapping>> parseBeMapping(const QString& text);

/// Splits "host:port" (IPv6 as "[::1]:8040"); port -1 when absent.
Result<QPair<QString, int>> parseHostPort(const QString& text, int defaultPort);

} // namespace dia::doris
