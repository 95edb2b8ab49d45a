#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dia::schema {

/// A file header turned into a Doris column name.
struct CleanedName
{
    QString original; ///< the header cell as read (may be empty)
    QString name; ///< the proposed column name
    QString reason; ///< why it differs from the header; empty when unchanged
};

/// Turns file headers into Doris identifiers and checks identifiers against Doris's naming rules
/// (FeNameFormat, Doris 2.1/3.0, `enable_unicode_name_support` off).
///
/// Proposed column names are lower-case ASCII `[a-z0-9_]`, at most 64 characters: every character
/// outside that set becomes `_`, accented Latin letters are transliterated (é → e, ß → ss), and a header
/// with letters that have no ASCII form (CJK, Cyrillic, ...) becomes `column_N` (N = 1-based position),
/// because Doris 2.1/3.0 reject non-ASCII names unless the cluster enables unicode names. The original
/// header always stays in the column COMMENT. Empty headers become `column_N`, duplicates (compared
/// case-insensitively, as Doris does) get `_2`, `_3`..., names with Doris's reserved prefixes (`mv_`,
/// `mva_`, `__doris_`) get a `c_` prefix. Reserved words are kept: generated SQL backquotes every name.
class IdentifierCleaner
{
public:
    static constexpr int kMaxGeneratedColumnName = 64;
    static constexpr int kMaxColumnName = 256;
    static constexpr int kMaxTableName = 64;

    static QList<CleanedName> cleanColumnNames(const QStringList& headers);
    /// A table name from free text (usually the file's base name): `Sales 2024.csv` → `sales_2024`.
    static QString cleanTableName(const QString& text);

    /// Doris column rule: `^[_a-zA-Z@0-9\s/][.a-zA-Z0-9_+-/?@#$%^&*"\s,:]{0,255}$`, no reserved prefix.
    static Status validateColumnName(const QString& name);
    /// Doris table rule: `^[a-zA-Z][a-zA-Z0-9-_]*$`, at most 64 characters.
    static Status validateTableName(const QString& name);
    /// Doris database rule: `^[a-zA-Z][a-zA-Z0-9-_]{0,63}$`.
    static Status validateDatabaseName(const QString& name);

    /// Whether `word` is a Doris reserved word (a common subset of the reserved-keywords list).
    static bool isReservedWord(const QString& word);
    /// Key for name matching: lower case, without spaces, `_` and `-` ("Order ID" = "order_id").
    static QString matchKey(const QString& name);
    /// Latin letters with diacritics to ASCII; other characters unchanged.
    static QString transliterate(const QString& text);
};

} // namespace dia::schema
