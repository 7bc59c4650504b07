#pragma once
// What every subcommand implements, and the global options they all see.

#include <optional>
#include <string>
#include <string_view>

#include "cli/exit_code.hpp"

namespace CLI {
class App;
}

namespace dipgraph::cli {

/// How results are printed on stdout (`--format`).
enum class OutputFormat { table, json, jsonl, csv, dot };

std::string_view to_string(OutputFormat format);
std::optional<OutputFormat> parse_output_format(std::string_view text);

/// Options given before or after the subcommand name.
struct GlobalOptions {
  std::string db;  ///< --db, else $DIPGRAPH_DB, else "dipgraph.db"
  OutputFormat format = OutputFormat::table;
  bool quiet = false;  ///< no progress or summary lines on stderr
};

/// One subcommand. configure() only declares options (binding them to
/// members); run() does the work after a successful parse. run() returns the
/// exit code of an expected outcome and throws dipgraph::Error for failures,
/// which only main.cpp catches.
class Command {
 public:
  virtual ~Command() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  virtual void configure(CLI::App& app) = 0;
  virtual ExitCode run(const GlobalOptions& globals) = 0;
};

}  // namespace dipgraph::cli
