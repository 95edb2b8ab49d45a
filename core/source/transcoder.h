#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct UConverter;

namespace dia::source {

/// Streaming conversion of a legacy or UTF-16 byte stream to UTF-8 through ICU, with the exact byte
/// offset of every invalid sequence (ICU's stop callback; nothing is replaced silently).
class Transcoder
{
public:
    Transcoder() = default;
    ~Transcoder();
    Transcoder(const Transcoder&) = delete;
    Transcoder& operator=(const Transcoder&) = delete;

    /// False when ICU does not know `encoding`.
    bool open(const QString& encoding);
    /// Converts the next `size` bytes of the stream (`flush`: nothing follows) and appends UTF-8 to `out`.
    /// Each invalid sequence becomes U+FFFD in `out` and its offset in the whole input is appended to
    /// `invalidOffsets` (when given).
    void convert(const char* data, qint64 size, bool flush, QByteArray& out, QList<qint64>* invalidOffsets);
    /// Number of invalid sequences in `data`, taken as a complete stream (a cut at the end is not counted).
    qint64 countErrors(const char* data, qint64 size);
    /// Bytes consumed so far.
    qint64 consumed() const { return m_consumed; }

private:
    UConverter* m_converter = nullptr;
    qint64 m_consumed = 0;
    char16_t m_pendingHigh = 0;
};

} // namespace dia::source
