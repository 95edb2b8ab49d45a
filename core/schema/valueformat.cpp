#include "valueformat.h"

#include "schematr.h"

namespace dia::schema {

namespace {

QString groupPhrase(char group)
{
    switch (group) {
    case '.':
        return SchemaText::tr("'.' groups thousands");
    case ',':
        return SchemaText::tr("',' groups thousands");
    case '\'':
        return SchemaText::tr("apostrophe groups thousands");
    case ' ':
        return SchemaText::tr("space groups thousands");
    default:
        return SchemaText::tr("no thousands separator");
    }
}

Error specError(const QString& spec, const QString& what)
{
    return makeError(QStringLiteral("bad_format"), SchemaText::tr("Format \"%1\": %2.").arg(spec, what),
        SchemaText::tr("Write for example number;decimal=,;group=. or date;order=dmy or boolean or text."));
}

} // namespace

QString ValueFormat::toSpec() const
{
    QStringList parts;
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Boolean:
        return QStringLiteral("boolean");
    case Kind::Number:
        parts << QStringLiteral("number") << QStringLiteral("decimal=") + QLatin1Char(decimal)
              << QStringLiteral("group=") + groupValue(group);
        if (!currency.isEmpty())
            parts << QStringLiteral("currency=") + currency;
        if (percent != Percent::None)
            parts << (percent == Percent::Ratio ? QStringLiteral("percent=ratio") : QStringLiteral("percent=points"));
        break;
    case Kind::Date:
        parts << (withTime ? QStringLiteral("datetime") : QStringLiteral("date"))
              << (dateOrder == DateOrder::DayFirst ? QStringLiteral("order=dmy") : QStringLiteral("order=mdy"));
        if (!timezone.isEmpty())
            parts << QStringLiteral("tz=") + timezone;
        break;
    }
    return parts.join(QLatin1Char(';'));
}

Result<ValueFormat> ValueFormat::parse(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return specError(spec, SchemaText::tr("empty"));
    ValueFormat f;
    const QString kind = parts.first().trimmed().toLower();
    if (kind == u"text")
        f.kind = Kind::Text;
    else if (kind == u"number")
        f.kind = Kind::Number;
    else if (kind == u"date" || kind == u"datetime") {
        f.kind = Kind::Date;
        f.withTime = kind == u"datetime";
    } else if (kind == u"boolean" || kind == u"bool")
        f.kind = Kind::Boolean;
    else
        return specError(spec, SchemaText::tr("the kind must be text, number, date, datetime or boolean"));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf(QLatin1Char('='));
        if (eq < 0)
            return specError(spec, SchemaText::tr("\"%1\" is not key=value").arg(parts[i]));
        const QString key = parts[i].left(eq).trimmed().toLower();
        const QString value = parts[i].mid(eq + 1);
        const QString v = value.trimmed();
        if (f.kind == Kind::Number && key == u"decimal") {
            if (v != u"." && v != u",")
                return specError(spec, SchemaText::tr("decimal must be . or ,"));
            f.decimal = char(v.at(0).unicode());
        } else if (f.kind == Kind::Number && key == u"group") {
            const int group = groupFromValue(value == u" " ? value : v);
            if (group < 0)
                return specError(spec, SchemaText::tr("group must be none, ., ,, ' or space"));
            f.group = char(group);
        } else if (f.kind == Kind::Number && key == u"currency") {
            f.currency = v;
        } else if (f.kind == Kind::Number && key == u"percent") {
            if (v == u"ratio")
                f.percent = Percent::Ratio;
            else if (v == u"points")
                f.percent = Percent::Points;
            else if (v == u"none")
                f.percent = Percent::None;
            else
                return specError(spec, SchemaText::tr("percent must be ratio or points"));
        } else if (f.kind == Kind::Date && key == u"order") {
            if (v.compare(u"mdy", Qt::CaseInsensitive) == 0)
                f.dateOrder = DateOrder::MonthFirst;
            else if (v.compare(u"dmy", Qt::CaseInsensitive) == 0)
                f.dateOrder = DateOrder::DayFirst;
            else
                return specError(spec, SchemaText::tr("order must be mdy or dmy"));
        } else if (f.kind == Kind::Date && (key == u"tz" || key == u"timezone")) {
            f.timezone = v;
        } else {
            return specError(spec, SchemaText::tr("unknown key \"%1\" for this kind").arg(key));
        }
    }
    if (f.kind == Kind::Number && f.group == f.decimal)
        return specError(spec, SchemaText::tr("the decimal mark and the group separator must differ"));
    return f;
}

QString ValueFormat::groupValue(char group)
{
    switch (group) {
    case '\0':
        return QStringLiteral("none");
    case ' ':
        return QStringLiteral("space");
    default:
        return QString(QLatin1Char(group));
    }
}

