#pragma once
// The one place subcommands are registered.

#include <memory>
#include <vector>

#include "cli/command.hpp"

namespace dipgraph::cli {

/// Every subcommand, in the order `dipgraph --help` lists them.
std::vector<std::unique_ptr<Command>> make_commands();

}  // namespace dipgraph::cli
