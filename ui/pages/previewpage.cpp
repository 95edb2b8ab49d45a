#include "previewpage.h"
#include "ui_previewpage.h"

#include "common/bytesize.h"
#include "importsession.h"
#include "models/previewmodel.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMimeData>
#include <QScopeGuard>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

namespace {
constexpr int kPreviewRows = 200;

QString describeDelimiter(const QString& delimiter)
{
    if (delimiter == QLatin1String("\t"))
        return QStringLiteral("Tab");
    if (delimiter == QString(QChar(0x01)))
        return QStringLiteral("\\x01");
    return delimiter;
}
} // namespace

PreviewPage::PreviewPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PreviewPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_model(new PreviewModel(this))
    , m_scanTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->previewView->setModel(m_model);
    setAcceptDrops(true);
    fillOptionCombos();
    rebuildRecentMenu();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &PreviewPage::onBrowseClicked);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->text() != m_session->filePath)
            openFile(m_ui->fileEdit->text());
    });
    for (QComboBox* combo : { m_ui->sheetCombo, m_ui->encodingCombo, m_ui->quoteCombo, m_ui->headerCombo })
        connect(combo, &QComboBox::activated, this, &PreviewPage::onOptionsChanged);
    connect(m_ui->delimiterCombo, &QComboBox::currentTextChanged, this, &PreviewPage::onOptionsChanged);
    connect(m_ui->skipSpin, &QSpinBox::valueChanged, this, &PreviewPage::onOptionsChanged);
    connect(m_ui->cancelScanButton, &QPushButton::clicked, this, &PreviewPage::onCancelScanClicked);
    connect(m_session->settings(), &AppSettings::recentFilesChanged, this, &PreviewPage::rebuildRecentMenu);
    m_scanTimer->setInterval(200);
    connect(m_scanTimer, &QTimer::timeout, this, &PreviewPage::onScanTimer);
}

PreviewPage::~PreviewPage()
{
    if (m_scan)
        m_scan->cancel = true;
}

