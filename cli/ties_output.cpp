#include "cli/ties_output.hpp"

#include <algorithm>

#include <CLI/CLI.hpp>

#include "cli/io_error.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_text.hpp"
#include "core/error.hpp"

namespace dipgraph::cli {

Json actor_ref_json(const core::Actor& actor) {
  Json json = Json::object();
  json["code"] = actor.code;
  json["name"] = actor.name;
  json["kind"] = std::string(core::to_string(actor.kind));
  return json;
}

Json hop_json(const graphs::Hop& hop) {
  Json json = Json::object();
  json["from"] = hop.from;
  json["to"] = hop.to;
  json["events"] = hop.props.events;
  Json by_type = Json::object();
  for (const auto& [type, count] : hop.props.by_type) by_type[type] = count;
  json["by_type"] = std::move(by_type);
  json["first_day"] = hop.props.first_day;
  json["last_day"] = hop.props.last_day;
  json["net_weight"] = round_for_output(hop.props.net_weight);
  json["cooperative"] = hop.props.cooperative;
  json["conflictual"] = hop.props.conflictual;
  return json;
}

Json path_json(const graphs::Path& path) {
  Json json = Json::object();
  json["nodes"] = path.nodes;
  json["strength"] = round_for_output(path.strength);
  Json hops = Json::array();
  for (const auto& hop : path.hops) hops.push_back(hop_json(hop));
  json["hops"] = std::move(hops);
  return json;
}

const std::vector<std::string>& path_csv_columns() {
  static const std::vector<std::string> columns = {
      "path",        "strength", "hops",       "hop",         "from",        "to",
      "events",      "by_type",  "first_day",  "last_day",    "net_weight",  "cooperative",
      "conflictual"};
  return columns;
}

void write_path_csv_rows(std::ostream& out, std::string_view label, const graphs::Path& path) {
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const auto& hop = path.hops[i];
    std::string by_type;
    for (const auto& [type, count] : hop.props.by_type) {
      if (!by_type.empty()) by_type += ' ';
      by_type += type + ":" + std::to_string(count);
    }
    write_csv_row(out, {std::string(label), format_number(path.strength),
                        std::to_string(path.hops.size()), std::to_string(i + 1), hop.from, hop.to,
                        std::to_string(hop.props.events), by_type, hop.props.first_day,
                        hop.props.last_day, format_number(hop.props.net_weight),
                        std::to_string(hop.props.cooperative),
                        std::to_string(hop.props.conflictual)});
  }
}

std::string path_names(const graphs::Path& path) {
  std::string text;
  for (const auto& node : path.node_props) {
    if (!text.empty()) text += " - ";
    text += node.name;
  }
  return text;
}

std::string by_type_text(const std::map<std::string, long long>& by_type) {
  std::string text;
  for (const auto& [type, count] : by_type) {
    if (!text.empty()) text += ", ";
    text += type + " " + std::to_string(count);
  }
  return text;
}

std::string window_text(const graphs::GraphViewOptions& options) {
  std::string text;
  if (options.since) text += ", since " + options.since->to_string();
  if (options.until) text += ", until " + options.until->to_string();
  if (!options.types.empty()) {
    text += options.types.size() == 1 ? ", type " : ", types ";
    for (std::size_t i = 0; i < options.types.size(); ++i) {
      text += (i == 0 ? "" : ", ") + options.types[i];
    }
  }
  if (options.level == graphs::Level::actor) text += ", actor level";
  return text;
}

CLI::Option* add_drawing_option(CLI::App& app, std::string& file) {
  return app
      .add_option("-o,--output", file,
                  "also draw what is printed into FILE: .svg, .png, .pdf or .dot")
      ->type_name("FILE");
}

graphs::Drawing two_actor_drawing(const core::Actor& a, const core::Actor& b, std::string title) {
  graphs::Drawing drawing;
  drawing.title = std::move(title);
  for (const core::Actor* actor : {&a, &b}) {
    drawing.nodes.push_back(graphs::DrawNode{actor->code, actor->name, actor->kind, 1.0, true});
  }
  return drawing;
}

void add_path(graphs::Drawing& drawing, const graphs::Path& path) {
  for (const auto& node : path.node_props) {
    const bool known = std::any_of(drawing.nodes.begin(), drawing.nodes.end(),
                                   [&](const graphs::DrawNode& drawn) { return drawn.code == node.code; });
    if (!known) drawing.nodes.push_back(graphs::DrawNode{node.code, node.name, node.kind, 0.5, false});
  }
  for (const auto& hop : path.hops) {
    const bool known = std::any_of(drawing.edges.begin(), drawing.edges.end(),
                                   [&](const graphs::DrawEdge& drawn) {
                                     return (drawn.a == hop.from && drawn.b == hop.to) ||
                                            (drawn.a == hop.to && drawn.b == hop.from);
                                   });
    if (!known) drawing.edges.push_back(graphs::DrawEdge{hop.from, hop.to, hop.props, hop.strength});
  }
}

void render_drawing(const graphs::Drawing& drawing, const std::string& file) {
  try {
    graphs::render_to_file(drawing, file);
  } catch (const UsageError&) {
    throw;
  } catch (const Error& e) {
    const std::string message = e.what();
    if (message.find(file) != std::string::npos) throw IoError(message);
    throw IoError(file + ": " + message);
  }
}

}  // namespace dipgraph::cli
