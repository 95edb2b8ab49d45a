// The wizard walked the way people walk it (issue 18): real key and mouse events on the focused widget, a second
// and third import in one session, Start after a finished load, closing during a load and reopening with the
// sandbox on new ports, a wrong HTTP port. New states are saved as PNGs under <build>/screenshots/.
#include "common/appsettings.h"
#include "guitestsupport.h"
#include "importsession.h"
#include "importwizard.h"
#include "keyboarddriver.h"
#include "mainwindow.h"
#include "models/chunkmodel.h"
#include "pages/connectpage.h"
#include "pages/ddlpage.h"
#include "pages/loadpage.h"
#include "pages/mappingpage.h"
#include "pages/previewpage.h"
#include "simprocess.h"
#include "widgets/messagebox.h"
#include "wizardfixture.h"
#include "wizardsteps.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::ui;

namespace {

using test::answerDialog;
using test::countRows;
using test::saveShot;
using test::writeCsv;

constexpr int kWaitMs = 60000;
class WalkthroughTest : public test::WizardFixture
{
protected:
    /// On the mapping page: types the table name (Alt+T) and waits for the check against the database.
    bool typeTableName(const QString& table) { return test::typeTableName(m_window.get(), m_wizard, table); }

    /// From the mapping page with a fresh name: Next, Create table (Alt+T on the DDL page), Next to the load page.
    void createTableByKeyboard() { test::createTableByKeyboard(m_window.get(), m_wizard); }

    /// Start (Alt+S) and wait for the end of the load.
    load::LoadReport startByKeyboard()
    {
        QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
        alt(Qt::Key_S);
        EXPECT_TRUE(finished.wait(kWaitMs));
        return m_wizard->session()->loadReport;
    }

    /// Fills the connect page with the keyboard only and tests the connection with Alt+T.
    void typeConnection(int httpPort, bool expectOk)
    {
        ASSERT_NO_FATAL_FAILURE(test::fillConnectPage(
            m_window.get(), m_sim.host(), httpPort, m_sim.mysqlPort(), m_sim.user(), m_sim.password()));
        QSignalSpy tested(m_wizard->connectPage(), &ConnectPage::connectionTested);
        alt(Qt::Key_T);
        ASSERT_TRUE(tested.wait(kWaitMs));
        ASSERT_EQ(tested.first().first().toBool(), expectOk);
    }
};

} // namespace

TEST_F(WalkthroughTest, EveryCharacterTypedOnTheConnectPageArrives)
{
    // First a passing test, then the user edits the fields: the page must keep the focus where the user types.
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    auto* user = child<QLineEdit>("userEdit");
    auto* password = child<QLineEdit>("passwordEdit");
    alt(Qt::Key_U);
    ASSERT_EQ(QApplication::focusWidget(), user);
    selectAll();
    type(QStringLiteral("analyst"));
    EXPECT_EQ(user->text(), QStringLiteral("analyst"));
    EXPECT_EQ(QApplication::focusWidget(), user);
    alt(Qt::Key_W);
    ASSERT_EQ(QApplication::focusWidget(), password);
    type(QStringLiteral("s3cret pass"));
    EXPECT_EQ(password->text(), QStringLiteral("s3cret pass"));
    EXPECT_EQ(QApplication::focusWidget(), password);
    saveShot(m_window.get(), QStringLiteral("1-connect-typed"));

    // Typed back to the right user, the test passes again and Next (Alt+N) goes on.
    alt(Qt::Key_U);
    selectAll();
    type(m_sim.user());
    alt(Qt::Key_W);
    selectAll();
    type(m_sim.password());
    QSignalSpy tested(m_wizard->connectPage(), &ConnectPage::connectionTested);
    alt(Qt::Key_T);
    ASSERT_TRUE(tested.wait(kWaitMs));
    EXPECT_TRUE(tested.first().first().toBool());
    alt(Qt::Key_N); // a mnemonic clicks the button animated, 100 ms later
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentId() == ImportWizard::PreviewPageId; }, 5000));
}

