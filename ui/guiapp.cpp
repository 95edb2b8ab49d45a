#include "guiapp.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

// Resources live in a static library; referencing the initializer keeps the linker from dropping them.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace dia::ui {

namespace {

void installTranslators(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("doris-import"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int runGuiApp(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Doris Import Assistant: from a spreadsheet to rows in Apache Doris."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QStringLiteral("Open the main window, render every page once and exit 0."));
    parser.addOption(selfTest);
    parser.process(app);

    initResources();
    installTranslators(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    MainWindow window;
    window.show();
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(0, &window, [&window] {
            const bool rendered = window.renderAllPagesForSelfTest();
            QApplication::exit(rendered ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace dia::ui
