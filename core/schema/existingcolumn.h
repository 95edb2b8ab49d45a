#pragma once

#include "columntype.h"

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace dia::schema {

/// A column of a table that already exists in Doris, as `DESC db.table` shows it.
struct ExistingColumn
{
    QString name;
    ColumnType type;
    QString typeText; ///< as Doris printed it
    bool nullable = true;
    bool key = false;
    std::optional<QString> defaultValue; ///< nullopt: no default (DESC shows NULL)
    QString extra; ///< aggregation (NONE, REPLACE, SUM...) or empty

    /// Whether a load may leave the column out: nullable or with a default.
    bool canBeOmitted() const { return nullable || defaultValue.has_value(); }

    /// One DESC row: Field, Type, Null (Yes/No), Key (true/false), Default (NULL or text), Extra.
    static Result<ExistingColumn> fromDescRow(const QVariantList& row);
    static Result<QList<ExistingColumn>> fromDescRows(const QList<QVariantList>& rows);
};

} // namespace dia::schema
