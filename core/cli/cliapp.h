#pragma once

#include "clicommand.h"

#include <QStringList>

namespace dia::cli {

/// Runs `doris-import` with `arguments` (argv[0] first) and returns the process exit code.
/// Testable: all output goes through `io`.
int runCli(const QStringList& arguments, const CliIo& io);

} // namespace dia::cli
