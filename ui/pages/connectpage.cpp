#include "connectpage.h"
#include "ui_connectpage.h"

#include "doris/connectiontest.h"
#include "importsession.h"
#include "models/backendreachabilitymodel.h"
#include "passwordvault.h"
#include "widgets/messagebanner.h"
#include "widgets/tableheight.h"

#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

namespace {

/// What one "Test connection" found: the connection report, then every BE probed from here.
struct TestOutcome
{
    Result<doris::ConnectionReport> report = doris::ConnectionReport {};
    QList<doris::BackendReachability> backends;
};

TestOutcome runTest(const doris::ConnectionSettings& settings)
{
    TestOutcome outcome;
    outcome.report = doris::testConnection(settings);
    if (outcome.report.ok() && !outcome.report->backends.isEmpty())
        outcome.backends
            = doris::BackendProbe::probe(outcome.report->backends, settings, std::min(settings.connectTimeoutMs, 3000));
    return outcome;
}

} // namespace

ConnectPage::ConnectPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_backendModel(new BackendReachabilityModel(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->backendView->setModel(m_backendModel);
    m_ui->backendView->verticalHeader()->hide();
    m_ui->backendView->horizontalHeader()->setStretchLastSection(true);

    reloadProfiles();
    connect(m_ui->profileCombo, &QComboBox::activated, this, &ConnectPage::onProfileActivated);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &ConnectPage::onSaveProfileClicked);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, &ConnectPage::onDeleteProfileClicked);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectPage::startConnectionTest);
    connect(m_ui->tlsCheck, &QCheckBox::toggled, m_ui->trustSelfSignedCheck, &QCheckBox::setEnabled);
    // A new mapping is tested at once (Enter or leaving the field): its BEs are probed again.
    connect(m_ui->beOverrideEdit, &QLineEdit::editingFinished, this, &ConnectPage::onMappingEditingFinished);
    for (QLineEdit* edit : { m_ui->hostEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->beOverrideEdit })
        connect(edit, &QLineEdit::textEdited, this, &ConnectPage::onFieldEdited);
    for (QSpinBox* spin : { m_ui->httpPortSpin, m_ui->mysqlPortSpin })
        connect(spin, &QSpinBox::valueChanged, this, &ConnectPage::onFieldEdited);
    for (QCheckBox* check : { m_ui->tlsCheck, m_ui->trustSelfSignedCheck })
        connect(check, &QCheckBox::toggled, this, &ConnectPage::onFieldEdited);
    connect(m_session->vault(), &PasswordVault::passwordRead, this, &ConnectPage::onPasswordRead);
    connect(m_session->vault(), &PasswordVault::passwordUnavailable, this, &ConnectPage::onPasswordUnavailable);
    connect(m_session->vault(), &PasswordVault::writeFailed, this,
        [this](const QString&, const QString& reason) { m_banner->showMessage(MessageBanner::Kind::Warning, reason); });

    const QString last = m_session->settings()->lastConnectionProfile();
    const int lastIndex = m_ui->profileCombo->findText(last);
    if (lastIndex >= 0) {
        m_ui->profileCombo->setCurrentIndex(lastIndex);
        onProfileActivated(lastIndex);
    }
}

ConnectPage::~ConnectPage() = default;

bool ConnectPage::isComplete() const
{
    return m_testPassed && !m_testRunning;
}

bool ConnectPage::validatePage()
{
    storeFieldsInSession();
    m_session->settings()->setLastConnectionProfile(m_ui->profileCombo->currentText());
    return m_testPassed;
}

void ConnectPage::setConnection(
    const QString& host, int httpPort, int mysqlPort, const QString& user, const QString& password)
{
    m_ui->hostEdit->setText(host);
    m_ui->httpPortSpin->setValue(httpPort);
    m_ui->mysqlPortSpin->setValue(mysqlPort);
    m_ui->userEdit->setText(user);
    m_ui->passwordEdit->setText(password);
    onFieldEdited();
}

