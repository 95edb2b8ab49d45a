#pragma once

#include "chunksource.h"
#include "csvtablereader.h"

namespace dia::source {

/// Chunks of a UTF-8 CSV file. A chunk whose records contain no quoted field, no backslash and no \r is
/// sent as a byte range of the original file (passthrough); any other chunk is re-read and rewritten in
/// the canonical form (CanonicalCsv) using the file's own separator.
class CsvChunkSource final : public ChunkSource
{
public:
    CsvChunkSource(QString path, std::unique_ptr<CsvTableReader> scanner, std::unique_ptr<CsvTableReader> rewriter,
        const ChunkLimits& limits, QString spoolDir);

    BodyFormat bodyFormat() const override { return m_format; }
    QStringList columnNames() const override { return m_scanner->info().columnNames; }
    Result<std::optional<Chunk>> next() override;
    double progress() const override { return m_done ? 1.0 : m_scanner->progress(); }

    /// Whether passthrough is possible at all for this dialect (separator free of quote/escape/line bytes).
    static bool passthroughDialect(const CsvDialect& dialect);

private:
    QString m_path;
    std::unique_ptr<CsvTableReader> m_scanner;
    std::unique_ptr<CsvTableReader> m_rewriter;
    ChunkLimits m_limits;
    QString m_spoolDir;
    BodyFormat m_format;
    bool m_passthrough = true;
    bool m_done = false;
    bool m_hasPending = false;
    RawRecord m_pending;
    int m_index = 0;
    qint64 m_rowsSoFar = 0;
};

} // namespace dia::source
