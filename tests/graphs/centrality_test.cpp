#include "graphs/centrality.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/error.hpp"

using namespace dipgraph::graphs;

namespace {

// Builds a graph from tests/data/centrality/NAME.edges (format in the README
// there), nodes added in code order as build_graph_view adds them.
Graph load_graph(const std::string& name) {
  std::ifstream in(std::string(DIPGRAPH_TEST_DATA) + "/centrality/" + name + ".edges");
  REQUIRE(in);
  std::set<std::string> codes;
  std::vector<std::tuple<std::string, std::string, long long>> edges;
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream fields(line);
    std::string u, v;
    long long events = 0;
    if (!(fields >> u)) continue;
    codes.insert(u);
    if (fields >> v >> events) {
      codes.insert(v);
      edges.emplace_back(u, v, events);
    }
  }
  Graph graph;
  std::map<std::string, Vertex> vertex;
  for (const auto& code : codes) vertex[code] = boost::add_vertex(NodeProps{code, code, {}}, graph);
  for (const auto& [u, v, events] : edges) {
    EdgeProps props;
    props.events = events;
    boost::add_edge(vertex.at(u), vertex.at(v), props, graph);
  }
  return graph;
}

struct Reference {
  const char* graph;
  const char* measure;  // a Measure name; "_weighted" adds --weighted
  std::map<std::string, double> values;
};

