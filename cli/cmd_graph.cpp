#include "cli/cmd_graph.hpp"

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/io_error.hpp"
#include "cli/output_text.hpp"
#include "cli/ties_output.hpp"
#include "core/error.hpp"
#include "graphs/drawing.hpp"
#include "graphs/graph_selection.hpp"

namespace dipgraph::cli {
namespace {

/// "2015-05..2025-10": the months of the first and last drawn event.
std::string month_span(const graphs::Drawing& drawing) {
  std::string first;
  std::string last;
  for (const auto& edge : drawing.edges) {
    if (first.empty() || edge.props.first_day < first) first = edge.props.first_day;
    last = std::max(last, edge.props.last_day);
  }
  first = first.substr(0, 7);
  last = last.substr(0, 7);
  return first == last ? first : first + ".." + last;
}

std::string actor_label(const core::ActorMatch& actor) {
  return actor.name + " (" + actor.code + ")";
}

/// Why `actor` gives nothing to draw, or empty when it has a tie in the view.
std::string missing_reason(const graphs::GraphView& view, const core::ActorMatch& actor,
                           long long min_events) {
  const auto vertex = view.find(actor.code);
  if (!vertex) return actor_label(actor) + " has no events with another actor in the window";
  if (boost::out_degree(*vertex, view.graph) == 0) {
    return actor_label(actor) + " shares fewer than " + std::to_string(min_events) +
           " events with any other actor in the window";
  }
  return {};
}

}  // namespace

void GraphCommand::configure(CLI::App& app) {
  auto* around = app.add_option("--around", around_,
                                "draw this actor and the actors within --depth hops of it")
                     ->type_name("A");
  auto* between = app.add_option("--between", between_,
                                 "draw both actors, the actors within --depth hops of either, "
                                 "and every actor on a shortest path between them")
                      ->expected(2)
                      ->type_name("A B")
                      ->excludes(around);
  auto* all = app.add_flag("--all", all_, "draw every actor with a tie (the default)")
                  ->excludes(around)
                  ->excludes(between);
  app.add_option("--depth", depth_, "with --around or --between: how many hops out to go")
      ->check(whole_number_check(1))
      ->capture_default_str()
      ->type_name("D")
      ->excludes(all);
  window_.add_to(app);
  app.add_option("--max-nodes", max_nodes_,
                 "draw at most N actors: the busiest (--all) or most tied to those kept")
      ->check(whole_number_check(1))
      ->capture_default_str()
      ->type_name("N");
  app.add_option("--max-edges", max_edges_, "draw at most N ties, the strongest")
      ->check(whole_number_check(0))
      ->capture_default_str()
      ->type_name("N");
  app.add_option("-o,--output", output_,
                 "write the picture to FILE; its extension picks the format: .svg, .png, .pdf, "
                 ".dot (.gv)")
      ->type_name("FILE");
  app.add_flag("--no-legend", no_legend_, "leave out the key to shapes and colours");
  app.footer(
      "Draws with Graphviz (dot layout) inside dipgraph; no Graphviz program is needed.\n"
      "Node shape: ellipse state, hexagon organisation, note person; thick outline: the\n"
      "actors asked about; node size: the actor's events in the window. Line colour: the\n"
      "kind of event most frequent on the tie (blue visit/meeting, green agreement/support/\n"
      "aid, orange sanction/threat/reject, red conflict); width: tie strength; label:\n"
      "events and first..last month. Beyond --max-nodes and --max-edges the weakest are\n"
      "left out, and the title says how many.\n"
      "Nothing to draw (the actor has no tie in the window) is a negative answer: exit 1.\n"
      "Examples:\n"
      "  dipgraph graph --around Pakistan --depth 2 -o pakistan.svg\n"
      "  dipgraph graph --between Belarus Pakistan --since 2022 -o pair.png\n"
      "  dipgraph graph --all --type conflict,sanction --format dot > conflict.dot");
}

ExitCode GraphCommand::run(const GlobalOptions& globals) {
  if (globals.format != OutputFormat::table && globals.format != OutputFormat::dot) {
    throw UsageError("--format " + std::string(to_string(globals.format)) +
                     " does not apply to `graph`; write a picture with -o FILE, or DOT to stdout "
                     "with --format dot");
  }
  if (output_.empty() && globals.format != OutputFormat::dot) {
    throw UsageError("nowhere to draw: give -o FILE (.svg, .png, .pdf or .dot), or --format dot "
                     "to print DOT on stdout");
  }
  if (!output_.empty() && globals.format == OutputFormat::dot) {
    throw UsageError("-o " + output_ + " and --format dot both say where the drawing goes; "
                     "give one of them");
  }
  if (!output_.empty()) graphs::image_format_for(output_);  // a bad extension needs no data

  graphs::SelectionOptions selection;
  selection.depth = static_cast<int>(std::min(depth_, 1000000LL));
  selection.max_nodes = static_cast<std::size_t>(max_nodes_);
  selection.max_edges = static_cast<std::size_t>(max_edges_);
  const graphs::GraphViewOptions view_options = window_.view_options();
  view_options.validate();

  const core::Store store = open_store(globals, core::OpenMode::read_only);
  std::vector<core::ActorMatch> focus;
  if (!around_.empty()) {
    selection.mode = graphs::SelectionMode::around;
    focus.push_back(resolve_actor_argument(store, around_, "--around"));
  } else if (!between_.empty()) {
    selection.mode = graphs::SelectionMode::between;
    for (const auto& name : between_) {
      focus.push_back(resolve_actor_argument(store, name, "--between"));
    }
  }
  for (const auto& actor : focus) {
    selection.focus.push_back(actor.code);
    if (view_options.level == graphs::Level::state && actor.kind == core::ActorKind::person) {
      throw UsageError(actor.name + " is a person; at --level state people count for the state "
                       "they represented, so name that state, or use --level actor");
    }
  }
  selection.validate();

  const graphs::GraphView view = graphs::build_graph_view(store, view_options);
  std::string nothing;
  for (const auto& actor : focus) {
    if (nothing.empty()) nothing = missing_reason(view, actor, view_options.min_events);
  }
  graphs::Drawing drawing;
  if (nothing.empty()) {
    drawing = graphs::select_drawing(view, selection);
    if (drawing.edges.empty()) {
      nothing = "no two actors share " +
                (view_options.min_events > 1
                     ? "at least " + std::to_string(view_options.min_events) + " events"
                     : std::string("an event")) +
                " in the window";
    }
  }
  if (!nothing.empty()) {
    // A negative answer, not an error: say why on one line.
    std::cerr << "dipgraph: graph: nothing to draw: " << one_line(nothing) << '\n';
    return ExitCode::negative;
  }

  switch (selection.mode) {
    case graphs::SelectionMode::all: drawing.title = "All actors"; break;
    case graphs::SelectionMode::around:
      drawing.title = "Around " + focus[0].name + ", depth " + std::to_string(depth_);
      break;
    case graphs::SelectionMode::between:
      drawing.title = "Between " + focus[0].name + " and " + focus[1].name + ", depth " +
                      std::to_string(depth_);
      break;
  }
  drawing.title += " \u00b7 events " + month_span(drawing) + window_text(view_options);
  if (view_options.min_events > 1) {
    drawing.title += ", ties of " + std::to_string(view_options.min_events) + "+ events";
  }
  drawing.legend = !no_legend_;

  if (output_.empty()) {
    graphs::write_dot(drawing, std::cout);
    return ExitCode::success;
  }
  try {
    graphs::render_to_file(drawing, output_);
  } catch (const graphs::ImageWriteError& e) {
    throw IoError(e.what());
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
