#include "ddlpage.h"
#include "ui_ddlpage.h"

#include "doris/backendprobe.h"
#include "doris/metadataclient.h"
#include "importsession.h"
#include "schema/ddlgenerator.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"
#include "widgets/sqlhighlighter.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace dia::ui {

DdlPage::DdlPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DdlPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    fillModelCombo();
    m_ui->ddlEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(m_ui->ddlEdit->document());

    connect(m_ui->modelCombo, &QComboBox::activated, this, &DdlPage::onOptionChanged);
    connect(m_ui->bucketsSpin, &QSpinBox::valueChanged, this, &DdlPage::onOptionChanged);
    connect(m_ui->replicationSpin, &QSpinBox::valueChanged, this, [this](int replicas) {
        m_session->replicationChoice = replicas; // the user's choice stands from now on
        onOptionChanged();
    });
    connect(m_ui->ddlEdit, &QPlainTextEdit::textChanged, this, &DdlPage::onDdlEdited);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, [this] {
        m_editedByHand = false;
        regenerate();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &DdlPage::onCopyClicked);
    connect(m_ui->createButton, &QPushButton::clicked, this, &DdlPage::startCreateTable);
}

DdlPage::~DdlPage() = default;

void DdlPage::initializePage()
{
    const schema::TableDesign& design = m_session->tableDesign;
    m_ui->modelCombo->setCurrentIndex(design.model == schema::DataModel::Unique ? 1 : 0);
    m_ui->bucketsSpin->setValue(design.buckets);
    {
        // min(3, alive BEs) unless the user or a recipe chose; not a choice of the user's, so no valueChanged
        const QSignalBlocker quiet(m_ui->replicationSpin);
        const int replicas = m_session->replicationChoice > 0
            ? m_session->replicationChoice
            : doris::replicationDefault(m_session->aliveBackends).replicas;
        m_ui->replicationSpin->setValue(replicas);
        m_session->tableDesign.replicationNum = m_ui->replicationSpin->value();
    }
    m_editedByHand = false;
    m_created = false;
    regenerate();
}

void DdlPage::onOptionChanged()
{
    schema::TableDesign& design = m_session->tableDesign;
    design.model = m_ui->modelCombo->currentIndex() == 1 ? schema::DataModel::Unique : schema::DataModel::Duplicate;
    design.buckets = m_ui->bucketsSpin->value();
    design.replicationNum = m_ui->replicationSpin->value();
    updateReplicationNote();
    if (m_editedByHand) {
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("You edited the statement by hand, so it was not regenerated. Click Regenerate to apply the options."));
        return;
    }
    regenerate();
}

void DdlPage::updateReplicationNote()
{
    const int alive = m_session->aliveBackends;
    const int replicas = m_ui->replicationSpin->value();
    const doris::ReplicationDefault proposal = doris::replicationDefault(alive);
    QString note;
    if (alive > 0 && replicas > alive) {
        note = QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                   .arg(tr("%1 replicas, but the cluster has %n alive BE(s): Doris refuses such a table (each replica "
                           "needs a BE of its own).",
                       nullptr, alive)
                            .arg(replicas)
                            .toHtmlEscaped());
    } else if (replicas == proposal.replicas) {
        note = proposal.reason.toHtmlEscaped();
    } else {
        note = tr("Your choice. Proposed: %1").arg(proposal.reason).toHtmlEscaped();
    }
    m_ui->replicationNoteLabel->setText(note);
}

