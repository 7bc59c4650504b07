// The command line as a function: declares the global options, registers the
// subcommands, runs the chosen one, and is the only place that turns failures
// into messages and exit codes (cli/exit_code.hpp).
#include "cli/app.hpp"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <sqlite3.h>

#include "cli/command.hpp"
#include "cli/command_support.hpp"
#include "cli/exit_code.hpp"
#include "cli/io_error.hpp"
#include "cli/output_text.hpp"
#include "cli/registry.hpp"
#include "core/error.hpp"

namespace dipgraph::cli {
namespace {

constexpr const char* kGlobalOptionsNote =
    "Global options (see `dipgraph --help`): --db PATH, --format FORMAT, -q/--quiet;\n"
    "they may come before or after the command name.";

/// `app` and its nested subcommands (`import facts`), whose help pages all get the same note.
std::vector<CLI::App*> with_nested(CLI::App* app) {
  std::vector<CLI::App*> apps{app};
  for (CLI::App* nested : app->get_subcommands({})) apps.push_back(nested);
  return apps;
}

/// One line whatever the reason quotes: a name or a row from a file may hold
/// line breaks or terminal escape sequences.
int fail(ExitCode code, const std::string& context, const std::string& reason) {
  std::cerr << "dipgraph: error: " << one_line((context.empty() ? "" : context + ": ") + reason) << '\n';
  return to_int(code);
}

/// A store failure names the database file (errors on opening it do already)
/// and, when the disk refused a write, says what to look at.
std::string store_failure_reason(const StoreError& error, const std::string& db) {
  std::string reason = error.what();
  if (reason.find(db) == std::string::npos) reason = db + ": " + reason;
  const int primary = error.sqlite_code() & 0xFF;  // extended codes keep the primary in the low byte
  if (primary == SQLITE_FULL || primary == SQLITE_IOERR) {
    reason += "; check the free disk space and file size limits";
  }
  return reason;
}

/// The deepest subcommand the parser got to: the one whose options were wrong.
std::vector<CLI::App*> parsed_path(CLI::App& app) {
  std::vector<CLI::App*> path{&app};
  while (!path.back()->get_subcommands().empty()) {
    path.push_back(path.back()->get_subcommands().front());
  }
  return path;
}

/// "; did you mean '--since'?" for an argument CLI11 did not expect, else "".
std::string parse_suggestion(const std::vector<CLI::App*>& path, const std::string& message,
                             const std::vector<std::string>& args) {
  std::vector<std::string> options;
  for (const CLI::App* app : path) {
    for (const CLI::Option* option : app->get_options()) {
      for (const auto& name : option->get_lnames()) options.push_back("--" + name);
    }
  }
  std::vector<std::string> subcommands;
  for (const CLI::App* sub : path.back()->get_subcommands({})) {
    subcommands.push_back(sub->get_name());
  }
  for (const auto& arg : args) {
    if (arg.empty() || message.find(arg) == std::string::npos) continue;
    const std::string word = arg.substr(0, arg.find('='));
    const auto close = near_misses(word, word.starts_with("-") ? options : subcommands);
    if (!close.empty() && close.front() != word) {
      return "; did you mean " + quoted_alternatives(close) + "?";
    }
  }
  return {};
}

int report_parse_error(CLI::App& app, const CLI::ParseError& error,
                       const std::vector<std::string>& args) {
  if (error.get_exit_code() == 0) return app.exit(error);  // --help: usage on stdout, exit 0
  const auto path = parsed_path(app);
  std::string command;
  for (const CLI::App* sub : path) command += sub->get_name() + " ";
  std::string reason = error.what();
  // CLI11 says only "A subcommand is required" when the word is misspelt; name it.
  // Unmatched words fall through to the parent app, so look up the whole path.
  std::vector<std::string> unknown;
  for (auto it = path.rbegin(); it != path.rend() && unknown.empty(); ++it) {
    unknown = (*it)->remaining();
  }
  if (!unknown.empty() && !path.back()->get_subcommands({}).empty() &&
      !unknown.front().starts_with("-")) {
    reason = "unknown command '" + unknown.front() + "'";
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&error) || reason != error.what()) {
    reason += parse_suggestion(path, reason, unknown.empty() ? args : unknown);
  }
  return fail(ExitCode::usage, "", reason + " (see `" + command + "--help`)");
}

std::string suggestion_text(const std::vector<std::string>& suggestions,
                            const std::string& message) {
  if (suggestions.empty() || message.find("did you mean") != std::string::npos) return {};
  return "; did you mean " + quoted_alternatives(suggestions) + "?";
}

/// Runs the command; every failure becomes one stderr line and its exit code.
int run_command(Command& command, const GlobalOptions& globals) {
  const std::string context(command.name());
  try {
    const ExitCode code = command.run(globals);
    std::cout.flush();
    if (!std::cout) throw IoError("stdout: write failed");
    return to_int(code);
  } catch (const NotFoundError& e) {
    const std::string next = e.suggestions().empty()
                                 ? "; `dipgraph actors` lists the known actors"
                                 : suggestion_text(e.suggestions(), e.what());
    return fail(ExitCode::usage, context, e.what() + next);
  } catch (const AmbiguousNameError& e) {
    return fail(ExitCode::usage, context,
                std::string(e.what()) + "; name one by its full name or its three-letter code");
  } catch (const UsageError& e) {
    return fail(ExitCode::usage, context, e.what());
  } catch (const InputError& e) {
    return fail(ExitCode::input_rejected, context, e.what());
  } catch (const StoreError& e) {
    return fail(ExitCode::store_failure, context, store_failure_reason(e, globals.db));
  } catch (const IoError& e) {
    return fail(ExitCode::store_failure, context, e.what());
  } catch (const std::exception& e) {
    return fail(ExitCode::internal, context,
                std::string("internal error: ") + e.what() + "; please report this as a bug");
  }
}

}  // namespace

