#include "cli/cmd_centrality.hpp"

#include <cctype>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_json.hpp"
#include "cli/output_table.hpp"
#include "cli/output_text.hpp"
#include "graphs/centrality.hpp"

namespace dipgraph::cli {
namespace {

// A table is read by people: without --top it shows the first rows only.
constexpr long long kTableTop = 20;

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void GraphWindowArguments::add_to(CLI::App& app) {
  add_date_option(app, "--since", since_, "only events ending on or after this date");
  add_date_option(app, "--until", until_, "only events starting on or before this date");
  add_type_option(app, types_);
  app.add_option("--level", level_,
                 "state: people count for the state they represented; actor: people and orgs "
                 "are nodes of their own")
      ->check(CLI::IsMember({"state", "actor"}))
      ->capture_default_str()
      ->type_name("LEVEL");
  app.add_option("--min-events", min_events_,
                 "link two actors only when they share at least N events in the window")
      ->check(whole_number_check(1))
      ->capture_default_str()
      ->type_name("N");
}

graphs::GraphViewOptions GraphWindowArguments::view_options() const {
  graphs::GraphViewOptions options;
  options.since = date_argument(since_);
  options.until = date_argument(until_);
  options.types = types_;
  options.level = level_ == "actor" ? graphs::Level::actor : graphs::Level::state;
  options.min_events = min_events_;
  return options;
}

CLI::Validator whole_number_check(long long minimum) {
  return CLI::Validator(
      [minimum](std::string& text) -> std::string {
        const bool digits = !text.empty() && text.size() <= 18 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoll(text) >= minimum) return {};
        return "'" + text + "' is not a whole number of at least " + std::to_string(minimum);
      },
      "");
}

void CentralityCommand::configure(CLI::App& app) {
  app.add_option("--measure", measure_, "the centrality measure")
      ->check(CLI::IsMember(graphs::measure_names()))
      ->capture_default_str()
      ->type_name("MEASURE");
  app.add_option("--top", top_,
                 "print the N most central actors; 0: all (default: 20 in a table, all in "
                 "json, jsonl and csv)")
      ->check(whole_number_check(0))
      ->type_name("N");
  app.add_flag("--weighted", weighted_,
               "betweenness and closeness: shortest paths by distance 1/events instead of hops");
  window_.add_to(app);
  app.footer(
      "Nodes are the actors with at least one event in the window (zeros included); one\n"
      "edge per pair with at least --min-events events. Values equal networkx 2.8.8's\n"
      "degree_centrality, betweenness_centrality, closeness_centrality, pagerank and\n"
      "eigenvector_centrality; strength is an actor's event count. Highest first, ties by\n"
      "code. Columns (csv header, json keys): code, name, kind, value. See docs/cli.md.\n"
      "Examples:\n"
      "  dipgraph centrality --measure betweenness --since 2022 --top 10\n"
      "  dipgraph centrality --measure pagerank --type conflict,sanction --format csv");
}

ExitCode CentralityCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                           OutputFormat::csv}, name());
  const graphs::CentralityOptions options{*graphs::parse_measure(measure_), weighted_};
  options.validate();  // before opening the store: a usage error needs no data
  const graphs::GraphViewOptions view_options = window_.view_options();
  view_options.validate();
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  const graphs::GraphView view = graphs::build_graph_view(store, view_options);
  const std::vector<double> values = graphs::centrality(view.graph, options);

  long long top = top_.value_or(globals.format == OutputFormat::table ? kTableTop : 0);
  std::optional<std::size_t> limit;
  if (top > 0) limit = static_cast<std::size_t>(top);
  const auto ranked = graphs::rank_nodes(view.graph, values, limit);

  const bool whole = options.measure == graphs::Measure::strength;
  const auto& graph = view.graph;
  switch (globals.format) {
    case OutputFormat::table: {
      Table table({{"CODE"}, {"NAME"}, {"KIND"}, {upper(measure_), Align::right}});
      for (const auto& node : ranked) {
        const auto& props = graph[node.vertex];
        table.add_row({props.code, props.name, std::string(core::to_string(props.kind)),
                       whole ? format_number(node.value) : format_fixed(node.value, 6)});
      }
      table.print(std::cout);
      break;
    }
    case OutputFormat::json:
    case OutputFormat::jsonl: {
      Json array = Json::array();
      for (const auto& node : ranked) {
        const auto& props = graph[node.vertex];
        Json row = Json::object();
        row["code"] = props.code;
        row["name"] = props.name;
        row["kind"] = std::string(core::to_string(props.kind));
        row["value"] = whole ? Json(static_cast<long long>(node.value))
                             : Json(round_for_output(node.value));
        if (globals.format == OutputFormat::jsonl) {
          write_jsonl(std::cout, row);
        } else {
          array.push_back(std::move(row));
        }
      }
      if (globals.format == OutputFormat::json) write_json(std::cout, array);
      break;
    }
    case OutputFormat::csv:
      write_csv_row(std::cout, {"code", "name", "kind", "value"});
      for (const auto& node : ranked) {
        const auto& props = graph[node.vertex];
        write_csv_row(std::cout, {props.code, props.name, std::string(core::to_string(props.kind)),
                                  format_number(node.value)});
      }
      break;
    case OutputFormat::dot:
      break;  // rejected by require_format
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
