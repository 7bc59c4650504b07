#include "cli/cmd_ask.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/command_support.hpp"
#include "cli/question.hpp"

namespace dipgraph::cli {

void AskCommand::configure(CLI::App& app) {
  app.add_option("QUESTION", words_, "the question; quote it, or give it as several words")
      ->required()
      ->expected(1, -1);
  app.add_flag("--dry-run", dry_run_, "print the command the question maps to on stdout; run nothing");
  app.footer(
      "Prints the command it runs on stderr (`running: dipgraph ...`, not with -q), then its\n"
      "results; --db, --format and -q pass through. Names become codes, so the command\n"
      "cannot be ambiguous. Understood: ties, paths, centrality rankings, neighbours,\n"
      "blocs, events by type and direction (who visited / sanctioned whom), actor profiles,\n"
      "with times like \"in 2024\", \"since March 2023\", \"between 2022 and 2024\", \"last year\".\n"
      "Grammar and word list: docs/cli.md and data/question_words.tsv.\n"
      "Examples:\n"
      "  dipgraph ask \"ties between Pakistan and Russia since 2024\"\n"
      "  dipgraph ask \"who visited Pakistan in 2024\"\n"
      "  dipgraph ask --dry-run \"most influential countries between 2022 and 2023\"");
}

ExitCode AskCommand::run(const GlobalOptions& globals) {
  std::string question;
  for (const auto& word : words_) question += (question.empty() ? "" : " ") + word;
  Query query;
  {
    const core::Store store = open_store(globals, core::OpenMode::read_only);
    query = parse_question(question, store.resolver(), core::Date::today());
  }
  const std::vector<std::string> args = query.arguments();
  const std::string line = "dipgraph " + shell_join(args);
  if (dry_run_) {
    std::cout << line << '\n';
    return ExitCode::success;
  }
  if (!globals.quiet) std::cerr << "running: " << line << '\n';
  std::vector<std::string> full{"--db", globals.db, "--format", std::string(to_string(globals.format))};
  if (globals.quiet) full.emplace_back("-q");
  full.insert(full.end(), args.begin(), args.end());
  std::cout.flush();
  return static_cast<ExitCode>(run_app(full));
}

}  // namespace dipgraph::cli
