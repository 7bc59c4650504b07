#include "importers/fact_record.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <variant>
#include <vector>

using dipgraph::core::ActorKind;
using dipgraph::core::AliasEntry;
using dipgraph::core::AliasKind;
using dipgraph::core::DatePrecision;
using dipgraph::core::Resolver;
using dipgraph::importers::Fact;
using dipgraph::importers::NamedRecord;
using dipgraph::importers::to_fact;

namespace {

Resolver tiny_resolver() {
  return Resolver({
      {"PAK", ActorKind::state, "Pakistan", "Pakistan", AliasKind::name},
      {"PAK", ActorKind::state, "Pakistan", "PAK", AliasKind::code},
      {"IND", ActorKind::state, "India", "India", AliasKind::name},
      {"IND", ActorKind::state, "India", "IND", AliasKind::code},
      {"GEO", ActorKind::state, "Georgia", "Georgia", AliasKind::name},
      {"georgia-state", ActorKind::org, "Georgia State Office", "Georgia", AliasKind::alt},
  });
}

NamedRecord record(std::vector<std::pair<std::string, std::string>> fields) {
  NamedRecord result;
  result.line = 7;
  result.fields = std::move(fields);
  return result;
}

NamedRecord good_record() {
  return record({{"date", "2024-11-25"},
                 {"type", "visit"},
                 {"source", "India"},
                 {"target", "PAK"},
                 {"evidence", "The minister arrived."},
                 {"url", "https://example.org/a"},
                 {"source_note", "wire, 2024-11-26"},
                 {"published", "2024-11-26"}});
}

/// The problem a record gives, "" when it is a valid fact.
std::string problem(const NamedRecord& input) {
  auto result = to_fact(input, tiny_resolver());
  if (auto* reason = std::get_if<std::string>(&result)) return *reason;
  return "";
}

NamedRecord with(std::string column, std::string value) {
  NamedRecord result = good_record();
  for (auto& [name, field] : result.fields) {
    if (name == column) {
      field = std::move(value);
      return result;
    }
  }
  result.fields.emplace_back(std::move(column), std::move(value));
  return result;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_SUITE("fact_record") {
  TEST_CASE("a valid record becomes an event with its provenance") {
    auto result = to_fact(good_record(), tiny_resolver());
    REQUIRE(std::holds_alternative<Fact>(result));
    const Fact& fact = std::get<Fact>(result);
    CHECK(fact.event.type == "visit");
    CHECK(fact.event.source_code == "IND");
    CHECK(fact.event.target_code == "PAK");
    CHECK(fact.event.date.to_string() == "2024-11-25");
    CHECK_FALSE(fact.event.date_end);
    CHECK(fact.event.evidence == "The minister arrived.");
    CHECK(fact.provenance.url == "https://example.org/a");
    CHECK(fact.provenance.note == "wire, 2024-11-26");
    CHECK(fact.provenance.published == "2024-11-26");
    CHECK(fact.provenance.evidence == "The minister arrived.");
    CHECK_FALSE(fact.provenance.title);
  }

  TEST_CASE("coarse dates, a date range and an upper-case type are accepted") {
    NamedRecord input = with("type", "Meeting");
    input.fields[0].second = "2024-03";
    input.fields.emplace_back("date_end", "2024-03-15");
    auto result = to_fact(input, tiny_resolver());
    REQUIRE(std::holds_alternative<Fact>(result));
    const Fact& fact = std::get<Fact>(result);
    CHECK(fact.event.type == "meeting");
    CHECK(fact.event.date.precision == DatePrecision::month);
    REQUIRE(fact.event.date_end);
    CHECK(fact.event.date_end->to_string() == "2024-03-15");
  }

  TEST_CASE("an unknown type lists the valid types") {
    auto reason = problem(with("type", "vist"));
    CHECK(contains(reason, "unknown event type 'vist'"));
    CHECK(contains(reason, "visit, meeting"));
  }

  TEST_CASE("an unknown actor suggests near misses") {
    CHECK(contains(problem(with("target", "Pakistn")),
                   "unknown actor 'Pakistn' (did you mean Pakistan?)"));
  }

  TEST_CASE("an ambiguous actor lists the candidates") {
    auto reason = problem(with("source", "Georgia"));
    CHECK(contains(reason, "ambiguous actor 'Georgia'"));
    CHECK(contains(reason, "GEO (Georgia, state)"));
    CHECK(contains(reason, "georgia-state (Georgia State Office, org)"));
  }

  TEST_CASE("bad dates and a range ending before it starts are rejected") {
    CHECK(contains(problem(with("date", "2023-02-30")), "bad date '2023-02-30'"));
    CHECK(contains(problem(with("date", "25/11/2024")), "bad date"));
    CHECK(contains(problem(with("date_end", "2024-11-24")), "date_end 2024-11-24 is before date"));
    CHECK(problem(with("date_end", "2024-11")) == "");
    CHECK(contains(problem(with("published", "yesterday")), "bad published 'yesterday'"));
  }

  TEST_CASE("the same actor on both sides is rejected, however it is named") {
    CHECK(contains(problem(with("source", "Pakistan")), "same actor"));
  }

  TEST_CASE("missing required values are named, and several problems are joined") {
    auto reason = problem(record({{"date", "2024"}, {"source", "Narnia"}}));
    CHECK(contains(reason, "missing 'type'"));
    CHECK(contains(reason, "missing 'target'"));
    CHECK(contains(reason, "unknown actor 'Narnia'"));
  }

  TEST_CASE("a record the reader rejected keeps its reason") {
    NamedRecord bad = good_record();
    bad.error = "invalid UTF-8";
    CHECK(problem(bad) == "invalid UTF-8");
  }
}
