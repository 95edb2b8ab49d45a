// Shared GoogleTest main for ui tests: a QApplication on the offscreen platform unless told otherwise, with
// settings, journals and caches in a folder of this process's own, so test programs run in parallel (ctest -j)
// never see each other's journals or resume offers.
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gmock/gmock.h>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("HOME", home.path().toLocal8Bit()); // test mode keeps its folders under the home folder
        for (const char* variable : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
            qputenv(variable, home.filePath(QString::fromLatin1(variable)).toLocal8Bit());
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
