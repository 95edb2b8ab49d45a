#pragma once

#include "inferenceoptions.h"
#include "inferredcolumn.h"
#include "source/fieldtable.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace dia::schema {

/// Streaming statistics of one column's values; `result()` turns them into a type and value-format proposal.
/// Works on UTF-8 byte views with plain integer state; a QString is made only for examples and reasons.
class ColumnProfiler
{
public:
    explicit ColumnProfiler(const InferenceOptions& options = {});

    void addValue(std::string_view value, qint64 line);
    /// addValue() for one column of a table's rows.
    void addValues(source::FieldTable& table, size_t column);
    void addValue(const QString& value, qint64 line);
    /// addValue() without the quick paths for plain numbers and ISO dates: every value through the general
    /// classifiers (the reference those quick paths are tested against).
    void addValueGeneral(std::string_view value, qint64 line);
    /// Type, nullability, format, reason and statistics; name fields are left empty.
    InferredColumn result() const;
    qint64 count() const { return m_values + m_nulls; }
    /// Reads the column with this format (the user's choice) instead of deciding one from the values.
    void setForcedFormat(const ValueFormat& format);

private:
    struct Example
    {
        std::string value;
        qint64 line = 0;
        bool isSet() const { return line > 0; }
        QString text() const { return QString::fromUtf8(value.data(), qsizetype(value.size())); }
    };
    static void remember(Example& slot, std::string_view value, qint64 line);
    bool isUserNullToken(std::string_view value) const;
    /// Counts a non-null value (size, examples); true when every value so far was text, which settles it.
    bool countValue(std::string_view raw);
    void noteExample(std::string_view raw);
    bool addNumber(std::string_view value, qint64 line);
    /// [-]digits[.digits] without leading zeros, counted as addValueGeneral() would at a fraction of the cost; false
    /// when the value (or the column so far) needs the general path.
    bool addPlainNumber(std::string_view raw);
    void addPlainInteger(std::string_view digits, bool negative, int significantDigits);
    /// An integer of at most 18 digits counted as addPlainInteger() does (the kind, extremes and digits).
    void addPlainIntegerFigures(qint64 value, int significantDigits);
    /// What plain decimals ('.' point, no grouping) add: the most integer digits and decimals, and the last one's.
    void addPlainDecimalFigures(int maxDigits, int maxScale, int lastDigits, int lastScale);
    /// From row `r` on, the values of a column already all text (addTextRun) or the plain numbers
    /// (addPlainNumberRun) counted at once, as addValue() would one by one; returns the first row not taken.
    size_t addTextRun(source::FieldTable& table, size_t column, size_t r);
    size_t addPlainNumberRun(source::FieldTable& table, size_t column, size_t r);
    size_t addIsoDateRun(source::FieldTable& table, size_t column, size_t r);
    /// What `dates` dates and `dateTimes` date-times written as 2024-07-01[ 10:00:00] add, `first` the first.
    void addIsoDateFigures(std::string_view first, qint64 line, qint64 dates, qint64 dateTimes);
    /// The same for valid dates and date-times written as Doris writes them (2024-07-01, 2024-07-01 10:00:00).
    bool addIsoDate(std::string_view raw, qint64 line);
    bool addTemporal(std::string_view value, qint64 line);
    InferredColumn textResult(InferredColumn c, const QString& reason) const;
    InferredColumn numberResult(InferredColumn c) const;
    InferredColumn temporalResult(InferredColumn c) const;
    QString mixedReason() const;
    TypeKind integerKindFor(TypeKind needed) const;

    InferenceOptions m_options;
    bool m_forced = false;
    ValueFormat m_forcedFormat;
    std::vector<std::string> m_userNullTokens; ///< options' tokens beyond the built-in ones, lower-cased
    qint64 m_values = 0;
    qint64 m_nulls = 0;
    qint64 m_emptyOrBackslashN = 0;
    qint64 m_tokenNulls = 0;
    qint64 m_errors = 0;
    qint64 m_nullWords = 0; ///< NULL/null cells (a text column reads them as NULL only when rewritten to \N)
    qint64 m_unlikeDoris = 0; ///< numbers and dates written otherwise than Doris writes them
    qint64 m_maxBytes = 0; ///< non-null values
    qint64 m_maxTokenBytes = 0; ///< null tokens (they are text in a text column)
    std::vector<std::string> m_examples;
    size_t m_maxExamples;

    qint64 m_boolWords = 0;
    qint64 m_zeroOne = 0;

    // numbers
    qint64 m_numbers = 0;
    quint8 m_readings = 0xff; ///< lex::Reading bits that fit every value
    quint8 m_separatorsSeen = 0; ///< 1 '.', 2 ',', 4 '\'', 8 space
    qint64 m_percents = 0;
    qint64 m_exponents = 0;
    qint64 m_leadingZeros = 0;
    qint64 m_plusIntegers = 0;
    std::string m_currency;
    bool m_currencyConflict = false;
    Example m_firstCurrencyConflict;
    int m_maxInt[2] = { 0, 0 }; ///< per decimal mark ('.', ','): most integer digits
    int m_maxScale[2] = { 0, 0 };
    TypeKind m_intKind[2] = { TypeKind::TinyInt, TypeKind::TinyInt };
    bool m_hugeInteger[2] = { false, false };
    qint64 m_minInteger[2] = { 0, 0 };
    qint64 m_maxInteger[2] = { 0, 0 };
    bool m_rangeSet[2] = { false, false };
    bool m_rangeExact[2] = { true, true };
    // the last value's figures for the '.' reading, reused for ',' when the value has no separator
    int m_lastIntDigits = 0;
    int m_lastScale = 0;
    int m_lastKind = -2; ///< kind index, -1 beyond LARGEINT, -2 not an integer
    qint64 m_lastValue = 0;
    bool m_lastHasValue = false;
    Example m_firstFormatted; ///< a number with grouping, currency, percent or a sign form
    bool m_firstFormattedHasSeparators = false;
    Example m_firstAmbiguous; ///< a number that reads differently with '.' or ',' as the decimal mark
    Example m_firstLeadingZero;
    Example m_firstPlus;
    Example m_firstExponent;
    Example m_firstHugeInteger;

    // dates
    qint64 m_dates = 0;
    qint64 m_dateTimes = 0;
    qint64 m_offsets = 0;
    int m_maxFraction = 0;
    qint64 m_forcesMonthFirst = 0;
    qint64 m_forcesDayFirst = 0;
    quint8 m_layouts = 0; ///< bit per TemporalLex::Layout
    bool m_legacyOnly = true; ///< every date fits the old str_to_date rewrite (sourceDateFormat)
    char m_dateSeparator = '\0';
    Example m_firstDate;
    Example m_firstMonthFirst;
    Example m_firstDayFirst;
    qint64 m_invalidDates = 0;
    Example m_firstInvalidDate;

    qint64 m_texts = 0;
    Example m_firstText;
};

} // namespace dia::schema
