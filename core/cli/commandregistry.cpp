#include "commandregistry.h"

#include "ddlcommand.h"
#include "inspectcommand.h"
#include "pendingcommand.h"
#include "preflightcommand.h"

namespace dia::cli {

std::vector<std::unique_ptr<CliCommand>> createCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<DdlCommand>());
    commands.push_back(std::make_unique<PreflightCommand>());
    commands.push_back(std::make_unique<PendingCommand>(QStringLiteral("load"),
        QStringLiteral("Load a file into a Doris table with chunked, exactly-once Stream Loads."),
        QStringLiteral("FILE")));
    commands.push_back(std::make_unique<PendingCommand>(QStringLiteral("errors"),
        QStringLiteral("Show the rows Doris filtered in a load, from its ErrorURL or label."), QString()));
    return commands;
}

} // namespace dia::cli
