#include "cli/fact_json.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/store.hpp"
#include "importers/article/extractor.hpp"

using dipgraph::cli::append_fact_jsonl;
using dipgraph::cli::fact_json;
using dipgraph::cli::json_line;
using dipgraph::core::Date;
using dipgraph::importers::article::Fact;

TEST_SUITE("fact_json") {
  TEST_CASE("append_fact_jsonl writes the line json_line(fact_json) writes, for every optional part") {
    Fact fact;
    fact.type = "role";
    fact.source.kind = dipgraph::core::ActorKind::person;
    fact.source.code = "marta-olivares";
    fact.source.name = "Marta \"Olivares\" Rojas\xC3\xA9";
    fact.target.code = "CHL";
    fact.target.name = "Chile";
    fact.date = *Date::parse("2024-05");
    fact.title = "president";
    fact.confidence = 0.7;
    fact.evidence.push_back({3, "She said \xE2\x80\x9Cyes\xE2\x80\x9D.\tDone \\ \x01"});
    SUBCASE("a role with one sentence, a person with a state") { fact.source.state = "CHL"; }
    SUBCASE("a person without a state, an inferred date, several sentences, an end date") {
      fact.type = "visit";
      fact.date_inferred = true;
      fact.date_end = *Date::parse("2024-06-01");
      fact.evidence.push_back({7, "Invalid \xC3 byte."});
      fact.confidence = 0.8;
    }
    SUBCASE("no evidence, a nameless actor") {
      fact.type = "meeting";
      fact.evidence.clear();
      fact.target.name.clear();
      fact.confidence = 0.5;
    }
    std::string line;
    append_fact_jsonl(line, "art\"icle", fact);
    CHECK(line == json_line(fact_json("art\"icle", fact)) + "\n");
  }

  TEST_CASE("append_fact_jsonl agrees with fact_json on every fact of the test articles") {
    const auto store = dipgraph::core::Store::open_in_memory();
    const dipgraph::importers::article::Extractor extractor(store);
    std::size_t facts = 0;
    for (const char* name : {"dev/a1.txt", "dev/a2.txt", "dev/a3.txt", "dev/a10.txt"}) {
      std::ifstream file(std::string(DIPGRAPH_TEST_DATA) + "/articles/" + name, std::ios::binary);
      REQUIRE(file);
      std::ostringstream text;
      text << file.rdbuf();
      for (const auto& fact : extractor.extract(text.str(), name).facts) {
        std::string line;
        append_fact_jsonl(line, name, fact);
        CHECK(line == json_line(fact_json(name, fact)) + "\n");
        ++facts;
      }
    }
    CHECK(facts > 10);
  }
}
