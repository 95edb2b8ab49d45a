#include "valueconverter.h"

#include "valuelexer.h"

#include <QDateTime>
#include <QTimeZone>

namespace dia::schema {

namespace {

using Outcome = ValueConverter::Outcome;

/// What Doris must not mistake for a value: a leading '?' fails every non-text conversion in 2.1
/// (DECIMAL's lenient parser stops at the first character and finds no digits).
Outcome invalid(std::string_view field, std::string& out)
{
    out.push_back('?');
    out.append(field);
    return Outcome::Invalid;
}

bool isNullField(std::string_view field)
{
    const std::string_view t = lex::trim(field);
    return lex::isNullToken(t) || lex::isExcelError(t);
}

/// Nullable text column: empty, \N and NULL (any case) become NULL, everything else is sent as written.
class TextNullConverter final : public ValueConverter
{
public:
    Outcome convert(std::string_view field, std::string&) const override
    {
        if (field.size() > 4)
            return Outcome::Keep;
        if (field.empty() || lex::isNullWord(field))
            return Outcome::Null;
        return Outcome::Keep;
    }
};

/// A typed column without a format: null tokens and Excel errors become NULL; values go as written.
class TypedNullConverter final : public ValueConverter
{
public:
    Outcome convert(std::string_view field, std::string&) const override
    {
        return isNullField(field) ? Outcome::Null : Outcome::Keep;
    }
};

Outcome finish(std::string_view field, std::string& out, size_t from)
{
    if (std::string_view(out).substr(from) == field) {
        out.resize(from);
        return Outcome::Keep;
    }
    return Outcome::Rewritten;
}

class NumberConverter final : public ValueConverter
{
public:
    NumberConverter(const ValueFormat& f, const ColumnType& type)
        : m_reading(lex::readingFor(f.decimal, f.group))
        , m_percent(f.percent)
        , m_currency(f.currency.toStdString())
        , m_integer(type.isInteger())
        , m_expand(type.kind != TypeKind::Double && type.kind != TypeKind::Float)
    {
        if (m_reading == 0)
            m_reading = lex::DotNone;
    }

    Outcome convert(std::string_view field, std::string& out) const override
    {
        if (isNullField(field))
            return Outcome::Null;
        lex::NumberLex n;
        if (!lex::lexNumber(field, n))
            return invalid(field, out);
        if (!n.currency.empty() && n.currency != m_currency)
            return invalid(field, out);
        if (n.percent && m_percent == ValueFormat::Percent::None)
            return invalid(field, out);
        const size_t from = out.size();
        if (!lex::appendCanonical(n, m_reading, n.percent && m_percent == ValueFormat::Percent::Ratio, m_expand, out)) {
            out.resize(from);
            return invalid(field, out);
        }
        if (m_integer) {
            const size_t point = out.find('.', from);
            if (point != std::string::npos) {
                for (size_t k = point + 1; k < out.size(); ++k) {
                    if (out[k] != '0') {
                        out.resize(from);
                        return invalid(field, out);
                    }
                }
                out.resize(point);
                if (std::string_view(out).substr(from) == "-0") {
                    out.resize(from);
                    out.push_back('0');
                }
            }
        }
        return finish(field, out, from);
    }

private:
    quint8 m_reading;
    ValueFormat::Percent m_percent;
    std::string m_currency;
    bool m_integer;
    bool m_expand;
};

class BooleanConverter final : public ValueConverter
{
public:
    Outcome convert(std::string_view field, std::string& out) const override
    {
        const std::string_view t = lex::trim(field);
        if (t.size() == 1 && (t[0] == '0' || t[0] == '1'))
            return t.size() == field.size() ? Outcome::Keep : (out.push_back(t[0]), Outcome::Rewritten);
        const int b = lex::booleanWord(t);
        if (b >= 0) {
            out.push_back(b ? '1' : '0');
            return Outcome::Rewritten;
        }
        if (isNullField(field))
            return Outcome::Null;
        return invalid(field, out);
    }
};

/// The zone that values with an offset are converted to.
class TargetZone
{
public:
    explicit TargetZone(const QString& name)
    {
        const QString n = name.trimmed();
        if (n.isEmpty() || n.compare(u"UTC", Qt::CaseInsensitive) == 0 || n == u"Z")
            return;
        lex::TemporalLex t;
        const QByteArray probe = QByteArrayLiteral("2000-01-01T00:00:00") + n.toUtf8();
        if (lex::lexTemporal(std::string_view(probe.constData(), size_t(probe.size())), t) && t.hasOffset) {
            m_fixedSeconds = t.offsetMinutes * 60;
            return;
        }
        QTimeZone zone(n.toUtf8());
        if (zone.isValid()) {
            m_zone = zone;
            m_fixed = false;
        }
    }
    /// Offset of the zone at `utcSeconds`.
    int offsetAt(qint64 utcSeconds) const
    {
        if (m_fixed)
            return m_fixedSeconds;
        const QTimeZone zone = m_zone; // a copy per call: QTimeZone is reentrant, not thread-safe
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
    }

private:
    bool m_fixed = true;
    int m_fixedSeconds = 0;
    QTimeZone m_zone;
};

bool validDate(int y, int m, int d)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= ((m == 2 && leap) ? 29 : kDays[m - 1]);
}

class DateConverter final : public ValueConverter
{
public:
    DateConverter(const ValueFormat& f, const ColumnType& type, const QString& zone)
        : m_dayFirst(f.dateOrder == DateOrder::DayFirst)
        , m_withTime(type.kind == TypeKind::DateTime || type.isText())
        , m_zone(f.timezone.isEmpty() ? zone : f.timezone)
    { }

