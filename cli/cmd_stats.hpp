#pragma once
// `dipgraph stats`: what the database holds.

#include <ostream>

#include "cli/command.hpp"
#include "core/store.hpp"

namespace dipgraph::cli {

class StatsCommand : public Command {
 public:
  std::string_view name() const override { return "stats"; }
  std::string_view description() const override {
    return "Count what the database holds: actors, names, roles, events by type, date range";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;
};

/// Prints `stats` as a key/value table plus events by type (table), one JSON
/// object (json, jsonl on one line). Throws UsageError for csv.
void print_stats(std::ostream& out, const core::StoreStats& stats, const GlobalOptions& globals,
                 std::string_view command);

}  // namespace dipgraph::cli
