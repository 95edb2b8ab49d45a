#include "columnprofiler.h"

#include "schematr.h"
#include "valueconverter.h"
#include "valuelexer.h"
#include "valuesyntax.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dia::schema {

namespace {

/// Written exactly as Doris writes a DATE or DATETIME (2024-07-01, 2024-07-01 10:00:00[.ffffff]): Doris reads
/// it as meant, so the loader can send it as it is.
bool isDorisDateText(std::string_view v, const lex::TemporalLex& t)
{
    using Layout = lex::TemporalLex::Layout;
    if (t.layout != Layout::YearFirst || t.separator != '-' || t.isoT || t.hasOffset || t.twelveHour)
        return false;
    if (!t.hasTime)
        return v.size() == 10;
    return v.size() == 19 || (v.size() >= 21 && v[19] == '.');
}

constexpr int kVarcharSteps[] = { 16, 32, 64, 128, 255, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65533 };

/// Tight: the next step above maxBytes plus 25 %. Roomy: at least 4x the longest value and 64 bytes.
int varcharLengthFor(qint64 maxBytes, bool tight)
{
    const qint64 need = tight ? std::max<qint64>(1, maxBytes + maxBytes / 4) : std::max<qint64>(64, 4 * maxBytes);
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

constexpr std::string_view kBounds[][2] = {
    { "127", "128" },
    { "32767", "32768" },
    { "2147483647", "2147483648" },
    { "9223372036854775807", "9223372036854775808" },
    { "170141183460469231731687303715884105727", "170141183460469231731687303715884105728" },
};
constexpr TypeKind kKinds[]
    = { TypeKind::TinyInt, TypeKind::SmallInt, TypeKind::Int, TypeKind::BigInt, TypeKind::LargeInt };

/// Smallest integer kind for digits (no leading zeros); -1 beyond LARGEINT.
int kindIndex(std::string_view digits, bool negative)
{
    for (int k = 0; k < 5; ++k) {
        const std::string_view b = kBounds[k][negative ? 1 : 0];
        if (digits.size() < b.size() || (digits.size() == b.size() && digits <= b))
            return k;
    }
    return -1;
}

bool isDigitChar(char c)
{
    return c >= '0' && c <= '9';
}

/// For a value of at most 16 bytes, readable 16 bytes from `p` (FieldTable::kPadding): the end of its integer
/// digits when it is [-]digits or [-]digits.digits (one point, digits after it), else -1. Leading zeros, empty
/// digit runs and the like are the caller's to check.
int plainNumberShape(const char* p, size_t size, size_t sign)
{
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i offset = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(9)), offset);
    const unsigned inValue = size == 16 ? 0xffffu : (1u << size) - 1;
    const unsigned digits = unsigned(_mm_movemask_epi8(digit)) & inValue;
    const unsigned points = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')))) & inValue;
    const unsigned body = inValue & ~unsigned(sign);
    if ((digits | points) != body || (points & (points - 1)) != 0)
        return -1;
    return points ? __builtin_ctz(points) : int(size);
#else
    size_t k = sign;
    while (k < size && isDigitChar(p[k]))
        ++k;
    if (k == size)
        return int(size);
    if (p[k] != '.')
        return -1;
    for (size_t f = k + 1; f < size; ++f) {
        if (!isDigitChar(p[f]))
            return -1;
    }
    return int(k);
#endif
}

/// Integer digits (leading zeros removed) of a number body read with `decimal` as the decimal mark.
std::string_view integerDigits(std::string_view body, char decimal, char* buffer, size_t capacity)
{
    size_t n = 0;
    for (char c : body) {
        if (c == decimal)
            break;
        if (isDigitChar(c)) {
            if (n == 0 && c == '0')
                continue;
            if (n < capacity)
                buffer[n] = c;
            ++n;
        }
    }
    return std::string_view(buffer, std::min(n, capacity));
}

/// A value written [-]digits[.digits] the way Doris reads it.
struct PlainNumber
{
    bool integer = false;
    int significant = 0; ///< integer digits, leading zeros not counted
    int scale = 0; ///< digits after the point
    qint64 value = 0; ///< integers only
};

/// `raw` as a plain number: at most 18 integer digits without leading zeros, and not a value that also reads as a
/// thousand with '.' grouping (1.234: the general path weighs that); false otherwise. With `padded`, 16 bytes are
/// readable from raw.data() (FieldTable::kPadding), so short values are checked with one vector compare.
bool readPlainNumber(std::string_view raw, bool padded, PlainNumber& out)
{
    const size_t size = raw.size();
    const size_t sign = size > 0 && raw[0] == '-' ? 1 : 0;
    size_t end = sign; // end of the integer digits
    if (padded && size <= 16) {
        const int shape = plainNumberShape(raw.data(), size, sign);
        if (shape < 0)
            return false;
        end = size_t(shape);
    } else {
        while (end < size && isDigitChar(raw[end]))
            ++end;
        if (end < size) {
            if (raw[end] != '.')
                return false;
            size_t f = end + 1;
            while (f < size && isDigitChar(raw[f]))
                ++f;
            if (f != size)
                return false;
        }
    }
    const size_t intRun = end - sign;
    if (intRun == 0 || intRun > 18 || (intRun > 1 && raw[sign] == '0'))
        return false; // no digits, too long for the quick parse, or leading zeros (text)
    out.integer = end == size;
    out.scale = out.integer ? 0 : int(size - end - 1);
    if (!out.integer && (out.scale == 0 || (intRun <= 3 && out.scale == 3)))
        return false;
    out.significant = (intRun == 1 && raw[sign] == '0') ? 0 : int(intRun);
    out.value = 0;
    if (out.integer) {
        for (size_t k = sign; k < end; ++k)
            out.value = out.value * 10 + (raw[k] - '0');
        if (sign)
            out.value = -out.value;
    }
    return true;
}