void PreviewPage::fillOptionCombos()
{
    m_updatingWidgets = true;
    m_ui->encodingCombo->clear();
    m_ui->encodingCombo->addItem(tr("Detect"), QString());
    for (const char* name :
        { "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "GBK", "Big5", "Shift_JIS", "windows-1252", "ISO-8859-1" })
        m_ui->encodingCombo->addItem(QLatin1String(name), QLatin1String(name));
    m_ui->delimiterCombo->clear();
    m_ui->delimiterCombo->addItem(tr("Detect"), QString());
    m_ui->delimiterCombo->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->delimiterCombo->addItem(tr("Pipe (|)"), QStringLiteral("|"));
    m_ui->delimiterCombo->addItem(tr("\\x01 (Hive)"), QString(QChar(0x01)));
    m_ui->quoteCombo->clear();
    m_ui->quoteCombo->addItem(tr("Detect"));
    m_ui->quoteCombo->addItem(tr("Double quote (\")"), QStringLiteral("\""));
    m_ui->quoteCombo->addItem(tr("Single quote (')"), QStringLiteral("'"));
    m_ui->quoteCombo->addItem(tr("None"), QStringLiteral("none"));
    m_ui->headerCombo->clear();
    m_ui->headerCombo->addItem(tr("Header: detect"));
    m_ui->headerCombo->addItem(tr("First row is the header"));
    m_ui->headerCombo->addItem(tr("No header row"));
    m_updatingWidgets = false;
}

source::ReaderOptions PreviewPage::optionsFromWidgets() const
{
    source::ReaderOptions o;
    o.encoding = m_ui->encodingCombo->currentData().toString();
    const int delimiterIndex = m_ui->delimiterCombo->currentIndex();
    if (m_ui->delimiterCombo->currentText().isEmpty())
        o.delimiter.clear();
    else if (delimiterIndex >= 0
        && m_ui->delimiterCombo->itemText(delimiterIndex) == m_ui->delimiterCombo->currentText())
        o.delimiter = m_ui->delimiterCombo->currentData().toString();
    else
        o.delimiter = m_ui->delimiterCombo->currentText(); // typed by hand, may be several characters
    const QString quote = m_ui->quoteCombo->currentData().toString();
    if (quote == QLatin1String("none"))
        o.quote = QChar();
    else if (!quote.isEmpty())
        o.quote = quote.front();
    if (m_ui->headerCombo->currentIndex() == 1)
        o.header = true;
    else if (m_ui->headerCombo->currentIndex() == 2)
        o.header = false;
    o.skipLines = m_ui->skipSpin->value();
    if (m_ui->sheetCombo->isEnabled() && m_ui->sheetCombo->currentIndex() >= 0)
        o.sheet = m_ui->sheetCombo->currentText();
    return o;
}

void PreviewPage::openFile(const QString& path, const source::ReaderOptions& options)
{
    // Another file is another import: nothing of the previous one (table, mapping, rules, load) carries over.
    // The same path again (a recipe naming it) keeps what was set for it.
    if (QFileInfo(path).absoluteFilePath() != QFileInfo(m_session->filePath).absoluteFilePath())
        m_session->resetForNewFile();
    m_session->filePath = path;
    m_updatingWidgets = true;
    m_ui->fileEdit->setText(path);
    m_ui->sheetCombo->clear();
    m_ui->sheetCombo->setEnabled(!options.sheet.isEmpty());
    if (!options.sheet.isEmpty())
        m_ui->sheetCombo->addItem(options.sheet);
    m_ui->encodingCombo->setCurrentIndex(std::max(0, m_ui->encodingCombo->findData(options.encoding)));
    const int delimiterIndex = m_ui->delimiterCombo->findData(options.delimiter);
    if (delimiterIndex >= 0)
        m_ui->delimiterCombo->setCurrentIndex(delimiterIndex);
    else
        m_ui->delimiterCombo->setEditText(options.delimiter);
    if (!options.quote)
        m_ui->quoteCombo->setCurrentIndex(0);
    else
        m_ui->quoteCombo->setCurrentIndex(std::max(
            0, m_ui->quoteCombo->findData(options.quote->isNull() ? QStringLiteral("none") : QString(*options.quote))));
    m_ui->headerCombo->setCurrentIndex(!options.header ? 0 : (*options.header ? 1 : 2));
    m_ui->skipSpin->setValue(options.skipLines);
    m_updatingWidgets = false;
    startPreview();
}

void PreviewPage::clearFile()
{
    if (m_scan)
        m_scan->cancel = true;
    m_scan.reset();
    m_scanTimer->stop();
    ++m_generation;
    m_session->scanRunning = false;
    m_updatingWidgets = true;
    m_ui->fileEdit->clear();
    m_ui->sheetCombo->clear();
    m_ui->sheetCombo->setEnabled(false);
    m_ui->encodingCombo->setCurrentIndex(0);
    m_ui->headerCombo->setCurrentIndex(0);
    m_ui->quoteCombo->setCurrentIndex(0);
    m_ui->skipSpin->setValue(0);
    m_updatingWidgets = false;
    m_model->clear();
    m_ui->detectedLabel->clear();
    m_ui->rowCountLabel->clear();
    m_ui->scanProgress->setVisible(false);
    m_ui->cancelScanButton->setVisible(false);
    showProblems({});
    m_banner->clearMessage();
    m_previewOk = false;
    Q_EMIT completeChanged();
}

void PreviewPage::reinfer()
{
    if (!m_session->filePath.isEmpty())
        startPreview();
}

void PreviewPage::onOptionsChanged()
{
    if (!m_updatingWidgets && !m_session->filePath.isEmpty())
        startPreview();
}

void PreviewPage::startPreview()
{
    if (m_scan)
        m_scan->cancel = true;
    m_scan.reset();
    m_scanTimer->stop();
    m_ui->scanProgress->setVisible(false);
    m_ui->cancelScanButton->setVisible(false);
    m_previewOk = false;
    Q_EMIT completeChanged();
    m_banner->clearMessage();
    m_ui->detectedLabel->setText(tr("Reading…"));

    const int generation = ++m_generation;
    m_session->scanRunning = true; // a new preview, then its scan: a load waits for them
    const QString path = m_session->filePath;
    const source::ReaderOptions options = optionsFromWidgets();
    const schema::InferenceOptions inference = m_session->inference;
    m_session->readerOptions = options;
    auto* watcher = new QFutureWatcher<Result<schema::FilePreview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user changed an option again: this preview is stale
        const Result<schema::FilePreview> result = watcher->result();
        if (!result.ok()) {
            m_model->clear();
            m_ui->detectedLabel->clear();
            m_ui->rowCountLabel->clear();
            m_banner->showError(result.error().message, result.error().hint);
            m_session->logError(tr("Cannot read %1: %2").arg(m_session->filePath, result.error().message));
            m_session->scanRunning = false;
            Q_EMIT scanEnded();
            return;
        }
        showPreview(*result);
    });
    watcher->setFuture(QtConcurrent::run(
        [path, options, inference] { return schema::previewFile(path, options, kPreviewRows, inference); }));
}

