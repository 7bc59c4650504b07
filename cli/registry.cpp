#include "cli/registry.hpp"

#include "cli/cmd_actor.hpp"
#include "cli/cmd_actors.hpp"
#include "cli/cmd_events.hpp"
#include "cli/cmd_import.hpp"
#include "cli/cmd_init.hpp"
#include "cli/cmd_stats.hpp"

namespace dipgraph::cli {

std::vector<std::unique_ptr<Command>> make_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(std::make_unique<InitCommand>());
  commands.push_back(std::make_unique<ImportCommand>());
  commands.push_back(std::make_unique<EventsCommand>());
  commands.push_back(std::make_unique<ActorsCommand>());
  commands.push_back(std::make_unique<ActorCommand>());
  commands.push_back(std::make_unique<StatsCommand>());
  return commands;
}

}  // namespace dipgraph::cli
