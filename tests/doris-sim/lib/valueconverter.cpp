#include "valueconverter.h"

#include <QDateTime>
#include <QTimeZone>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace dia::sim {

namespace {

__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

void trimSpaces(const char*& p, size_t& n)
{
    while (n > 0 && isSpace(*p)) {
        ++p;
        --n;
    }
    while (n > 0 && isSpace(p[n - 1]))
        --n;
}

bool parseInt128(const char* p, size_t n, Int128& value)
{
    trimSpaces(p, n);
    if (n == 0)
        return false;
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
        --n;
    }
    if (n == 0 || n > 39)
        return false;
    Int128 v = 0;
    for (size_t i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
        if (v < 0)
            return false;
    }
    value = negative ? -v : v;
    return true;
}

std::string int128ToString(Int128 v)
{
    if (v == 0)
        return "0";
    if (v > -1000000000000000000LL && v < 1000000000000000000LL) {
        char buf[24];
        int i = 23;
        long long x = static_cast<long long>(v);
        const bool neg = x < 0;
        if (neg)
            x = -x;
        while (x > 0) {
            buf[i--] = char('0' + x % 10);
            x /= 10;
        }
        if (neg)
            buf[i--] = '-';
        return std::string(buf + i + 1, size_t(23 - i));
    }
    const bool negative = v < 0;
    UInt128 u = negative ? static_cast<UInt128>(-(v + 1)) + 1 : static_cast<UInt128>(v);
    char buf[64];
    int i = 63;
    buf[i] = 0;
    while (u > 0) {
        buf[--i] = char('0' + int(u % 10));
        u /= 10;
    }
    if (negative)
        buf[--i] = '-';
    return std::string(buf + i);
}

bool integerInRange(TypeKind kind, Int128 v)
{
    switch (kind) {
    case TypeKind::TinyInt:
        return v >= -128 && v <= 127;
    case TypeKind::SmallInt:
        return v >= -32768 && v <= 32767;
    case TypeKind::Int:
        return v >= INT32_MIN && v <= INT32_MAX;
    case TypeKind::BigInt:
        return v >= INT64_MIN && v <= INT64_MAX;
    default:
        return true;
    }
}

// Fast path: canonical integer text ([-]digits, no leading zeros) appended as-is.
bool fastInteger(TypeKind kind, const char* p, size_t n, std::string& out)
{
    size_t i = 0;
    const bool neg = n > 0 && p[0] == '-';
    if (neg)
        ++i;
    const size_t digits = n - i;
    if (digits == 0 || digits > 18 || (p[i] == '0' && digits > 1))
        return false;
    long long v = 0;
    for (; i < n; ++i) {
        const unsigned d = static_cast<unsigned char>(p[i]) - '0';
        if (d > 9)
            return false;
        v = v * 10 + d;
    }
    if (neg)
        v = -v;
    if (!integerInRange(kind, v))
        return false; // the slow path decides (it reports the range error)
    out.append(p, n);
    return true;
}

// Fast path: [-]int[.frac] with int digits within precision-scale and frac <= scale; pads the scale.
bool fastDecimal(const ColumnType& t, const char* p, size_t n, std::string& out)
{
    size_t i = 0;
    if (n > 0 && p[0] == '-')
        ++i;
    const size_t intStart = i;
    while (i < n && static_cast<unsigned>(static_cast<unsigned char>(p[i]) - '0') <= 9)
        ++i;
    const size_t intDigits = i - intStart;
    if (intDigits == 0 || (p[intStart] == '0' && intDigits > 1) || intDigits > size_t(t.precision - t.scale))
        return false;
    size_t fracDigits = 0;
    if (i < n) {
        if (p[i] != '.')
            return false;
        ++i;
        const size_t fracStart = i;
        while (i < n && static_cast<unsigned>(static_cast<unsigned char>(p[i]) - '0') <= 9)
            ++i;
        if (i != n)
            return false;
        fracDigits = i - fracStart;
        if (fracDigits > size_t(t.scale) || (fracDigits == 0))
            return false;
    }
    if (p[0] == '-' && intDigits == 1 && p[intStart] == '0')
        return false; // "-0.x": let the slow path normalise the sign
    out.append(p, n);
    if (t.scale > 0) {
        if (fracDigits == 0)
            out += '.';
        out.append(size_t(t.scale) - fracDigits, '0');
    }
    return true;
}

