#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QSettings;

namespace dia {

/// A saved connection. Never holds the password: that lives in the system keychain or is asked for.
struct ConnectionProfile
{
    QString name;
    QString host;
    int httpPort = 8030;
    int mysqlPort = 9030;
    QString user = QStringLiteral("root");
    bool useTls = false;
    bool trustSelfSigned = false;
    QString beOverride;

    bool operator==(const ConnectionProfile& other) const;
};

/// The one typed settings object: getters with defaults, setters that emit change signals.
/// QSettings is an implementation detail; tests point it at a temporary INI file.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /// Uses the platform's default settings location for the application.
    explicit AppSettings(QObject* parent = nullptr);
    /// Uses an INI file at `iniPath` (tests).
    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);
    ~AppSettings() override;

    static constexpr int kMaxRecentFiles = 10;

    QVector<ConnectionProfile> connectionProfiles() const;
    void saveConnectionProfile(const ConnectionProfile& profile); ///< replaces a profile of the same name
    void removeConnectionProfile(const QString& name);
    QString lastConnectionProfile() const;
    void setLastConnectionProfile(const QString& name);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path); ///< most recent first, de-duplicated, capped
    /// The folder a file was last opened from or saved to ("" at first): file dialogs start there.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    QString language() const; ///< "" = system locale, else e.g. "zh_CN" or "en"
    void setLanguage(const QString& language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    void sync();

Q_SIGNALS:
    void connectionProfilesChanged();
    void recentFilesChanged();
    void languageChanged(const QString& language);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dia
