#pragma once

// The fixture of the GUI walk tests: a main window of its own, with its settings in a scratch folder, against a
// doris-sim of its own, and no load journals of earlier runs (they would make Start ask "load again?").

#include "common/appsettings.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "simprocess.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
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

    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ImportWizard* m_wizard = nullptr;
};

} // namespace dia::test
