#include "quotefixer.h"

#include <cstring>

namespace dia::source {

DoubledQuoteFixer::DoubledQuoteFixer(QByteArray separator)
    : m_separator(std::move(separator))
{
    if (m_separator.isEmpty() || m_separator.size() > int(sizeof(m_history)))
        m_separator = ",";
}

bool DoubledQuoteFixer::atFieldStart(const char* data, qint64 p) const
{
    // the byte(s) before p: a line break or the separator (from this block, or the history before it)
    const qint64 sepLen = m_separator.size();
    auto byteBefore = [&](qint64 back) -> int { // back >= 1
        const qint64 at = p - back;
        if (at >= 0)
            return static_cast<unsigned char>(data[at]);
        const qint64 h = m_historySize + at;
        return h >= 0 ? static_cast<unsigned char>(m_history[h]) : -1;
    };
    const int prev = byteBefore(1);
    if (prev < 0)
        return m_rangeStart && p == 0;
    if (prev == '\n' || prev == '\r')
        return true;
    for (qint64 k = 0; k < sepLen; ++k) {
        if (byteBefore(sepLen - k) != static_cast<unsigned char>(m_separator.at(k)))
            return false;
    }
    return true;
}

void DoubledQuoteFixer::fix(char* data, qint64 size, int next)
{
    qint64 p = 0;
    if (m_skipFirst && size > 0) {
        p = 1;
        m_skipFirst = false;
    }
    while (p < size) {
        const void* hit = std::memchr(data + p, '"', static_cast<size_t>(size - p));
        if (!hit)
            break;
        const qint64 q = static_cast<const char*>(hit) - data;
        if (!m_inQuotes) {
            m_inQuotes = atFieldStart(data, q); // elsewhere a quote is data
            p = q + 1;
            continue;
        }
        const int after = q + 1 < size ? static_cast<unsigned char>(data[q + 1]) : next;
        if (after == '"') {
            data[q] = '\\'; // "" -> \"
            if (q + 1 >= size)
                m_skipFirst = true;
            p = q + 2;
            continue;
        }
        m_inQuotes = false; // the closing quote
        p = q + 1;
    }
    // remember the block's last bytes for the field-start check of the next block
    const qint64 keep = qMin<qint64>(size, sizeof(m_history));
    if (keep == qint64(sizeof(m_history))) {
        std::memcpy(m_history, data + size - keep, static_cast<size_t>(keep));
        m_historySize = int(keep);
    } else if (keep > 0) {
        const int total = qMin<int>(int(sizeof(m_history)), m_historySize + int(keep));
        char merged[sizeof(m_history) * 2];
        std::memcpy(merged, m_history, static_cast<size_t>(m_historySize));
        std::memcpy(merged + m_historySize, data, static_cast<size_t>(keep));
        std::memcpy(m_history, merged + m_historySize + keep - total, static_cast<size_t>(total));
        m_historySize = total;
    }
    if (size > 0)
        m_rangeStart = false;
}

} // namespace dia::source
