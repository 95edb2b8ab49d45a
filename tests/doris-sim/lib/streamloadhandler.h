#pragma once

#include "httpconnection.h"
#include "simcontext.h"

namespace dia::sim {

/// The BE side of Stream Load: `PUT /api/{db}/{table}/_stream_load` (header checks before 100-continue,
/// streaming CSV parse and conversion, filtering, error log, label/txn handling, faults, the Doris JSON answer),
/// `PUT /api/{db}[/{table}]/_stream_load_2pc` and `GET /api/_load_error_log`.
class StreamLoadHandler
{
public:
    explicit StreamLoadHandler(SimContext& context)
        : m_context(context)
    { }

    /// Returns false when the connection must be closed (faults, broken bodies).
    bool handleLoad(HttpConnection& conn, const HttpRequest& request, const std::string& db, const std::string& table);
    bool handle2pc(HttpConnection& conn, const HttpRequest& request, const std::string& db);
    bool handleErrorLog(HttpConnection& conn, const HttpRequest& request);

private:
    SimContext& m_context;
};

} // namespace dia::sim
