#pragma once
// `dipgraph graph`: draw part of the graph (around an actor, around and between
// two actors, or everything) as DOT, SVG, PNG or PDF, rendered in-process by
// Graphviz (graphs/drawing.hpp).

#include <string>
#include <vector>

#include "cli/cmd_centrality.hpp"
#include "cli/command.hpp"

namespace dipgraph::cli {

class GraphCommand : public Command {
 public:
  std::string_view name() const override { return "graph"; }
  std::string_view description() const override {
    return "Draw who deals with whom as a picture (SVG, PNG, PDF) or DOT, at most 50 actors "
           "by default, the strongest kept";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::string around_;
  std::vector<std::string> between_;
  bool all_ = false;
  long long depth_ = 1;
  GraphWindowArguments window_;
  long long max_nodes_ = 50;
  long long max_edges_ = 150;
  std::string output_;
  bool no_legend_ = false;
};

}  // namespace dipgraph::cli
