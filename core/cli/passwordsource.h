#pragma once

#include "clicommand.h"
#include "common/result.h"

namespace dia::cli {

/// Gets a password without it ever touching argv: from the environment variable named by
/// `--password-env`, else from DORIS_PASSWORD, else by prompting on a terminal with echo off.
/// With no terminal and no variable the password is empty (Doris allows `root` with no password).
Result<QString> readPassword(const QString& envVarName, const CliIo& io);

} // namespace dia::cli
