#pragma once

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QPushButton;
class QTimer;

namespace dia::ui {

/// Live rows/s and MB/s of a load, following QCustomPlot's recommended live-plotting recipe:
/// samples are queued, one timer flushes them in batches and replots only when something changed;
/// the view follows the newest data until the user pans or zooms, and "Follow" restores it.
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(QWidget* parent = nullptr);
    ~ThroughputChart() override;

    /// Queues one sample; `seconds` since the start of the load, strictly increasing.
    void addSample(double seconds, double rowsPerSecond, double megabytesPerSecond);
    void clear();
    bool isFollowingTail() const { return m_followTail; }
    /// Flushes queued samples now (tests; the timer does it otherwise).
    void flush();
    bool savePng(const QString& path, int width, int height);
    QCustomPlot* plot() const { return m_plot; }

    static constexpr int kMaxPoints = 20000;
    static constexpr double kWindowSeconds = 120.0;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onFlushTimer();
    void onUserMovedView();
    void onFollowClicked();
    void applyFollowRange();

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_rowsGraph = nullptr;
    QCPGraph* m_bytesGraph = nullptr;
    QPushButton* m_followButton = nullptr;
    QTimer* m_flushTimer = nullptr;
    QVector<double> m_pendingKeys;
    QVector<double> m_pendingRows;
    QVector<double> m_pendingBytes;
    double m_lastKey = 0.0;
    double m_maxRows = 0.0;
    double m_maxBytes = 0.0;
    bool m_followTail = true;
    bool m_dirty = false;
};

} // namespace dia::ui
