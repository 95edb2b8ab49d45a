#pragma once

#include <QJsonObject>

#include <string>
#include <vector>

namespace dia::sim {

/// The storable Doris column types the sim knows; everything else is Other (stored as text).
enum class TypeKind {
    Boolean,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    LargeInt,
    Float,
    Double,
    Decimal,
    Date,
    DateTime,
    Char,
    Varchar,
    String,
    Json,
    Other,
};

struct ColumnType
{
    TypeKind kind = TypeKind::Int;
    int length = 0; ///< CHAR/VARCHAR byte length
    int precision = 0; ///< DECIMAL precision, DATETIME fractional digits
    int scale = 0; ///< DECIMAL scale
    std::string otherName; ///< spelling for Other (ARRAY<INT>, BITMAP, ...)

    bool isString() const { return kind == TypeKind::Char || kind == TypeKind::Varchar || kind == TypeKind::String; }
    bool isNumeric() const;
    /// Type as DESC shows it: INT, VARCHAR(20), DECIMAL(10, 2), DATETIME(3).
    std::string describe() const;
    /// Type as SHOW CREATE TABLE shows it (lower case, 2.1 style).
    std::string ddl() const;
};

struct ColumnDef
{
    std::string name;
    ColumnType type;
    bool nullable = true;
    bool isKey = false;
    std::string aggType; ///< SUM, MAX, MIN, REPLACE, REPLACE_IF_NOT_NULL, ... (AGGREGATE tables)
    bool hasDefault = false;
    bool defaultIsNull = false;
    bool defaultCurrentTimestamp = false; ///< CURRENT_TIMESTAMP / CURRENT_DATE / NOW()
    std::string defaultValue;
    std::string comment;
    bool autoIncrement = false;
};

enum class KeysType {
    Duplicate,
    Unique,
    Aggregate,
};

/// One partition: RANGE [lower, upper) on one column or LIST membership.
struct PartitionDef
{
    std::string name;
    bool lowerIsMin = true;
    std::string lower;
    bool upperIsMax = false;
    std::string upper;
    std::vector<std::string> values; ///< LIST partitions
};

struct TableSchema
{
    std::string name;
    std::vector<ColumnDef> columns;
    KeysType keysType = KeysType::Duplicate;
    int keyCount = 0;
    bool keysExplicit = false;
    std::string comment;
    std::string partitionType; ///< "", "RANGE", "LIST"
    std::string partitionColumn;
    std::vector<PartitionDef> partitions;
    bool distributionRandom = false;
    std::vector<std::string> distributionColumns;
    int buckets = 10; ///< 0 = AUTO
    std::vector<std::pair<std::string, std::string>> properties;

    int columnIndex(const std::string& name) const; ///< case-insensitive; -1 when absent
    std::string showCreate() const;

    QJsonObject toJson() const;
    static TableSchema fromJson(const QJsonObject& object);
};

const char* keysTypeName(KeysType type);

} // namespace dia::sim
