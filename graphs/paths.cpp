#include "graphs/paths.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/error.hpp"
#include "graphs/strength.hpp"

namespace dipgraph::graphs {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr int kUnreached = std::numeric_limits<int>::max();

// Costs are sums of a few reciprocals; this keeps rounding noise from deciding
// between paths of equal strength (the tie-breaks decide them instead).
constexpr double kCostEpsilon = 1e-9;

/// Hop distances from `source` to every vertex (kUnreached where none), by BFS.
std::vector<int> hop_distances(const Graph& graph, Vertex source) {
  std::vector<int> distance(boost::num_vertices(graph), kUnreached);
  distance[source] = 0;
  // record_distances only writes tree edges' targets; the source is set above.
  std::vector<int> recorded(boost::num_vertices(graph), 0);
  boost::breadth_first_search(
      graph, source,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(recorded.begin(), boost::get(boost::vertex_index, graph)),
          boost::on_tree_edge()))));
  for (std::size_t v = 0; v < recorded.size(); ++v) {
    if (v != source && recorded[v] > 0) distance[v] = recorded[v];
  }
  return distance;
}

auto cost_map(const Graph& graph) {
  return boost::make_function_property_map<Edge, double>(
      [&graph](const Edge& edge) { return tie_cost(graph[edge]); });
}

/// Least summed tie_cost from `source` to every vertex, and the predecessors.
std::vector<double> cheapest_costs(const Graph& graph, Vertex source,
                                   std::vector<Vertex>* predecessors = nullptr) {
  const auto count = boost::num_vertices(graph);
  std::vector<double> cost(count, kInfinity);
  std::vector<Vertex> predecessor(count);
  boost::dijkstra_shortest_paths(
      graph, source,
      boost::weight_map(cost_map(graph))
          .distance_map(boost::make_iterator_property_map(cost.begin(),
                                                          boost::get(boost::vertex_index, graph)))
          .predecessor_map(boost::make_iterator_property_map(
              predecessor.begin(), boost::get(boost::vertex_index, graph))));
  // Boost marks unreached vertices with the max of the distance type.
  for (double& value : cost) {
    if (value == std::numeric_limits<double>::max()) value = kInfinity;
  }
  if (predecessors != nullptr) *predecessors = std::move(predecessor);
  return cost;
}

double edge_cost(const Graph& graph, Vertex u, Vertex v) {
  const auto [edge, found] = boost::edge(u, v, graph);
  return found ? tie_cost(graph[edge]) : kInfinity;
}

/// The depth-first search behind indirect_paths: keeps the best `max_paths`
/// complete paths seen so far, sorted by stronger_path.
class PathSearch {
 public:
  PathSearch(const GraphView& view, Vertex a, Vertex b, int max_hops, std::size_t max_paths)
      : view_(view), graph_(view.graph), b_(b), max_hops_(max_hops), max_paths_(max_paths),
        hops_to_b_(hop_distances(graph_, b)), cost_to_b_(cheapest_costs(graph_, b)),
        on_path_(boost::num_vertices(graph_), false) {
    stack_.push_back(a);
    on_path_[a] = true;
  }

  std::vector<Path> run() {
    extend(0);
    std::vector<Path> result;
    result.reserve(best_.size());
    for (auto& candidate : best_) result.push_back(std::move(candidate.path));
    return result;
  }

 private:
  struct Candidate {
    double cost;
    Path path;
  };

  // Paths that cost more than this cannot enter the top list any more.
  double bound() const {
    return best_.size() < max_paths_ ? kInfinity : best_.back().cost + kCostEpsilon;
  }

  void extend(double cost) {
    const Vertex here = stack_.back();
    const int depth = static_cast<int>(stack_.size()) - 1;  // hops so far
    // Neighbours in code order, so equal paths are met in a stable order.
    std::vector<Vertex> next;
    for (const auto edge : boost::make_iterator_range(boost::out_edges(here, graph_))) {
      next.push_back(boost::target(edge, graph_));
    }
    std::sort(next.begin(), next.end(), [this](Vertex l, Vertex r) {
      return graph_[l].code < graph_[r].code;
    });
    for (const Vertex v : next) {
      if (on_path_[v]) continue;
      const double step = cost + edge_cost(graph_, here, v);
      if (v == b_) {
        if (depth >= 1) offer(step);  // depth 0 would be the direct tie
        continue;
      }
      // Going through v needs at least hops_to_b more hops and cost_to_b more cost.
      if (hops_to_b_[v] == kUnreached || depth + 1 + hops_to_b_[v] > max_hops_) continue;
      if (step + cost_to_b_[v] > bound()) continue;
      stack_.push_back(v);
      on_path_[v] = true;
      extend(step);
      on_path_[v] = false;
      stack_.pop_back();
    }
  }

  void offer(double cost) {
    if (cost > bound()) return;
    std::vector<Vertex> vertices = stack_;
    vertices.push_back(b_);
    Candidate candidate{cost, make_path(view_, vertices)};
    const auto position = std::upper_bound(
        best_.begin(), best_.end(), candidate,
        [](const Candidate& l, const Candidate& r) { return stronger_path(l.path, r.path); });
    best_.insert(position, std::move(candidate));
    if (best_.size() > max_paths_) best_.pop_back();
  }

