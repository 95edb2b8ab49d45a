#include "valuelexer.h"

#include <array>
#include <cstring>

namespace dia::schema::lex {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool startsWith(std::string_view v, std::string_view prefix)
{
    return v.size() >= prefix.size() && std::memcmp(v.data(), prefix.data(), prefix.size()) == 0;
}

constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kNnbsp = "\xE2\x80\xAF";

/// Length of a space-class separator (space, U+00A0, U+202F) at v[i], 0 when none.
size_t spaceAt(std::string_view v, size_t i)
{
    if (i >= v.size())
        return 0;
    if (v[i] == ' ')
        return 1;
    if (startsWith(v.substr(i), kNbsp))
        return 2;
    if (startsWith(v.substr(i), kNnbsp))
        return 3;
    return 0;
}

/// Separator class at v[i]: '.', ',', '\'', ' ' (any space) with its length in `len`, or '\0'.
char separatorAt(std::string_view v, size_t i, size_t& len)
{
    len = 1;
    if (i >= v.size())
        return '\0';
    const char c = v[i];
    if (c == '.' || c == ',' || c == '\'')
        return c;
    if ((len = spaceAt(v, i)) > 0)
        return ' ';
    return '\0';
}

constexpr std::string_view kSymbols[] = { "$", "\xE2\x82\xAC" /*€*/, "\xC2\xA3" /*£*/, "\xC2\xA5" /*¥*/,
    "\xEF\xBF\xA5" /*￥*/, "\xE2\x82\xB9" /*₹*/, "\xE2\x82\xA9" /*₩*/, "\xE2\x82\xBD" /*₽*/, "\xE2\x82\xBA" /*₺*/,
    "R$", "US$", "HK$", "A$", "C$", "kr", "z\xC5\x82" /*zł*/, "Fr.", "\xE5\x85\x83" /*元*/ };
constexpr std::string_view kCodes[] = { "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "HKD", "AUD", "CAD", "SEK",
    "NOK", "DKK", "PLN", "INR", "KRW", "RUB", "BRL", "MXN", "SGD", "TWD", "NZD", "ZAR", "TRY", "CZK", "HUF" };

/// Length of a currency symbol or code at the start of `v`, 0 when none.
size_t currencyPrefix(std::string_view v)
{
    // no symbol or code starts with a digit, a sign or punctuation: most values leave here
    if (v.empty() || static_cast<unsigned char>(v[0]) < 'A')
        return v.empty() || v[0] != '$' ? 0 : 1;
    size_t best = 0;
    for (std::string_view s : kSymbols) {
        if (s.size() > best && startsWith(v, s))
            best = s.size();
    }
    for (std::string_view s : kCodes) {
        if (s.size() > best && startsWith(v, s))
            best = s.size();
    }
    return best;
}

/// Checks the punctuation of a digit body against one (decimal, group) reading.
bool fits(std::string_view body, char decimal, char group)
{
    // runs of digits separated by one separator each
    int groups = 0;
    bool sawDecimal = false;
    size_t run = 0;
    size_t firstRun = 0;
    bool first = true;
    size_t i = 0;
    while (i <= body.size()) {
        if (i < body.size() && isDigit(body[i])) {
            ++run;
            ++i;
            continue;
        }
        size_t len = 1;
        const char sep = i < body.size() ? separatorAt(body, i, len) : '\0';
        // end of a run: check it
        if (first) {
            firstRun = run;
            first = false;
        } else if (!sawDecimal && groups > 0 && run != 3 && (sep == group || sep == decimal || sep == '\0')) {
            // a run after a group separator must have 3 digits
            return false;
        }
        if (i >= body.size())
            break;
        if (sep == decimal && sep != '\0') {
            if (sawDecimal)
                return false;
            sawDecimal = true;
        } else if (sep == group && group != '\0') {
            if (sawDecimal)
                return false;
            if (groups == 0 && (firstRun == 0 || firstRun > 3))
                return false;
            ++groups;
        } else {
            return false;
        }
        run = 0;
        i += len;
    }
    return true;
}

constexpr std::array<quint8, 8> kReadingBits
    = { DotNone, DotComma, DotApos, DotSpace, CommaNone, CommaDot, CommaApos, CommaSpace };
constexpr char kReadingDecimal[8] = { '.', '.', '.', '.', ',', ',', ',', ',' };
constexpr char kReadingGroup[8] = { '\0', ',', '\'', ' ', '\0', '.', '\'', ' ' };

int readingIndex(quint8 reading)
{
    for (int k = 0; k < 8; ++k) {
        if (kReadingBits[size_t(k)] == reading)
            return k;
    }
    return 0;
}

/// Number of digits starting at v[i].
size_t digitRun(std::string_view v, size_t i)
{
    size_t n = 0;
    while (i + n < v.size() && isDigit(v[i + n]))
        ++n;
    return n;
}

} // namespace

