#include "graphs/components.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace dipgraph::graphs;

namespace {

std::vector<std::vector<std::string>> member_codes(const Graph& graph,
                                                   const std::vector<Component>& components) {
  std::vector<std::vector<std::string>> result;
  for (const auto& component : components) {
    auto& codes = result.emplace_back();
    for (const Vertex v : component.members) codes.push_back(graph[v].code);
  }
  return result;
}

}  // namespace

TEST_SUITE("components") {
  TEST_CASE("components come largest first, members by code, lone nodes included") {
    Graph graph;
    // Added out of code order on purpose: members are sorted, not left in vertex order.
    const char* codes[] = {"ZAF", "BLR", "RUS", "USA", "CHN", "PAK", "IND"};
    std::vector<Vertex> v;
    for (const char* code : codes) v.push_back(boost::add_vertex(NodeProps{code, code, {}}, graph));
    boost::add_edge(v[1], v[2], EdgeProps{}, graph);  // BLR - RUS
    boost::add_edge(v[2], v[4], EdgeProps{}, graph);  // RUS - CHN
    boost::add_edge(v[5], v[6], EdgeProps{}, graph);  // PAK - IND
    boost::add_edge(v[3], v[0], EdgeProps{}, graph);  // USA - ZAF
    const auto components = connected_components(graph);
    CHECK(member_codes(graph, components) ==
          std::vector<std::vector<std::string>>{
              {"BLR", "CHN", "RUS"}, {"IND", "PAK"}, {"USA", "ZAF"}});

    boost::add_vertex(NodeProps{"AAA", "lone", {}}, graph);
    const auto with_lone = connected_components(graph);
    REQUIRE(with_lone.size() == 4);
    CHECK(member_codes(graph, with_lone).back() == std::vector<std::string>{"AAA"});
  }

  TEST_CASE("an empty graph has no components") {
    CHECK(connected_components(Graph{}).empty());
  }
}
