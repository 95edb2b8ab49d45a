#include "throughputchart.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dia::ui {

namespace {
constexpr int kFlushIntervalMs = 250;
} // namespace

ThroughputChart::ThroughputChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_followButton(new QPushButton(this))
    , m_flushTimer(new QTimer(this))
{
    m_plot->setNotAntialiasedElements(QCP::aeAll);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);

    auto ticker = QSharedPointer<QCPAxisTickerTime>::create();
    ticker->setTimeFormat(QStringLiteral("%m:%s"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis2->setVisible(true);

    m_rowsGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_rowsGraph->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    m_bytesGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_bytesGraph->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->xAxis->setRange(0, 10);

    m_followButton->setEnabled(false);
    retranslate();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_followButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(buttons);

    // Any user pan or zoom stops following the tail.
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this] { onUserMovedView(); });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { onUserMovedView(); });
    connect(m_followButton, &QPushButton::clicked, this, &ThroughputChart::onFollowClicked);

    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ThroughputChart::onFlushTimer);
    m_flushTimer->start();
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::retranslate()
{
    m_plot->xAxis->setLabel(tr("Elapsed"));
    m_plot->yAxis->setLabel(tr("Rows/s"));
    m_plot->yAxis2->setLabel(tr("MB/s"));
    m_rowsGraph->setName(tr("Rows/s"));
    m_bytesGraph->setName(tr("MB/s"));
    m_followButton->setText(tr("Follow"));
    m_followButton->setToolTip(tr("Follow the newest data again after zooming or panning."));
}

void ThroughputChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void ThroughputChart::addSample(double seconds, double rowsPerSecond, double megabytesPerSecond)
{
    if (seconds <= m_lastKey && !m_pendingKeys.isEmpty())
        return; // keys must stay sorted so addData can skip its sort
    m_lastKey = seconds;
    m_pendingKeys.append(seconds);
    m_pendingRows.append(rowsPerSecond);
    m_pendingBytes.append(megabytesPerSecond);
}

void ThroughputChart::clear()
{
    m_pendingKeys.clear();
    m_pendingRows.clear();
    m_pendingBytes.clear();
    m_rowsGraph->data()->clear();
    m_bytesGraph->data()->clear();
    m_lastKey = 0.0;
    m_maxRows = 0.0;
    m_maxBytes = 0.0;
    m_followTail = true;
    m_followButton->setEnabled(false);
    m_plot->xAxis->setRange(0, 10);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputChart::flush()
{
    onFlushTimer();
}

void ThroughputChart::onFlushTimer()
{
    if (!m_pendingKeys.isEmpty()) {
        m_rowsGraph->addData(m_pendingKeys, m_pendingRows, true);
        m_bytesGraph->addData(m_pendingKeys, m_pendingBytes, true);
        m_maxRows = std::max(m_maxRows, *std::max_element(m_pendingRows.cbegin(), m_pendingRows.cend()));
        m_maxBytes = std::max(m_maxBytes, *std::max_element(m_pendingBytes.cbegin(), m_pendingBytes.cend()));
        m_pendingKeys.clear();
        m_pendingRows.clear();
        m_pendingBytes.clear();
        // Bound memory: a load at 4 Hz stays far below the cap; beyond it, drop the oldest points.
        if (m_rowsGraph->data()->size() > kMaxPoints) {
            const double cut = m_rowsGraph->data()->at(m_rowsGraph->data()->size() - kMaxPoints)->key;
            m_rowsGraph->data()->removeBefore(cut);
            m_bytesGraph->data()->removeBefore(cut);
        }
        m_dirty = true;
    }
    if (!m_dirty)
        return;
    if (m_followTail)
        applyFollowRange();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_dirty = false;
}

void ThroughputChart::applyFollowRange()
{
    const double upper = std::max(10.0, m_lastKey);
    m_plot->xAxis->setRange(std::max(0.0, upper - kWindowSeconds), upper);
    m_plot->yAxis->setRange(0, std::max(1.0, m_maxRows * 1.1));
    m_plot->yAxis2->setRange(0, std::max(1.0, m_maxBytes * 1.1));
}

void ThroughputChart::onUserMovedView()
{
    if (!m_followTail)
        return;
    m_followTail = false;
    m_followButton->setEnabled(true);
}

void ThroughputChart::onFollowClicked()
{
    m_followTail = true;
    m_followButton->setEnabled(false);
    m_dirty = true;
    onFlushTimer();
}

bool ThroughputChart::savePng(const QString& path, int width, int height)
{
    flush();
    if (m_followTail)
        applyFollowRange();
    return m_plot->savePng(path, width, height);
}

} // namespace dia::ui
