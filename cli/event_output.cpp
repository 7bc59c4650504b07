#include "cli/event_output.hpp"

#include <string>

#include "cli/event_json.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_table.hpp"
#include "cli/output_text.hpp"

namespace dipgraph::cli {
namespace {

std::string actor_label(const core::EventActor& actor) {
  if (actor.kind == core::ActorKind::person && actor.state) {
    return actor.name + " (" + *actor.state + ")";
  }
  return actor.name;
}

std::string date_label(const core::EventRecord& event) {
  std::string label = event.date.to_string();
  if (event.date_end) label += ".." + event.date_end->to_string();
  return label;
}

void print_table(std::ostream& out, const std::vector<core::EventRecord>& events) {
  Table table({{"ID", Align::right},
               {"DATE"},
               {"TYPE"},
               {"SOURCE"},
               {"TARGET"},
               {"WEIGHT", Align::right},
               {"EVIDENCE"}});
  for (const auto& event : events) {
    // Built in place: a braced list would copy every cell once more.
    std::vector<std::string> cells;
    cells.reserve(7);
    cells.push_back(std::to_string(event.id));
    cells.push_back(date_label(event));
    cells.push_back(event.type);
    cells.push_back(actor_label(event.source));
    cells.push_back(actor_label(event.target));
    cells.push_back(format_fixed(event.weight, 1));
    cells.push_back(event.evidence.value_or(""));
    table.add_row(std::move(cells));
  }
  table.print(out);
}

void print_csv(std::ostream& out, const std::vector<core::EventRecord>& events) {
  write_csv_row(out, event_csv_columns());
  for (const auto& event : events) {
    std::string urls;
    for (const auto& source : event.sources) {
      if (!source.url) continue;
      if (!urls.empty()) urls += ' ';
      urls += *source.url;
    }
    const auto state = [](const core::EventActor& actor) {
      return actor.kind == core::ActorKind::person ? actor.state.value_or("") : std::string();
    };
    write_csv_row(out, {std::to_string(event.id), event.type, event.cameo, event.plover,
                        event.source.code, event.source.name,
                        std::string(core::to_string(event.source.kind)), state(event.source),
                        event.target.code, event.target.name,
                        std::string(core::to_string(event.target.kind)), state(event.target),
                        event.date.to_string(),
                        event.date_end ? event.date_end->to_string() : std::string(),
                        std::string(core::to_string(event.date.precision)),
                        format_number(event.weight), format_number(event.confidence),
                        event.evidence.value_or(""), std::to_string(event.sources.size()), urls});
  }
}

}  // namespace

const std::vector<std::string>& event_csv_columns() {
  static const std::vector<std::string> columns = {
      "id",          "type",        "cameo",        "plover",      "source_code",
      "source_name", "source_kind", "source_state", "target_code", "target_name",
      "target_kind", "target_state", "date",        "date_end",    "precision",
      "weight",      "confidence",  "evidence",     "sources",     "urls"};
  return columns;
}

void print_events(std::ostream& out, const std::vector<core::EventRecord>& events,
                  OutputFormat format) {
  switch (format) {
    case OutputFormat::table:
      print_table(out, events);
      return;
    case OutputFormat::json: {
      Json array = Json::array();
      for (const auto& event : events) array.push_back(event_json(event));
      write_json(out, array);
      return;
    }
    case OutputFormat::jsonl:
      for (const auto& event : events) write_jsonl(out, event_json(event));
      return;
    case OutputFormat::csv:
      print_csv(out, events);
      return;
    case OutputFormat::dot:
      return;  // commands that list events reject dot before printing
  }
}

}  // namespace dipgraph::cli
