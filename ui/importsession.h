#pragma once

#include "common/appsettings.h"
#include "doris/connectionsettings.h"
#include "doris/metadataclient.h"
#include "load/loadplan.h"
#include "load/loadreport.h"
#include "recipe/importrecipe.h"
#include "schema/fileanalysis.h"
#include "schema/filescan.h"
#include "schema/inferenceoptions.h"
#include "schema/tabledesign.h"
#include "source/readeroptions.h"

#include <QObject>
#include <QString>

namespace dia::ui {

class LogModel;
class PasswordVault;

/// The shared state of one import that the wizard pages edit, plus the services they share.
/// Owned by the wizard; pages reach it through the pointer they are constructed with.
class ImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    ImportSession(AppSettings* settings, LogModel* log, QObject* parent = nullptr);
    ~ImportSession() override;

    AppSettings* settings() const { return m_settings; }
    LogModel* log() const { return m_log; }
    PasswordVault* vault() const { return m_vault; }

    // Connection (the password stays in memory only).
    ConnectionProfile connection;
    QString password;
    QList<doris::BackendInfo> backends;
    int aliveBackends = 0;
    bool sandbox = false;
    doris::ConnectionSettings connectionSettings() const;

    // File.
    QString filePath;
    source::ReaderOptions readerOptions;
    schema::FilePreview preview;
    schema::FileInference scan;
    bool scanComplete = false;
    /// The whole-file scan is still reading: a load waits for it, since its value formats decide the conversions
    /// (and with them the job's identity, which a later Resume must find again).
    bool scanRunning = false;
    /// "Tight types" on the mapping page sets tightTypes; the format editor adds the user's formats (one
    /// FormatChoice per column, named by its header).
    schema::InferenceOptions inference;
    /// The columns as inferred so far: from the full scan when done, else from the preview rows.
    const QList<schema::InferredColumn>& inferredColumns() const;

    // Target and mapping.
    bool existingTable = false;
    QList<doris::ColumnInfo> existingColumns;
    schema::TableDesign tableDesign; ///< database, table and (for a new table) the columns to create
    QVector<recipe::RecipeColumn> mapping; ///< one entry per file column, in file order
    QString columnsHeader; ///< the Stream Load `columns` header value (maps, skips, converts)
    /// replication_num chosen on the DDL page (or by a recipe); 0: proposed from the alive BEs (min(3, alive)).
    int replicationChoice = 0;
    double maxFilterRatio = 0.0;
    bool strictMode = false;
    bool emptyAsString = false; ///< empty cells load as '' (not NULL) into nullable text columns
    /// The zone date-times written with an offset or Z are converted to, as the user chose it on the mapping page
    /// (IANA name, UTC or ±hh:mm); empty: the cluster's time_zone.
    QString timezone;
    QString clusterTimezone; ///< the cluster's `SELECT @@time_zone`, read when the mapping page opens; empty: unknown
    /// The zone loads convert offsets to and send as the `timezone` header: the chosen one, else the cluster's,
    /// else UTC (never left to Doris's own default, which is Asia/Shanghai whatever the cluster says).
    QString loadTimezone() const;

    /// The format the user chose for file column `index` (its spec), or an empty string when it is detected.
    QString chosenFormat(int index) const;
    /// Sets (non-empty `spec`) or forgets (empty: back to detected) the user's format for file column `index`.
    void chooseFormat(int index, const QString& spec);

    // Load options (edited on the load page; kept here so recipes restore them).
    int chunkMiB = 100;
    int parallel = 0; ///< 0 = from the alive BEs
    bool atomic = false;
    load::Compression compression = load::Compression::Auto; ///< how chunk bodies travel (the load page's choice)
    bool mappingFromRecipe = false;
    /// Reopened to resume an unfinished load: its table exists already (the interrupted import created it).
    bool resuming = false; ///< the mapping came from a recipe: keep the user's names and types

    // Load.
    load::LoadPlan lastPlan; ///< the plan of the last load started (for resuming and locating rejected rows)
    load::LoadReport loadReport;
    bool hasLoadReport = false;

    /// Forgets everything about the previous file, its target, mapping, load rules and load (the connection and
    /// the database stay), so nothing of one import leaks into the next.
    void resetForNewFile();
    int importNumber = 0; ///< counts resetForNewFile(): pages tell one import from the next by it
    /// The target, mapping and load of the current file are forgotten, the file itself stays.
    void resetTarget();

    recipe::ImportRecipe toRecipe() const;
    void applyRecipe(const recipe::ImportRecipe& recipe);

    void logInfo(const QString& message);
    void logWarning(const QString& message);
    void logError(const QString& message);

private:
    AppSettings* m_settings;
    LogModel* m_log;
    PasswordVault* m_vault;
};

} // namespace dia::ui
