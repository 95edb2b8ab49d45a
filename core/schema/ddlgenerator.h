#pragma once

#include "tabledesign.h"

#include "common/result.h"

#include <QStringList>

namespace dia::schema {

/// Checks a TableDesign against Doris's CREATE TABLE rules and writes the statement.
class DdlGenerator
{
public:
    /// Makes a design valid where that is safe and says what it did in `notes`: picks the DUPLICATE key
    /// (the first column whose type can be a key) when none is given, and moves key columns to the front in
    /// key order (Doris requires keys to be an ordered prefix of the columns). Errors for unknown keys.
    static Result<TableDesign> arrange(TableDesign design, QStringList* notes = nullptr);

    /// Doris's rules, with Doris-like wording: identifiers, duplicate columns, type limits, keys an ordered
    /// prefix, key types (no FLOAT/DOUBLE/STRING/JSON/complex), UNIQUE needs keys, buckets and replication.
    static Status validate(const TableDesign& design);

    /// `CREATE TABLE IF NOT EXISTS ...;` for a design (not validated here; call validate() first).
    /// Every identifier is backquoted and escaped, every comment a quoted literal.
    static QString createTable(const TableDesign& design);

    /// Whether a column name is outside ASCII: the statement then needs `enable_unicode_name_support` set in
    /// the session that runs it, and every name must follow the narrower Unicode rule (NameRule::Unicode).
    static bool needsUnicodeNames(const TableDesign& design);
    /// Statements the session must run before createTable(): `SET enable_unicode_name_support = true` when
    /// needsUnicodeNames(), else none.
    static QStringList sessionStatements(const TableDesign& design);
    /// sessionStatements() and createTable() as one script to paste into a MySQL client.
    static QString createScript(const TableDesign& design);
};

} // namespace dia::schema
