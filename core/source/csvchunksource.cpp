#include "csvchunksource.h"

#include "canonicalcsv.h"
#include "passthroughbody.h"
#include "spoolbody.h"

namespace dia::source {

namespace {

bool clean(const RecordMeta& meta)
{
    return !meta.hasQuotes && !meta.hasBackslash && !meta.hasCarriageReturn && !meta.unterminatedQuote;
}

} // namespace

CsvChunkSource::CsvChunkSource(QString path, std::unique_ptr<CsvTableReader> scanner,
    std::unique_ptr<CsvTableReader> rewriter, const ChunkLimits& limits, QString spoolDir)
    : m_path(std::move(path))
    , m_scanner(std::move(scanner))
    , m_rewriter(std::move(rewriter))
    , m_limits(limits)
    , m_spoolDir(std::move(spoolDir))
{
    m_passthrough = passthroughDialect(m_scanner->dialect());
    m_format = CanonicalCsv::bodyFormat(m_passthrough ? m_scanner->dialect().separator : QByteArray(","));
}

bool CsvChunkSource::passthroughDialect(const CsvDialect& dialect)
{
    const QByteArray& sep = dialect.separator;
    return !sep.isEmpty() && !sep.contains('"') && !sep.contains('\\') && !sep.contains('\n') && !sep.contains('\r')
        && (dialect.quote == '\0' || !sep.contains(dialect.quote));
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
    bool isClean = clean(record.meta);
    const qint64 maxBytes = qMax<qint64>(1, m_limits.maxBytes);
    CsvParser::ScanRun run;
    while (info.rowCount < m_limits.maxRows) {
        // fast run of plain records within the limits, then one record through the reporting path
        if (Status s = m_scanner->skipRecords(m_limits.maxRows - info.rowCount, info.sourceBegin + maxBytes, run); !s)
            return s.error();
        if (run.records > 0) {
            info.rowCount += run.records;
            info.sourceEnd = run.end;
            isClean = isClean && !run.hasQuotes && !run.hasBackslash && !run.hasCarriageReturn;
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
        isClean = isClean && clean(record.meta);
    }

    Chunk chunk;
    if (isClean && m_passthrough) {
        info.passthrough = true;
        info.bodySize = info.sourceEnd - info.sourceBegin;
        chunk.body = std::make_shared<PassthroughBody>(m_path, info.sourceBegin, info.sourceEnd, info.firstLine);
    } else {
        auto body = std::make_shared<SpoolBody>();
        if (Status s = body->create(m_spoolDir); !s)
            return s.error();
        if (Status s = m_rewriter->seekToRecord(info.sourceBegin, info.firstLine); !s)
            return s.error();
        QList<QByteArray> fields;
        QByteArray bytes;
        for (qint64 r = 0; r < info.rowCount; ++r) {
            RawRecord rewritten;
            auto got = m_rewriter->nextRecord(rewritten, &fields);
            if (!got)
                return got.error();
            if (!*got)
                break;
            bytes.clear();
            CanonicalCsv::appendRecord(bytes, fields, m_format.columnSeparator);
            if (Status s = body->append(bytes, rewritten.line); !s)
                return s.error();
        }
        auto size = body->finish();
        if (!size)
            return size.error();
        info.bodySize = *size;
        chunk.body = std::move(body);
    }
    chunk.info = info;
    m_rowsSoFar += info.rowCount;
    ++m_index;
    return std::optional<Chunk>(std::move(chunk));
}

} // namespace dia::source
