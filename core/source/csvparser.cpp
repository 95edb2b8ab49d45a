#include "csvparser.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dia::source {

CsvParser::CsvParser(const CsvDialect& dialect)
    : m_dialect(dialect)
{
    if (m_dialect.separator.isEmpty())
        m_dialect.separator = ",";
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_special[static_cast<unsigned char>(m_dialect.separator.at(0))] = true;
    m_special[static_cast<unsigned char>('\\')] = true;
    const char sep0 = m_dialect.separator.at(0);
    for (unsigned char c : { '\n', '\r' })
        m_quotedSpecial[c] = true;
    if (m_dialect.quote != '\0')
        m_quotedSpecial[static_cast<unsigned char>(m_dialect.quote)] = true;
    if (m_dialect.escape == EscapeStyle::Backslash)
        m_quotedSpecial[static_cast<unsigned char>('\\')] = true;
    m_fastScan = m_dialect.separator.size() == 1 && sep0 != '\n' && sep0 != '\r'
        && (m_dialect.quote == '\0' || sep0 != m_dialect.quote);
}

namespace {

/// Bit masks of the interesting bytes in up to 64 bytes: bit k is data[k].
struct BlockMasks
{
    quint64 separator = 0;
    quint64 newline = 0;
    quint64 other = 0; ///< quote, CR, backslash
};

inline int lowestBit(quint64 v)
{
    return __builtin_ctzll(v);
}

inline qint64 popCount(quint64 v)
{
    if (v == 0)
        return 0;
    v = v - ((v >> 1) & 0x5555555555555555ULL);
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
    v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<qint64>((v * 0x0101010101010101ULL) >> 56);
}

inline BlockMasks scalarMasks(const unsigned char* p, int n, unsigned char sep, int quote, int backslash)
{
    BlockMasks m;
    for (int k = 0; k < n; ++k) {
        const unsigned char c = p[k];
        const quint64 bit = quint64(1) << k;
        if (c == sep)
            m.separator |= bit;
        else if (c == '\n')
            m.newline |= bit;
        else if (c == '\r' || int(c) == quote || int(c) == backslash)
            m.other |= bit;
    }
    return m;
}

#if defined(__SSE2__)
inline BlockMasks simdMasks(const unsigned char* p, unsigned char sep, int quote, int backslash)
{
    const __m128i vSep = _mm_set1_epi8(static_cast<char>(sep));
    const __m128i vNl = _mm_set1_epi8('\n');
    const __m128i vCr = _mm_set1_epi8('\r');
    // an absent quote/backslash compares against CR, which is in the same mask anyway
    const __m128i vQuote = _mm_set1_epi8(static_cast<char>(quote >= 0 ? quote : '\r'));
    const __m128i vBack = _mm_set1_epi8(static_cast<char>(backslash >= 0 ? backslash : '\r'));
    BlockMasks m;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const auto s = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vSep))));
        const auto n = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vNl))));
        const __m128i o
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vCr), _mm_cmpeq_epi8(v, vQuote)), _mm_cmpeq_epi8(v, vBack));
        const auto ob = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(o)));
        m.separator |= s << (16 * k);
        m.newline |= n << (16 * k);
        m.other |= ob << (16 * k);
    }
    return m;
}
#endif

} // namespace

