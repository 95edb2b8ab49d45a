#include "csvparser.h"

#include "simd.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(DIA_HAVE_AVX2_DISPATCH)
#include <immintrin.h>
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
    if (m_dialect.quote != '\0')
        m_special[static_cast<unsigned char>(m_dialect.quote)] = true; // data here, noted as a stray quote
    const char sep0 = m_dialect.separator.at(0);
    for (unsigned char c : { '\n', '\r' })
        m_quotedSpecial[c] = true;
    if (m_dialect.quote != '\0')
        m_quotedSpecial[static_cast<unsigned char>(m_dialect.quote)] = true;
    // a backslash in a quoted field is an escape, or (doubled-quote dialect) data that Doris would take for one
    m_quotedSpecial[static_cast<unsigned char>('\\')] = true;
    m_fastScan = m_dialect.separator.size() == 1 && sep0 != '\n' && sep0 != '\r'
        && (m_dialect.quote == '\0' || sep0 != m_dialect.quote);
}

namespace {

/// Bit masks of the interesting bytes of one 64-byte block: bit k is byte k of the block.
struct BlockMasks
{
    quint64 separator = 0;
    quint64 newline = 0;
    quint64 other = 0; ///< quote, CR, backslash
    quint64 quote = 0;
};

/// The bytes the record scan looks for; an absent quote or backslash is given as CR, which is looked for anyway.
struct ScanBytes
{
    unsigned char separator;
    unsigned char quote;
    unsigned char backslash;
};

constexpr int kBatchBlocks = 64; ///< masks are computed 4 KiB at a time, then walked

BlockMasks scalarMasks(const unsigned char* p, int n, ScanBytes b)
{
    BlockMasks m;
    for (int k = 0; k < n; ++k) {
        const unsigned char c = p[k];
        const quint64 bit = quint64(1) << k;
        if (c == b.separator)
            m.separator |= bit;
        else if (c == '\n')
            m.newline |= bit;
        else if (c == '\r' || c == b.quote || c == b.backslash)
            m.other |= bit;
        if (c == b.quote)
            m.quote |= bit;
    }
    return m;
}

#if defined(__SSE2__)
void sse2Masks(const unsigned char* p, int blocks, ScanBytes b, BlockMasks* out)
{
    const __m128i vSep = _mm_set1_epi8(static_cast<char>(b.separator));
    const __m128i vNl = _mm_set1_epi8('\n');
    const __m128i vCr = _mm_set1_epi8('\r');
    const __m128i vQuote = _mm_set1_epi8(static_cast<char>(b.quote));
    const __m128i vBack = _mm_set1_epi8(static_cast<char>(b.backslash));
    for (int block = 0; block < blocks; ++block, p += 64) {
        BlockMasks m;
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
            const auto s = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vSep))));
            const auto n = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vNl))));
            const __m128i q = _mm_cmpeq_epi8(v, vQuote);
            const __m128i o = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vCr), q), _mm_cmpeq_epi8(v, vBack));
            const auto ob = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(o)));
            const auto qb = static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(q)));
            m.separator |= s << (16 * k);
            m.newline |= n << (16 * k);
            m.other |= ob << (16 * k);
            m.quote |= qb << (16 * k);
        }
        out[block] = m;
    }
}
#endif

#if defined(DIA_HAVE_AVX2_DISPATCH)
DIA_AVX2_BEGIN
inline quint64 movemask256(__m256i lo, __m256i hi)
{
    return static_cast<quint64>(static_cast<quint32>(_mm256_movemask_epi8(lo)))
        | static_cast<quint64>(static_cast<quint32>(_mm256_movemask_epi8(hi))) << 32;
}

