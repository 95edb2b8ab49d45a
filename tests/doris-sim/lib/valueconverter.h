#pragma once

#include "tableschema.h"

#include <QTimeZone>

#include <string>

namespace dia::sim {

/// Outcome of converting one CSV field to a column type (Doris 2.1 load rules).
enum class ConvertStatus {
    Ok, ///< converted; canonical text appended to the output
    Invalid, ///< not parseable or out of range: NULL in non-strict mode, row filtered in strict mode
    TooLong, ///< over-long VARCHAR/STRING (any mode) or CHAR in strict mode: row filtered
};

/// Converts CSV field text into the canonical text the sim stores and SELECT returns
/// (`1234.0000` for DECIMAL(8,4), `2023-07-20 05:48:31` for DATETIME, `1`/`0` for BOOLEAN).
class ValueConverter
{
public:
    /// `strict` matters only for CHAR overflow (truncated when false, as Doris does).
    /// Date/time values with a zone are converted to Asia/Shanghai (Stream Load's default `timezone`).
    static ConvertStatus convert(const ColumnType& type, const char* data, size_t size, bool strict, std::string& out);
    /// Same, with the load's time zone (the `timezone` / `time_zone` header).
    static ConvertStatus convert(const ColumnType& type, const char* data, size_t size, bool strict,
        const QTimeZone& loadZone, std::string& out);
    /// Current local time as the type's default (`CURRENT_TIMESTAMP`).
    static std::string currentTimestamp(const ColumnType& type);
    /// Three-way compare of two canonical values of `type` (numbers numerically, others bytewise).
    static int compare(const ColumnType& type, const std::string& a, const std::string& b);
    /// Canonical sum of two values for AGGREGATE SUM columns.
    static std::string add(const ColumnType& type, const std::string& a, const std::string& b);
    /// `column_name[c], the length of input is too long than schema. ...` (Doris' error-log text).
    static std::string tooLongMessage(const std::string& column, const ColumnType& type, const char* data, size_t size);
};

} // namespace dia::sim
