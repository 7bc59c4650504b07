#include "importers/fact_record.hpp"

#include <optional>
#include <vector>

#include "core/event_type.hpp"
#include "importers/actor_lookup.hpp"
#include "importers/date_field.hpp"

namespace dipgraph::importers {
namespace {

std::string lower(std::string text) {
  for (auto& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

/// The actor code `column` names, or nullopt with the reason in problems.
std::optional<core::ActorMatch> actor_field(const NamedRecord& record, std::string_view column,
                                            const core::Resolver& resolver,
                                            std::vector<std::string>& problems) {
  auto name = record.get(column);
  if (!name) return std::nullopt;  // reported as missing already
  auto resolution = resolver.resolve(*name, core::NameContext::structured);
  if (resolution.resolved()) return resolution.candidates.front();
  problems.push_back(std::string(column) + ": " +
                     unresolved_reason(resolver, "actor", *name, resolution));
  return std::nullopt;
}

}  // namespace

const ColumnSpec& fact_columns() {
  static const ColumnSpec kColumns{
      {"date", "type", "source", "target"},
      {"date_end", "evidence", "url", "source_note", "title", "published"}};
  return kColumns;
}

std::variant<Fact, std::string> to_fact(const NamedRecord& record,
                                        const core::Resolver& resolver) {
  if (record.error) return *record.error;
  std::vector<std::string> problems;
  for (const auto& column : fact_columns().required) {
    if (!record.get(column)) problems.push_back("missing '" + column + "'");
  }

  auto date = date_field(record, "date", problems);
  auto date_end = date_field(record, "date_end", problems);
  if (date && date_end && ends_before(*date_end, *date)) {
    problems.push_back("date_end " + date_end->to_string() + " is before date " +
                       date->to_string());
  }

  const core::EventType* type = nullptr;
  if (auto name = record.get("type")) {
    type = core::find_event_type(lower(*name));
    if (!type) {
      problems.push_back("unknown event type '" + *name + "' (valid types: " +
                         core::event_type_names() + ")");
    }
  }

  auto source = actor_field(record, "source", resolver, problems);
  auto target = actor_field(record, "target", resolver, problems);
  if (source && target && source->code == target->code) {
    problems.push_back("source and target are the same actor (" + describe(*source) + ")");
  }

  auto published = date_field(record, "published", problems);

  if (!problems.empty()) return join_problems(problems);

  Fact fact;
  fact.event.type = type->name;
  fact.event.source_code = source->code;
  fact.event.target_code = target->code;
  fact.event.date = *date;
  fact.event.date_end = date_end;
  fact.event.evidence = record.get("evidence");
  fact.provenance.url = record.get("url");
  fact.provenance.title = record.get("title");
  if (published) fact.provenance.published = published->to_string();
  fact.provenance.evidence = fact.event.evidence;
  fact.provenance.note = record.get("source_note");
  return fact;
}

}  // namespace dipgraph::importers
