#pragma once

#include <QMainWindow>

namespace dia::ui {

/// The top-level window that hosts the import wizard.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Renders every page once off-screen; true when each rendered to a non-empty image.
    bool renderAllPagesForSelfTest();
};

} // namespace dia::ui
