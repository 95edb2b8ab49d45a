#include "sqltext.h"

namespace dia::schema {

namespace {

QString quoted(const QString& text, QChar quote)
{
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case 0:
            out += QStringLiteral("\\0");
            break;
        default:
            if (c == quote) {
                out += QLatin1Char('\\');
                out += c;
            } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                out += QLatin1Char(' ');
            } else {
                out += c;
            }
        }
    }
    out += quote;
    return out;
}

} // namespace

QString backquote(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

QString qualifiedName(const QString& database, const QString& table)
{
    return database.isEmpty() ? backquote(table) : backquote(database) + QLatin1Char('.') + backquote(table);
}

QString sqlString(const QString& text)
{
    return quoted(text, QLatin1Char('\''));
}

QString sqlDoubleQuoted(const QString& text)
{
    return quoted(text, QLatin1Char('"'));
}

} // namespace dia::schema
