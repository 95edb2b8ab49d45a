// dia-slowlink: a loopback TCP proxy that makes a fast link look like a slow one (bandwidth per direction, a
// token bucket shared by all connections; one-way latency added to the data) for tests and benchmarks.
#include "linkshaper.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace dia::slowlink;

namespace {

struct Options
{
    std::string host = "127.0.0.1";
    double rate = 0; // bytes/s per direction, 0 = unlimited
    int64_t delayUs = 0; // one-way
    struct Map
    {
        int listenPort = 0;
        std::string targetHost;
        int targetPort = 0;
    };
    std::vector<Map> maps;
};

/// Bytes read at one moment, delivered `delay` later (or the end of the stream).
struct Segment
{
    Clock::time_point readAt;
    std::string data;
    enum class End { None, Eof, Reset } end = End::None;
};

/// One direction of one connection: a reader thread queues segments, a writer thread delivers them after the
/// delay at the link's rate. EOF is passed on as a half-close, a reset as a reset.
class Pipe
{
public:
    Pipe(int src, int dst, TokenBucket& bucket, int64_t delayUs)
        : m_src(src)
        , m_dst(dst)
        , m_bucket(bucket)
        , m_delay(delayUs)
        , m_maxQueued(bucket.unlimited()
                  ? kMaxQueued
                  : std::min(kMaxQueued, size_t(bucket.rate() * double(delayUs) / 1e6) + kLinkBuffer))
    { }

    void readLoop()
    {
        std::vector<char> buf(65536);
        while (true) {
            const ssize_t n = ::recv(m_src, buf.data(), buf.size(), 0);
            if (n < 0 && errno == EINTR)
                continue;
            Segment s { Clock::now(), {}, Segment::End::None };
            if (n > 0)
                s.data.assign(buf.data(), size_t(n));
            else
                s.end = n == 0 ? Segment::End::Eof : Segment::End::Reset;
            std::unique_lock<std::mutex> lock(m_mutex);
            m_space.wait(lock, [&] { return m_queued < m_maxQueued || m_writerDone; });
            if (m_writerDone)
                return;
            m_queued += s.data.size();
            const bool end = s.end != Segment::End::None;
            m_queue.push_back(std::move(s));
            m_ready.notify_one();
            if (end)
                return;
        }
    }

    void writeLoop()
    {
        while (true) {
            Segment s;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [&] { return !m_queue.empty(); });
                s = std::move(m_queue.front());
                m_queue.pop_front();
            }
            std::this_thread::sleep_until(s.readAt + m_delay);
            if (s.end == Segment::End::Eof) {
                ::shutdown(m_dst, SHUT_WR);
                break;
            }
            if (s.end == Segment::End::Reset) {
                abort();
                break;
            }
            if (!send(s.data)) {
                abort();
                break;
            }
            std::lock_guard<std::mutex> lock(m_mutex);
            m_queued -= s.data.size();
            m_space.notify_one();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_writerDone = true;
        m_space.notify_one();
    }

private:
    static constexpr size_t kMaxQueued = size_t(16) << 20;
    /// What a link holds besides the bytes in flight (a router's queue): a sender feels the rate, as on a real
    /// link, instead of filling megabytes of proxy buffer at loopback speed.
    static constexpr size_t kLinkBuffer = size_t(256) << 10;

    bool send(const std::string& data)
    {
        size_t pos = 0;
        while (pos < data.size()) {
            const size_t slice = std::min(std::min(data.size() - pos, m_bucket.burst()), size_t(65536));
            m_bucket.acquire(slice);
            size_t done = 0;
            while (done < slice) {
                const ssize_t w = ::send(m_dst, data.data() + pos + done, slice - done, MSG_NOSIGNAL);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    return false;
                done += size_t(w);
            }
            pos += slice;
        }
        return true;
    }
    void abort()
    {
        // pass the reset on and stop the other direction too
        linger lg { 1, 0 };
        ::setsockopt(m_dst, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::setsockopt(m_src, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::shutdown(m_dst, SHUT_RDWR);
        ::shutdown(m_src, SHUT_RDWR);
    }

    int m_src;
    int m_dst;
    TokenBucket& m_bucket;
    std::chrono::microseconds m_delay;
    size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Segment> m_queue;
    size_t m_queued = 0;
    bool m_writerDone = false;
};

/// Both sockets of one proxied connection; closed when the last of its four threads ends.
struct Connection
{
    int client;
    int server;
    Connection(int c, int s)
        : client(c)
        , server(s)
    { }
    ~Connection()
    {
        ::close(client);
        ::close(server);
    }
};

int connectTo(const std::string& host, int port)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
        return -1;
    int fd = -1;
    for (addrinfo* a = res; a != nullptr && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(res);
    return fd;
}

void serve(int client, const Options::Map& map, TokenBucket& up, TokenBucket& down, int64_t delayUs)
{
    const int server = connectTo(map.targetHost, map.targetPort);
    if (server < 0) { // target down: the client sees a reset right away
        linger lg { 1, 0 };
        ::setsockopt(client, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::close(client);
        return;
    }
    int one = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    auto conn = std::make_shared<Connection>(client, server);
    auto toServer = std::make_shared<Pipe>(client, server, up, delayUs);
    auto toClient = std::make_shared<Pipe>(server, client, down, delayUs);
    std::thread([conn, toServer] { toServer->readLoop(); }).detach();
    std::thread([conn, toServer] { toServer->writeLoop(); }).detach();
    std::thread([conn, toClient] { toClient->readLoop(); }).detach();
    std::thread([conn, toClient] { toClient->writeLoop(); }).detach();
}

int listenOn(const std::string& host, int port, int& boundPort, std::string& error)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) {
        error = "invalid IPv4 address " + host;
        return -1;
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 256) != 0) {
        error = "cannot listen on " + host + ":" + std::to_string(port) + ": " + std::strerror(errno);
        ::close(fd);
        return -1;
    }
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    boundPort = ntohs(addr.sin_port);
    return fd;
}

