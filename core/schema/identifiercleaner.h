#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dia::schema {

/// Which of Doris's column-name rules the names must follow.
enum class NameRule {
    Ascii, ///< `enable_unicode_name_support` off (the default of 2.0, 2.1 and 3.0)
    /// The session sets `enable_unicode_name_support = true` before CREATE TABLE: letters of any script are
    /// kept, within 2.1's narrower rule `^[_a-zA-Z@0-9\p{L}][.a-zA-Z0-9_+-/?@#$%^&*\p{L}]{0,255}$` (no spaces,
    /// `"`, `:`; we also keep `,` out, which 2.1 lets through its `+-/` range and 3.0/master refuse).
    Unicode,
};

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
///
/// With NameRule::Unicode, letters of any script are kept as written (lower case where the script has case,
/// NFC): `日期` stays `日期`, `Größe` becomes `größe`, `销售 金额` becomes `销售_金额`. A header with characters
/// 2.1 cannot take in a name (combining marks as in Hindi or Thai, non-ASCII digits) falls back to the ASCII
/// name, and the reason says so.
class IdentifierCleaner
{
public:
    static constexpr int kMaxGeneratedColumnName = 64;
    static constexpr int kMaxColumnName = 256;
    static constexpr int kMaxTableName = 64;

    static QList<CleanedName> cleanColumnNames(const QStringList& headers, NameRule rule = NameRule::Ascii);
    /// A table name from free text (usually the file's base name): `Sales 2024.csv` → `sales_2024`.
    static QString cleanTableName(const QString& text);

    /// Doris column rule: `^[_a-zA-Z@0-9\s/][.a-zA-Z0-9_+-/?@#$%^&*"\s,:]{0,255}$`, no reserved prefix; with
    /// NameRule::Unicode the narrower Unicode rule above.
    static Status validateColumnName(const QString& name, NameRule rule = NameRule::Ascii);
    /// Whether `name` has a character outside ASCII (then only NameRule::Unicode can take it).
    static bool isNonAscii(const QString& name);
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