std::string_view trim(std::string_view v)
{
    size_t b = 0;
    size_t e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return v.substr(b, e - b);
}

bool isNullToken(std::string_view v)
{
    switch (v.size()) {
    case 0:
        return true;
    case 1:
        return v[0] == '-';
    case 2:
        return v == "\\N" || equalsNoCase(v, "NA");
    case 3:
        return equalsNoCase(v, "N/A");
    case 4:
        return equalsNoCase(v, "NULL") || v == "#N/A";
    default:
        return false;
    }
}

bool isNullWord(std::string_view v)
{
    return (v.size() == 2 && v == "\\N") || (v.size() == 4 && equalsNoCase(v, "NULL"));
}

bool isExcelError(std::string_view v)
{
    if (v.size() < 4 || v[0] != '#')
        return false;
    return v == "#DIV/0!" || v == "#VALUE!" || v == "#REF!" || v == "#NAME?" || v == "#NUM!" || v == "#NULL!"
        || v == "#N/A" || v == "#SPILL!" || v == "#CALC!" || v == "#GETTING_DATA";
}

int booleanWord(std::string_view v)
{
    switch (v.size()) {
    case 1:
        switch (lower(v[0])) {
        case 'y':
            return 1;
        case 'n':
            return 0;
        default:
            return -1;
        }
    case 2:
        if (equalsNoCase(v, "on"))
            return 1;
        if (equalsNoCase(v, "no"))
            return 0;
        if (equalsNoCase(v, "ja"))
            return 1;
        return -1;
    case 3:
        if (equalsNoCase(v, "yes"))
            return 1;
        if (equalsNoCase(v, "off") || equalsNoCase(v, "non"))
            return 0;
        if (equalsNoCase(v, "oui"))
            return 1;
        if (v == "\xE6\x98\xAF") // 是
            return 1;
        if (v == "\xE5\x90\xA6") // 否
            return 0;
        return -1;
    case 4:
        if (equalsNoCase(v, "nein"))
            return 0;
        return equalsNoCase(v, "true") ? 1 : -1;
    case 5:
        return equalsNoCase(v, "false") ? 0 : -1;
    default:
        return -1;
    }
}

char readingDecimal(quint8 reading)
{
    return kReadingDecimal[readingIndex(reading)];
}

char readingGroup(quint8 reading)
{
    return kReadingGroup[readingIndex(reading)];
}

quint8 readingFor(char decimal, char group)
{
    for (int k = 0; k < 8; ++k) {
        if (kReadingDecimal[k] == decimal && kReadingGroup[k] == group)
            return kReadingBits[size_t(k)];
    }
    return 0;
}

