#include "graphs/centrality.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dipgraph::graphs {

namespace {

constexpr std::array<std::string_view, 6> kMeasureNames = {
    "degree", "strength", "betweenness", "closeness", "pagerank", "eigenvector"};

// Distance for --weighted paths: many events make actors close.
auto distance_map(const Graph& graph) {
  return boost::make_function_property_map<Edge, double>(
      [&graph](const Edge& edge) { return 1.0 / static_cast<double>(graph[edge].events); });
}

auto index_map(const Graph& graph) { return boost::get(boost::vertex_index, graph); }

// Sum of the distances from `source` to every node it reaches, and how many
// nodes it reaches (itself included), as networkx's closeness needs them.
struct Reach {
  double total = 0;
  std::size_t nodes = 0;
};

Reach reach_by_hops(const Graph& graph, Vertex source) {
  std::vector<long long> hops(boost::num_vertices(graph), -1);
  hops[source] = 0;
  boost::breadth_first_search(
      graph, source,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(hops.begin(), index_map(graph)),
          boost::on_tree_edge()))));
  Reach reach;
  for (const long long d : hops) {
    if (d < 0) continue;
    reach.total += static_cast<double>(d);
    ++reach.nodes;
  }
  return reach;
}

Reach reach_by_distance(const Graph& graph, Vertex source) {
  std::vector<double> distance(boost::num_vertices(graph));
  boost::dijkstra_shortest_paths(
      graph, source,
      boost::weight_map(distance_map(graph))
          .distance_map(boost::make_iterator_property_map(distance.begin(), index_map(graph))));
  Reach reach;
  for (const double d : distance) {
    if (d == std::numeric_limits<double>::max()) continue;  // Dijkstra's "unreached"
    reach.total += d;
    ++reach.nodes;
  }
  return reach;
}

double l1_change(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::fabs(a[i] - b[i]);
  return sum;
}

[[noreturn]] void fail_convergence(std::string_view measure, int max_iter) {
  throw ConvergenceError(std::string(measure) + " centrality did not converge within " +
                         std::to_string(max_iter) +
                         " power iterations (networkx fails here too); try a narrower "
                         "window, --min-events, or another --measure");
}

}  // namespace

std::string_view to_string(Measure measure) {
  return kMeasureNames.at(static_cast<std::size_t>(measure));
}

std::optional<Measure> parse_measure(std::string_view name) {
  for (std::size_t i = 0; i < kMeasureNames.size(); ++i) {
    if (kMeasureNames[i] == name) return static_cast<Measure>(i);
  }
  return std::nullopt;
}

std::vector<std::string> measure_names() { return {kMeasureNames.begin(), kMeasureNames.end()}; }

void CentralityOptions::validate() const {
  if (weighted && measure != Measure::betweenness && measure != Measure::closeness) {
    throw UsageError("--weighted applies to betweenness and closeness only (" +
                     std::string(to_string(measure)) +
                     (measure == Measure::degree
                          ? " counts neighbours; --measure strength counts their events)"
                          : " already weighs edges by their event counts)"));
  }
}

std::vector<double> centrality(const Graph& graph, const CentralityOptions& options) {
  options.validate();
  switch (options.measure) {
    case Measure::degree:
      return degree_centrality(graph);
    case Measure::strength:
      return strength(graph);
    case Measure::betweenness:
      return betweenness_centrality(graph, options.weighted);
    case Measure::closeness:
      return closeness_centrality(graph, options.weighted);
    case Measure::pagerank:
      return pagerank(graph);
    case Measure::eigenvector:
      return eigenvector_centrality(graph);
  }
  return {};
}

std::vector<double> degree_centrality(const Graph& graph) {
  const std::size_t n = boost::num_vertices(graph);
  if (n <= 1) return std::vector<double>(n, 1.0);  // networkx's convention
  std::vector<double> values(n);
  const double scale = 1.0 / (static_cast<double>(n) - 1.0);
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    // The view is a simple graph: the degree is the number of neighbours.
    values[v] = static_cast<double>(boost::out_degree(v, graph)) * scale;
  }
  return values;
}

std::vector<double> strength(const Graph& graph) {
  std::vector<double> values(boost::num_vertices(graph), 0.0);
  for (const Edge e : boost::make_iterator_range(boost::edges(graph))) {
    const auto events = static_cast<double>(graph[e].events);
    values[boost::source(e, graph)] += events;
    values[boost::target(e, graph)] += events;
  }
  return values;
}

