#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dia::test {

/// `tests/data/<relative>`.
QString dataPath(const QString& relative);
/// `<build>/bin/<name>`, the built executables (doris-import, doris-sim, ...).
QString binPath(const QString& name);

/// What a child process printed and returned.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

/// Runs `program args` to completion (bounded by `timeoutMs`), optionally with extra environment
/// entries ("NAME=value") and data written to its stdin.
ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs = 60000,
    const QStringList& extraEnv = {}, const QByteArray& stdinData = {});

/// What `doris-import ARGS` printed and returned when run in this process (stdout, stderr, exit code).
struct CliCapture
{
    int code = -1;
    QString out;
    QString err;
};
CliCapture runCliInProcess(const QStringList& args);

} // namespace dia::test
