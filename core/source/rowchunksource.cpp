#include "rowchunksource.h"

#include "canonicalcsv.h"
#include "spoolbody.h"

namespace dia::source {

RowChunkSource::RowChunkSource(std::unique_ptr<TableReader> reader, const ChunkLimits& limits, QString spoolDir)
    : m_reader(std::move(reader))
    , m_limits(limits)
    , m_spoolDir(std::move(spoolDir))
    , m_format(CanonicalCsv::bodyFormat(","))
{ }

Result<std::optional<Chunk>> RowChunkSource::next()
{
    if (m_done)
        return std::optional<Chunk>();
    Row row;
    QByteArray bytes;
    if (m_hasPending) {
        row = m_pending;
        bytes = m_pendingBytes;
        m_hasPending = false;
    } else {
        auto got = m_reader->next(row);
        if (!got)
            return got.error();
        if (!*got) {
            m_done = true;
            return std::optional<Chunk>();
        }
        CanonicalCsv::appendRecord(bytes, row.fields, m_format.columnSeparator);
    }
    auto body = std::make_shared<SpoolBody>();
    if (Status s = body->create(m_spoolDir); !s)
        return s.error();
    ChunkInfo info;
    info.index = m_index;
    info.firstRow = m_rowsSoFar;
    info.firstLine = row.line;
    info.sourceBegin = m_rowsSoFar;
    qint64 size = 0;
    for (;;) {
        if (Status s = body->append(bytes, row.line); !s)
            return s.error();
        size += bytes.size();
        ++info.rowCount;
        if (info.rowCount >= m_limits.maxRows)
            break;
        auto got = m_reader->next(row);
        if (!got)
            return got.error();
        if (!*got) {
            m_done = true;
            break;
        }
        bytes.clear();
        CanonicalCsv::appendRecord(bytes, row.fields, m_format.columnSeparator);
        if (size + bytes.size() > m_limits.maxBytes) {
            m_pending = row;
            m_pendingBytes = bytes;
            m_hasPending = true;
            break;
        }
    }
    auto finished = body->finish();
    if (!finished)
        return finished.error();
    info.bodySize = *finished;
    info.sourceEnd = info.sourceBegin + info.rowCount;
    Chunk chunk;
    chunk.info = info;
    chunk.body = std::move(body);
    m_rowsSoFar += info.rowCount;
    ++m_index;
    return std::optional<Chunk>(std::move(chunk));
}

} // namespace dia::source
