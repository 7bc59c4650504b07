#pragma once
// `dipgraph ties A B`: the direct events between two actors, their indirect
// ties through intermediaries, and a summary of the relationship.

#include <ostream>
#include <string>
#include <vector>

#include "cli/cmd_centrality.hpp"
#include "cli/command.hpp"
#include "cli/output_json.hpp"
#include "graphs/drawing.hpp"
#include "graphs/ties.hpp"

namespace dipgraph::cli {

class TiesCommand : public Command {
 public:
  std::string_view name() const override { return "ties"; }
  std::string_view description() const override {
    return "Show how two actors are tied: direct events, indirect ties through others, summary";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::string a_;
  std::string b_;
  GraphWindowArguments window_;
  int hops_ = 2;
  long long limit_ = 50;
  int max_paths_ = 10;
  std::string output_;
};

/// The ties as one JSON object: a, b, direct (events in the `events` JSON
/// shape), direct_total, paths, summary. Keys are a contract (docs/cli.md).
Json ties_json(const graphs::TiesResult& result);

/// Prints the ties in `format` (table, json, csv or dot; see docs/cli.md).
/// `title` heads the drawing of the dot format.
void print_ties(std::ostream& out, const graphs::TiesResult& result, OutputFormat format,
                const std::string& title, int max_hops);

/// The drawing of what print_ties prints: a and b (emphasised), the direct
/// tie and every indirect path.
graphs::Drawing ties_drawing(const graphs::TiesResult& result, const std::string& title);

}  // namespace dipgraph::cli
