#include "core/event_type.hpp"

#include "core/tsv.hpp"

namespace dipgraph::core {
namespace {

std::vector<EventType> load_event_types() {
  const TsvTable table = embedded_tsv("event_types.tsv");
  const auto name = table.column("type", "event_types.tsv");
  const auto plover = table.column("plover", "event_types.tsv");
  const auto cameo = table.column("cameo", "event_types.tsv");
  const auto weight = table.column("weight", "event_types.tsv");
  const auto directed = table.column("directed", "event_types.tsv");
  const auto description = table.column("description", "event_types.tsv");
  std::vector<EventType> types;
  for (const auto& row : table.rows) {
    types.push_back(EventType{row.fields[name], row.fields[plover], row.fields[cameo],
                              std::stod(row.fields[weight]), row.fields[directed] == "1",
                              row.fields[description]});
  }
  return types;
}

}  // namespace

const std::vector<EventType>& event_types() {
  static const std::vector<EventType> types = load_event_types();
  return types;
}

const EventType* find_event_type(std::string_view name) {
  for (const auto& type : event_types()) {
    if (type.name == name) return &type;
  }
  return nullptr;
}

std::string event_type_names() {
  std::string names;
  for (const auto& type : event_types()) {
    if (!names.empty()) names += ", ";
    names += type.name;
  }
  return names;
}

}  // namespace dipgraph::core
