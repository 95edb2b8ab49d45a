#pragma once

#include "common/result.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QString>

namespace dia::cli {

/// Exit codes shared by every subcommand.
enum ExitCode : int {
    kExitOk = 0, ///< the operation fully succeeded
    kExitFailed = 1, ///< the operation ran but failed (e.g. Doris rejected a load)
    kExitUsage = 2, ///< bad usage or unreadable input
};

/// Where a command writes: results to `out` (JSON alone with --json), diagnostics and progress to `err`.
struct CliIo
{
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
    QIODevice* in = nullptr; ///< for prompts; may be null
    bool errIsTerminal = false; ///< draw a progress bar instead of JSON lines / nothing
    bool inIsTerminal = false;

    void print(const QString& text) const;
    void printErr(const QString& text) const;
    void writeOut(const QByteArray& bytes) const;
};

/// One `doris-import <name>` subcommand. Subclasses declare their options and run.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Positional arguments as shown in the usage line, e.g. "FILE".
    virtual QString positionalSyntax() const { return {}; }
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    /// Called with a parser that has already processed the arguments successfully.
    virtual int run(const QCommandLineParser& parser, const CliIo& io) = 0;

protected:
    /// Reports a usage error ("doris-import NAME: message") and returns kExitUsage.
    int usageError(const CliIo& io, const QString& message) const;
    /// Reports `error` on stderr ("doris-import NAME: message hint") and, with --json, as
    /// {"error":{...}} on stdout; returns `exitCode`.
    int fail(const CliIo& io, bool json, const Error& error, int exitCode) const;
};

} // namespace dia::cli
