#pragma once

#include "clicommand.h"

namespace dia::cli {

/// `doris-import preflight FILE`: predicts which rows Doris would filter, turn into NULL or cut when the file
/// is loaded into the inferred (or given) column types; exit 1 when the load would fail max_filter_ratio.
class PreflightCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("preflight"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const CliIo& io) override;
};

} // namespace dia::cli
