// dia-slowlink: units, rate and delay (generous lower bounds only), half-close, many connections, --map.
#include "linkshaper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

using namespace dia::slowlink;

namespace {

/// A loopback server that answers every connection with "<bytes received>:<first 8 bytes>" after the client's
/// half-close (so the answer travels back through the proxy after EOF went forward).
class CountingServer
{
public:
    CountingServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::listen(m_fd, 128);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            while (true) {
                const int c = ::accept(m_fd, nullptr, nullptr);
                if (c < 0)
                    return;
                std::thread([c] {
                    std::vector<char> buf(65536);
                    size_t total = 0;
                    std::string head;
                    ssize_t n = 0;
                    while ((n = ::recv(c, buf.data(), buf.size(), 0)) > 0) {
                        if (head.size() < 8)
                            head.append(buf.data(), std::min<size_t>(size_t(n), 8 - head.size()));
                        total += size_t(n);
                    }
                    const std::string answer = std::to_string(total) + ":" + head;
                    ::send(c, answer.data(), answer.size(), MSG_NOSIGNAL);
                    ::close(c);
                }).detach();
            }
        });
    }
    ~CountingServer()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        m_thread.join();
        ::close(m_fd);
    }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
    std::thread m_thread;
};

/// Sends `payload`, half-closes, returns the server's answer (through the proxy on `port`).
std::string roundTrip(int port, const std::string& payload)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(uint16_t(port));
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return "connect failed";
    }
    size_t pos = 0;
    while (pos < payload.size()) {
        const ssize_t w = ::send(fd, payload.data() + pos, payload.size() - pos, MSG_NOSIGNAL);
        if (w <= 0)
            break;
        pos += size_t(w);
    }
    ::shutdown(fd, SHUT_WR);
    std::string answer;
    char buf[256];
    ssize_t n = 0;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0)
        answer.append(buf, size_t(n));
    ::close(fd);
    return answer;
}

class SlowLink
{
public:
    explicit SlowLink(const QStringList& args)
    {
        m_proc.setProgram(QStringLiteral(DIA_BIN_DIR "/dia-slowlink"));
        m_proc.setArguments(args);
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start();
        if (m_proc.waitForStarted(5000) && m_proc.waitForReadyRead(5000)) {
            const QJsonObject o = QJsonDocument::fromJson(m_proc.readLine()).object();
            for (const QJsonValue v : o.value(QLatin1String("ports")).toArray())
                m_ports.push_back(v.toInt());
        }
    }
    ~SlowLink()
    {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    int port(size_t i = 0) const { return i < m_ports.size() ? m_ports[i] : 0; }
    size_t portCount() const { return m_ports.size(); }

private:
    QProcess m_proc;
    std::vector<int> m_ports;
};

double secondsOf(const std::function<void()>& f)
{
    const auto t0 = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

} // namespace

TEST(SlowLinkUnits, RatesInBitsAndBytes)
{
    EXPECT_DOUBLE_EQ(*parseRate("100Mbit"), 12.5e6);
    EXPECT_DOUBLE_EQ(*parseRate("100mbps"), 12.5e6);
    EXPECT_DOUBLE_EQ(*parseRate("800kbit"), 100e3);
    EXPECT_DOUBLE_EQ(*parseRate("1Gbit"), 125e6);
    EXPECT_DOUBLE_EQ(*parseRate("12.5MB"), 12.5e6);
    EXPECT_DOUBLE_EQ(*parseRate("2MiB/s"), 2097152.0);
    EXPECT_DOUBLE_EQ(*parseRate("unlimited"), 0.0);
    EXPECT_FALSE(parseRate("fast"));
    EXPECT_FALSE(parseRate("10 parsecs"));
}

TEST(SlowLinkUnits, Delays)
{
    EXPECT_EQ(*parseDelay("20ms"), 20000);
    EXPECT_EQ(*parseDelay("20"), 20000);
    EXPECT_EQ(*parseDelay("0.5s"), 500000);
    EXPECT_EQ(*parseDelay("150us"), 150);
    EXPECT_FALSE(parseDelay("soon"));
}

TEST(SlowLink, LimitsRateAndAddsDelayBothWays)
{
    CountingServer server;
    SlowLink link({ QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
        QStringLiteral("--rate"), QStringLiteral("80Mbit"), QStringLiteral("--delay"), QStringLiteral("20ms") });
    ASSERT_GT(link.port(), 0);
    // one byte there and the answer back: at least one round trip of 2 x 20 ms
    std::string answer;
    const double rtt = secondsOf([&] { answer = roundTrip(link.port(), "x"); });
    EXPECT_EQ(answer, "1:x");
    EXPECT_GE(rtt, 0.036);
    // 10 MB at 80 Mbit/s (10 MB/s) cannot take less than ~1 s
    const std::string payload = "ABCDEFGH" + std::string(10'000'000 - 8, 'x');
    const double t = secondsOf([&] { answer = roundTrip(link.port(), payload); });
    EXPECT_EQ(answer, "10000000:ABCDEFGH");
    EXPECT_GE(t, 0.9);
}

TEST(SlowLink, ManyConcurrentConnectionsEachGetAllTheirBytes)
{
    CountingServer server;
    SlowLink link({ QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
        QStringLiteral("--delay"), QStringLiteral("5ms") });
    ASSERT_GT(link.port(), 0);
    std::vector<std::thread> threads;
    std::atomic<int> good { 0 };
    for (int i = 0; i < 24; ++i) {
        threads.emplace_back([&, i] {
            const std::string head = "conn" + std::to_string(1000 + i);
            const std::string payload = head + std::string(size_t(100000 + i * 1000), char('a' + i % 26));
            if (roundTrip(link.port(), payload) == std::to_string(payload.size()) + ":" + head.substr(0, 8))
                ++good;
        });
    }
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(good.load(), 24);
}

TEST(SlowLink, MapsSeveralPortsToTheirTargets)
{
    CountingServer a;
    CountingServer b;
    SlowLink link({ QStringLiteral("--map"), QStringLiteral("0=127.0.0.1:%1").arg(a.port()), QStringLiteral("--map"),
        QStringLiteral("0=%1").arg(b.port()), QStringLiteral("--rate"), QStringLiteral("100Mbit") });
    ASSERT_EQ(link.portCount(), 2U);
    EXPECT_EQ(roundTrip(link.port(0), "to-a"), "4:to-a");
    EXPECT_EQ(roundTrip(link.port(1), "to-bb"), "5:to-bb");
}

TEST(SlowLink, TargetDownResetsTheClient)
{
    int deadPort = 0;
    {
        CountingServer gone;
        deadPort = gone.port();
    }
    SlowLink link({ QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(deadPort) });
    ASSERT_GT(link.port(), 0);
    EXPECT_EQ(roundTrip(link.port(), "hello"), "");
}
