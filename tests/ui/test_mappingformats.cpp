// Issue 15 in the GUI: each column's value format is shown on the mapping page, changed with the keyboard in the
// format panel below the grid (type, reason and the converted sample follow), the zone offsets are converted to
// is the cluster's unless chosen, the load sends the converted values (read back from doris-sim), and a recipe
// keeps the formats and the zone. Real key and mouse events; new states saved as PNGs under <build>/screenshots/.
#include "common/appsettings.h"
#include "guitestsupport.h"
#include "importsession.h"
#include "importwizard.h"
#include "keyboarddriver.h"
#include "mainwindow.h"
#include "models/mappingmodel.h"
#include "pages/connectpage.h"
#include "pages/ddlpage.h"
#include "pages/loadpage.h"
#include "pages/mappingpage.h"
#include "pages/previewpage.h"
#include "recipe/importrecipe.h"
#include "simprocess.h"
#include "simsql.h"
#include "widgets/columnformatpanel.h"
#include "wizardfixture.h"
#include "wizardsteps.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::ui;

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

using test::saveShot;

constexpr int kWaitMs = 60000;
/// The rows of `SELECT columns FROM import.table ORDER BY id`, each as its fields' texts joined by '|'.
QStringList readBack(const test::SimProcess& sim, const QString& table, const QString& columns)
{
    QStringList rows;
    const auto read
        = test::simQuery(sim, { QStringLiteral("SELECT %1 FROM `import`.`%2` ORDER BY id").arg(columns, table) });
    for (const QStringList& fields : read.value_or(QList<QStringList>()))
        rows.append(fields.join(QLatin1Char('|')));
    return rows;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

/// A German Excel CSV: `;`, CRLF, decimal commas, DD.MM.YYYY, an ambiguous 1.250 and ambiguous dates.
QByteArray europeanCsv()
{
    return "id;amount;qty;day;paid\r\n"
           "1;1.234,50;1.250;31.12.2024;03/04/2024\r\n"
           "2;12,5;2.500;01.02.2024;05/06/2024\r\n"
           "3;-3,75;N/A;15.07.2024;11/12/2024\r\n";
}

class MappingFormatsTest : public test::WizardFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(startSim());
        ASSERT_NO_FATAL_FAILURE(openWindow(900)); // room for the format panel
    }

    void connectByKeyboard()
    {
        ASSERT_NO_FATAL_FAILURE(test::fillConnectPage(
            m_window.get(), m_sim.host(), m_sim.feHttpPort(), m_sim.mysqlPort(), m_sim.user(), m_sim.password()));
        QSignalSpy tested(m_wizard->connectPage(), &ConnectPage::connectionTested);
        alt(Qt::Key_T);
        ASSERT_TRUE(tested.wait(kWaitMs));
        ASSERT_TRUE(tested.first().first().toBool());
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
    }

    /// openByKeyboard(), then Next to the mapping page, waiting until the cluster's time_zone is known there.
    void openAndMap(const QString& path)
    {
        ASSERT_NO_FATAL_FAILURE(openByKeyboard(path));
        QSignalSpy zone(m_wizard->mappingPage(), &MappingPage::clusterTimezoneRead);
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
        ASSERT_TRUE(zone.wait(kWaitMs));
    }

    const MappingRow& row(const QString& source) const
    {
        return m_wizard->mappingPage()->mappingModel()->rows().at(rowOf(source));
    }

    /// Clicks the column's row in the mapping grid, as a user selects it.
    void clickRow(const QString& source)
    {
        auto* view = child<QTableView>("mappingView");
        const int r = rowOf(source);
        ASSERT_GE(r, 0) << source.toStdString();
        const QModelIndex index = view->model()->index(r, MappingModel::SourceColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        ASSERT_EQ(view->currentIndex().row(), r);
    }

    /// Alt+`mnemonic` to a combo of the format panel, then `presses` × Down: waits until the column is read again.
    void chooseInCombo(Qt::Key mnemonic, const char* comboName, int presses)
    {
        auto* combo = child<QComboBox>(comboName);
        alt(mnemonic);
        ASSERT_EQ(QApplication::focusWidget(), combo)
            << comboName << " focus: "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                            : std::string("none"));
        QSignalSpy applied(m_wizard->mappingPage(), &MappingPage::formatApplied);
        for (int i = 0; i < presses; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        ASSERT_TRUE(applied.wait(kWaitMs));
        EXPECT_EQ(QApplication::focusWidget(), combo)
            << "the focus stays where the user works, not on "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing") << " "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "");
    }

    /// The sample table's rows as "raw → loaded".
    QStringList sample() const
    {
        auto* table = m_window->findChild<QTableWidget*>(QStringLiteral("sampleView"));
        QStringList rows;
        for (int i = 0; table && i < table->rowCount(); ++i)
            rows.append(table->item(i, 0)->text() + QStringLiteral(" → ") + table->item(i, 1)->text());
        return rows;
    }

    bool typeTableName(const QString& table) { return test::typeTableName(m_window.get(), m_wizard, table); }

    void createTableAndLoad()
    {
        ASSERT_NO_FATAL_FAILURE(test::createTableByKeyboard(m_window.get(), m_wizard));
        QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
        alt(Qt::Key_S);
        ASSERT_TRUE(finished.wait(kWaitMs));
        const load::LoadReport report = m_wizard->session()->loadReport;
        ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    }
};

} // namespace

