#pragma once

#include "simcontext.h"
#include "tcplistener.h"

#include <string>

namespace dia::sim {

class HttpConnection;
struct HttpRequest;

/// One doris-sim process: opens the store, binds the FE HTTP, BE HTTP and MySQL ports and serves them
/// (a thread per connection). FE HTTP answers 307 to the BE for stream loads and 2PC, serves
/// get_load_state and the admin endpoint `/_sim/faults`; BE HTTP runs the loads.
class SimServer
{
public:
    explicit SimServer(SimConfig config);
    /// Opens the data dir and starts listening. Empty string on success, else what failed.
    std::string start();
    /// `{"fe_http":N,"be_http":N,"be_http_ports":[N,...],"mysql":N}` with the real ports.
    std::string readyLine() const;
    SimContext& context() { return m_context; }

private:
    void serveFe(int fd);
    void serveBe(int backendIndex, int fd);
    bool handleFe(HttpConnection& conn, const HttpRequest& request);
    bool handleBe(HttpConnection& conn, const HttpRequest& request, int backendIndex, uint64_t generation);
    bool handleAdmin(HttpConnection& conn, const HttpRequest& request);
    bool handleBackendAdmin(HttpConnection& conn, const HttpRequest& request);

    SimContext m_context;
    TcpListener m_fe;
    TcpListener m_mysql;
};

} // namespace dia::sim
