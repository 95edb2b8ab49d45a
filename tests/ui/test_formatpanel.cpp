// The mapping page's format panel driven with the keyboard alone (each change becomes the spec the CLI's --format
// takes), and the sample of converted values it shows (through the loader's own ValueConverter).
#include "models/conversionpreview.h"
#include "widgets/columnformatpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::ui;

namespace {

schema::ValueFormat format(const char* spec)
{
    return *schema::ValueFormat::parse(QString::fromLatin1(spec));
}

class FormatPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_panel.resize(900, 300);
        m_panel.show();
        QApplication::setActiveWindow(&m_panel);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_panel));
    }

    /// Alt+`key`, then the keys `then` on whatever got the focus; returns the focused widget's object name.
    QString press(Qt::Key key, std::initializer_list<Qt::Key> then = {})
    {
        QTest::keyClick(&m_panel, key, Qt::AltModifier);
        QWidget* focus = QApplication::focusWidget();
        for (Qt::Key k : then)
            QTest::keyClick(QApplication::focusWidget(), k);
        return focus ? focus->objectName() : QString();
    }

    template <typename T> T* child(const char* name) { return m_panel.findChild<T*>(QLatin1String(name)); }

    ColumnFormatPanel m_panel;
};

} // namespace

TEST_F(FormatPanelTest, EachKeyboardChangeIsTheSpecOfTheWholeFormat)
{
    m_panel.showColumn(QStringLiteral("amount"), format("number;decimal=.;group=none"), false, true);
    QSignalSpy edited(&m_panel, &ColumnFormatPanel::formatEdited);
    EXPECT_FALSE(child<QPushButton>("detectedFormatButton")->isEnabled()) << "nothing chosen yet";

    // A decimal comma: the old decimal point becomes the thousands separator.
    EXPECT_EQ(press(Qt::Key_M, { Qt::Key_Down }), QStringLiteral("decimalCombo"));
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.last().first().toString(), QStringLiteral("number;decimal=,;group=."));
    // The separator cannot become the decimal mark: choosing ',' moves the decimal mark to '.'.
    EXPECT_EQ(press(Qt::Key_P, { Qt::Key_Up }), QStringLiteral("groupCombo"));
    EXPECT_EQ(edited.last().first().toString(), QStringLiteral("number;decimal=.;group=,"));
    EXPECT_EQ(child<QComboBox>("decimalCombo")->currentData().toString(), QStringLiteral("."));
    // A currency typed, then percent as points.
    EXPECT_EQ(press(Qt::Key_U), QStringLiteral("currencyEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("EUR"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(edited.last().first().toString(), QStringLiteral("number;decimal=.;group=,;currency=EUR"));
    EXPECT_EQ(press(Qt::Key_E, { Qt::Key_Down, Qt::Key_Down }), QStringLiteral("percentCombo"));
    EXPECT_EQ(edited.last().first().toString(), QStringLiteral("number;decimal=.;group=,;currency=EUR;percent=points"));
    EXPECT_TRUE(schema::ValueFormat::parse(edited.last().first().toString()).ok());
    // Yes/no: the number fields go away.
    EXPECT_EQ(press(Qt::Key_A, { Qt::Key_End }), QStringLiteral("formatKindCombo"));
    EXPECT_EQ(edited.last().first().toString(), QStringLiteral("boolean"));
    EXPECT_FALSE(child<QComboBox>("decimalCombo")->isVisible());
    EXPECT_FALSE(child<QLineEdit>("currencyEdit")->isVisible());
}

TEST_F(FormatPanelTest, DateOrderOnlyWhereItIsOpenAndBackToDetected)
{
    m_panel.showColumn(QStringLiteral("paid"), format("date;order=mdy"), false, true, true);
    QSignalSpy edited(&m_panel, &ColumnFormatPanel::formatEdited);
    EXPECT_TRUE(child<QComboBox>("dateOrderCombo")->isVisible());
    EXPECT_EQ(press(Qt::Key_O, { Qt::Key_Down }), QStringLiteral("dateOrderCombo"));
    EXPECT_EQ(edited.last().first().toString(), QStringLiteral("date;order=dmy"));

    // Shown as chosen: Back to detected (Alt+K) asks for the detected format again.
    m_panel.showColumn(QStringLiteral("paid"), format("date;order=dmy"), true, true, true);
    EXPECT_TRUE(m_panel.title().contains(QLatin1String("chosen by you")));
    QSignalSpy detected(&m_panel, &ColumnFormatPanel::detectedRequested);
    press(Qt::Key_K); // a mnemonic clicks the button animated, a moment later
    EXPECT_TRUE(detected.wait(2000));
    EXPECT_EQ(detected.size(), 1);

    // ISO dates have no order to choose; a skipped column cannot be edited.
    m_panel.showColumn(QStringLiteral("created"), format("datetime;order=mdy"), false, true, false);
    EXPECT_FALSE(child<QComboBox>("dateOrderCombo")->isVisible());
    m_panel.showColumn(QStringLiteral("note"), format("text"), false, false);
    EXPECT_FALSE(child<QComboBox>("formatKindCombo")->isEnabled());
}

TEST(ConversionSample, ShowsWhatTheLoaderSendsAndMarksWhatDoesNotConvert)
{
    schema::InferredColumn column;
    column.type = schema::ColumnType::decimal(18, 2);
    column.nullable = true;
    column.format = format("number;decimal=.;group=,;currency=$");
    const QList<source::Row> rows = { { 2, { QStringLiteral("$1,200.00") } }, { 3, { QStringLiteral("(1,234.56)") } },
        { 4, { QStringLiteral("N/A") } }, { 5, { QStringLiteral("abc") } }, { 6, { QString() } },
        { 7, { QStringLiteral("$1,200.00") } }, { 8, { QStringLiteral("#DIV/0!") } } };
    const ConversionSample sample = sampleConversions(rows, 0, column, {}, true);
    EXPECT_EQ(sample.checked, 7);
    EXPECT_EQ(sample.converted, 3);
    EXPECT_EQ(sample.nulls, 3);
    EXPECT_EQ(sample.invalid, 1);
    QStringList shown;
    for (const ConvertedValue& v : sample.values)
        shown.append(QStringLiteral("%1@%2=%3:%4").arg(v.raw).arg(v.line).arg(v.loaded).arg(int(v.kind)));
    EXPECT_EQ(shown.join(QLatin1Char(' ')).toStdString(),
        "$1,200.00@2=1200.00:1 (1,234.56)@3=-1234.56:1 N/A@4=:2 abc@5=:3 @6=:2 #DIV/0!@8=:2");

    // No conversion for a text target: sent as written, empty cells NULL only where the rule says so.
    schema::InferredColumn text;
    text.type = schema::ColumnType::varchar(64);
    const ConversionSample asWritten = sampleConversions(rows, 0, text, {}, false, 2);
    EXPECT_EQ(asWritten.converted, 0);
    EXPECT_EQ(asWritten.invalid, 0);
    ASSERT_GE(asWritten.values.size(), 2);
    EXPECT_EQ(asWritten.values.first().loaded, QStringLiteral("$1,200.00"));
}
