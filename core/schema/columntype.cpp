#include "columntype.h"

#include "schematr.h"

#include <QRegularExpression>

namespace dia::schema {

ColumnType ColumnType::simple(TypeKind kind)
{
    ColumnType t;
    t.kind = kind;
    return t;
}

ColumnType ColumnType::varchar(int bytes)
{
    ColumnType t;
    t.kind = TypeKind::Varchar;
    t.length = bytes;
    return t;
}

ColumnType ColumnType::charType(int bytes)
{
    ColumnType t;
    t.kind = TypeKind::Char;
    t.length = bytes;
    return t;
}

ColumnType ColumnType::decimal(int precision, int scale)
{
    ColumnType t;
    t.kind = TypeKind::Decimal;
    t.precision = precision;
    t.scale = scale;
    return t;
}

ColumnType ColumnType::datetime(int fractionDigits)
{
    ColumnType t;
    t.kind = TypeKind::DateTime;
    t.scale = fractionDigits;
    return t;
}

QString ColumnType::toSql() const
{
    switch (kind) {
    case TypeKind::Boolean:
        return QStringLiteral("BOOLEAN");
    case TypeKind::TinyInt:
        return QStringLiteral("TINYINT");
    case TypeKind::SmallInt:
        return QStringLiteral("SMALLINT");
    case TypeKind::Int:
        return QStringLiteral("INT");
    case TypeKind::BigInt:
        return QStringLiteral("BIGINT");
    case TypeKind::LargeInt:
        return QStringLiteral("LARGEINT");
    case TypeKind::Float:
        return QStringLiteral("FLOAT");
    case TypeKind::Double:
        return QStringLiteral("DOUBLE");
    case TypeKind::Decimal:
        return QStringLiteral("DECIMAL(%1,%2)").arg(precision).arg(scale);
    case TypeKind::Date:
        return QStringLiteral("DATE");
    case TypeKind::DateTime:
        return scale > 0 ? QStringLiteral("DATETIME(%1)").arg(scale) : QStringLiteral("DATETIME");
    case TypeKind::Char:
        return QStringLiteral("CHAR(%1)").arg(length);
    case TypeKind::Varchar:
        return QStringLiteral("VARCHAR(%1)").arg(length);
    case TypeKind::String:
        return QStringLiteral("STRING");
    case TypeKind::Json:
        return QStringLiteral("JSON");
    case TypeKind::Other:
        return otherName;
    }
    return otherName;
}

bool ColumnType::isInteger() const
{
    switch (kind) {
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt:
    case TypeKind::LargeInt:
        return true;
    default:
        return false;
    }
}

bool ColumnType::isNumeric() const
{
    return isInteger() || kind == TypeKind::Float || kind == TypeKind::Double || kind == TypeKind::Decimal;
}

bool ColumnType::isText() const
{
    return kind == TypeKind::Char || kind == TypeKind::Varchar || kind == TypeKind::String;
}

bool ColumnType::isTemporal() const
{
    return kind == TypeKind::Date || kind == TypeKind::DateTime;
}

bool ColumnType::canBeKey() const
{
    switch (kind) {
    case TypeKind::Float:
    case TypeKind::Double:
    case TypeKind::String:
    case TypeKind::Json:
    case TypeKind::Other:
        return false;
    default:
        return true;
    }
}

Status ColumnType::validate() const
{
    switch (kind) {
    case TypeKind::Varchar:
        if (length < 1 || length > kMaxVarcharLength)
            return makeError(QStringLiteral("invalid_type"),
                SchemaText::tr("VARCHAR size must be between 1 and %1, got %2.").arg(kMaxVarcharLength).arg(length),
                SchemaText::tr("Use STRING for longer text."));
        break;
    case TypeKind::Char:
        if (length < 1 || length > kMaxCharLength)
            return makeError(QStringLiteral("invalid_type"),
                SchemaText::tr("CHAR size must be between 1 and %1, got %2.").arg(kMaxCharLength).arg(length),
                SchemaText::tr("Use VARCHAR for longer text."));
        break;
    case TypeKind::Decimal:
        if (precision < 1 || precision > kMaxDecimalPrecision)
            return makeError(QStringLiteral("invalid_type"),
                SchemaText::tr("Precision of decimal must be between 1 and %1, got %2.")
                    .arg(kMaxDecimalPrecision)
                    .arg(precision),
                SchemaText::tr("Use DOUBLE or VARCHAR for wider numbers."));
        if (scale < 0 || scale > precision)
            return makeError(QStringLiteral("invalid_type"),
                SchemaText::tr("Scale of decimal must be between 0 and precision %1, got %2.")
                    .arg(precision)
                    .arg(scale));
        break;
    case TypeKind::DateTime:
        if (scale < 0 || scale > kMaxDatetimePrecision)
            return makeError(QStringLiteral("invalid_type"),
                SchemaText::tr("DATETIME precision must be between 0 and %1, got %2.")
                    .arg(kMaxDatetimePrecision)
                    .arg(scale));
        break;
    default:
        break;
    }
    return {};
}

Result<ColumnType> ColumnType::parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    const QString trimmed = text.trimmed();
    if (!m.hasMatch()) {
        // ARRAY<INT>, MAP<...>, STRUCT<...> and friends: kept verbatim, not usable by the importer.
        static const QRegularExpression complex(QStringLiteral(R"(^\s*[A-Za-z_]+\s*<.*>\s*$)"));
        if (complex.match(text).hasMatch()) {
            ColumnType t = simple(TypeKind::Other);
            t.otherName = trimmed;
            return t;
        }
        return makeError(QStringLiteral("invalid_type"), SchemaText::tr("'%1' is not a column type.").arg(trimmed),
            SchemaText::tr("Write a Doris type such as INT, DECIMAL(10,2), DATE or VARCHAR(64)."));
    }
    const QString name = m.captured(1).toUpper();
    const bool hasArg1 = !m.captured(2).isEmpty();
    const bool hasArg2 = !m.captured(3).isEmpty();
    const int a1 = m.captured(2).toInt();
    const int a2 = m.captured(3).toInt();

