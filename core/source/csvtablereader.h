#pragma once

#include "csvdialect.h"
#include "csvparser.h"
#include "decodedstream.h"
#include "tablereader.h"

#include <memory>

#include <QCoreApplication>

namespace dia::source {

/// One record as the chunker sees it: position in the decoded stream and in the original file.
struct RawRecord
{
    qint64 line = 0; ///< 1-based physical start line
    qint64 begin = 0; ///< offset of its first byte in the decoded (UTF-8) stream; equals the file offset for UTF-8
    qint64 end = 0; ///< offset after its terminator
    RecordMeta meta;
};

/// Streaming CSV/TSV reader: constant memory, quote-aware, reports ragged rows, invalid encoding
/// (as warnings, or as an error in strict mode) and unterminated quotes with their line numbers.
class CsvTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::CsvTableReader) // lupdate files member functions' texts under the class
public:
    /// Detects everything unset in `options` from the start of the file.
    static Result<std::unique_ptr<CsvTableReader>> open(const QString& path, const ReaderOptions& options);

    const SourceInfo& info() const override { return m_info; }
    Result<bool> next(Row& row) override;
    /// Views into the read buffer (or RowViews::storage for fields with quotes removed); no QString.
    Result<bool> nextViews(RowViews& row) override;
    /// Splits records in the table's copy of the read buffer (CsvParser::splitRecords); records that splitter
    /// leaves (ragged rows, lone CRs, unterminated quotes...) go through nextViews(), which reports them.
    Result<bool> nextFields(FieldTable& table) override;
    QList<SourceWarning> warnings() const override { return m_warnings; }
    double progress() const override;

    /// The next data record without building strings (fast scan). `fields` may be null.
    Result<bool> nextRecord(RawRecord& record, QList<QByteArray>* fields);
    /// Fast path: consumes up to `maxRecords` data records that need no report (no ragged row, no
    /// unterminated quote), none ending after stream offset `maxEnd`, without decoding fields. `run` gets the
    /// number of records, the stream offset after the last of them (`run.end`) and their OR-ed flags. May consume
    /// nothing; then nextRecord() reads the next record (and reports it). Mixing both gives the same records as
    /// nextRecord().
    Status skipRecords(qint64 maxRecords, qint64 maxEnd, CsvParser::ScanRun& run);
    /// Re-positions at a record start found by an earlier pass (UTF-8 files only).
    Status seekToRecord(qint64 offset, qint64 line);
    /// Invalid byte sequences become an error (`invalid_encoding`) instead of a warning.
    void setStrictEncoding(bool strict) { m_strictEncoding = strict; }
    const CsvDialect& dialect() const { return m_parser->dialect(); }
    /// Number of ragged rows so far (warnings() keeps only the first kMaxWarnings).
    qint64 raggedRows() const { return m_raggedRows; }
    /// Total warnings found, including those not kept.
    qint64 warningCount() const { return m_warningCount; }
    /// File offset where the data (after BOM, skipped lines and header) begins (UTF-8 stream offset).
    qint64 dataStart() const { return m_dataStart; }
    qint64 dataStartLine() const { return m_dataStartLine; }
    static constexpr int kMaxWarnings = 1000;
    static constexpr qint64 kMaxRecordBytes = 64LL * 1024 * 1024;
    static constexpr qint64 kRefillBelow = 64 * 1024;

private:
    CsvTableReader() = default;
    Status fill();
    Status drainInvalid();
    void addWarning(const QString& code, qint64 line, const QString& message);
    /// `nul_byte` warnings for NUL bytes in m_buffer from index `from` not reported before (re-reads after a seek
    /// stay silent).
    void reportNulBytes(qint64 from);

    QString m_path;
    SourceInfo m_info;
    std::unique_ptr<CsvParser> m_parser;
    DecodedStream m_stream;
    QByteArray m_buffer;
    qint64 m_pos = 0; ///< next unread byte in m_buffer
    qint64 m_bufferOffset = 0; ///< stream offset of m_buffer[0]
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_strictEncoding = false;
    bool m_readingHeader = false;
    qint64 m_bomLength = 0;
    qint64 m_dataStart = 0;
    qint64 m_dataStartLine = 1;
    qint64 m_raggedRows = 0;
    qint64 m_warningCount = 0;
    qint64 m_nulCheckedUpTo = 0; ///< stream offset up to which NUL bytes were looked for
    QList<SourceWarning> m_warnings;
    QList<QByteArray> m_fields;
    qint64 m_splitBytesPerRow = 256; ///< seen by nextFields(): how much of the buffer a table's rows need
};

} // namespace dia::source
