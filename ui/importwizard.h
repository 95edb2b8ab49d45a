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
    /// `keepConnection`: the connection now on the connect page stays (a resumed import after a restart, when
    /// the cluster or the sandbox may have new ports); else the recipe's connection is filled in.
    Status openRecipe(const QString& path, bool keepConnection = false);
    /// Starts over with another file: nothing of the current import stays (the connection does). Goes to the
    /// file page when the connection was tested, else to the connect page.
    void newImport();
    /// A load is running (closing the window must ask first).
    bool isLoading() const;
    Status saveRecipe(const QString& path);
    ConnectPage* connectPage() const { return m_connectPage; }
    PreviewPage* previewPage() const { return m_previewPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    DdlPage* ddlPage() const { return m_ddlPage; }
    LoadPage* loadPage() const { return m_loadPage; }
    ResultsPage* resultsPage() const { return m_resultsPage; }

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void offerUnfinishedImport();
    void onCurrentIdChanged(int id);
    void retranslateButtons();

    ImportSession* m_session;
    ConnectPage* m_connectPage;
    PreviewPage* m_previewPage;
    MappingPage* m_mappingPage;
    DdlPage* m_ddlPage;
    LoadPage* m_loadPage;
    ResultsPage* m_resultsPage;
};

} // namespace dia::ui
