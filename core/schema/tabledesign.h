#pragma once

#include "columntype.h"
#include "inferredcolumn.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace dia::schema {

enum class DataModel {
    Duplicate, ///< keeps every row; keys only sort
    Unique, ///< upsert by key, merge-on-write
};

struct ColumnDef
{
    QString name;
    ColumnType type;
    bool nullable = true;
    QString comment; ///< usually the original header
    std::optional<QString> defaultValue; ///< literal text, written as a quoted string
};

/// Everything CREATE TABLE needs. Buckets 0 = `BUCKETS AUTO`.
struct TableDesign
{
    QString database;
    QString table;
    QList<ColumnDef> columns;
    DataModel model = DataModel::Duplicate;
    QStringList keyColumns; ///< empty with Duplicate: DdlGenerator::arrange picks one
    QStringList distributionColumns; ///< empty: the key columns
    int buckets = 0;
    int replicationNum = 1; ///< fits a one-BE cluster; Doris's own default is 3
    QList<QPair<QString, QString>> properties; ///< extra PROPERTIES, written after replication_num
    QString comment;

    /// Columns from inference: name, type, nullability, original header as comment.
    static TableDesign fromInferred(
        const QString& database, const QString& table, const QList<InferredColumn>& columns);
    /// Index of `name` (case-insensitive, as Doris compares column names), or -1.
    qsizetype indexOf(const QString& name) const;
};

} // namespace dia::schema