void ConnectPage::offerResume(const QString& description, const std::function<void()>& onResume)
{
    m_resumeDescription = description;
    m_onResume = onResume;
    showResumeOffer();
}

void ConnectPage::showResumeOffer()
{
    if (!m_onResume)
        return;
    m_banner->showMessage(MessageBanner::Kind::Warning, m_resumeDescription.toHtmlEscaped());
    // Offered until taken: a connection test (run at start-up) must not wipe it.
    m_banner->setAction(tr("Reopen to resume"), [this] {
        const std::function<void()> onResume = m_onResume;
        m_onResume = nullptr;
        onResume();
    });
}

void ConnectPage::storeFieldsInSession()
{
    ConnectionProfile& c = m_session->connection;
    c.name = m_ui->profileCombo->currentText().trimmed();
    c.host = m_ui->hostEdit->text().trimmed();
    c.httpPort = m_ui->httpPortSpin->value();
    c.mysqlPort = m_ui->mysqlPortSpin->value();
    c.user = m_ui->userEdit->text().trimmed();
    c.useTls = m_ui->tlsCheck->isChecked();
    c.trustSelfSigned = m_ui->tlsCheck->isChecked() && m_ui->trustSelfSignedCheck->isChecked();
    c.beOverride = m_ui->beOverrideEdit->text().trimmed();
    m_session->password = m_ui->passwordEdit->text();
}

void ConnectPage::startConnectionTest()
{
    storeFieldsInSession();
    m_testedMapping = m_ui->beOverrideEdit->text().trimmed();
    m_testedOnce = true;
    if (m_session->connection.host.isEmpty()) {
        m_banner->showError(tr("Enter the FE host."), tr("It is the machine your Doris frontend runs on."));
        return;
    }
    // The mapping is checked (and written the canonical way) as doris-import --be does.
    doris::ConnectionSettings parsed;
    if (const Status mapping = parsed.setBeOverride(m_session->connection.beOverride); !mapping.ok()) {
        m_banner->showError(mapping.error().message,
            tr("Write the BE address mapping as advertised=reachable pairs separated by commas, e.g. "
               "be1.internal:8040=10.0.0.7:8040, or one HOST:PORT for every load."));
        m_ui->beOverrideEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_session->connection.beOverride = parsed.beOverride;
    m_lastReport.reset();
    m_bannerShowsBackends = false;
    m_backendModel->setBackends({});
    m_ui->backendView->setVisible(false);
    m_banner->clearMessage();
    m_testRunning = true;
    m_testPassed = false;
    m_ui->testButton->setEnabled(false);
    m_ui->testProgress->setVisible(true);
    m_ui->resultLabel->setText(tr("Testing the connection…"));
    Q_EMIT completeChanged();

    const int generation = ++m_generation;
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    auto* watcher = new QFutureWatcher<TestOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the fields changed while testing; that answer is stale
        m_testRunning = false;
        m_ui->testButton->setEnabled(true);
        m_ui->testProgress->setVisible(false);
        const TestOutcome outcome = watcher->result();
        const Result<doris::ConnectionReport>& result = outcome.report;
        if (!result.ok()) {
            m_ui->resultLabel->clear();
            m_banner->showError(result.error().message, result.error().hint);
            m_session->logError(tr("Connection test failed: %1").arg(result.error().message));
        } else {
            const doris::ConnectionReport& report = *result;
            m_testPassed = true;
            m_session->backends = report.backends;
            m_session->aliveBackends = report.aliveBackends();
            m_ui->resultLabel->setText(report.toHtml());
            m_lastReport = report;
            m_backendModel->setBackends(outcome.backends);
            m_ui->backendView->setVisible(!outcome.backends.isEmpty());
            m_ui->backendView->resizeColumnsToContents();
            fitTableHeight(m_ui->backendView, 8);
            // The FE's HTTP port first (nothing loads without it), then every BE this machine cannot reach.
            const bool feHttpOk = report.feHttpReachable;
            const bool backendsWarned = feHttpOk && showUnreachableBackends(outcome.backends);
            if (!feHttpOk || (!backendsWarned && !report.loadPathOk()))
                m_banner->showMessage(MessageBanner::Kind::Warning, report.diagnosis.toHtmlEscaped());
            else if (!backendsWarned)
                showResumeOffer();
            m_session->logInfo(tr("Connected to %1 (%2).").arg(m_session->connection.host, report.version));
            if (!m_backendModel->unreachable().isEmpty())
                m_session->logWarning(doris::BackendProbe::summary(outcome.backends));
            else if (!outcome.backends.isEmpty())
                m_session->logInfo(doris::BackendProbe::summary(outcome.backends));
        }
        Q_EMIT completeChanged();
        Q_EMIT connectionTested(m_testPassed);
    });
    watcher->setFuture(QtConcurrent::run([settings] { return runTest(settings); }));
}