void avx2Masks(const unsigned char* p, int blocks, ScanBytes b, BlockMasks* out)
{
    const __m256i vSep = _mm256_set1_epi8(static_cast<char>(b.separator));
    const __m256i vNl = _mm256_set1_epi8('\n');
    const __m256i vCr = _mm256_set1_epi8('\r');
    const __m256i vQuote = _mm256_set1_epi8(static_cast<char>(b.quote));
    const __m256i vBack = _mm256_set1_epi8(static_cast<char>(b.backslash));
    auto other = [&](__m256i v) {
        return _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, vCr), _mm256_cmpeq_epi8(v, vQuote)), _mm256_cmpeq_epi8(v, vBack));
    };
    for (int block = 0; block < blocks; ++block, p += 64) {
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
        out[block].separator = movemask256(_mm256_cmpeq_epi8(lo, vSep), _mm256_cmpeq_epi8(hi, vSep));
        out[block].newline = movemask256(_mm256_cmpeq_epi8(lo, vNl), _mm256_cmpeq_epi8(hi, vNl));
        out[block].other = movemask256(other(lo), other(hi));
        out[block].quote = movemask256(_mm256_cmpeq_epi8(lo, vQuote), _mm256_cmpeq_epi8(hi, vQuote));
    }
}
DIA_AVX2_END
#endif

/// Masks of `blocks` whole 64-byte blocks, with the widest vector unit this CPU has.
void blockMasks(const unsigned char* p, int blocks, ScanBytes b, BlockMasks* out)
{
#if defined(DIA_HAVE_AVX2_DISPATCH)
    if (cpuHasAvx2()) {
        avx2Masks(p, blocks, b, out);
        return;
    }
#endif
#if defined(__SSE2__)
    sse2Masks(p, blocks, b, out);
#else
    for (int block = 0; block < blocks; ++block)
        out[block] = scalarMasks(p + 64 * block, 64, b);
#endif
}

/// Everything scanRecords needs, so the walk can be a free function the compiler keeps in registers.
struct ScanInput
{
    const unsigned char* data;
    qint64 size;
    qint64 maxRecords;
    qint64 maxEnd;
    int expectedFields;
    ScanBytes bytes;
    int quote; ///< -1 when the dialect has none
    bool backslashEscape;
    const bool* quotedSpecial; ///< bytes that end a literal run inside a quoted field
};

/// Walks from the end of a quoted field's opening quote to just after its closing quote. Returns the position
/// after the closing quote, or -1 when the data ends first (or cannot be decided without the next bytes).
qint64 skipQuotedField(const ScanInput& in, qint64 j, qint64& extraLines, bool& sawCr, RecordShape& shape)
{
    const unsigned char* d = in.data;
    for (;;) {
        while (j < in.size && !in.quotedSpecial[d[j]])
            ++j;
        if (j >= in.size)
            return -1;
        const unsigned char q = d[j];
        if (int(q) == in.quote) {
            if (j + 1 >= in.size)
                return -1;
            if (!in.backslashEscape && int(d[j + 1]) == in.quote) {
                shape.doubledQuotes = true;
                j += 2;
                continue;
            }
            return j + 1;
        }
        if (q == '\\' && !in.backslashEscape) {
            shape.backslash = true;
            ++j;
            continue;
        }
        if (q == '\\') {
            if (j + 2 >= in.size)
                return -1;
            const unsigned char e = d[j + 1];
            if (e == '\n' || (e == '\r' && d[j + 2] != '\n'))
                ++extraLines;
            j += 2;
            continue;
        }
        if (q == '\n') {
            ++extraLines;
        } else if (q == '\r') {
            sawCr = true;
            if (j + 1 >= in.size)
                return -1;
            if (d[j + 1] != '\n')
                ++extraLines;
        }
        ++j;
    }
}

