#pragma once

// What several GUI tests need besides the keyboard (keyboarddriver.h): screenshots, an orders CSV of any size, and
// an answer to the next message box.

#include <QAbstractButton>
#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace dia::test {

/// Saves `window` as DIA_SCREENSHOT_DIR/`name`.png (the screenshots the README and reviews use).
inline void saveShot(QWidget* window, const QString& name)
{
    const QString dir = QStringLiteral(DIA_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// An orders CSV of `rows` data rows, ~120 bytes each, ids 1..rows (many 1 MiB chunks for big counts).
inline QString writeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("id,name,city,amount,created,comment\n");
    QByteArray block;
    for (int i = 1; i <= rows; ++i) {
        block += QByteArray::number(i) + ",customer " + QByteArray::number(i % 977) + ",City "
            + QByteArray::number(i % 31) + "," + QByteArray::number(i % 10000) + "." + QByteArray::number(i % 100)
            + ",2024-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10)
            + " 12:00:00,some words to make the row a little longer " + QByteArray::number(i * 7) + "\n";
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return path;
}

/// Answers the next modal message box with the button `role` once it shows, saving it as `shot` first.
/// `seen` (may be null) receives the box's text.
inline void answerDialog(QMessageBox::StandardButton role, const QString& shot, QString* seen)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, role, shot, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        if (seen)
            *seen = box->text();
        saveShot(box, shot);
        if (QAbstractButton* button = box->button(role))
            QTest::mouseClick(button, Qt::LeftButton);
        // A window manager gives the focus back to the main window; the offscreen platform needs telling.
        QTimer::singleShot(0, [] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top->objectName() == QLatin1String("mainWindow"))
                    QApplication::setActiveWindow(top);
            }
        });
    });
    timer->start();
}

} // namespace dia::test
