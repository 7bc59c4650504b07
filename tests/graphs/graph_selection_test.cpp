#include "graphs/graph_selection.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace dipgraph::graphs;
using dipgraph::UsageError;

namespace {

struct Tie {
  const char* a;
  const char* b;
  long long events;
};

/// A view over the ties given; `isolated` adds nodes without edges.
GraphView make_view(const std::vector<Tie>& ties, const std::vector<const char*>& isolated = {}) {
  GraphView view;
  const auto vertex = [&](const std::string& code) {
    if (const auto found = view.find(code)) return *found;
    const Vertex v = boost::add_vertex(NodeProps{code, "Name of " + code}, view.graph);
    view.by_code.emplace(code, v);
    return v;
  };
  for (const auto& tie : ties) {
    EdgeProps props;
    props.events = tie.events;
    props.by_type["visit"] = tie.events;
    props.first_day = "2024-01-01";
    props.last_day = "2024-12-31";
    boost::add_edge(vertex(tie.a), vertex(tie.b), props, view.graph);
  }
  for (const char* code : isolated) vertex(code);
  return view;
}

std::vector<std::string> node_codes(const Drawing& drawing) {
  std::vector<std::string> codes;
  for (const auto& node : drawing.nodes) codes.push_back(node.code);
  return codes;
}

std::vector<std::string> edge_names(const Drawing& drawing) {
  std::vector<std::string> names;
  for (const auto& edge : drawing.edges) names.push_back(edge.a + "-" + edge.b);
  return names;
}

const DrawNode& node(const Drawing& drawing, const std::string& code) {
  const auto found = std::find_if(drawing.nodes.begin(), drawing.nodes.end(),
                                  [&](const DrawNode& n) { return n.code == code; });
  REQUIRE(found != drawing.nodes.end());
  return *found;
}

SelectionOptions around(const char* code, int depth) {
  SelectionOptions options;
  options.mode = SelectionMode::around;
  options.focus = {code};
  options.depth = depth;
  return options;
}

// A chain A - B - C - D - E with a branch B - X and an isolated node Z.
GraphView chain() {
  return make_view({{"A", "B", 4}, {"B", "C", 2}, {"C", "D", 1}, {"D", "E", 3}, {"B", "X", 1}},
                   {"Z"});
}

}  // namespace

