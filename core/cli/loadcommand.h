#pragma once

#include "clicommand.h"

namespace dia::cli {

/// `doris-import load FILE --fe URL --table DB.TABLE ...`: chunked, exactly-once Stream Loads with progress,
/// retries, atomic mode and resume (see core/load/loadengine.h).
class LoadCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("load"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const CliIo& io) override;
};

} // namespace dia::cli
