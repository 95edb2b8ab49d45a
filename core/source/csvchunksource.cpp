#include "csvchunksource.h"

#include "canonicalcsv.h"
#include "passthroughbody.h"
#include "rangebodies.h"

namespace dia::source {

CsvChunkSource::CsvChunkSource(QString path, std::unique_ptr<CsvTableReader> scanner, const ChunkLimits& limits,
    FieldRules rules, std::optional<TranscodedRanges> transcoded)
    : m_path(std::move(path))
    , m_scanner(std::move(scanner))
    , m_limits(limits)
    , m_rules(std::move(rules))
    , m_transcoded(std::move(transcoded))
{
    const CsvDialect& dialect = m_scanner->dialect();
    m_passthrough = passthroughDialect(dialect) && !m_transcoded;
    m_format = CanonicalCsv::bodyFormat(m_passthrough ? dialect.separator : QByteArray(","));
    if (m_passthrough && dialect.lineEnding == "\r\n") {
        // Excel's CSV: CRLF files keep their line ends (every Doris 2.x takes a two-byte line_delimiter)
        m_format.lineDelimiter = "\r\n";
        m_lineEnd = kLineEndCrLf;
    }
}

bool CsvChunkSource::passthroughDialect(const CsvDialect& dialect)
{
    const QByteArray& sep = dialect.separator;
    return !sep.isEmpty() && !sep.contains('"') && !sep.contains('\\') && !sep.contains('\n') && !sep.contains('\r')
        && (dialect.quote == '\0' || !sep.contains(dialect.quote));
}

CsvChunkSource::BodyKind CsvChunkSource::bodyKind(bool quotes, bool unterminated, const RecordShape& shape) const
{
    const CsvDialect& dialect = m_scanner->dialect();
    const bool sameRecords = m_passthrough && !unterminated && !shape.textAfterQuote && !shape.backslash
        && (shape.lineEnds & ~m_lineEnd) == 0 && (!quotes || dialect.quote == '"');
    const bool fieldsChange = m_rules.anyTransform() || (shape.emptyField && m_rules.anyEmptyToNull());
    if (!sameRecords || fieldsChange)
        return BodyKind::Rewritten;
    if (shape.doubledQuotes) {
        const bool everyQuoteEncloses = !shape.strayQuote && dialect.escape == EscapeStyle::DoubledQuote;
        return everyQuoteEncloses ? BodyKind::QuoteFixedRange : BodyKind::Rewritten;
    }
    return BodyKind::Range;
}

Result<std::optional<Chunk>> CsvChunkSource::next()
{
    if (m_done)
        return std::optional<Chunk>();
    RawRecord record;
    if (m_hasPending) {
        record = m_pending;
        m_hasPending = false;
    } else {
        auto got = m_scanner->nextRecord(record, nullptr);
        if (!got)
            return got.error();
        if (!*got) {
            m_done = true;
            return std::optional<Chunk>();
        }
    }
    ChunkInfo info;
    info.index = m_index;
    info.firstRow = m_rowsSoFar;
    info.firstLine = record.line;
    info.sourceBegin = record.begin;
    info.sourceEnd = record.end;
    info.rowCount = 1;
    bool quotes = record.meta.hasQuotes;
    bool unterminated = record.meta.unterminatedQuote;
    RecordShape shape = record.meta.shape;
    const qint64 maxBytes = qMax<qint64>(1, m_limits.maxBytes);
    CsvParser::ScanRun run;
    while (info.rowCount < m_limits.maxRows) {
        // fast run of plain records within the limits, then one record through the reporting path
        if (Status s = m_scanner->skipRecords(m_limits.maxRows - info.rowCount, info.sourceBegin + maxBytes, run); !s)
            return s.error();
        if (run.records > 0) {
            info.rowCount += run.records;
            info.sourceEnd = run.end;
            quotes = quotes || run.hasQuotes;
            shape.merge(run.shape);
            continue;
        }
        auto got = m_scanner->nextRecord(record, nullptr);
        if (!got)
            return got.error();
        if (!*got) {
            m_done = true;
            break;
        }
        if (record.end - info.sourceBegin > maxBytes) {
            m_pending = record;
            m_hasPending = true;
            break;
        }
        ++info.rowCount;
        info.sourceEnd = record.end;
        quotes = quotes || record.meta.hasQuotes;
        unterminated = unterminated || record.meta.unterminatedQuote;
        shape.merge(record.meta.shape);
    }

    Chunk chunk;
    const qint64 rangeSize = info.sourceEnd - info.sourceBegin;
    switch (bodyKind(quotes, unterminated, shape)) {
    case BodyKind::Range:
        info.passthrough = true;
        info.plainFields = !quotes;
        info.bodySize = rangeSize;
        chunk.body = std::make_shared<PassthroughBody>(m_path, info.sourceBegin, info.sourceEnd, info.firstLine);
        break;
    case BodyKind::QuoteFixedRange:
        info.bodySize = rangeSize;
        chunk.body = std::make_shared<QuoteFixedRangeBody>(m_path, info.sourceBegin, info.sourceEnd, info.firstLine);
        break;
    case BodyKind::Rewritten:
        info.bodySize = -1; // known once sent
        chunk.body = std::make_shared<RewrittenRangeBody>(m_path, info.sourceBegin, info.sourceEnd, info.firstLine,
            m_scanner->dialect(), m_format, m_rules, m_transcoded ? m_transcoded->encoding : QString());
        break;
    }
    chunk.info = info;
    m_rowsSoFar += info.rowCount;
    ++m_index;
    return std::optional<Chunk>(std::move(chunk));
}

} // namespace dia::source