#if defined(DIA_HAVE_AVX2_DISPATCH)
__attribute__((target_clones("popcnt", "default")))
#endif
void scanRecordsWalk(const ScanInput& in, CsvParser::ScanRun& out)
{
    const unsigned char* d = in.data;
    // The totals live in locals (registers); `out` is written once at the end.
    qint64 consumed = 0, records = 0, recordsEnd = 0, lineBreaks = 0;
    bool anyQuotes = false, anyBackslash = false, anyCr = false;
    qint64 recordStart = 0, separators = 0, extraLines = 0;
    bool recQuotes = false, recBackslash = false, recCr = false;
    RecordShape recShape, anyShape;
    const qint64 wantSeparators = in.expectedFields - 1;
    const unsigned char sep = in.bytes.separator;

    // Ends the record whose content ends at `contentEnd`, next record at `next`. False: stop the run.
    auto endRecord = [&](qint64 contentEnd, qint64 next) -> bool {
        if (next > in.maxEnd)
            return false;
        if (contentEnd == recordStart) { // blank line: not a record
            lineBreaks += 1;
            anyCr |= recCr;
            anyShape.lineEnds |= recShape.lineEnds;
            consumed = next;
        } else {
            if (in.expectedFields > 0 && separators != wantSeparators)
                return false;
            ++records;
            lineBreaks += 1 + extraLines;
            anyQuotes |= recQuotes;
            anyBackslash |= recBackslash;
            anyCr |= recCr;
            recShape.backslash |= recBackslash;
            recShape.emptyField |= d[contentEnd - 1] == sep; // an empty last field
            anyShape.merge(recShape);
            consumed = next;
            recordsEnd = next;
        }
        recordStart = next;
        separators = 0;
        extraLines = 0;
        recQuotes = recBackslash = recCr = false;
        recShape = RecordShape {};
        return records < in.maxRecords;
    };

    BlockMasks batch[kBatchBlocks];
    qint64 batchStart = 0; // offset of batch[0]
    int batchBlocks = 0;
    qint64 i = 0; // next byte to look at
    while (i < in.size) {
        qint64 blockStart = i & ~qint64(63);
        if (blockStart < batchStart || blockStart >= batchStart + 64 * batchBlocks) {
            batchStart = blockStart;
            const qint64 whole = (in.size - batchStart) / 64;
            batchBlocks = int(qMin<qint64>(kBatchBlocks, whole));
            if (batchBlocks > 0)
                blockMasks(d + batchStart, batchBlocks, in.bytes, batch);
            else
                batch[0] = scalarMasks(d + batchStart, int(in.size - batchStart), in.bytes), batchBlocks = 1;
        }
        BlockMasks m = batch[(blockStart - batchStart) >> 6];
        // separators right after a separator or a line start open an empty field
        const quint64 before = blockStart == 0
            ? 1
            : quint64(d[blockStart - 1] == sep || d[blockStart - 1] == '\n' || d[blockStart - 1] == '\r');
        const quint64 emptyOpeners = m.separator & ((m.separator | m.newline) << 1 | before);
        const quint64 skip = ~quint64(0) << (i - blockStart); // bytes before i are done
        quint64 active = (m.newline | m.other) & skip;
        quint64 uncounted = m.separator & skip;
        qint64 nextI = qMin(blockStart + 64, in.size);
        // Only line breaks and the rare bytes are visited one by one; separators are counted in bulk.
        while (active) {
            const int b = __builtin_ctzll(active);
            const quint64 bit = quint64(1) << b;
            active &= active - 1;
            const quint64 below = uncounted & (bit - 1);
            separators += __builtin_popcountll(below);
            recShape.emptyField |= (below & emptyOpeners) != 0;
            uncounted &= ~below;
            const qint64 p = blockStart + b;
            if (m.newline & bit) {
                recShape.lineEnds |= kLineEndLf;
                if (!endRecord(p, p + 1))
                    goto done;
                continue;
            }
            const int c = d[p];
            if (c == '\r') {
                recCr = true;
                if (p + 1 >= in.size)
                    goto done; // CR or CRLF: needs the next byte
                const bool crlf = d[p + 1] == '\n';
                recShape.lineEnds |= crlf ? kLineEndCrLf : kLineEndCr;
                if (!endRecord(p, p + (crlf ? 2 : 1)))
                    goto done;
                if (!crlf && d[p + 1] == sep)
                    recShape.emptyField = true; // the next record opens with an empty field
                if (crlf) {
                    nextI = p + 2;
                    uncounted = 0;
                    break;
                }
                continue;
            }
            if (c == in.quote) {
                if (p != recordStart && d[p - 1] != in.bytes.separator) {
                    recShape.strayQuote = true;
                    continue; // a quote inside an unquoted field is data
                }
                recQuotes = true;
                const qint64 after = skipQuotedField(in, p + 1, extraLines, recCr, recShape);
                if (after < 0)
                    goto done; // the quoted field goes on past the data
                const unsigned char next = d[after];
                const bool fieldEnds = next == sep || next == '\n' || next == '\r';
                recShape.textAfterQuote |= !fieldEnds;
                recShape.emptyField |= after == p + 2 && fieldEnds;
                nextI = after; // continue after the closing quote
                uncounted = 0;
                break;
            }
            recBackslash = true; // a backslash outside quotes
        }
        separators += __builtin_popcountll(uncounted);
        recShape.emptyField |= (uncounted & emptyOpeners) != 0;
        i = nextI;
    }
done:
    out.consumed = consumed;
    out.records = records;
    out.recordsEnd = recordsEnd;
    out.lineBreaks = lineBreaks;
    out.hasQuotes = anyQuotes;
    out.hasBackslash = anyBackslash;
    out.hasCarriageReturn = anyCr;
    out.shape = anyShape;
}

} // namespace

