#pragma once

#include "chunksource.h"
#include "csvtablereader.h"
#include "fieldrules.h"

namespace dia::source {

/// Chunks of a UTF-8 CSV file, each sent the cheapest way that makes Doris read exactly our records:
/// * as the byte range of the file (sendfile) when Doris, with the body format's enclose ", escape \ and
///   trim_double_quotes, parses those bytes as our reader did: quoted fields and CRLF files included;
/// * as the byte range with RFC 4180 doubled quotes turned into \" on the way (same size) when that is the
///   only difference;
/// * otherwise rewritten record by record as it is sent (CsvRecordRewriter), e.g. for backslashes, text after a
///   closing quote, mixed line ends, or the load's field rules (empty fields as NULL, value conversions).
/// A CSV in another encoding scanned in its raw bytes (see DecodedStream::kRawBytes): every chunk is transcoded
/// from `encoding` and rewritten as it is sent.
struct TranscodedRanges
{
    QString encoding;
    QStringList columnNames; ///< as decoded by the reader that detected the file
};

class CsvChunkSource final : public ChunkSource
{
public:
    CsvChunkSource(QString path, std::unique_ptr<CsvTableReader> scanner, const ChunkLimits& limits, FieldRules rules,
        std::optional<TranscodedRanges> transcoded = std::nullopt);

    BodyFormat bodyFormat() const override { return m_format; }
    QStringList columnNames() const override
    {
        return m_transcoded ? m_transcoded->columnNames : m_scanner->info().columnNames;
    }
    Result<std::optional<Chunk>> next() override;
    double progress() const override { return m_done ? 1.0 : m_scanner->progress(); }

    /// Whether byte ranges can be sent at all for this dialect (separator free of quote/escape/line bytes).
    static bool passthroughDialect(const CsvDialect& dialect);

private:
    enum class BodyKind { Range, QuoteFixedRange, Rewritten };
    BodyKind bodyKind(bool quotes, bool unterminated, const RecordShape& shape) const;

    QString m_path;
    std::unique_ptr<CsvTableReader> m_scanner;
    ChunkLimits m_limits;
    FieldRules m_rules;
    std::optional<TranscodedRanges> m_transcoded;
    BodyFormat m_format;
    quint8 m_lineEnd = kLineEndLf; ///< the body's line delimiter as a LineEndBits value
    bool m_passthrough = true;
    bool m_done = false;
    bool m_hasPending = false;
    RawRecord m_pending;
    int m_index = 0;
    qint64 m_rowsSoFar = 0;
};

} // namespace dia::source
