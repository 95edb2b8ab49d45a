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

/// How records ended, as bits of RecordShape::lineEnds.
enum LineEndBits : quint8 { kLineEndLf = 1, kLineEndCrLf = 2, kLineEndCr = 4 };

/// What decides whether Doris (enclose ", escape \, trim_double_quotes) reads a run of records exactly as our
/// parser does, OR-ed over the records. Quoted line breaks and separators never matter: Doris skips them too.
struct RecordShape
{
    bool doubledQuotes = false; ///< "" inside a quoted field (Doris 2.1 does not understand it)
    bool textAfterQuote = false; ///< bytes between a closing quote and the next separator or line end
    bool strayQuote = false; ///< a quote inside an unquoted field (data for Doris too, but it breaks quote parity)
    bool backslash = false; ///< a backslash outside quotes, or inside them in the doubled-quote dialect
    bool emptyField = false; ///< an empty field, or a quoted empty one ("")
    quint8 lineEnds = 0; ///< LineEndBits of the record terminators (quoted line breaks not counted)

    void merge(const RecordShape& other)
    {
        doubledQuotes |= other.doubledQuotes;
        textAfterQuote |= other.textAfterQuote;
        strayQuote |= other.strayQuote;
        backslash |= other.backslash;
        emptyField |= other.emptyField;
        lineEnds |= other.lineEnds;
    }
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
    RecordShape shape;
};

} // namespace dia::source
