#include "graphs/paths.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/graphs/path_codes.hpp"
#include "graphs/strength.hpp"

using namespace dipgraph::graphs;
using dipgraph::test::path_codes;
using dipgraph::UsageError;
using dipgraph::core::Date;
using dipgraph::core::Document;
using dipgraph::core::NewEvent;
using dipgraph::core::Store;

namespace {

using Codes = std::vector<std::string>;

struct Fixture {
  Store store = Store::open_in_memory();
  long long doc = store.ensure_document(Document{"facts", "facts/paths.csv", {}, {}, {}});
  int day = 0;

  /// `count` events of `type` between two actors, each on its own day.
  void add(const char* source, const char* target, int count = 1, const char* type = "meeting") {
    for (int i = 0; i < count; ++i) {
      NewEvent event;
      event.type = type;
      event.source_code = source;
      event.target_code = target;
      ++day;
      event.date = *Date::parse("20" + std::to_string(10 + day / 300) + "-" +
                                (day % 12 + 1 < 10 ? "0" : "") + std::to_string(day % 12 + 1) + "-" +
                                (day % 28 + 1 < 10 ? "0" : "") + std::to_string(day % 28 + 1));
      store.add_event(event, doc, {});
    }
  }

  GraphView view() const { return build_graph_view(store, GraphViewOptions{}); }
};

/// PAK - RUS directly (2 events), through BLR (3 + 3), through CHN (1 + 7),
/// through IRN and TUR (1 + 1 + 1); RUS - UKR; KIR - TUV on their own.
Fixture network() {
  Fixture f;
  f.add("PAK", "RUS", 2);
  f.add("PAK", "BLR", 3);
  f.add("BLR", "RUS", 3);
  f.add("CHN", "PAK", 1);
  f.add("RUS", "CHN", 7);
  f.add("PAK", "IRN", 1);
  f.add("IRN", "TUR", 1);
  f.add("TUR", "RUS", 1);
  f.add("RUS", "UKR", 1);
  f.add("KIR", "TUV", 1);
  return f;
}

}  // namespace

TEST_SUITE("paths") {
  TEST_CASE("two-hop ties are the common neighbours, strongest first, without the direct tie") {
    const Fixture f = network();
    const GraphView view = f.view();
    const auto paths = indirect_paths(view, "PAK", "RUS", 2, 10);
    CHECK(path_codes(paths) == Codes{"PAK-BLR-RUS", "PAK-CHN-RUS"});
    CHECK(paths[0].strength == doctest::Approx(1.0));   // 1 / (1/2 + 1/2)
    CHECK(paths[1].strength == doctest::Approx(0.75));  // 1 / (1/1 + 1/3)
    REQUIRE(paths[0].hops.size() == 2);
    CHECK(paths[0].hops[0].from == "PAK");
    CHECK(paths[0].hops[0].to == "BLR");
    CHECK(paths[0].hops[0].props.events == 3);
    CHECK(paths[0].hops[0].strength == doctest::Approx(2.0));
    CHECK(paths[0].hops[1].from == "BLR");
    CHECK(paths[0].hops[1].to == "RUS");
    CHECK(paths[0].node_props[1].name == "Belarus");
    CHECK(paths[1].hops[1].props.events == 7);
  }

  TEST_CASE("longer searches add longer paths, ranked below stronger short ones") {
    const Fixture f = network();
    const GraphView view = f.view();
    CHECK(path_codes(indirect_paths(view, "PAK", "RUS", 3, 10)) ==
          Codes{"PAK-BLR-RUS", "PAK-CHN-RUS", "PAK-IRN-TUR-RUS"});
    const auto paths = indirect_paths(view, "PAK", "RUS", 4, 10);
    CHECK(paths.back().strength == doctest::Approx(1.0 / 3.0));
    // Paths are simple: none goes back through PAK or RUS.
    for (const auto& path : paths) {
      CHECK(std::count(path.nodes.begin(), path.nodes.end(), "PAK") == 1);
      CHECK(std::count(path.nodes.begin(), path.nodes.end(), "RUS") == 1);
    }
  }

  TEST_CASE("max_paths keeps only the strongest") {
    const Fixture f = network();
    const GraphView view = f.view();
    CHECK(path_codes(indirect_paths(view, "PAK", "RUS", 3, 1)) == Codes{"PAK-BLR-RUS"});
    CHECK(indirect_paths(view, "PAK", "RUS", 3, 0).empty());
  }

  TEST_CASE("the hop limit is checked and unknown or equal ends give no paths") {
    const Fixture f = network();
    const GraphView view = f.view();
    CHECK_THROWS_AS(indirect_paths(view, "PAK", "RUS", 1, 10), UsageError);
    CHECK_THROWS_AS(indirect_paths(view, "PAK", "RUS", kMaxIndirectHops + 1, 10), UsageError);
    CHECK(indirect_paths(view, "PAK", "PAK", 2, 10).empty());
    CHECK(indirect_paths(view, "PAK", "XXX", 2, 10).empty());
    CHECK(indirect_paths(view, "PAK", "KIR", 4, 10).empty());
  }

  TEST_CASE("the strongest path may take more hops than the shortest") {
    Fixture f;
    f.add("PAK", "USA", 1);
    f.add("PAK", "GBR", 15);
    f.add("GBR", "USA", 15);
    const GraphView view = f.view();
    const auto strongest = strongest_path(view, "PAK", "USA");
    REQUIRE(strongest);
    CHECK(strongest->nodes == Codes{"PAK", "GBR", "USA"});
    CHECK(strongest->strength == doctest::Approx(2.0));  // 1 / (1/4 + 1/4)
    const auto shortest = shortest_path(view, "PAK", "USA");
    REQUIRE(shortest);
    CHECK(shortest->nodes == Codes{"PAK", "USA"});
    CHECK(shortest->strength == doctest::Approx(1.0));
  }

  TEST_CASE("among equally short paths the strongest is chosen") {
    const Fixture f = network();
    const GraphView view = f.view();
    // IRN - TUR - RUS (1, 1) and IRN - PAK - RUS (1, 2) both have two hops.
    const auto shortest = shortest_path(view, "IRN", "RUS");
    REQUIRE(shortest);
    CHECK(shortest->nodes == Codes{"IRN", "PAK", "RUS"});
    const auto via = shortest_path(view, "PAK", "UKR");
    REQUIRE(via);
    CHECK(via->nodes == Codes{"PAK", "RUS", "UKR"});
    CHECK(via->hops.size() == 2);
  }

  TEST_CASE("the strongest path agrees with the best indirect path when no direct tie is better") {
    const Fixture f = network();
    const GraphView view = f.view();
    const auto strongest = strongest_path(view, "BLR", "CHN");
    REQUIRE(strongest);
    // BLR - RUS - CHN (3, 7): 1 / (1/2 + 1/3) = 1.2; BLR - PAK - CHN (3, 1): 0.67.
    CHECK(strongest->nodes == Codes{"BLR", "RUS", "CHN"});
    CHECK(strongest->strength == doctest::Approx(1.2));
    CHECK(path_codes(indirect_paths(view, "BLR", "CHN", 2, 10)).front() == "BLR-RUS-CHN");
  }

  TEST_CASE("separate components have no path") {
    const Fixture f = network();
    const GraphView view = f.view();
    CHECK_FALSE(strongest_path(view, "PAK", "KIR"));
    CHECK_FALSE(shortest_path(view, "PAK", "KIR"));
    CHECK_FALSE(strongest_path(view, "PAK", "PAK"));
    CHECK_FALSE(shortest_path(view, "PAK", "ZZZ"));
  }
}