TEST_F(WalkthroughTest, AWrongFeHttpPortFailsTheConnectionTestAndSaysWhatAnswered)
{
    // The BE's HTTP port typed as the FE's: it accepts connections and answers HTTP, but it is no FE.
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.beHttpPort(), false));
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
    bool saidBe = false;
    for (const QLabel* label : m_window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("BE's HTTP port, not the FE's")))
            saidBe = true;
    }
    EXPECT_TRUE(saidBe);
    saveShot(m_window.get(), QStringLiteral("1-connect-wrong-http-port"));

    // The MySQL port typed as the HTTP port: no HTTP answer at all.
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.mysqlPort(), false));
    bool saidNoHttp = false;
    for (const QLabel* label : m_window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("does not answer HTTP like a Doris FE")))
            saidNoHttp = true;
    }
    EXPECT_TRUE(saidNoHttp);
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());

    // The right port passes.
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    EXPECT_TRUE(m_wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_F(WalkthroughTest, ThreeImportsInOneSessionStartAgainAsksAndNothingLeaks)
{
    const QString first = writeCsv(m_dir.filePath(QStringLiteral("orders_march.csv")), 20);
    const QString second = writeCsv(m_dir.filePath(QStringLiteral("orders_april.csv")), 3000);
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));

    // Import 1: 20 rows into import.orders_march, with a filter ratio set on the mapping page.
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(first));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    auto* table = child<QComboBox>("tableCombo");
    EXPECT_EQ(table->currentText(), QStringLiteral("orders_march"));
    EXPECT_FALSE(typeTableName(QStringLiteral("orders_march")));
    EXPECT_TRUE(child<QLabel>("tableStatusLabel")->text().contains(QLatin1String("new name")));
    alt(Qt::Key_R); // Max filter ratio
    selectAll();
    type(QStringLiteral("0.25"));
    QSignalSpy predicted(m_wizard->mappingPage(), &MappingPage::preflightFinished);
    alt(Qt::Key_C); // Check rows
    ASSERT_TRUE(predicted.wait(kWaitMs));
    EXPECT_TRUE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("of 20 rows")));
    EXPECT_TRUE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("Empty cells load as NULL")));
    // A changed ratio makes the verdict stale: it is not shown as if it still held.
    alt(Qt::Key_R);
    selectAll();
    type(QStringLiteral("0.3"));
    EXPECT_FALSE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("Passes")));
    ASSERT_NO_FATAL_FAILURE(createTableByKeyboard());
    load::LoadReport report = startByKeyboard();
    ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(countRows(m_sim, QStringLiteral("orders_march")), 20);
    EXPECT_EQ(child<QProgressBar>("progressBar")->value(), 100);

    // Start again: the question comes first; "No" loads nothing.
    QString question;
    answerDialog(QMessageBox::No, QStringLiteral("5-load-again-question"), &question);
    alt(Qt::Key_S);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !question.isEmpty(); }, 10000));
    EXPECT_TRUE(question.contains(QLatin1String("already loaded into import.orders_march"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QLatin1String("20 rows"))) << question.toStdString();
    QTest::qWait(300);
    EXPECT_FALSE(m_wizard->loadPage()->isRunning());
    EXPECT_EQ(countRows(m_sim, QStringLiteral("orders_march")), 20);
    saveShot(m_window.get(), QStringLiteral("5-load-not-again"));
    // "Yes" loads it again, as asked.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    report = startByKeyboard();
    EXPECT_EQ(report.status, load::LoadReport::Status::Success);
    EXPECT_EQ(countRows(m_sim, QStringLiteral("orders_march")), 40);

    // Import 2 through File > New import (Ctrl+N): another file, nothing of the first one stays.
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::ResultsPageId));
    saveShot(m_window.get(), QStringLiteral("6-results-new-import"));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentId() == ImportWizard::PreviewPageId; }, 10000));
    EXPECT_TRUE(child<QLineEdit>("fileEdit")->text().isEmpty());
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(second));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    EXPECT_EQ(table->currentText(), QStringLiteral("orders_april"));
    EXPECT_EQ(child<QDoubleSpinBox>("ratioSpin")->value(), 0.0);
    EXPECT_FALSE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("of 20 rows")));
    // The first file's table is taken: said at once, and Next does not go on.
    EXPECT_TRUE(typeTableName(QStringLiteral("orders_march")));
    EXPECT_TRUE(child<QLabel>("tableStatusLabel")->text().contains(QLatin1String("already exists")));
    saveShot(m_window.get(), QStringLiteral("3-mapping-table-exists"));
    alt(Qt::Key_N);
    QTest::qWait(300);
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::MappingPageId);
    EXPECT_FALSE(typeTableName(QStringLiteral("orders_april")));
    ASSERT_NO_FATAL_FAILURE(createTableByKeyboard());
    // The load page shows nothing of the first load, and Next waits for this one.
    EXPECT_EQ(child<QProgressBar>("progressBar")->value(), 0);
    EXPECT_EQ(m_wizard->loadPage()->chunkModel()->rowCount(), 0);
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
    report = startByKeyboard();
    ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(countRows(m_sim, QStringLiteral("orders_april")), 3000);

    // Import 3 through the last page's New import button: the sample workbook.
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::ResultsPageId));
    alt(Qt::Key_I);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentId() == ImportWizard::PreviewPageId; }, 10000));
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(QStringLiteral(DIA_SOURCE_DIR "/resources/sample/sales.xlsx")));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    EXPECT_EQ(table->currentText(), QStringLiteral("sales"));
    EXPECT_FALSE(typeTableName(QStringLiteral("sales_walk")));
    ASSERT_NO_FATAL_FAILURE(createTableByKeyboard());
    report = startByKeyboard();
    ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(countRows(m_sim, QStringLiteral("sales_walk")), 500);
    EXPECT_EQ(countRows(m_sim, QStringLiteral("orders_march")), 40);
}

