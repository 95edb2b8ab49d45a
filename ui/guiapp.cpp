#include "guiapp.h"

#include "common/appsettings.h"
#include "importsession.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "pages/connectpage.h"
#include "pages/previewpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace dia::ui {

int runGuiApp(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Doris Import Assistant: from a spreadsheet to rows in Apache Doris."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"), QStringLiteral("Open the main window, render every page once and exit 0."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QStringLiteral("With --self-test, save each page as a PNG in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption feHost(
        QStringLiteral("fe-host"), QStringLiteral("Doris FE host to connect to."), QStringLiteral("HOST"));
    const QCommandLineOption feHttpPort(QStringLiteral("fe-http-port"), QStringLiteral("FE HTTP port (8030)."),
        QStringLiteral("PORT"), QStringLiteral("8030"));
    const QCommandLineOption mysqlPort(QStringLiteral("mysql-port"), QStringLiteral("FE MySQL port (9030)."),
        QStringLiteral("PORT"), QStringLiteral("9030"));
    const QCommandLineOption user(
        QStringLiteral("user"), QStringLiteral("Doris user (root)."), QStringLiteral("USER"), QStringLiteral("root"));
    const QCommandLineOption open(
        QStringLiteral("open"), QStringLiteral("Offer this file for import."), QStringLiteral("FILE"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QStringLiteral("The cluster is the local doris-sim sandbox (says so in the window)."));
    parser.addOptions({ selfTest, screenshots, feHost, feHttpPort, mysqlPort, user, open, sandbox });
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A file to import (same as --open)."));
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    AppSettings settings;
    MainWindow window(&settings);
    window.switchLanguage(settings.language());
    ImportWizard* wizard = window.wizard();
    wizard->session()->sandbox = parser.isSet(sandbox);
    if (parser.isSet(sandbox))
        wizard->session()->logInfo(QCoreApplication::translate("dia::ui::GuiApp",
            "Connected to the local Doris sandbox (doris-sim on this machine): try a whole import without a cluster. "
            "The sample workbook sales.xlsx has a few deliberately bad rows."));
    if (parser.isSet(feHost)) {
        // The password never comes from the command line; DORIS_PASSWORD is honoured like the CLI does.
        wizard->connectPage()->setConnection(parser.value(feHost), parser.value(feHttpPort).toInt(),
            parser.value(mysqlPort).toInt(), parser.value(user), qEnvironmentVariable("DORIS_PASSWORD"));
        if (!parser.isSet(selfTest))
            wizard->connectPage()->startConnectionTest();
    }
    const QString file = parser.isSet(open) ? parser.value(open) : parser.positionalArguments().value(0);
    if (!file.isEmpty())
        wizard->previewPage()->openFile(file);

    window.show();
    // take the keyboard at once, also on a display without a window manager (Xvfb, kiosk sessions), where no one
    // else gives a new window the input focus
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        window.raise();
        window.activateWindow();
    }
    if (parser.isSet(selfTest)) {
        const QString dir = parser.value(screenshots);
        QTimer::singleShot(
            0, &window, [&window, dir] { QApplication::exit(window.renderAllPagesForSelfTest(dir) ? 0 : 1); });
    }
    return QApplication::exec();
}

} // namespace dia::ui
