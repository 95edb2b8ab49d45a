// The main window opens offscreen at the realistic size, renders every wizard page, switches language.
#include "common/appsettings.h"
#include "importsession.h"
#include "importwizard.h"
#include "load/loadjournal.h"
#include "mainwindow.h"
#include "pages/connectpage.h"
#include "pages/loadpage.h"
#include "recipe/importrecipe.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
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

    // Every page in Simplified Chinese as well.
    window.switchLanguage(QStringLiteral("zh_CN"));
    const QString zhShots = QStringLiteral(DIA_SCREENSHOT_DIR "/selftest-zh_CN");
    EXPECT_TRUE(window.renderAllPagesForSelfTest(zhShots));
    for (const char* page : { "connect", "preview", "mapping", "ddl", "load", "results" })
        EXPECT_TRUE(QFileInfo::exists(zhShots + QLatin1Char('/') + QLatin1String(page) + QStringLiteral(".png")))
            << page;
    window.switchLanguage(QStringLiteral("en"));
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

TEST(MainWindow, OffersToReopenAnImportThatDidNotFinish)
{
    QTemporaryDir dir;
    const QString journals
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
    QDir(journals).removeRecursively();
    QDir().mkpath(journals);
    load::LoadJournal journal;
    journal.fingerprint = QStringLiteral("f00d");
    journal.jobId = QStringLiteral("f00d_20261125000000_00000001");
    journal.sourcePath = QStringLiteral(DIA_SOURCE_DIR "/resources/sample/sales.csv");
    journal.database = QStringLiteral("import");
    journal.table = QStringLiteral("sales");
    load::ChunkReport& chunk = journal.upsert(0);
    chunk.label = QStringLiteral("dia_f00d_20261125000000_00000001_000000");
    chunk.attempts = 1;
    chunk.status = load::ChunkStatus::Sending;
    const QString journalPath = journals + QStringLiteral("/f00d.json");
    ASSERT_TRUE(journal.save(journalPath).ok());
    recipe::ImportRecipe recipe;
    recipe.connection.host = QStringLiteral("127.0.0.1");
    recipe.filePath = journal.sourcePath;
    recipe.database = QStringLiteral("import");
    recipe.table = QStringLiteral("sales");
    recipe.reader.delimiter = QStringLiteral(",");
    recipe.columns
        = { { QStringLiteral("Order ID"), QStringLiteral("order_id"), QStringLiteral("BIGINT"), false, true, true } };
    ASSERT_TRUE(recipe.save(journalPath + QStringLiteral(".recipe")).ok());
    const auto reloaded = load::LoadJournal::load(journalPath);
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().text().toStdString();
    ASSERT_EQ(reloaded->chunks.size(), 1);
    EXPECT_EQ(reloaded->chunks.first().attempts, 1);
    ASSERT_EQ(ui::LoadPage::newestUnfinishedJournal(), journalPath);

    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ui::MainWindow window(&settings);
    auto* banner = window.wizard()->connectPage()->findChild<ui::MessageBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().contains(QLatin1String("sales.csv"))) << banner->text().toStdString();
    auto* reopen = banner->findChild<QPushButton*>();
    ASSERT_NE(reopen, nullptr);
    reopen->click();
    const ui::ImportSession* session = window.wizard()->session();
    EXPECT_EQ(session->filePath, journal.sourcePath);
    EXPECT_EQ(session->tableDesign.table, QStringLiteral("sales"));
    EXPECT_TRUE(session->mappingFromRecipe);
    EXPECT_EQ(session->readerOptions.delimiter, QStringLiteral(","));
    QDir(journals).removeRecursively();
}