void CsvParser::scanRecords(
    const char* data, qint64 size, qint64 maxRecords, qint64 maxEnd, int expectedFields, ScanRun& run) const
{
    run = ScanRun {};
    if (!m_fastScan || maxRecords <= 0)
        return;
    const auto* d = reinterpret_cast<const unsigned char*>(data);
    const auto sep = static_cast<unsigned char>(m_dialect.separator.at(0));
    const int quote = m_dialect.quote == '\0' ? -1 : static_cast<unsigned char>(m_dialect.quote);
    const bool backslashEscape = m_dialect.escape == EscapeStyle::Backslash;
    const int backslash = sep == '\\' ? -1 : '\\'; // a backslash outside quotes only sets a flag

    qint64 recordStart = 0;
    qint64 separators = 0;
    qint64 extraLines = 0; // line breaks inside quoted fields of the current record
    bool recQuotes = false;
    bool recBackslash = false;
    bool recCr = false;

    // Ends the record whose content ends at `contentEnd`, next record at `next`. False: stop the run.
    auto endRecord = [&](qint64 contentEnd, qint64 next) -> bool {
        if (contentEnd == recordStart) { // blank line: not a record
            if (next > maxEnd)
                return false;
            run.lineBreaks += 1;
            run.hasCarriageReturn = run.hasCarriageReturn || recCr;
            run.consumed = next;
        } else {
            if (expectedFields > 0 && separators + 1 != expectedFields)
                return false;
            if (next > maxEnd)
                return false;
            ++run.records;
            run.lineBreaks += 1 + extraLines;
            run.hasQuotes = run.hasQuotes || recQuotes;
            run.hasBackslash = run.hasBackslash || recBackslash;
            run.hasCarriageReturn = run.hasCarriageReturn || recCr;
            run.consumed = next;
            run.recordsEnd = next;
        }
        recordStart = next;
        separators = 0;
        extraLines = 0;
        recQuotes = recBackslash = recCr = false;
        return run.records < maxRecords;
    };

    qint64 i = 0;
    while (i < size) {
        const int n = static_cast<int>(qMin<qint64>(64, size - i));
        BlockMasks m;
#if defined(__SSE2__)
        if (n == 64)
            m = simdMasks(d + i, sep, quote, backslash);
        else
#endif
            m = scalarMasks(d + i, n, sep, quote, backslash);
        // Only line breaks and the rare bytes are visited one by one; separators are counted in bulk.
        quint64 active = m.newline | m.other;
        quint64 uncounted = m.separator;
        qint64 nextI = i + n;
        while (active) {
            const int b = lowestBit(active);
            const quint64 bit = quint64(1) << b;
            active &= active - 1;
            const quint64 below = uncounted & (bit - 1);
            separators += popCount(below);
            uncounted &= ~below;
            const qint64 p = i + b;
            if (m.newline & bit) {
                if (!endRecord(p, p + 1))
                    return;
                continue;
            }
            const int c = d[p];
            if (c == '\r') {
                recCr = true;
                if (p + 1 >= size)
                    return; // CR or CRLF: needs the next byte
                const bool crlf = d[p + 1] == '\n';
                if (!endRecord(p, p + (crlf ? 2 : 1)))
                    return;
                if (crlf) {
                    nextI = p + 2;
                    uncounted = 0;
                    break;
                }
                continue;
            }
            if (c == quote) {
                if (p != recordStart && d[p - 1] != sep)
                    continue; // a quote inside an unquoted field is data
                recQuotes = true;
                qint64 j = p + 1;
                for (;;) {
                    while (j < size && !m_quotedSpecial[d[j]])
                        ++j;
                    if (j >= size)
                        return; // the quoted field goes on past the data
                    const unsigned char q = d[j];
                    if (int(q) == quote) {
                        if (j + 1 >= size)
                            return;
                        if (!backslashEscape && int(d[j + 1]) == quote) {
                            j += 2;
                            continue;
                        }
                        ++j;
                        break;
                    }
                    if (backslashEscape && q == '\\') {
                        if (j + 2 >= size)
                            return;
                        const unsigned char e = d[j + 1];
                        if (e == '\n' || (e == '\r' && d[j + 2] != '\n'))
                            ++extraLines;
                        j += 2;
                        continue;
                    }
                    if (q == '\n') {
                        ++extraLines;
                    } else if (q == '\r') {
                        recCr = true;
                        if (j + 1 >= size)
                            return;
                        if (d[j + 1] != '\n')
                            ++extraLines;
                    }
                    ++j;
                }
                nextI = j; // continue after the closing quote
                uncounted = 0;
                break;
            }
            // a backslash outside quotes
            recBackslash = true;
        }
        separators += popCount(uncounted);
        i = nextI;
    }
}

