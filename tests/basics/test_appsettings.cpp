// Settings: profiles round-trip without any password, recent files are capped and de-duplicated.
#include "common/appsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

TEST(AppSettings, ConnectionProfilesRoundTripAndNeverHoldAPassword)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        QSignalSpy changed(&settings, &AppSettings::connectionProfilesChanged);
        ConnectionProfile prod { QStringLiteral("prod"), QStringLiteral("fe.example.com"), 8030, 9030,
            QStringLiteral("analyst"), true, false, QStringLiteral("10.0.0.5:8040") };
        settings.saveConnectionProfile(prod);
        ConnectionProfile sandbox;
        sandbox.name = QStringLiteral("sandbox");
        sandbox.host = QStringLiteral("127.0.0.1");
        sandbox.httpPort = 18030;
        sandbox.mysqlPort = 19030;
        settings.saveConnectionProfile(sandbox);
        prod.user = QStringLiteral("loader");
        settings.saveConnectionProfile(prod); // replaces, does not duplicate
        EXPECT_EQ(changed.count(), 3);
        settings.sync();
    }
    AppSettings reopened(ini);
    const auto profiles = reopened.connectionProfiles();
    ASSERT_EQ(profiles.size(), 2);
    EXPECT_EQ(profiles[0].name, QStringLiteral("prod"));
    EXPECT_EQ(profiles[0].user, QStringLiteral("loader"));
    EXPECT_EQ(profiles[0].beOverride, QStringLiteral("10.0.0.5:8040"));
    EXPECT_TRUE(profiles[0].useTls);
    EXPECT_EQ(profiles[1].httpPort, 18030);

    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().toLower().contains("password"));

    reopened.removeConnectionProfile(QStringLiteral("prod"));
    ASSERT_EQ(reopened.connectionProfiles().size(), 1);
    EXPECT_EQ(reopened.connectionProfiles()[0].name, QStringLiteral("sandbox"));
}

TEST(AppSettings, RecentFilesAreMostRecentFirstDeduplicatedAndCapped)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    for (int i = 0; i < 15; ++i)
        settings.addRecentFile(QStringLiteral("/data/file%1.csv").arg(i));
    settings.addRecentFile(QStringLiteral("/data/file7.csv"));
    const QStringList recent = settings.recentFiles();
    ASSERT_EQ(recent.size(), AppSettings::kMaxRecentFiles);
    EXPECT_EQ(recent.first(), QStringLiteral("/data/file7.csv"));
    EXPECT_EQ(recent.count(QStringLiteral("/data/file7.csv")), 1);
    EXPECT_FALSE(recent.contains(QStringLiteral("/data/file0.csv")));
}

TEST(AppSettings, LanguageChangeIsSignalledOnce)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy spy(&settings, &AppSettings::languageChanged);
    settings.setLanguage(QStringLiteral("zh_CN"));
    settings.setLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(settings.language(), QStringLiteral("zh_CN"));
}
