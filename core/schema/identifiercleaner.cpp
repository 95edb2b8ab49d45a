#include "identifiercleaner.h"

#include "schematr.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dia::schema {

namespace {

const QStringList& reservedPrefixes()
{
    static const QStringList prefixes { QStringLiteral("__doris_"), QStringLiteral("mv_"), QStringLiteral("mva_") };
    return prefixes;
}

bool hasReservedPrefix(const QString& name)
{
    for (const QString& p : reservedPrefixes()) {
        if (name.startsWith(p, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// Lower-case ASCII snake case; `lostLetters` is set when a letter had no ASCII form.
QString toSnake(const QString& text, bool* lostLetters)
{
    const QString ascii = IdentifierCleaner::transliterate(text);
    QString out;
    out.reserve(ascii.size());
    bool pendingUnderscore = false;
    for (const QChar c : ascii) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (alnum) {
            if (pendingUnderscore && !out.isEmpty())
                out += QLatin1Char('_');
            pendingUnderscore = false;
            out += c.toLower();
        } else {
            if (u >= 0x80 && c.isLetterOrNumber() && lostLetters)
                *lostLetters = true;
            pendingUnderscore = true;
        }
    }
    return out;
}

QString truncateName(QString name, int max)
{
    if (name.size() > max) {
        name.truncate(max);
        if (!name.isEmpty() && name.back().isHighSurrogate())
            name.chop(1);
        while (name.endsWith(QLatin1Char('_')))
            name.chop(1);
    }
    return name;
}

/// Snake case keeping letters of every script (NameRule::Unicode); `keepable` is cleared when the header has a
/// character the Unicode rule cannot take in a name (a combining mark, a non-ASCII digit).
QString toUnicodeSnake(const QString& text, bool* keepable)
{
    *keepable = true;
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    bool pendingUnderscore = false;
    const QList<uint> codePoints = nfc.toUcs4();
    for (const uint u : codePoints) {
        const bool asciiAlnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        const bool letter = u >= 0x80 && QChar::isLetter(char32_t(u));
        if (asciiAlnum || letter) {
            if (pendingUnderscore && !out.isEmpty())
                out += QLatin1Char('_');
            pendingUnderscore = false;
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&u), 1).toLower();
        } else if (u >= 0x80 && (QChar::isLetterOrNumber(char32_t(u)) || QChar::isMark(char32_t(u)))) {
            *keepable = false;
            return {};
        } else {
            pendingUnderscore = true;
        }
    }
    return out;
}

QString unicodeFallbackReason()
{
    return SchemaText::tr("Doris 2.1 keeps Unicode names only when they are made of letters, digits and _ (no "
                          "combining marks or non-ASCII digits); the ASCII name is used and the header is kept in the "
                          "column comment");
}

} // namespace

bool IdentifierCleaner::isNonAscii(const QString& name)
{
    for (const QChar c : name) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

QString IdentifierCleaner::transliterate(const QString& text)
{
    static const QHash<char16_t, QString> special {
        { u'ß', QStringLiteral("ss") },
        { u'Æ', QStringLiteral("AE") },
        { u'æ', QStringLiteral("ae") },
        { u'Ø', QStringLiteral("O") },
        { u'ø', QStringLiteral("o") },
        { u'Ł', QStringLiteral("L") },
        { u'ł', QStringLiteral("l") },
        { u'Œ', QStringLiteral("OE") },
        { u'œ', QStringLiteral("oe") },
        { u'Đ', QStringLiteral("D") },
        { u'đ', QStringLiteral("d") },
        { u'Þ', QStringLiteral("Th") },
        { u'þ', QStringLiteral("th") },
        { u'ı', QStringLiteral("i") },
    };
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out += c;
            continue;
        }
        if (const auto it = special.constFind(c.unicode()); it != special.constEnd()) {
            out += *it;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        QString base;
        bool allAscii = true;
        for (const QChar d : decomposed) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            if (d.unicode() >= 0x80)
                allAscii = false;
            base += d;
        }
        out += allAscii && !base.isEmpty() ? base : QString(c);
    }
    return out;
}

