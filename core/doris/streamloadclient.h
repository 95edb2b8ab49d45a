#pragma once

#include "connectionsettings.h"
#include "httpsession.h"
#include "labelstate.h"
#include "streamloadrequest.h"
#include "streamloadresult.h"

#include <atomic>

#include <QCoreApplication>

namespace dia::doris {

/// Stream Load over HTTP, blocking, for one worker thread (it owns a QNetworkAccessManager of that thread).
///
/// A load first asks the FE where to send (PUT without body and without label; the FE answers 307 with the
/// BE's address), strips the user info from the Location, replaces host:port by the BE override when one is
/// set, then PUTs the headers plus an explicit Authorization and the body (opened afresh) to that BE only,
/// with `Expect: 100-continue` and Content-Length.
///
/// Transport failures come back as errors with these codes: `cancelled`, `fe_unreachable`, `fe_http_error`,
/// `be_unreachable`, `timeout`, `network_error`, `http_error`, `auth_failed`, `bad_response`,
/// `body_unreadable`, `redirect_missing`. Doris verdicts (also failures like "too many filtered rows" or an FE
/// `{"status":"FAILED"}`) come back as a StreamLoadResult.
/// What the last load() did on the wire (for per-BE reports and the automatic compression choice).
struct LoadAttemptInfo
{
    QString backend; ///< host:port of the BE as the FE named it (empty when no redirect came)
    QString connectedTo; ///< host:port actually used (after the --be override or mapping)
    qint64 bodyBytesSent = 0; ///< bytes on the wire (compressed when the body is)
    qint64 bodyMs = 0; ///< from the request head to the BE's answer
    double redirectMs = -1; ///< the FE's redirect exchange (connect + answer): a round-trip estimate
};

class StreamLoadClient final
{

    Q_DECLARE_TR_FUNCTIONS(dia::doris::StreamLoadClient) // lupdate files member functions' texts under the class
public:
    explicit StreamLoadClient(ConnectionSettings settings);
    Q_DISABLE_COPY_MOVE(StreamLoadClient)

    /// Polled every 100 ms while a request runs; a set flag aborts it (error `cancelled`).
    void setCancelFlag(const std::atomic<bool>* cancel) { m_http.setCancelFlag(cancel); }

    Result<StreamLoadResult> load(const StreamLoadRequest& request);
    /// `GET /api/{db}/get_load_state?label=`.
    Result<LabelState> labelState(const QString& database, const QString& label);
    /// 2PC commit / abort by txn id (or by label when txnId < 0). Committing an already visible txn and
    /// aborting an already aborted one count as success.
    Status commitTransaction(const QString& database, qint64 txnId, const QString& label = {});
    Status abortTransaction(const QString& database, qint64 txnId, const QString& label = {});

    const ConnectionSettings& settings() const { return m_settings; }
    /// The last load()'s route and timing (reset at the start of each load()).
    const LoadAttemptInfo& lastAttempt() const { return m_last; }

private:
    Status transactionOperation(const QString& database, qint64 txnId, const QString& label, const QByteArray& op);
    /// Location → the URL we may send to: user info removed, BE override applied.
    /// `advertised` receives the BE as the FE named it.
    Result<QUrl> redirectTarget(const HttpResponse& response, const QUrl& from, QString* advertised = nullptr) const;
    Error transportError(const HttpResponse& response, const QUrl& url, bool toBe) const;

    ConnectionSettings m_settings;
    HttpSession m_http;
    LoadAttemptInfo m_last;
};

} // namespace dia::doris
