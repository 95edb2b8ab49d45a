#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dia::doris {

/// How to reach a Doris cluster. The password lives in memory only: it is never serialized, logged or put
/// into a URL (see toLogString()).
struct ConnectionSettings
{
    QString feHost = QStringLiteral("127.0.0.1");
    int feHttpPort = 8030;
    QString mysqlHost; ///< empty: same as feHost
    int mysqlPort = 9030;
    QString user = QStringLiteral("root");
    QString password;
    bool useTls = false; ///< HTTPS to the FE (the FE redirects to plain-HTTP BEs)
    bool trustSelfSigned = false; ///< accept an untrusted certificate from the FE (explicit opt-in)
    QString beOverride; ///< "host:port": send every Stream Load here instead of the BE the FE names
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
    /// Validates and sets `--be HOST:PORT`; empty clears the override.
    Status setBeOverride(const QString& text);
};

/// Splits "host:port" (IPv6 as "[::1]:8040"); port -1 when absent.
Result<QPair<QString, int>> parseHostPort(const QString& text, int defaultPort);

} // namespace dia::doris
