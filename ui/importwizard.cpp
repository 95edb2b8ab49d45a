#include "importwizard.h"

#include "importsession.h"

#include "pages/connectpage.h"
#include "pages/ddlpage.h"
#include "pages/loadpage.h"
#include "pages/mappingpage.h"
#include "pages/previewpage.h"
#include "pages/resultspage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>

namespace dia::ui {

ImportWizard::ImportWizard(AppSettings* settings, LogModel* log, QWidget* parent)
    : QWizard(parent)
    , m_session(new ImportSession(settings, log, this))
    , m_connectPage(new ConnectPage(m_session, this))
    , m_previewPage(new PreviewPage(m_session, this))
    , m_mappingPage(new MappingPage(m_session, this))
    , m_ddlPage(new DdlPage(m_session, this))
    , m_loadPage(new LoadPage(m_session, this))
    , m_resultsPage(new ResultsPage(m_session, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ConnectPageId, m_connectPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(DdlPageId, m_ddlPage);
    setPage(LoadPageId, m_loadPage);
    setPage(ResultsPageId, m_resultsPage);
    m_connectPage->setObjectName(QStringLiteral("connect"));
    m_previewPage->setObjectName(QStringLiteral("preview"));
    m_mappingPage->setObjectName(QStringLiteral("mapping"));
    m_ddlPage->setObjectName(QStringLiteral("ddl"));
    m_loadPage->setObjectName(QStringLiteral("load"));
    m_resultsPage->setObjectName(QStringLiteral("results"));
    connect(m_previewPage, &PreviewPage::scanFinished, m_mappingPage, &MappingPage::onScanFinished);
    connect(m_previewPage, &PreviewPage::scanEnded, m_loadPage, &LoadPage::onScanEnded);
    connect(m_mappingPage, &MappingPage::inferenceOptionsChanged, m_previewPage, &PreviewPage::reinfer);
    // "New import" on the last page; Finish does the same rather than leaving an empty window.
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == CustomButton1)
            newImport();
    });
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::onCurrentIdChanged);
    retranslateButtons();
    offerUnfinishedImport();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::onCurrentIdChanged(int id)
{
    setOption(HaveCustomButton1, id == ResultsPageId);
}

void ImportWizard::retranslateButtons()
{
    setButtonText(CustomButton1, tr("New &import"));
}

bool ImportWizard::isLoading() const
{
    return m_loadPage->isRunning();
}

void ImportWizard::done(int result)
{
    // Embedded in the main window, a QWizard that "finishes" would hide itself and leave only the Log. Finish
    // starts the next import instead.
    Q_UNUSED(result);
    newImport();
}

void ImportWizard::newImport()
{
    if (isLoading()) {
        m_session->logWarning(tr("A load is running: cancel it or wait for it before starting a new import."));
        return;
    }
    m_session->resetForNewFile();
    m_previewPage->clearFile();
    restart();
    m_session->logInfo(tr("New import: choose the next file."));
    if (m_connectPage->lastTestSucceeded())
        next();
}

Status ImportWizard::openRecipe(const QString& path, bool keepConnection)
{
    const Result<recipe::ImportRecipe> loaded = recipe::ImportRecipe::load(path);
    if (!loaded.ok()) {
        m_session->logError(loaded.error().text());
        return loaded.error();
    }
    restart();
    m_connectPage->storeFieldsInSession();
    const ConnectionProfile current = m_session->connection;
    keepConnection = keepConnection && !current.host.isEmpty();
    m_session->applyRecipe(*loaded);
    m_session->resuming = keepConnection;
    if (keepConnection) {
        m_session->connection = current;
    } else {
        m_connectPage->setConnection(loaded->connection.host, loaded->connection.httpPort, loaded->connection.mysqlPort,
            loaded->connection.user, m_session->password);
    }
    m_previewPage->openFile(loaded->filePath, loaded->reader);
    m_session->logInfo(m_connectPage->lastTestSucceeded()
            ? tr("Opened the recipe %1. Go on with Next.").arg(path)
            : tr("Opened the recipe %1. Test the connection to continue.").arg(path));
    return {};
}

void ImportWizard::offerUnfinishedImport()
{
    const QString journal = LoadPage::newestUnfinishedJournal();
    if (journal.isEmpty())
        return;
    const QString recipePath = journal + QStringLiteral(".recipe");
    const Result<recipe::ImportRecipe> saved = recipe::ImportRecipe::load(recipePath);
    if (!saved.ok())
        return;
    // The connection of this run (the sandbox gets new ports each start, a cluster may have moved) is kept:
    // the journal belongs to the file, table, mapping and format, not to an address.
    m_connectPage->offerResume(tr("The import of %1 into %2.%3 did not finish. Reopen it, then use Resume on the "
                                  "Load page: only the chunks that did not commit are sent.")
                                   .arg(QFileInfo(saved->filePath).fileName(), saved->database, saved->table),
        [this, recipePath] { openRecipe(recipePath, true); });
}

void ImportWizard::changeEvent(QEvent* event)
{
    // QWizard keeps the button texts of the language it started in; take Qt's own translations again.
    if (event->type() == QEvent::LanguageChange) {
        setButtonText(BackButton, QCoreApplication::translate("QWizard", "< &Back"));
        setButtonText(NextButton, QCoreApplication::translate("QWizard", "&Next >"));
        setButtonText(CommitButton, QCoreApplication::translate("QWizard", "Commit"));
        setButtonText(FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
        retranslateButtons();
    }
    QWizard::changeEvent(event);
}

Status ImportWizard::saveRecipe(const QString& path)
{
    if (currentId() == MappingPageId)
        m_mappingPage->storeMapping(); // the columns as shown now, with the formats chosen for them
    const Status saved = m_session->toRecipe().save(path);
    if (saved.ok())
        m_session->logInfo(tr("Saved the recipe %1.").arg(path));
    else
        m_session->logError(saved.error().text());
    return saved;
}

} // namespace dia::ui
