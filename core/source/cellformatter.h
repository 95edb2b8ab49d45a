#pragma once

#include <QString>

namespace dia::source {

/// How a number-format code displays a serial number.
enum class DateKind {
    None, ///< a plain number
    Date, ///< date only (yyyy-mm-dd)
    DateTime, ///< date and time
    Time, ///< time of day only
};

/// Spreadsheet cell values as text for loading: ISO dates, plain decimal numbers.
class CellFormatter
{
public:
    /// Kind of a number format: built-in id (14-22, 27-36, 45-47, 50-58) or the custom `formatCode`.
    static DateKind dateKind(int numFmtId, const QString& formatCode);
    /// A date serial (1900 system with Excel's leap-year bug, or 1904) as ISO text:
    /// "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS[.fff]" or "HH:MM:SS[.fff]". Empty when out of range.
    static QString serialToIso(double serial, bool date1904, DateKind kind);
    /// The number as plain decimal text (no exponent when avoidable, shortest round-trip digits).
    static QString formatNumber(const QString& raw);
};

} // namespace dia::source