bool ConnectPage::showUnreachableBackends(const QList<doris::BackendReachability>& backends)
{
    QStringList lines;
    int alive = 0;
    QString example;
    for (const doris::BackendReachability& be : backends) {
        alive += be.alive ? 1 : 0;
        if (be.reachable)
            continue;
        const QString name
            = be.address == be.advertised ? be.advertised : tr("%1 (mapped to %2)").arg(be.advertised, be.address);
        lines.append((be.alive ? tr("BE %1 cannot be reached from here: %2.")
                               : tr("BE %1 is not alive in SHOW BACKENDS and cannot be reached from here: %2."))
                         .arg(name, be.error)
                         .toHtmlEscaped());
        if (example.isEmpty())
            example = be.advertised;
    }
    if (lines.isEmpty())
        return false;
    QString text = QStringLiteral("<b>%1</b><br>%2<br>")
                       .arg(tr("%n BE(s) cannot be reached from this machine.", nullptr, int(lines.size())),
                           lines.join(QStringLiteral("<br>")));
    text += tr("Loads the FE sends to such a BE fail and are sent again through another one. If the BE runs but "
               "advertises an address this machine cannot reach (Docker, Kubernetes, NAT), map it in 'BE address "
               "mapping' to one that reaches it, e.g. %1=10.0.0.7:8040, and press Enter.")
                .arg(example)
                .toHtmlEscaped();
    if (alive < backends.size())
        text += QStringLiteral("<br>")
            + tr("A BE that is not alive takes no loads until it is back; replicas and parallel loads follow the %n "
                 "alive BE(s).",
                nullptr, alive)
                  .toHtmlEscaped();
    m_banner->showMessage(MessageBanner::Kind::Warning, text);
    m_bannerShowsBackends = true;
    return true;
}

void ConnectPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // retranslateUi() also writes the .ui's default user ("root"): what was typed stays
        const QString user = m_ui->userEdit->text();
        m_ui->retranslateUi(this);
        m_ui->userEdit->setText(user);
        m_backendModel->retranslate();
        if (m_backendModel->rowCount() > 0) {
            m_ui->backendView->resizeColumnsToContents();
            fitTableHeight(m_ui->backendView, 8);
        }
        if (m_lastReport)
            m_ui->resultLabel->setText(m_lastReport->toHtml());
        if (m_bannerShowsBackends && m_banner->isVisible())
            showUnreachableBackends(m_backendModel->backends());
    }
    QWizardPage::changeEvent(event);
}

void ConnectPage::onMappingEditingFinished()
{
    // Only a mapping that changed since the last test, and only once the rest was tested: no surprise tests
    // while the user fills the page for the first time.
    if (!m_testedOnce || m_testRunning || m_ui->beOverrideEdit->text().trimmed() == m_testedMapping)
        return;
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        return;
    startConnectionTest();
}

