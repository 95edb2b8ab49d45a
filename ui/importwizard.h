#pragma once

#include "common/result.h"

#include <QWizard>

namespace dia {
class AppSettings;
}

namespace dia::ui {

class ImportSession;
class LogModel;
class ConnectPage;
class PreviewPage;
class MappingPage;
class DdlPage;
class LoadPage;
class ResultsPage;

/// The import wizard: connect, choose and preview a file, map columns, create the table, load, results.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId {
        ConnectPageId,
        PreviewPageId,
        MappingPageId,
        DdlPageId,
        LoadPageId,
        ResultsPageId,
    };
    Q_ENUM(PageId)

    ImportWizard(AppSettings* settings, LogModel* log, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportSession* session() const { return m_session; }
    /// Loads a saved recipe into the session and the pages (the connection still has to be tested).
    Status openRecipe(const QString& path);
    Status saveRecipe(const QString& path);
    ConnectPage* connectPage() const { return m_connectPage; }
    PreviewPage* previewPage() const { return m_previewPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    DdlPage* ddlPage() const { return m_ddlPage; }
    LoadPage* loadPage() const { return m_loadPage; }
    ResultsPage* resultsPage() const { return m_resultsPage; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void offerUnfinishedImport();

    ImportSession* m_session;
    ConnectPage* m_connectPage;
    PreviewPage* m_previewPage;
    MappingPage* m_mappingPage;
    DdlPage* m_ddlPage;
    LoadPage* m_loadPage;
    ResultsPage* m_resultsPage;
};

} // namespace dia::ui
