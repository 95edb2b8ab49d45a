// The doris-import frame: help, version, subcommands, exit codes, stdout/stderr discipline.
#include "cli/cliapp.h"
#include "testenv.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace dia;

namespace {

using Captured = test::CliCapture;

Captured runInProcess(const QStringList& args)
{
    return test::runCliInProcess(args);
}

} // namespace

TEST(Cli, HelpListsEverySubcommandOnStdout)
{
    const Captured c = runInProcess({ QStringLiteral("--help") });
    EXPECT_EQ(c.code, 0);
    for (const char* name : { "inspect", "ddl", "load", "errors" })
        EXPECT_TRUE(c.out.contains(QLatin1String(name))) << name;
    EXPECT_TRUE(c.err.isEmpty());
}

TEST(Cli, VersionPrintsProjectVersion)
{
    const Captured c = runInProcess({ QStringLiteral("--version") });
    EXPECT_EQ(c.code, 0);
    EXPECT_EQ(c.out, QStringLiteral("doris-import " DIA_VERSION "\n"));
}

TEST(Cli, NoArgumentsIsUsageErrorWithHelpOnStderr)
{
    const Captured c = runInProcess({});
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.out.isEmpty());
    EXPECT_TRUE(c.err.contains(QLatin1String("Usage: doris-import <command>")));
}

TEST(Cli, UnknownCommandIsUsageError)
{
    const Captured c = runInProcess({ QStringLiteral("frobnicate") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(QLatin1String("unknown command 'frobnicate'")));
}

TEST(Cli, EverySubcommandHasHelp)
{
    for (const char* name : { "inspect", "ddl", "load", "errors" }) {
        const Captured c = runInProcess({ QLatin1String(name), QStringLiteral("--help") });
        EXPECT_EQ(c.code, 0) << name;
        EXPECT_TRUE(c.out.startsWith(QStringLiteral("Usage: doris-import %1").arg(QLatin1String(name)))) << name;
        EXPECT_TRUE(c.out.contains(QLatin1String("--json"))) << name;
    }
}

TEST(Cli, UnknownOptionIsUsageErrorNamingTheOption)
{
    const Captured c = runInProcess({ QStringLiteral("inspect"), QStringLiteral("--no-such-option") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(QLatin1String("no-such-option"))) << c.err.toStdString();
    EXPECT_TRUE(c.err.contains(QLatin1String("doris-import inspect --help")));
}

TEST(Cli, BuiltBinaryAnswersHelpAndVersion)
{
    const auto help = test::runProcess(test::binPath(QStringLiteral("doris-import")), { QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("inspect"));
    const auto version
        = test::runProcess(test::binPath(QStringLiteral("doris-import")), { QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QByteArray("doris-import " DIA_VERSION "\n"));
}
