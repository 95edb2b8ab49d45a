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
            return lenientDecimal(value, type).isEmpty() ? Failure::NotANumber : Failure::None;
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

QString DorisConversion::lenientDecimal(const QString& value, const ColumnType& type)
{
    const QString t = value.trimmed();
    const ValueSyntax::Number plain = ValueSyntax::parseNumber(t);
    if (plain.shape == ValueSyntax::NumberShape::Integer || plain.shape == ValueSyntax::NumberShape::Decimal)
        return {};
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == u'+' || t[i] == u'-')) {
        negative = t[i] == u'-';
        ++i;
    }
    QString intDigits;
    QString fracDigits;
    while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128)
        intDigits += t[i++];
    if (i < t.size() && t[i] == u'.') {
        ++i;
        while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128)
            fracDigits += t[i++];
    }
    if (intDigits.isEmpty() && fracDigits.isEmpty())
        return {};
    int exponent = 0;
    bool exponentForm = false;
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        qsizetype k = i + 1;
        bool negExp = false;
        if (k < t.size() && (t[k] == u'+' || t[k] == u'-')) {
            negExp = t[k] == u'-';
            ++k;
        }
        const qsizetype from = k;
        while (k < t.size() && t[k].isDigit() && t[k].unicode() < 128 && k - from < 4)
            exponent = exponent * 10 + (t[k++].unicode() - u'0');
        if (k > from) {
            exponentForm = true;
            exponent = negExp ? -exponent : exponent;
            i = k;
        }
    }
    const bool stoppedEarly = i < t.size();
    const int scale = type.scale;
    QString digits = intDigits + fracDigits;
    qsizetype point = intDigits.size() + exponent;
    if (stoppedEarly && !exponentForm && fracDigits.size() > scale)
        point = digits.size() - scale; // the 2.1 parser keeps the digits read and applies the column's scale
    while (point < 0) {
        digits.prepend(u'0');
        ++point;
    }
    while (digits.size() < point + scale + 1)
        digits.append(u'0');
    // round half up at `scale` digits after the point
    QString kept = digits.left(point + scale);
    if (digits.at(point + scale) >= u'5') {
        qsizetype k = kept.size() - 1;
        while (k >= 0 && kept[k] == u'9') {
            kept[k] = u'0';
            --k;
        }
        if (k < 0) {
            kept.prepend(u'1');
            ++point;
        } else {
            kept[k] = QChar(kept[k].unicode() + 1);
        }
    }
    QString intPart = kept.left(point);
    while (intPart.size() > 1 && intPart.startsWith(u'0'))
        intPart.remove(0, 1);
    if (intPart.isEmpty())
        intPart = QStringLiteral("0");
    QString out = (negative ? QStringLiteral("-") : QString()) + intPart;
    if (scale > 0)
        out += QLatin1Char('.') + kept.mid(point);
    return out;
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
        return SchemaText::tr("empty field, not a valid %1").arg(sql);
    case Failure::NotANumber:
        return SchemaText::tr("not a valid %1").arg(sql);
    case Failure::OutOfRange:
        return SchemaText::tr("out of range for %1").arg(sql);
    case Failure::DecimalOverflow:
        return SchemaText::tr("more than %1 digit(s) before the point for %2")
            .arg(type.precision - type.scale)
            .arg(sql);
    case Failure::InvalidDate:
        return SchemaText::tr("not a valid %1 (Doris reads YYYY-MM-DD[ HH:MM:SS])").arg(sql);
    case Failure::InvalidBoolean:
        return SchemaText::tr("not true, false or a number");
    case Failure::TooLong:
        return SchemaText::tr("longer than %1 (length counts UTF-8 bytes)").arg(sql);
    case Failure::StringLimit:
        return SchemaText::tr("longer than the 1 MB limit of STRING values");
    }
    return {};
}

} // namespace dia::schema
