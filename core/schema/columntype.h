#pragma once

#include "common/result.h"

#include <QString>

namespace dia::schema {

/// The Doris column types the importer proposes or meets in existing tables.
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
    Other, ///< anything else (ARRAY<...>, BITMAP, ...), kept verbatim in `otherName`
};

/// A Doris column type: kind plus its length (CHAR/VARCHAR, bytes), precision/scale (DECIMAL) or
/// fractional-second digits (DATETIME, in `scale`).
struct ColumnType
{
    TypeKind kind = TypeKind::Varchar;
    int length = 0;
    int precision = 0;
    int scale = 0;
    QString otherName;

    static constexpr int kMaxVarcharLength = 65533;
    static constexpr int kMaxCharLength = 255;
    static constexpr int kMaxDecimalPrecision = 38;
    static constexpr int kMaxDatetimePrecision = 6;

    static ColumnType simple(TypeKind kind);
    static ColumnType varchar(int bytes);
    static ColumnType charType(int bytes);
    static ColumnType decimal(int precision, int scale);
    static ColumnType datetime(int fractionDigits = 0);

    /// `BIGINT`, `DECIMAL(10,2)`, `VARCHAR(64)`, `DATETIME(3)`, ...
    QString toSql() const;

    bool isInteger() const;
    bool isNumeric() const; ///< integers, FLOAT, DOUBLE, DECIMAL
    bool isText() const; ///< CHAR, VARCHAR, STRING
    bool isTemporal() const; ///< DATE, DATETIME
    /// Whether Doris accepts the type in a key column (no FLOAT/DOUBLE/STRING/JSON/complex types).
    bool canBeKey() const;
    /// Checks the Doris limits (VARCHAR 1..65533, CHAR 1..255, DECIMAL P 1..38 and S 0..P, DATETIME 0..6).
    Status validate() const;

    /// Parses a type as written in DDL or shown by DESC: `int(11)`, `DECIMALV3(9, 0)`, `varchar(20)`,
    /// `DATETIMEV2(3)`, `TEXT`, `LARGEINT`, ... Complex types come back as TypeKind::Other.
    static Result<ColumnType> parse(const QString& text);

    friend bool operator==(const ColumnType& a, const ColumnType& b)
    {
        return a.kind == b.kind && a.length == b.length && a.precision == b.precision && a.scale == b.scale
            && a.otherName == b.otherName;
    }
    friend bool operator!=(const ColumnType& a, const ColumnType& b) { return !(a == b); }
};

} // namespace dia::schema
