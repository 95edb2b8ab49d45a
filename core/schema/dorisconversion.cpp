#include "dorisconversion.h"

#include "schematr.h"
#include "valuesyntax.h"

namespace dia::schema {

namespace {

/// DECIMAL(p,s) integer part after rounding to s decimals must fit p - s digits.
bool decimalFits(const ValueSyntax::Number& n, QStringView fraction, const ColumnType& t)
{
    qsizetype intDigits = n.intDigits.size();
    if (fraction.size() > t.scale && fraction[t.scale] >= u'5') {
        // Rounding up carries into the integer part when every kept digit is 9.
        bool allNines = true;
        for (const QChar c : n.intDigits)
            allNines = allNines && c == u'9';
        for (qsizetype i = 0; i < t.scale; ++i)
            allNines = allNines && fraction[i] == u'9';
        if (allNines)
            intDigits += 1;
    }
    return intDigits <= t.precision - t.scale;
}

} // namespace

DorisConversion::Failure DorisConversion::check(const QString& value, const ColumnType& type)
{
    if (type.isText()) {
        const qsizetype bytes = ValueSyntax::utf8Length(value);
        if (type.kind == TypeKind::String)
            return bytes > kStringSoftLimitBytes ? Failure::StringLimit : Failure::None;
        return bytes > type.length ? Failure::TooLong : Failure::None;
    }
    if (type.kind == TypeKind::Json || type.kind == TypeKind::Other)
        return Failure::None;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return Failure::EmptyField;

    if (type.isInteger()) {
        const ValueSyntax::Number n = ValueSyntax::parseNumber(trimmed);
        if (n.shape != ValueSyntax::NumberShape::Integer)
            return Failure::NotANumber;
        return ValueSyntax::fitsInteger(n, type.kind) ? Failure::None : Failure::OutOfRange;
    }
    if (type.kind == TypeKind::Decimal) {
        const ValueSyntax::Number n = ValueSyntax::parseNumber(trimmed);
        if (n.shape != ValueSyntax::NumberShape::Integer && n.shape != ValueSyntax::NumberShape::Decimal)
            return Failure::NotANumber;
        const qsizetype point = trimmed.indexOf(QLatin1Char('.'));
        const QStringView fraction = point < 0 ? QStringView() : QStringView(trimmed).mid(point + 1);
        return decimalFits(n, fraction, type) ? Failure::None : Failure::DecimalOverflow;
    }
    if (type.kind == TypeKind::Float || type.kind == TypeKind::Double) {
        const ValueSyntax::Number n = ValueSyntax::parseNumber(trimmed);
        if (n.shape != ValueSyntax::NumberShape::NotNumber)
            return Failure::None;
        const QString lower = trimmed.toLower();
        const bool special = lower == u"inf" || lower == u"-inf" || lower == u"+inf" || lower == u"infinity"
            || lower == u"-infinity" || lower == u"nan";
        return special ? Failure::None : Failure::NotANumber;
    }
    if (type.kind == TypeKind::Boolean) {
        if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0 || trimmed.compare(u"false", Qt::CaseInsensitive) == 0)
            return Failure::None;
        const ValueSyntax::Number n = ValueSyntax::parseNumber(trimmed);
        return n.shape == ValueSyntax::NumberShape::Integer || n.shape == ValueSyntax::NumberShape::Decimal
            ? Failure::None
            : Failure::InvalidBoolean;
    }
    if (type.isTemporal())
        return ValueSyntax::dorisAcceptsDateTime(trimmed) ? Failure::None : Failure::InvalidDate;
    return Failure::None;
}

QString DorisConversion::code(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::EmptyField:
        return QStringLiteral("empty_field");
    case Failure::NotANumber:
        return QStringLiteral("not_a_number");
    case Failure::OutOfRange:
        return QStringLiteral("out_of_range");
    case Failure::DecimalOverflow:
        return QStringLiteral("decimal_overflow");
    case Failure::InvalidDate:
        return QStringLiteral("invalid_date");
    case Failure::InvalidBoolean:
        return QStringLiteral("invalid_boolean");
    case Failure::TooLong:
        return QStringLiteral("too_long");
    case Failure::StringLimit:
        return QStringLiteral("string_limit");
    }
    return {};
}

QString DorisConversion::describe(Failure failure, const ColumnType& type)
{
    const QString sql = type.toSql();
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::EmptyField:
        return schemaTr("empty field, not a valid %1").arg(sql);
    case Failure::NotANumber:
        return schemaTr("not a valid %1").arg(sql);
    case Failure::OutOfRange:
        return schemaTr("out of range for %1").arg(sql);
    case Failure::DecimalOverflow:
        return schemaTr("more than %1 digit(s) before the point for %2").arg(type.precision - type.scale).arg(sql);
    case Failure::InvalidDate:
        return schemaTr("not a valid %1 (Doris reads YYYY-MM-DD[ HH:MM:SS])").arg(sql);
    case Failure::InvalidBoolean:
        return schemaTr("not true, false or a number");
    case Failure::TooLong:
        return schemaTr("longer than %1 (length counts UTF-8 bytes)").arg(sql);
    case Failure::StringLimit:
        return schemaTr("longer than the 1 MB limit of STRING values");
    }
    return {};
}

} // namespace dia::schema