int run_app(const std::vector<std::string>& args) {
  CLI::App app{"dipgraph: a knowledge graph of international relations, built from news",
               "dipgraph"};
  GlobalOptions globals{.db = "dipgraph.db"};
  std::string format = "table";
  app.add_option("--db", globals.db, "the database file")
      ->envname("DIPGRAPH_DB")
      ->capture_default_str()
      ->type_name("PATH");
  app.add_option("--format", format, "how results are printed on stdout")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "dot"}))
      ->capture_default_str()
      ->type_name("FORMAT");
  app.add_flag("-q,--quiet", globals.quiet, "no progress or summary lines on stderr");
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand name too
  app.footer(std::string("Run `dipgraph COMMAND --help` for a command's options and examples.\n"
                         "Example:\n"
                         "  dipgraph --db news.db init && dipgraph --db news.db import facts "
                         "facts.csv\n"
                         "  dipgraph --db news.db events --between Belarus Pakistan --format "
                         "jsonl\n\n") +
             kExitCodeHelp);

  auto commands = make_commands();
  std::vector<CLI::App*> subcommands;
  for (const auto& command : commands) {
    CLI::App* sub =
        app.add_subcommand(std::string(command->name()), std::string(command->description()));
    command->configure(*sub);
    for (CLI::App* help_page : with_nested(sub)) {
      help_page->footer(help_page->get_footer() + "\n\n" + kGlobalOptionsNote);
    }
    subcommands.push_back(sub);
  }

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 parses from the back
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    return report_parse_error(app, error, args);
  }
  globals.format = parse_output_format(format).value_or(OutputFormat::table);
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (subcommands[i]->parsed()) return run_command(*commands[i], globals);
  }
  return fail(ExitCode::internal, "", "internal error: no command ran; please report this as a bug");
}

}  // namespace dipgraph::cli
