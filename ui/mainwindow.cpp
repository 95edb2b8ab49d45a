#include "mainwindow.h"

#include <QLabel>
#include <QPixmap>

namespace dia::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Doris Import Assistant"));
    auto* label = new QLabel(tr("Doris Import Assistant"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::renderAllPagesForSelfTest()
{
    const QPixmap pixmap = grab();
    return !pixmap.isNull() && pixmap.width() > 0;
}

} // namespace dia::ui
