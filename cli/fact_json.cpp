#include "cli/fact_json.hpp"

namespace dipgraph::cli {

Json fact_actor_json(const importers::article::ActorRef& actor) {
  Json json = Json::object();
  json["name"] = actor.name.empty() ? actor.code : actor.name;
  json["kind"] = std::string(core::to_string(actor.kind));
  json["code"] = actor.code;
  if (actor.kind == core::ActorKind::person) json["state"] = json_or_null(actor.state);
  return json;
}

Json fact_json(const std::string& article, const importers::article::Fact& fact) {
  Json json = Json::object();
  json["article"] = article;
  json["type"] = fact.type;
  json["source"] = fact_actor_json(fact.source);
  json["target"] = fact_actor_json(fact.target);
  json["date"] = fact.date.to_string();
  json["date_end"] = fact.date_end ? Json(fact.date_end->to_string()) : Json(nullptr);
  json["precision"] = std::string(core::to_string(fact.date.precision));
  json["confidence"] = fact.confidence;
  json["sentence"] = fact.evidence.empty() ? 0 : fact.evidence.front().sentence;
  json["evidence"] = fact.evidence.empty() ? std::string() : fact.evidence.front().text;
  if (fact.type == "role") json["title"] = fact.title;
  if (fact.date_inferred) json["date_inferred"] = true;
  if (fact.evidence.size() > 1) {
    Json sentences = Json::array();
    for (const auto& evidence : fact.evidence) sentences.push_back(evidence.sentence);
    json["sentences"] = std::move(sentences);
  }
  return json;
}

}  // namespace dipgraph::cli
