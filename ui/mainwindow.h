#pragma once

#include <QMainWindow>

#include <memory>

class QTranslator;

namespace dia {
class AppSettings;
}

namespace dia::ui {

class ImportWizard;
class LogModel;

/// The top-level window: the import wizard in the middle, the user log docked below, menus for recipes,
/// language and help. Remembers its geometry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    ImportWizard* wizard() const { return m_wizard; }
    LogModel* logModel() const { return m_log; }

    /// Renders every wizard page once at the window's size; true when each produced a non-empty image.
    /// With a directory, saves them there as <page>.png.
    bool renderAllPagesForSelfTest(const QString& screenshotDir = {});

    /// Switches the UI language at run time ("" = system locale, "en", "zh_CN").
    void switchLanguage(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class CloseChoice {
        KeepLoading,
        CancelAndClose,
        ResumeLater,
    };
    CloseChoice askCloseDuringLoad();
    QString dialogFolder() const;
    void createMenus();
    void retranslate();
    void onOpenRecipe();
    void onSaveRecipe();

    AppSettings* m_settings;
    LogModel* m_log;
    ImportWizard* m_wizard;
    QTranslator* m_translator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};

} // namespace dia::ui
