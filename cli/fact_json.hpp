#pragma once
// Extracted article facts as JSON: the stable shape of `extract --format jsonl`.

#include <string>

#include "cli/output_json.hpp"
#include "importers/article/events.hpp"

namespace dipgraph::cli {

/// {"name", "kind", "code"} and, for people, "state" (null when unknown).
Json fact_actor_json(const importers::article::ActorRef& actor);

/// One fact with keys in this order (a contract; keys are only ever added):
/// article, type, source, target, date, date_end, precision, confidence,
/// sentence, evidence, then "title" for roles, "date_inferred": true when the
/// text gives no date, and "sentences" (every evidence sentence) when the fact
/// is reported more than once.
Json fact_json(const std::string& article, const importers::article::Fact& fact);

/// Appends json_line(fact_json(article, fact)) and a newline, written directly:
/// `extract --format jsonl` prints many facts, and building each as a Json first
/// cost a large part of the whole extraction.
void append_fact_jsonl(std::string& out, const std::string& article, const importers::article::Fact& fact);

}  // namespace dipgraph::cli
