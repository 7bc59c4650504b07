#include "core/embedded_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/event_type.hpp"

using namespace dipgraph::core;

TEST_SUITE("embedded_data") {
  TEST_CASE("data/event_types.tsv is compiled into the library") {
    const auto names = embedded_file_names();
    CHECK(std::find(names.begin(), names.end(), "event_types.tsv") != names.end());
    const auto contents = embedded_file("event_types.tsv");
    REQUIRE(contents);
    CHECK(contents->find("type\tplover\tcameo\tweight\tdirected\tdescription") != std::string_view::npos);
    CHECK_FALSE(embedded_file("nope.tsv"));
    CHECK_FALSE(embedded_file(""));
  }

  TEST_CASE("event_types loads the ten types in file order with their directedness") {
    const std::vector<std::pair<std::string, bool>> expected = {
        {"visit", true},    {"meeting", false}, {"agreement", false},
        {"sanction", true}, {"support", true},  {"aid", true},
        {"conflict", false}, {"threat", true},  {"reject", true}, {"other", true},
    };
    const auto& types = event_types();
    REQUIRE(types.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CAPTURE(expected[i].first);
      CHECK(types[i].name == expected[i].first);
      CHECK(types[i].directed == expected[i].second);
      CHECK_FALSE(types[i].description.empty());
      CHECK(types[i].weight >= -10.0);
      CHECK(types[i].weight <= 10.0);
    }
    CHECK(event_type_names() ==
          "visit, meeting, agreement, sanction, support, aid, conflict, threat, reject, other");
  }

  TEST_CASE("event type fields keep the data file's values") {
    const EventType* visit = find_event_type("visit");
    REQUIRE(visit != nullptr);
    CHECK(visit->plover == "CONSULT");
    CHECK(visit->cameo == "042");  // the leading zero is kept
    CHECK(visit->weight == doctest::Approx(1.9));
    const EventType* conflict = find_event_type("conflict");
    REQUIRE(conflict != nullptr);
    CHECK(conflict->weight == doctest::Approx(-10.0));
    CHECK_FALSE(conflict->directed);
  }

  TEST_CASE("find_event_type knows only the exact lower-case names") {
    CHECK(find_event_type("nope") == nullptr);
    CHECK(find_event_type("") == nullptr);
    CHECK(find_event_type("Visit") == nullptr);
    CHECK(find_event_type("meeting") == &event_types()[1]);
  }
}
