#pragma once

#include "connectionsettings.h"
#include "filteredrow.h"
#include "httpsession.h"
#include "metadataclient.h"

#include <atomic>

#include <QCoreApplication>

namespace dia::doris {

/// An error log as fetched, and how.
struct ErrorLogFetch
{
    ErrorLog log;
    bool viaMysql = false; ///< the BE could not be reached; the rows came from SHOW LOAD WARNINGS ON (max 100)
    QString note; ///< says so in words, empty otherwise
};

/// Fetches an ErrorURL, but only from a host of the configured cluster: the FE host, a BE host from
/// SHOW BACKENDS (setKnownBackends) or the BE override. Anything else is refused (`untrusted_error_url`),
/// so a forged URL cannot make us talk to other machines. When the BE cannot be reached it tries the BE
/// override, then SHOW LOAD WARNINGS ON over MySQL. Blocking; worker threads only.
class ErrorLogClient final
{
    Q_DECLARE_TR_FUNCTIONS(dia::doris::ErrorLogClient) // lupdate files member functions' texts under the class
public:
    explicit ErrorLogClient(ConnectionSettings settings);
    Q_DISABLE_COPY_MOVE(ErrorLogClient)

    void setKnownBackends(const QList<BackendInfo>& backends) { m_backends = backends; }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_http.setCancelFlag(cancel); }

    /// Whether `url` points at a host of this cluster.
    Status checkTrusted(const QString& url) const;
    /// `fallback` may be null (no MySQL fallback).
    Result<ErrorLogFetch> fetch(const QString& url, MetadataClient* fallback);

private:
    ConnectionSettings m_settings;
    QList<BackendInfo> m_backends;
    HttpSession m_http;
};

} // namespace dia::doris
