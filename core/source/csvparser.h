#pragma once

#include "csvdialect.h"
#include "fieldtable.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace dia::source {

/// Quote-aware record splitter over UTF-8 bytes. Stateless between records: the caller keeps the buffer
/// and feeds it from the start of the next record. Accepts \n, \r\n and \r as record terminators; a
/// multi-byte separator is matched left to right without overlap (as Doris does).
class CsvParser
{
public:
    explicit CsvParser(const CsvDialect& dialect);

    /// Parses one record from `data[0..size)`. Returns the bytes consumed including the terminator, or 0 when
    /// the record is not complete and `eof` is false (feed more bytes). With `fields` set, the unquoted,
    /// unescaped field bytes are stored there.
    qint64 parse(const char* data, qint64 size, bool eof, QList<QByteArray>* fields, RecordMeta& meta) const;

    /// Totals of a run of records consumed by scanRecords().
    struct ScanRun
    {
        qint64 consumed = 0; ///< bytes consumed: whole records and blank lines only
        qint64 records = 0; ///< records (blank lines excluded)
        qint64 recordsEnd = 0; ///< bytes up to the end of the last record
        qint64 lineBreaks = 0; ///< physical line breaks in the consumed bytes
        bool hasQuotes = false; ///< as RecordMeta, OR-ed over the records
        bool hasBackslash = false;
        bool hasCarriageReturn = false;
        RecordShape shape; ///< OR-ed over the records
        qint64 end = 0; ///< set by CsvTableReader::skipRecords: stream offset after the last record of the run
    };

    /// Fast record scan without field decoding: consumes complete records of `data[0..size)` (and blank
    /// lines) while each has exactly `expectedFields` fields (any count when <= 0), stopping after
    /// `maxRecords` records, before a record whose end would pass `maxEnd`, and before anything it cannot
    /// decide alone (a record cut by the end of the data, a lone CR at the end). The caller then parses the
    /// next record with parse(), which reports it. Gives the same records, field counts, line numbers and
    /// flags as parse(). Does nothing for multi-byte separators (`run.consumed` stays 0).
    void scanRecords(
        const char* data, qint64 size, qint64 maxRecords, qint64 maxEnd, int expectedFields, ScanRun& run) const;

    /// parse() in one pass with the fields as views (into `data`, or into `scratch` for quoted fields): the same
    /// return value and `meta` as parse(). Views stay valid while `data` and `scratch` are unchanged.
    qint64 parseViews(const char* data, qint64 size, bool eof, std::vector<std::string_view>& fields,
        std::string& scratch, RecordMeta& meta) const;

    /// Whether splitRecords() can read this dialect: a one-byte separator, quotes escaped by doubling.
    bool canSplitInPlace() const { return m_fastScan && m_dialect.escape != EscapeStyle::Backslash; }
    /// The whole-file pass's splitter: appends the complete records of `data[0..size)` to `table` as rows, each
    /// field a span of `data`, which is `table.reserveBytes()` (a quoted field's doubled quotes are left for
    /// FieldTable::field() to remove). Stops before anything the general parser must read (a record with another
    /// field count than the table's, a quote inside an unquoted field, text after a closing quote, a CR that is not
    /// a CRLF, a record cut by the end of the data) and when the table is full. Returns the bytes consumed (0:
    /// parse the next record with parseViews()); the records are the ones parseViews() gives, starting at line
    /// `line`, and `lineBreaks` gets the physical lines they span.
    qint64 splitRecords(const char* data, qint64 size, qint64 line, FieldTable& table, qint64& lineBreaks) const;

    const CsvDialect& dialect() const { return m_dialect; }

private:
    CsvDialect m_dialect;
    std::array<bool, 256> m_special {};
    std::array<bool, 256> m_quotedSpecial {}; ///< bytes that matter inside a quoted field
    bool m_fastScan = false;
};

} // namespace dia::source