void PreviewPage::showPreview(const schema::FilePreview& preview)
{
    const source::SourceInfo& info = preview.info;
    m_session->preview = preview;
    m_model->setPreview(info.columnNames, preview.rows);
    m_ui->previewView->resizeColumnsToContents();

    m_updatingWidgets = true;
    if (!info.sheets.isEmpty() && m_ui->sheetCombo->count() != info.sheets.size()) {
        m_ui->sheetCombo->clear();
        m_ui->sheetCombo->addItems(info.sheets);
    }
    m_ui->sheetCombo->setEnabled(!info.sheets.isEmpty());
    if (!info.sheet.isEmpty())
        m_ui->sheetCombo->setCurrentText(info.sheet);
    m_updatingWidgets = false;

    QString detected;
    if (info.format == source::FileFormat::Csv) {
        detected = tr("Detected: %1%2 (confidence %3%), delimiter %4, quote %5, %6 line ends, %7, %8 line(s) skipped. ")
                       .arg(info.encoding, info.bom ? tr(" with BOM") : QString())
                       .arg(qRound(info.encodingConfidence * 100))
                       .arg(describeDelimiter(info.delimiter), info.quote.isNull() ? tr("none") : QString(info.quote),
                           info.lineEnding == QLatin1String("\r\n")     ? QStringLiteral("CRLF")
                               : info.lineEnding == QLatin1String("\r") ? QStringLiteral("CR")
                                                                        : QStringLiteral("LF"),
                           info.header ? tr("header row") : tr("no header"))
                       .arg(info.skipLines);
    } else {
        detected = tr("Workbook with %n sheet(s); showing '%1'. ", nullptr, int(info.sheets.size())).arg(info.sheet);
    }
    detected += tr("%1, %n column(s).", nullptr, int(info.columnNames.size())).arg(formatByteSize(info.fileSize));
    m_ui->detectedLabel->setText(detected);
    m_ui->rowCountLabel->setText(preview.complete
            ? tr("%n row(s).", nullptr, int(preview.rows.size()))
            : tr("Showing the first %1 rows of about %2.").arg(preview.rows.size()).arg(preview.estimatedRows));
    showProblems(preview.warnings);
    m_previewOk = true;
    m_session->settings()->addRecentFile(m_session->filePath);
    m_session->settings()->setLastFolder(QFileInfo(m_session->filePath).absolutePath());
    Q_EMIT completeChanged();
    Q_EMIT previewReady();
    if (preview.complete) {
        m_session->scan = schema::FileInference { preview.info, preview.columns, qint64(preview.rows.size()),
            preview.warnings, true };
        m_session->scanComplete = true;
        m_session->scanRunning = false; // the preview read the whole file: no scan follows
        Q_EMIT scanFinished();
        Q_EMIT scanEnded();
    } else {
        startScan();
    }
}

