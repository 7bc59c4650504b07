#include "cli/registry.hpp"

#include "cli/cmd_actor.hpp"
#include "cli/cmd_actors.hpp"
#include "cli/cmd_ask.hpp"
#include "cli/cmd_centrality.hpp"
#include "cli/cmd_components.hpp"
#include "cli/cmd_events.hpp"
#include "cli/cmd_extract.hpp"
#include "cli/cmd_graph.hpp"
#include "cli/cmd_import.hpp"
#include "cli/cmd_init.hpp"
#include "cli/cmd_neighbors.hpp"
#include "cli/cmd_path.hpp"
#include "cli/cmd_stats.hpp"
#include "cli/cmd_ties.hpp"

namespace dipgraph::cli {

std::vector<std::unique_ptr<Command>> make_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(std::make_unique<InitCommand>());
  commands.push_back(std::make_unique<ImportCommand>());
  commands.push_back(std::make_unique<ExtractCommand>());
  commands.push_back(std::make_unique<EventsCommand>());
  commands.push_back(std::make_unique<ActorsCommand>());
  commands.push_back(std::make_unique<ActorCommand>());
  commands.push_back(std::make_unique<StatsCommand>());
  commands.push_back(std::make_unique<CentralityCommand>());
  commands.push_back(std::make_unique<NeighborsCommand>());
  commands.push_back(std::make_unique<ComponentsCommand>());
  commands.push_back(std::make_unique<TiesCommand>());
  commands.push_back(std::make_unique<PathCommand>());
  commands.push_back(std::make_unique<GraphCommand>());
  commands.push_back(std::make_unique<AskCommand>());
  return commands;
}

}  // namespace dipgraph::cli
