#include "cli/cmd_neighbors.hpp"

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_json.hpp"
#include "cli/output_table.hpp"
#include "cli/output_text.hpp"
#include "core/error.hpp"
#include "graphs/neighborhood.hpp"

namespace dipgraph::cli {
namespace {

std::string kind_text(const graphs::NodeProps& node) {
  return std::string(core::to_string(node.kind));
}

// "meeting 2, visit 1" (table) or "meeting:2 visit:1" (csv), by type name.
std::string types_text(const graphs::EdgeProps& events, const char* between,
                       const char* separator) {
  std::string text;
  for (const auto& [type, count] : events.by_type) {
    if (!text.empty()) text += separator;
    text += type + between + std::to_string(count);
  }
  return text;
}

std::string via_text(const graphs::Graph& graph, const graphs::Neighbor& neighbor,
                     const char* separator) {
  std::string text;
  for (const auto v : neighbor.via) {
    if (!text.empty()) text += separator;
    text += graph[v].code;
  }
  return text;
}

Json neighbor_json(const graphs::Graph& graph, const graphs::Neighbor& neighbor) {
  const auto& node = graph[neighbor.vertex];
  const auto& events = neighbor.events;
  Json json = Json::object();
  json["code"] = node.code;
  json["name"] = node.name;
  json["kind"] = kind_text(node);
  json["distance"] = neighbor.distance;
  json["events"] = events.events;
  Json by_type = Json::object();
  for (const auto& [type, count] : events.by_type) by_type[type] = count;
  json["by_type"] = by_type;
  json["net_weight"] = round_for_output(events.net_weight);
  json["cooperative"] = events.cooperative;
  json["conflictual"] = events.conflictual;
  json["first_day"] = events.first_day;
  json["last_day"] = events.last_day;
  Json via = Json::array();
  for (const auto v : neighbor.via) via.push_back(graph[v].code);
  json["via"] = via;
  return json;
}

const std::vector<std::string> kCsvHeader = {
    "code",       "name",        "kind",        "distance",  "events",   "by_type",
    "net_weight", "cooperative", "conflictual", "first_day", "last_day", "via"};

void print(std::ostream& out, OutputFormat format, const graphs::Graph& graph,
           const std::vector<graphs::Neighbor>& neighbors, long long depth) {
  switch (format) {
    case OutputFormat::table: {
      std::vector<Column> columns{{"HOPS", Align::right}, {"CODE"},         {"NAME"},
                                  {"KIND"},               {"EVENTS", Align::right},
                                  {"NET", Align::right},  {"FIRST"},        {"LAST"}};
      // At depth 1 every row is reached from the actor itself: no VIA column.
      if (depth > 1) columns.push_back({"VIA"});
      columns.push_back({"TYPES"});
      Table table(columns);
      for (const auto& neighbor : neighbors) {
        const auto& node = graph[neighbor.vertex];
        const auto& events = neighbor.events;
        std::vector<std::string> cells{std::to_string(neighbor.distance),
                                       node.code,
                                       node.name,
                                       kind_text(node),
                                       std::to_string(events.events),
                                       format_fixed(round_for_output(events.net_weight), 1),
                                       events.first_day,
                                       events.last_day};
        if (depth > 1) cells.push_back(via_text(graph, neighbor, ", "));
        cells.push_back(types_text(events, " ", ", "));
        table.add_row(std::move(cells));
      }
      table.print(out);
      break;
    }
    case OutputFormat::json: {
      Json array = Json::array();
      for (const auto& neighbor : neighbors) array.push_back(neighbor_json(graph, neighbor));
      write_json(out, array);
      break;
    }
    case OutputFormat::jsonl:
      for (const auto& neighbor : neighbors) write_jsonl(out, neighbor_json(graph, neighbor));
      break;
    case OutputFormat::csv:
      write_csv_row(out, kCsvHeader);
      for (const auto& neighbor : neighbors) {
        const auto& node = graph[neighbor.vertex];
        const auto& events = neighbor.events;
        write_csv_row(out, {node.code, node.name, kind_text(node),
                            std::to_string(neighbor.distance), std::to_string(events.events),
                            types_text(events, ":", " "), format_number(events.net_weight),
                            std::to_string(events.cooperative),
                            std::to_string(events.conflictual), events.first_day, events.last_day,
                            via_text(graph, neighbor, " ")});
      }
      break;
    case OutputFormat::dot:
      break;  // rejected by require_format
  }
}

}  // namespace

void NeighborsCommand::configure(CLI::App& app) {
  app.add_option("actor", actor_, "the actor: a name, alias or code")
      ->required()
      ->type_name("A");
  app.add_option("--depth", depth_, "how many hops out to go (1: direct partners)")
      ->check(whole_number_check(1))
      ->capture_default_str()
      ->type_name("D");
  window_.add_to(app);
  app.footer(
      "Rows: nearest first, then most events first, then by code. For each actor: its\n"
      "distance, and the events on its edges to the ring one hop closer (at depth 1: the\n"
      "events between it and A), by type, with net weight and first and last day.\n"
      "An actor with no partner in the window is a negative answer: exit 1.\n"
      "At --level state, name a state or org (people count for their state).\n"
      "Keys (json) and columns (csv): docs/cli.md.\n"
      "Examples:\n"
      "  dipgraph neighbors Belarus\n"
      "  dipgraph neighbors RUS --depth 2 --since 2022 --type conflict,sanction --format csv");
}

ExitCode NeighborsCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                           OutputFormat::csv}, name());
  // Deeper than the number of actors finds nothing more; clamping keeps it an int.
  const graphs::NeighborhoodOptions options{static_cast<int>(std::min(depth_, 1000000LL))};
  options.validate();
  const graphs::GraphViewOptions view_options = window_.view_options();
  view_options.validate();
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  const core::ActorMatch actor = resolve_actor_argument(store, actor_, "");
  if (view_options.level == graphs::Level::state && actor.kind == core::ActorKind::person) {
    const auto person = store.find_actor(actor.code);
    const std::string state =
        person && person->home_state ? " (" + *person->home_state + ")" : std::string();
    throw UsageError(actor.name + " is a person; at --level state people count for the state " +
                     "they represented, so name that state" + state + ", or use --level actor");
  }
  const graphs::GraphView view = graphs::build_graph_view(store, view_options);
  std::vector<graphs::Neighbor> neighbors;
  if (const auto origin = view.find(actor.code)) {
    neighbors = graphs::neighborhood(view.graph, *origin, options);
  }
  print(std::cout, globals.format, view.graph, neighbors, depth_);
  if (!neighbors.empty()) return ExitCode::success;
  // A negative answer, not an error: say why on one line.
  std::cerr << "dipgraph: neighbors: " << one_line(actor.name) << " (" << actor.code << ") "
            << (view.find(actor.code)
                    ? "shares fewer than " + std::to_string(view_options.min_events) +
                          " events with any other actor in the window"
                    : std::string("has no events with another actor in the window"))
            << '\n';
  return ExitCode::negative;
}

}  // namespace dipgraph::cli