QList<CleanedName> IdentifierCleaner::cleanColumnNames(const QStringList& headers, NameRule rule)
{
    QList<CleanedName> result;
    result.reserve(headers.size());
    QSet<QString> used;
    // Names that are already clean keep priority over generated ones: reserve them first.
    QList<QString> base;
    QList<QString> baseReason;
    for (int i = 0; i < headers.size(); ++i) {
        const QString trimmed = headers[i].trimmed();
        QString reason;
        QString name;
        bool lost = false;
        bool unicodeFallback = false;
        if (trimmed.isEmpty()) {
            name = QStringLiteral("column_%1").arg(i + 1);
            reason = SchemaText::tr("the header is empty");
        } else {
            name = toSnake(trimmed, &lost);
            if (rule == NameRule::Unicode && isNonAscii(trimmed)) {
                bool keepable = true;
                const QString kept = toUnicodeSnake(trimmed, &keepable);
                if (!keepable) {
                    unicodeFallback = true;
                } else if (!kept.isEmpty()) {
                    name = kept;
                    lost = false;
                }
            }
            if (lost || name.isEmpty()) {
                name = QStringLiteral("column_%1").arg(i + 1);
                reason = unicodeFallback ? unicodeFallbackReason()
                    : lost ? SchemaText::tr("Doris accepts only ASCII column names unless unicode names are enabled; "
                                            "the header is kept in the column comment")
                           : SchemaText::tr("the header has no letters or digits");
            } else {
                if (hasReservedPrefix(name)) {
                    name = QStringLiteral("c_") + name;
                    reason = SchemaText::tr("Doris reserves names starting with mv_, mva_ and __doris_");
                }
                if (name.size() > kMaxGeneratedColumnName) {
                    name = truncateName(name, kMaxGeneratedColumnName);
                    reason = SchemaText::tr("shortened to %1 characters").arg(kMaxGeneratedColumnName);
                }
                if (reason.isEmpty() && unicodeFallback)
                    reason = unicodeFallbackReason();
                if (reason.isEmpty() && name != headers[i])
                    reason = SchemaText::tr("lower case, with spaces and symbols replaced by _");
            }
        }
        base.append(name);
        baseReason.append(reason);
    }
    QHash<QString, int> firstUse;
    for (int i = 0; i < base.size(); ++i) {
        if (!firstUse.contains(base[i]))
            firstUse.insert(base[i], i);
    }
    for (int i = 0; i < base.size(); ++i) {
        QString name = base[i];
        QString reason = baseReason[i];
        if (firstUse.value(name) != i || used.contains(name)) {
            const int firstIndex = firstUse.value(name);
            for (int n = 2;; ++n) {
                const QString suffix = QStringLiteral("_%1").arg(n);
                const QString candidate = truncateName(name, kMaxGeneratedColumnName - int(suffix.size())) + suffix;
                if (!used.contains(candidate) && !firstUse.contains(candidate)) {
                    name = candidate;
                    break;
                }
            }
            reason = SchemaText::tr("column %1 already has this name").arg(firstIndex + 1);
        }
        used.insert(name);
        if (reason.isEmpty() && isReservedWord(name))
            reason = SchemaText::tr("'%1' is a reserved word; kept, because every name is backquoted").arg(name);
        result.append(CleanedName { headers[i], name, reason });
    }
    return result;
}

QString IdentifierCleaner::cleanTableName(const QString& text)
{
    QString name = toSnake(text.trimmed(), nullptr);
    if (name.isEmpty())
        return QStringLiteral("imported_data");
    if (!(name[0] >= u'a' && name[0] <= u'z'))
        name = QStringLiteral("t_") + name;
    return truncateName(name, kMaxTableName);
}

