#pragma once

#include "doris/backendprobe.h"
#include "doris/connectiontest.h"

#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConnectPage;
}

namespace dia::ui {

class BackendReachabilityModel;
class ImportSession;
class MessageBanner;

/// Page 1: where the cluster is, saved connections (password in the keychain), and a connection test
/// that runs off the GUI thread and reports the Doris version and every BE: Alive, and whether this machine
/// reaches its HTTP port (through the BE address mapping, for clusters behind NAT).
class ConnectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    ConnectPage(ImportSession* session, QWidget* parent = nullptr);
    ~ConnectPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    /// Fills the fields (the sandbox and --fe flags use it); does not test.
    void setConnection(const QString& host, int httpPort, int mysqlPort, const QString& user, const QString& password);
    void startConnectionTest();
    bool lastTestSucceeded() const { return m_testPassed; }
    /// Copies the fields into the session's connection (and password).
    void storeFieldsInSession();
    /// Every BE of the last successful test, with its reachability from here.
    BackendReachabilityModel* backendModel() const { return m_backendModel; }
    /// Offers, in the page's banner, to reopen an import that did not finish (from its saved recipe).
    void offerResume(const QString& description, const std::function<void()>& onResume);

Q_SIGNALS:
    void connectionTested(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onProfileActivated(int index);
    void onSaveProfileClicked();
    void onDeleteProfileClicked();
    void onFieldEdited();
    void onPasswordRead(const QString& profile, const QString& password);
    void onPasswordUnavailable(const QString& profile, const QString& reason);
    void reloadProfiles();
    void emitCompleteChangedKeepingFocus();
    void showResumeOffer();
    void onMappingEditingFinished();
    /// The banner for BEs this machine cannot reach (what to do: map their addresses); false when all are.
    bool showUnreachableBackends(const QList<doris::BackendReachability>& backends);

    std::unique_ptr<Ui::ConnectPage> m_ui;
    ImportSession* m_session;
    MessageBanner* m_banner;
    BackendReachabilityModel* m_backendModel;
    std::optional<doris::ConnectionReport> m_lastReport; ///< of the last successful test, for a language switch
    bool m_bannerShowsBackends = false; ///< the banner names unreachable BEs (rewritten on a language switch)
    QString m_testedMapping; ///< the BE address mapping of the last test started
    bool m_testedOnce = false;
    bool m_testPassed = false;
    bool m_testRunning = false;
    int m_generation = 0;
    QString m_resumeDescription;
    std::function<void()> m_onResume; ///< the unfinished import offered, until taken
};

} // namespace dia::ui