bool lexNumber(std::string_view raw, NumberLex& n)
{
    n = NumberLex {};
    std::string_view v = trim(raw);
    if (v.empty())
        return false;
    // Fast path: plain [-]digits[.digits]
    {
        size_t i = (v[0] == '-') ? 1 : 0;
        const size_t intRun = digitRun(v, i);
        size_t j = i + intRun;
        bool plain = intRun > 0 && j == v.size();
        if (!plain && intRun > 0 && j < v.size() && v[j] == '.') {
            const size_t frac = digitRun(v, j + 1);
            plain = frac > 0 && j + 1 + frac == v.size();
        }
        if (plain) {
            n.plain = true;
            size_t z = i;
            while (z < i + intRun && v[z] == '0')
                ++z;
            n.plainIntDigits = int(i + intRun - z);
            n.plainScale = j < v.size() ? int(v.size() - j - 1) : 0;
            n.negative = i == 1;
            n.body = v.substr(i);
            n.separators = j < v.size();
            n.leadingZeros = intRun > 1 && v[i] == '0';
            n.readings = n.separators ? quint8(DotNone | DotComma | DotApos | DotSpace) : quint8(AllReadings);
            // 1.234 also reads as one thousand two hundred thirty-four with '.' grouping
            if (n.separators && intRun >= 1 && intRun <= 3 && v.size() - j - 1 == 3)
                n.readings |= CommaDot;
            return true;
        }
    }
    if (v.front() == '(' && v.back() == ')') {
        n.parens = true;
        n.negative = true;
        v = trim(v.substr(1, v.size() - 2));
    }
    auto takeSign = [&]() {
        if (!v.empty() && (v[0] == '-' || v[0] == '+')) {
            if (n.negative || n.plus)
                return false;
            (v[0] == '-' ? n.negative : n.plus) = true;
            v.remove_prefix(1);
        }
        return true;
    };
    if (!takeSign())
        return false;
    if (const size_t c = currencyPrefix(v); c > 0) {
        n.currency = v.substr(0, c);
        v.remove_prefix(c);
        while (const size_t s = spaceAt(v, 0))
            v.remove_prefix(s);
        if (!takeSign())
            return false;
    }
    // body
    size_t i = 0;
    if (v.empty())
        return false;
    if (!isDigit(v[0]) && !((v[0] == '.' || v[0] == ',') && v.size() > 1 && isDigit(v[1])))
        return false;
    while (i < v.size()) {
        if (isDigit(v[i])) {
            ++i;
            continue;
        }
        size_t len = 0;
        const char sep = separatorAt(v, i, len);
        if (sep != '\0' && i + len < v.size() && isDigit(v[i + len])) {
            n.separators = true;
            i += len;
            continue;
        }
        break;
    }
    size_t bodyEnd = i;
    if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
        size_t k = i + 1;
        if (k < v.size() && (v[k] == '+' || v[k] == '-'))
            ++k;
        const size_t d = digitRun(v, k);
        if (d > 0) {
            n.exponent = true;
            i = k + d;
            bodyEnd = i;
        }
    }
    n.body = v.substr(0, bodyEnd);
    v.remove_prefix(bodyEnd);
    // suffixes: spaces, percent or currency, trailing minus
    auto skipSpaces = [&]() {
        while (const size_t s = spaceAt(v, 0))
            v.remove_prefix(s);
    };
    skipSpaces();
    if (!v.empty() && v[0] == '%') {
        n.percent = true;
        v.remove_prefix(1);
        skipSpaces();
    } else if (n.currency.empty()) {
        size_t c = currencyPrefix(v);
        if (c > 0) {
            n.currency = v.substr(0, c);
            n.currencyAfter = true;
            v.remove_prefix(c);
            skipSpaces();
        }
    }
    if (!v.empty() && v[0] == '-' && !n.negative && !n.plus) {
        n.trailingMinus = true;
        n.negative = true;
        v.remove_prefix(1);
    }
    if (!v.empty())
        return false;
    if (n.percent && !n.currency.empty())
        return false;

    // readings
    std::string_view mantissa = n.body;
    if (n.exponent) {
        const size_t e = mantissa.find_first_of("eE");
        mantissa = mantissa.substr(0, e);
    }
    const size_t firstRun = digitRun(mantissa, 0);
    n.leadingZeros = firstRun > 1 && mantissa[0] == '0' && !n.exponent;
    if (!n.separators) {
        n.readings = AllReadings;
        return true;
    }
    for (int k = 0; k < 8; ++k) {
        if (n.exponent && kReadingGroup[k] != '\0')
            continue;
        if (fits(mantissa, kReadingDecimal[k], kReadingGroup[k]))
            n.readings |= kReadingBits[size_t(k)];
    }
    return n.readings != 0;
}

