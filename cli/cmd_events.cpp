#include "cli/cmd_events.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/event_output.hpp"

namespace dipgraph::cli {

void EventsCommand::configure(CLI::App& app) {
  auto* between = app.add_option("--between", between_,
                                 "events between two actors, either direction; a state also "
                                 "counts its people's events (by the state they represented)")
                      ->expected(2)
                      ->type_name("A B");
  app.add_option("--actor", actor_,
                 "events in which this actor takes part (a state or org: its people's too)")
      ->type_name("A")
      ->excludes(between);
  app.add_option("--from", from_,
                 "only events whose source is A (a state or org: or one of its people); "
                 "for symmetric types (meeting, agreement, conflict) either side")
      ->type_name("A");
  app.add_option("--to", to_,
                 "only events whose target is B (a state or org: or one of its people); "
                 "for symmetric types either side")
      ->type_name("B");
  add_type_option(app, types_);
  add_date_option(app, "--since", since_, "events ending on or after this date");
  add_date_option(app, "--until", until_, "events starting on or before this date");
  app.add_option("--limit", limit_, "print at most N events")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return text.find_first_not_of("0123456789") == std::string::npos &&
                           text.find_first_not_of('0') != std::string::npos
                       ? std::string()
                       : "'" + text + "' is not a positive whole number";
          },
          ""))
      ->type_name("N");
  app.add_flag("--newest-first", newest_first_, "latest events first (default: oldest first)");
  app.footer(
      "Actors are names, aliases or codes: Belarus, BLR, BY, Minsk, \"Aleksandr Lukashenko\".\n"
      "An empty listing is a success (exit 0): [] in json, nothing in table and jsonl,\n"
      "the header row in csv. Formats and keys: docs/cli.md.\n"
      "Examples:\n"
      "  dipgraph events --between Belarus Pakistan\n"
      "  dipgraph events --actor RUS --type sanction,threat --since 2024-01 --format jsonl\n"
      "  dipgraph events --from USA --to RUS --type sanction");
}

ExitCode EventsCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                           OutputFormat::csv}, name());
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  core::EventFilter filter;
  if (!between_.empty() || !actor_.empty() || !from_.empty() || !to_.empty()) {
    if (!between_.empty()) {
      filter.actor = resolve_actor_argument(store, between_.at(0), "--between").code;
      filter.other = resolve_actor_argument(store, between_.at(1), "--between").code;
    } else if (!actor_.empty()) {
      filter.actor = resolve_actor_argument(store, actor_, "--actor").code;
    }
    if (!from_.empty()) filter.source = resolve_actor_argument(store, from_, "--from").code;
    if (!to_.empty()) filter.target = resolve_actor_argument(store, to_, "--to").code;
  }
  filter.types = types_;
  filter.since = date_argument(since_);
  filter.until = date_argument(until_);
  filter.limit = limit_;
  filter.newest_first = newest_first_;
  filter.with_sources = globals.format != OutputFormat::table;  // the table shows no sources
  print_events(std::cout, store.events(filter), globals.format);
  return ExitCode::success;
}

}  // namespace dipgraph::cli