TEST_F(WalkthroughTest, CloseDuringALoadAsksThenResumesAfterARestartOnNewPorts)
{
    constexpr int kRows = 200000;
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("big_export.csv")), kRows);
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(csv));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    EXPECT_FALSE(typeTableName(QStringLiteral("big_export")));
    ASSERT_NO_FATAL_FAILURE(createTableByKeyboard());
    m_wizard->loadPage()->setChunkSizeMiB(1);
    m_wizard->loadPage()->setParallelism(2);
    ASSERT_TRUE(m_sim.setFaults({ QStringLiteral("delay_ms=100") }));
    alt(Qt::Key_S);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            int committed = 0;
            for (const auto& chunk : m_wizard->loadPage()->chunkModel()->chunks())
                committed += chunk.status == load::ChunkStatus::Committed ? 1 : 0;
            return committed >= 3;
        },
        kWaitMs));
    ASSERT_TRUE(m_wizard->loadPage()->isRunning());
    const int shown = child<QProgressBar>("progressBar")->value();
    EXPECT_LT(shown, 100);

    // Closing asks; "Keep loading" keeps the window and the load.
    QString question;
    answerDialog(QMessageBox::Cancel, QStringLiteral("5-load-close-question"), &question);
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(question.contains(QLatin1String("A load is running"))) << question.toStdString();
    EXPECT_TRUE(m_wizard->loadPage()->isRunning());
    // "Close and resume later" stops it; the committed chunks stay.
    answerDialog(QMessageBox::Save, QStringLiteral("5-load-close-question-2"), nullptr);
    EXPECT_TRUE(m_window->close());
    const qint64 afterClose = countRows(m_sim, QStringLiteral("big_export"));
    EXPECT_GT(afterClose, 0);
    EXPECT_LT(afterClose, kRows);
    m_window.reset();

    // A new start with the sandbox on new ports: the unfinished import is offered and Resume sends the rest.
    ASSERT_TRUE(m_sim.setFaults({}));
    ASSERT_TRUE(m_sim.restart());
    ASSERT_NO_FATAL_FAILURE(openWindow());
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    QPushButton* reopen = nullptr;
    // the offer comes with the connection test's answer and the resume recipe the last run wrote: wait for it
    static_cast<void>(QTest::qWaitFor(
        [&] {
            for (QPushButton* button : m_window->findChildren<QPushButton*>()) {
                if (button->isVisible() && button->text().contains(QLatin1String("Reopen to resume")))
                    reopen = button;
            }
            return reopen != nullptr;
        },
        kWaitMs));
    ASSERT_NE(reopen, nullptr) << "the unfinished import is not offered";
    saveShot(m_window.get(), QStringLiteral("1-connect-resume-offer"));
    QTest::mouseClick(reopen, Qt::LeftButton);
    // The connection of this run stays (the recipe remembers the old ports).
    EXPECT_EQ(m_wizard->session()->connection.httpPort, m_sim.feHttpPort());
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->previewPage()->isComplete(); }, kWaitMs));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::DdlPageId));
    QSignalSpy created(m_wizard->ddlPage(), &DdlPage::tableCreated);
    alt(Qt::Key_T);
    ASSERT_TRUE(created.wait(kWaitMs));
    ASSERT_TRUE(created.first().first().toBool()); // exists: the interrupted import made it
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::LoadPageId));
    auto* resume = child<QPushButton>("resumeButton");
    ASSERT_TRUE(resume->isEnabled());
    QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
    alt(Qt::Key_R);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const load::LoadReport done = m_wizard->session()->loadReport;
    EXPECT_EQ(done.status, load::LoadReport::Status::Success) << done.message.toStdString();
    EXPECT_EQ(countRows(m_sim, QStringLiteral("big_export")), kRows);
    EXPECT_EQ(child<QProgressBar>("progressBar")->value(), 100);
    saveShot(m_window.get(), QStringLiteral("5-load-resumed-after-restart"));
}

