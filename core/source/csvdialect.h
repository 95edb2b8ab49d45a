#pragma once

#include "readeroptions.h"

#include <QByteArray>

namespace dia::source {

/// The byte-level dialect of a UTF-8 CSV stream, as the parser uses it.
struct CsvDialect
{
    QByteArray separator = ","; ///< UTF-8 bytes, at least one
    char quote = '"'; ///< '\0': no quoting
    EscapeStyle escape = EscapeStyle::DoubledQuote;
    QByteArray lineEnding = "\n"; ///< what the file mostly uses; the parser accepts \n, \r\n and \r anyway
};

/// What one parsed record looked like.
struct RecordMeta
{
    int fieldCount = 0;
    qint64 lineBreaks = 0; ///< physical line breaks consumed (inside quoted fields and the terminator)
    bool empty = false; ///< a blank line (no bytes before the terminator); not a record
    bool unterminatedQuote = false; ///< the input ended inside a quoted field
    bool hasQuotes = false; ///< a quote character opened a field
    bool hasBackslash = false; ///< a backslash appears outside quoted fields
    bool hasCarriageReturn = false; ///< the record contains or ends with \r
    qint64 contentLength = 0; ///< bytes of the record without its terminator
};

} // namespace dia::source
