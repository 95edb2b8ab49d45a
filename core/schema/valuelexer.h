#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

namespace dia::schema {

/// Byte-level (UTF-8) recognisers for the ways analysts write values, shared by inference (ColumnProfiler),
/// conversion (ValueConverter) and the preflight. No allocation, no QString.
namespace lex {

/// ASCII spaces and tabs removed at both ends.
std::string_view trim(std::string_view v);

/// Tokens that mean "no value" in typed columns: empty, NULL/null, N/A, n/a, NA, #N/A, -, \N.
bool isNullToken(std::string_view v);
/// NULL in any case, or \N: what a text column also reads as NULL.
bool isNullWord(std::string_view v);
/// Excel's error values: #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #NULL!, #N/A.
bool isExcelError(std::string_view v);
/// true/false, yes/no, y/n, on/off, ja/nein, oui/non, 是/否 (case-insensitive): 1 or 0; -1 for anything else.
int booleanWord(std::string_view v);

/// How the digits of a number are punctuated: one bit per (decimal mark, group separator) reading that fits.
enum Reading : quint8 {
    DotNone = 1 << 0, ///< 1234.5
    DotComma = 1 << 1, ///< 1,234.5
    DotApos = 1 << 2, ///< 1'234.5
    DotSpace = 1 << 3, ///< 1 234.5 (space, U+00A0 or U+202F)
    CommaNone = 1 << 4, ///< 1234,5
    CommaDot = 1 << 5, ///< 1.234,5
    CommaApos = 1 << 6, ///< 1'234,5
    CommaSpace = 1 << 7, ///< 1 234,5
    AllReadings = 0xff,
};
/// The decimal mark of a reading bit ('.' or ',') and its group separator ('\0' none, '.', ',', '\'', ' ').
char readingDecimal(quint8 reading);
char readingGroup(quint8 reading);
quint8 readingFor(char decimal, char group);

/// A number as written: sign forms, currency, percent and the digit body.
struct NumberLex
{
    bool negative = false; ///< '-' before, '-' after (SAP) or accounting parentheses
    bool plus = false; ///< written with '+'
    bool parens = false;
    bool trailingMinus = false;
    bool percent = false;
    bool exponent = false; ///< 1.5e3 (body holds mantissa and exponent)
    bool leadingZeros = false; ///< 007, 00.5
    bool separators = false; ///< the body has a '.', ',', '\'' or space
    std::string_view currency; ///< symbol or ISO code, empty when none
    bool currencyAfter = false;
    std::string_view body; ///< digits and separators (and the exponent part)
    quint8 readings = 0; ///< Reading bits that fit the body
    bool plain = false; ///< [-]digits[.digits]: `plainIntDigits`/`plainScale` hold its digit counts ('.' reading)
    int plainIntDigits = 0;
    int plainScale = 0;
};
/// Recognises a number in any supported notation. False for anything else.
bool lexNumber(std::string_view v, NumberLex& out);

/// Digits before/after the decimal mark of `n` under `reading` (integer digits without leading zeros).
void digitCounts(const NumberLex& n, quint8 reading, int& intDigits, int& scale);

/// Appends the canonical text of `n` read with `reading` ([-]digits[.digits], plain notation; exponent
/// forms expanded when `expand`, else written as mantissa 'e' exponent). `percentShift`: divide by 100.
/// Returns false when the body does not fit the reading.
bool appendCanonical(const NumberLex& n, quint8 reading, bool percentShift, bool expand, std::string& out);

/// A date or date-time as written.
struct TemporalLex
{
    enum class Layout : quint8 {
        YearFirst, ///< 2024-07-01, 2024/07/01, 2024.07.01, 2024-07-01T10:00:00Z
        DayFirstDot, ///< 01.07.2024
        YearLast, ///< 07/01/2024, 07-01-2024: day/month order unknown from this value alone
        MonthName, ///< 1-Jul-2024, 1 Jul 2024, Jul 1, 2024, July 1 2024
        Cjk, ///< 2024年7月1日
    };
    Layout layout = Layout::YearFirst;
    char separator = '-'; ///< date separator of the numeric layouts
    int year = 0;
    int first = 0; ///< YearLast: first number; otherwise the month
    int second = 0; ///< YearLast: second number; otherwise the day
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int secondOfMinute = 0;
    std::string_view fraction; ///< fractional-second digits
    bool twelveHour = false; ///< AM/PM given (hour already converted to 0..23)
    bool hasOffset = false; ///< Z or ±hh[:mm]
    int offsetMinutes = 0;
    bool isoT = false; ///< 'T' between date and time
};
/// Recognises a date or date-time. Checks field ranges but not the calendar (see isValidDate).
bool lexTemporal(std::string_view v, TemporalLex& out);

/// Month and day of a YearLast value under the given order; false when impossible.
bool resolveYearLast(const TemporalLex& t, bool dayFirst, int& month, int& day);

/// Appends `YYYY-MM-DD` (and ` HH:MM:SS[.f]` when `withTime`) for a calendar date and time.
void appendDateTime(std::string& out, int year, int month, int day, bool withTime, int hour, int minute, int second,
    std::string_view fraction);

/// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int& year, int& month, int& day);

} // namespace lex
} // namespace dia::schema
