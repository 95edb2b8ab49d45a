// The hand-written man page must list every command and every option that `--help` shows.
#include "cli/cliapp.h"
#include "cli/commandregistry.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace dia;

namespace {

QString helpOf(const QStringList& args)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const cli::CliIo io { &out, nullptr, nullptr, false, false };
    cli::runCli(QStringList { QStringLiteral("doris-import") } + args, io);
    return QString::fromUtf8(out.data());
}

QString manPage()
{
    QFile file(QStringLiteral(DIA_SOURCE_DIR "/installer/doris-import.1"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    // roff escapes the hyphens of options as "\-".
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

} // namespace

TEST(ManPage, ListsEveryCommandAndOption)
{
    const QString man = manPage();
    static const QRegularExpression longOption(QStringLiteral(R"((--[a-z][a-z0-9-]*))"));
    for (const auto& command : cli::createCommands()) {
        EXPECT_TRUE(man.contains(QStringLiteral(".B ") + command->name()))
            << "man page lacks command " << command->name().toStdString();
        const QString help = helpOf({ command->name(), QStringLiteral("--help") });
        auto it = longOption.globalMatch(help);
        while (it.hasNext()) {
            const QString option = it.next().captured(1);
            EXPECT_TRUE(man.contains(option))
                << "man page lacks " << option.toStdString() << " of " << command->name().toStdString();
        }
    }
}
