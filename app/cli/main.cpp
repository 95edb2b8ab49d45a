// doris-import: the command-line twin of the assistant. Wiring only; the commands live in core/cli.
#include "cli/cliapp.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doris-import"));
    QCoreApplication::setOrganizationName(QStringLiteral("DorisImportAssistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIA_VERSION));
    dia::installMessagePattern();

    QFile out;
    QFile err;
    QFile in;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    in.open(stdin, QIODevice::ReadOnly);
    const dia::cli::CliIo io { &out, &err, &in, isatty(STDERR_FILENO) == 1, isatty(STDIN_FILENO) == 1 };
    return dia::cli::runCli(QCoreApplication::arguments(), io);
}