int DdlPage::replicasIn(const QString& sql)
{
    static const QRegularExpression property(
        QStringLiteral("[\"'`]replication_num[\"'`]\\s*=\\s*[\"']\\s*(\\d+)\\s*[\"']"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = property.match(sql);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool DdlPage::confirmReplicas(const QString& sql)
{
    const int alive = m_session->aliveBackends;
    const int replicas = replicasIn(sql);
    if (alive <= 0 || replicas <= alive)
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(this, tr("More replicas than alive BEs"),
        tr("The statement asks for %1 replicas, but the cluster has %n alive BE(s). Doris refuses such a CREATE "
           "TABLE: each replica needs a BE of its own.\n\nSend it anyway?",
            nullptr, alive)
            .arg(replicas),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_session->logWarning(tr("Sending CREATE TABLE with %1 replicas to a cluster with %2 alive BEs, as asked.")
                                  .arg(replicas)
                                  .arg(alive));
        return true;
    }
    m_banner->showMessage(MessageBanner::Kind::Warning,
        tr("Nothing was sent. Set Replicas to at most %n (the alive BEs), or start the BEs that are down and test the "
           "connection again.",
            nullptr, alive)
            .toHtmlEscaped());
    return false;
}

void DdlPage::regenerate()
{
    updateReplicationNote();
    QStringList notes;
    const Result<schema::TableDesign> arranged = schema::DdlGenerator::arrange(m_session->tableDesign, &notes);
    m_banner->clearMessage();
    if (!arranged.ok()) {
        m_banner->showError(arranged.error().message, arranged.error().hint);
        return;
    }
    m_session->tableDesign = *arranged;
    const Status valid = schema::DdlGenerator::validate(*arranged);
    if (!valid.ok())
        m_banner->showError(valid.error().message, valid.error().hint);
    else if (!notes.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Information, notes.join(QStringLiteral("<br>")));
    m_settingText = true;
    m_ui->ddlEdit->setPlainText(schema::DdlGenerator::createTable(*arranged));
    m_settingText = false;
    m_created = false;
    Q_EMIT completeChanged();
}

void DdlPage::onDdlEdited()
{
    if (m_settingText)
        return;
    m_editedByHand = true;
    m_created = false;
    Q_EMIT completeChanged();
}

QString DdlPage::ddlText() const
{
    return m_ui->ddlEdit->toPlainText();
}

void DdlPage::onCopyClicked()
{
    QGuiApplication::clipboard()->setText(ddlText());
    m_banner->showMessage(MessageBanner::Kind::Positive, tr("Copied the statement to the clipboard."));
}

void DdlPage::startCreateTable()
{
    const QString sql = ddlText().trimmed();
    if (!sql.startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive)) {
        m_banner->showError(tr("The statement must be a CREATE TABLE."), tr("Click Regenerate to start again."));
        return;
    }
    if (!confirmReplicas(sql))
        return;
    m_creating = true;
    m_ui->createButton->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Creating the table…"));
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    const QString database = m_session->tableDesign.database;
    const QString table = m_session->tableDesign.table;
    const bool resuming = m_session->resuming;
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, table, resuming] {
        watcher->deleteLater();
        m_creating = false;
        m_ui->createButton->setEnabled(true);
        const Status status = watcher->result();
        m_created = status.ok();
        if (!m_created && status.error().code == QLatin1String("table_exists") && resuming) {
            // The interrupted import created it; Resume adds the rest of the rows.
            m_created = true;
            m_banner->showMessage(MessageBanner::Kind::Information,
                tr("The table %1 exists already: the interrupted import created it. Go on to Resume.")
                    .arg(table.toHtmlEscaped()));
        } else if (!m_created && status.error().code == QLatin1String("table_exists")) {
            m_banner->showError(status.error().message, status.error().hint);
            m_session->logError(status.error().message);
        } else if (m_created) {
            m_banner->showMessage(
                MessageBanner::Kind::Positive, tr("Created the table %1.").arg(table.toHtmlEscaped()));
            m_session->logInfo(tr("Created the table %1.").arg(table));
        } else {
            m_banner->showError(tr("Doris refused the statement: %1").arg(status.error().message), status.error().hint);
            m_session->logError(tr("CREATE TABLE failed: %1").arg(status.error().message));
        }
        Q_EMIT completeChanged();
        Q_EMIT tableCreated(m_created);
    });
    watcher->setFuture(QtConcurrent::run([settings, database, table, sql]() -> Status {
        doris::MetadataClient client(settings);
        const Status created = client.execute(
            QStringLiteral("CREATE DATABASE IF NOT EXISTS %1").arg(doris::MetadataClient::quoteIdentifier(database)));
        if (!created.ok())
            return created;
        // CREATE TABLE IF NOT EXISTS does nothing to a table that is there: never report that as created.
        const Result<QStringList> tables = client.tables(database);
        if (tables.ok() && tables->contains(table, Qt::CaseInsensitive))
            return makeError(QStringLiteral("table_exists"),
                tr("The table %1.%2 already exists; nothing was created.").arg(database, table),
                tr("Go back and choose another name for the new table, or choose 'Existing table' to add the rows "
                   "to it."));
        return client.execute(sql);
    }));
}

bool DdlPage::isComplete() const
{
    return m_created && !m_creating;
}

void DdlPage::fillModelCombo()
{
    // Refilled on a language switch: the model names follow the interface language.
    const int current = std::max(0, m_ui->modelCombo->currentIndex());
    const QSignalBlocker blocker(m_ui->modelCombo);
    m_ui->modelCombo->clear();
    m_ui->modelCombo->addItem(tr("Duplicate key (keep every row)"));
    m_ui->modelCombo->addItem(tr("Unique key (upsert by key)"));
    m_ui->modelCombo->setCurrentIndex(current);
}

void DdlPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillModelCombo();
        updateReplicationNote();
    }
    QWizardPage::changeEvent(event);
}

} // namespace dia::ui
