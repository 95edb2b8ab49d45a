#pragma once

// A ChunkSource over CSV rows in memory, for engine tests without the real file sources.

#include "source/chunksource.h"

#include <QBuffer>

namespace dia::test {

class MemoryChunkBody final : public source::ChunkBody
{
public:
    MemoryChunkBody(QByteArray data, qint64 firstLine)
        : m_data(std::move(data))
        , m_firstLine(firstLine)
    { }
    std::unique_ptr<QIODevice> open() const override
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_data);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    }
    Result<QList<QPair<qint64, QByteArray>>> records() const override
    {
        QList<QPair<qint64, QByteArray>> records;
        qint64 line = m_firstLine;
        for (const QByteArray& row : m_data.split('\n')) {
            if (!row.isEmpty())
                records.append({ line++, row });
        }
        return records;
    }

private:
    QByteArray m_data;
    qint64 m_firstLine;
};

/// `rows` cut into chunks of `rowsPerChunk`; line numbers assume one header line.
class FakeChunkSource final : public source::ChunkSource
{
public:
    FakeChunkSource(QList<QByteArray> rows, int rowsPerChunk)
        : m_rows(std::move(rows))
        , m_rowsPerChunk(rowsPerChunk)
    { }
    source::BodyFormat bodyFormat() const override { return {}; }
    QStringList columnNames() const override { return { QStringLiteral("id"), QStringLiteral("name") }; }
    Result<std::optional<source::Chunk>> next() override
    {
        if (m_next >= m_rows.size())
            return std::optional<source::Chunk>();
        source::Chunk chunk;
        chunk.info.index = m_index++;
        chunk.info.firstRow = m_next;
        chunk.info.firstLine = m_next + 2;
        QByteArray body;
        const int end = qMin<int>(m_rows.size(), m_next + m_rowsPerChunk);
        for (int i = m_next; i < end; ++i)
            body += m_rows[i] + '\n';
        chunk.info.rowCount = end - m_next;
        chunk.info.bodySize = body.size();
        chunk.body = std::make_shared<MemoryChunkBody>(body, chunk.info.firstLine);
        m_next = end;
        return std::optional<source::Chunk>(std::move(chunk));
    }
    double progress() const override { return m_rows.isEmpty() ? 1.0 : double(m_next) / m_rows.size(); }

private:
    QList<QByteArray> m_rows;
    int m_rowsPerChunk;
    int m_next = 0;
    int m_index = 0;
};

} // namespace dia::test
