#include "mainwindow.h"

#include "common/appsettings.h"
#include "importsession.h"
#include "importwizard.h"
#include "models/logmodel.h"
#include "pages/loadpage.h"
#include "widgets/messagebox.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QTranslator>
#include <QUrl>

// Resources (icons, translations) live in static libraries; referencing their initializers keeps the
// linker from dropping them, for the application and for the GUI tests alike.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
    Q_INIT_RESOURCE(dia_ui_translations);
}

namespace dia::ui {

namespace {
const char* const kDocsStreamLoad = "https://doris.apache.org/docs/data-operate/import/import-way/stream-load-manual";
const char* const kDocsCreateTable
    = "https://doris.apache.org/docs/sql-manual/sql-statements/table-and-view/table/CREATE-TABLE";
const char* const kDocsDataTypes
    = "https://doris.apache.org/docs/sql-manual/basic-element/sql-data-types/data-type-overview";
} // namespace

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_log(new LogModel(10000, this))
    , m_wizard(new ImportWizard(settings, m_log, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);

    auto* logView = new QListView(this);
    logView->setModel(m_log);
    logView->setUniformItemSizes(true);
    connect(m_log, &QAbstractItemModel::rowsInserted, logView, [logView] { logView->scrollToBottom(); });
    auto* dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(logView);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 110 }, Qt::Vertical);

    createMenus();
    retranslate();
    resize(1280, 800);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newImport = file->addAction(QString(), m_wizard, &ImportWizard::newImport);
    newImport->setObjectName(QStringLiteral("newImportAction"));
    newImport->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* openRecipe = file->addAction(QString(), this, &MainWindow::onOpenRecipe);
    openRecipe->setObjectName(QStringLiteral("openRecipeAction"));
    openRecipe->setShortcut(QKeySequence::Open);
    QAction* saveRecipe = file->addAction(QString(), this, &MainWindow::onSaveRecipe);
    saveRecipe->setObjectName(QStringLiteral("saveRecipeAction"));
    saveRecipe->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("logDock"))) {
        // Checkable, so a closed Log comes back from the menu (not only from a right-click on the menu bar).
        QAction* log = dock->toggleViewAction();
        log->setObjectName(QStringLiteral("logAction"));
        log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        view->addAction(log);
        view->addSeparator();
    }
    QMenu* language = view->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages { { QString(), QStringLiteral("systemLanguageAction") },
        { QStringLiteral("en"), QStringLiteral("englishAction") },
        { QStringLiteral("zh_CN"), QStringLiteral("chineseAction") } };
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(QString());
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { switchLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    const QList<QPair<const char*, QString>> links { { kDocsStreamLoad, QStringLiteral("streamLoadDocsAction") },
        { kDocsCreateTable, QStringLiteral("createTableDocsAction") },
        { kDocsDataTypes, QStringLiteral("dataTypesDocsAction") } };
    for (const auto& [url, name] : links) {
        QAction* action = help->addAction(QString());
        action->setObjectName(name);
        connect(action, &QAction::triggered, this,
            [url = url] { QDesktopServices::openUrl(QUrl(QString::fromLatin1(url))); });
    }
    help->addSeparator();
    QAction* about = help->addAction(QString());
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Doris Import Assistant"),
            tr("<b>Doris Import Assistant</b> %1<br>From a spreadsheet to rows in an Apache Doris table.")
                .arg(QStringLiteral(DIA_VERSION)));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Doris Import Assistant"));
    const auto set = [this](const char* name, const QString& text) {
        if (auto* action = findChild<QAction*>(QLatin1String(name)))
            action->setText(text);
        else if (auto* menu = findChild<QMenu*>(QLatin1String(name)))
            menu->setTitle(text);
    };
    set("fileMenu", tr("&File"));
    set("newImportAction", tr("&New import"));
    set("openRecipeAction", tr("&Open recipe…"));
    set("saveRecipeAction", tr("&Save recipe…"));
    set("quitAction", tr("&Quit"));
    set("viewMenu", tr("&View"));
    set("languageMenu", tr("&Language"));
    set("systemLanguageAction", tr("System default"));
    set("englishAction", QStringLiteral("English"));
    set("chineseAction", QStringLiteral("简体中文"));
    // no mnemonic: Alt+H belongs to the connect page's FE host field (reach Help with Alt+F, then the arrow keys)
    set("helpMenu", tr("Help"));
    set("streamLoadDocsAction", tr("Doris Stream Load documentation"));
    set("createTableDocsAction", tr("Doris CREATE TABLE documentation"));
    set("dataTypesDocsAction", tr("Doris data types"));
    set("aboutAction", tr("&About"));
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("logDock")))
        dock->setWindowTitle(tr("Log"));
}