bool parseTarget(const std::string& text, std::string& host, int& port)
{
    const size_t colon = text.rfind(':');
    const std::string portText = colon == std::string::npos ? text : text.substr(colon + 1);
    host = colon == std::string::npos ? std::string("127.0.0.1") : text.substr(0, colon);
    char* end = nullptr;
    const long p = std::strtol(portText.c_str(), &end, 10);
    port = int(p);
    return !portText.empty() && *end == '\0' && p > 0 && p < 65536 && !host.empty();
}

int usage(const char* error)
{
    if (error != nullptr)
        std::fprintf(stderr, "dia-slowlink: %s\n", error);
    std::fprintf(stderr,
        "usage: dia-slowlink (--target HOST:PORT [--listen PORT] | --map LISTEN_PORT=HOST:PORT ...)\n"
        "                    [--rate RATE] [--delay DELAY] [--host ADDR]\n"
        "  --rate   bandwidth per direction, shared by all connections: 100Mbit, 800kbit, 12.5MB, 10MiB,\n"
        "           unlimited (default)\n"
        "  --delay  one-way latency added to every byte (RTT = 2 x DELAY): 20ms, 0.1s, 500us (default 0)\n"
        "  --map    repeatable; LISTEN_PORT 0 = ephemeral; TARGET may be a bare port (127.0.0.1)\n"
        "Prints {\"port\":N,\"ports\":[N,...]} on stdout once listening (ports in --map order).\n");
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    std::signal(SIGPIPE, SIG_IGN);
    Options opt;
    std::string target;
    int listenPort = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (a == "-h" || a == "--help")
            return usage(nullptr) == 2 ? 0 : 0;
        const char* v = value();
        if (v == nullptr)
            return usage(("missing value for " + a).c_str());
        if (a == "--rate") {
            const auto r = parseRate(v);
            if (!r)
                return usage(("bad --rate " + std::string(v) + " (e.g. 100Mbit, 12.5MB)").c_str());
            opt.rate = *r;
        } else if (a == "--delay") {
            const auto d = parseDelay(v);
            if (!d)
                return usage(("bad --delay " + std::string(v) + " (e.g. 20ms)").c_str());
            opt.delayUs = *d;
        } else if (a == "--host") {
            opt.host = v;
        } else if (a == "--target") {
            target = v;
        } else if (a == "--listen") {
            listenPort = std::atoi(v);
        } else if (a == "--map") {
            const std::string m = v;
            const size_t eq = m.find('=');
            Options::Map map;
            if (eq == std::string::npos || !parseTarget(m.substr(eq + 1), map.targetHost, map.targetPort))
                return usage(("bad --map " + m + " (LISTEN_PORT=HOST:PORT)").c_str());
            map.listenPort = std::atoi(m.substr(0, eq).c_str());
            opt.maps.push_back(map);
        } else {
            return usage(("unknown option " + a).c_str());
        }
    }
    if (!target.empty()) {
        Options::Map map;
        if (!parseTarget(target, map.targetHost, map.targetPort))
            return usage(("bad --target " + target + " (HOST:PORT)").c_str());
        map.listenPort = listenPort;
        opt.maps.insert(opt.maps.begin(), map);
    }
    if (opt.maps.empty())
        return usage("give --target HOST:PORT or --map LISTEN_PORT=HOST:PORT");

    TokenBucket up(opt.rate);
    TokenBucket down(opt.rate);
    std::vector<int> fds;
    std::string ports;
    for (const Options::Map& map : opt.maps) {
        int bound = 0;
        std::string error;
        const int fd = listenOn(opt.host, map.listenPort, bound, error);
        if (fd < 0) {
            std::fprintf(stderr, "dia-slowlink: %s\n", error.c_str());
            return 1;
        }
        fds.push_back(fd);
        ports += (ports.empty() ? "" : ",") + std::to_string(bound);
    }
    std::printf("{\"port\":%s,\"ports\":[%s]}\n", ports.substr(0, ports.find(',')).c_str(), ports.c_str());
    std::fflush(stdout);
    std::vector<std::thread> acceptors;
    for (size_t m = 0; m < opt.maps.size(); ++m) {
        acceptors.emplace_back([&, m] {
            while (true) {
                const int client = ::accept4(fds[m], nullptr, nullptr, SOCK_CLOEXEC);
                if (client < 0) {
                    if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE)
                        continue;
                    return;
                }
                std::thread([&, client, m] { serve(client, opt.maps[m], up, down, opt.delayUs); }).detach();
            }
        });
    }
    for (std::thread& t : acceptors)
        t.join();
    return 0;
}
