#pragma once

#include "clicommand.h"

namespace dia::cli {

/// `doris-import errors --url URL | --label LABEL --table DB.TABLE [connection options] [--json]`: prints the
/// rows Doris filtered, one per line (JSON objects {line, reason, column, row} with --json).
class ErrorsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("errors"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const CliIo& io) override;
};

} // namespace dia::cli