void CsvParser::scanRecords(
    const char* data, qint64 size, qint64 maxRecords, qint64 maxEnd, int expectedFields, ScanRun& run) const
{
    run = ScanRun {};
    if (!m_fastScan || maxRecords <= 0)
        return;
    const auto sep = static_cast<unsigned char>(m_dialect.separator.at(0));
    const int quote = m_dialect.quote == '\0' ? -1 : static_cast<unsigned char>(m_dialect.quote);
    ScanInput in;
    in.data = reinterpret_cast<const unsigned char*>(data);
    in.size = size;
    in.maxRecords = maxRecords;
    in.maxEnd = maxEnd;
    in.expectedFields = expectedFields;
    // a backslash outside quotes only sets a flag; none is looked for when it is the separator
    in.bytes = ScanBytes { sep, static_cast<unsigned char>(quote >= 0 ? quote : '\r'),
        static_cast<unsigned char>(sep == '\\' ? '\r' : '\\') };
    in.quote = quote;
    in.backslashEscape = m_dialect.escape == EscapeStyle::Backslash;
    in.quotedSpecial = m_quotedSpecial.data();
    scanRecordsWalk(in, run);
}

namespace {

/// Everything splitRecords needs, kept together so the walk can be a free function.
struct SplitInput
{
    const unsigned char* data;
    qint64 size;
    qint64 line;
    size_t base; ///< offset of data[0] in the table's bytes
    unsigned char separator;
    int quote; ///< -1 when the dialect has none
};

/// Splits records with bit masks of 64-byte blocks, simdjson-style: the quotes' running parity marks the bytes
/// inside quoted fields, so only the separators and line ends outside them are visited. Quotes that parseViews()
/// would read otherwise (a quote inside an unquoted field, text after a closing quote) and CRs other than in a
/// CRLF are marked too: the walk stops before the record that holds one.
#if defined(DIA_HAVE_AVX2_DISPATCH)
__attribute__((target_clones("popcnt", "default")))
#endif
qint64
splitWalk(const SplitInput& in, FieldTable& table, qint64& lineBreaksOut)
{
    const unsigned char* d = in.data;
    const size_t columns = table.columns();
    const unsigned char sep = in.separator;
    const unsigned char quote = static_cast<unsigned char>(in.quote >= 0 ? in.quote : '\r');
    const ScanBytes bytes { sep, quote, '\r' };
    qint64 consumed = 0, consumedLines = 0;
    qint64 recordStart = 0, fieldStart = 0, recordLine = in.line;
    qint64 newlinesBefore = 0, quotesBefore = 0; // counts before the current block
    qint64 fieldQuotes = 0; // quotes before fieldStart
    size_t column = 0, row = table.rows();
    quint64 inQuotesCarry = 0; // all ones when the previous block ended inside quotes
    auto endField = [&](qint64 contentEnd, qint64 quotesBeforeEnd) {
        qint64 begin = fieldStart, end = contentEnd;
        if (end > begin && in.quote >= 0 && d[begin] == quote) { // enclosed: quotes at both ends
            ++begin;
            --end;
            if (quotesBeforeEnd - fieldQuotes > 2) {
                const auto doubled = size_t(quotesBeforeEnd - fieldQuotes - 2) / 2;
                table.setQuotedField(row, column, in.base + size_t(begin), size_t(end - begin), doubled, char(quote));
                return;
            }
        }
        table.setField(row, column, in.base + size_t(begin), size_t(end - begin));
    };

    BlockMasks batch[kBatchBlocks];
    for (qint64 batchStart = 0; batchStart < in.size; batchStart += 64 * kBatchBlocks) {
        int blocks = int(qMin<qint64>(kBatchBlocks, (in.size - batchStart) / 64));
        if (blocks > 0)
            blockMasks(d + batchStart, blocks, bytes, batch);
        else
            batch[0] = scalarMasks(d + batchStart, int(in.size - batchStart), bytes), blocks = 1;
        for (int k = 0; k < blocks; ++k) {
            const qint64 blockStart = batchStart + 64 * k;
            const BlockMasks& m = batch[k];
            const quint64 quotes = in.quote >= 0 ? m.quote : 0;
            const quint64 crs = m.other & ~quotes;
            const quint64 inQuotes = prefixXor(quotes) ^ inQuotesCarry; // set from an opening quote on
            inQuotesCarry = quint64(0) - (inQuotes >> 63);
            // the bytes around the block's edges
            const bool first = blockStart == 0;
            const unsigned char before = first ? '\n' : d[blockStart - 1];
            const bool hasAfter = blockStart + 64 < in.size;
            const unsigned char after = hasAfter ? d[blockStart + 64] : 0;
            const quint64 boundaryBefore
                = (m.separator | m.newline) << 1 | quint64(before == sep || before == '\n' || first);
            const quint64 quoteBefore = quotes << 1 | quint64(in.quote >= 0 && before == quote && !first);
            const quint64 fieldEndAfter = (m.separator | m.newline | crs | quotes) >> 1
                | quint64(hasAfter && (after == sep || after == '\n' || after == '\r' || after == quote)) << 63;
            const quint64 newlineAfter = m.newline >> 1 | quint64(hasAfter && after == '\n') << 63;
            const quint64 opening = quotes & inQuotes;
            const quint64 closing = quotes & ~inQuotes;
            const quint64 odd = (opening & ~(boundaryBefore | quoteBefore)) | (closing & ~fieldEndAfter)
                | (crs & ~newlineAfter); // a CRLF inside quotes is data, as for parseViews()
            quint64 events = ((m.separator | m.newline) & ~inQuotes) | odd;
            while (events) {
                const int bit = __builtin_ctzll(events);
                const quint64 below = (quint64(1) << bit) - 1;
                events &= events - 1;
                if (odd >> bit & 1)
                    goto done;
                const qint64 p = blockStart + bit;
                const qint64 quotesHere = quotesBefore + __builtin_popcountll(quotes & below);
                if (m.separator >> bit & 1) {
                    if (column + 1 >= columns)
                        goto done; // more fields than columns
                    endField(p, quotesHere);
                    ++column;
                    fieldStart = p + 1;
                    fieldQuotes = quotesHere;
                    continue;
                }
                const qint64 contentEnd = p > recordStart && d[p - 1] == '\r' ? p - 1 : p; // LF or CRLF
                if (contentEnd != recordStart) { // else a blank line: no record
                    if (column + 1 != columns)
                        goto done; // fewer fields than columns
                    endField(contentEnd, quotesHere);
                    table.commitRow(recordLine);
                    ++row;
                }
                consumedLines = newlinesBefore + __builtin_popcountll(m.newline & below) + 1;
                recordLine = in.line + consumedLines;
                consumed = recordStart = fieldStart = p + 1;
                fieldQuotes = quotesHere;
                column = 0;
                if (table.full())
                    goto done;
            }
            newlinesBefore += __builtin_popcountll(m.newline);
            quotesBefore += __builtin_popcountll(quotes);
        }
    }
done:
    lineBreaksOut = consumedLines;
    return consumed;
}

} // namespace

