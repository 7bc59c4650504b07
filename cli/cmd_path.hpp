#pragma once
// `dipgraph path A B`: the strongest path and the path with the fewest hops
// between two actors, each hop explained by its events.

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "cli/cmd_centrality.hpp"
#include "cli/command.hpp"
#include "cli/output_json.hpp"
#include "core/store.hpp"
#include "graphs/drawing.hpp"
#include "graphs/paths.hpp"

namespace dipgraph::cli {

class PathCommand : public Command {
 public:
  std::string_view name() const override { return "path"; }
  std::string_view description() const override {
    return "Find how two actors connect: the strongest path and the one with fewest hops";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::string a_;
  std::string b_;
  GraphWindowArguments window_;
  int per_hop_ = 3;
  std::string output_;
};

/// What `path` answers: both paths (nullopt: none) and each hop's newest events.
struct PathReport {
  core::Actor a;
  core::Actor b;
  std::optional<graphs::Path> strongest;
  std::optional<graphs::Path> shortest;
  /// Newest events of each hop, keyed by the hop's codes in path order.
  std::map<std::pair<std::string, std::string>, std::vector<core::EventRecord>> newest;
};

/// {"a", "b", "strongest", "shortest"}: each a path (see ties) whose hops also
/// carry "newest" (events in the `events` JSON shape), or null.
Json path_report_json(const PathReport& report);

/// Prints the report in `format` (table, json, csv or dot; see docs/cli.md).
void print_path_report(std::ostream& out, const PathReport& report, OutputFormat format,
                       const std::string& title);

/// The drawing of what print_path_report prints: both paths, a and b emphasised.
graphs::Drawing path_drawing(const PathReport& report, const std::string& title);

}  // namespace dipgraph::cli
