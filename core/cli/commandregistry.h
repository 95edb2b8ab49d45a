#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

namespace dia::cli {

/// Every subcommand of doris-import, in the order `--help` lists them.
std::vector<std::unique_ptr<CliCommand>> createCommands();

} // namespace dia::cli
