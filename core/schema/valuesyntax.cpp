#include "valuesyntax.h"

#include <QRegularExpression>

namespace dia::schema {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Magnitude bounds per integer kind: {max positive, max negative magnitude}.
struct IntBound
{
    TypeKind kind;
    const char16_t* positive;
    const char16_t* negative;
};

constexpr IntBound kIntBounds[] = {
    { TypeKind::TinyInt, u"127", u"128" },
    { TypeKind::SmallInt, u"32767", u"32768" },
    { TypeKind::Int, u"2147483647", u"2147483648" },
    { TypeKind::BigInt, u"9223372036854775807", u"9223372036854775808" },
    { TypeKind::LargeInt, u"170141183460469231731687303715884105727", u"170141183460469231731687303715884105728" },
};

/// Compares two digit strings without leading zeros.
int compareMagnitude(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

ValueSyntax::Number ValueSyntax::parseNumber(QStringView text)
{
    Number n;
    qsizetype i = 0;
    const qsizetype size = text.size();
    if (i < size && (text[i] == u'+' || text[i] == u'-')) {
        n.negative = text[i] == u'-';
        ++i;
    }
    const qsizetype intStart = i;
    while (i < size && isDigit(text[i]))
        ++i;
    const qsizetype intEnd = i;
    qsizetype fracDigits = 0;
    bool point = false;
    if (i < size && text[i] == u'.') {
        point = true;
        ++i;
        while (i < size && isDigit(text[i])) {
            ++i;
            ++fracDigits;
        }
    }
    if (intEnd == intStart && fracDigits == 0)
        return {};
    bool exponent = false;
    if (i < size && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < size && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        const qsizetype expStart = i;
        while (i < size && isDigit(text[i]))
            ++i;
        if (i == expStart)
            return {};
        exponent = true;
    }
    if (i != size)
        return {};

    QStringView intPart = text.mid(intStart, intEnd - intStart);
    n.leadingZeros = intPart.size() > 1 && intPart[0] == u'0';
    qsizetype firstNonZero = 0;
    while (firstNonZero < intPart.size() && intPart[firstNonZero] == u'0')
        ++firstNonZero;
    n.intDigits = intPart.mid(firstNonZero);
    n.scale = int(fracDigits);
    n.shape = exponent ? NumberShape::Exponent : (point ? NumberShape::Decimal : NumberShape::Integer);
    return n;
}

std::optional<TypeKind> ValueSyntax::integerKind(const Number& number)
{
    for (const IntBound& b : kIntBounds) {
        if (compareMagnitude(number.intDigits, number.negative ? b.negative : b.positive) <= 0)
            return b.kind;
    }
    return std::nullopt;
}

bool ValueSyntax::fitsInteger(const Number& number, TypeKind kind)
{
    for (const IntBound& b : kIntBounds) {
        if (b.kind == kind)
            return compareMagnitude(number.intDigits, number.negative ? b.negative : b.positive) <= 0;
    }
    return false;
}

bool ValueSyntax::isValidDate(int year, int month, int day)
{
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int max = (month == 2 && leap) ? 29 : kDays[month - 1];
    return day <= max;
}

bool ValueSyntax::isValidTime(int hour, int minute, int second)
{
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

std::optional<ValueSyntax::Temporal> ValueSyntax::parseTemporal(QStringView text)
{
    // Written by hand because it runs on every value that is not a number; it accepts exactly
    //   ^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$  (year first)
    //   ^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$  (year last)
    // (test_inference checks it against these expressions).
    const qsizetype size = text.size();
    if (size < 8 || size > 29 || !isDigit(text[0]))
        return std::nullopt;
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < size ? text[k] : QChar(); };
    auto digits = [&](int maxDigits, int& value) {
        int count = 0;
        value = 0;
        while (count < maxDigits && i < size && isDigit(text[i])) {
            value = value * 10 + (text[i].unicode() - u'0');
            ++i;
            ++count;
        }
        return count;
    };
    Temporal t;
    int lead = 0;
    const int leadDigits = digits(4, lead);
    const QChar separator = at(i);
    ++i;
    if (leadDigits == 4 && (separator == u'-' || separator == u'/')) {
        t.layout = DateLayout::YearFirst;
        t.year = lead;
        if (digits(2, t.first) == 0 || at(i) != separator)
            return std::nullopt;
        ++i;
        if (digits(2, t.second) == 0)
            return std::nullopt;
        if (i < size && text[i] != u' ' && text[i] != u'T')
            return std::nullopt;
    } else if (leadDigits <= 2 && (separator == u'.' || separator == u'/' || separator == u'-')) {
        t.layout = separator == u'.' ? DateLayout::DayFirst : DateLayout::YearLast;
        t.first = lead;
        if (digits(2, t.second) == 0 || at(i) != separator)
            return std::nullopt;
        ++i;
        if (digits(4, t.year) != 4)
            return std::nullopt;
        if (i < size && text[i] != u' ')
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (i == size)
        return t;
    ++i; // the space or T before the time
    t.hasTime = true;
    if (digits(2, t.hour) == 0 || at(i) != u':')
        return std::nullopt;
    ++i;
    if (digits(2, t.minute) != 2)
        return std::nullopt;
    if (i < size) {
        if (text[i] != u':')
            return std::nullopt;
        ++i;
        if (digits(2, t.secondOfMinute) != 2)
            return std::nullopt;
        if (i < size) {
            if (text[i] != u'.')
                return std::nullopt;
            ++i;
            const qsizetype from = i;
            int ignored = 0;
            if (digits(9, ignored) == 0)
                return std::nullopt;
            t.fraction = text.mid(from, i - from).toString();
            t.fractionDigits = int(t.fraction.size());
        }
    }
    if (i != size)
        return std::nullopt;
    return t;
}

bool ValueSyntax::dorisAcceptsDateTime(QStringView raw)
{
    const QStringView text = raw.trimmed();
    static const QRegularExpression compact(
        QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2})(\d{2})(\d{2}))?$)"));
    static const QRegularExpression general(QStringLiteral(
        R"(^(\d{4}|\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T:](\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?)?)?)"
        R"(\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Za-z]+/[A-Za-z_]+)?$)"));
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    QRegularExpressionMatch m = compact.match(text);
    if (m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        if (m.hasCaptured(4)) {
            hour = m.captured(4).toInt();
            minute = m.captured(5).toInt();
            second = m.captured(6).toInt();
        }
    } else {
        m = general.match(text);
        if (!m.hasMatch())
            return false;
        const QString y = m.captured(1);
        year = y.toInt();
        if (y.size() == 2)
            year += year < 70 ? 2000 : 1900;
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        hour = m.hasCaptured(4) ? m.captured(4).toInt() : 0;
        minute = m.hasCaptured(5) ? m.captured(5).toInt() : 0;
        second = m.hasCaptured(6) ? m.captured(6).toInt() : 0;
    }
    return isValidDate(year, month, day) && isValidTime(hour, minute, second);
}

QString ValueSyntax::toIso(QStringView text, bool dayFirst)
{
    const std::optional<Temporal> t = parseTemporal(text);
    if (!t)
        return {};
    int month = t->first;
    int day = t->second;
    if (t->layout == DateLayout::DayFirst || (t->layout == DateLayout::YearLast && dayFirst))
        std::swap(month, day);
    if (!isValidDate(t->year, month, day))
        return {};
    QString out = QStringLiteral("%1-%2-%3")
                      .arg(t->year, 4, 10, QLatin1Char('0'))
                      .arg(month, 2, 10, QLatin1Char('0'))
                      .arg(day, 2, 10, QLatin1Char('0'));
    if (t->hasTime) {
        if (!isValidTime(t->hour, t->minute, t->secondOfMinute))
            return {};
        out += QStringLiteral(" %1:%2:%3")
                   .arg(t->hour, 2, 10, QLatin1Char('0'))
                   .arg(t->minute, 2, 10, QLatin1Char('0'))
                   .arg(t->secondOfMinute, 2, 10, QLatin1Char('0'));
        if (!t->fraction.isEmpty())
            out += QLatin1Char('.') + t->fraction;
    }
    return out;
}

qsizetype ValueSyntax::utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

} // namespace dia::schema