Int128 pow10i(int k)
{
    Int128 v = 1;
    while (k-- > 0)
        v *= 10;
    return v;
}

// Doris 2.1's DECIMAL (v3) text parser, lenient and silent (doris-facts.md 12.6): digits are taken while the
// type's precision allows, the first character that is not a digit, '.', or an exponent ends the number
// (`12%` -> 12, `1,234.50` -> 1) unless nothing was read yet (`$12` -> NULL); when it ends the number after more
// fraction digits than the scale, the digits are kept unscaled (`1.234,50` -> 12.34 in DECIMAL(p,2)).
bool convertDecimal(const ColumnType& t, const char* p, size_t n, std::string& out)
{
    trimSpaces(p, n);
    if (n == 0)
        return false;
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
        --n;
    }
    while (n > 1 && p[0] == '0' && p[1] == '0') { // leading zeros do not count toward the precision
        ++p;
        --n;
    }
    if (n > 1 && p[0] == '0' && std::isdigit(static_cast<unsigned char>(p[1]))) {
        ++p;
        --n;
    }
    const int typePrecision = t.precision;
    const int typeScale = t.scale;
    const int maxIntDigits = typePrecision - typeScale;
    Int128 value = 0;
    int precision = 0;
    int scale = 0;
    bool foundDot = false;
    bool foundValue = false;
    bool rounded = false;
    int exponent = 0;
    auto emit = [&](Int128 v) {
        std::string digits;
        if (v < 0)
            v = -v;
        do {
            digits.insert(digits.begin(), char('0' + int(v % 10)));
            v /= 10;
        } while (v > 0);
        while (digits.size() < size_t(typeScale) + 1)
            digits.insert(digits.begin(), '0');
        const std::string ip = digits.substr(0, digits.size() - size_t(typeScale));
        const std::string fp = digits.substr(digits.size() - size_t(typeScale));
        if (ip.size() > size_t(std::max(maxIntDigits, 1)) && ip != "0")
            return false;
        if (negative && (ip != "0" || fp.find_first_not_of('0') != std::string::npos))
            out += '-';
        out += ip;
        if (typeScale > 0) {
            out += '.';
            out += fp;
        }
        return true;
    };
    for (size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (c >= '0' && c <= '9') {
            foundValue = true;
            if (precision < typePrecision && !rounded) {
                value = value * 10 + (c - '0');
                ++precision;
                scale += foundDot ? 1 : 0;
            } else if (!foundDot && precision - scale >= maxIntDigits) {
                return false; // overflow: NULL
            } else if (foundDot && scale >= typeScale && !rounded) {
                value += c > '4' ? 1 : 0;
                rounded = true;
            }
        } else if (c == '.' && !foundDot) {
            foundDot = true;
        } else if ((c == 'e' || c == 'E')) {
            // the rest must be a whole (small) integer
            const char* e = p + i + 1;
            const size_t en = n - i - 1;
            size_t k = 0;
            bool expNeg = false;
            if (k < en && (e[k] == '+' || e[k] == '-'))
                expNeg = e[k++] == '-';
            if (k >= en)
                return false;
            for (; k < en; ++k) {
                if (!std::isdigit(static_cast<unsigned char>(e[k])))
                    return false;
                exponent = exponent * 10 + (e[k] - '0');
                if (exponent > 128)
                    return false;
            }
            if (expNeg)
                exponent = -exponent;
            if (exponent > 127 || exponent < -128)
                return false;
            break;
        } else {
            if (value == 0)
                return false; // nothing read yet ("$12", "abc"): NULL
            if (typeScale >= scale)
                value *= pow10i(typeScale - scale);
            return emit(value); // silently ends the number here
        }
    }
    if (exponent > scale) {
        precision += exponent - scale;
        if (precision > 38)
            return false;
        value *= pow10i(exponent - scale);
        scale = 0;
    } else {
        scale -= exponent;
    }
    if (scale > precision)
        precision = scale;
    if (precision - scale > maxIntDigits)
        return false; // overflow: NULL
    if (scale > typeScale) {
        const int shift = scale - typeScale;
        if (shift > 38) {
            value = 0;
        } else {
            const Int128 divisor = pow10i(shift);
            const Int128 remainder = value % divisor;
            value /= divisor;
            if (remainder >= divisor / 2)
                value += 1;
        }
        scale = typeScale;
    } else if (!foundValue && !foundDot) {
        return false;
    }
    if (typeScale > scale)
        value *= pow10i(typeScale - scale);
    return emit(value);
}

