#include "passwordsource.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dia::cli {

namespace {

QString promptWithoutEcho(const CliIo& io)
{
    io.printErr(QStringLiteral("Password: "));
    termios saved {};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    io.printErr(QStringLiteral("\n"));
    QString password = read ? QString::fromUtf8(buffer) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

} // namespace

Result<QString> readPassword(const QString& envVarName, const CliIo& io)
{
    if (!envVarName.isEmpty()) {
        const QByteArray name = envVarName.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return makeError(QStringLiteral("password_env_unset"),
                QCoreApplication::translate("dia::cli", "The environment variable %1 is not set.").arg(envVarName),
                QCoreApplication::translate(
                    "dia::cli", "Export it before running, or leave out --password-env to be asked."));
        return qEnvironmentVariable(name.constData());
    }
    if (qEnvironmentVariableIsSet("DORIS_PASSWORD"))
        return qEnvironmentVariable("DORIS_PASSWORD");
    if (io.inIsTerminal)
        return promptWithoutEcho(io);
    return QString();
}

} // namespace dia::cli
