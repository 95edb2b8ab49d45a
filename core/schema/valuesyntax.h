#pragma once

#include "columntype.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace dia::schema {

/// Lexical analysis of single cell values, shared by type inference and the preflight.
class ValueSyntax
{
public:
    enum class NumberShape {
        NotNumber,
        Integer, ///< [+-]digits
        Decimal, ///< [+-]digits.digits (either side may be empty, not both)
        Exponent, ///< 1.5e3, -2E-7
    };

    struct Number
    {
        NumberShape shape = NumberShape::NotNumber;
        bool negative = false;
        QStringView intDigits; ///< integer part without sign and leading zeros ("" for 0); a view into the parsed text
        int scale = 0; ///< digits after the point
        bool leadingZeros = false; ///< "007", "00.5": integer part longer than one digit starting with 0
    };

    /// How a date is written: year first (ISO-like), or year last with day/month order known or not.
    enum class DateLayout {
        YearFirst, ///< 2024-03-05, 2024/03/05
        DayFirst, ///< 05.03.2024 (dotted dates are always day first)
        YearLast, ///< 03/05/2024 or 03-05-2024: day and month order unknown from the text alone
    };

    /// A date or date-time value as written (fields not yet checked against the calendar).
    struct Temporal
    {
        DateLayout layout = DateLayout::YearFirst;
        int year = 0;
        int first = 0; ///< YearFirst: month; otherwise the first of the two leading fields
        int second = 0; ///< YearFirst: day; otherwise the second field
        bool hasTime = false;
        int hour = 0;
        int minute = 0;
        int secondOfMinute = 0;
        int fractionDigits = 0;
        QString fraction;
    };

    static Number parseNumber(QStringView text);
    /// The smallest integer kind holding the value (TinyInt..LargeInt), or nullopt beyond LARGEINT.
    static std::optional<TypeKind> integerKind(const Number& number);
    static bool fitsInteger(const Number& number, TypeKind kind);

    /// Date/datetime in one of the layouts above (inference side; stricter than Doris).
    static std::optional<Temporal> parseTemporal(QStringView text);
    static bool isValidDate(int year, int month, int day);
    static bool isValidTime(int hour, int minute, int second);

    /// What Doris 2.1/3.0 itself accepts for DATE/DATETIME from CSV text: ISO with any punctuation
    /// separator, `T`/space/`:` between date and time, compact YYYYMMDD[HHMMSS], 2-digit years (<70 → 20xx),
    /// optional time fields. Returns false for anything else or an impossible calendar date/time.
    static bool dorisAcceptsDateTime(QStringView text);

    /// Rewrites a date in `layout` (with `dayFirst` deciding YearLast) as ISO `YYYY-MM-DD[ HH:MM:SS[.f]]`.
    /// Returns an empty string when the text is not such a date.
    static QString toIso(QStringView text, bool dayFirst);

    /// UTF-8 length in bytes, as Doris measures CHAR/VARCHAR.
    static qsizetype utf8Length(QStringView text);
};

} // namespace dia::schema
