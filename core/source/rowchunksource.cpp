#include "rowchunksource.h"

#include "canonicalcsv.h"
#include "spoolbody.h"

namespace dia::source {

RowChunkSource::RowChunkSource(
    std::unique_ptr<TableReader> reader, const ChunkLimits& limits, QString spoolDir, const FieldRules& rules)
    : m_reader(std::move(reader))
    , m_limits(limits)
    , m_spoolDir(std::move(spoolDir))
    , m_format(CanonicalCsv::bodyFormat(","))
    , m_writer(CsvDialect {}, m_format.columnSeparator, m_format.lineDelimiter, rules)
{ }

QByteArray RowChunkSource::canonicalRecord(const Row& row)
{
    m_record.clear();
    for (qsizetype i = 0; i < row.fields.size(); ++i) {
        if (i > 0)
            m_record.append(m_format.columnSeparator.constData(), size_t(m_format.columnSeparator.size()));
        const QByteArray utf8 = row.fields.at(i).toUtf8();
        m_writer.appendValue(int(i), std::string_view(utf8.constData(), size_t(utf8.size())), m_record, m_scratch);
    }
    if (m_record.empty())
        m_record.append("\"\"", 2); // one empty field, not a blank line (Doris would skip that)
    m_record.append(m_format.lineDelimiter.constData(), size_t(m_format.lineDelimiter.size()));
    return QByteArray(m_record.data(), qsizetype(m_record.size()));
}

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
        bytes = canonicalRecord(row);
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
        bytes = canonicalRecord(row);
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
