#include "columnprofiler.h"

#include "schematr.h"

#include <algorithm>

namespace dia::schema {

namespace {

/// Compares a parsed integer with one written as [-]digits without leading zeros (canonicalInteger()).
int compareSigned(const ValueSyntax::Number& a, const QString& b)
{
    const bool na = a.negative && !a.intDigits.isEmpty();
    const bool nb = b.startsWith(QLatin1Char('-'));
    if (na != nb)
        return na ? -1 : 1;
    const QStringView ma = a.intDigits.isEmpty() ? QStringView(u"0") : a.intDigits;
    const QStringView mb = nb ? QStringView(b).mid(1) : QStringView(b);
    int cmp = 0;
    if (ma.size() != mb.size())
        cmp = ma.size() < mb.size() ? -1 : 1;
    else
        cmp = ma.compare(mb);
    return na ? -cmp : cmp;
}

QString canonicalInteger(const ValueSyntax::Number& n)
{
    if (n.intDigits.isEmpty())
        return QStringLiteral("0");
    return n.negative ? QLatin1Char('-') + n.intDigits.toString() : n.intDigits.toString();
}

constexpr int kVarcharSteps[] = { 16, 32, 64, 128, 255, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65533 };

/// VARCHAR length for values up to `maxBytes`: the next step above maxBytes plus 25 % headroom.
int varcharLengthFor(qint64 maxBytes)
{
    const qint64 need = std::max<qint64>(1, maxBytes + maxBytes / 4);
    for (const int step : kVarcharSteps) {
        if (step >= need)
            return step;
    }
    return ColumnType::kMaxVarcharLength;
}

QString typeName(TypeKind kind)
{
    return ColumnType::simple(kind).toSql();
}

} // namespace

ColumnProfiler::ColumnProfiler(const InferenceOptions& options)
    : m_options(options)
{ }

void ColumnProfiler::remember(Example& slot, const QString& value, qint64 line)
{
    if (!slot.isSet())
        slot = Example { value, line };
}

bool ColumnProfiler::isNullToken(const QString& value) const
{
    for (const QString& token : m_options.nullTokens) {
        if (value.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void ColumnProfiler::addValue(const QString& value, qint64 line)
{
    if (isNullToken(value)) {
        ++m_nulls;
        return;
    }
    ++m_values;
    m_maxBytes = std::max<qint64>(m_maxBytes, ValueSyntax::utf8Length(value));
    if (m_examples.size() < m_options.maxExamples && !m_examples.contains(value))
        m_examples.append(value);

    if (value.compare(u"true", Qt::CaseInsensitive) == 0 || value.compare(u"false", Qt::CaseInsensitive) == 0) {
        ++m_boolWords;
        return;
    }
    const ValueSyntax::Number number = ValueSyntax::parseNumber(value);
    if (number.shape != ValueSyntax::NumberShape::NotNumber) {
        addNumber(number, value, line);
        return;
    }
    if (const auto t = ValueSyntax::parseTemporal(value)) {
        if (addTemporal(*t, value, line))
            return;
        ++m_invalidDates;
        remember(m_firstInvalidDate, value, line);
        return;
    }
    ++m_texts;
    remember(m_firstText, value, line);
}

void ColumnProfiler::addNumber(const ValueSyntax::Number& number, const QString& value, qint64 line)
{
    using Shape = ValueSyntax::NumberShape;
    if (number.leadingZeros && number.shape != Shape::Exponent) {
        ++m_leadingZeros;
        remember(m_firstLeadingZero, value, line);
        return;
    }
    switch (number.shape) {
    case Shape::Integer: {
        m_maxIntDigits = std::max(m_maxIntDigits, int(number.intDigits.size()));
        const std::optional<TypeKind> kind = ValueSyntax::integerKind(number);
        if (!kind) {
            ++m_hugeIntegers;
            remember(m_firstHugeInteger, value, line);
            return;
        }
        ++m_integers;
        if (int(*kind) > int(m_integerKind))
            m_integerKind = *kind;
        if (m_minInteger.isEmpty() || compareSigned(number, m_minInteger) < 0)
            m_minInteger = canonicalInteger(number);
        if (m_maxInteger.isEmpty() || compareSigned(number, m_maxInteger) > 0)
            m_maxInteger = canonicalInteger(number);
        if (value == u"0" || value == u"1")
            ++m_zeroOne;
        return;
    }
    case Shape::Decimal:
        ++m_decimals;
        m_maxIntDigits = std::max(m_maxIntDigits, int(number.intDigits.size()));
        m_maxScale = std::max(m_maxScale, number.scale);
        return;
    case Shape::Exponent:
        ++m_exponents;
        remember(m_firstExponent, value, line);
        return;
    case Shape::NotNumber:
        return;
    }
}

bool ColumnProfiler::addTemporal(const ValueSyntax::Temporal& t, const QString& value, qint64 line)
{
    using Layout = ValueSyntax::DateLayout;
    if (t.hasTime && !ValueSyntax::isValidTime(t.hour, t.minute, t.secondOfMinute))
        return false;
    switch (t.layout) {
    case Layout::YearFirst:
        if (!ValueSyntax::isValidDate(t.year, t.first, t.second))
            return false;
        (value.contains(QLatin1Char('/')) ? m_yearFirstSlash : m_yearFirstDash) = true;
        break;
    case Layout::DayFirst:
        if (!ValueSyntax::isValidDate(t.year, t.second, t.first))
            return false;
        m_dotted = true;
        break;
    case Layout::YearLast: {
        const bool monthFirst = ValueSyntax::isValidDate(t.year, t.first, t.second);
        const bool dayFirst = ValueSyntax::isValidDate(t.year, t.second, t.first);
        if (!monthFirst && !dayFirst)
            return false;
        if (monthFirst && !dayFirst) {
            ++m_forcesMonthFirst;
            remember(m_firstMonthFirst, value, line);
        } else if (dayFirst && !monthFirst) {
            ++m_forcesDayFirst;
            remember(m_firstDayFirst, value, line);
        }
        m_yearLast = true;
        break;
    }
    }
    if (t.hasTime) {
        ++m_dateTimes;
        m_maxFraction = std::max(m_maxFraction, std::min(t.fractionDigits, ColumnType::kMaxDatetimePrecision));
    } else {
        ++m_dates;
    }
    return true;
}

InferredColumn ColumnProfiler::textResult(InferredColumn c, const QString& reason) const
{
    if (m_maxBytes > ColumnType::kMaxVarcharLength) {
        c.type = ColumnType::simple(TypeKind::String);
        c.reason = reason.isEmpty() ? schemaTr("text up to %1 bytes, longer than VARCHAR's limit of %2 bytes")
                                          .arg(m_maxBytes)
                                          .arg(ColumnType::kMaxVarcharLength)
                                    : reason;
        return c;
    }
    c.type = ColumnType::varchar(varcharLengthFor(m_maxBytes));
    const QString size
        = schemaTr("longest value %1 bytes in UTF-8, VARCHAR(%2) leaves room").arg(m_maxBytes).arg(c.type.length);
    c.reason = reason.isEmpty() ? schemaTr("text; %1").arg(size) : reason + QStringLiteral("; ") + size;
    return c;
}

QString ColumnProfiler::mixedReason() const
{
    const qint64 numbers = m_integers + m_decimals + m_exponents + m_hugeIntegers;
    const qint64 temporals = m_dates + m_dateTimes;
    QStringList parts;
    if (numbers > 0)
        parts << schemaTr("%n number(s)", nullptr, int(numbers));
    if (temporals > 0)
        parts << schemaTr("%n date(s)", nullptr, int(temporals));
    if (m_boolWords > 0)
        parts << schemaTr("%n true/false value(s)", nullptr, int(m_boolWords));
    if (m_texts > 0)
        parts << schemaTr("%n other text(s)", nullptr, int(m_texts));
    QString reason = schemaTr("mixed values (%1)").arg(parts.join(QStringLiteral(", ")));
    if (m_firstText.isSet())
        reason += schemaTr(", first text \"%1\" on line %2").arg(m_firstText.value).arg(m_firstText.line);
    return reason + schemaTr(", kept as text");
}

InferredColumn ColumnProfiler::result() const
{
    InferredColumn c;
    c.nullable = m_nulls > 0;
    c.examples = m_examples;
    c.valueCount = m_values;
    c.nullCount = m_nulls;
    c.maxBytes = m_maxBytes;
    c.maxIntegerDigits = m_maxIntDigits;
    c.maxScale = m_maxScale;

    if (m_values == 0) {
        c.type = ColumnType::varchar(255);
        c.nullable = true;
        c.reason = m_nulls > 0
            ? schemaTr("no values (all %n cell(s) empty or null); VARCHAR(255) until you choose", nullptr, int(m_nulls))
            : schemaTr("no rows yet; VARCHAR(255) until you choose");
        return c;
    }

    const qint64 numbers = m_integers + m_decimals + m_exponents + m_hugeIntegers;
    const qint64 temporals = m_dates + m_dateTimes;

    if (m_leadingZeros > 0) {
        if (numbers + m_leadingZeros == m_values)
            return textResult(c,
                schemaTr("%n value(s) have leading zeros (first \"%1\" on line %2), kept as text so the zeros survive",
                    nullptr, int(m_leadingZeros))
                    .arg(m_firstLeadingZero.value)
                    .arg(m_firstLeadingZero.line));
        return textResult(c, mixedReason());
    }
    if (m_invalidDates > 0) {
        if (temporals + m_invalidDates == m_values)
            return textResult(c,
                schemaTr("\"%1\" on line %2 looks like a date but is not a valid calendar date or time, kept as text")
                    .arg(m_firstInvalidDate.value)
                    .arg(m_firstInvalidDate.line));
        return textResult(c, mixedReason());
    }
    if (m_texts > 0)
        return m_texts == m_values ? textResult(c, QString()) : textResult(c, mixedReason());

    // Booleans: true/false words, possibly mixed with 0/1 (Doris BOOLEAN accepts both).
    if (m_boolWords > 0) {
        if (m_boolWords + m_zeroOne == m_values) {
            c.type = ColumnType::simple(TypeKind::Boolean);
            c.reason = m_zeroOne > 0 ? schemaTr("true/false values (and 0/1)") : schemaTr("true/false values");
            return c;
        }
        return textResult(c, mixedReason());
    }

    if (temporals == m_values) {
        if (m_forcesMonthFirst > 0 && m_forcesDayFirst > 0)
            return textResult(c,
                schemaTr("dates in both MM/DD and DD/MM order (\"%1\" on line %2, \"%3\" on line %4), kept as text")
                    .arg(m_firstMonthFirst.value)
                    .arg(m_firstMonthFirst.line)
                    .arg(m_firstDayFirst.value)
                    .arg(m_firstDayFirst.line));
        const int layouts = int(m_yearFirstDash) + int(m_yearFirstSlash) + int(m_dotted) + int(m_yearLast);
        if (layouts > 1)
            return textResult(c, schemaTr("dates written in several layouts, kept as text"));
        QString format;
        if (m_yearFirstSlash)
            format = QStringLiteral("YYYY/MM/DD");
        else if (m_dotted)
            format = QStringLiteral("DD.MM.YYYY");
        else if (m_yearLast) {
            bool dayFirst = m_forcesDayFirst > 0;
            if (m_forcesDayFirst == 0 && m_forcesMonthFirst == 0) {
                c.dateOrderAmbiguous = true;
                dayFirst = m_options.preferredDateOrder == DateOrder::DayFirst;
            }
            format = dayFirst ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("MM/DD/YYYY");
        }
        c.sourceDateFormat = format;
        const bool withTime = m_dateTimes > 0;
        c.type = withTime ? ColumnType::datetime(m_maxFraction) : ColumnType::simple(TypeKind::Date);
        QString what = withTime
            ? (m_maxFraction > 0 ? schemaTr("date and time values with %n fractional digit(s)", nullptr, m_maxFraction)
                                 : schemaTr("date and time values"))
            : schemaTr("dates");
        if (withTime && m_dates > 0)
            what += schemaTr(" (some without a time)");
        if (format.isEmpty())
            c.reason = what;
        else if (c.dateOrderAmbiguous)
            c.reason = schemaTr("%1; every date fits both MM/DD/YYYY and DD/MM/YYYY, read as %2 (change the date "
                                "order if wrong); rewritten as YYYY-MM-DD when loading")
                           .arg(what, format);
        else
            c.reason = schemaTr("%1 written %2, rewritten as YYYY-MM-DD when loading").arg(what, format);
        return c;
    }

    if (numbers == m_values) {
        if (m_exponents > 0) {
            c.type = ColumnType::simple(TypeKind::Double);
            c.reason = schemaTr("numbers in exponent form (first \"%1\" on line %2)")
                           .arg(m_firstExponent.value)
                           .arg(m_firstExponent.line);
            return c;
        }
        if (m_decimals > 0) {
            const int precision = std::max(m_maxIntDigits, 1) + m_maxScale;
            if (precision > ColumnType::kMaxDecimalPrecision) {
                c.type = ColumnType::simple(TypeKind::Double);
                c.reason = schemaTr("numbers need %1 digits, more than DECIMAL's %2; DOUBLE keeps about 16 "
                                    "significant digits (choose VARCHAR to keep every digit)")
                               .arg(precision)
                               .arg(ColumnType::kMaxDecimalPrecision);
                return c;
            }
            c.type = ColumnType::decimal(precision, m_maxScale);
            c.reason = schemaTr("decimal numbers with up to %1 digit(s) before and %2 after the point")
                           .arg(std::max(m_maxIntDigits, 1))
                           .arg(m_maxScale);
            return c;
        }
        if (m_hugeIntegers > 0)
            return textResult(c,
                schemaTr("whole numbers beyond LARGEINT (first \"%1\" on line %2), kept as text")
                    .arg(m_firstHugeInteger.value)
                    .arg(m_firstHugeInteger.line));
        if (m_zeroOne == m_values) {
            c.type = ColumnType::simple(TypeKind::TinyInt);
            c.reason = schemaTr("only 0 and 1; TINYINT (choose BOOLEAN if these are yes/no flags)");
            return c;
        }
        c.type = ColumnType::simple(m_integerKind);
        c.reason = schemaTr("whole numbers from %1 to %2, %3 is the smallest type that holds them")
                       .arg(m_minInteger, m_maxInteger, typeName(m_integerKind));
        return c;
    }
    return textResult(c, mixedReason());
}

} // namespace dia::schema
