#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace dia::slowlink {

using Clock = std::chrono::steady_clock;

/// A token bucket shared by every connection going one way over the simulated link.
class TokenBucket
{
public:
    /// `bytesPerSecond` 0 = unlimited. The burst is 10 ms of traffic, at least 16 KiB.
    explicit TokenBucket(double bytesPerSecond);
    /// Blocks until `n` bytes (n <= burst()) may be sent.
    void acquire(size_t n);
    size_t burst() const { return m_burst; }
    bool unlimited() const { return m_rate <= 0; }
    double rate() const { return m_rate; }

private:
    double m_rate;
    size_t m_burst;
    double m_tokens;
    Clock::time_point m_last;
    std::mutex m_mutex;
};

/// "100Mbit", "12.5MB", "800kbit", "1Gbit", "unlimited" -> bytes per second (bit units are /8, decimal
/// prefixes; KiB/MiB/GiB binary). nullopt when not understood.
std::optional<double> parseRate(const std::string& text);
/// "20ms", "0.5s", "150us", "20" (= ms) -> microseconds. nullopt when not understood.
std::optional<int64_t> parseDelay(const std::string& text);

} // namespace dia::slowlink