// Printed by `/usr/bin/python3 scripts/networkx-reference tests/data/centrality/*.edges`
// with Debian's python3-networkx 2.8.8 (degree_centrality, G.degree(weight=...),
// betweenness_centrality, closeness_centrality with their defaults, weight="distance"
// = 1/events for the _weighted rows, pagerank and eigenvector_centrality with
// weight = events). Computed once and pasted; no test runs Python.
// networkx's eigenvector_centrality does not converge on two_components (see below).
const std::vector<Reference> kReferences = {
    {"isolated", "degree", {{"A", 0.75}, {"B", 0.5}, {"C", 0.75}, {"D", 0.5}, {"Z", 0}}},
    {"isolated", "strength", {{"A", 9}, {"B", 4}, {"C", 8}, {"D", 3}, {"Z", 0}}},
    {"isolated",
     "betweenness",
     {{"A", 0.0833333333333}, {"B", 0}, {"C", 0.0833333333333}, {"D", 0}, {"Z", 0}}},
    {"isolated",
     "betweenness_weighted",
     {{"A", 0.333333333333}, {"B", 0}, {"C", 0.333333333333}, {"D", 0}, {"Z", 0}}},
    {"isolated", "closeness", {{"A", 0.75}, {"B", 0.5625}, {"C", 0.75}, {"D", 0.5625}, {"Z", 0}}},
    {"isolated",
     "closeness_weighted",
     {{"A", 1.82432432432},
      {"B", 1.18421052632},
      {"C", 1.82432432432},
      {"D", 1.00746268657},
      {"Z", 0}}},
    {"isolated",
     "pagerank",
     {{"A", 0.347722761697},
      {"B", 0.16789946289},
      {"C", 0.312782070258},
      {"D", 0.135451126842},
      {"Z", 0.0361445783133}}},
    {"isolated",
     "eigenvector",
     {{"A", 0.64701088913},
      {"B", 0.372565801225},
      {"C", 0.607059439647},
      {"D", 0.272122159775},
      {"Z", 6.85439608594e-19}}},
    {"path", "degree", {{"A", 0.25}, {"B", 0.5}, {"C", 0.5}, {"D", 0.5}, {"E", 0.25}}},
    {"path", "strength", {{"A", 1}, {"B", 2}, {"C", 2}, {"D", 2}, {"E", 1}}},
    {"path", "betweenness", {{"A", 0}, {"B", 0.5}, {"C", 0.666666666667}, {"D", 0.5}, {"E", 0}}},
    {"path",
     "betweenness_weighted",
     {{"A", 0}, {"B", 0.5}, {"C", 0.666666666667}, {"D", 0.5}, {"E", 0}}},
    {"path",
     "closeness",
     {{"A", 0.4}, {"B", 0.571428571429}, {"C", 0.666666666667}, {"D", 0.571428571429}, {"E", 0.4}}},
    {"path",
     "closeness_weighted",
     {{"A", 0.4}, {"B", 0.571428571429}, {"C", 0.666666666667}, {"D", 0.571428571429}, {"E", 0.4}}},
    {"path",
     "pagerank",
     {{"A", 0.134527290382},
      {"B", 0.245945419235},
      {"C", 0.239054580765},
      {"D", 0.245945419235},
      {"E", 0.134527290382}}},
    {"path",
     "eigenvector",
     {{"A", 0.288676032029},
      {"B", 0.499999995082},
      {"C", 0.577349380271},
      {"D", 0.499999995082},
      {"E", 0.288676032029}}},
    {"star",
     "degree",
     {{"HUB", 1}, {"L1", 0.2}, {"L2", 0.2}, {"L3", 0.2}, {"L4", 0.2}, {"L5", 0.2}}},
    {"star", "strength", {{"HUB", 15}, {"L1", 1}, {"L2", 2}, {"L3", 3}, {"L4", 4}, {"L5", 5}}},
    {"star", "betweenness", {{"HUB", 1}, {"L1", 0}, {"L2", 0}, {"L3", 0}, {"L4", 0}, {"L5", 0}}},
    {"star",
     "betweenness_weighted",
     {{"HUB", 1}, {"L1", 0}, {"L2", 0}, {"L3", 0}, {"L4", 0}, {"L5", 0}}},
    {"star",
     "closeness",
     {{"HUB", 1},
      {"L1", 0.555555555556},
      {"L2", 0.555555555556},
      {"L3", 0.555555555556},
      {"L4", 0.555555555556},
      {"L5", 0.555555555556}}},
    {"star",
     "closeness_weighted",
     {{"HUB", 2.1897810219},
      {"L1", 0.79575596817},
      {"L2", 1.1673151751},
      {"L3", 1.38248847926},
      {"L4", 1.52284263959},
      {"L5", 1.62162162162}}},
    {"star",
     "pagerank",
     {{"HUB", 0.472971648649},
      {"L1", 0.0518018900901},
      {"L2", 0.0786037801802},
      {"L3", 0.10540567027},
      {"L4", 0.13220756036},
      {"L5", 0.15900945045}}},
    {"star",
     "eigenvector",
     {{"HUB", 0.70710747368},
      {"L1", 0.0953461655487},
      {"L2", 0.190692331097},
      {"L3", 0.286038496646},
      {"L4", 0.381384662195},
      {"L5", 0.476730827744}}},
    {"two_components",
     "degree",
     {{"A", 0.4}, {"B", 0.4}, {"C", 0.6}, {"D", 0.2}, {"X", 0.2}, {"Y", 0.2}}},
    {"two_components", "strength", {{"A", 3}, {"B", 3}, {"C", 5}, {"D", 3}, {"X", 4}, {"Y", 4}}},
    {"two_components",
     "betweenness",
     {{"A", 0}, {"B", 0}, {"C", 0.2}, {"D", 0}, {"X", 0}, {"Y", 0}}},
    {"two_components",
     "betweenness_weighted",
     {{"A", 0}, {"B", 0}, {"C", 0.2}, {"D", 0}, {"X", 0}, {"Y", 0}}},
    {"two_components",
     "closeness",
     {{"A", 0.45}, {"B", 0.45}, {"C", 0.6}, {"D", 0.36}, {"X", 0.2}, {"Y", 0.2}}},
    {"two_components",
     "closeness_weighted",
     {{"A", 0.635294117647},
      {"B", 0.635294117647},
      {"C", 0.771428571429},
      {"D", 0.6},
      {"X", 0.8},
      {"Y", 0.8}}},
    {"two_components",
     "pagerank",
     {{"A", 0.147670272726},
      {"B", 0.147670272726},
      {"C", 0.229354179291},
      {"D", 0.141971941923},
      {"X", 0.166666666667},
      {"Y", 0.166666666667}}},
    {"weighted",
     "degree",
     {{"A", 0.4}, {"B", 0.8}, {"C", 0.8}, {"D", 0.6}, {"E", 0.6}, {"F", 0.4}}},
    {"weighted", "strength", {{"A", 5}, {"B", 8}, {"C", 10}, {"D", 8}, {"E", 8}, {"F", 3}}},
    {"weighted",
     "betweenness",
     {{"A", 0},
      {"B", 0.25},
      {"C", 0.183333333333},
      {"D", 0.0333333333333},
      {"E", 0.1},
      {"F", 0.0333333333333}}},
    {"weighted",
     "betweenness_weighted",
     {{"A", 0}, {"B", 0.6}, {"C", 0.4}, {"D", 0.3}, {"E", 0.1}, {"F", 0}}},
    {"weighted",
     "closeness",
     {{"A", 0.625},
      {"B", 0.833333333333},
      {"C", 0.833333333333},
      {"D", 0.714285714286},
      {"E", 0.714285714286},
      {"F", 0.625}}},
    {"weighted",
     "closeness_weighted",
     {{"A", 1.12359550562},
      {"B", 1.69491525424},
      {"C", 1.44927536232},
      {"D", 1.5873015873},
      {"E", 1.40845070423},
      {"F", 1.0101010101}}},
    {"weighted",
     "pagerank",
     {{"A", 0.122288084507},
      {"B", 0.186956437947},
      {"C", 0.227718089194},
      {"D", 0.185868206805},
      {"E", 0.191591439513},
      {"F", 0.0855777420339}}},
    {"weighted",
     "eigenvector",
     {{"A", 0.334304465136},
      {"B", 0.458412169681},
      {"C", 0.52616335725},
      {"D", 0.45463066088},
      {"E", 0.40851742613},
      {"F", 0.166359260346}}},
};

CentralityOptions options_for(const std::string& measure) {
  const std::string suffix = "_weighted";
  const bool weighted = measure.ends_with(suffix);
  const auto parsed =
      parse_measure(weighted ? measure.substr(0, measure.size() - suffix.size()) : measure);
  REQUIRE(parsed);
  return {*parsed, weighted};
}

