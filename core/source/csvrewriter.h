#pragma once

#include "csvdialect.h"
#include "fieldrules.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <string>
#include <string_view>

namespace dia::source {

/// Rewrites records of a UTF-8 CSV dialect into the canonical body form (see README "Chunk bodies"): fields
/// joined by the body separator, records ended by the body line delimiter, a value enclosed in " with " and
/// backslash escaped by a backslash only when it holds the separator, a quote, a backslash or a line break, `\N` and
/// NULL bare. Applies the load's FieldRules (empty fields as NULL, value transforms) on the way. Streaming: it consumes
/// whole records only, so a caller feeds blocks and carries the unconsumed tail over.
class CsvRecordRewriter
{
public:
    /// Reads `dialect`; writes fields joined by `separator` and records ended by `lineDelimiter`.
    CsvRecordRewriter(const CsvDialect& dialect, QByteArray separator, QByteArray lineDelimiter, FieldRules rules);

    /// Rewrites the complete records at the start of `data[0..size)` into `out` (appended) and returns the bytes
    /// consumed; with `eof` the last record may lack its terminator. Blank lines are dropped, as Doris drops
    /// them. `onRecord(blankLineBreaks, lineBreaks, outBegin)` is called after each record with the line breaks
    /// of the blank lines before it, the physical line breaks of the record itself and where its output starts.
    qint64 rewrite(const char* data, qint64 size, bool eof, std::string& out,
        const std::function<void(qint64 blankLineBreaks, qint64 lineBreaks, size_t outBegin)>& onRecord = {}) const;

    /// Appends one value in canonical form (used for rows that come from a workbook reader too).
    void appendValue(int column, std::string_view value, std::string& out, std::string& scratch) const;

private:
    void appendCanonical(std::string_view value, std::string& out) const;

    CsvDialect m_dialect;
    QByteArray m_separator; ///< of the body
    QByteArray m_lineDelimiter;
    FieldRules m_rules;
    std::array<bool, 256> m_fieldEnd {}; ///< separator's first byte, CR, LF
    std::array<bool, 256> m_needsEnclose {}; ///< bytes that make a canonical value enclosed
};

} // namespace dia::source