    Outcome convert(std::string_view field, std::string& out) const override
    {
        lex::TemporalLex t;
        if (!lex::lexTemporal(field, t))
            return isNullField(field) ? Outcome::Null : invalid(field, out);
        int month = t.first;
        int day = t.second;
        if (t.layout == lex::TemporalLex::Layout::YearLast && !lex::resolveYearLast(t, m_dayFirst, month, day))
            return invalid(field, out);
        if (!validDate(t.year, month, day))
            return invalid(field, out);
        int year = t.year;
        int hour = t.hour;
        int minute = t.minute;
        int second = t.secondOfMinute;
        if (t.hasOffset) {
            const qint64 utc = (lex::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second)
                - qint64(t.offsetMinutes) * 60;
            const qint64 local = utc + m_zone.offsetAt(utc);
            qint64 days = local / 86400;
            qint64 secs = local % 86400;
            if (secs < 0) {
                secs += 86400;
                --days;
            }
            lex::civilFromDays(days, year, month, day);
            hour = int(secs / 3600);
            minute = int(secs / 60 % 60);
            second = int(secs % 60);
        }
        const size_t from = out.size();
        const bool withTime = m_withTime && (t.hasTime || t.hasOffset);
        lex::appendDateTime(out, year, month, day, withTime, hour, minute, second, t.fraction);
        return finish(field, out, from);
    }

private:
    bool m_dayFirst;
    bool m_withTime;
    TargetZone m_zone;
};

} // namespace

bool readsAsWritten(const InferredColumn& inferred, const ColumnType& target)
{
    const ValueFormat& f = inferred.format;
    if (target.isText()) // a text column converts only dates and the words NULL/null
        return f.kind == ValueFormat::Kind::Date ? inferred.unlikeDorisCount == 0 : inferred.nullWordCount == 0;
    if (inferred.unlikeDorisCount > 0)
        return false;
    const ColumnType& seen = inferred.type;
    if (f.kind == ValueFormat::Kind::Number) {
        const bool plain
            = f.decimal == '.' && f.group == '\0' && f.currency.isEmpty() && f.percent == ValueFormat::Percent::None;
        if (!plain)
            return false;
        if (target.isInteger())
            return seen.isInteger() && inferred.maxScale == 0 && int(target.kind) >= int(seen.kind);
        if (target.kind == TypeKind::Decimal)
            return target.scale >= inferred.maxScale && target.precision - target.scale >= inferred.maxIntegerDigits;
        return target.kind == TypeKind::Float || target.kind == TypeKind::Double;
    }
    if (f.kind == ValueFormat::Kind::Date && target.isTemporal()) {
        if (seen.kind == TypeKind::DateTime) // DATETIME(p) keeps p fraction digits
            return target.kind == TypeKind::DateTime && target.scale >= seen.scale;
        return seen.kind == TypeKind::Date;
    }
    return false;
}

std::shared_ptr<const ValueConverter> makeConverter(const InferredColumn& column, const ConversionOptions& options)
{
    const ColumnType& type = column.type;
    const ValueFormat& f = column.format;
    if (type.isText() || type.kind == TypeKind::Json || type.kind == TypeKind::Other) {
        if (f.kind == ValueFormat::Kind::Date && type.isText())
            return std::make_shared<DateConverter>(f, type, options.timezone);
        if (column.nullable && !options.emptyAsString)
            return std::make_shared<TextNullConverter>();
        return nullptr;
    }
    if (f.kind == ValueFormat::Kind::Number && type.isNumeric()) {
        const bool plain
            = f.decimal == '.' && f.group == '\0' && f.currency.isEmpty() && f.percent == ValueFormat::Percent::None;
        // Doris reads plain integers strictly: nothing to do unless empty cells must become NULL
        if (plain && type.isInteger() && !column.nullable)
            return nullptr;
        return std::make_shared<NumberConverter>(f, type);
    }
    if (f.kind == ValueFormat::Kind::Date && type.isTemporal())
        return std::make_shared<DateConverter>(f, type, options.timezone);
    if (type.kind == TypeKind::Boolean && (f.kind == ValueFormat::Kind::Boolean || f.kind == ValueFormat::Kind::Text))
        return std::make_shared<BooleanConverter>();
    if (column.nullable)
        return std::make_shared<TypedNullConverter>();
    return nullptr;
}

std::vector<std::shared_ptr<const ValueConverter>> makeConverters(
    const QList<InferredColumn>& columns, const ConversionOptions& options)
{
    std::vector<std::shared_ptr<const ValueConverter>> out;
    out.reserve(size_t(columns.size()));
    for (const InferredColumn& c : columns)
        out.push_back(makeConverter(c, options));
    return out;
}

} // namespace dia::schema