void MainWindow::switchLanguage(const QString& language)
{
    m_settings->setLanguage(language);
    for (QTranslator* old : { m_translator, m_qtTranslator }) {
        if (old) {
            QApplication::removeTranslator(old);
            delete old;
        }
    }
    m_translator = nullptr;
    m_qtTranslator = nullptr;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* qtTranslator = new QTranslator(this);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
        m_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    auto* translator = new QTranslator(this);
    if (translator->load(locale, QStringLiteral("doris-import"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(translator);
        m_translator = translator;
    } else {
        delete translator; // English is the source language: no translator means English
    }
    // Hidden windows get the application's LanguageChange only later (posted); apply it now.
    QEvent event(QEvent::LanguageChange);
    QApplication::sendEvent(this, &event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_wizard->isLoading()) {
        switch (askCloseDuringLoad()) {
        case CloseChoice::KeepLoading:
            event->ignore();
            return;
        case CloseChoice::CancelAndClose:
            m_wizard->loadPage()->cancelLoadAndForget();
            break;
        case CloseChoice::ResumeLater:
            m_wizard->loadPage()->cancelLoad();
            m_wizard->loadPage()->waitForLoad();
            break;
        }
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

bool MainWindow::renderAllPagesForSelfTest(const QString& screenshotDir)
{
    if (!screenshotDir.isEmpty())
        QDir().mkpath(screenshotDir);
    bool allRendered = true;
    const int startId = m_wizard->startId();
    for (int id : m_wizard->pageIds()) {
        // Show each page as the wizard's first page, so it renders with its title, buttons and the window.
        m_wizard->setStartId(id);
        m_wizard->restart();
        const QPixmap pixmap = grab();
        allRendered = allRendered && !pixmap.isNull() && pixmap.width() > 0 && pixmap.height() > 0;
        if (!screenshotDir.isEmpty())
            pixmap.save(QDir(screenshotDir).filePath(m_wizard->page(id)->objectName() + QStringLiteral(".png")));
    }
    m_wizard->setStartId(startId);
    m_wizard->restart();
    return allRendered;
}

MainWindow::CloseChoice MainWindow::askCloseDuringLoad()
{
    const QMessageBox::StandardButton answer = MessageBox::ask(this, tr("A load is running"),
        tr("A load is running. Closing now stops it; the chunks Doris committed stay in the table.\n\n"
           "Close and resume later: the next start offers to send only the rest.\n"
           "Cancel the load and close: the import is not offered again."),
        { { QMessageBox::Cancel, tr("&Keep loading") }, { QMessageBox::Save, tr("Close and &resume later") },
            { QMessageBox::Discard, tr("Cancel the load and &close") } },
        QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return CloseChoice::ResumeLater;
    if (answer == QMessageBox::Discard)
        return CloseChoice::CancelAndClose;
    return CloseChoice::KeepLoading;
}

QString MainWindow::dialogFolder() const
{
    const QString folder = m_settings->lastFolder();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void MainWindow::onOpenRecipe()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open import recipe"), dialogFolder(), tr("Import recipes (*.json)"));
    if (path.isEmpty())
        return;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    m_wizard->openRecipe(path);
}

void MainWindow::onSaveRecipe()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save import recipe"),
        QDir(dialogFolder()).filePath(QStringLiteral("import.recipe.json")), tr("Import recipes (*.json)"));
    if (path.isEmpty())
        return;
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    m_wizard->saveRecipe(path);
}

} // namespace dia::ui
