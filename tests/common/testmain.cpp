// Shared GoogleTest main for core tests: a QCoreApplication so event loops, timers and sockets work.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gmock/gmock.h>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
