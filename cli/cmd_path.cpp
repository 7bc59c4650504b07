#include "cli/cmd_path.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/event_json.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_table.hpp"
#include "cli/output_text.hpp"
#include "cli/ties_output.hpp"
#include "graphs/ties.hpp"

namespace dipgraph::cli {
namespace {

const std::vector<core::EventRecord>& newest_of(const PathReport& report, const graphs::Hop& hop) {
  static const std::vector<core::EventRecord> kNone;
  const auto found = report.newest.find({hop.from, hop.to});
  return found == report.newest.end() ? kNone : found->second;
}

Json report_path_json(const PathReport& report, const std::optional<graphs::Path>& path) {
  if (!path) return Json(nullptr);
  Json json = path_json(*path);
  for (std::size_t i = 0; i < path->hops.size(); ++i) {
    Json newest = Json::array();
    for (const auto& event : newest_of(report, path->hops[i])) newest.push_back(event_json(event));
    json["hops"][i]["newest"] = std::move(newest);
  }
  return json;
}

std::string side_label(const core::EventActor& actor) {
  if (actor.kind == core::ActorKind::person && actor.state) {
    return actor.name + " (" + *actor.state + ")";
  }
  return actor.name;
}

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

void print_path_table(std::ostream& out, const PathReport& report, const char* heading,
                      const graphs::Path& path) {
  out << heading << ": " << one_line(path_names(path)) << " (" << plural(path.hops.size(), "hop")
      << ", strength " << format_fixed(path.strength, 3) << ")\n";
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const auto& hop = path.hops[i];
    const auto& props = hop.props;
    out << "\nHop " << i + 1 << ", " << one_line(path.node_props[i].name) << " - "
        << one_line(path.node_props[i + 1].name) << ": "
        << plural(static_cast<std::size_t>(props.events), "event") << " ("
        << by_type_text(props.by_type) << "), " << props.first_day << " to " << props.last_day
        << ", net weight " << format_fixed(props.net_weight, 1) << ", " << props.cooperative
        << " cooperative, " << props.conflictual << " conflictual\n";
    Table events({{"DATE"}, {"TYPE"}, {"SOURCE"}, {"TARGET"}, {"EVIDENCE"}});
    for (const auto& event : newest_of(report, hop)) {
      std::string date = event.date.to_string();
      if (event.date_end) date += ".." + event.date_end->to_string();
      events.add_row({date, event.type, side_label(event.source), side_label(event.target),
                      event.evidence.value_or("")});
    }
    events.print(out);
  }
}

void print_table(std::ostream& out, const PathReport& report) {
  out << "Paths from " << one_line(report.a.name) << " (" << report.a.code << ") to " << one_line(report.b.name)
      << " (" << report.b.code << ")\n\n";
  if (!report.strongest || !report.shortest) {
    out << "No path.\n";
    return;
  }
  print_path_table(out, report, "Strongest path", *report.strongest);
  out << '\n';
  if (report.shortest->nodes == report.strongest->nodes) {
    out << "Fewest hops: the strongest path\n";
  } else {
    print_path_table(out, report, "Fewest hops", *report.shortest);
  }
}

}  // namespace

Json path_report_json(const PathReport& report) {
  Json json = Json::object();
  json["a"] = actor_ref_json(report.a);
  json["b"] = actor_ref_json(report.b);
  json["strongest"] = report_path_json(report, report.strongest);
  json["shortest"] = report_path_json(report, report.shortest);
  return json;
}

graphs::Drawing path_drawing(const PathReport& report, const std::string& title) {
  graphs::Drawing drawing = two_actor_drawing(report.a, report.b, title);
  if (report.strongest) add_path(drawing, *report.strongest);
  if (report.shortest) add_path(drawing, *report.shortest);
  return drawing;
}

void print_path_report(std::ostream& out, const PathReport& report, OutputFormat format,
                       const std::string& title) {
  switch (format) {
    case OutputFormat::table:
      print_table(out, report);
      return;
    case OutputFormat::json:
      write_json(out, path_report_json(report));
      return;
    case OutputFormat::jsonl:
      write_jsonl(out, path_report_json(report));
      return;
    case OutputFormat::csv:
      write_csv_row(out, path_csv_columns());
      if (report.strongest) write_path_csv_rows(out, "strongest", *report.strongest);
      if (report.shortest) write_path_csv_rows(out, "shortest", *report.shortest);
      return;
    case OutputFormat::dot:
      graphs::write_dot(path_drawing(report, title), out);
      return;
  }
}

void PathCommand::configure(CLI::App& app) {
  app.add_option("A", a_, "where the path starts: a name, alias or code")->required();
  app.add_option("B", b_, "where it ends")->required();
  window_.add_to(app);
  app.add_option("--per-hop", per_hop_, "show the N newest events of each hop")
      ->check(CLI::Range(0, 100))
      ->capture_default_str()
      ->type_name("N");
  add_drawing_option(app, output_);
  app.footer(
      "The strongest path maximises path strength (Dijkstra over the cost 1/strength of each\n"
      "tie, strength = log2(1 + events)); the fewest-hops path is found breadth first (among\n"
      "equally short ones, the strongest). No path: exit 1. Keys and columns: docs/cli.md.\n"
      "Examples:\n"
      "  dipgraph path Pakistan Ukraine\n"
      "  dipgraph path Belarus \"United States\" --since 2022 --format json\n"
      "  dipgraph path PAK UKR --type visit,meeting,agreement -o path.svg");
}

ExitCode PathCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::csv,
                           OutputFormat::dot}, name());
  if (!output_.empty()) graphs::image_format_for(output_);  // a bad extension fails before work
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  PathReport report;
  report.a = *store.find_actor(resolve_actor_argument(store, a_, "A").code);
  report.b = *store.find_actor(resolve_actor_argument(store, b_, "B").code);
  if (report.a.code == report.b.code) {
    throw UsageError("both ends are " + report.a.name + "; name two different actors");
  }

  const graphs::GraphViewOptions options = window_.view_options();
  graphs::require_node(store, report.a, options.level);
  graphs::require_node(store, report.b, options.level);
  const graphs::GraphView view = graphs::build_graph_view(store, options);
  report.strongest = graphs::strongest_path(view, report.a.code, report.b.code);
  report.shortest = graphs::shortest_path(view, report.a.code, report.b.code);
  if (per_hop_ > 0) {
    for (const auto* path : {&report.strongest, &report.shortest}) {
      if (!*path) continue;
      for (const auto& hop : (*path)->hops) {
        auto& events = report.newest[{hop.from, hop.to}];
        if (events.empty()) {
          events = graphs::events_between(store, hop.from, hop.to, options, per_hop_);
        }
      }
    }
  }

  const std::string title = "path " + report.a.name + " - " + report.b.name + window_text(options);
  print_path_report(std::cout, report, globals.format, title);
  if (!output_.empty()) render_drawing(path_drawing(report, title), output_);
  if (!report.strongest) {
    std::cout.flush();
    std::cerr << "dipgraph: no path between " << one_line(report.a.name) << " (" << report.a.code
              << ") and " << one_line(report.b.name) << " (" << report.b.code << ")"
              << window_text(options) << '\n';
    return ExitCode::negative;
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
