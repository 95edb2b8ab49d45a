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
    /// `backendIndex`/`generation`: the BE serving the connection, to notice it being stopped mid-body.
    StreamLoadHandler(SimContext& context, int backendIndex, uint64_t generation)
        : m_context(context)
        , m_backendIndex(backendIndex)
        , m_generation(generation)
    { }

    /// Returns false when the connection must be closed (faults, broken bodies).
    bool handleLoad(HttpConnection& conn, const HttpRequest& request, const std::string& db, const std::string& table);
    bool handle2pc(HttpConnection& conn, const HttpRequest& request, const std::string& db);
    bool handleErrorLog(HttpConnection& conn, const HttpRequest& request);

private:
    bool backendKilled() const { return m_context.backends->killedSince(m_backendIndex, m_generation); }

    SimContext& m_context;
    int m_backendIndex;
    uint64_t m_generation;
};

} // namespace dia::sim