void digitCounts(const NumberLex& n, quint8 reading, int& intDigits, int& scale)
{
    const char decimal = readingDecimal(reading);
    std::string_view m = n.body;
    if (n.exponent)
        m = m.substr(0, m.find_first_of("eE"));
    intDigits = 0;
    scale = 0;
    bool afterPoint = false;
    bool significant = false;
    for (char c : m) {
        if (isDigit(c)) {
            if (afterPoint)
                ++scale;
            else if (significant || c != '0') {
                significant = true;
                ++intDigits;
            }
        } else if (c == decimal) {
            afterPoint = true;
        }
    }
}

bool appendCanonical(const NumberLex& n, quint8 reading, bool percentShift, bool expand, std::string& out)
{
    if (!(n.readings & reading))
        return false;
    const char decimal = readingDecimal(reading);
    std::string_view m = n.body;
    long exponent = 0;
    if (n.exponent) {
        const size_t e = m.find_first_of("eE");
        std::string_view ex = m.substr(e + 1);
        bool negExp = false;
        if (!ex.empty() && (ex[0] == '+' || ex[0] == '-')) {
            negExp = ex[0] == '-';
            ex.remove_prefix(1);
        }
        for (char c : ex) {
            exponent = exponent * 10 + (c - '0');
            if (exponent > 400)
                return false;
        }
        if (negExp)
            exponent = -exponent;
        m = m.substr(0, e);
    }
    // collect digits and the point position (digits before the point)
    char digits[128];
    int count = 0;
    int point = -1;
    for (size_t i = 0; i < m.size(); ++i) {
        const char c = m[i];
        if (isDigit(c)) {
            if (count >= int(sizeof(digits)))
                return false;
            digits[count++] = c;
        } else if (c == decimal) {
            point = count;
        }
    }
    if (point < 0)
        point = count;
    if (n.exponent && !expand) {
        // DOUBLE reads exponents itself: send mantissa with '.' and the exponent
        if (n.negative)
            out.push_back('-');
        out.append(digits, size_t(point));
        if (point == 0)
            out.push_back('0');
        if (point < count) {
            out.push_back('.');
            out.append(digits + point, size_t(count - point));
        }
        out.push_back('e');
        out.append(std::to_string(exponent - (percentShift ? 2 : 0)));
        return true;
    }
    long shift = exponent - (percentShift ? 2 : 0);
    long newPoint = long(point) + shift;
    // the digit string with the point at newPoint (may be < 0 or > count: pad with zeros)
    std::string intPart;
    std::string fracPart;
    for (long k = std::min<long>(newPoint, 0); k < std::max<long>(newPoint, count); ++k) {
        const char d = (k >= 0 && k < count) ? digits[k] : '0';
        (k < newPoint ? intPart : fracPart).push_back(d);
    }
    if (n.exponent) {
        // scientific input: drop zeros the exponent made up at the end of the fraction
        while (!fracPart.empty() && fracPart.back() == '0' && long(fracPart.size()) > count - point)
            fracPart.pop_back();
    }
    size_t nz = 0;
    while (nz < intPart.size() && intPart[nz] == '0')
        ++nz;
    intPart.erase(0, nz);
    bool zero = intPart.empty();
    for (char c : fracPart)
        zero = zero && c == '0';
    if (n.negative && !zero)
        out.push_back('-');
    out.append(intPart.empty() ? std::string_view("0") : std::string_view(intPart));
    if (!fracPart.empty()) {
        out.push_back('.');
        out.append(fracPart);
    }
    return true;
}

