#pragma once

#include <functional>
#include <string>
#include <thread>

namespace dia::sim {

/// A listening TCP socket whose accept loop runs on its own thread and hands every connection
/// (a connected fd) to `onConnection` on a new detached thread.
class TcpListener
{
public:
    TcpListener() = default;
    ~TcpListener();
    TcpListener(const TcpListener&) = delete;
    TcpListener& operator=(const TcpListener&) = delete;

    /// Binds host:port (0 = ephemeral). Empty string on success, else the error.
    std::string listen(const std::string& host, int port);
    int port() const { return m_port; }
    void start(std::function<void(int fd)> onConnection);
    /// Stops accepting and closes the listening socket (new connections are refused); the port is free again.
    void close();

    /// A port on `host` that refuses connections (bound once, then closed).
    static int deadPort(const std::string& host);

private:
    int m_fd = -1;
    int m_port = 0;
    std::thread m_thread;
};

} // namespace dia::sim