std::map<std::string, double> by_code(const Graph& graph, const std::vector<double>& values) {
  std::map<std::string, double> result;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    result[graph[v].code] = values.at(v);
  }
  return result;
}

std::vector<std::string> ranked_codes(const Graph& graph, const std::vector<RankedNode>& ranked) {
  std::vector<std::string> codes;
  for (const auto& node : ranked) codes.push_back(graph[node.vertex].code);
  return codes;
}

}  // namespace

TEST_SUITE("centrality") {
  TEST_CASE("every measure equals networkx's on the reference graphs") {
    for (const auto& reference : kReferences) {
      const Graph graph = load_graph(reference.graph);
      const CentralityOptions options = options_for(reference.measure);
      const bool power =
          options.measure == Measure::pagerank || options.measure == Measure::eigenvector;
      const double tolerance = power ? 1e-5 : 1e-6;
      const auto values = by_code(graph, centrality(graph, options));
      REQUIRE(values.size() == reference.values.size());
      for (const auto& [code, expected] : reference.values) {
        INFO(reference.graph << " " << reference.measure << " " << code << ": networkx "
                              << expected << ", dipgraph " << values.at(code));
        CHECK(std::abs(values.at(code) - expected) < tolerance);
      }
    }
  }

  TEST_CASE("eigenvector centrality fails like networkx when power iteration does not converge") {
    // Two components with different leading eigenvalues: networkx raises
    // PowerIterationFailedConvergence after 100 iterations on this graph.
    const Graph graph = load_graph("two_components");
    CHECK_THROWS_AS(centrality(graph, {Measure::eigenvector, false}), ConvergenceError);
    CHECK_THROWS_AS(eigenvector_centrality(graph), dipgraph::UsageError);
    // With more iterations it converges, so it is the limit, not the graph, that fails.
    PowerIterationOptions patient;
    patient.max_iter = 1000;
    CHECK(eigenvector_centrality(graph, patient).size() == 6);
  }

  TEST_CASE("pagerank is a probability distribution, dangling nodes included") {
    const Graph graph = load_graph("isolated");
    double sum = 0;
    for (const double value : pagerank(graph)) sum += value;
    CHECK(std::abs(sum - 1.0) < 1e-9);
  }

  TEST_CASE("weighted applies to betweenness and closeness only") {
    const Graph graph = load_graph("star");
    for (const Measure measure :
         {Measure::degree, Measure::strength, Measure::pagerank, Measure::eigenvector}) {
      CAPTURE(to_string(measure));
      CHECK_THROWS_AS(centrality(graph, {measure, true}), dipgraph::UsageError);
    }
    CHECK_NOTHROW(centrality(graph, {Measure::betweenness, true}));
    CHECK_NOTHROW(centrality(graph, {Measure::closeness, true}));
  }

  TEST_CASE("measure names round-trip and unknown names are rejected") {
    for (const auto& name : measure_names()) {
      const auto measure = parse_measure(name);
      REQUIRE(measure);
      CHECK(to_string(*measure) == name);
    }
    CHECK(measure_names().size() == 6);
    CHECK_FALSE(parse_measure("Degree"));
    CHECK_FALSE(parse_measure("katz"));
  }

  TEST_CASE("an empty graph has no values and a single node gets networkx's conventions") {
    const Graph empty;
    for (const auto& name : measure_names()) {
      CHECK(centrality(empty, {*parse_measure(name), false}).empty());
    }
    Graph single;
    boost::add_vertex(NodeProps{"BLR", "Belarus", {}}, single);
    CHECK(degree_centrality(single) == std::vector<double>{1.0});
    CHECK(betweenness_centrality(single, false) == std::vector<double>{0.0});
    CHECK(closeness_centrality(single, true) == std::vector<double>{0.0});
    CHECK(pagerank(single) == std::vector<double>{1.0});
    CHECK(eigenvector_centrality(single) == std::vector<double>{1.0});
  }

  TEST_CASE("ranking puts the highest value first and breaks ties by code") {
    const Graph graph = load_graph("star");
    const auto degree = degree_centrality(graph);
    CHECK(ranked_codes(graph, rank_nodes(graph, degree)) ==
          std::vector<std::string>{"HUB", "L1", "L2", "L3", "L4", "L5"});
    CHECK(ranked_codes(graph, rank_nodes(graph, strength(graph), 3)) ==
          std::vector<std::string>{"HUB", "L5", "L4"});
    CHECK(rank_nodes(graph, degree, 0).empty());
    CHECK(rank_nodes(graph, degree, 100).size() == 6);
  }

  TEST_CASE("values equal to six decimals tie, so float noise never orders nodes") {
    const Graph graph = load_graph("path");
    // E's value is a hair above A's: printed alike, so A (by code) comes first.
    const std::vector<double> values{0.25, 0.5, 0.75, 0.5, 0.25 + 1e-12};
    CHECK(ranked_codes(graph, rank_nodes(graph, values)) ==
          std::vector<std::string>{"C", "B", "D", "A", "E"});
  }
}