namespace {

constexpr std::string_view kMonths[]
    = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
constexpr std::string_view kMonthNames[] = { "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december" };

/// Month number of an English month name or abbreviation (Sept too) at v[i..), with its length; 0 when none.
int monthAt(std::string_view v, size_t i, size_t& len)
{
    size_t n = 0;
    while (i + n < v.size() && ((v[i + n] >= 'a' && v[i + n] <= 'z') || (v[i + n] >= 'A' && v[i + n] <= 'Z')))
        ++n;
    if (n < 3)
        return 0;
    const std::string_view word = v.substr(i, n);
    len = n;
    for (int m = 0; m < 12; ++m) {
        if (equalsNoCase(word, kMonths[m]) || equalsNoCase(word, kMonthNames[m]))
            return m + 1;
    }
    if (equalsNoCase(word, "sept"))
        return 9;
    return 0;
}

/// Reads up to `maxDigits` digits at v[i]; returns their count.
int number(std::string_view v, size_t& i, int maxDigits, int& value)
{
    int count = 0;
    value = 0;
    while (count < maxDigits && i < v.size() && isDigit(v[i])) {
        value = value * 10 + (v[i] - '0');
        ++i;
        ++count;
    }
    return count;
}

constexpr std::string_view kYear = "\xE5\xB9\xB4"; // 年
constexpr std::string_view kMonth = "\xE6\x9C\x88"; // 月
constexpr std::string_view kDay = "\xE6\x97\xA5"; // 日

bool lexDate(std::string_view v, size_t& i, TemporalLex& t)
{
    int a = 0;
    const int aDigits = number(v, i, 4, a);
    if (aDigits == 0) {
        // Jul 1, 2024 / July 1 2024
        size_t len = 0;
        const int month = monthAt(v, i, len);
        if (month == 0)
            return false;
        i += len;
        if (i < v.size() && v[i] == '.')
            ++i;
        if (i >= v.size() || (v[i] != ' ' && v[i] != '-'))
            return false;
        ++i;
        int day = 0;
        if (number(v, i, 2, day) == 0)
            return false;
        if (i < v.size() && v[i] == ',')
            ++i;
        if (i >= v.size() || v[i] != ' ')
            return false;
        ++i;
        int year = 0;
        if (number(v, i, 4, year) != 4)
            return false;
        t.layout = TemporalLex::Layout::MonthName;
        t.year = year;
        t.first = month;
        t.second = day;
        return true;
    }
    if (aDigits == 4 && startsWith(v.substr(i), kYear)) {
        i += kYear.size();
        if (number(v, i, 2, t.first) == 0 || !startsWith(v.substr(i), kMonth))
            return false;
        i += kMonth.size();
        if (number(v, i, 2, t.second) == 0)
            return false;
        if (startsWith(v.substr(i), kDay))
            i += kDay.size();
        t.layout = TemporalLex::Layout::Cjk;
        t.year = a;
        return true;
    }
    if (i >= v.size())
        return false;
    const char sep = v[i];
    if (sep != '-' && sep != '/' && sep != '.' && sep != ' ')
        return false;
    ++i;
    t.separator = sep;
    if (aDigits == 4 && sep != ' ') {
        if (number(v, i, 2, t.first) == 0 || i >= v.size() || v[i] != sep)
            return false;
        ++i;
        if (number(v, i, 2, t.second) == 0)
            return false;
        t.layout = TemporalLex::Layout::YearFirst;
        t.year = a;
        return true;
    }
    if (aDigits > 2)
        return false;
    size_t len = 0;
    if (const int month = monthAt(v, i, len); month > 0) {
        // 1-Jul-2024, 1 Jul 2024, 01.Jul.2024
        i += len;
        if (i >= v.size() || v[i] != sep)
            return false;
        ++i;
        int year = 0;
        const int yd = number(v, i, 4, year);
        if (yd == 2)
            year += year < 70 ? 2000 : 1900;
        else if (yd != 4)
            return false;
        t.layout = TemporalLex::Layout::MonthName;
        t.year = year;
        t.first = month;
        t.second = a;
        return true;
    }
    if (sep == ' ')
        return false;
    int b = 0;
    if (number(v, i, 2, b) == 0 || i >= v.size() || v[i] != sep)
        return false;
    ++i;
    int year = 0;
    if (number(v, i, 4, year) != 4)
        return false;
    t.layout = sep == '.' ? TemporalLex::Layout::DayFirstDot : TemporalLex::Layout::YearLast;
    t.year = year;
    if (sep == '.') {
        t.first = b;
        t.second = a;
    } else {
        t.first = a;
        t.second = b;
    }
    return true;
}

bool lexOffset(std::string_view v, size_t& i, TemporalLex& t)
{
    if (i < v.size() && (v[i] == 'Z' || v[i] == 'z')) {
        ++i;
        t.hasOffset = true;
        return true;
    }
    if (i >= v.size() || (v[i] != '+' && v[i] != '-'))
        return false;
    const bool negative = v[i] == '-';
    ++i;
    int hours = 0;
    if (number(v, i, 2, hours) != 2)
        return false;
    int minutes = 0;
    if (i < v.size() && v[i] == ':')
        ++i;
    if (i < v.size() && number(v, i, 2, minutes) != 2)
        return false;
    if (hours > 14 || minutes > 59)
        return false;
    t.hasOffset = true;
    t.offsetMinutes = (negative ? -1 : 1) * (hours * 60 + minutes);
    return true;
}

} // namespace

