#pragma once

#include "common/result.h"
#include "doris/filteredrow.h"
#include "load/loadreport.h"
#include "models/rejectedrowsmodel.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResultsPage;
}

class QSortFilterProxyModel;

namespace dia::ui {

class BackendLoadPanel;
class ImportSession;
class MessageBanner;
/// Page 6: the load summary with rows and throughput per BE and the chunks sent again through another BE, and for
/// chunks with filtered rows the rows themselves from their ErrorURL (line in the original file, column, reason, raw
/// row), with search, copy, spreadsheet-safe CSV export and the raw error log in a browser as a fallback.
class ResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)

public:
    ResultsPage(ImportSession* session, QWidget* parent = nullptr);
    ~ResultsPage() override;

    void initializePage() override;
    RejectedRowsModel* rejectedRows() const { return m_rows; }
    QSortFilterProxyModel* filteredView() const { return m_proxy; }
    Status exportRejectedRows(const QString& path) const;
    BackendLoadPanel* backendPanel() const { return m_backendPanel; }

Q_SIGNALS:
    void errorRowsLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString statusText(load::LoadReport::Status status);
    void showSummary();
    void fillChunkCombo();
    void fetchErrorRows();
    void onChunkChanged();
    void onCopyClicked();
    void onExportClicked();
    void onBrowserClicked();

    std::unique_ptr<Ui::ResultsPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    RejectedRowsModel* m_rows;
    QSortFilterProxyModel* m_proxy;
    BackendLoadPanel* m_backendPanel;
    QList<RejectedRowsModel::Entry> m_allEntries;
    int m_generation = 0;
};

} // namespace dia::ui