void PreviewPage::startScan()
{
    m_session->scanComplete = false;
    m_session->scanRunning = true;
    auto control = std::make_shared<ScanControl>();
    m_scan = control;
    m_ui->scanProgress->setRange(0, 1000);
    m_ui->scanProgress->setValue(0);
    m_ui->scanProgress->setVisible(true);
    m_ui->cancelScanButton->setVisible(true);
    m_scanTimer->start();

    const int generation = m_generation;
    const QString path = m_session->filePath;
    const source::ReaderOptions options = m_session->readerOptions;
    const schema::InferenceOptions inference = m_session->inference;
    auto* watcher = new QFutureWatcher<Result<schema::FileInference>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, control] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_scan.reset();
        m_scanTimer->stop();
        m_session->scanRunning = false;
        const auto ended = qScopeGuard([this] { Q_EMIT scanEnded(); });
        m_ui->scanProgress->setVisible(false);
        m_ui->cancelScanButton->setVisible(false);
        const Result<schema::FileInference> result = watcher->result();
        if (!result.ok()) {
            m_banner->showError(result.error().message, result.error().hint);
            return;
        }
        m_session->scan = *result;
        m_session->scanComplete = result->complete;
        showProblems(result->warnings);
        m_ui->rowCountLabel->setText(!result->complete
                ? tr("Scan stopped after %1 rows; types are based on those rows.").arg(result->rows)
                : tr("%1 data rows in the file.").arg(result->rows));
        m_session->logInfo(tr("Scanned %1: %2 rows, %3 problem(s).")
                               .arg(QFileInfo(m_session->filePath).fileName())
                               .arg(result->rows)
                               .arg(result->warnings.size()));
        Q_EMIT scanFinished();
    });
    watcher->setFuture(QtConcurrent::run([path, options, inference, control] {
        return schema::FileScan::infer(path, options, inference, 0, &control->cancel,
            [control](double fraction) { control->permille = int(fraction * 1000.0); });
    }));
}

void PreviewPage::onScanTimer()
{
    if (!m_scan)
        return;
    m_ui->scanProgress->setValue(m_scan->permille.load());
    m_ui->rowCountLabel->setText(tr("Scanning… %1% of the file read.").arg(m_scan->permille.load() / 10));
}

void PreviewPage::onCancelScanClicked()
{
    if (m_scan)
        m_scan->cancel = true;
}

void PreviewPage::showProblems(const QList<source::SourceWarning>& warnings)
{
    m_ui->problemList->clear();
    for (const source::SourceWarning& w : warnings) {
        m_ui->problemList->addItem(w.line > 0 ? tr("Line %1: %2").arg(w.line).arg(w.message) : w.message);
    }
    m_ui->problemList->setVisible(!warnings.isEmpty());
}

bool PreviewPage::isComplete() const
{
    return m_previewOk;
}

void PreviewPage::onBrowseClicked()
{
    QString folder = m_session->settings()->lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a file to import"), folder,
        tr("Spreadsheets and text (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void PreviewPage::rebuildRecentMenu()
{
    auto* menu = new QMenu(m_ui->recentButton);
    for (const QString& path : m_session->settings()->recentFiles())
        menu->addAction(path, this, [this, path] { openFile(path); });
    if (menu->isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    delete m_ui->recentButton->menu();
    m_ui->recentButton->setMenu(menu);
}

void PreviewPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void PreviewPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openFile(urls.first().toLocalFile());
}

void PreviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillOptionCombos();
    }
    QWizardPage::changeEvent(event);
}

} // namespace dia::ui
