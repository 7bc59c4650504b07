#pragma once
// `dipgraph centrality`: rank actors by a centrality measure of the graph view.
// Also the window options (--since/--until/--type/--level/--min-events) that
// `centrality`, `neighbors` and `components` share.

#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "graphs/graph_view.hpp"

namespace CLI {
class Validator;
}

namespace dipgraph::cli {

/// The options choosing which events make the graph view.
class GraphWindowArguments {
 public:
  /// Adds --since, --until, --type, --level and --min-events to `app`.
  void add_to(CLI::App& app);
  /// The view options these arguments ask for (validated when the view is built).
  graphs::GraphViewOptions view_options() const;

 private:
  std::string since_;
  std::string until_;
  std::vector<std::string> types_;
  std::string level_ = "state";
  long long min_events_ = 1;
};

/// A CLI11 check for a whole number >= `minimum` (with a message naming the value).
CLI::Validator whole_number_check(long long minimum);

class CentralityCommand : public Command {
 public:
  std::string_view name() const override { return "centrality"; }
  std::string_view description() const override {
    return "Rank actors by a centrality measure (degree, strength, betweenness, closeness, "
           "pagerank, eigenvector) of who deals with whom";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  GraphWindowArguments window_;
  std::string measure_ = "degree";
  std::optional<long long> top_;
  bool weighted_ = false;
};

}  // namespace dipgraph::cli
