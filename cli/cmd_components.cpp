#include "cli/cmd_components.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_json.hpp"
#include "cli/output_table.hpp"
#include "graphs/components.hpp"

namespace dipgraph::cli {
namespace {

Json component_json(const graphs::Graph& graph, const graphs::Component& component,
                    std::size_t number) {
  Json json = Json::object();
  json["component"] = number;
  json["size"] = component.members.size();
  Json members = Json::array();
  for (const auto v : component.members) {
    const auto& node = graph[v];
    Json member = Json::object();
    member["code"] = node.code;
    member["name"] = node.name;
    member["kind"] = std::string(core::to_string(node.kind));
    members.push_back(std::move(member));
  }
  json["members"] = std::move(members);
  return json;
}

}  // namespace

void ComponentsCommand::configure(CLI::App& app) {
  window_.add_to(app);
  app.footer(
      "Nodes are the actors with at least one event in the window; an actor whose pairs all\n"
      "have fewer than --min-events events is a component of its own. Largest first,\n"
      "equal sizes by their first member's code; members by code. The table lists codes;\n"
      "json has {component, size, members: [{code, name, kind}]}, csv a row per member\n"
      "(component,size,code,name,kind). See docs/cli.md.\n"
      "Examples:\n"
      "  dipgraph components\n"
      "  dipgraph components --type conflict --min-events 2 --format json");
}

ExitCode ComponentsCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                           OutputFormat::csv}, name());
  const graphs::GraphViewOptions view_options = window_.view_options();
  view_options.validate();
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  const graphs::GraphView view = graphs::build_graph_view(store, view_options);
  const auto components = graphs::connected_components(view.graph);
  const auto& graph = view.graph;
  switch (globals.format) {
    case OutputFormat::table: {
      Table table({{"COMPONENT", Align::right}, {"SIZE", Align::right}, {"MEMBERS"}});
      for (std::size_t i = 0; i < components.size(); ++i) {
        std::string members;
        for (const auto v : components[i].members) {
          if (!members.empty()) members += ", ";
          members += graph[v].code;
        }
        table.add_row({std::to_string(i + 1), std::to_string(components[i].members.size()),
                       members});
      }
      table.print(std::cout);
      break;
    }
    case OutputFormat::json: {
      Json array = Json::array();
      for (std::size_t i = 0; i < components.size(); ++i) {
        array.push_back(component_json(graph, components[i], i + 1));
      }
      write_json(std::cout, array);
      break;
    }
    case OutputFormat::jsonl:
      for (std::size_t i = 0; i < components.size(); ++i) {
        write_jsonl(std::cout, component_json(graph, components[i], i + 1));
      }
      break;
    case OutputFormat::csv:
      write_csv_row(std::cout, {"component", "size", "code", "name", "kind"});
      for (std::size_t i = 0; i < components.size(); ++i) {
        for (const auto v : components[i].members) {
          const auto& node = graph[v];
          write_csv_row(std::cout,
                        {std::to_string(i + 1), std::to_string(components[i].members.size()),
                         node.code, node.name, std::string(core::to_string(node.kind))});
        }
      }
      break;
    case OutputFormat::dot:
      break;  // rejected by require_format
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
