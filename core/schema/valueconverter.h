#pragma once

#include "inferredcolumn.h"

#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dia::schema {

/// Turns one field as the analyst wrote it into the text Doris 2.1 parses as intended.
/// Immutable after construction and thread-safe (called concurrently from several load workers).
/// Fast: no heap allocation per call in the common case, no QString.
class ValueConverter
{
public:
    enum class Outcome : quint8 {
        Keep, ///< send the field unchanged (already canonical)
        Rewritten, ///< send `out` (appended by convert; the caller clears it before the call)
        Null, ///< send NULL (\N): empty cell, null token, Excel error value
        Invalid, ///< does not convert; `out` holds what to send instead, chosen so Doris 2.1 reports a
                 ///< conversion failure (NULL without strict mode, filtered with it), never a silently
                 ///< different value (e.g. never `12abc` into DECIMAL)
    };
    virtual ~ValueConverter() = default;
    /// `field`: the value with CSV quoting already removed (UTF-8).
    virtual Outcome convert(std::string_view field, std::string& out) const = 0;
};

struct ConversionOptions
{
    bool emptyAsString = false; ///< empty cells of nullable text columns stay '' (default: NULL)
    QString timezone; ///< zone that values with offsets are converted to (IANA or +hh:mm); empty: UTC
};

/// One converter per file column (same order as `columns`); nullptr where every value can be sent as
/// written (the loader then keeps the fast byte-range path for that column).
/// The converter follows the column's `type` (the target) and `format` (how values are written); a column
/// mapped by hand to a type whose values the format does not describe (format Text) only gets NULL handling.
/// A format's own time zone (`tz=`) wins over `options.timezone`; an unknown zone name is read as UTC.
std::vector<std::shared_ptr<const ValueConverter>> makeConverters(
    const QList<InferredColumn>& columns, const ConversionOptions& options);

/// Whether Doris reads every cell of `inferred` (a whole-file inference, with its inferred type) as its converter
/// would write it when the cells are sent as written into a column of type `target`: plain numbers that fit,
/// dates written as Doris writes them, no null token other than empty cells and \N. The loader then needs no
/// converter for the column and keeps its chunks on the byte-range paths (empty cells are the field rule's).
bool readsAsWritten(const InferredColumn& inferred, const ColumnType& target);

/// The converter of one column (nullptr as in makeConverters).
std::shared_ptr<const ValueConverter> makeConverter(const InferredColumn& column, const ConversionOptions& options);

} // namespace dia::schema
