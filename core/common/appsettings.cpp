#include "appsettings.h"

#include <QSettings>

#include <algorithm>

namespace dia {

namespace {
const QString kProfilesGroup = QStringLiteral("connections");
const QString kLastProfile = QStringLiteral("ui/lastConnection");
const QString kRecentFiles = QStringLiteral("ui/recentFiles");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastFolder = QStringLiteral("ui/lastFolder");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kState = QStringLiteral("ui/windowState");
} // namespace

bool ConnectionProfile::operator==(const ConnectionProfile& other) const
{
    return name == other.name && host == other.host && httpPort == other.httpPort && mysqlPort == other.mysqlPort
        && user == other.user && useTls == other.useTls && trustSelfSigned == other.trustSelfSigned
        && beOverride == other.beOverride;
}

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QVector<ConnectionProfile> AppSettings::connectionProfiles() const
{
    QVector<ConnectionProfile> profiles;
    const int count = m_settings->beginReadArray(kProfilesGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.host = m_settings->value(QStringLiteral("host")).toString();
        p.httpPort = m_settings->value(QStringLiteral("httpPort"), 8030).toInt();
        p.mysqlPort = m_settings->value(QStringLiteral("mysqlPort"), 9030).toInt();
        p.user = m_settings->value(QStringLiteral("user"), QStringLiteral("root")).toString();
        p.useTls = m_settings->value(QStringLiteral("useTls"), false).toBool();
        p.trustSelfSigned = m_settings->value(QStringLiteral("trustSelfSigned"), false).toBool();
        p.beOverride = m_settings->value(QStringLiteral("beOverride")).toString();
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

void AppSettings::saveConnectionProfile(const ConnectionProfile& profile)
{
    QVector<ConnectionProfile> profiles = connectionProfiles();
    bool replaced = false;
    for (ConnectionProfile& p : profiles) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        profiles.append(profile);
    m_settings->remove(kProfilesGroup);
    m_settings->beginWriteArray(kProfilesGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("host"), p.host);
        m_settings->setValue(QStringLiteral("httpPort"), p.httpPort);
        m_settings->setValue(QStringLiteral("mysqlPort"), p.mysqlPort);
        m_settings->setValue(QStringLiteral("user"), p.user);
        m_settings->setValue(QStringLiteral("useTls"), p.useTls);
        m_settings->setValue(QStringLiteral("trustSelfSigned"), p.trustSelfSigned);
        m_settings->setValue(QStringLiteral("beOverride"), p.beOverride);
    }
    m_settings->endArray();
    Q_EMIT connectionProfilesChanged();
}

void AppSettings::removeConnectionProfile(const QString& name)
{
    QVector<ConnectionProfile> profiles = connectionProfiles();
    profiles.erase(std::remove_if(profiles.begin(), profiles.end(),
                       [&name](const ConnectionProfile& p) { return p.name == name; }),
        profiles.end());
    m_settings->remove(kProfilesGroup);
    m_settings->beginWriteArray(kProfilesGroup, 0);
    m_settings->endArray();
    for (const ConnectionProfile& p : std::as_const(profiles))
        saveConnectionProfile(p);
    Q_EMIT connectionProfilesChanged();
}

QString AppSettings::lastConnectionProfile() const
{
    return m_settings->value(kLastProfile).toString();
}

void AppSettings::setLastConnectionProfile(const QString& name)
{
    m_settings->setValue(kLastProfile, name);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
    Q_EMIT recentFilesChanged();
}

QString AppSettings::lastFolder() const
{
    return m_settings->value(kLastFolder).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    m_settings->setValue(kLastFolder, folder);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language == this->language())
        return;
    m_settings->setValue(kLanguage, language);
    Q_EMIT languageChanged(language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace dia
