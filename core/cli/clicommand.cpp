#include "clicommand.h"

#include "common/jsonio.h"

namespace dia::cli {

void CliIo::print(const QString& text) const
{
    if (out)
        out->write(text.toUtf8());
}

void CliIo::printErr(const QString& text) const
{
    if (err)
        err->write(text.toUtf8());
}

void CliIo::writeOut(const QByteArray& bytes) const
{
    if (out)
        out->write(bytes);
}

int CliCommand::usageError(const CliIo& io, const QString& message) const
{
    io.printErr(QStringLiteral("doris-import %1: %2\nTry 'doris-import %1 --help'.\n").arg(name(), message));
    return kExitUsage;
}

int CliCommand::fail(const CliIo& io, bool json, const Error& error, int exitCode) const
{
    io.printErr(QStringLiteral("doris-import %1: %2\n").arg(name(), error.text()));
    if (json)
        io.writeOut(toJsonLine(errorToJson(error)));
    return exitCode;
}

} // namespace dia::cli
