#include "commandregistry.h"

#include "errorscommand.h"
#include "inspectcommand.h"
#include "loadcommand.h"
#include "pendingcommand.h"

namespace dia::cli {

std::vector<std::unique_ptr<CliCommand>> createCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<PendingCommand>(QStringLiteral("ddl"),
        QStringLiteral("Print the CREATE TABLE proposed for a file."), QStringLiteral("FILE")));
    commands.push_back(std::make_unique<LoadCommand>());
    commands.push_back(std::make_unique<ErrorsCommand>());
    return commands;
}

} // namespace dia::cli