TEST_F(MappingFormatsTest, EuropeanFormatsChangedByKeyboardLoadTheConvertedValues)
{
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("umsatz.csv")), europeanCsv());
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ASSERT_NO_FATAL_FAILURE(openAndMap(csv));

    // Detected and said: the decimal comma with '.' groups, and what the first values load as.
    EXPECT_EQ(row(QStringLiteral("amount")).type, QStringLiteral("DECIMAL(18,2)"));
    EXPECT_EQ(row(QStringLiteral("amount")).format, QStringLiteral("decimal comma, '.' groups thousands"));
    EXPECT_EQ(row(QStringLiteral("amount")).loadsAs, QStringLiteral("1.234,50 → 1234.50"));
    EXPECT_EQ(row(QStringLiteral("day")).loadsAs, QStringLiteral("31.12.2024 → 2024-12-31"));
    EXPECT_EQ(row(QStringLiteral("day")).format, QStringLiteral("dates as written"))
        << "31.12.2024 has no order to choose";
    EXPECT_EQ(row(QStringLiteral("paid")).format, QStringLiteral("month before day"));
    EXPECT_FALSE(row(QStringLiteral("amount")).formatChosen);
    // 1.250 could be either: read with a decimal point, and the reason says so.
    EXPECT_EQ(row(QStringLiteral("qty")).type, QStringLiteral("DECIMAL(18,3)"));
    EXPECT_TRUE(row(QStringLiteral("qty")).reason.contains(QLatin1String("could also be read with a decimal comma")));
    EXPECT_FALSE(child<QWidget>("timezoneBox")->isVisible()) << "no column has offsets";

    // qty: the decimal mark changed with the keyboard; '.' becomes the thousands separator by itself.
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("qty")));
    EXPECT_TRUE(child<ColumnFormatPanel>("formatPanel")->title().contains(QLatin1String("'qty' (detected)")));
    ASSERT_NO_FATAL_FAILURE(chooseInCombo(Qt::Key_M, "decimalCombo", 1));
    EXPECT_EQ(child<QComboBox>("decimalCombo")->currentData().toString(), QStringLiteral(","));
    EXPECT_EQ(child<QComboBox>("groupCombo")->currentData().toString(), QStringLiteral("."));
    EXPECT_EQ(row(QStringLiteral("qty")).type, QStringLiteral("INT"));
    EXPECT_TRUE(row(QStringLiteral("qty")).reason.contains(QLatin1String("from 1250 to 2500")))
        << row(QStringLiteral("qty")).reason.toStdString();
    EXPECT_EQ(row(QStringLiteral("qty")).format, QStringLiteral("decimal comma, '.' groups thousands"));
    EXPECT_TRUE(row(QStringLiteral("qty")).formatChosen);
    EXPECT_EQ(row(QStringLiteral("qty")).loadsAs, QStringLiteral("1.250 → 1250"));
    EXPECT_EQ(sample(),
        QStringList({ QStringLiteral("1.250 → 1250"), QStringLiteral("2.500 → 2500"), QStringLiteral("N/A → NULL") }));
    EXPECT_TRUE(child<ColumnFormatPanel>("formatPanel")->title().contains(QLatin1String("chosen by you")));
    const QString qtyChoice = m_wizard->session()->chosenFormat(rowOf(QStringLiteral("qty")));
    EXPECT_EQ(qtyChoice, QStringLiteral("number;decimal=,;group=."));

    // paid: day first instead of the month-first guess; then back to detected, then day first again.
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("paid")));
    EXPECT_FALSE(child<QComboBox>("decimalCombo")->isVisible());
    EXPECT_EQ(row(QStringLiteral("paid")).loadsAs, QStringLiteral("03/04/2024 → 2024-03-04"));
    ASSERT_NO_FATAL_FAILURE(chooseInCombo(Qt::Key_O, "dateOrderCombo", 1));
    EXPECT_EQ(row(QStringLiteral("paid")).loadsAs, QStringLiteral("03/04/2024 → 2024-04-03"));
    EXPECT_TRUE(row(QStringLiteral("paid")).reason.contains(QLatin1String("DD/MM/YYYY")));
    EXPECT_EQ(row(QStringLiteral("paid")).format, QStringLiteral("day before month"));
    EXPECT_EQ(sample().value(2), QStringLiteral("11/12/2024 → 2024-12-11"));
    {
        QSignalSpy applied(m_wizard->mappingPage(), &MappingPage::formatApplied);
        alt(Qt::Key_K); // Back to detected
        ASSERT_TRUE(applied.wait(kWaitMs));
    }
    EXPECT_EQ(row(QStringLiteral("paid")).loadsAs, QStringLiteral("03/04/2024 → 2024-03-04"));
    EXPECT_FALSE(row(QStringLiteral("paid")).formatChosen);
    EXPECT_EQ(row(QStringLiteral("qty")).type, QStringLiteral("INT")) << "the other column keeps its choice";
    ASSERT_NO_FATAL_FAILURE(chooseInCombo(Qt::Key_O, "dateOrderCombo", 1));
    EXPECT_EQ(row(QStringLiteral("paid")).loadsAs, QStringLiteral("03/04/2024 → 2024-04-03"));
    saveShot(m_window.get(), QStringLiteral("3-mapping-format-editor"));

    // Check rows predicts the converted load: nothing filtered, nothing stored as a different value.
    {
        QSignalSpy predicted(m_wizard->mappingPage(), &MappingPage::preflightFinished);
        alt(Qt::Key_C);
        ASSERT_TRUE(predicted.wait(kWaitMs));
    }
    EXPECT_TRUE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("load 3 of 3 rows and filter 0")))
        << child<QLabel>("preflightLabel")->text().toStdString();
    for (const MappingRow& r : m_wizard->mappingPage()->mappingModel()->rows())
        EXPECT_TRUE(r.preflight.isEmpty()) << r.source.toStdString() << ": " << r.preflight.toStdString();

    // Loaded into doris-sim: the values Doris holds are the converted ones.
    EXPECT_FALSE(typeTableName(QStringLiteral("umsatz")));
    ASSERT_NO_FATAL_FAILURE(createTableAndLoad());
    EXPECT_EQ(readBack(m_sim, QStringLiteral("umsatz"), QStringLiteral("id, amount, qty, day, paid")),
        QStringList({ QStringLiteral("1|1234.50|1250|2024-12-31|2024-04-03"),
            QStringLiteral("2|12.50|2500|2024-02-01|2024-06-05"),
            QStringLiteral("3|-3.75|NULL|2024-07-15|2024-12-11") }));

    // The recipe keeps the two formats; applied to next month's file, they are chosen again.
    const QString recipePath = m_dir.filePath(QStringLiteral("umsatz.recipe.json"));
    ASSERT_TRUE(m_wizard->saveRecipe(recipePath).ok());
    const Result<recipe::ImportRecipe> saved = recipe::ImportRecipe::load(recipePath);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->columnFormats.value(QStringLiteral("qty")), QStringLiteral("number;decimal=,;group=."));
    EXPECT_EQ(saved->columnFormats.value(QStringLiteral("paid")), QStringLiteral("date;order=dmy"));
    EXPECT_FALSE(saved->columnFormats.contains(QStringLiteral("amount"))) << "detected formats are found again";

    // next month's export, written over the same file the recipe names
    ASSERT_FALSE(writeFile(csv,
        "id;amount;qty;day;paid\r\n7;2.000,00;3.750;01.03.2025;02/01/2025\r\n8;9,99;4.000;02.03.2025;03/01/2025\r\n")
                     .isEmpty());
    ASSERT_TRUE(m_wizard->openRecipe(recipePath).ok());
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->previewPage()->isComplete(); }, kWaitMs));
    {
        QSignalSpy zone(m_wizard->mappingPage(), &MappingPage::clusterTimezoneRead);
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
        ASSERT_TRUE(zone.wait(kWaitMs));
    }
    EXPECT_EQ(m_wizard->session()->inference.formats.size(), 2);
    EXPECT_TRUE(row(QStringLiteral("qty")).formatChosen);
    EXPECT_EQ(row(QStringLiteral("qty")).loadsAs, QStringLiteral("3.750 → 3750"));
    EXPECT_EQ(row(QStringLiteral("paid")).loadsAs, QStringLiteral("02/01/2025 → 2025-01-02"));
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("qty")));
    EXPECT_TRUE(child<ColumnFormatPanel>("formatPanel")->title().contains(QLatin1String("chosen by you")));
    EXPECT_EQ(child<QComboBox>("decimalCombo")->currentData().toString(), QStringLiteral(","));
}