Status IdentifierCleaner::validateColumnName(const QString& name, NameRule rule)
{
    if (rule == NameRule::Unicode) {
        // Doris 2.1's UNICODE_COLUMN_NAME_REGEX without the `,` its `+-/` range lets through
        static const QRegularExpression unicodeRe(
            QStringLiteral(R"(^[_a-zA-Z@0-9\p{L}][.a-zA-Z0-9_+\-/?@#$%^&*\p{L}]{0,255}$)"));
        if (name.isEmpty() || !unicodeRe.match(name).hasMatch())
            return makeError(QStringLiteral("invalid_column_name"),
                SchemaText::tr("Incorrect column name '%1'. Column regex is '%2'")
                    .arg(name, QStringLiteral(R"(^[_a-zA-Z@0-9\p{L}][.a-zA-Z0-9_+-/?@#$%^&*\p{L}]{0,255}$)")),
                SchemaText::tr("With Unicode names, use letters, digits and _ (no spaces, quotes, commas or colons)."));
        if (hasReservedPrefix(name))
            return makeError(QStringLiteral("invalid_column_name"),
                SchemaText::tr(
                    "Incorrect column name '%1'. Column names starting with mv_, mva_ or __DORIS_ are reserved.")
                    .arg(name),
                SchemaText::tr("Rename the column."));
        return {};
    }
    static const QRegularExpression re(QStringLiteral(R"(^[_a-zA-Z@0-9\s/][.a-zA-Z0-9_+\-/?@#$%^&*"\s,:]{0,255}$)"));
    if (name.isEmpty() || !re.match(name).hasMatch())
        return makeError(QStringLiteral("invalid_column_name"),
            SchemaText::tr("Incorrect column name '%1'. Column regex is '%2'")
                .arg(name, QStringLiteral(R"(^[_a-zA-Z@0-9\s/][.a-zA-Z0-9_+-/?@#$%^&*"\s,:]{0,255}$)")),
            SchemaText::tr("Use ASCII letters, digits and _ (at most 256 characters)."));
    if (hasReservedPrefix(name))
        return makeError(QStringLiteral("invalid_column_name"),
            SchemaText::tr("Incorrect column name '%1'. Column names starting with mv_, mva_ or __DORIS_ are reserved.")
                .arg(name),
            SchemaText::tr("Rename the column."));
    return {};
}

Status IdentifierCleaner::validateTableName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-zA-Z][a-zA-Z0-9\-_]*$)"));
    if (!re.match(name).hasMatch() || name.size() > kMaxTableName)
        return makeError(QStringLiteral("invalid_table_name"),
            SchemaText::tr("Incorrect table name '%1'. Table name regex is '%2'")
                .arg(name, QStringLiteral("^[a-zA-Z][a-zA-Z0-9-_]*$")),
            SchemaText::tr("Start with a letter and use letters, digits, - and _ (at most %1 characters).")
                .arg(kMaxTableName));
    return {};
}

Status IdentifierCleaner::validateDatabaseName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-zA-Z][a-zA-Z0-9\-_]{0,63}$)"));
    if (!re.match(name).hasMatch())
        return makeError(QStringLiteral("invalid_database_name"),
            SchemaText::tr("Incorrect database name '%1'.").arg(name),
            SchemaText::tr("Start with a letter and use letters, digits, - and _ (at most 64 characters)."));
    return {};
}

bool IdentifierCleaner::isReservedWord(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : { "add", "all", "alter", "analyze", "and", "array", "as", "asc", "between", "bigint",
                 "bitmap", "both", "by", "case", "char", "character", "check", "collate", "column", "columns",
                 "convert", "create", "cross", "cube", "current_date", "current_time", "current_timestamp",
                 "current_user", "database", "databases", "date", "datetime", "day", "decimal", "default", "delete",
                 "desc", "describe", "distinct", "distributed", "div", "double", "drop", "dual", "else", "end",
                 "exists", "explain", "false", "float", "for", "force", "from", "full", "function", "grant", "group",
                 "grouping", "having", "hour", "if", "in", "index", "inner", "insert", "int", "integer", "intersect",
                 "interval", "into", "is", "join", "key", "keys", "kill", "largeint", "left", "like", "limit", "load",
                 "local", "match", "minus", "minute", "month", "natural", "not", "null", "on", "or", "order", "outer",
                 "over", "partition", "partitions", "precision", "procedure", "range", "read", "regexp", "rename",
                 "replace", "right", "rlike", "row", "rows", "schema", "schemas", "second", "select", "set", "show",
                 "smallint", "string", "table", "tables", "then", "tinyint", "to", "trim", "true", "union", "unique",
                 "unsigned", "update", "use", "using", "values", "varchar", "when", "where", "with", "year" })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words.contains(word.toLower());
}

QString IdentifierCleaner::matchKey(const QString& name)
{
    QString out;
    const QString lower = name.trimmed().toLower();
    out.reserve(lower.size());
    for (const QChar c : lower) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        out += c;
    }
    return out;
}

} // namespace dia::schema
