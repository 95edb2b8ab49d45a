#pragma once

#include "schema/fileanalysis.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

namespace Ui {
class PreviewPage;
}

class QTimer;

namespace dia::ui {

class ImportSession;
class MessageBanner;
class PreviewModel;

/// Page 2: choose a file (dialog, drag and drop, recent files), see it decoded with its detected encoding and
/// layout, override any guess (the preview follows at once), and let a cancellable background scan count
/// the rows, list problems and refine the column types.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    PreviewPage(ImportSession* session, QWidget* parent = nullptr);
    ~PreviewPage() override;

    /// Opens `path`; unset options are detected, set ones (e.g. from a recipe) are shown and used.
    void openFile(const QString& path, const source::ReaderOptions& options = {});
    /// Forgets the file (New import): empty page, nothing to go on with.
    void clearFile();
    /// Proposes the types again with the session's inference options (e.g. "Tight types" toggled).
    void reinfer();
    bool isComplete() const override;
    bool isScanRunning() const { return m_scan != nullptr; }
    PreviewModel* previewModel() const { return m_model; }

Q_SIGNALS:
    void previewReady();
    void scanFinished();
    /// The whole-file scan stopped, finished or not (also after an error).
    void scanEnded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onBrowseClicked();
    void onOptionsChanged();
    void onCancelScanClicked();
    void onScanTimer();
    void startPreview();
    void startScan();
    void showPreview(const schema::FilePreview& preview);
    void showProblems(const QList<source::SourceWarning>& warnings);
    void rebuildRecentMenu();
    void fillOptionCombos();
    source::ReaderOptions optionsFromWidgets() const;

    std::unique_ptr<Ui::PreviewPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    PreviewModel* m_model;
    QTimer* m_scanTimer;
    struct ScanControl
    {
        std::atomic<bool> cancel { false };
        std::atomic<int> permille { 0 };
    };
    std::shared_ptr<ScanControl> m_scan;
    int m_generation = 0;
    bool m_previewOk = false;
    bool m_updatingWidgets = false;
};

} // namespace dia::ui