TEST_F(MappingFormatsTest, OffsetsAreConvertedToTheClusterZoneOrTheOneChosen)
{
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("events.csv")),
        "id,created\n1,2024-07-01T10:00:00Z\n2,2024-07-01T12:00:00+02:00\n3,2024-07-01T10:00:00\n");
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ASSERT_NO_FATAL_FAILURE(openAndMap(csv));

    // The cluster's time_zone (doris-sim: Asia/Shanghai) by default, said next to the zone and in the summary.
    EXPECT_EQ(m_wizard->session()->clusterTimezone, QStringLiteral("Asia/Shanghai"));
    auto* zone = child<QComboBox>("timezoneCombo");
    EXPECT_TRUE(child<QWidget>("timezoneBox")->isVisible());
    EXPECT_EQ(zone->currentText(), QStringLiteral("Asia/Shanghai"));
    EXPECT_TRUE(child<QLabel>("timezoneNote")->text().contains(QLatin1String("the cluster's time_zone")));
    EXPECT_EQ(row(QStringLiteral("created")).loadsAs, QStringLiteral("2024-07-01T10:00:00Z → 2024-07-01 18:00:00"));
    EXPECT_TRUE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("converted to Asia/Shanghai")));

    // A zone typed wrong is refused the way --timezone refuses it; UTC typed by hand is taken.
    alt(Qt::Key_Z);
    ASSERT_TRUE(QApplication::focusWidget() == zone || QApplication::focusWidget() == zone->lineEdit());
    selectAll();
    type(QStringLiteral("Mars/Olympus"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    bool refused = false;
    for (const QLabel* label : m_window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("Unknown time zone &quot;Mars/Olympus&quot;")))
            refused = true;
    }
    EXPECT_TRUE(refused);
    EXPECT_TRUE(m_wizard->session()->timezone.isEmpty());
    selectAll();
    type(QStringLiteral("+0530"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(m_wizard->session()->timezone, QStringLiteral("+05:30"));
    EXPECT_EQ(row(QStringLiteral("created")).loadsAs, QStringLiteral("2024-07-01T10:00:00Z → 2024-07-01 15:30:00"));
    selectAll();
    type(QStringLiteral("utc"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(m_wizard->session()->timezone, QStringLiteral("UTC"));
    EXPECT_EQ(row(QStringLiteral("created")).loadsAs, QStringLiteral("2024-07-01T10:00:00Z → 2024-07-01 10:00:00"));
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("created")));
    EXPECT_EQ(sample(),
        QStringList({ QStringLiteral("2024-07-01T10:00:00Z → 2024-07-01 10:00:00"),
            QStringLiteral("2024-07-01T12:00:00+02:00 → 2024-07-01 10:00:00"),
            QStringLiteral("2024-07-01T10:00:00 → 2024-07-01 10:00:00") }));
    EXPECT_TRUE(child<QLabel>("preflightLabel")->text().contains(QLatin1String("converted to UTC")));
    EXPECT_EQ(
        row(QStringLiteral("created")).format, QStringLiteral("date and time as written, offsets converted to UTC"));
    EXPECT_FALSE(child<QComboBox>("dateOrderCombo")->isVisible()) << "ISO dates have no day/month order to choose";
    saveShot(m_window.get(), QStringLiteral("3-mapping-timezone"));

    // The load converts to UTC and says so in its timezone header; Doris holds 10:00 for all three.
    EXPECT_FALSE(typeTableName(QStringLiteral("events")));
    ASSERT_NO_FATAL_FAILURE(createTableAndLoad());
    EXPECT_EQ(m_wizard->session()->lastPlan.timezone, QStringLiteral("UTC"));
    EXPECT_EQ(readBack(m_sim, QStringLiteral("events"), QStringLiteral("id, created")),
        QStringList({ QStringLiteral("1|2024-07-01 10:00:00"), QStringLiteral("2|2024-07-01 10:00:00"),
            QStringLiteral("3|2024-07-01 10:00:00") }));

    // The recipe keeps the zone chosen.
    const QString recipePath = m_dir.filePath(QStringLiteral("events.recipe.json"));
    ASSERT_TRUE(m_wizard->saveRecipe(recipePath).ok());
    const Result<recipe::ImportRecipe> saved = recipe::ImportRecipe::load(recipePath);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->timezone, QStringLiteral("UTC"));
}

