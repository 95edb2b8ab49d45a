#pragma once

#include "clicommand.h"

namespace dia::cli {

/// `doris-import inspect FILE`: detects format, encoding and dialect, scans the whole file and prints
/// what the reader found (JSON with --json).
class InspectCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const CliIo& io) override;
};

} // namespace dia::cli
