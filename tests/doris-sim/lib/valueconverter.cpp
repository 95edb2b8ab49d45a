#include "valueconverter.h"

#include <QDateTime>

#include <cctype>
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

// [+-]digits[.digits] with rounding to `scale`, integer digits <= precision - scale.
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
    std::string intPart;
    std::string fracPart;
    size_t i = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(p[i])))
        intPart += p[i++];
    if (i < n && p[i] == '.') {
        ++i;
        while (i < n && std::isdigit(static_cast<unsigned char>(p[i])))
            fracPart += p[i++];
    }
    int exponent = 0;
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        ++i;
        bool expNeg = false;
        if (i < n && (p[i] == '+' || p[i] == '-'))
            expNeg = p[i++] == '-';
        if (i >= n)
            return false;
        while (i < n && std::isdigit(static_cast<unsigned char>(p[i]))) {
            exponent = exponent * 10 + (p[i++] - '0');
            if (exponent > 100)
                return false;
        }
        if (expNeg)
            exponent = -exponent;
    }
    if (i != n || (intPart.empty() && fracPart.empty()))
        return false;
    // apply exponent by moving digits
    while (exponent > 0) {
        intPart += fracPart.empty() ? '0' : fracPart[0];
        if (!fracPart.empty())
            fracPart.erase(0, 1);
        --exponent;
    }
    while (exponent < 0) {
        fracPart.insert(fracPart.begin(), intPart.empty() ? '0' : intPart.back());
        if (!intPart.empty())
            intPart.pop_back();
        ++exponent;
    }
    size_t lead = 0;
    while (lead + 1 < intPart.size() && intPart[lead] == '0')
        ++lead;
    intPart.erase(0, lead);
    if (intPart.empty())
        intPart = "0";
    const size_t scale = size_t(t.scale);
    bool roundUp = false;
    if (fracPart.size() > scale) {
        roundUp = fracPart[scale] >= '5';
        fracPart.resize(scale);
    }
    while (fracPart.size() < scale)
        fracPart += '0';
    std::string digits = intPart + fracPart;
    if (roundUp) {
        int k = int(digits.size()) - 1;
        while (k >= 0) {
            if (digits[size_t(k)] == '9') {
                digits[size_t(k)] = '0';
                --k;
            } else {
                ++digits[size_t(k)];
                break;
            }
        }
        if (k < 0)
            digits.insert(digits.begin(), '1');
    }
    std::string ip = digits.substr(0, digits.size() - scale);
    const std::string fp = digits.substr(digits.size() - scale);
    lead = 0;
    while (lead + 1 < ip.size() && ip[lead] == '0')
        ++lead;
    ip.erase(0, lead);
    const size_t maxInt = size_t(t.precision - t.scale);
    if (!(ip == "0") && ip.size() > maxInt)
        return false;
    if (negative && (ip != "0" || fp.find_first_not_of('0') != std::string::npos))
        out += '-';
    out += ip;
    if (scale > 0) {
        out += '.';
        out += fp;
    }
    return true;
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
    if (isFloat) {
        const float f = float(v);
        if (std::isinf(f))
            return false;
        for (int prec = 6; prec <= 9; ++prec) {
            std::snprintf(text, sizeof text, "%.*g", prec, double(f));
            if (std::strtof(text, nullptr) == f)
                break;
        }
    } else {
        if (std::isinf(v))
            return false;
        for (int prec = 15; prec <= 17; ++prec) {
            std::snprintf(text, sizeof text, "%.*g", prec, v);
            if (std::strtod(text, nullptr) == v)
                break;
        }
    }
    out += text;
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

// Date / datetime text: YYYY-MM-DD[( |T|:|punct)HH:MM:SS[.ffffff]], YYYYMMDD[HHMMSS], 2-digit years.
bool convertDateTime(const ColumnType& t, const char* p, size_t n, std::string& out)
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
                        int digits = 0;
                        while (i < n && std::isdigit(static_cast<unsigned char>(p[i]))) {
                            if (digits < 6) {
                                micro = micro * 10 + (p[i] - '0');
                                ++digits;
                            }
                            ++i;
                        }
                        while (digits < 6) {
                            micro *= 10;
                            ++digits;
                        }
                    }
                }
            }
        }
    }
    if (i != n)
        return false;
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return false;
    char buf[48];
    if (t.kind == TypeKind::Date) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        out += buf;
        return true;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
    out += buf;
    if (t.precision > 0) {
        char frac[16];
        std::snprintf(frac, sizeof frac, "%06ld", micro);
        out += '.';
        out.append(frac, size_t(t.precision));
    }
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
        return convertDecimal(t, p, n, out) ? ConvertStatus::Ok : ConvertStatus::Invalid;
    case TypeKind::Date:
    case TypeKind::DateTime:
        return convertDateTime(t, p, n, out) ? ConvertStatus::Ok : ConvertStatus::Invalid;
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
