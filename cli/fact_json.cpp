#include "cli/fact_json.hpp"

#include <utility>
#include <vector>

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

namespace {

void append_actor_jsonl(std::string& out, const importers::article::ActorRef& actor) {
  out += "{\"name\": ";
  append_json_string(out, actor.name.empty() ? actor.code : actor.name);
  out += ", \"kind\": ";
  append_json_string(out, core::to_string(actor.kind));
  out += ", \"code\": ";
  append_json_string(out, actor.code);
  if (actor.kind == core::ActorKind::person) {
    out += ", \"state\": ";
    if (actor.state) {
      append_json_string(out, *actor.state);
    } else {
      out += "null";
    }
  }
  out += '}';
}

/// nlohmann's shortest round-trip form of a confidence, remembered for the few
/// values facts carry (formatting a double through a Json costs more than the rest).
const std::string& confidence_text(double confidence) {
  thread_local std::vector<std::pair<double, std::string>> known;
  for (const auto& [value, text] : known) {
    if (value == confidence) return text;
  }
  if (known.size() >= 16) known.clear();
  known.emplace_back(confidence, json_line(Json(confidence)));
  return known.back().second;
}

}  // namespace

void append_fact_jsonl(std::string& out, const std::string& article, const importers::article::Fact& fact) {
  out += "{\"article\": ";
  append_json_string(out, article);
  out += ", \"type\": ";
  append_json_string(out, fact.type);
  out += ", \"source\": ";
  append_actor_jsonl(out, fact.source);
  out += ", \"target\": ";
  append_actor_jsonl(out, fact.target);
  out += ", \"date\": ";
  append_json_string(out, fact.date.to_string());
  out += ", \"date_end\": ";
  if (fact.date_end) {
    append_json_string(out, fact.date_end->to_string());
  } else {
    out += "null";
  }
  out += ", \"precision\": ";
  append_json_string(out, core::to_string(fact.date.precision));
  out += ", \"confidence\": ";
  out += confidence_text(fact.confidence);
  out += ", \"sentence\": ";
  out += std::to_string(fact.evidence.empty() ? 0 : fact.evidence.front().sentence);
  out += ", \"evidence\": ";
  append_json_string(out, fact.evidence.empty() ? std::string_view() : std::string_view(fact.evidence.front().text));
  if (fact.type == "role") {
    out += ", \"title\": ";
    append_json_string(out, fact.title);
  }
  if (fact.date_inferred) out += ", \"date_inferred\": true";
  if (fact.evidence.size() > 1) {
    out += ", \"sentences\": [";
    for (std::size_t k = 0; k < fact.evidence.size(); ++k) {
      if (k > 0) out += ", ";
      out += std::to_string(fact.evidence[k].sentence);
    }
    out += ']';
  }
  out += "}\n";
}

}  // namespace dipgraph::cli
