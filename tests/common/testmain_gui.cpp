// Shared GoogleTest main for ui tests: a QApplication on the offscreen platform unless told otherwise.
#include <QApplication>
#include <QStandardPaths>

#include <gmock/gmock.h>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
