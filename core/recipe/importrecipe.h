#pragma once

#include "common/appsettings.h"
#include "common/result.h"
#include "source/readeroptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace dia::recipe {

/// One column of the target as the user set it up.
struct RecipeColumn
{
    QString sourceName; ///< header in the file
    QString name; ///< Doris column name
    QString type; ///< Doris type as SQL, e.g. "VARCHAR(64)"
    bool nullable = true;
    bool key = false;
    bool include = true; ///< false: the file column is skipped
};

/// The whole set-up of an import, saved by the GUI and run by `doris-import load --recipe FILE`.
/// Holds no password (the connection's password comes from the keychain, DORIS_PASSWORD or a prompt).
struct ImportRecipe
{
    Q_DECLARE_TR_FUNCTIONS(dia::recipe::ImportRecipe) // lupdate files member functions' texts under the class
public:
    static constexpr int kFormatVersion = 1;

    ConnectionProfile connection;

    QString filePath;
    source::ReaderOptions reader;

    QString database;
    QString table;
    bool createTable = true; ///< false: load into an existing table
    QVector<RecipeColumn> columns;
    QString model = QStringLiteral("duplicate"); ///< "duplicate" or "unique"
    int buckets = 0; ///< 0 = AUTO
    int replicationNum = 1;
    /// Column names keep the headers' script (`日期`); CREATE TABLE then runs after
    /// `SET enable_unicode_name_support = true` (`--unicode-names`).
    bool unicodeNames = false;
    /// How the file writes a column's values, by source column name (schema::ValueFormat spec, e.g.
    /// "number;decimal=,;group=."); columns not listed are detected. Saved with the column as "value_format".
    QMap<QString, QString> columnFormats;
    bool tightTypes = false; ///< types just wide enough for the data (see InferenceOptions::tightTypes)
    bool percentAsRatio = true; ///< 12% loads as 0.12 (false: as 12)
    QString timezone; ///< zone that values with an offset are converted to; empty: the cluster's time_zone

    qint64 chunkBytes = 100LL * 1024 * 1024;
    int parallel = 0; ///< 0 = from the number of alive BEs
    double maxFilterRatio = 0.0;
    bool strictMode = false;
    bool atomic = false;
    QString compression; ///< as --compress: "auto", "gz", "lz4" or "none"; empty: the default
    QString labelPrefix;

    QJsonObject toJson() const;
    static Result<ImportRecipe> fromJson(const QJsonObject& json);

    Status save(const QString& path) const;
    static Result<ImportRecipe> load(const QString& path);
};

} // namespace dia::recipe
