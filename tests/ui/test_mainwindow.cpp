// The main window opens offscreen at the realistic size and renders.
#include "mainwindow.h"

#include <QDir>
#include <QPixmap>

#include <gtest/gtest.h>

TEST(MainWindow, RendersAtRealisticSizeAndSavesScreenshot)
{
    dia::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    EXPECT_TRUE(window.renderAllPagesForSelfTest());
    const QPixmap shot = window.grab();
    EXPECT_EQ(shot.size(), QSize(1280, 800));
    QDir().mkpath(QStringLiteral(DIA_SCREENSHOT_DIR));
    EXPECT_TRUE(shot.save(QStringLiteral(DIA_SCREENSHOT_DIR "/mainwindow.png")));
}
