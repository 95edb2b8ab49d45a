#include "pendingcommand.h"

namespace dia::cli {

PendingCommand::PendingCommand(QString name, QString summary, QString positional)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
    , m_positional(std::move(positional))
{ }

void PendingCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Machine-readable output on stdout.") });
    if (!m_positional.isEmpty())
        parser.addPositionalArgument(m_positional, QStringLiteral("Input."));
}

int PendingCommand::run(const QCommandLineParser& /*parser*/, const CliIo& io)
{
    io.printErr(QStringLiteral("doris-import %1: not implemented yet.\nUsage: doris-import %1 [options] %2\n")
                    .arg(m_name, m_positional));
    return kExitUsage;
}

} // namespace dia::cli
