#pragma once

#include "clicommand.h"

#include "source/readeroptions.h"

#include <optional>

namespace dia::cli {

/// `doris-import ddl FILE --table DB.TABLE`: infers the columns of a file (full scan) and prints the proposed
/// CREATE TABLE (JSON with --json: {"ddl", "columns", "notes", "rows"}).
class DdlCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("ddl"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, const CliIo& io) override;
    /// Splits "db.table" (the database part is optional); false on an empty table part.
    static bool splitTable(const QString& value, QString* database, QString* table);
};

} // namespace dia::cli
