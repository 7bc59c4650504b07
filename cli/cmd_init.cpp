#include "cli/cmd_init.hpp"

#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/cmd_stats.hpp"
#include "cli/command_support.hpp"

namespace dipgraph::cli {

void InitCommand::configure(CLI::App& app) {
  app.footer(
      "Creates the file named by --db (default $DIPGRAPH_DB, else ./dipgraph.db) with the\n"
      "embedded states, organisations, people and roles; on an existing database applies\n"
      "schema migrations and refreshes the reference data. Events are never touched.\n"
      "Prints the same summary as `dipgraph stats`.\n"
      "Example:\n"
      "  dipgraph --db news.db init");
}

ExitCode InitCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl}, name());
  std::error_code error;
  const bool existed = std::filesystem::exists(globals.db, error);
  const core::Store store = open_store(globals, core::OpenMode::read_write);
  const core::StoreStats stats = store.stats();
  if (!globals.quiet) {
    std::cerr << "dipgraph: " << (existed ? "opened " : "created ") << globals.db
              << " (schema version " << stats.schema_version << ")\n";
  }
  print_stats(std::cout, stats, globals, name());
  return ExitCode::success;
}

}  // namespace dipgraph::cli
