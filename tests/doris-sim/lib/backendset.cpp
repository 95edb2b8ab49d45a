#include "backendset.h"

#include <QDateTime>

#include <sys/socket.h>

namespace dia::sim {

std::string BackendSet::listen(const std::string& host, int firstPort, int count)
{
    m_host = host;
    for (int i = 0; i < count; ++i) {
        auto be = std::make_unique<Backend>();
        be->id = 10002 + i;
        be->listener = std::make_unique<TcpListener>();
        const std::string err = be->listener->listen(host, firstPort == 0 ? 0 : firstPort + i);
        if (!err.empty())
            return "BE " + std::to_string(i) + ": " + err;
        be->port = be->listener->port();
        m_backends.push_back(std::move(be));
    }
    return {};
}

void BackendSet::start(ConnectionHandler handler)
{
    m_handler = std::move(handler);
    const int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (size_t i = 0; i < m_backends.size(); ++i) {
        Backend& be = *m_backends[i];
        be.lastStartMs = now;
        be.alive = true;
        be.listener->start([this, i](int fd) { m_handler(int(i), fd); });
    }
}

std::vector<BackendSet::Info> BackendSet::snapshot() const
{
    std::vector<Info> out;
    for (const auto& be : m_backends)
        out.push_back({ be->id, be->port, be->alive.load(), be->lastStartMs.load() });
    return out;
}

int BackendSet::aliveCount() const
{
    int n = 0;
    for (const auto& be : m_backends)
        n += be->alive ? 1 : 0;
    return n;
}

std::optional<BackendSet::Info> BackendSet::pickForLoad()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<const Backend*> alive;
    for (const auto& be : m_backends) { // m_backends is in id order
        if (be->alive)
            alive.push_back(be.get());
    }
    if (alive.empty())
        return std::nullopt;
    const Backend* be = alive[size_t(m_nextLoad++ % alive.size())];
    return Info { be->id, be->port, true, be->lastStartMs.load() };
}

bool BackendSet::stop(int index, std::string& error)
{
    if (index < 0 || index >= size()) {
        error = "no backend " + std::to_string(index) + " (0.." + std::to_string(size() - 1) + ")";
        return false;
    }
    Backend& be = *m_backends[size_t(index)];
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!be.alive)
        return true;
    be.alive = false;
    ++be.generation;
    be.listener->close();
    // Cut every connection as a killed process would: the peer gets a reset. Shutting down the read side wakes
    // the serving thread (its read returns 0); with SO_LINGER 0 its close then sends RST.
    for (int fd : be.connections) {
        linger lg { 1, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::shutdown(fd, SHUT_RD);
    }
    return true;
}

bool BackendSet::startBackend(int index, std::string& error)
{
    if (index < 0 || index >= size()) {
        error = "no backend " + std::to_string(index) + " (0.." + std::to_string(size() - 1) + ")";
        return false;
    }
    Backend& be = *m_backends[size_t(index)];
    std::lock_guard<std::mutex> lock(m_mutex);
    if (be.alive)
        return true;
    auto listener = std::make_unique<TcpListener>();
    error = listener->listen(m_host, be.port);
    if (!error.empty())
        return false;
    be.listener = std::move(listener);
    be.lastStartMs = QDateTime::currentMSecsSinceEpoch();
    ++be.generation;
    be.alive = true;
    be.listener->start([this, index](int fd) { m_handler(index, fd); });
    return true;
}

void BackendSet::attach(int index, int fd)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Backend& be = *m_backends[size_t(index)];
    if (!be.alive) { // accepted just before the stop: cut it too
        linger lg { 1, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::shutdown(fd, SHUT_RD);
    }
    be.connections.insert(fd);
}

void BackendSet::detach(int index, int fd)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_backends[size_t(index)]->connections.erase(fd);
}

uint64_t BackendSet::generation(int index) const
{
    return m_backends[size_t(index)]->generation.load();
}

bool BackendSet::killedSince(int index, uint64_t generation) const
{
    const Backend& be = *m_backends[size_t(index)];
    return !be.alive || be.generation.load() != generation;
}

} // namespace dia::sim