    ColumnType t;
    auto noArgs = [&](TypeKind kind) -> Result<ColumnType> {
        if (hasArg2)
            return makeError(QStringLiteral("invalid_type"),
                SchemaText::tr("'%1' does not take a precision and a scale.").arg(trimmed));
        return simple(kind); // integer display widths like INT(11) are accepted and ignored
    };
    if (name == u"BOOLEAN" || name == u"BOOL")
        return noArgs(TypeKind::Boolean);
    if (name == u"TINYINT")
        return noArgs(TypeKind::TinyInt);
    if (name == u"SMALLINT")
        return noArgs(TypeKind::SmallInt);
    if (name == u"INT" || name == u"INTEGER")
        return noArgs(TypeKind::Int);
    if (name == u"BIGINT")
        return noArgs(TypeKind::BigInt);
    if (name == u"LARGEINT")
        return noArgs(TypeKind::LargeInt);
    if (name == u"FLOAT")
        return noArgs(TypeKind::Float);
    if (name == u"DOUBLE")
        return noArgs(TypeKind::Double);
    if (name == u"DATE" || name == u"DATEV2" || name == u"DATEV1")
        return noArgs(TypeKind::Date);
    if (name == u"STRING" || name == u"TEXT")
        return noArgs(TypeKind::String);
    if (name == u"JSON" || name == u"JSONB")
        return noArgs(TypeKind::Json);
    if (name == u"DECIMAL" || name == u"DECIMALV3" || name == u"DECIMALV2" || name == u"NUMERIC") {
        t = hasArg1 ? decimal(a1, hasArg2 ? a2 : 0) : decimal(38, 9);
    } else if (name == u"DATETIME" || name == u"DATETIMEV2" || name == u"DATETIMEV1") {
        if (hasArg2)
            return makeError(QStringLiteral("invalid_type"), SchemaText::tr("'%1' takes one precision.").arg(trimmed));
        t = datetime(hasArg1 ? a1 : 0);
    } else if (name == u"VARCHAR") {
        if (hasArg2)
            return makeError(QStringLiteral("invalid_type"), SchemaText::tr("'%1' takes one length.").arg(trimmed));
        t = varchar(hasArg1 ? a1 : kMaxVarcharLength);
    } else if (name == u"CHAR") {
        if (hasArg2)
            return makeError(QStringLiteral("invalid_type"), SchemaText::tr("'%1' takes one length.").arg(trimmed));
        t = charType(hasArg1 ? a1 : 1);
    } else {
        t = simple(TypeKind::Other);
        t.otherName = trimmed;
        return t;
    }
    if (const Status s = t.validate(); !s)
        return s.error();
    return t;
}

} // namespace dia::schema
