// The main window opens offscreen at the realistic size, renders every wizard page, switches language.
#include "common/appsettings.h"
#include "importsession.h"
#include "importwizard.h"
#include "load/loadjournal.h"
#include "mainwindow.h"
#include "pages/connectpage.h"
#include "pages/loadpage.h"
#include "recipe/importrecipe.h"
#include "schema/columnprofiler.h"
#include "schema/valueformat.h"
#include "source/tablereader.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QFile>
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

// Texts of core/ (a reader's error from a class's member function, a type reason of core/schema, a value format's
// name) reach a Chinese interface in Chinese: the code looks them up in the context lupdate filed them under.
TEST(MainWindow, CoreTextsFollowTheLanguage)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ui::MainWindow window(&settings);
    window.switchLanguage(QStringLiteral("zh_CN"));
    const auto isChinese = [](const QString& text) {
        return std::any_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    };
    QFile notAWorkbook(dir.filePath(QStringLiteral("report.xls")));
    ASSERT_TRUE(notAWorkbook.open(QIODevice::WriteOnly));
    notAWorkbook.write(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(4088, '\xff')); // an OLE2 header, then junk
    notAWorkbook.close();
    const auto opened = source::openTableReader(notAWorkbook.fileName(), {});
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(isChinese(opened.error().message)) << opened.error().message.toStdString();

    schema::ColumnProfiler profiler;
    for (const char* value : { "1.234,50", "12,5" })
        profiler.addValue(std::string_view(value), 2);
    const QString reason = profiler.result().reason;
    EXPECT_TRUE(isChinese(reason)) << reason.toStdString();
    EXPECT_TRUE(isChinese(schema::ValueFormat::kindChoices().first().displayName));
    window.switchLanguage(QStringLiteral("en"));
    EXPECT_FALSE(isChinese(schema::ColumnProfiler().result().reason));
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