bool lexTemporal(std::string_view raw, TemporalLex& t)
{
    t = TemporalLex {};
    const std::string_view v = trim(raw);
    if (v.size() < 6 || v.size() > 48)
        return false;
    size_t i = 0;
    if (!lexDate(v, i, t))
        return false;
    if (t.layout != TemporalLex::Layout::YearLast && t.layout != TemporalLex::Layout::Cjk) {
        if (t.first < 1 || t.first > 12)
            return false;
    }
    if (i == v.size())
        return true;
    // time
    if (v[i] == 'T' && t.layout == TemporalLex::Layout::YearFirst) {
        t.isoT = true;
        ++i;
    } else if (v[i] == ' ') {
        while (i < v.size() && v[i] == ' ')
            ++i;
    } else {
        return false;
    }
    t.hasTime = true;
    if (number(v, i, 2, t.hour) == 0 || i >= v.size() || v[i] != ':')
        return false;
    ++i;
    if (number(v, i, 2, t.minute) != 2)
        return false;
    if (i < v.size() && v[i] == ':') {
        ++i;
        if (number(v, i, 2, t.secondOfMinute) != 2)
            return false;
        if (i < v.size() && (v[i] == '.' || v[i] == ',')) {
            ++i;
            const size_t from = i;
            int ignored = 0;
            while (i < v.size() && isDigit(v[i]))
                ++i;
            (void)ignored;
            if (i == from || i - from > 9)
                return false;
            t.fraction = v.substr(from, i - from);
        }
    }
    size_t k = i;
    while (k < v.size() && v[k] == ' ')
        ++k;
    if (k + 2 <= v.size() && (equalsNoCase(v.substr(k, 2), "AM") || equalsNoCase(v.substr(k, 2), "PM"))) {
        const bool pm = lower(v[k]) == 'p';
        if (t.hour < 1 || t.hour > 12)
            return false;
        t.hour = (t.hour % 12) + (pm ? 12 : 0);
        t.twelveHour = true;
        i = k + 2;
    }
    if (i < v.size()) {
        size_t o = i;
        while (o < v.size() && v[o] == ' ')
            ++o;
        if (startsWith(v.substr(o), "UTC") || startsWith(v.substr(o), "GMT")) {
            o += 3;
            t.hasOffset = true;
            if (o < v.size() && !lexOffset(v, o, t))
                return false;
        } else if (!lexOffset(v, o, t)) {
            return false;
        }
        i = o;
    }
    if (i != v.size())
        return false;
    return t.hour <= 23 && t.minute <= 59 && t.secondOfMinute <= 59;
}

bool resolveYearLast(const TemporalLex& t, bool dayFirst, int& month, int& day)
{
    month = dayFirst ? t.second : t.first;
    day = dayFirst ? t.first : t.second;
    return month >= 1 && month <= 12 && day >= 1;
}

void appendDateTime(std::string& out, int year, int month, int day, bool withTime, int hour, int minute, int second,
    std::string_view fraction)
{
    char buf[32];
    auto put = [&](int value, int width, char* p) {
        for (int k = width - 1; k >= 0; --k) {
            p[k] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(year, 4, buf);
    buf[4] = '-';
    put(month, 2, buf + 5);
    buf[7] = '-';
    put(day, 2, buf + 8);
    size_t len = 10;
    if (withTime) {
        buf[10] = ' ';
        put(hour, 2, buf + 11);
        buf[13] = ':';
        put(minute, 2, buf + 14);
        buf[16] = ':';
        put(second, 2, buf + 17);
        len = 19;
    }
    out.append(buf, len);
    if (withTime && !fraction.empty()) {
        out.push_back('.');
        out.append(fraction);
    }
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int& year, int& month, int& day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(y + (month <= 2 ? 1 : 0));
}

} // namespace dia::schema::lex