TEST_F(MappingFormatsTest, TheFormatPanelSpeaksChinese)
{
    m_window->switchLanguage(QStringLiteral("zh_CN"));
    const QString csv = writeFile(m_dir.filePath(QStringLiteral("umsatz.csv")), europeanCsv());
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ASSERT_NO_FATAL_FAILURE(openAndMap(csv));
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("amount")));
    auto* kind = child<QComboBox>("formatKindCombo");
    EXPECT_EQ(kind->currentData().toString(), QStringLiteral("number"));
    EXPECT_NE(kind->currentText(), QStringLiteral("Number")) << "the core's format names are translated";
    EXPECT_NE(child<QComboBox>("decimalCombo")->currentText(), QStringLiteral("Decimal comma (1,5)"));
    EXPECT_NE(row(QStringLiteral("amount")).format, QStringLiteral("decimal comma, '.' groups thousands"));
    EXPECT_NE(m_wizard->mappingPage()->mappingModel()->headerData(
                  MappingModel::LoadsAsColumn, Qt::Horizontal, Qt::DisplayRole),
        QStringLiteral("Loads as"));
    saveShot(m_window.get(), QStringLiteral("3-mapping-format-editor-zh_CN"));
    m_window->switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(kind->currentText(), QStringLiteral("Number"));
}

