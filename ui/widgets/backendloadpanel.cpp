#include "backendloadpanel.h"

#include "common/bytesize.h"
#include "models/backendstatsmodel.h"
#include "tableheight.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace dia::ui {

namespace {

QString codecText(const QString& name)
{
    if (name == QLatin1String("gz"))
        return BackendLoadPanel::tr("gzip");
    if (name == QLatin1String("lz4"))
        return BackendLoadPanel::tr("LZ4");
    return BackendLoadPanel::tr("none");
}

} // namespace

BackendLoadPanel::BackendLoadPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new BackendStatsModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_retried(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("backendSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("backendStatsView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_retried->setObjectName(QStringLiteral("retriedChunksLabel"));
    m_retried->setWordWrap(true);
    m_retried->setTextFormat(Qt::RichText);
    m_retried->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retried->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never clipped by a table below
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(m_retried);
    clear();
}

void BackendLoadPanel::setCompact(bool compact)
{
    m_compact = compact;
    render();
}

void BackendLoadPanel::clear()
{
    m_chunks.clear();
    m_compression = {};
    render();
}

void BackendLoadPanel::showChunks(const QList<load::ChunkReport>& chunks, const QJsonObject& compression)
{
    m_chunks = chunks;
    m_compression = compression;
    render();
}

QString BackendLoadPanel::retriedText() const
{
    return m_retried->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_retried->text()).toPlainText();
}

QString BackendLoadPanel::summaryText() const
{
    return m_summary->text();
}

void BackendLoadPanel::render()
{
    load::LoadReport report;
    report.chunks = m_chunks;
    const QList<load::BackendLoadStats> stats = report.backendStats();
    m_model->setStats(stats);
    m_view->resizeColumnsToContents();
    m_view->setVisible(!stats.isEmpty());

    // How the bodies travelled: the codec of the committed chunks and what it saved on the wire.
    qint64 bytes = 0;
    qint64 wire = 0;
    QStringList codecs;
    for (const load::ChunkReport& c : std::as_const(m_chunks)) {
        if (c.status != load::ChunkStatus::Committed && c.status != load::ChunkStatus::Precommitted)
            continue;
        bytes += c.bytes;
        wire += c.wireBytes >= 0 ? c.wireBytes : c.bytes;
        const QString codec = codecText(c.compression.isEmpty() ? QStringLiteral("none") : c.compression);
        if (!codecs.contains(codec))
            codecs.append(codec);
    }
    const QLocale locale;
    QString summary;
    if (stats.isEmpty()) {
        summary = tr("Rows per BE appear as chunks commit.");
    } else {
        summary = tr("%n BE(s) took the chunks: %1 rows in all.", nullptr, int(stats.size()))
                      .arg(locale.toString(m_model->totalRows()));
        if (!codecs.isEmpty() && bytes > 0)
            summary += QLatin1Char(' ')
                + tr("Compression: %1; %2 of data went as %3 on the wire (%4 %).")
                      .arg(codecs.join(QStringLiteral(", ")), formatByteSize(bytes), formatByteSize(wire),
                          locale.toString(100.0 * double(wire) / double(bytes), 'f', 0));
    }
    const QString mode = m_compression.value(QLatin1String("mode")).toString();
    const QString reason = m_compression.value(QLatin1String("reason")).toString();
    if (mode == QLatin1String("auto") && !reason.isEmpty())
        summary += QLatin1Char(' ')
            + tr("Automatic chose %1: %2")
                  .arg(codecText(m_compression.value(QLatin1String("codec")).toString()), reason);
    m_summary->setText(summary);

    const QList<load::ChunkReport> retriedChunks = report.retriedChunks();
    QStringList numbers;
    QStringList details;
    for (const load::ChunkReport& c : retriedChunks) {
        numbers.append(QString::number(c.index + 1));
        details.append(tr("Chunk %1 (%2, %n attempt(s)): %3", nullptr, c.attempts)
                           .arg(c.index + 1)
                           .arg(c.label, c.retries.join(QStringLiteral("; "))));
    }
    m_retriedDetails = details.join(QLatin1Char('\n'));
    m_retried->setVisible(!retriedChunks.isEmpty());
    if (retriedChunks.isEmpty()) {
        m_retried->clear();
        m_retried->setToolTip({});
    } else if (m_compact) {
        m_retried->setText(tr("<b>Sent again through the FE to another BE:</b> chunk(s) %1 (each row still loaded "
                              "once, checked by label; the reasons are in the tooltip and the Log).")
                               .arg(numbers.join(QStringLiteral(", "))));
        m_retried->setToolTip(details.join(QLatin1Char('\n')));
    } else {
        QStringList escaped;
        for (const QString& line : std::as_const(details))
            escaped.append(line.toHtmlEscaped());
        m_retried->setText(tr("<b>Sent again through the FE to another BE</b> (each row still loaded once, checked "
                              "by label):")
            + QStringLiteral("<br>") + escaped.join(QStringLiteral("<br>")));
        m_retried->setToolTip({});
    }
    fitTableHeight(m_view, 8);
}

void BackendLoadPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, BackendStatsModel::ColumnCount - 1);
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace dia::ui
