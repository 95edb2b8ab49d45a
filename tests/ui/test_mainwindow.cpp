// The main window opens offscreen at the realistic size, renders every wizard page, switches language.
#include "common/appsettings.h"
#include "importwizard.h"
#include "mainwindow.h"

#include <QDir>
#include <QMenuBar>
#include <QPixmap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

TEST(MainWindow, RendersEveryPageAtRealisticSize)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ui::MainWindow window(&settings);
    window.resize(1280, 800);
    window.show();
    const QString shots = QStringLiteral(DIA_SCREENSHOT_DIR "/selftest");
    EXPECT_TRUE(window.renderAllPagesForSelfTest(shots));
    for (const char* page : { "connect", "preview", "mapping", "ddl", "load", "results" })
        EXPECT_TRUE(QFileInfo::exists(shots + QLatin1Char('/') + QLatin1String(page) + QStringLiteral(".png"))) << page;
    EXPECT_EQ(window.grab().size(), QSize(1280, 800));
}

TEST(MainWindow, SwitchesToChineseAndBack)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ui::MainWindow window(&settings);
    window.switchLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Doris 导入助手"));
    EXPECT_EQ(settings.language(), QStringLiteral("zh_CN"));
    window.switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Doris Import Assistant"));
}