// Start while the whole-file scan still reads (a big file, a format just changed): the load waits for it, since
// the scan's value formats decide the conversions and the job's identity, then starts by itself.
TEST_F(WalkthroughTest, StartWhileTheScanReadsWaitsForItThenLoads)
{
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("early_start.csv")), 500);
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(csv));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    EXPECT_FALSE(typeTableName(QStringLiteral("early_start")));
    ASSERT_NO_FATAL_FAILURE(createTableByKeyboard());
    m_wizard->session()->scanRunning = true; // as when the scan of a large file is still reading
    alt(Qt::Key_S);
    QTest::qWait(300);
    EXPECT_FALSE(m_wizard->loadPage()->isRunning());
    EXPECT_FALSE(child<QPushButton>("startButton")->isEnabled());
    bool waitingSaid = false;
    for (QLabel* label : m_window->findChildren<QLabel*>())
        waitingSaid = waitingSaid
            || (label->isVisible() && label->text().contains(QLatin1String("Reading the whole file first")));
    EXPECT_TRUE(waitingSaid) << "the page says why nothing starts yet";
    saveShot(m_window.get(), QStringLiteral("5-load-waits-for-scan"));
    EXPECT_EQ(countRows(m_sim, QStringLiteral("early_start")), 0);

    QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
    m_wizard->session()->scanRunning = false;
    m_wizard->loadPage()->onScanEnded(); // what the preview page's scanEnded signal triggers
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(m_wizard->session()->loadReport.status, load::LoadReport::Status::Success);
    EXPECT_EQ(countRows(m_sim, QStringLiteral("early_start")), 500);
}

// A small file opened while a big one is still being scanned: its load does not wait for the dropped scan.
TEST_F(WalkthroughTest, AFileOpenedWhileAnotherIsScannedDoesNotWaitForTheOldScan)
{
    const QString big = writeCsv(m_dir.filePath(QStringLiteral("big_first.csv")), 200000);
    const QString small = writeCsv(m_dir.filePath(QStringLiteral("small_second.csv")), 20);
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
    QSignalSpy previewed(m_wizard->previewPage(), &PreviewPage::previewReady);
    alt(Qt::Key_I);
    selectAll();
    type(big);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(previewed.wait(kWaitMs));
    EXPECT_TRUE(m_wizard->session()->scanRunning) << "the big file's scan is reading";
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(small)); // read whole by its preview: no scan of its own
    EXPECT_FALSE(m_wizard->session()->scanRunning);
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
    EXPECT_FALSE(typeTableName(QStringLiteral("small_second")));
    ASSERT_NO_FATAL_FAILURE(createTableByKeyboard());
    const load::LoadReport report = startByKeyboard();
    EXPECT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(countRows(m_sim, QStringLiteral("small_second")), 20);
}

TEST_F(WalkthroughTest, AShortShiftJisFileIsShownInJapaneseNotAsWindows1252)
{
    const QString path = m_dir.filePath(QStringLiteral("japan.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // "id,名前,都市 / 1,田中さん,東京 / 2,すずき,大阪" in Shift_JIS, 54 bytes: a guard that short Japanese files
    // are previewed as Shift_JIS (the windows-1252 case did not reproduce with such files).
    file.write("id,\x96\xbc\x91\x4f,\x93\x73\x8e\x73\n1,\x93\x63\x92\x86\x82\xb3\x82\xf1,\x93\x8c\x8b\x9e\n"
               "2,\x82\xb7\x82\xb8\x82\xab,\x91\xe5\x8d\xe3\n");
    file.close();
    ASSERT_NO_FATAL_FAILURE(typeConnection(m_sim.feHttpPort(), true));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
    ASSERT_NO_FATAL_FAILURE(openByKeyboard(path));
    EXPECT_EQ(m_wizard->session()->preview.info.encoding, QStringLiteral("Shift_JIS"));
    EXPECT_TRUE(m_wizard->session()->preview.info.columnNames.contains(QStringLiteral("名前")));
    saveShot(m_window.get(), QStringLiteral("2-preview-shift_jis"));
}
