#pragma once

#include "inferenceoptions.h"
#include "inferredcolumn.h"
#include "valuesyntax.h"

namespace dia::schema {

/// Streaming statistics of one column's values; `result()` turns them into a type proposal.
/// Cheap per value, bounded memory (counters and a handful of examples).
class ColumnProfiler
{
public:
    explicit ColumnProfiler(const InferenceOptions& options = {});

    void addValue(const QString& value, qint64 line);
    /// Type, nullability, reason and statistics; name fields are left empty.
    InferredColumn result() const;
    qint64 count() const { return m_values + m_nulls; }

private:
    struct Example
    {
        QString value;
        qint64 line = 0;
        bool isSet() const { return line > 0 || !value.isEmpty(); }
    };
    static void remember(Example& slot, const QString& value, qint64 line);
    bool isNullToken(const QString& value) const;
    void addNumber(const ValueSyntax::Number& number, const QString& value, qint64 line);
    bool addTemporal(const ValueSyntax::Temporal& t, const QString& value, qint64 line);
    InferredColumn textResult(InferredColumn c, const QString& reason) const;
    QString mixedReason() const;

    InferenceOptions m_options;
    qint64 m_values = 0;
    qint64 m_nulls = 0;
    qint64 m_maxBytes = 0;
    QStringList m_examples;

    qint64 m_boolWords = 0;
    qint64 m_zeroOne = 0;
    qint64 m_integers = 0; ///< integers within LARGEINT
    TypeKind m_integerKind = TypeKind::TinyInt;
    QString m_minInteger;
    QString m_maxInteger;
    qint64 m_decimals = 0;
    qint64 m_exponents = 0;
    int m_maxIntDigits = 0;
    int m_maxScale = 0;
    qint64 m_leadingZeros = 0;
    Example m_firstLeadingZero;
    qint64 m_hugeIntegers = 0;
    Example m_firstHugeInteger;
    Example m_firstExponent;

    qint64 m_dates = 0;
    qint64 m_dateTimes = 0;
    int m_maxFraction = 0;
    bool m_yearFirstDash = false;
    bool m_yearFirstSlash = false;
    bool m_dotted = false;
    bool m_yearLast = false;
    qint64 m_forcesMonthFirst = 0;
    qint64 m_forcesDayFirst = 0;
    Example m_firstMonthFirst;
    Example m_firstDayFirst;
    qint64 m_invalidDates = 0;
    Example m_firstInvalidDate;

    qint64 m_texts = 0;
    Example m_firstText;
};

} // namespace dia::schema
