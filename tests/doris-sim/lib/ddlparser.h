#pragma once

#include "tableschema.h"

#include <string>

namespace dia::sim {

/// What CREATE TABLE parsing produced: a validated schema or a Doris-like error.
struct DdlResult
{
    bool ok = false;
    int mysqlCode = 1105; ///< ERR packet code (1105 generic, 1050 exists, 1060 duplicate column, 1064 syntax)
    std::string message; ///< detailMessage text, without the "errCode = 2, detailMessage = " prefix
    TableSchema schema;
    std::string database; ///< "db" from CREATE TABLE db.tbl; empty when not qualified
    bool ifNotExists = false;
};

/// Parser and validator for Doris `CREATE TABLE` (the OLAP subset: columns, key models, partitions,
/// distribution, properties, comments), with Doris 2.1 error texts.
class DdlParser
{
public:
    /// `sql` is one statement starting with CREATE TABLE. `aliveBackends` bounds replication_num;
    /// `unicodeNames` = the session's enable_unicode_name_support (2.1's Unicode name rules).
    static DdlResult parseCreateTable(const std::string& sql, int aliveBackends = 1, bool unicodeNames = false);
    /// Parses a type name (`VARCHAR(20)`, `DECIMAL(10,2)`, `DATETIMEV2(3)`); false with `error` when invalid.
    static bool parseTypeText(const std::string& text, ColumnType& type, std::string& error);
    static bool isValidTableName(const std::string& name, bool unicodeNames = false);
    static bool isValidColumnName(const std::string& name, bool unicodeNames = false);
    /// The regexes Doris 2.1 names in its messages (FeNameFormat), ASCII or Unicode variant.
    static const char* tableNameRegex(bool unicodeNames);
    static const char* columnNameRegex(bool unicodeNames);
    static bool isValidDbName(const std::string& name);
};

} // namespace dia::sim