TEST_F(MappingFormatsTest, IntoAnExistingTableTheFormatIsChangedTooAndTheValuesFit)
{
    // Last month's file made the table (qty read with a decimal comma); this month's goes into it.
    const QString first = writeFile(m_dir.filePath(QStringLiteral("umsatz.csv")), europeanCsv());
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ASSERT_NO_FATAL_FAILURE(openAndMap(first));
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("qty")));
    ASSERT_NO_FATAL_FAILURE(chooseInCombo(Qt::Key_M, "decimalCombo", 1));
    EXPECT_FALSE(typeTableName(QStringLiteral("umsatz")));
    ASSERT_NO_FATAL_FAILURE(createTableAndLoad());

    QDir().mkpath(m_dir.filePath(QStringLiteral("march")));
    const QString next = writeFile(m_dir.filePath(QStringLiteral("march/umsatz.csv")),
        "id;amount;qty;day;paid\r\n7;2.000,00;3.750;01.03.2025;02/01/2025\r\n8;9,99;4.000;02.03.2025;03/01/2025\r\n");
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // File > New import
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->currentId() == ImportWizard::PreviewPageId; }, 10000));
    ASSERT_NO_FATAL_FAILURE(openAndMap(next));
    EXPECT_TRUE(m_wizard->session()->inference.formats.isEmpty()) << "a new file starts from its detected formats";
    QSignalSpy described(m_wizard->mappingPage(), &MappingPage::tableDescribed);
    alt(Qt::Key_X); // Existing table
    ASSERT_TRUE(described.wait(kWaitMs));
    EXPECT_EQ(row(QStringLiteral("qty")).type, QStringLiteral("INT"));
    // Read with a decimal point, 3.750 does not fit the table's INT and 4.000 would become 4: said before loading.
    EXPECT_TRUE(row(QStringLiteral("qty")).loadsAsProblem);
    EXPECT_EQ(row(QStringLiteral("qty")).loadsAs, QStringLiteral("4.000 → 4; 1 of the first values do not convert"));
    {
        QSignalSpy predicted(m_wizard->mappingPage(), &MappingPage::preflightFinished);
        alt(Qt::Key_C); // Check rows
        ASSERT_TRUE(predicted.wait(kWaitMs));
    }
    EXPECT_FALSE(row(QStringLiteral("qty")).preflight.isEmpty()) << "the preflight sees it too";
    ASSERT_NO_FATAL_FAILURE(clickRow(QStringLiteral("qty")));
    EXPECT_EQ(sample().value(0), QStringLiteral("3.750 → does not convert: NULL"));
    ASSERT_NO_FATAL_FAILURE(chooseInCombo(Qt::Key_M, "decimalCombo", 1));
    EXPECT_EQ(row(QStringLiteral("qty")).type, QStringLiteral("INT"));
    EXPECT_EQ(row(QStringLiteral("qty")).loadsAs, QStringLiteral("3.750 → 3750"));
    EXPECT_FALSE(row(QStringLiteral("qty")).loadsAsProblem);
    {
        QSignalSpy predicted(m_wizard->mappingPage(), &MappingPage::preflightFinished);
        alt(Qt::Key_C);
        ASSERT_TRUE(predicted.wait(kWaitMs));
    }
    EXPECT_TRUE(row(QStringLiteral("qty")).preflight.isEmpty()) << row(QStringLiteral("qty")).preflight.toStdString();
    saveShot(m_window.get(), QStringLiteral("3-mapping-format-existing-table"));

    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::LoadPageId));
    QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
    alt(Qt::Key_S);
    ASSERT_TRUE(finished.wait(kWaitMs));
    ASSERT_EQ(m_wizard->session()->loadReport.status, load::LoadReport::Status::Success)
        << m_wizard->session()->loadReport.message.toStdString();
    EXPECT_EQ(readBack(m_sim, QStringLiteral("umsatz"), QStringLiteral("id, amount, qty, day, paid")).mid(3),
        QStringList({ QStringLiteral("7|2000.00|3750|2025-03-01|2025-02-01"),
            QStringLiteral("8|9.99|4000|2025-03-02|2025-03-01") }));
}
