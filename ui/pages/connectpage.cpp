#include "connectpage.h"
#include "ui_connectpage.h"

#include "doris/connectiontest.h"
#include "importsession.h"
#include "passwordvault.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

ConnectPage::ConnectPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);

    reloadProfiles();
    connect(m_ui->profileCombo, &QComboBox::activated, this, &ConnectPage::onProfileActivated);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &ConnectPage::onSaveProfileClicked);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, &ConnectPage::onDeleteProfileClicked);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectPage::startConnectionTest);
    connect(m_ui->tlsCheck, &QCheckBox::toggled, m_ui->trustSelfSignedCheck, &QCheckBox::setEnabled);
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
    if (m_session->connection.host.isEmpty()) {
        m_banner->showError(tr("Enter the FE host."), tr("It is the machine your Doris frontend runs on."));
        return;
    }
    m_banner->clearMessage();
    m_testRunning = true;
    m_testPassed = false;
    m_ui->testButton->setEnabled(false);
    m_ui->testProgress->setVisible(true);
    m_ui->resultLabel->setText(tr("Testing the connection…"));
    Q_EMIT completeChanged();

    const int generation = ++m_generation;
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    auto* watcher = new QFutureWatcher<Result<doris::ConnectionReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the fields changed while testing; that answer is stale
        m_testRunning = false;
        m_ui->testButton->setEnabled(true);
        m_ui->testProgress->setVisible(false);
        const Result<doris::ConnectionReport> result = watcher->result();
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
            if (!report.loadPathOk())
                m_banner->showMessage(MessageBanner::Kind::Warning, report.diagnosis.toHtmlEscaped());
            else
                showResumeOffer();
            m_session->logInfo(tr("Connected to %1 (%2).").arg(m_session->connection.host, report.version));
        }
        Q_EMIT completeChanged();
        Q_EMIT connectionTested(m_testPassed);
    });
    watcher->setFuture(QtConcurrent::run([settings] { return doris::testConnection(settings); }));
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