qint64 CsvParser::splitRecords(const char* data, qint64 size, qint64 line, FieldTable& table, qint64& lineBreaks) const
{
    lineBreaks = 0;
    if (!canSplitInPlace() || table.columns() == 0 || table.full() || size <= 0)
        return 0;
    SplitInput in;
    in.data = reinterpret_cast<const unsigned char*>(data);
    in.size = size;
    in.line = line;
    in.base = table.byteCount();
    in.separator = static_cast<unsigned char>(m_dialect.separator.at(0));
    in.quote = m_dialect.quote == '\0' ? -1 : static_cast<unsigned char>(m_dialect.quote);
    return splitWalk(in, table, lineBreaks);
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
    RecordShape& shape = meta.shape;
    for (;;) {
        // start of a field
        const qint64 fieldBegin = i;
        bool quoted = false;
        if (quote != '\0' && i < size && data[i] == quote) {
            meta.hasQuotes = true;
            quoted = true;
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
                const char* b
                    = static_cast<const char*>(std::memchr(data + i, '\\', static_cast<size_t>(stop - (data + i))));
                if (b && backslash)
                    stop = b;
                else if (b)
                    shape.backslash = true; // data here, an escape for Doris
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
                    shape.doubledQuotes = true;
                    if (fields)
                        current.append(quote);
                    i += 2;
                    continue;
                }
                ++i; // closing quote; anything up to the separator is kept literally below
                if (i < size && data[i] != sep[0] && data[i] != '\n' && data[i] != '\r')
                    shape.textAfterQuote = true;
                else if (i == fieldBegin + 2)
                    shape.emptyField = true;
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
                shape.emptyField |= !quoted && i == fieldBegin;
                ++meta.fieldCount;
                if (fields)
                    fields->append(current);
                return i;
            }
            const char c = data[i];
            if (c == quote && c != m_dialect.separator.at(0)) {
                shape.strayQuote = true;
                if (fields)
                    current.append(c);
                ++i;
                continue;
            }
            if (c == '\\' && m_dialect.separator.at(0) != '\\') {
                meta.hasBackslash = true;
                shape.backslash = true;
                if (fields)
                    current.append(c);
                ++i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                qint64 end = i + 1;
                shape.lineEnds |= kLineEndLf;
                if (c == '\r') {
                    meta.hasCarriageReturn = true;
                    if (i + 1 >= size && !eof)
                        return 0;
                    if (i + 1 < size && data[i + 1] == '\n')
                        end = i + 2;
                    shape.lineEnds = end == i + 2 ? kLineEndCrLf : kLineEndCr;
                }
                meta.contentLength = i;
                ++meta.lineBreaks;
                if (i == 0) {
                    meta.empty = true;
                    return end;
                }
                shape.emptyField |= !quoted && i == fieldBegin; // an empty last field
                ++meta.fieldCount;
                if (fields)
                    fields->append(current);
                return end;
            }
            // first byte of the separator
            if (sepLen == 1) {
                shape.emptyField |= !quoted && i == fieldBegin;
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
                shape.emptyField |= !quoted && i == fieldBegin;
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

namespace {

/// Index of the first byte at or after `i` that `special` marks, or `size`.
inline qint64 nextSpecial(const char* data, qint64 i, qint64 size, const std::array<bool, 256>& special, char sep0)
{
#if defined(__SSE2__)
    const __m128i vSep = _mm_set1_epi8(sep0);
    const __m128i vNl = _mm_set1_epi8('\n');
    const __m128i vCr = _mm_set1_epi8('\r');
    const __m128i vBack = _mm_set1_epi8('\\');
    while (i + 16 <= size) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vSep), _mm_cmpeq_epi8(v, vNl)),
            _mm_or_si128(_mm_cmpeq_epi8(v, vCr), _mm_cmpeq_epi8(v, vBack)));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return i + __builtin_ctz(static_cast<unsigned>(mask));
        i += 16;
    }
