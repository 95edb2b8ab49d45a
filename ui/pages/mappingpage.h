#pragma once

#include "common/result.h"
#include "schema/columnmapper.h"
#include "schema/existingcolumn.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <memory>

class QComboBox;
class QTimer;

namespace dia::doris {
class MetadataClient;
}

namespace Ui {
class MappingPage;
}

namespace dia::ui {

class ColumnFormatPanel;
class TimezoneChooser;
class ImportSession;
class MappingModel;
class MessageBanner;

/// Page 3: new or existing table, databases and tables listed from the FE, the mapping grid (target name,
/// editable Doris type with the inference reason as tooltip, the values' format and what they load as, nullable,
/// key, include), conflicts highlighted; below it the selected column's format (changeable) with a sample of its
/// converted values, the time zone offsets are converted to, and the preflight: which rows Doris would filter or
/// turn into NULL, and whether max_filter_ratio passes.
class MappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPage)

public:
    MappingPage(ImportSession* session, QWidget* parent = nullptr);
    ~MappingPage() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;
    MappingModel* mappingModel() const { return m_model; }
    void setTarget(const QString& database, const QString& table);
    void useExistingTable(bool existing);
    void startPreflight();
    void setLoadRules(bool strictMode, double maxFilterRatio);
    bool lastPreflightPasses() const { return m_lastPreflightPasses; }
    bool tableNameExists() const { return m_tableExists; }
    /// The background scan finished: refresh proposed types unless the user already edited them.
    void onScanFinished();
    /// Puts the grid as shown into the session's mapping (what Next does first), e.g. for a recipe saved here.
    void storeMapping();
    ColumnFormatPanel* formatPanel() const { return m_formatPanel; }

Q_SIGNALS:
    void databasesListed();
    void tableDescribed();
    void preflightFinished();
    /// The new-table name was checked against the database: `exists` when a table of that name is there.
    void tableNameChecked(bool exists);
    /// "Tight types" or a column's format changed: the file's types must be proposed again.
    void inferenceOptionsChanged();
    /// The cluster's time_zone was asked for (session().clusterTimezone holds it, empty when it could not be read).
    void clusterTimezoneRead();
    /// The types were proposed again after a format was chosen or reset on this page.
    void formatApplied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFromMetadata(QComboBox* combo, const std::function<Result<QStringList>(doris::MetadataClient&)>& query,
        const std::function<void()>& done);
    void listDatabases();
    void listTables();
    void describeTable();
    void rebuildForNewTable(bool keepEdits = false);
    void rebuildForExistingTable();
    void onModeChanged();
    QList<schema::MappingEntry> currentEntries() const;
    QString dateConversion(int fileIndex, const QString& targetType) const;
    void refreshExistingIssues();
    void onTargetNameEdited();
    void checkTableName();
    void markPreflightStale();
    void updateEmptyCellsSummary();
    schema::InferredColumn targetColumn(int index) const;
    bool emptyToNull(int index) const;
    QString invalidText(int index) const;
    void refreshConversions();
    bool dateOrderMatters(int index) const;
    QString describeFormat(int index) const;
    void showSelectedColumn();
    void restoreSelection();
    void applyFormat(const QString& spec);
    void restoreFocus();
    void updateTimezoneRow();
    QStringList offsetColumns() const;

    std::unique_ptr<Ui::MappingPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    MappingModel* m_model;
    QList<schema::ExistingColumn> m_existing;
    bool m_userEdited = false;
    bool m_lastPreflightPasses = true;
    bool m_rebuilding = false;
    int m_generation = 0;
    QTimer* m_nameCheckTimer = nullptr;
    int m_nameGeneration = 0;
    bool m_tableExists = false;
    bool m_hasPreflight = false;
    int m_importNumber = -1;
    ColumnFormatPanel* m_formatPanel;
    int m_selectedColumn = -1;
    int m_reinferColumn = -1; ///< the column whose format was just chosen, while its values are read again
    bool m_reinferPending = false;
    TimezoneChooser* m_timezones = nullptr;
    QPointer<QWidget> m_focusBeforeReinfer; ///< where the user was when a format was chosen
};

} // namespace dia::ui
