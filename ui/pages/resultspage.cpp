#include "resultspage.h"
#include "ui_resultspage.h"

#include "common/bytesize.h"
#include "common/spreadsheetcsv.h"
#include "doris/errorlogclient.h"
#include "importsession.h"
#include "load/filteredrows.h"
#include "load/loadjournal.h"
#include "models/rejectedrowsmodel.h"
#include "widgets/backendloadpanel.h"
#include "widgets/messagebanner.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

namespace {

struct ChunkErrors
{
    QList<RejectedRowsModel::Entry> entries;
    QStringList notes;
};

/// Fetches every chunk's rejected rows (from the BE, or over MySQL when the BE is unreachable), mapped back to
/// lines in the file through the load's journal. Runs on a worker thread.
ChunkErrors fetchAll(const doris::ConnectionSettings& settings, const QString& journalPath,
    const QList<load::ChunkReport>& chunks, const source::FieldRules& rules)
{
    ChunkErrors out;
    const Result<load::LoadJournal> journal = load::LoadJournal::load(journalPath);
    if (!journal.ok()) {
        out.notes.append(journal.error().message);
        return out;
    }
    for (const load::ChunkReport& chunk : chunks) {
        const Result<load::FilteredRows> fetched = load::fetchFilteredRows(settings, *journal, chunk.label, &rules);
        if (!fetched.ok()) {
            out.notes.append(QCoreApplication::translate("dia::ui::ResultsPage", "Chunk %1: %2")
                                 .arg(chunk.index + 1)
                                 .arg(fetched.error().message));
            continue;
        }
        if (!fetched->note.isEmpty())
            out.notes.append(fetched->note);
        if (fetched->truncated)
            out.notes.append(QCoreApplication::translate(
                "dia::ui::ResultsPage", "Chunk %1: Doris logs at most 50 rejected rows per load; %2 were filtered.")
                                 .arg(chunk.index + 1)
                                 .arg(chunk.filtered));
        for (const doris::FilteredRow& row : fetched->rows)
            out.entries.append({ chunk.index, row });
    }
    return out;
}

} // namespace

ResultsPage::ResultsPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ResultsPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_rows(new RejectedRowsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_backendPanel(new BackendLoadPanel(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->insertWidget(m_ui->rootLayout->indexOf(m_ui->summaryLabel) + 1, m_backendPanel);
    m_proxy->setSourceModel(m_rows);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->errorView->setModel(m_proxy);
    m_ui->errorView->horizontalHeader()->setStretchLastSection(true);
    m_ui->errorView->verticalHeader()->hide();
    setFinalPage(true);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->chunkCombo, &QComboBox::activated, this, &ResultsPage::onChunkChanged);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ResultsPage::onCopyClicked);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ResultsPage::onExportClicked);
    connect(m_ui->browserButton, &QPushButton::clicked, this, &ResultsPage::onBrowserClicked);
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::initializePage()
{
    showSummary();
    m_rows->setEntries({});
    m_ui->chunkCombo->clear();
    fillChunkCombo();
    fetchErrorRows();
}

void ResultsPage::fillChunkCombo()
{
    // (Re)writes the item texts in the current language; the selection stays.
    const QSignalBlocker quiet(m_ui->chunkCombo);
    const QVariant selected = m_ui->chunkCombo->currentData();
    m_ui->chunkCombo->clear();
    m_ui->chunkCombo->addItem(tr("All chunks"), -1);
    for (const load::ChunkReport& chunk : m_session->loadReport.chunks) {
        if (chunk.filtered > 0 || !chunk.errorUrl.isEmpty())
            m_ui->chunkCombo->addItem(
                tr("Chunk %1 (%n filtered)", nullptr, int(std::max<qint64>(0, chunk.filtered))).arg(chunk.index + 1),
                chunk.index);
    }
    if (selected.isValid())
        m_ui->chunkCombo->setCurrentIndex(std::max(0, m_ui->chunkCombo->findData(selected)));
}