#else
    (void)sep0;
#endif
    while (i < size && !special[static_cast<unsigned char>(data[i])])
        ++i;
    return i;
}

} // namespace

qint64 CsvParser::parseViews(const char* data, qint64 size, bool eof, std::vector<std::string_view>& fields,
    std::string& scratch, RecordMeta& meta) const
{
    meta = RecordMeta {};
    fields.clear();
    scratch.clear();
    scratch.reserve(static_cast<size_t>(size)); // never moves below: views into it stay valid
    const char* sep = m_dialect.separator.constData();
    const qint64 sepLen = m_dialect.separator.size();
    const char sep0 = sep[0];
    const char quote = m_dialect.quote;
    const bool backslash = m_dialect.escape == EscapeStyle::Backslash;

    qint64 i = 0;
    for (;;) {
        // a field: [fieldBegin, i) of data, or scratch from scratchBegin once a quote was removed
        const qint64 fieldBegin = i;
        bool inScratch = false;
        size_t scratchBegin = 0;
        auto toScratch = [&](const char* p, qint64 n) {
            if (n > 0)
                scratch.append(p, static_cast<size_t>(n));
        };
        if (quote != '\0' && i < size && data[i] == quote) {
            meta.hasQuotes = true;
            inScratch = true;
            scratchBegin = scratch.size();
            ++i;
            for (;;) {
                if (i >= size) {
                    if (!eof)
                        return 0;
                    meta.unterminatedQuote = true;
                    meta.contentLength = i;
                    ++meta.fieldCount;
                    fields.emplace_back(scratch.data() + scratchBegin, scratch.size() - scratchBegin);
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
                for (const char* p = data + i; p < stop; ++p) {
                    if (*p == '\r')
                        meta.hasCarriageReturn = true;
                    if (*p == '\n')
                        ++meta.lineBreaks;
                    else if (*p == '\r' && (p + 1 >= data + size || p[1] != '\n'))
                        ++meta.lineBreaks;
                }
                toScratch(data + i, stop - (data + i));
                i = stop - data;
                if (i >= size)
                    continue;
                if (backslash && data[i] == '\\') {
                    if (i + 1 >= size) {
                        if (!eof)
                            return 0;
                        scratch.push_back('\\');
                        ++i;
                        continue;
                    }
                    scratch.push_back(data[i + 1]);
                    if (data[i + 1] == '\n' || (data[i + 1] == '\r' && (i + 2 >= size || data[i + 2] != '\n')))
                        ++meta.lineBreaks;
                    i += 2;
                    continue;
                }
                if (i + 1 >= size && !eof)
                    return 0;
                if (!backslash && i + 1 < size && data[i + 1] == quote) {
                    scratch.push_back(quote);
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
        }
        auto finishField = [&]() {
            if (inScratch)
                fields.emplace_back(scratch.data() + scratchBegin, scratch.size() - scratchBegin);
            else
                fields.emplace_back(data + fieldBegin, static_cast<size_t>(i - fieldBegin));
        };
        for (;;) {
            const qint64 j = nextSpecial(data, i, size, m_special, sep0);
            if (inScratch)
                toScratch(data + i, j - i);
            i = j;
            if (i >= size) {
                if (!eof)
                    return 0;
                meta.contentLength = i;
                if (i == 0) {
                    meta.empty = true;
                    return 0;
                }
                ++meta.fieldCount;
                finishField();
                return i;
            }
            const char c = data[i];
            if (c == quote && c != sep0) { // a quote inside an unquoted field is data
                meta.shape.strayQuote = true;
                if (inScratch)
                    scratch.push_back(c);
                ++i;
                continue;
            }
            if (c == '\\' && sep0 != '\\') {
                meta.hasBackslash = true;
                if (inScratch)
                    scratch.push_back(c);
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
                finishField();
                return end;
            }
            if (sepLen == 1) {
                ++meta.fieldCount;
                finishField();
                ++i;
                break;
            }
            if (i + sepLen > size && !eof)
                return 0;
            if (i + sepLen <= size && std::memcmp(data + i, sep, static_cast<size_t>(sepLen)) == 0) {
                ++meta.fieldCount;
                finishField();
                i += sepLen;
                break;
            }
            if (inScratch)
                scratch.push_back(c);
            ++i;
        }
    }
}

} // namespace dia::source
