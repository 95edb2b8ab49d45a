#pragma once

#include "columntype.h"

#include <QString>

namespace dia::schema {

/// What Doris (2.1/3.0 Stream Load, CSV) does with one non-NULL field text for a column type, following
/// doris-facts §1.5/§7.2/§7.3 and the Doris regression suites (§11, ../shared/doris-regress):
/// a text that does not convert (empty into a number/date, `abc` into INT, integer or DECIMAL overflow,
/// impossible dates) is a *conversion failure*: NULL without strict mode (row filtered if the column is
/// NOT NULL), row filtered with strict mode. A CHAR/VARCHAR value longer than its length in UTF-8 bytes is
/// cut without strict mode and filtered with it; STRING values over 1 MB are filtered.
class DorisConversion
{
public:
    enum class Failure {
        None,
        EmptyField,
        NotANumber,
        OutOfRange,
        DecimalOverflow,
        InvalidDate,
        InvalidBoolean,
        TooLong,
        StringLimit, ///< STRING value over string_type_length_soft_limit_bytes (1 MB): filtered always
    };

    static constexpr qint64 kStringSoftLimitBytes = 1048576;

    static Failure check(const QString& value, const ColumnType& type);
    /// What Doris 2.1 stores when `value` is loaded into a DECIMAL column and is not plain
    /// `[-+]digits[.digits]`: its lenient parser stops at the first character it does not expect and keeps what it
    /// read (`1,234.50` → 1, `12%` → 12, `1.234,50` → 12.34 in DECIMAL(10,2); doris-facts §12.6). Returns the
    /// stored value as text (scale digits), or an empty string when the value is plain or fails outright.
    static QString lenientDecimal(const QString& value, const ColumnType& type);
    /// Stable snake_case code for JSON ("empty_field", "not_a_number", ...); empty for None.
    static QString code(Failure failure);
    /// One phrase for users, e.g. "out of range for TINYINT".
    static QString describe(Failure failure, const ColumnType& type);
};

} // namespace dia::schema
