#pragma once

#include "chunksource.h"
#include "csvrewriter.h"
#include "tablereader.h"

namespace dia::source {

/// Chunks rewritten row by row from any TableReader (XLSX, XLS, transcoded CSV) into the canonical
/// UTF-8 form, spooled under the spool directory. ChunkInfo::sourceBegin/sourceEnd are data-row indices.
class RowChunkSource final : public ChunkSource
{
public:
    RowChunkSource(
        std::unique_ptr<TableReader> reader, const ChunkLimits& limits, QString spoolDir, const FieldRules& rules);

    BodyFormat bodyFormat() const override { return m_format; }
    QStringList columnNames() const override { return m_reader->info().columnNames; }
    Result<std::optional<Chunk>> next() override;
    double progress() const override { return m_done ? 1.0 : m_reader->progress(); }

private:
    /// The row in canonical form with the field rules applied.
    QByteArray canonicalRecord(const Row& row);

    std::unique_ptr<TableReader> m_reader;
    ChunkLimits m_limits;
    QString m_spoolDir;
    BodyFormat m_format;
    CsvRecordRewriter m_writer;
    std::string m_record;
    std::string m_scratch;
    bool m_done = false;
    bool m_hasPending = false;
    Row m_pending;
    QByteArray m_pendingBytes;
    int m_index = 0;
    qint64 m_rowsSoFar = 0;
};

} // namespace dia::source
