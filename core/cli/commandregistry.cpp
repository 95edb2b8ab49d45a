#include "commandregistry.h"

#include "ddlcommand.h"
#include "errorscommand.h"
#include "inspectcommand.h"
#include "loadcommand.h"
#include "preflightcommand.h"

namespace dia::cli {

std::vector<std::unique_ptr<CliCommand>> createCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<DdlCommand>());
    commands.push_back(std::make_unique<PreflightCommand>());
    commands.push_back(std::make_unique<LoadCommand>());
    commands.push_back(std::make_unique<ErrorsCommand>());
    return commands;
}

} // namespace dia::cli
