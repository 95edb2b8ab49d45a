#include "testenv.h"

#include "cli/cliapp.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace dia::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(DIA_TEST_DATA_DIR)).filePath(relative);
}

QString binPath(const QString& name)
{
    return QDir(QStringLiteral(DIA_BIN_DIR)).filePath(name);
}

ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs, const QStringList& extraEnv,
    const QByteArray& stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnv) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.crashed = true;
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliCapture runCliInProcess(const QStringList& args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const cli::CliIo io { &out, &err, nullptr, false, false };
    CliCapture c;
    c.code = cli::runCli(QStringList { QStringLiteral("doris-import") } + args, io);
    c.out = QString::fromUtf8(out.data());
    c.err = QString::fromUtf8(err.data());
    return c;
}

} // namespace dia::test