/// 2024-07-01 or 2024-07-01 10:00:00, a valid date and time.
bool isValidIsoDate(std::string_view raw)
{
    const size_t size = raw.size();
    if (size != 10 && size != 19)
        return false;
    auto digits = [&raw](size_t at, size_t count, int& value) {
        value = 0;
        for (size_t k = at; k < at + count; ++k) {
            if (!isDigitChar(raw[k]))
                return false;
            value = value * 10 + (raw[k] - '0');
        }
        return true;
    };
    int year = 0;
    int month = 0;
    int day = 0;
    if (raw[4] != '-' || raw[7] != '-' || !digits(0, 4, year) || !digits(5, 2, month) || !digits(8, 2, day))
        return false;
    if (month < 1 || month > 12 || !ValueSyntax::isValidDate(year, month, day))
        return false; // invalid dates are the general path's to count
    if (size == 10)
        return true;
    int hour = 0;
    int minute = 0;
    int second = 0;
    return raw[10] == ' ' && raw[13] == ':' && raw[16] == ':' && digits(11, 2, hour) && digits(14, 2, minute)
        && digits(17, 2, second) && hour <= 23 && minute <= 59 && second <= 59;
}

} // namespace

ColumnProfiler::ColumnProfiler(const InferenceOptions& options)
    : m_options(options)
    , m_maxExamples(size_t(std::max(options.maxExamples, 0)))
{
    for (const QString& token : options.nullTokens) {
        const QByteArray u = token.toUtf8();
        const std::string_view v(u.constData(), size_t(u.size()));
        if (!lex::isNullToken(v))
            m_userNullTokens.emplace_back(u.toLower().toStdString());
    }
}

void ColumnProfiler::setForcedFormat(const ValueFormat& format)
{
    m_forced = true;
    m_forcedFormat = format;
}

void ColumnProfiler::remember(Example& slot, std::string_view value, qint64 line)
{
    if (!slot.isSet()) {
        slot.value.assign(value);
        slot.line = std::max<qint64>(line, 1);
    }
}

