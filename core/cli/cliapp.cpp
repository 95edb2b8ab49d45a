#include "cliapp.h"

#include "commandregistry.h"

#include <QCoreApplication>

namespace dia::cli {

namespace {

QString programName()
{
    return QStringLiteral("doris-import");
}

QString topLevelHelp(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QStringLiteral(
        "Usage: %1 <command> [options]\n\n"
        "Loads CSV and Excel files into Apache Doris tables with chunked, exactly-once Stream Loads.\n\n"
        "Commands:\n")
                       .arg(programName());
    for (const auto& command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->summary());
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help     Show this help, or a command's help with '%1 <command> --help'.\n"
                           "  -v, --version  Show the version.\n\n"
                           "Exit codes: 0 success, 1 the operation failed, 2 bad usage or unreadable input.\n")
                .arg(programName());
    return text;
}

QString commandHelp(const CliCommand& command, QCommandLineParser& parser)
{
    // QCommandLineParser::helpText() names the program from QCoreApplication; build the usage line ourselves.
    QString help = parser.helpText();
    const qsizetype firstNewline = help.indexOf(QLatin1Char('\n'));
    const QString usage
        = QStringLiteral("Usage: %1 %2 [options]%3")
              .arg(programName(), command.name(),
                  command.positionalSyntax().isEmpty() ? QString() : QLatin1Char(' ') + command.positionalSyntax());
    return usage + help.mid(firstNewline);
}

} // namespace

int runCli(const QStringList& arguments, const CliIo& io)
{
    const auto commands = createCommands();
    const QString first = arguments.value(1);

    if (first.isEmpty()) {
        io.printErr(topLevelHelp(commands));
        return kExitUsage;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        io.print(topLevelHelp(commands));
        return kExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        io.print(QStringLiteral("%1 %2\n").arg(programName(), QStringLiteral(DIA_VERSION)));
        return kExitOk;
    }

    CliCommand* command = nullptr;
    for (const auto& candidate : commands) {
        if (candidate->name() == first)
            command = candidate.get();
    }
    if (!command) {
        io.printErr(QStringLiteral("%1: unknown command '%2'\n\n").arg(programName(), first) + topLevelHelp(commands));
        return kExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    command->addOptions(parser);

    QStringList commandArgs = arguments.mid(1);
    commandArgs[0] = programName() + QLatin1Char(' ') + command->name();
    if (!parser.parse(commandArgs)) {
        io.printErr(
            QStringLiteral("%1 %2: %3\nTry '%1 %2 --help'.\n").arg(programName(), command->name(), parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        io.print(commandHelp(*command, parser));
        return kExitOk;
    }
    return command->run(parser, io);
}

} // namespace dia::cli
