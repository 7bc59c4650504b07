#include "cli/cmd_stats.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/output_json.hpp"
#include "cli/output_table.hpp"

namespace dipgraph::cli {
namespace {

Json stats_json(const core::StoreStats& stats) {
  Json json = Json::object();
  json["schema_version"] = stats.schema_version;
  json["states"] = stats.states;
  json["people"] = stats.people;
  json["orgs"] = stats.orgs;
  json["aliases"] = stats.aliases;
  json["roles"] = stats.roles;
  json["memberships"] = stats.memberships;
  json["documents"] = stats.documents;
  json["events"] = stats.events;
  json["event_sources"] = stats.event_sources;
  json["first_date"] = json_or_null(stats.first_date);
  json["last_date"] = json_or_null(stats.last_date);
  Json by_type = Json::object();
  for (const auto& count : stats.events_by_type) by_type[count.name] = count.count;
  json["events_by_type"] = std::move(by_type);
  return json;
}

void print_stats_table(std::ostream& out, const core::StoreStats& stats) {
  Table summary({{"KEY"}, {"VALUE", Align::right}}, false);
  summary.add_row({"schema version", std::to_string(stats.schema_version)});
  summary.add_row({"states", std::to_string(stats.states)});
  summary.add_row({"people", std::to_string(stats.people)});
  summary.add_row({"orgs", std::to_string(stats.orgs)});
  summary.add_row({"aliases", std::to_string(stats.aliases)});
  summary.add_row({"roles", std::to_string(stats.roles)});
  summary.add_row({"memberships", std::to_string(stats.memberships)});
  summary.add_row({"documents", std::to_string(stats.documents)});
  summary.add_row({"events", std::to_string(stats.events)});
  summary.add_row({"event sources", std::to_string(stats.event_sources)});
  summary.add_row({"first event", stats.first_date.value_or("-")});
  summary.add_row({"last event", stats.last_date.value_or("-")});
  summary.print(out);
  if (stats.events_by_type.empty()) return;
  Table by_type({{"TYPE"}, {"EVENTS", Align::right}});
  for (const auto& count : stats.events_by_type) {
    by_type.add_row({count.name, std::to_string(count.count)});
  }
  out << '\n';
  by_type.print(out);
}

}  // namespace

void print_stats(std::ostream& out, const core::StoreStats& stats, const GlobalOptions& globals,
                 std::string_view command) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl},
                 command);
  switch (globals.format) {
    case OutputFormat::table:
      print_stats_table(out, stats);
      break;
    case OutputFormat::json:
      write_json(out, stats_json(stats));
      break;
    case OutputFormat::jsonl:
      write_jsonl(out, stats_json(stats));
      break;
    case OutputFormat::csv:
    case OutputFormat::dot:
      break;  // rejected by require_format
  }
}

void StatsCommand::configure(CLI::App& app) {
  app.footer(
      "Example:\n"
      "  dipgraph stats --format json\n"
      "JSON keys: schema_version, states, people, orgs, aliases, roles, memberships,\n"
      "documents, events, event_sources, first_date, last_date, events_by_type {type: count}.");
}

ExitCode StatsCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl}, name());
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  print_stats(std::cout, store.stats(), globals, name());
  return ExitCode::success;
}

}  // namespace dipgraph::cli
