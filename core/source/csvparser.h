#pragma once

#include "csvdialect.h"

#include <QByteArray>
#include <QList>

#include <array>

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

    const CsvDialect& dialect() const { return m_dialect; }

private:
    CsvDialect m_dialect;
    std::array<bool, 256> m_special {};
};

} // namespace dia::source
