#pragma once

#include "common/result.h"
#include "schema/columnmapper.h"
#include "schema/existingcolumn.h"

#include <QWizardPage>

#include <functional>
#include <memory>

class QComboBox;

namespace dia::doris {
class MetadataClient;
}

namespace Ui {
class MappingPage;
}

namespace dia::ui {

class ImportSession;
class MappingModel;
class MessageBanner;

/// Page 3: new or existing table, databases and tables listed from the FE, the mapping grid (target name,
/// editable Doris type with the inference reason as tooltip, nullable, key, include), conflicts highlighted,
/// and the preflight: which rows Doris would filter or turn into NULL, and whether max_filter_ratio passes.
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
    /// The background scan finished: refresh proposed types unless the user already edited them.
    void onScanFinished();

Q_SIGNALS:
    void databasesListed();
    void tableDescribed();
    void preflightFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFromMetadata(QComboBox* combo, const std::function<Result<QStringList>(doris::MetadataClient&)>& query,
        const std::function<void()>& done);
    void listDatabases();
    void listTables();
    void describeTable();
    void rebuildForNewTable();
    void rebuildForExistingTable();
    void onModeChanged();
    QList<schema::MappingEntry> currentEntries() const;
    QString dateConversion(int fileIndex, const QString& targetType) const;
    void refreshExistingIssues();

    std::unique_ptr<Ui::MappingPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    MappingModel* m_model;
    QList<schema::ExistingColumn> m_existing;
    bool m_userEdited = false;
    bool m_lastPreflightPasses = true;
    bool m_rebuilding = false;
    int m_generation = 0;
};

} // namespace dia::ui
