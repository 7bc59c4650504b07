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

void write_actor(JsonBuffer& out, const importers::article::ActorRef& actor) {
  out.literal("{\"name\": ");
  out.string(actor.name.empty() ? actor.code : actor.name);
  out.literal(", \"kind\": ");
  out.string(core::to_string(actor.kind));
  out.literal(", \"code\": ");
  out.string(actor.code);
  if (actor.kind == core::ActorKind::person) {
    out.literal(", \"state\": ");
    if (actor.state) {
      out.string(*actor.state);
    } else {
      out.literal("null");
    }
  }
  out.literal("}");
}

/// A date as Date::to_string() writes it (YYYY, YYYY-MM or YYYY-MM-DD), quoted.
void write_date(JsonBuffer& out, const core::Date& date) {
  if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 || date.day > 99) {
    out.string(date.to_string());  // what format_day's fallback prints
    return;
  }
  char text[12] = {'"', '0', '0', '0', '0', '-', '0', '0', '-', '0', '0', '"'};
  const int month = date.month == 0 ? 1 : date.month;
  const int day = date.day == 0 ? 1 : date.day;
  text[1] = static_cast<char>('0' + date.year / 1000);
  text[2] = static_cast<char>('0' + date.year / 100 % 10);
  text[3] = static_cast<char>('0' + date.year / 10 % 10);
  text[4] = static_cast<char>('0' + date.year % 10);
  text[6] = static_cast<char>('0' + month / 10);
  text[7] = static_cast<char>('0' + month % 10);
  text[9] = static_cast<char>('0' + day / 10);
  text[10] = static_cast<char>('0' + day % 10);
  switch (date.precision) {
    case core::DatePrecision::year:
      text[5] = '"';
      out.raw(std::string_view(text, 6));
      return;
    case core::DatePrecision::month:
      text[8] = '"';
      out.raw(std::string_view(text, 9));
      return;
    case core::DatePrecision::day: break;
  }
  out.raw(std::string_view(text, 12));
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
  JsonBuffer line(out);
  const auto actor_bytes = [](const importers::article::ActorRef& actor) {
    return actor.name.size() + actor.code.size() * 2 + (actor.state ? actor.state->size() : 0) + actor.title.size();
  };
  const std::size_t evidence = fact.evidence.empty() ? 0 : fact.evidence.front().text.size();
  // Room for the whole line at once: every string escaped at worst (6 bytes a byte).
  line.reserve(512 + 24 * fact.evidence.size() +
               6 * (article.size() + fact.type.size() + actor_bytes(fact.source) + actor_bytes(fact.target) +
                    evidence + fact.title.size()));
  line.literal("{\"article\": ");
  line.string(article);
  line.literal(", \"type\": ");
  line.string(fact.type);
  line.literal(", \"source\": ");
  write_actor(line, fact.source);
  line.literal(", \"target\": ");
  write_actor(line, fact.target);
  line.literal(", \"date\": ");
  write_date(line, fact.date);
  line.literal(", \"date_end\": ");
  if (fact.date_end) {
    write_date(line, *fact.date_end);
  } else {
    line.literal("null");
  }
  line.literal(", \"precision\": ");
  line.string(core::to_string(fact.date.precision));
  line.literal(", \"confidence\": ");
  line.raw(confidence_text(fact.confidence));
  line.literal(", \"sentence\": ");
  line.integer(fact.evidence.empty() ? 0 : fact.evidence.front().sentence);
  line.literal(", \"evidence\": ");
  line.string(fact.evidence.empty() ? std::string_view() : std::string_view(fact.evidence.front().text));
  if (fact.type == "role") {
    line.literal(", \"title\": ");
    line.string(fact.title);
  }
  if (fact.date_inferred) line.literal(", \"date_inferred\": true");
  if (fact.evidence.size() > 1) {
    line.literal(", \"sentences\": [");
    for (std::size_t k = 0; k < fact.evidence.size(); ++k) {
      if (k > 0) line.literal(", ");
      line.integer(fact.evidence[k].sentence);
    }
    line.literal("]");
  }
  line.literal("}\n");
}

}  // namespace dipgraph::cli