void ConnectPage::onFieldEdited()
{
    const bool wasComplete = isComplete();
    const bool wasRunning = m_testRunning;
    ++m_generation;
    m_testRunning = false;
    m_ui->testButton->setEnabled(true);
    m_ui->testProgress->setVisible(false);
    if (m_testPassed) {
        m_testPassed = false;
        m_ui->resultLabel->setText(tr("The settings changed; test the connection again."));
    }
    if (wasRunning)
        m_ui->resultLabel->clear();
    // Only a real change is announced: QWizard re-lays out its buttons on completeChanged, and the field being
    // typed in must keep the keyboard focus (each keystroke lands here).
    if (wasComplete != isComplete())
        emitCompleteChangedKeepingFocus();
}

void ConnectPage::emitCompleteChangedKeepingFocus()
{
    const QPointer<QWidget> focus = QApplication::focusWidget();
    Q_EMIT completeChanged();
    if (focus && focus != QApplication::focusWidget() && isAncestorOf(focus) && focus->isVisible())
        focus->setFocus(Qt::OtherFocusReason);
}

void ConnectPage::reloadProfiles()
{
    const QString current = m_ui->profileCombo->currentText();
    m_ui->profileCombo->clear();
    for (const ConnectionProfile& p : m_session->settings()->connectionProfiles())
        m_ui->profileCombo->addItem(p.name);
    m_ui->profileCombo->setCurrentText(current);
}

void ConnectPage::onProfileActivated(int index)
{
    const QString name = m_ui->profileCombo->itemText(index);
    for (const ConnectionProfile& p : m_session->settings()->connectionProfiles()) {
        if (p.name != name)
            continue;
        m_ui->hostEdit->setText(p.host);
        m_ui->httpPortSpin->setValue(p.httpPort);
        m_ui->mysqlPortSpin->setValue(p.mysqlPort);
        m_ui->userEdit->setText(p.user);
        m_ui->tlsCheck->setChecked(p.useTls);
        m_ui->trustSelfSignedCheck->setChecked(p.trustSelfSigned);
        m_ui->beOverrideEdit->setText(p.beOverride);
        m_ui->passwordEdit->clear();
        m_session->vault()->readPassword(name);
    }
    onFieldEdited();
}

void ConnectPage::onSaveProfileClicked()
{
    storeFieldsInSession();
    if (m_session->connection.name.isEmpty()) {
        m_banner->showError(tr("Name the connection first."), tr("Type a name in the 'Saved connection' box."));
        return;
    }
    m_session->settings()->saveConnectionProfile(m_session->connection);
    if (m_ui->rememberPasswordCheck->isChecked())
        m_session->vault()->writePassword(m_session->connection.name, m_session->password);
    else
        m_session->vault()->deletePassword(m_session->connection.name);
    reloadProfiles();
    m_banner->showMessage(MessageBanner::Kind::Positive,
        tr("Saved the connection '%1'. The password is never written to the settings file.")
            .arg(m_session->connection.name.toHtmlEscaped()));
}

void ConnectPage::onDeleteProfileClicked()
{
    const QString name = m_ui->profileCombo->currentText();
    m_session->settings()->removeConnectionProfile(name);
    m_session->vault()->deletePassword(name);
    reloadProfiles();
    m_ui->profileCombo->setCurrentText(QString());
}

void ConnectPage::onPasswordRead(const QString& profile, const QString& password)
{
    if (profile != m_ui->profileCombo->currentText())
        return;
    m_ui->passwordEdit->setText(password);
    m_ui->rememberPasswordCheck->setChecked(true);
    onFieldEdited();
}

void ConnectPage::onPasswordUnavailable(const QString& profile, const QString& reason)
{
    if (profile != m_ui->profileCombo->currentText())
        return;
    m_ui->rememberPasswordCheck->setChecked(false);
    m_ui->passwordEdit->setPlaceholderText(reason);
}

} // namespace dia::ui