bool convertFloating(bool isFloat, const char* p, size_t n, std::string& out)
{
    trimSpaces(p, n);
    if (n == 0 || n > 100)
        return false;
    char buf[128];
    std::memcpy(buf, p, n);
    buf[n] = 0;
    char* end = nullptr;
    const double v = std::strtod(buf, &end);
    if (end != buf + n)
        return false;
    const char c0 = buf[0] == '-' || buf[0] == '+' ? buf[1] : buf[0];
    if (!(std::isdigit(static_cast<unsigned char>(c0)) || c0 == '.')) {
        // inf / nan / hex spelled words are refused
        return false;
    }
    char text[64];
    std::to_chars_result res {};
    if (isFloat) {
        const float f = float(v);
        if (std::isinf(f))
            return false;
        res = std::to_chars(text, text + sizeof text, f);
    } else {
        if (std::isinf(v))
            return false;
        res = std::to_chars(text, text + sizeof text, v);
    }
    out.append(text, size_t(res.ptr - text));
    return true;
}

bool readDigits(const char* p, size_t n, size_t& i, int maxDigits, int& value, int& count)
{
    value = 0;
    count = 0;
    while (i < n && count < maxDigits && std::isdigit(static_cast<unsigned char>(p[i]))) {
        value = value * 10 + (p[i] - '0');
        ++i;
        ++count;
    }
    return count > 0;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Fast path: exactly YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (the common, already canonical form).
bool fastDateTime(const ColumnType& t, const char* p, size_t n, std::string& out)
{
    auto dig = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(p[i]) - '0') <= 9; };
    if (n != 10 && n != 19)
        return false;
    for (size_t i : { 0, 1, 2, 3, 5, 6, 8, 9 }) {
        if (!dig(i))
            return false;
    }
    if (p[4] != '-' || p[7] != '-')
        return false;
    if (n == 19) {
        if (p[10] != ' ' || p[13] != ':' || p[16] != ':')
            return false;
        for (size_t i : { 11, 12, 14, 15, 17, 18 }) {
            if (!dig(i))
                return false;
        }
    }
    auto num = [&](size_t i) { return (p[i] - '0') * 10 + (p[i + 1] - '0'); };
    const int year = num(0) * 100 + num(2);
    const int month = num(5);
    const int day = num(8);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    if (n == 19 && (num(11) > 23 || num(14) > 59 || num(17) > 59))
        return false;
    if (t.kind == TypeKind::Date) {
        out.append(p, 10);
        return true;
    }
    out.append(p, 10);
    if (n == 19)
        out.append(p + 10, 9);
    else
        out.append(" 00:00:00");
    if (t.precision > 0) {
        out += '.';
        out.append(size_t(t.precision), '0');
    }
    return true;
}