std::vector<double> betweenness_centrality(const Graph& graph, bool weighted) {
  const std::size_t n = boost::num_vertices(graph);
  std::vector<double> values(n, 0.0);
  if (n == 0) return values;
  auto centrality_map = boost::make_iterator_property_map(values.begin(), index_map(graph));
  if (weighted) {
    // Boost's Dijkstra counts equal paths when d(v) + w == d(w) exactly, as networkx does.
    boost::brandes_betweenness_centrality(
        graph, boost::centrality_map(centrality_map).weight_map(distance_map(graph)));
  } else {
    boost::brandes_betweenness_centrality(graph, boost::centrality_map(centrality_map));
  }
  // Boost already halves undirected scores (each pair once); networkx's
  // normalised value divides the pair count by (n-1)(n-2)/2.
  if (n > 2) {
    const double scale = 2.0 / ((static_cast<double>(n) - 1.0) * (static_cast<double>(n) - 2.0));
    for (double& value : values) value *= scale;
  }
  return values;
}

std::vector<double> closeness_centrality(const Graph& graph, bool weighted) {
  const std::size_t n = boost::num_vertices(graph);
  std::vector<double> values(n, 0.0);
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    const Reach reach = weighted ? reach_by_distance(graph, v) : reach_by_hops(graph, v);
    if (reach.total > 0.0 && n > 1) {
      const double others = static_cast<double>(reach.nodes) - 1.0;
      // Wasserman-Faust: scale by the share of the other nodes reached, so
      // nodes in small components do not look central.
      values[v] = others / reach.total * (others / (static_cast<double>(n) - 1.0));
    }
  }
  return values;
}

std::vector<double> pagerank(const Graph& graph, const PowerIterationOptions& options) {
  const std::size_t n = boost::num_vertices(graph);
  if (n == 0) return {};
  const double size = static_cast<double>(n);
  // networkx turns the undirected graph into a directed one with both
  // directions, then makes each row stochastic by its weight sum (= strength).
  const std::vector<double> out_weight = strength(graph);
  std::vector<Vertex> dangling;
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    if (out_weight[v] == 0.0) dangling.push_back(v);
  }
  std::vector<double> x(n, 1.0 / size);
  for (int iteration = 0; iteration < options.max_iter; ++iteration) {
    const std::vector<double> last = x;
    double dangling_sum = 0;
    for (const Vertex v : dangling) dangling_sum += last[v];
    std::fill(x.begin(), x.end(), 0.0);
    for (const Edge e : boost::make_iterator_range(boost::edges(graph))) {
      const Vertex a = boost::source(e, graph);
      const Vertex b = boost::target(e, graph);
      const auto w = static_cast<double>(graph[e].events);
      x[b] += last[a] * w / out_weight[a];
      x[a] += last[b] * w / out_weight[b];
    }
    for (double& value : x) {
      value = options.alpha * (value + dangling_sum / size) + (1.0 - options.alpha) / size;
    }
    if (l1_change(x, last) < size * options.tol) return x;
  }
  fail_convergence("pagerank", options.max_iter);
}

std::vector<double> eigenvector_centrality(const Graph& graph,
                                           const PowerIterationOptions& options) {
  const std::size_t n = boost::num_vertices(graph);
  if (n == 0) return {};
  const double size = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / size);  // all ones, scaled to sum 1 as networkx does
  for (int iteration = 0; iteration < options.max_iter; ++iteration) {
    const std::vector<double> last = x;  // starting from x itself multiplies by (A + I)
    for (const Edge e : boost::make_iterator_range(boost::edges(graph))) {
      const Vertex a = boost::source(e, graph);
      const Vertex b = boost::target(e, graph);
      const auto w = static_cast<double>(graph[e].events);
      x[b] += last[a] * w;
      x[a] += last[b] * w;
    }
    double norm = 0;
    for (const double value : x) norm += value * value;
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;  // networkx's guard; cannot happen for a start of all ones
    for (double& value : x) value /= norm;
    if (l1_change(x, last) < size * options.tol) return x;
  }
  fail_convergence("eigenvector", options.max_iter);
}

std::vector<RankedNode> rank_nodes(const Graph& graph, const std::vector<double>& values,
                                   std::optional<std::size_t> top) {
  std::vector<RankedNode> ranked;
  ranked.reserve(values.size());
  for (const Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    ranked.push_back({v, values.at(v)});
  }
  // Compare what is printed (six decimals), so float noise never decides an order.
  const auto shown = [](double value) { return std::round(value * 1e6); };
  std::sort(ranked.begin(), ranked.end(), [&](const RankedNode& a, const RankedNode& b) {
    const double va = shown(a.value);
    const double vb = shown(b.value);
    if (va != vb) return va > vb;
    return graph[a.vertex].code < graph[b.vertex].code;
  });
  if (top && ranked.size() > *top) ranked.resize(*top);
  return ranked;
}

}  // namespace dipgraph::graphs
