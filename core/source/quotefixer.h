#pragma once

#include <QByteArray>

namespace dia::source {

/// Turns RFC 4180 doubled quotes inside quoted fields into backslash escapes in place: `"Olga ""Max"""` becomes
/// `"Olga \"Max\""`, which Doris 2.1 reads (enclose ", escape \) as `Olga "Max"`; Doris 2.1 does not
/// understand `""` (doris-facts §12.3). The length never changes, so the body size is known before sending.
/// Only for records whose shape is otherwise Doris-identical (no backslash, no text after a closing quote):
/// the chunk source checks that. Streaming: feed consecutive blocks of one byte range in order.
class DoubledQuoteFixer
{
public:
    explicit DoubledQuoteFixer(QByteArray separator);

    /// Fixes `data[0..size)`, the next bytes of the range. `next` is the byte after them (-1 at the end).
    void fix(char* data, qint64 size, int next);

private:
    bool atFieldStart(const char* data, qint64 p) const;

    QByteArray m_separator;
    char m_history[8] {}; ///< the last bytes before the current block (field-start checks across blocks)
    int m_historySize = 0;
    bool m_inQuotes = false;
    bool m_skipFirst = false; ///< the block starts with the second quote of a pair already rewritten
    bool m_rangeStart = true;
};

} // namespace dia::source