  const GraphView& view_;
  const Graph& graph_;
  Vertex b_;
  int max_hops_;
  std::size_t max_paths_;
  std::vector<int> hops_to_b_;
  std::vector<double> cost_to_b_;
  std::vector<bool> on_path_;
  std::vector<Vertex> stack_;
  std::vector<Candidate> best_;
};

/// Both ends as vertices, or nullopt when a path cannot exist.
std::optional<std::pair<Vertex, Vertex>> ends(const GraphView& view, std::string_view a,
                                              std::string_view b) {
  if (a == b) return std::nullopt;
  const auto u = view.find(a);
  const auto v = view.find(b);
  if (!u || !v) return std::nullopt;
  return std::make_pair(*u, *v);
}

}  // namespace

Path make_path(const GraphView& view, const std::vector<Vertex>& vertices) {
  Path path;
  std::vector<double> strengths;
  for (std::size_t i = 0; i < vertices.size(); ++i) {
    path.nodes.push_back(view.graph[vertices[i]].code);
    path.node_props.push_back(view.graph[vertices[i]]);
    if (i == 0) continue;
    const auto [edge, found] = boost::edge(vertices[i - 1], vertices[i], view.graph);
    if (!found) throw std::logic_error("make_path: consecutive vertices are not adjacent");
    Hop hop{view.graph[vertices[i - 1]].code, view.graph[vertices[i]].code, view.graph[edge],
            tie_strength(view.graph[edge])};
    strengths.push_back(hop.strength);
    path.hops.push_back(std::move(hop));
  }
  path.strength = path_strength(strengths);
  return path;
}

bool stronger_path(const Path& left, const Path& right) {
  // Compare costs, not strengths: the costs are what the searches add up.
  const double left_cost = tie_cost(left.strength);
  const double right_cost = tie_cost(right.strength);
  if (left_cost + kCostEpsilon < right_cost) return true;
  if (right_cost + kCostEpsilon < left_cost) return false;
  if (left.hops.size() != right.hops.size()) return left.hops.size() < right.hops.size();
  return left.nodes < right.nodes;
}

std::vector<Path> indirect_paths(const GraphView& view, std::string_view a, std::string_view b,
                                 int max_hops, std::size_t max_paths) {
  if (max_hops < 2 || max_hops > kMaxIndirectHops) {
    throw UsageError("hops must be between 2 and " + std::to_string(kMaxIndirectHops) + ", not " +
                     std::to_string(max_hops));
  }
  const auto pair = ends(view, a, b);
  if (!pair || max_paths == 0) return {};
  return PathSearch(view, pair->first, pair->second, max_hops, max_paths).run();
}

std::optional<Path> strongest_path(const GraphView& view, std::string_view a, std::string_view b) {
  const auto pair = ends(view, a, b);
  if (!pair) return std::nullopt;
  const auto [source, target] = *pair;
  std::vector<Vertex> predecessor;
  const auto cost = cheapest_costs(view.graph, source, &predecessor);
  if (cost[target] == kInfinity) return std::nullopt;
  std::vector<Vertex> vertices{target};
  while (vertices.back() != source) vertices.push_back(predecessor[vertices.back()]);
  std::reverse(vertices.begin(), vertices.end());
  return make_path(view, vertices);
}

std::optional<Path> shortest_path(const GraphView& view, std::string_view a, std::string_view b) {
  const auto pair = ends(view, a, b);
  if (!pair) return std::nullopt;
  const auto [source, target] = *pair;
  const Graph& graph = view.graph;
  const auto hops_to_target = hop_distances(graph, target);
  if (hops_to_target[source] == kUnreached) return std::nullopt;

  // Every fewest-hop path steps from distance d to d - 1. Among them, the
  // cheapest is found by dynamic programming over those layers, nearest first.
  std::vector<Vertex> order;
  for (Vertex v = 0; v < boost::num_vertices(graph); ++v) {
    if (hops_to_target[v] <= hops_to_target[source]) order.push_back(v);
  }
  std::sort(order.begin(), order.end(), [&](Vertex l, Vertex r) {
    if (hops_to_target[l] != hops_to_target[r]) return hops_to_target[l] < hops_to_target[r];
    return graph[l].code < graph[r].code;
  });
  std::vector<double> best(boost::num_vertices(graph), kInfinity);
  std::vector<Vertex> next(boost::num_vertices(graph), target);
  best[target] = 0;
  for (const Vertex v : order) {
    if (v == target) continue;
    for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph))) {
      const Vertex u = boost::target(edge, graph);
      if (hops_to_target[u] != hops_to_target[v] - 1) continue;
      const double cost = best[u] + tie_cost(graph[edge]);
      const bool cheaper = cost + kCostEpsilon < best[v];
      const bool tie = !cheaper && cost <= best[v] + kCostEpsilon && graph[u].code < graph[next[v]].code;
      if (cheaper || tie) {
        best[v] = cost;
        next[v] = u;
      }
    }
  }
  std::vector<Vertex> vertices{source};
  while (vertices.back() != target) vertices.push_back(next[vertices.back()]);
  return make_path(view, vertices);
}

}  // namespace dipgraph::graphs
