#pragma once

// The fixture of the GUI walk tests: a main window of its own, with its settings in a scratch folder, against a
// doris-sim of its own, and no load journals of earlier runs (they would make Start ask "load again?").

#include "common/appsettings.h"
#include "importwizard.h"
#include "keyboarddriver.h"
#include "mainwindow.h"
#include "models/mappingmodel.h"
#include "pages/mappingpage.h"
#include "pages/previewpage.h"
#include "simprocess.h"
#include "wizardsteps.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dia::test {

/// Where the wizard keeps its load journals (in test mode under ~/.qttest).
inline QString journalsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
}

class WizardFixture : public ::testing::Test
{
protected:
    explicit WizardFixture(QStringList simArgs = {}, QString simPassword = {})
        : m_sim(std::move(simArgs), std::move(simPassword))
    { }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(startSim());
        ASSERT_NO_FATAL_FAILURE(openWindow());
    }
    void TearDown() override { QDir(journalsDir()).removeRecursively(); }

    /// Removes earlier journals, starts the sim and makes the settings file.
    void startSim()
    {
        QDir(journalsDir()).removeRecursively();
        ASSERT_TRUE(m_sim.start()) << m_sim.lastError().toStdString();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    /// A new main window `height` pixels high, shown and active (keys go to it); m_wizard is its wizard.
    void openWindow(int height = 800)
    {
        m_window = std::make_unique<ui::MainWindow>(m_settings.get());
        m_window->resize(1280, height);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_wizard = m_window->wizard();
    }

    // The keyboard, as a user drives the window.
    /// Alt+letter, as a user reaches a field by its label's mnemonic.
    void alt(Qt::Key key) { pressAlt(m_window.get(), key); }
    static void type(const QString& text) { typeIntoFocus(text); }
    static void selectAll() { clearFocused(); }
    /// Alt+letter to a field, then its whole text replaced by `text`.
    void retype(Qt::Key mnemonic, const QString& text) { test::retype(m_window.get(), mnemonic, text); }
    /// A wizard button by its mnemonic, then waits for the page `expected`.
    void go(Qt::Key mnemonic, int expected) { goToPage(m_window.get(), m_wizard, mnemonic, expected); }

    /// On the preview page: the path typed into the File field (Alt+I), Enter; waits until the whole file is
    /// scanned.
    void openByKeyboard(const QString& path)
    {
        QSignalSpy scanned(m_wizard->previewPage(), &ui::PreviewPage::scanFinished);
        alt(Qt::Key_I);
        selectAll();
        type(path);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        ASSERT_TRUE(scanned.wait(kStepWaitMs));
        ASSERT_TRUE(m_wizard->previewPage()->isComplete());
    }

    /// A widget of the window (or of `within`) by its object name; the test fails when there is none.
    template <typename T> T* child(const char* name, QWidget* within = nullptr) const
    {
        T* widget = (within ? within : m_window.get())->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// The mapping page's row of file column `source`, -1 when there is none.
    int rowOf(const QString& source) const
    {
        const auto& rows = m_wizard->mappingPage()->mappingModel()->rows();
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).source == source)
                return i;
        }
        return -1;
    }

    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ImportWizard* m_wizard = nullptr;
};

} // namespace dia::test