TEST_SUITE("graph_selection") {
  TEST_CASE("the options reject a wrong number of actors, a zero depth and too few nodes") {
    SelectionOptions options;
    CHECK_NOTHROW(options.validate());
    options.focus = {"A"};
    CHECK_THROWS_AS(options.validate(), UsageError);
    options = around("A", 0);
    CHECK_THROWS_AS(options.validate(), UsageError);
    options = around("A", 1);
    options.max_nodes = 0;
    CHECK_THROWS_AS(options.validate(), UsageError);
    options.mode = SelectionMode::between;
    options.focus = {"A", "A"};
    options.max_nodes = 5;
    CHECK_THROWS_AS(options.validate(), UsageError);
    options.focus = {"A", "B"};
    options.max_nodes = 1;
    CHECK_THROWS_AS(options.validate(), UsageError);
    options.max_nodes = 2;
    CHECK_NOTHROW(options.validate());
  }

  TEST_CASE("all draws every node with a tie, by code, and leaves out isolated ones") {
    const GraphView view = chain();
    const Drawing drawing = select_drawing(view, SelectionOptions{});
    CHECK(node_codes(drawing) == std::vector<std::string>{"A", "B", "C", "D", "E", "X"});
    CHECK(edge_names(drawing) == std::vector<std::string>{"A-B", "B-C", "B-X", "C-D", "D-E"});
    CHECK(drawing.omitted.empty());
    CHECK(drawing.title.empty());
    CHECK(node(drawing, "B").name == "Name of B");
    // Size: events of the node over the busiest drawn node's (B: 4 + 2 + 1 = 7).
    CHECK(node(drawing, "B").size == doctest::Approx(1.0));
    CHECK(node(drawing, "A").size == doctest::Approx(4.0 / 7.0));
    CHECK(node(drawing, "X").size == doctest::Approx(1.0 / 7.0));
    CHECK_FALSE(node(drawing, "B").emphasis);
  }

  TEST_CASE("edges carry their events and a strength that grows with them") {
    const GraphView view = chain();
    const Drawing drawing = select_drawing(view, SelectionOptions{});
    REQUIRE(drawing.edges.size() == 5);
    const DrawEdge& ab = drawing.edges[0];
    const DrawEdge& bx = drawing.edges[2];
    CHECK(ab.props.events == 4);
    CHECK(ab.props.by_type.at("visit") == 4);
    CHECK(ab.strength > bx.strength);
    CHECK(bx.strength > 0);
  }

  TEST_CASE("around keeps the nodes within depth hops and emphasises the focus") {
    const GraphView view = chain();
    SUBCASE("depth 1") {
      const Drawing drawing = select_drawing(view, around("B", 1));
      CHECK(node_codes(drawing) == std::vector<std::string>{"A", "B", "C", "X"});
      CHECK(edge_names(drawing) == std::vector<std::string>{"A-B", "B-C", "B-X"});
      CHECK(node(drawing, "B").emphasis);
      CHECK_FALSE(node(drawing, "A").emphasis);
    }
    SUBCASE("depth 2 adds the next ring and the edges among the drawn nodes") {
      const Drawing drawing = select_drawing(view, around("B", 2));
      CHECK(node_codes(drawing) == std::vector<std::string>{"A", "B", "C", "D", "X"});
      CHECK(edge_names(drawing) == std::vector<std::string>{"A-B", "B-C", "B-X", "C-D"});
    }
    SUBCASE("an actor not in the view gives nothing to draw") {
      const Drawing drawing = select_drawing(view, around("Q", 1));
      CHECK(drawing.nodes.empty());
      CHECK(drawing.edges.empty());
      CHECK(drawing.omitted.empty());
    }
  }

  TEST_CASE("beyond max nodes, around keeps the partners with most events and says what it left out") {
    // Hub H with partners of 1..6 events; P6 is also tied to Q (beyond depth 1).
    const GraphView view = make_view({{"H", "P1", 1}, {"H", "P2", 2}, {"H", "P3", 3},
                                      {"H", "P4", 4}, {"H", "P5", 5}, {"H", "P6", 6},
                                      {"P5", "P6", 1}, {"P6", "Q", 9}});
    SelectionOptions options = around("H", 1);
    options.max_nodes = 4;
    const Drawing drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"H", "P4", "P5", "P6"});
    CHECK(edge_names(drawing) == std::vector<std::string>{"H-P4", "H-P5", "H-P6", "P5-P6"});
    // 7 candidates (H, P1..P6), 7 edges among them.
    CHECK(drawing.omitted == "not drawn: 3 of 7 actors and 3 of 7 ties, the weakest");
  }

  TEST_CASE("at depth 2 a far node comes in only through a kept node, so the picture stays connected") {
    const GraphView view = make_view({{"H", "P1", 1}, {"H", "P2", 2}, {"P1", "F", 50}});
    SelectionOptions options = around("H", 2);
    options.max_nodes = 3;
    // F has most events of all, but only with P1, which ties to H more weakly than P2.
    CHECK(node_codes(select_drawing(view, options)) == std::vector<std::string>{"H", "P1", "P2"});
    options.max_nodes = 2;
    CHECK(node_codes(select_drawing(view, options)) == std::vector<std::string>{"H", "P2"});
    options.max_nodes = 4;
    const Drawing drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"F", "H", "P1", "P2"});
    CHECK(edge_names(drawing) == std::vector<std::string>{"F-P1", "H-P1", "H-P2"});
  }

  TEST_CASE("beyond max edges, each node keeps its strongest tie, then the strongest others") {
    // A triangle of strong ties, and W hanging on a weak one.
    const GraphView view = make_view({{"A", "B", 9}, {"B", "C", 8}, {"A", "C", 7}, {"C", "W", 1}});
    SelectionOptions options;
    options.max_edges = 3;
    const Drawing drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"A", "B", "C", "W"});
    // A-C (7) is the weakest of the triangle but not needed to attach anyone.
    CHECK(edge_names(drawing) == std::vector<std::string>{"A-B", "B-C", "C-W"});
    CHECK(drawing.omitted == "not drawn: 1 of 4 ties, the weakest");
  }

  TEST_CASE("all beyond max nodes keeps the busiest actors") {
    // A star around R, and a pair K - L with many events.
    const GraphView view = make_view({{"R", "S1", 10}, {"R", "S2", 5}, {"R", "S3", 1},
                                      {"K", "L", 12}});
    SelectionOptions options;
    options.max_nodes = 3;
    // R 16, K 12, L 12, S1 10, S2 5, S3 1 events.
    Drawing drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"K", "L", "R"});
    CHECK(edge_names(drawing) == std::vector<std::string>{"K-L"});
    CHECK(drawing.omitted == "not drawn: 3 of 6 actors and 3 of 4 ties, the weakest");
    options.max_nodes = 4;
    drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"K", "L", "R", "S1"});
    CHECK(edge_names(drawing) == std::vector<std::string>{"K-L", "R-S1"});
  }

  TEST_CASE("between draws both neighbourhoods and the shortest paths between the two") {
    // A - M1 - M2 - B is the only route; A and B each have a side partner.
    const GraphView view = make_view({{"A", "M1", 1}, {"M1", "M2", 1}, {"M2", "B", 1},
                                      {"A", "SA", 3}, {"B", "SB", 3}, {"SB", "FAR", 3}});
    SelectionOptions options;
    options.mode = SelectionMode::between;
    options.focus = {"A", "B"};
    const Drawing drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"A", "B", "M1", "M2", "SA", "SB"});
    CHECK(node(drawing, "A").emphasis);
    CHECK(node(drawing, "B").emphasis);
    CHECK_FALSE(node(drawing, "M1").emphasis);
    SUBCASE("the path comes before the side partners when nodes are scarce") {
      options.max_nodes = 4;
      CHECK(node_codes(select_drawing(view, options)) ==
            std::vector<std::string>{"A", "B", "M1", "M2"});
    }
  }

  TEST_CASE("between with two unconnected actors draws the two neighbourhoods") {
    const GraphView view = make_view({{"A", "X", 1}, {"B", "Y", 1}});
    SelectionOptions options;
    options.mode = SelectionMode::between;
    options.focus = {"A", "B"};
    const Drawing drawing = select_drawing(view, options);
    CHECK(node_codes(drawing) == std::vector<std::string>{"A", "B", "X", "Y"});
    CHECK(edge_names(drawing) == std::vector<std::string>{"A-X", "B-Y"});
  }
}
