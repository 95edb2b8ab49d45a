#pragma once

#include <QString>

namespace dia::schema {

/// `name` as a backquoted SQL identifier; backquotes inside are doubled, so no header text can
/// end the identifier early (`a`b` → `a``b`).
QString backquote(const QString& name);
/// `db`.`table`, or just `table` when db is empty.
QString qualifiedName(const QString& database, const QString& table);
/// A single-quoted SQL string literal with MySQL/Doris backslash escapes (\\, \', \n, \r, \t, \0);
/// other control characters become spaces.
QString sqlString(const QString& text);
/// The same with double quotes, for PROPERTIES keys and values.
QString sqlDoubleQuoted(const QString& text);

} // namespace dia::schema
