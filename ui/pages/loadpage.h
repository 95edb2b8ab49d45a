#pragma once

#include "load/loadplan.h"
#include "load/loadprogress.h"
#include "load/loadreport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class LoadPage;
}

namespace dia::load {
class LoadJob;
}

namespace dia::ui {

class BackendLoadPanel;
class ChunkModel;
class ImportSession;
class MessageBanner;
class ThroughputChart;

/// Page 5: load options (with the compression on the wire), Start / Cancel / Resume, live progress (bar, rows,
/// bytes, rates, ETA), the throughput chart, rows and throughput per BE with the retried chunks, and the per-chunk
/// table. The load engine runs on a worker thread; progress arrives queued.
class LoadPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadPage)

public:
    LoadPage(ImportSession* session, QWidget* parent = nullptr);
    ~LoadPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void startLoad(bool resume = false);
    /// The whole-file scan ended: a Start or Resume pressed while it was reading goes ahead now.
    void onScanEnded();
    void cancelLoad();
    /// Cancels, waits for the load to stop and drops the recipe beside its journal, so the next start does
    /// not offer to resume it (closing the window with "Cancel the load and close").
    void cancelLoadAndForget();
    /// Blocks until the running load stopped (call cancelLoad() first): its journal is then written.
    void waitForLoad();
    bool isRunning() const { return m_running; }
    ChunkModel* chunkModel() const { return m_chunks; }
    void setChunkSizeMiB(int mib);
    void setParallelism(int streams);
    ThroughputChart* chart() const { return m_chart; }
    /// Rows and throughput per BE, the compression, and the chunks sent again through another BE.
    BackendLoadPanel* backendPanel() const { return m_backendPanel; }

    /// The journal path a plan uses (one per plan fingerprint, under the app data folder).
    static QString journalPathFor(const load::LoadPlan& plan);
    /// The most recent journal of a load that started but did not finish and has a recipe beside it, or "".
    static QString newestUnfinishedJournal();

Q_SIGNALS:
    void loadFinished(const dia::load::LoadReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    Result<load::LoadPlan> buildPlan(bool resume) const;
    /// What happens to each file column's fields in the chunk bodies (see load::makeFieldRules).
    source::FieldRules fieldRules(bool emptyAsString) const;
    void onProgress(const load::LoadProgress& progress);
    void onFinished(const load::LoadReport& report);
    void updateResumeButton();
    void logRetries(const QList<load::ChunkReport>& chunks);
    /// Asks before loading a file again into a table it already went into; true: go ahead.
    bool confirmLoadAgain(const load::LoadPlan& plan);
    QString loadKey() const;
    void resetView();
    void fillCompressionCombo();
    load::Compression chosenCompression() const;

    std::unique_ptr<Ui::LoadPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    ChunkModel* m_chunks;
    ThroughputChart* m_chart;
    BackendLoadPanel* m_backendPanel;
    QPointer<load::LoadJob> m_job;
    bool m_running = false;
    std::optional<bool> m_startAfterScan; ///< Start (false) or Resume (true) pressed while the scan was reading
    bool m_finished = false;
    double m_lastSeconds = 0;
    qint64 m_lastRows = 0;
    qint64 m_lastBytes = 0;
    bool m_firstProgress = true;
    double m_startSeconds = 0;
    qint64 m_startCommittedRows = 0;
    QHash<int, int> m_attemptsLogged; ///< chunk index -> attempts already reported
    QString m_shownKey; ///< file, table and load shown on the page
};

} // namespace dia::ui