qint64 CsvParser::parse(const char* data, qint64 size, bool eof, QList<QByteArray>* fields, RecordMeta& meta) const
{
    meta = RecordMeta {};
    if (fields)
        fields->clear();
    const char* sep = m_dialect.separator.constData();
    const qint64 sepLen = m_dialect.separator.size();
    const char quote = m_dialect.quote;
    const bool backslash = m_dialect.escape == EscapeStyle::Backslash;

    qint64 i = 0;
    QByteArray current;
    for (;;) {
        // start of a field
        if (quote != '\0' && i < size && data[i] == quote) {
            meta.hasQuotes = true;
            ++i;
            for (;;) {
                if (i >= size) {
                    if (!eof)
                        return 0;
                    meta.unterminatedQuote = true;
                    meta.contentLength = i;
                    ++meta.fieldCount;
                    if (fields)
                        fields->append(current);
                    return i;
                }
                const char* q = static_cast<const char*>(std::memchr(data + i, quote, static_cast<size_t>(size - i)));
                const char* stop = q ? q : data + size;
                if (backslash) {
                    const char* b
                        = static_cast<const char*>(std::memchr(data + i, '\\', static_cast<size_t>(stop - (data + i))));
                    if (b)
                        stop = b;
                }
                // count line breaks in the literal run
                for (const char* p = data + i; p < stop; ++p) {
                    if (*p == '\r')
                        meta.hasCarriageReturn = true;
                    if (*p == '\n')
                        ++meta.lineBreaks;
                    else if (*p == '\r' && (p + 1 >= data + size || p[1] != '\n'))
                        ++meta.lineBreaks;
                }
                if (fields)
                    current.append(data + i, stop - (data + i));
                i = stop - data;
                if (i >= size)
                    continue;
                if (backslash && data[i] == '\\') {
                    if (i + 1 >= size) {
                        if (!eof)
                            return 0;
                        if (fields)
                            current.append('\\');
                        ++i;
                        continue;
                    }
                    if (fields)
                        current.append(data[i + 1]);
                    if (data[i + 1] == '\n' || (data[i + 1] == '\r' && (i + 2 >= size || data[i + 2] != '\n')))
                        ++meta.lineBreaks;
                    i += 2;
                    continue;
                }
                // a quote
                if (i + 1 >= size && !eof)
                    return 0;
                if (!backslash && i + 1 < size && data[i + 1] == quote) {
                    if (fields)
                        current.append(quote);
                    i += 2;
                    continue;
                }
                ++i; // closing quote; anything up to the separator is kept literally below
                break;
            }
        }
        // unquoted part (or the rest after a closing quote)
        for (;;) {
            qint64 j = i;
            while (j < size && !m_special[static_cast<unsigned char>(data[j])])
                ++j;
            if (fields && j > i)
                current.append(data + i, j - i);
            i = j;
            if (i >= size) {
                if (!eof)
                    return 0;
                // end of input ends the record
                meta.contentLength = i;
                if (i == 0) {
                    meta.empty = true;
                    return 0;
                }
                ++meta.fieldCount;
                if (fields)
                    fields->append(current);
                return i;
            }
            const char c = data[i];
            if (c == '\\' && m_dialect.separator.at(0) != '\\') {
                meta.hasBackslash = true;
                if (fields)
                    current.append(c);
                ++i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                qint64 end = i + 1;
                if (c == '\r') {
                    meta.hasCarriageReturn = true;
                    if (i + 1 >= size && !eof)
                        return 0;
                    if (i + 1 < size && data[i + 1] == '\n')
                        end = i + 2;
                }
                meta.contentLength = i;
                ++meta.lineBreaks;
                if (i == 0) {
                    meta.empty = true;
                    return end;
                }
                ++meta.fieldCount;
                if (fields)
                    fields->append(current);
                return end;
            }
            // first byte of the separator
            if (sepLen == 1) {
                ++meta.fieldCount;
                if (fields) {
                    fields->append(current);
                    current.clear();
                }
                ++i;
                break;
            }
            if (i + sepLen > size && !eof)
                return 0;
            if (i + sepLen <= size && std::memcmp(data + i, sep, static_cast<size_t>(sepLen)) == 0) {
                ++meta.fieldCount;
                if (fields) {
                    fields->append(current);
                    current.clear();
                }
                i += sepLen;
                break;
            }
            if (fields)
                current.append(c);
            ++i;
        }
    }
}

} // namespace dia::source
