#include "graphs/neighborhood.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace dipgraph::graphs;

namespace {

struct Builder {
  Graph graph;
  std::map<std::string, Vertex> vertex;

  Vertex node(const std::string& code) {
    const auto found = vertex.find(code);
    if (found != vertex.end()) return found->second;
    return vertex[code] = boost::add_vertex(NodeProps{code, code, {}}, graph);
  }
  void edge(const std::string& a, const std::string& b, EdgeProps props) {
    boost::add_edge(node(a), node(b), props, graph);
  }
  void edge(const std::string& a, const std::string& b, long long events) {
    EdgeProps props;
    props.events = events;
    props.by_type["meeting"] = events;
    props.first_day = "2024-01-01";
    props.last_day = "2024-01-02";
    props.net_weight = static_cast<double>(events);
    props.cooperative = events;
    edge(a, b, props);
  }
};

std::string code(const Graph& graph, Vertex v) { return graph[v].code; }

std::vector<std::string> codes(const Graph& graph, const std::vector<Neighbor>& neighbors) {
  std::vector<std::string> result;
  for (const auto& n : neighbors) result.push_back(code(graph, n.vertex));
  return result;
}

// O - A (3), O - B (5), O - C (1); A - D (2), B - D (4), C - E (1); E - F (1); X - Y apart.
Builder sample() {
  Builder b;
  b.edge("O", "A", 3);
  b.edge("O", "B", 5);
  b.edge("O", "C", 1);
  b.edge("A", "D", 2);
  b.edge("B", "D", 4);
  b.edge("C", "E", 1);
  b.edge("E", "F", 1);
  b.edge("X", "Y", 7);
  b.edge("A", "B", 9);  // same ring: not a path outwards, never counted
  return b;
}

}  // namespace

TEST_SUITE("neighborhood") {
  TEST_CASE("depth 1 lists the direct partners, most events first, with the edge's events") {
    Builder b = sample();
    const auto result = neighborhood(b.graph, b.node("O"), {});
    CHECK(codes(b.graph, result) == std::vector<std::string>{"B", "A", "C"});
    for (const auto& n : result) {
      CHECK(n.distance == 1);
      REQUIRE(n.via.size() == 1);
      CHECK(code(b.graph, n.via.front()) == "O");
    }
    CHECK(result.front().events.events == 5);
    CHECK(result.front().events.by_type == std::map<std::string, long long>{{"meeting", 5}});
  }

  TEST_CASE("deeper rings aggregate every edge from the ring before") {
    Builder b = sample();
    const auto result = neighborhood(b.graph, b.node("O"), {.depth = 2});
    CHECK(codes(b.graph, result) == std::vector<std::string>{"B", "A", "C", "D", "E"});
    const Neighbor& d = result.at(3);
    CHECK(d.distance == 2);
    REQUIRE(d.via.size() == 2);
    CHECK(code(b.graph, d.via.at(0)) == "A");
    CHECK(code(b.graph, d.via.at(1)) == "B");
    CHECK(d.events.events == 6);  // A-D 2 + B-D 4; the A-B edge is inside ring 1
    CHECK(d.events.cooperative == 6);
    CHECK(d.events.net_weight == doctest::Approx(6.0));

    const auto three = neighborhood(b.graph, b.node("O"), {.depth = 3});
    CHECK(codes(b.graph, three).back() == "F");
    CHECK(three.back().distance == 3);
    // Beyond the component nothing more is found, however deep.
    CHECK(neighborhood(b.graph, b.node("O"), {.depth = 50}).size() == 6);
  }

  TEST_CASE("events aggregate by type, earliest first day, latest last day and summed weights") {
    Builder b;
    EdgeProps one;
    one.events = 2;
    one.by_type = {{"visit", 1}, {"sanction", 1}};
    one.first_day = "2020-05-01";
    one.last_day = "2020-06-30";
    one.net_weight = -3.5;
    one.cooperative = 1;
    one.conflictual = 1;
    EdgeProps two;
    two.events = 3;
    two.by_type = {{"visit", 3}};
    two.first_day = "2019-01-01";
    two.last_day = "2020-01-01";
    two.net_weight = 5.7;
    two.cooperative = 3;
    b.edge("O", "A", one);
    b.edge("O", "B", two);
    b.edge("A", "C", one);
    b.edge("B", "C", two);
    const auto result = neighborhood(b.graph, b.node("O"), {.depth = 2});
    REQUIRE(result.size() == 3);
    const EdgeProps& c = result.back().events;
    CHECK(c.events == 5);
    CHECK(c.by_type == std::map<std::string, long long>{{"sanction", 1}, {"visit", 4}});
    CHECK(c.first_day == "2019-01-01");
    CHECK(c.last_day == "2020-06-30");
    CHECK(c.net_weight == doctest::Approx(2.2));
    CHECK(c.cooperative == 4);
    CHECK(c.conflictual == 1);
  }

  TEST_CASE("an edgeless origin has no neighbours and equal counts go by code") {
    Builder b = sample();
    b.node("Z");
    CHECK(neighborhood(b.graph, b.node("Z"), {.depth = 3}).empty());
    Builder ties;
    ties.edge("O", "M", 2);
    ties.edge("O", "K", 2);
    ties.edge("O", "L", 2);
    CHECK(codes(ties.graph, neighborhood(ties.graph, ties.node("O"), {})) ==
          std::vector<std::string>{"K", "L", "M"});
  }

  TEST_CASE("a depth below one is a usage error") {
    Builder b = sample();
    CHECK_THROWS_AS(neighborhood(b.graph, b.node("O"), {.depth = 0}), dipgraph::UsageError);
  }
}