// A zone after the time (Doris 2.1, doris-facts.md 12.5): `Z`, `+hh:mm`/`-hh:mm` (not `+hhmm` nor `+hh`) or a
// tz database name. False when the rest is not one of these.
bool parseZone(const char* p, size_t n, QTimeZone& zone)
{
    while (n > 0 && *p == ' ') {
        ++p;
        --n;
    }
    if (n == 0)
        return false;
    if (n == 1 && (*p == 'Z' || *p == 'z')) {
        zone = QTimeZone(0);
        return true;
    }
    auto dig = [&](size_t k) { return std::isdigit(static_cast<unsigned char>(p[k])) != 0; };
    if (*p == '+' || *p == '-') {
        if (n != 6 || !dig(1) || !dig(2) || p[3] != ':' || !dig(4) || !dig(5))
            return false;
        const int hours = (p[1] - '0') * 10 + (p[2] - '0');
        const int minutes = (p[4] - '0') * 10 + (p[5] - '0');
        if (hours > 14 || minutes > 59)
            return false;
        zone = QTimeZone((*p == '-' ? -1 : 1) * (hours * 3600 + minutes * 60));
        return true;
    }
    if (!std::isalpha(static_cast<unsigned char>(*p)))
        return false;
    const QByteArray id(p, qsizetype(n));
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return false;
    zone = QTimeZone(id);
    return zone.isValid();
}

// Date / datetime text: YYYY-MM-DD[( |T|:|punct)HH:MM:SS[.ffffff][zone]], YYYYMMDD[HHMMSS], 2-digit years.
// Fractional seconds are rounded to the column's scale; a value with a zone is converted to `loadZone`.
bool convertDateTime(const ColumnType& t, const char* p, size_t n, const QTimeZone& loadZone, std::string& out)
{
    trimSpaces(p, n);
    if (n == 0)
        return false;
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    long micro = 0;
    std::string fraction;
    QTimeZone zone;
    bool hasZone = false;
    size_t i = 0;
    int count = 0;
    bool allDigits = true;
    for (size_t k = 0; k < n; ++k)
        allDigits = allDigits && std::isdigit(static_cast<unsigned char>(p[k]));
    if (allDigits && (n == 8 || n == 14 || n == 6 || n == 12)) {
        const int yearDigits = (n == 8 || n == 14) ? 4 : 2;
        readDigits(p, n, i, yearDigits, year, count);
        if (yearDigits == 2)
            year += year < 70 ? 2000 : 1900;
        readDigits(p, n, i, 2, month, count);
        readDigits(p, n, i, 2, day, count);
        if (i < n) {
            readDigits(p, n, i, 2, hour, count);
            readDigits(p, n, i, 2, minute, count);
            readDigits(p, n, i, 2, second, count);
        }
    } else {
        if (!readDigits(p, n, i, 4, year, count))
            return false;
        if (count == 2)
            year += year < 70 ? 2000 : 1900;
        else if (count != 4)
            return false;
        auto sep = [&](bool allowSpace) {
            if (i < n && (std::ispunct(static_cast<unsigned char>(p[i])) || (allowSpace && p[i] == ' '))) {
                ++i;
                return true;
            }
            return false;
        };
        if (!sep(false) || !readDigits(p, n, i, 2, month, count) || !sep(false) || !readDigits(p, n, i, 2, day, count))
            return false;
        if (i < n) {
            if (p[i] == ' ' || p[i] == 'T' || std::ispunct(static_cast<unsigned char>(p[i]))) {
                ++i;
                while (i < n && p[i] == ' ')
                    ++i;
            } else {
                return false;
            }
            if (!readDigits(p, n, i, 2, hour, count))
                return false;
            if (i < n && p[i] == ':') {
                ++i;
                if (!readDigits(p, n, i, 2, minute, count))
                    return false;
                if (i < n && p[i] == ':') {
                    ++i;
                    if (!readDigits(p, n, i, 2, second, count))
                        return false;
                    if (i < n && p[i] == '.') {
                        ++i;
                        while (i < n && std::isdigit(static_cast<unsigned char>(p[i])))
                            fraction += p[i++];
                    }
                }
            }
            if (i < n) {
                if (!parseZone(p + i, n - i, zone))
                    return false;
                hasZone = true;
                i = n;
            }
        }
    }
    if (i != n)
        return false;
    // fractional seconds rounded (half up) to the column's scale (0 for DATE and DATETIME)
    const int keep = t.kind == TypeKind::DateTime ? t.precision : 0;
    for (int k = 0; k < 6; ++k)
        micro = micro * 10 + (size_t(k) < fraction.size() && k < keep ? fraction[size_t(k)] - '0' : 0);
    const bool roundUp = fraction.size() > size_t(keep) && fraction[size_t(keep)] >= '5';
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return false;
    if (roundUp) {
        static const long kUnit[] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
        micro += kUnit[keep];
    }
    if (micro >= 1000000 || hasZone) {
        QDateTime dt(QDate(year, month, day), QTime(hour, minute, second), hasZone ? zone : QTimeZone(0));
        if (micro >= 1000000) {
            micro -= 1000000;
            dt = dt.addSecs(1);
        }
        if (hasZone)
            dt = dt.toTimeZone(loadZone);
        year = dt.date().year();
        month = dt.date().month();
        day = dt.date().day();
        hour = dt.time().hour();
        minute = dt.time().minute();
        second = dt.time().second();
        if (year < 0 || year > 9999)
            return false;
    }
    char buf[32];
    auto put = [&](int pos, int value, int width) {
        for (int k = width - 1; k >= 0; --k) {
            buf[pos + k] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    if (t.kind == TypeKind::Date) {
        out.append(buf, 10);
        return true;
    }
    buf[10] = ' ';
    put(11, hour, 2);
    buf[13] = ':';
    put(14, minute, 2);
    buf[16] = ':';
    put(17, second, 2);
    size_t len = 19;
    if (t.precision > 0) {
        buf[19] = '.';
        put(20, int(micro), 6);
        len = 20 + size_t(t.precision);
    }
    out.append(buf, len);
    return true;
}

bool validUtf8Length(const char* p, size_t n, size_t max)
{
    (void)p;
    return n <= max;
}

} // namespace

ConvertStatus ValueConverter::convert(const ColumnType& t, const char* p, size_t n, bool strict, std::string& out)
{
    static const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));
    return convert(t, p, n, strict, kShanghai, out);
}

