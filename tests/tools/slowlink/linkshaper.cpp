#include "linkshaper.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <thread>

namespace dia::slowlink {

TokenBucket::TokenBucket(double bytesPerSecond)
    : m_rate(bytesPerSecond)
    , m_burst(std::max<size_t>(16384, size_t(bytesPerSecond / 100)))
    , m_tokens(double(m_burst))
    , m_last(Clock::now())
{ }

void TokenBucket::acquire(size_t n)
{
    if (unlimited())
        return;
    while (true) {
        std::chrono::microseconds wait {};
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const Clock::time_point now = Clock::now();
            const double elapsed = std::chrono::duration<double>(now - m_last).count();
            m_last = now;
            m_tokens = std::min(double(m_burst), m_tokens + elapsed * m_rate);
            if (m_tokens >= double(n)) {
                m_tokens -= double(n);
                return;
            }
            wait = std::chrono::microseconds(int64_t((double(n) - m_tokens) / m_rate * 1e6) + 1);
        }
        std::this_thread::sleep_for(wait);
    }
}

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool splitNumber(const std::string& text, double& value, std::string& unit)
{
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || value < 0)
        return false;
    unit = lower(std::string(end));
    unit.erase(std::remove(unit.begin(), unit.end(), ' '), unit.end());
    return true;
}

} // namespace

std::optional<double> parseRate(const std::string& text)
{
    const std::string t = lower(text);
    if (t == "unlimited" || t == "none" || t == "0")
        return 0.0;
    double v = 0;
    std::string unit;
    if (!splitNumber(text, v, unit))
        return std::nullopt;
    struct Unit
    {
        const char* name;
        double factor; // bytes per second per unit
    };
    static const Unit kUnits[] = { { "bit", 1.0 / 8 }, { "bps", 1.0 / 8 }, { "kbit", 1e3 / 8 }, { "kbps", 1e3 / 8 },
        { "mbit", 1e6 / 8 }, { "mbps", 1e6 / 8 }, { "gbit", 1e9 / 8 }, { "gbps", 1e9 / 8 }, { "b", 1 }, { "", 1 },
        { "kb", 1e3 }, { "mb", 1e6 }, { "gb", 1e9 }, { "kib", 1024.0 }, { "mib", 1048576.0 }, { "gib", 1073741824.0 } };
    std::string u = unit;
    if (u.size() > 2 && u.compare(u.size() - 2, 2, "/s") == 0)
        u.resize(u.size() - 2);
    for (const Unit& k : kUnits) {
        if (u == k.name)
            return v * k.factor;
    }
    return std::nullopt;
}

std::optional<int64_t> parseDelay(const std::string& text)
{
    double v = 0;
    std::string unit;
    if (!splitNumber(text, v, unit))
        return std::nullopt;
    if (unit.empty() || unit == "ms")
        return int64_t(v * 1000);
    if (unit == "s")
        return int64_t(v * 1e6);
    if (unit == "us")
        return int64_t(v);
    return std::nullopt;
}

} // namespace dia::slowlink
