#pragma once

#include "tcplistener.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dia::sim {

/// The sim's BE HTTP endpoints (`--backends N`), all over the same store. Each can be stopped (its listening
/// socket closed, connections in flight cut as a killed BE would) and started again on the same port.
/// The FE picks a load target round-robin among the alive ones (sorted by id, one counter per FE).
class BackendSet
{
public:
    struct Info
    {
        int64_t id = 0;
        int port = 0;
        bool alive = false;
        int64_t lastStartMs = 0;
    };
    using ConnectionHandler = std::function<void(int backendIndex, int fd)>;

    /// Binds `count` ports on `host`; `firstPort` 0 = all ephemeral, else firstPort, firstPort+1, ...
    std::string listen(const std::string& host, int firstPort, int count);
    void start(ConnectionHandler handler);

    int size() const { return int(m_backends.size()); }
    std::vector<Info> snapshot() const;
    int aliveCount() const;
    /// The next alive BE for a load (round-robin by id), nullopt when none is alive.
    std::optional<Info> pickForLoad();

    /// Closes the listening socket of BE `index` and cuts its connections. False if out of range.
    bool stop(int index, std::string& error);
    /// Listens again on the same port. False if out of range or the port cannot be bound.
    bool startBackend(int index, std::string& error);
    /// A connection of BE `index` was accepted / ended (used to cut it on stop).
    void attach(int index, int fd);
    void detach(int index, int fd);
    /// True while BE `index` is down or was restarted since `generation` (read with generation()).
    bool killedSince(int index, uint64_t generation) const;
    uint64_t generation(int index) const;

private:
    struct Backend
    {
        int64_t id = 0;
        std::unique_ptr<TcpListener> listener;
        int port = 0;
        std::atomic<bool> alive { false };
        std::atomic<uint64_t> generation { 0 };
        std::atomic<int64_t> lastStartMs { 0 };
        std::set<int> connections;
    };

    std::string m_host;
    std::vector<std::unique_ptr<Backend>> m_backends;
    ConnectionHandler m_handler;
    mutable std::mutex m_mutex;
    uint64_t m_nextLoad = 0;
};

} // namespace dia::sim