ConvertStatus ValueConverter::convert(
    const ColumnType& t, const char* p, size_t n, bool strict, const QTimeZone& loadZone, std::string& out)
{
    switch (t.kind) {
    case TypeKind::Boolean: {
        const char* q = p;
        size_t m = n;
        trimSpaces(q, m);
        auto ieq = [&](const char* w) {
            const size_t len = std::strlen(w);
            if (len != m)
                return false;
            for (size_t k = 0; k < m; ++k) {
                if (std::tolower(static_cast<unsigned char>(q[k])) != w[k])
                    return false;
            }
            return true;
        };
        if (ieq("true") || ieq("1")) {
            out += '1';
            return ConvertStatus::Ok;
        }
        if (ieq("false") || ieq("0")) {
            out += '0';
            return ConvertStatus::Ok;
        }
        std::string tmp;
        if (m > 0 && convertFloating(false, q, m, tmp)) {
            out += std::strtod(tmp.c_str(), nullptr) != 0.0 ? '1' : '0';
            return ConvertStatus::Ok;
        }
        return ConvertStatus::Invalid;
    }
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt:
    case TypeKind::LargeInt: {
        if (fastInteger(t.kind, p, n, out))
            return ConvertStatus::Ok;
        Int128 v = 0;
        if (!parseInt128(p, n, v) || !integerInRange(t.kind, v))
            return ConvertStatus::Invalid;
        out += int128ToString(v);
        return ConvertStatus::Ok;
    }
    case TypeKind::Float:
    case TypeKind::Double:
        return convertFloating(t.kind == TypeKind::Float, p, n, out) ? ConvertStatus::Ok : ConvertStatus::Invalid;
    case TypeKind::Decimal:
        if (fastDecimal(t, p, n, out))
            return ConvertStatus::Ok;
        return convertDecimal(t, p, n, out) ? ConvertStatus::Ok : ConvertStatus::Invalid;
    case TypeKind::Date:
    case TypeKind::DateTime:
        if (fastDateTime(t, p, n, out))
            return ConvertStatus::Ok;
        return convertDateTime(t, p, n, loadZone, out) ? ConvertStatus::Ok : ConvertStatus::Invalid;
    case TypeKind::Char:
        if (n > size_t(t.length)) {
            if (strict)
                return ConvertStatus::TooLong;
            out.append(p, size_t(t.length));
            return ConvertStatus::Ok;
        }
        out.append(p, n);
        return ConvertStatus::Ok;
    case TypeKind::Varchar:
        if (!validUtf8Length(p, n, size_t(t.length)))
            return ConvertStatus::TooLong;
        out.append(p, n);
        return ConvertStatus::Ok;
    case TypeKind::String:
        if (n > 1048576)
            return ConvertStatus::TooLong;
        out.append(p, n);
        return ConvertStatus::Ok;
    case TypeKind::Json:
    case TypeKind::Other:
        out.append(p, n);
        return ConvertStatus::Ok;
    }
    return ConvertStatus::Invalid;
}

