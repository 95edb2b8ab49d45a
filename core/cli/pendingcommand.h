#pragma once

#include "clicommand.h"

namespace dia::cli {

/// A subcommand that is declared but not implemented yet: prints its usage and exits 2.
class PendingCommand final : public CliCommand
{
public:
    PendingCommand(QString name, QString summary, QString positional);
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString positionalSyntax() const override { return m_positional; }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const CliIo& io) override;

private:
    QString m_name;
    QString m_summary;
    QString m_positional;
};

} // namespace dia::cli
