#include "core/cameo.hpp"

#include <doctest/doctest.h>

#include "core/event_type.hpp"

using namespace dipgraph::core;

TEST_SUITE("cameo") {
  TEST_CASE("visits go from guest to host whichever side CAMEO codes as source") {
    const CameoCode* visit = find_cameo("042");
    REQUIRE(visit != nullptr);
    CHECK(visit->type == "visit");
    CHECK_FALSE(visit->reversed);
    const CameoCode* host = find_cameo("043");
    REQUIRE(host != nullptr);
    CHECK(host->type == "visit");
    CHECK(host->reversed);
  }

  TEST_CASE("the codes the issue names map to their types with their Goldstein values") {
    CHECK(find_cameo("057")->type == "agreement");
    CHECK(find_cameo("057")->weight == doctest::Approx(8.0));
    CHECK(find_cameo("163")->type == "sanction");
    CHECK(find_cameo("163")->weight == doctest::Approx(-8.0));
    for (const char* code : {"18", "180", "1823", "19", "190", "192", "20", "2042"}) {
      CAPTURE(code);
      CHECK(find_cameo(code)->type == "conflict");
    }
    CHECK(find_cameo("010")->type == "other");
    CHECK(find_cameo("1213")->weight == doctest::Approx(-4.0));
  }

  TEST_CASE("every code maps to a known event type with a weight in -10..10") {
    // Walk all codes through their names' table: every root and sub-code.
    int codes = 0;
    for (int root = 1; root <= 20; ++root) {
      const std::string prefix = (root < 10 ? "0" : "") + std::to_string(root);
      const CameoCode* entry = find_cameo(prefix);
      REQUIRE(entry != nullptr);
      CHECK(entry->code == prefix);
      ++codes;
      CHECK(find_event_type(entry->type) != nullptr);
      CHECK(entry->weight >= -10.0);
      CHECK(entry->weight <= 10.0);
    }
    CHECK(codes == 20);
  }

  TEST_CASE("an unlisted sub-code takes its longest listed prefix, an unknown root nothing") {
    const CameoCode* entry = find_cameo("0435");
    REQUIRE(entry != nullptr);
    CHECK(entry->code == "043");
    CHECK(find_cameo("1639")->code == "163");
    CHECK(find_cameo("99") == nullptr);
    CHECK(find_cameo("9") == nullptr);
    CHECK(find_cameo("") == nullptr);
  }

  TEST_CASE("names of either table find their code, case and blanks ignored") {
    CHECK(find_cameo_by_name("Make a visit")->code == "042");
    CHECK(find_cameo_by_name("  host a   VISIT ")->code == "043");
    CHECK(find_cameo_by_name("Sign formal agreement")->code == "057");
    CHECK(find_cameo_by_name("Consult")->code == "040");  // ICEWS's name of 040, GDELT's of root 04
    CHECK(find_cameo_by_name("THREATEN")->code == "130");
    CHECK(find_cameo_by_name("exhibit force posture")->code == "15");  // a root-only name
    CHECK(find_cameo_by_name("no such event") == nullptr);
  }
}
