#include "cli/event_json.hpp"

#include "cli/output_text.hpp"

namespace dipgraph::cli {

Json event_actor_json(const core::EventActor& actor) {
  Json json = Json::object();
  json["code"] = actor.code;
  json["name"] = actor.name;
  json["kind"] = std::string(core::to_string(actor.kind));
  if (actor.kind == core::ActorKind::person) json["state"] = json_or_null(actor.state);
  return json;
}

Json event_json(const core::EventRecord& event) {
  Json json = Json::object();
  json["id"] = event.id;
  json["type"] = event.type;
  json["cameo"] = event.cameo;
  json["plover"] = event.plover;
  json["source"] = event_actor_json(event.source);
  json["target"] = event_actor_json(event.target);
  json["date"] = event.date.to_string();
  json["date_end"] = event.date_end ? Json(event.date_end->to_string()) : Json(nullptr);
  json["precision"] = std::string(core::to_string(event.date.precision));
  json["weight"] = round_for_output(event.weight);
  json["confidence"] = round_for_output(event.confidence);
  json["evidence"] = json_or_null(event.evidence);
  Json sources = Json::array();
  for (const auto& source : event.sources) {
    Json item = Json::object();
    item["url"] = json_or_null(source.url);
    item["title"] = json_or_null(source.title);
    item["published"] = json_or_null(source.published);
    item["evidence"] = json_or_null(source.evidence);
    item["sentence"] = json_or_null(source.sentence);
    item["note"] = json_or_null(source.note);
    item["document"] = source.document;
    sources.push_back(std::move(item));
  }
  json["sources"] = std::move(sources);
  return json;
}

}  // namespace dipgraph::cli