QString ResultsPage::statusText(load::LoadReport::Status status)
{
    switch (status) {
    case load::LoadReport::Status::Success:
        return tr("Success");
    case load::LoadReport::Status::Fail:
        return tr("Failed");
    case load::LoadReport::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void ResultsPage::showSummary()
{
    const load::LoadReport& r = m_session->loadReport;
    const double mbps = r.seconds > 0 ? double(r.bytes) / r.seconds : 0.0;
    const double rowsPerSecond = r.seconds > 0 ? double(r.rowsLoaded) / r.seconds : 0.0;
    m_ui->summaryLabel->setText(
        tr("<b>%1</b> · %2 rows loaded · %3 filtered · %4 unselected · %5 chunks · %6 s · %7/s · %8 rows/s")
            .arg(statusText(r.status).toHtmlEscaped())
            .arg(r.rowsLoaded)
            .arg(r.rowsFiltered)
            .arg(r.rowsUnselected)
            .arg(r.chunks.size())
            .arg(r.seconds, 0, 'f', 1)
            .arg(formatByteSize(qint64(mbps)))
            .arg(qRound64(rowsPerSecond)));
    m_backendPanel->showChunks(r.chunks, r.compression);
    if (r.status == load::LoadReport::Status::Fail)
        m_banner->showError(r.message, r.hint);
    else
        m_banner->clearMessage();
}

void ResultsPage::fetchErrorRows()
{
    QList<load::ChunkReport> withErrors;
    for (const load::ChunkReport& chunk : m_session->loadReport.chunks) {
        if (!chunk.errorUrl.isEmpty())
            withErrors.append(chunk);
    }
    if (withErrors.isEmpty()) {
        // Nothing of an earlier import's rejected rows stays, and an empty list says why it is empty.
        ++m_generation;
        m_allEntries.clear();
        onChunkChanged();
        if (m_session->loadReport.status != load::LoadReport::Status::Fail && m_session->loadReport.rowsFiltered == 0)
            m_banner->showMessage(
                MessageBanner::Kind::Positive, tr("No rejected rows: Doris loaded every row it was sent."));
        Q_EMIT errorRowsLoaded();
        return;
    }
    const int generation = ++m_generation;
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    const QString journalPath = m_session->lastPlan.journalPath;
    auto* watcher = new QFutureWatcher<ChunkErrors>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const ChunkErrors errors = watcher->result();
        m_allEntries = errors.entries;
        onChunkChanged();
        m_ui->errorView->resizeColumnsToContents();
        if (!errors.notes.isEmpty())
            m_banner->showMessage(MessageBanner::Kind::Information,
                errors.notes.join(QLatin1Char('\n'))
                    .toHtmlEscaped()
                    .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        Q_EMIT errorRowsLoaded();
    });
    watcher->setFuture(QtConcurrent::run([settings, journalPath, withErrors, rules = m_session->lastPlan.fieldRules] {
        return fetchAll(settings, journalPath, withErrors, rules);
    }));
}

void ResultsPage::onChunkChanged()
{
    const int chunk = m_ui->chunkCombo->currentData().toInt();
    QList<RejectedRowsModel::Entry> shown;
    for (const RejectedRowsModel::Entry& e : std::as_const(m_allEntries)) {
        if (chunk < 0 || e.chunk == chunk)
            shown.append(e);
    }
    m_rows->setEntries(shown);
}

void ResultsPage::onCopyClicked()
{
    QStringList lines;
    const QModelIndexList selected = m_ui->errorView->selectionModel()->selectedRows();
    for (const QModelIndex& proxyIndex : selected) {
        const auto& e = m_rows->entries().at(m_proxy->mapToSource(proxyIndex).row());
        lines.append(QStringLiteral("%1\t%2\t%3\t%4").arg(e.row.line).arg(e.row.column, e.row.reason, e.row.rawRow));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

Status ResultsPage::exportRejectedRows(const QString& path) const
{
    QVector<QStringList> rows;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const auto& e = m_rows->entries().at(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        rows.append(
            { e.row.line > 0 ? QString::number(e.row.line) : QString(), e.row.column, e.row.reason, e.row.rawRow });
    }
    return writeSpreadsheetCsv(path, { tr("line"), tr("column"), tr("reason"), tr("row") }, rows);
}

void ResultsPage::onExportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rejected rows"), QStringLiteral("rejected-rows.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = exportRejectedRows(path);
    if (status.ok())
        m_banner->showMessage(MessageBanner::Kind::Positive, tr("Exported %n row(s).", nullptr, m_proxy->rowCount()));
    else
        m_banner->showError(status.error().message, status.error().hint);
}

void ResultsPage::onBrowserClicked()
{
    const int chunk = m_ui->chunkCombo->currentData().toInt();
    for (const load::ChunkReport& c : m_session->loadReport.chunks) {
        if (!c.errorUrl.isEmpty() && (chunk < 0 || c.index == chunk)) {
            // Same rule as fetching: only the cluster's own hosts.
            doris::ErrorLogClient client(m_session->connectionSettings());
            client.setKnownBackends(m_session->backends);
            const Status trusted = client.checkTrusted(c.errorUrl);
            if (!trusted.ok()) {
                m_banner->showError(trusted.error().message, trusted.error().hint);
                return;
            }
            QDesktopServices::openUrl(QUrl(c.errorUrl));
            return;
        }
    }
}

void ResultsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_session->hasLoadReport) { // texts made from the report are not in the .ui
            showSummary();
            fillChunkCombo();
        }
    }
    QWizardPage::changeEvent(event);
}

} // namespace dia::ui
