#pragma once
// `dipgraph neighbors A`: the actors within a few hops of A, with the events
// that link them.

#include <string>

#include "cli/cmd_centrality.hpp"
#include "cli/command.hpp"

namespace dipgraph::cli {

class NeighborsCommand : public Command {
 public:
  std::string_view name() const override { return "neighbors"; }
  std::string_view description() const override {
    return "The actors within D hops of an actor, with the events on the linking edges";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::string actor_;
  long long depth_ = 1;
  GraphWindowArguments window_;
};

}  // namespace dipgraph::cli
