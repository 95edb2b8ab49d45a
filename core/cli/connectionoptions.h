#pragma once

#include "clicommand.h"
#include "common/appsettings.h"
#include "common/result.h"
#include "doris/connectionsettings.h"
#include "source/readeroptions.h"

#include <QCommandLineParser>

namespace dia::cli {

/// --fe, --mysql, --user, --password-env, --be, --trust-self-signed, --timeout (shared by load and errors).
void addConnectionOptions(QCommandLineParser& parser);
/// Builds the settings and reads the password (env var / DORIS_PASSWORD / no-echo prompt, never argv).
/// Error codes: bad_fe_url, bad_address, bad_timeout, password_env_unset.
/// With `defaults` (a recipe's connection), options not given on the command line come from it, so --fe is optional.
Result<doris::ConnectionSettings> connectionFromOptions(
    const QCommandLineParser& parser, const CliIo& io, const ConnectionProfile* defaults = nullptr);

/// --sheet, --encoding, --delimiter, --quote, --header/--no-header, --skip-lines (as inspect has them).
void addReaderOptions(QCommandLineParser& parser);
/// True when any reader option was given (a recipe's reader options apply only when none was).
bool readerOptionsGiven(const QCommandLineParser& parser);
/// Error code `bad_reader_option` with the message to show.
Result<source::ReaderOptions> readerOptionsFromParser(const QCommandLineParser& parser);

/// The one FILE a command reads (inspect, ddl, preflight) and how to read it.
struct FileArgument
{
    QString path;
    source::ReaderOptions reader;
};
/// Exactly one positional FILE and valid reader options; the error's message is the usage error to report.
Result<FileArgument> fileArgumentFromParser(const QCommandLineParser& parser);

/// Splits "db.table" (either part may be backquoted); error `bad_table`.
Result<QPair<QString, QString>> parseTableName(const QString& text);

} // namespace dia::cli