bool ColumnProfiler::isUserNullToken(std::string_view value) const
{
    if (m_userNullTokens.empty())
        return false;
    for (const std::string& token : m_userNullTokens) {
        if (token.size() != value.size())
            continue;
        bool same = true;
        for (size_t i = 0; same && i < value.size(); ++i) {
            char c = value[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
            same = c == token[i];
        }
        if (same)
            return true;
    }
    return false;
}

inline bool ColumnProfiler::countValue(std::string_view raw)
{
    ++m_values;
    m_maxBytes = std::max<qint64>(m_maxBytes, qint64(raw.size()));
    if (m_examples.size() < m_maxExamples)
        noteExample(raw);
    if (m_texts > 0 && m_texts + 1 == m_values) {
        ++m_texts; // already text: only the size matters from here
        return true;
    }
    return false;
}

void ColumnProfiler::noteExample(std::string_view raw)
{
    if (std::find(m_examples.begin(), m_examples.end(), raw) == m_examples.end())
        m_examples.emplace_back(raw);
}

void ColumnProfiler::addValue(const QString& value, qint64 line)
{
    const QByteArray u = value.toUtf8();
    addValue(std::string_view(u.constData(), size_t(u.size())), line);
}

void ColumnProfiler::addValues(source::FieldTable& table, size_t column)
{
    // runs of values whose counting does not depend on their order go through tight loops that gather their
    // figures and add them to the state before any other value is counted the usual way
    const size_t rows = table.rows();
    size_t r = 0;
    while (r < rows) {
        if (m_userNullTokens.empty()) {
            if (m_texts > 0 && m_texts == m_values)
                r = addTextRun(table, column, r);
            else if (m_numbers > 0 || m_dates + m_dateTimes == 0)
                r = addPlainNumberRun(table, column, r);
            if (r < rows && m_numbers == 0 && m_dates + m_dateTimes > 0 && !(m_texts > 0 && m_texts == m_values))
                r = addIsoDateRun(table, column, r);
        }
        if (r < rows) {
            addValue(table.field(r, column), table.line(r));
            ++r;
        }
    }
}

size_t ColumnProfiler::addTextRun(source::FieldTable& table, size_t column, size_t r)
{
    // longer than any null token, no Excel error, no padding: what addValueGeneral() counts as one more text
    const size_t rows = table.rows();
    const size_t first = r;
    qint64 maxBytes = m_maxBytes;
    for (; r < rows; ++r) {
        const source::FieldTable::Outline v = table.outline(r, column); // no need to unescape quotes here
        if (v.size <= 4 || v.first == '#' || v.first == ' ' || v.first == '\t' || v.last == ' ' || v.last == '\t')
            break;
        maxBytes = std::max<qint64>(maxBytes, qint64(v.size));
        if (m_examples.size() < m_maxExamples)
            noteExample(table.field(r, column));
    }
    m_values += qint64(r - first);
    m_texts += qint64(r - first);
    m_maxBytes = maxBytes;
    return r;
}

size_t ColumnProfiler::addPlainNumberRun(source::FieldTable& table, size_t column, size_t r)
{
    // the values addPlainNumber() takes, counted alike: sums, extremes and the last decimal's figures
    const size_t rows = table.rows();
    const size_t first = r;
    qint64 maxBytes = m_maxBytes, zeroOne = 0, integers = 0, decimals = 0;
    qint64 minValue = 0, maxValue = 0;
    int intDigits = 0, decimalDigits = 0, maxScale = 0, lastDigits = 0, lastScale = 0;
    PlainNumber n;
    for (; r < rows; ++r) {
        const std::string_view raw = table.field(r, column);
        if (!readPlainNumber(raw, true, n))
            break;
        if (n.integer) {
            minValue = integers == 0 ? n.value : std::min(minValue, n.value);
            maxValue = integers == 0 ? n.value : std::max(maxValue, n.value);
            ++integers;
            intDigits = std::max(intDigits, n.significant);
            zeroOne += raw.size() == 1 && (raw[0] == '0' || raw[0] == '1');
        } else {
            ++decimals;
            decimalDigits = std::max(decimalDigits, n.significant);
            maxScale = std::max(maxScale, n.scale);
            lastDigits = n.significant;
            lastScale = n.scale;
        }
        maxBytes = std::max<qint64>(maxBytes, qint64(raw.size()));
        if (m_examples.size() < m_maxExamples)
            noteExample(raw);
    }
    const qint64 counted = qint64(r - first);
    m_values += counted;
    m_numbers += counted;
    m_maxBytes = maxBytes;
    m_zeroOne += zeroOne;
    if (integers > 0) {
        for (const qint64 extreme : { minValue, maxValue })
            addPlainIntegerFigures(extreme, intDigits);
    }
    if (decimals > 0)
        addPlainDecimalFigures(decimalDigits, maxScale, lastDigits, lastScale);
    return r;
}

void ColumnProfiler::addValue(std::string_view raw, qint64 line)
{
    // a column whose every value so far was text counts any further value as text: no number or date shape to try
    const bool settledText = m_texts > 0 && m_texts == m_values;
    if (settledText || (!addPlainNumber(raw) && !addIsoDate(raw, line)))
        addValueGeneral(raw, line);
}

void ColumnProfiler::addValueGeneral(std::string_view raw, qint64 line)
{
    if (raw.empty() || (raw.size() == 2 && raw[0] == '\\' && raw[1] == 'N')) {
        ++m_nulls;
        ++m_emptyOrBackslashN;
        return;
    }
    const std::string_view value = lex::trim(raw);
    if (lex::isNullToken(value) || isUserNullToken(value)) {
        ++m_nulls;
        if (value.empty() || lex::isNullWord(value))
            ++m_emptyOrBackslashN;
        if (!value.empty())
            ++m_tokenNulls;
        if (lex::isNullWord(raw)) // NULL, null (an exact \N returned above)
            ++m_nullWords;
        m_maxTokenBytes = std::max<qint64>(m_maxTokenBytes, qint64(raw.size()));
        return;
    }
    if (lex::isExcelError(value)) {
        ++m_nulls;
        ++m_errors;
        m_maxTokenBytes = std::max<qint64>(m_maxTokenBytes, qint64(raw.size()));
        return;
    }
    if (countValue(raw))
        return;
    if (lex::booleanWord(value) >= 0) {
        ++m_boolWords;
        return;
    }
    // padded numbers and dates stay text: Doris does not trim strings, and a padded value is rarely a number
    if (value.size() == raw.size()) {
        // a column of dates so far tries dates first
        if (m_numbers == 0 && m_dates + m_dateTimes > 0) {
            if (addTemporal(value, line) || addNumber(value, line))
                return;
        } else if (addNumber(value, line) || addTemporal(value, line)) {
            return;
        }
    }
    ++m_texts;
    remember(m_firstText, raw, line);
}

void ColumnProfiler::addPlainInteger(std::string_view digits, bool negative, int significantDigits)
{
    qint64 v = 0;
    for (char ch : digits)
        v = v * 10 + (ch - '0');
    addPlainIntegerFigures(negative ? -v : v, significantDigits);
}

void ColumnProfiler::addPlainIntegerFigures(qint64 v, int significantDigits)
{
    const bool negative = v < 0;
    const qint64 magnitude = negative ? -v : v;
    const TypeKind kind = magnitude <= (negative ? 128 : 127)   ? TypeKind::TinyInt
        : magnitude <= (negative ? 32768 : 32767)               ? TypeKind::SmallInt
        : magnitude <= (negative ? 2147483648LL : 2147483647LL) ? TypeKind::Int
                                                                : TypeKind::BigInt;
    for (int d = 0; d < 2; ++d) {
        m_maxInt[d] = std::max(m_maxInt[d], significantDigits);
        if (int(kind) > int(m_intKind[d]))
            m_intKind[d] = kind;
        if (!m_rangeSet[d] || v < m_minInteger[d])
            m_minInteger[d] = v;
        if (!m_rangeSet[d] || v > m_maxInteger[d])
            m_maxInteger[d] = v;
        m_rangeSet[d] = true;
    }
}

bool ColumnProfiler::addPlainNumber(std::string_view raw)
{
    // what addValueGeneral() concludes for these values, without the general classifiers: not a null token, an
    // error value or a yes/no word; no date tried first; lexNumber's plain path
    if (!m_userNullTokens.empty() || (m_numbers == 0 && m_dates + m_dateTimes > 0))
        return false;
    PlainNumber n;
    if (!readPlainNumber(raw, false, n))
        return false;
    if (countValue(raw))
        return true;
    ++m_numbers;
    if (n.integer) {
        if (raw.size() == 1 && (raw[0] == '0' || raw[0] == '1'))
            ++m_zeroOne;
        addPlainIntegerFigures(n.value, n.significant);
    } else {
        addPlainDecimalFigures(n.significant, n.scale, n.significant, n.scale);
    }
    return true;
}

void ColumnProfiler::addPlainDecimalFigures(int maxDigits, int maxScale, int lastDigits, int lastScale)
{
    m_readings &= quint8(lex::DotNone | lex::DotComma | lex::DotApos | lex::DotSpace);
    m_separatorsSeen |= 1;
    m_maxInt[0] = std::max(m_maxInt[0], maxDigits);
    m_maxScale[0] = std::max(m_maxScale[0], maxScale);
    m_lastIntDigits = lastDigits;
    m_lastScale = lastScale;
    m_lastKind = -2;
    m_lastHasValue = false;
}

bool ColumnProfiler::addIsoDate(std::string_view raw, qint64 line)
{
    // 2024-07-01 or 2024-07-01 10:00:00, valid: what addValueGeneral() concludes through lexTemporal (a number
    // never reads these shapes, a date-time without fraction or offset keeps the column legacy-rewritable)
    if (!m_userNullTokens.empty() || !isValidIsoDate(raw))
        return false;
    if (countValue(raw))
        return true;
    addIsoDateFigures(raw, line, raw.size() == 19 ? 0 : 1, raw.size() == 19 ? 1 : 0);
    return true;
}

void ColumnProfiler::addIsoDateFigures(std::string_view first, qint64 line, qint64 dates, qint64 dateTimes)
{
    m_layouts |= quint8(1u << unsigned(lex::TemporalLex::Layout::YearFirst));
    if (m_dateSeparator != '\0' && m_dateSeparator != '-')
        m_legacyOnly = false;
    m_dateSeparator = '-';
    remember(m_firstDate, first, line);
    m_dates += dates;
    m_dateTimes += dateTimes;
}

size_t ColumnProfiler::addIsoDateRun(source::FieldTable& table, size_t column, size_t r)
{
    // the values addIsoDate() takes, counted alike
    const size_t rows = table.rows();
    const size_t first = r;
    qint64 maxBytes = m_maxBytes, dates = 0, dateTimes = 0;
    for (; r < rows; ++r) {
        const std::string_view raw = table.field(r, column);
        if (!isValidIsoDate(raw))
            break;
        (raw.size() == 19 ? dateTimes : dates) += 1;
        maxBytes = std::max<qint64>(maxBytes, qint64(raw.size()));
        if (m_examples.size() < m_maxExamples)
            noteExample(raw);
    }
    if (r == first)
        return r;
    m_values += qint64(r - first);
    m_maxBytes = maxBytes;
    addIsoDateFigures(table.field(first, column), table.line(first), dates, dateTimes);
    return r;
}

bool ColumnProfiler::addNumber(std::string_view value, qint64 line)
{
    lex::NumberLex n;
    if (!lex::lexNumber(value, n))
        return false;
    ++m_numbers;
    if (!n.plain || n.leadingZeros)
        ++m_unlikeDoris;
    if (n.leadingZeros) {
        ++m_leadingZeros;
        remember(m_firstLeadingZero, value, line);
        return true;
    }
    if (n.plus && !n.separators && !n.percent && n.currency.empty() && !n.exponent && n.body.size() >= 8) {
        ++m_plusIntegers;
        remember(m_firstPlus, value, line);
        return true;
    }
    if (n.body.size() == 1 && !n.negative && !n.plus && (n.body[0] == '0' || n.body[0] == '1') && value.size() == 1)
        ++m_zeroOne;
    if (n.exponent) {
        ++m_exponents;
        remember(m_firstExponent, value, line);
    }
    if (n.percent)
        ++m_percents;
    if (!n.currency.empty()) {
        if (m_currency.empty())
            m_currency.assign(n.currency);
        else if (m_currency != n.currency) {
            m_currencyConflict = true;
            remember(m_firstCurrencyConflict, value, line);
        }
    }
    const bool formatted = n.separators || n.percent || !n.currency.empty() || n.parens || n.trailingMinus;
    if (n.separators) {
        m_readings &= n.readings;
        for (char c : n.body) {
            if (c == '.')
                m_separatorsSeen |= 1;
            else if (c == ',')
                m_separatorsSeen |= 2;
            else if (c == '\'')
                m_separatorsSeen |= 4;
            else if (c == ' ' || c == '\xC2' || c == '\xE2')
                m_separatorsSeen |= 8;
        }
        if ((n.readings & 0x0f) && (n.readings & 0xf0) && (m_separatorsSeen & 3) != 3)
            remember(m_firstAmbiguous, value, line);
    }
    if (formatted && !n.plain && (!m_firstFormatted.isSet() || (n.separators && !m_firstFormattedHasSeparators))) {
        m_firstFormatted = Example { std::string(value), std::max<qint64>(line, 1) };
        m_firstFormattedHasSeparators = n.separators;
    }
    // plain integers (the common case): one parse, the same figures for both decimal marks
    if (n.plain && n.plainScale == 0 && n.plainIntDigits <= 18) {
        addPlainInteger(n.body, n.negative, n.plainIntDigits);
        return true;
    }
    // per decimal mark: digits and the integer range (one pass when the body has no separator)
    for (int d = 0; d < 2; ++d) {
        if (!(n.readings & (d == 0 ? 0x0f : 0xf0)))
            continue;
        if (d == 1 && !n.separators) {
            m_maxInt[1] = std::max(m_maxInt[1], m_lastIntDigits);
            m_maxScale[1] = std::max(m_maxScale[1], m_lastScale);
            if (m_lastKind == -1)
                m_hugeInteger[1] = m_hugeInteger[0];
            else if (m_lastKind >= 0 && int(kKinds[m_lastKind]) > int(m_intKind[1]))
                m_intKind[1] = kKinds[m_lastKind];
            if (m_lastHasValue) {
                if (!m_rangeSet[1] || m_lastValue < m_minInteger[1])
                    m_minInteger[1] = m_lastValue;
                if (!m_rangeSet[1] || m_lastValue > m_maxInteger[1])
                    m_maxInteger[1] = m_lastValue;
                m_rangeSet[1] = true;
            } else if (m_lastKind != -2) {
                m_rangeExact[1] = m_rangeExact[0];
            }
            break;
        }
        const quint8 anyReading = d == 0 ? quint8(lex::DotNone) : quint8(lex::CommaNone);
        int intDigits = 0;
        int scale = 0;
        // with separators the reading matters only through the decimal mark
        quint8 reading = n.readings & (d == 0 ? 0x0f : 0xf0);
        reading = reading & quint8(-reading); // lowest bit
        if (n.plain && d == 0) {
            intDigits = n.plainIntDigits;
            scale = n.plainScale;
        } else {
            lex::digitCounts(n, n.separators ? reading : anyReading, intDigits, scale);
        }
        m_maxInt[d] = std::max(m_maxInt[d], intDigits);
        m_maxScale[d] = std::max(m_maxScale[d], scale);
        m_lastIntDigits = intDigits;
        m_lastScale = scale;
        m_lastKind = -2;
        m_lastHasValue = false;
        if (scale == 0 && !n.exponent) {
            char buffer[48];
            const std::string_view digits = integerDigits(n.body, d == 0 ? '.' : ',', buffer, sizeof(buffer));
            if (digits.size() <= 18) {
                qint64 v = 0;
                for (char ch : digits)
                    v = v * 10 + (ch - '0');
                if (n.negative)
                    v = -v;
                if (!m_rangeSet[d] || v < m_minInteger[d])
                    m_minInteger[d] = v;
                if (!m_rangeSet[d] || v > m_maxInteger[d])
                    m_maxInteger[d] = v;
                m_rangeSet[d] = true;
                m_lastValue = v;
                m_lastHasValue = true;
            } else {
                m_rangeExact[d] = false;
            }
            const int k = digits.size() >= sizeof(buffer) ? -1 : kindIndex(digits, n.negative);
            m_lastKind = k;
            if (k < 0) {
                m_hugeInteger[d] = true;
                remember(m_firstHugeInteger, value, line);
            } else if (int(kKinds[k]) > int(m_intKind[d])) {
                m_intKind[d] = kKinds[k];
            }
        }
    }
    return true;
}

bool ColumnProfiler::addTemporal(std::string_view value, qint64 line)
{
    lex::TemporalLex t;
    if (!lex::lexTemporal(value, t))
        return false;
    using Layout = lex::TemporalLex::Layout;
    bool valid = true;
    if (t.layout == Layout::YearLast) {
        int m1 = 0;
        int d1 = 0;
        int m2 = 0;
        int d2 = 0;
        const bool monthFirst = lex::resolveYearLast(t, false, m1, d1) && ValueSyntax::isValidDate(t.year, m1, d1);
        const bool dayFirst = lex::resolveYearLast(t, true, m2, d2) && ValueSyntax::isValidDate(t.year, m2, d2);
        valid = monthFirst || dayFirst;
        if (monthFirst && !dayFirst) {
            ++m_forcesMonthFirst;
            remember(m_firstMonthFirst, value, line);
        } else if (dayFirst && !monthFirst) {
            ++m_forcesDayFirst;
            remember(m_firstDayFirst, value, line);
        }
    } else {
        valid = ValueSyntax::isValidDate(t.year, t.first, t.second);
    }
    if (!valid) {
        ++m_invalidDates;
        remember(m_firstInvalidDate, value, line);
        return true;
    }
    m_layouts |= quint8(1u << unsigned(t.layout));
    if (!isDorisDateText(value, t))
        ++m_unlikeDoris;
    const bool legacy = (t.layout == Layout::YearFirst && (t.separator == '-' || t.separator == '/'))
        || t.layout == Layout::DayFirstDot || (t.layout == Layout::YearLast && t.separator == '/');
    const bool legacyTime = !t.hasTime || (!t.twelveHour && !t.hasOffset && t.fraction.size() <= 9);
    if (!legacy || !legacyTime || (m_dateSeparator != '\0' && m_dateSeparator != t.separator))
        m_legacyOnly = false;
    m_dateSeparator = t.separator;
    remember(m_firstDate, value, line);
    if (t.hasOffset)
        ++m_offsets;
    if (t.hasTime) {
        ++m_dateTimes;
        m_maxFraction = std::max(m_maxFraction, std::min(int(t.fraction.size()), ColumnType::kMaxDatetimePrecision));
    } else {
        ++m_dates;
    }
    return true;
}

InferredColumn ColumnProfiler::textResult(InferredColumn c, const QString& reason) const
{
    c.format = ValueFormat {};
    // in a text column only empty cells, \N and NULL are NULL; tokens such as N/A are sent as written
    c.nullable = m_emptyOrBackslashN > 0;
    c.valueCount = m_values + m_nulls - m_emptyOrBackslashN;
    c.nullCount = m_emptyOrBackslashN;
    c.nullTokenCount = 0;
    c.errorCount = 0;
    const qint64 maxBytes = std::max(m_maxBytes, m_maxTokenBytes);
    c.maxBytes = maxBytes;
    const bool tight = m_options.tightTypes;
    const qint64 need = tight ? maxBytes : 4 * maxBytes;
    if (maxBytes > ColumnType::kMaxVarcharLength || (!tight && need > 65536)) {
        c.type = ColumnType::simple(TypeKind::String);
        const QString why = maxBytes > ColumnType::kMaxVarcharLength
            ? SchemaText::tr("text up to %1 bytes, longer than VARCHAR's limit of %2 bytes")
                  .arg(maxBytes)
                  .arg(ColumnType::kMaxVarcharLength)
            : SchemaText::tr("text up to %1 bytes; STRING leaves room for values 4 times as long").arg(maxBytes);
        c.reason = reason.isEmpty() ? why : reason + QStringLiteral("; ") + why;
        return c;
    }
    c.type = ColumnType::varchar(varcharLengthFor(maxBytes, tight));
    const QString size = tight
        ? SchemaText::tr("longest value %1 bytes in UTF-8, VARCHAR(%2) leaves room").arg(maxBytes).arg(c.type.length)
        : SchemaText::tr("longest value %1 bytes in UTF-8; VARCHAR(%2) leaves room for values 4 times as long (tight "
                         "types: VARCHAR(%3))")
              .arg(maxBytes)
              .arg(c.type.length)
              .arg(varcharLengthFor(maxBytes, true));
    c.reason = reason.isEmpty() ? SchemaText::tr("text; %1").arg(size) : reason + QStringLiteral("; ") + size;
    return c;
}

QString ColumnProfiler::mixedReason() const
{
    const qint64 temporals = m_dates + m_dateTimes + m_invalidDates;
    QStringList parts;
    if (m_numbers > 0)
        parts << SchemaText::tr("%n number(s)", nullptr, int(m_numbers));
    if (temporals > 0)
        parts << SchemaText::tr("%n date(s)", nullptr, int(temporals));
    if (m_boolWords > 0)
        parts << SchemaText::tr("%n yes/no value(s)", nullptr, int(m_boolWords));
    if (m_texts > 0)
        parts << SchemaText::tr("%n other text(s)", nullptr, int(m_texts));
    QString reason = SchemaText::tr("mixed values (%1)").arg(parts.join(QStringLiteral(", ")));
    if (m_firstText.isSet())
        reason += SchemaText::tr(", first text \"%1\" on line %2").arg(m_firstText.text()).arg(m_firstText.line);
    return reason + SchemaText::tr(", kept as text");
}

TypeKind ColumnProfiler::integerKindFor(TypeKind needed) const
{
    if (m_options.tightTypes)
        return needed;
    return int(needed) <= int(TypeKind::Int) ? TypeKind::Int : needed;
}

InferredColumn ColumnProfiler::numberResult(InferredColumn c) const
{
    if (m_leadingZeros > 0)
        return textResult(c,
            SchemaText::tr(
                "%n value(s) have leading zeros (first \"%1\" on line %2), kept as text so the zeros survive", nullptr,
                int(m_leadingZeros))
                .arg(m_firstLeadingZero.text())
                .arg(m_firstLeadingZero.line));
    if (m_plusIntegers > 0)
        return textResult(c,
            SchemaText::tr("\"%1\" on line %2 starts with '+' like a phone number, kept as text so the '+' survives")
                .arg(m_firstPlus.text())
                .arg(m_firstPlus.line));
    if (m_currencyConflict)
        return textResult(c,
            SchemaText::tr("amounts in more than one currency (\"%1\" on line %2), kept as text")
                .arg(m_firstCurrencyConflict.text())
                .arg(m_firstCurrencyConflict.line));
    if (m_percents > 0 && m_percents != m_numbers)
        return textResult(c, SchemaText::tr("only some numbers have a '%' sign, kept as text"));
    if (m_readings == 0)
        return textResult(c,
            SchemaText::tr("numbers punctuated in ways that do not agree (decimal point and decimal "
                           "comma), kept as text"));

    // the reading: group separators actually seen first, then the decimal point before the comma
    static constexpr quint8 kOrder[] = { lex::DotNone, lex::DotComma, lex::DotApos, lex::DotSpace, lex::CommaNone,
        lex::CommaDot, lex::CommaApos, lex::CommaSpace };
    const int seenKinds = __builtin_popcount(m_separatorsSeen);
    const bool forced = m_forced && m_forcedFormat.kind == ValueFormat::Kind::Number;
    const quint8 readings
        = forced ? quint8(m_readings & lex::readingFor(m_forcedFormat.decimal, m_forcedFormat.group)) : m_readings;
    if (readings == 0)
        return textResult(c,
            SchemaText::tr("the values do not fit the chosen format (%1), kept as text")
                .arg(m_forcedFormat.describe()));
    auto groupSeen = [&](quint8 r) {
        switch (lex::readingGroup(r)) {
        case '\0':
            return seenKinds <= 1;
        case '.':
            return (m_separatorsSeen & 1) != 0;
        case ',':
            return (m_separatorsSeen & 2) != 0;
        case '\'':
            return (m_separatorsSeen & 4) != 0;
        default:
            return (m_separatorsSeen & 8) != 0;
        }
    };
    quint8 reading = 0;
    quint8 preferred = 0;
    for (quint8 r : kOrder) {
        if ((readings & r) && (groupSeen(r) || forced)) {
            preferred |= r;
            if (reading == 0)
                reading = r;
        }
    }
    if (reading == 0) {
        for (quint8 r : kOrder) {
            if (readings & r) {
                reading = r;
                break;
            }
        }
    }
    const bool ambiguous = !forced && (preferred & 0x0f) && (preferred & 0xf0) && m_firstAmbiguous.isSet();
    const int d = lex::readingDecimal(reading) == ',' ? 1 : 0;

    ValueFormat f;
    f.kind = ValueFormat::Kind::Number;
    f.decimal = lex::readingDecimal(reading);
    f.group = lex::readingGroup(reading);
    f.currency = QString::fromUtf8(m_currency.data(), qsizetype(m_currency.size()));
    if (m_percents > 0)
        f.percent = m_options.percentAsRatio ? ValueFormat::Percent::Ratio : ValueFormat::Percent::Points;
    if (forced && m_forcedFormat.percent != ValueFormat::Percent::None)
        f.percent = m_forcedFormat.percent;
    if (forced && !m_forcedFormat.currency.isEmpty()) {
        if (!f.currency.isEmpty() && f.currency != m_forcedFormat.currency)
            return textResult(c,
                SchemaText::tr("amounts in %1, not the chosen currency %2, kept as text")
                    .arg(f.currency, m_forcedFormat.currency));
        f.currency = m_forcedFormat.currency;
    }
    c.format = f;

    int intDigits = m_maxInt[d];
    int scale = m_maxScale[d];
    if (f.percent == ValueFormat::Percent::Ratio) {
        scale += 2;
        intDigits = std::max(0, intDigits - 2);
    }
    QString formatNote;
    const bool plain
        = f.decimal == '.' && f.group == '\0' && f.currency.isEmpty() && f.percent == ValueFormat::Percent::None;
    if (m_firstFormatted.isSet() && !plain) {
        InferredColumn probe;
        probe.type = ColumnType::decimal(38, std::min(scale, 30));
        probe.format = f;
        std::string out;
        const auto converter = makeConverter(probe, {});
        const std::string_view v = m_firstFormatted.value;
        QString shown;
        if (converter && converter->convert(v, out) == ValueConverter::Outcome::Rewritten)
            shown = QString::fromUtf8(out.data(), qsizetype(out.size()));
        formatNote = f.describe();
        if (!shown.isEmpty())
            formatNote += QStringLiteral(": ") + m_firstFormatted.text() + QStringLiteral(" → ") + shown;
    }
    if (ambiguous) {
        const QString alt = d == 0 ? SchemaText::tr("a decimal comma") : SchemaText::tr("a decimal point");
        formatNote += (formatNote.isEmpty() ? QString() : QStringLiteral("; "))
            + SchemaText::tr("\"%1\" (line %2) could also be read with %3; no value decides it, change the format if "
                             "wrong")
                  .arg(m_firstAmbiguous.text())
                  .arg(m_firstAmbiguous.line)
                  .arg(alt);
    }
    auto withFormat = [&](const QString& reason) {
        return formatNote.isEmpty() ? reason : reason + QStringLiteral("; ") + formatNote;
    };

    if (m_exponents > 0) {
        c.type = ColumnType::simple(TypeKind::Double);
        c.reason = withFormat(SchemaText::tr("numbers in exponent form (first \"%1\" on line %2)")
                                  .arg(m_firstExponent.text())
                                  .arg(m_firstExponent.line));
        return c;
    }
    c.maxIntegerDigits = intDigits;
    c.maxScale = scale;
    if (scale > 0) {
        const int needed = std::max(intDigits, 1) + scale;
        if (needed > ColumnType::kMaxDecimalPrecision) {
            c.type = ColumnType::simple(TypeKind::Double);
            c.reason
                = withFormat(SchemaText::tr("numbers need %1 digits, more than DECIMAL's %2; DOUBLE keeps about 16 "
                                            "significant digits (choose VARCHAR to keep every digit)")
                                 .arg(needed)
                                 .arg(ColumnType::kMaxDecimalPrecision));
            return c;
        }
        const int precision = m_options.tightTypes ? needed : std::max(needed, 18);
        c.type = ColumnType::decimal(precision, scale);
        QString reason = SchemaText::tr("decimal numbers with up to %1 digit(s) before and %2 after the point")
                             .arg(std::max(intDigits, 1))
                             .arg(scale);
        if (!m_options.tightTypes && precision > needed)
            reason += SchemaText::tr("; DECIMAL(%1,%2) leaves room for larger amounts (tight types: DECIMAL(%3,%2))")
                          .arg(precision)
                          .arg(scale)
                          .arg(needed);
        c.reason = withFormat(reason);
        return c;
    }
    if (m_hugeInteger[d])
        return textResult(c,
            SchemaText::tr("whole numbers beyond LARGEINT (first \"%1\" on line %2), kept as text")
                .arg(m_firstHugeInteger.text())
                .arg(m_firstHugeInteger.line));
    if (m_zeroOne == m_values && m_options.tightTypes) {
        c.type = ColumnType::simple(TypeKind::TinyInt);
        c.reason = SchemaText::tr("only 0 and 1; TINYINT (choose BOOLEAN if these are yes/no flags)");
        return c;
    }
    const TypeKind needed = m_intKind[d];
    const TypeKind kind = integerKindFor(needed);
    c.type = ColumnType::simple(kind);
    if (m_zeroOne == m_values)
        c.reason = SchemaText::tr("only 0 and 1; INT (choose BOOLEAN if these are yes/no flags)");
    else if (kind != needed && m_rangeExact[d] && m_rangeSet[d])
        c.reason = SchemaText::tr("whole numbers from %1 to %2; INT leaves room for larger values (tight types: %3)")
                       .arg(m_minInteger[d])
                       .arg(m_maxInteger[d])
                       .arg(typeName(needed));
    else if (kind != needed)
        c.reason = SchemaText::tr("whole numbers; INT leaves room for larger values (tight types: %1)")
                       .arg(typeName(needed));
    else if (m_options.tightTypes && m_rangeExact[d] && m_rangeSet[d])
        c.reason = SchemaText::tr("whole numbers from %1 to %2, %3 is the smallest type that holds them")
                       .arg(m_minInteger[d])
                       .arg(m_maxInteger[d])
                       .arg(typeName(kind));
    else if (m_options.tightTypes)
        c.reason = SchemaText::tr("whole numbers, %1 is the smallest type that holds them").arg(typeName(kind));
    else if (m_rangeExact[d] && m_rangeSet[d])
        c.reason = SchemaText::tr("whole numbers from %1 to %2 need %3")
                       .arg(m_minInteger[d])
                       .arg(m_maxInteger[d])
                       .arg(typeName(kind));
    else
        c.reason = SchemaText::tr("whole numbers that need %1").arg(typeName(kind));
    c.reason = withFormat(c.reason);
    return c;
}

InferredColumn ColumnProfiler::temporalResult(InferredColumn c) const
{
    using Layout = lex::TemporalLex::Layout;
    if (m_forcesMonthFirst > 0 && m_forcesDayFirst > 0)
        return textResult(c,
            SchemaText::tr("dates in both MM/DD and DD/MM order (\"%1\" on line %2, \"%3\" on line %4), kept as text")
                .arg(m_firstMonthFirst.text())
                .arg(m_firstMonthFirst.line)
                .arg(m_firstDayFirst.text())
                .arg(m_firstDayFirst.line));
    ValueFormat f;
    f.kind = ValueFormat::Kind::Date;
    const bool yearLast = (m_layouts & (1u << unsigned(Layout::YearLast))) != 0;
    bool dayFirst = m_forcesDayFirst > 0;
    const bool forced = m_forced && m_forcedFormat.kind == ValueFormat::Kind::Date;
    if (forced) {
        dayFirst = m_forcedFormat.dateOrder == DateOrder::DayFirst;
        f.timezone = m_forcedFormat.timezone;
    } else if (yearLast && m_forcesDayFirst == 0 && m_forcesMonthFirst == 0) {
        c.dateOrderAmbiguous = true;
        dayFirst = m_options.preferredDateOrder == DateOrder::DayFirst;
    } else if (!yearLast && (m_layouts & (1u << unsigned(Layout::DayFirstDot)))) {
        dayFirst = true; // 31.12.2024: the format says so ("day before month"), though no order needs choosing
    }
    f.dateOrder = dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    const bool withTime = m_dateTimes > 0;
    f.withTime = withTime;
    c.format = f;
    c.offsetCount = m_offsets;

    // the legacy rewrite name, for loaders still using ColumnMapper::dateExpression
    if (m_legacyOnly && __builtin_popcount(m_layouts) == 1) {
        if (m_layouts & (1u << unsigned(Layout::DayFirstDot)))
            c.sourceDateFormat = QStringLiteral("DD.MM.YYYY");
        else if (yearLast)
            c.sourceDateFormat = dayFirst ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("MM/DD/YYYY");
        else if (m_dateSeparator == '/')
            c.sourceDateFormat = QStringLiteral("YYYY/MM/DD");
    }
    c.type = withTime ? ColumnType::datetime(m_maxFraction) : ColumnType::simple(TypeKind::Date);
    QString what = withTime ? (m_maxFraction > 0
                           ? SchemaText::tr("date and time values with %n fractional digit(s)", nullptr, m_maxFraction)
                           : SchemaText::tr("date and time values"))
                            : SchemaText::tr("dates");
    if (withTime && m_dates > 0)
        what += SchemaText::tr(" (some without a time)");
    QString reason = what;
    // an example of the rewrite
    InferredColumn probe;
    probe.type = c.type;
    probe.format = f;
    std::string out;
    const auto converter = makeConverter(probe, {});
    const bool rewritten = converter && m_firstDate.isSet()
        && converter->convert(m_firstDate.value, out) == ValueConverter::Outcome::Rewritten;
    if (c.dateOrderAmbiguous)
        reason
            = SchemaText::tr("%1; every date fits both MM/DD/YYYY and DD/MM/YYYY, read as %2 (change the date order if "
                             "wrong)")
                  .arg(what, dayFirst ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("MM/DD/YYYY"));
    else if (yearLast)
        reason = SchemaText::tr("%1 written %2")
                     .arg(what, dayFirst ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("MM/DD/YYYY"));
    if (rewritten && m_offsets == 0)
        reason += SchemaText::tr("; rewritten when loading: %1 → %2")
                      .arg(m_firstDate.text(), QString::fromUtf8(out.data(), qsizetype(out.size())));
    if (m_offsets > 0)
        reason += SchemaText::tr(
            "; %n value(s) carry a UTC offset and are converted to the load's time zone", nullptr, int(m_offsets));
    c.reason = reason;
    return c;
}

InferredColumn ColumnProfiler::result() const
{
    InferredColumn c;
    c.nullable = m_nulls > 0;
    for (const std::string& e : m_examples)
        c.examples.append(QString::fromUtf8(e.data(), qsizetype(e.size())));
    c.valueCount = m_values;
    c.nullCount = m_nulls;
    c.nullTokenCount = m_tokenNulls;
    c.errorCount = m_errors;
    c.maxBytes = m_maxBytes;
    c.unlikeDorisCount = m_unlikeDoris + m_tokenNulls + m_errors + m_boolWords;
    c.nullWordCount = m_nullWords;

    if (m_values == 0) {
        c.type = ColumnType::varchar(255);
        c.nullable = true;
        c.reason = m_nulls > 0 ? SchemaText::tr(
                       "no values (all %n cell(s) empty or null); VARCHAR(255) until you choose", nullptr, int(m_nulls))
                               : SchemaText::tr("no rows yet; VARCHAR(255) until you choose");
        return c;
    }
    const qint64 temporals = m_dates + m_dateTimes;
    if (m_forced && m_forcedFormat.kind == ValueFormat::Kind::Text)
        return textResult(c, SchemaText::tr("kept as text as chosen"));
    if (m_texts > 0)
        return m_texts == m_values ? textResult(c, QString()) : textResult(c, mixedReason());
    if (m_invalidDates > 0) {
        if (temporals + m_invalidDates == m_values)
            return textResult(c,
                SchemaText::tr(
                    "\"%1\" on line %2 looks like a date but is not a valid calendar date or time, kept as text")
                    .arg(m_firstInvalidDate.text())
                    .arg(m_firstInvalidDate.line));
        return textResult(c, mixedReason());
    }
    if (m_boolWords > 0) {
        if (m_boolWords + m_zeroOne == m_values) {
            c.type = ColumnType::simple(TypeKind::Boolean);
            c.format.kind = ValueFormat::Kind::Boolean;
            c.reason = SchemaText::tr(
                "yes/no values (true/false, yes/no, y/n, on/off, ja/nein, oui/non, 是/否%1), loaded as 1/0")
                           .arg(m_zeroOne > 0 ? QStringLiteral(", 0/1") : QString());
            return c;
        }
        return textResult(c, mixedReason());
    }
    if (temporals == m_values)
        return temporalResult(c);
    if (m_numbers == m_values)
        return numberResult(c);
    return textResult(c, mixedReason());
}

} // namespace dia::schema