std::string ValueConverter::currentTimestamp(const ColumnType& t)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (t.kind == TypeKind::Date)
        return now.toString(QStringLiteral("yyyy-MM-dd")).toStdString();
    std::string s = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
    if (t.kind == TypeKind::DateTime && t.precision > 0) {
        char frac[16];
        std::snprintf(frac, sizeof frac, "%03d000", now.time().msec());
        s += '.';
        s.append(frac, size_t(t.precision));
    }
    return s;
}

int ValueConverter::compare(const ColumnType& t, const std::string& a, const std::string& b)
{
    switch (t.kind) {
    case TypeKind::Boolean:
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt:
    case TypeKind::LargeInt: {
        Int128 x = 0;
        Int128 y = 0;
        parseInt128(a.data(), a.size(), x);
        parseInt128(b.data(), b.size(), y);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case TypeKind::Float:
    case TypeKind::Double:
    case TypeKind::Decimal: {
        const long double x = std::strtold(a.c_str(), nullptr);
        const long double y = std::strtold(b.c_str(), nullptr);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    default:
        return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
    }
}

std::string ValueConverter::add(const ColumnType& t, const std::string& a, const std::string& b)
{
    switch (t.kind) {
    case TypeKind::Float:
    case TypeKind::Double: {
        std::string out;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", std::strtod(a.c_str(), nullptr) + std::strtod(b.c_str(), nullptr));
        convertFloating(t.kind == TypeKind::Float, buf, std::strlen(buf), out);
        return out;
    }
    case TypeKind::Decimal: {
        auto scaled = [&](const std::string& s) {
            std::string digits;
            for (char c : s) {
                if (c != '.')
                    digits += c;
            }
            Int128 v = 0;
            parseInt128(digits.data(), digits.size(), v);
            return v;
        };
        const Int128 sum = scaled(a) + scaled(b);
        std::string digits = int128ToString(sum < 0 ? -sum : sum);
        while (digits.size() <= size_t(t.scale))
            digits.insert(digits.begin(), '0');
        std::string out = sum < 0 ? "-" : "";
        out += digits.substr(0, digits.size() - size_t(t.scale));
        if (t.scale > 0)
            out += "." + digits.substr(digits.size() - size_t(t.scale));
        return out;
    }
    default: {
        Int128 x = 0;
        Int128 y = 0;
        parseInt128(a.data(), a.size(), x);
        parseInt128(b.data(), b.size(), y);
        return int128ToString(x + y);
    }
    }
}

std::string ValueConverter::tooLongMessage(const std::string& column, const ColumnType& t, const char* p, size_t n)
{
    const int limit = t.kind == TypeKind::String ? 1048576 : t.length;
    return "column_name[" + column + "], the length of input is too long than schema. first 32 bytes of input str: ["
        + std::string(p, std::min<size_t>(n, 32)) + "] schema length: " + std::to_string(limit)
        + "; actual length: " + std::to_string(n) + "; ";
}

} // namespace dia::sim