int ValueFormat::groupFromValue(const QString& value)
{
    if (value == u"none" || value.isEmpty())
        return '\0';
    if (value == u"space" || value == u" " || value == u"nbsp" || value == QStringLiteral("\u00A0")
        || value == QStringLiteral("\u202F"))
        return ' ';
    if (value == u"." || value == u"," || value == u"'")
        return value.at(0).unicode();
    return -1;
}

QString ValueFormat::describe() const
{
    switch (kind) {
    case Kind::Text:
        return SchemaText::tr("text as written");
    case Kind::Boolean:
        return SchemaText::tr("yes/no words sent as 1/0");
    case Kind::Number: {
        QString s = decimal == ',' ? SchemaText::tr("decimal comma") : SchemaText::tr("decimal point");
        s += QStringLiteral(", ") + groupPhrase(group);
        if (!currency.isEmpty())
            s += SchemaText::tr(", currency %1 removed").arg(currency);
        if (percent == Percent::Ratio)
            s += SchemaText::tr(", percent as a ratio (12% → 0.12)");
        else if (percent == Percent::Points)
            s += SchemaText::tr(", percent as points (12% → 12)");
        return s;
    }
    case Kind::Date: {
        QString s = dateOrder == DateOrder::DayFirst ? SchemaText::tr("day before month")
                                                     : SchemaText::tr("month before day");
        if (!timezone.isEmpty())
            s += SchemaText::tr(", offsets converted to %1").arg(timezone);
        return s;
    }
    }
    return {};
}

QString ValueFormat::example() const
{
    if (kind != Kind::Number)
        return {};
    const QString g = group == '\0' ? QString() : (group == ' ' ? QStringLiteral(" ") : QString(QLatin1Char(group)));
    QString written = QStringLiteral("1") + g + QStringLiteral("234") + QLatin1Char(decimal) + QStringLiteral("50");
    QString canonical = QStringLiteral("1234.50");
    if (!currency.isEmpty())
        written = currency + written;
    if (percent == Percent::Ratio) {
        written += QLatin1Char('%');
        canonical = QStringLiteral("12.3450");
    } else if (percent == Percent::Points) {
        written += QLatin1Char('%');
    }
    return written + QStringLiteral(" → ") + canonical;
}

QList<ValueFormat::Choice> ValueFormat::kindChoices()
{
    return { { QStringLiteral("text"), SchemaText::tr("Text as written") },
        { QStringLiteral("number"), SchemaText::tr("Number") }, { QStringLiteral("date"), SchemaText::tr("Date") },
        { QStringLiteral("datetime"), SchemaText::tr("Date and time") },
        { QStringLiteral("boolean"), SchemaText::tr("Yes/no") } };
}

QList<ValueFormat::Choice> ValueFormat::decimalChoices()
{
    return { { QStringLiteral("."), SchemaText::tr("Decimal point (1.5)") },
        { QStringLiteral(","), SchemaText::tr("Decimal comma (1,5)") } };
}

QList<ValueFormat::Choice> ValueFormat::groupChoices()
{
    return { { QStringLiteral("none"), SchemaText::tr("No thousands separator") },
        { QStringLiteral(","), SchemaText::tr("Comma (1,234)") },
        { QStringLiteral("."), SchemaText::tr("Point (1.234)") },
        { QStringLiteral("'"), SchemaText::tr("Apostrophe (1'234)") },
        { QStringLiteral("space"), SchemaText::tr("Space (1 234)") } };
}

QList<ValueFormat::Choice> ValueFormat::percentChoices()
{
    return { { QStringLiteral("ratio"), SchemaText::tr("12% as 0.12") },
        { QStringLiteral("points"), SchemaText::tr("12% as 12") } };
}

QList<ValueFormat::Choice> ValueFormat::dateOrderChoices()
{
    return { { QStringLiteral("mdy"), SchemaText::tr("Month first (07/01/2024 is July 1)") },
        { QStringLiteral("dmy"), SchemaText::tr("Day first (07/01/2024 is 7 January)") } };
}

Result<FormatChoice> parseFormatChoice(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return makeError(QStringLiteral("bad_format"), SchemaText::tr("--format \"%1\" is not COLUMN:SPEC.").arg(text),
            SchemaText::tr("Write for example --format amount:number;decimal=,;group=."));
    }
    const QString spec = text.mid(colon + 1);
    if (Result<ValueFormat> f = ValueFormat::parse(spec); !f)
        return f.error();
    return FormatChoice { text.left(colon).trimmed(), spec };
}

qsizetype formatChoiceColumn(const FormatChoice& choice, const QStringList& originalNames, const QStringList& names)
{
    for (qsizetype i = 0; i < originalNames.size(); ++i) {
        if (originalNames[i].compare(choice.column, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i].compare(choice.column, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int n = choice.column.toInt(&ok);
    if (ok && n >= 1 && n <= originalNames.size())
        return n - 1;
    return -1;
}

} // namespace dia::schema
