#include "cli/cmd_actors.hpp"

#include <iostream>
#include <optional>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_json.hpp"
#include "cli/output_table.hpp"

namespace dipgraph::cli {
namespace {

Json actor_json(const core::Actor& actor) {
  Json json = Json::object();
  json["code"] = actor.code;
  json["kind"] = std::string(core::to_string(actor.kind));
  json["name"] = actor.name;
  json["home_state"] = json_or_null(actor.home_state);
  return json;
}

}  // namespace

void ActorsCommand::configure(CLI::App& app) {
  app.add_option("--kind", kind_, "only actors of this kind")
      ->check(CLI::IsMember({"state", "person", "org"}))
      ->type_name("state|person|org");
  app.footer(
      "Columns (csv header, json keys): code, kind, name, home_state (people only).\n"
      "Examples:\n"
      "  dipgraph actors --kind org\n"
      "  dipgraph actors --kind person --format csv");
}

ExitCode ActorsCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                           OutputFormat::csv}, name());
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  std::optional<core::ActorKind> kind;
  if (!kind_.empty()) kind = core::parse_actor_kind(kind_);
  const std::vector<core::Actor> actors = store.actors(kind);
  switch (globals.format) {
    case OutputFormat::table: {
      Table table({{"CODE"}, {"KIND"}, {"NAME"}, {"HOME STATE"}});
      for (const auto& actor : actors) {
        table.add_row({actor.code, std::string(core::to_string(actor.kind)), actor.name,
                       actor.home_state.value_or("")});
      }
      table.print(std::cout);
      break;
    }
    case OutputFormat::json: {
      Json array = Json::array();
      for (const auto& actor : actors) array.push_back(actor_json(actor));
      write_json(std::cout, array);
      break;
    }
    case OutputFormat::jsonl:
      for (const auto& actor : actors) write_jsonl(std::cout, actor_json(actor));
      break;
    case OutputFormat::csv:
      write_csv_row(std::cout, {"code", "kind", "name", "home_state"});
      for (const auto& actor : actors) {
        write_csv_row(std::cout, {actor.code, std::string(core::to_string(actor.kind)),
                                  actor.name, actor.home_state.value_or("")});
      }
      break;
    case OutputFormat::dot:
      break;  // rejected by require_format
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
