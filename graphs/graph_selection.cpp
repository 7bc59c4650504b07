#include "graphs/graph_selection.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <tuple>

#include "core/error.hpp"
#include "graphs/strength.hpp"

namespace dipgraph::graphs {
namespace {

constexpr int kUnreached = -1;

/// Hops from `from` to every vertex; kUnreached where there is no path.
std::vector<int> hop_distances(const Graph& graph, Vertex from) {
  std::vector<int> distance(boost::num_vertices(graph), kUnreached);
  std::deque<Vertex> queue{from};
  distance[from] = 0;
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph))) {
      const Vertex u = boost::target(edge, graph);
      if (distance[u] != kUnreached) continue;
      distance[u] = distance[v] + 1;
      queue.push_back(u);
    }
  }
  return distance;
}

std::size_t focus_count(SelectionMode mode) {
  switch (mode) {
    case SelectionMode::all: return 0;
    case SelectionMode::around: return 1;
    case SelectionMode::between: return 2;
  }
  return 0;
}

std::string plural(std::size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

/// Greedy choice of the nodes to keep (see select_drawing in the header).
class NodePicker {
 public:
  NodePicker(const Graph& graph, const std::vector<bool>& candidate,
             const std::vector<long long>& activity, bool by_activity)
      : graph_(graph),
        candidate_(candidate),
        activity_(activity),
        by_activity_(by_activity),
        kept_(boost::num_vertices(graph), false),
        events_to_kept_(boost::num_vertices(graph), 0),
        best_edge_(boost::num_vertices(graph)) {}

  void keep(Vertex v) {
    if (kept_[v]) return;
    kept_[v] = true;
    order_.push_back(v);
    if (best_edge_[v]) attachments_.push_back(*best_edge_[v]);
    for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph_))) {
      const Vertex u = boost::target(edge, graph_);
      if (!candidate_[u] || kept_[u]) continue;
      events_to_kept_[u] += graph_[edge].events;
      if (!best_edge_[u] || tie_strength(graph_[edge]) > tie_strength(graph_[*best_edge_[u]])) {
        best_edge_[u] = edge;
      }
    }
  }

  /// The next node to keep, or nullopt when every candidate is kept.
  std::optional<Vertex> next() const {
    std::optional<Vertex> best;
    bool best_touches = false;
    for (Vertex v = 0; v < boost::num_vertices(graph_); ++v) {
      if (!candidate_[v] || kept_[v]) continue;
      const bool touches = events_to_kept_[v] > 0;
      if (!best || better(v, touches, *best, best_touches)) {
        best = v;
        best_touches = touches;
      }
    }
    return best;
  }

  const std::vector<Vertex>& order() const { return order_; }
  const std::vector<bool>& kept() const { return kept_; }
  const std::vector<Edge>& attachments() const { return attachments_; }

 private:
  /// by_activity_: most events overall. Otherwise nodes touching the kept ones
  /// first, and among them most events with the kept nodes, then overall.
  /// Ties go by code.
  bool better(Vertex v, bool v_touches, Vertex w, bool w_touches) const {
    if (!by_activity_ && v_touches != w_touches) return v_touches;
    const auto key = [&](Vertex x) {
      return by_activity_ ? std::make_tuple(activity_[x], 0LL)
                          : std::make_tuple(events_to_kept_[x], activity_[x]);
    };
    if (key(v) != key(w)) return key(v) > key(w);
    return graph_[v].code < graph_[w].code;
  }

  const Graph& graph_;
  const std::vector<bool>& candidate_;
  const std::vector<long long>& activity_;
  bool by_activity_;
  std::vector<bool> kept_;
  std::vector<long long> events_to_kept_;
  std::vector<std::optional<Edge>> best_edge_;
  std::vector<Vertex> order_;
  std::vector<Edge> attachments_;
};

}  // namespace

void SelectionOptions::validate() const {
  const std::size_t wanted = focus_count(mode);
  if (focus.size() != wanted) {
    throw UsageError("this selection takes " + plural(wanted, "actor", "actors") + ", not " +
                     std::to_string(focus.size()));
  }
  if (wanted == 2 && focus[0] == focus[1]) {
    throw UsageError("between needs two different actors, not " + focus[0] + " twice");
  }
  if (depth < 1) throw UsageError("depth must be at least 1, not " + std::to_string(depth));
  if (max_nodes < std::max<std::size_t>(1, wanted)) {
    throw UsageError("max nodes must be at least " + std::to_string(std::max<std::size_t>(1, wanted)) +
                     ", not " + std::to_string(max_nodes));
  }
}

Drawing select_drawing(const GraphView& view, const SelectionOptions& options) {
  options.validate();
  const Graph& graph = view.graph;
  const std::size_t n = boost::num_vertices(graph);

  std::vector<long long> activity(n, 0);
  for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
    activity[boost::source(edge, graph)] += graph[edge].events;
    activity[boost::target(edge, graph)] += graph[edge].events;
  }

  std::vector<bool> candidate(n, false);
  std::vector<bool> focus(n, false);
  std::vector<Vertex> seeds;
  if (options.mode == SelectionMode::all) {
    for (Vertex v = 0; v < n; ++v) candidate[v] = boost::out_degree(v, graph) > 0;
  } else {
    std::vector<std::vector<int>> distances;
    for (const auto& code : options.focus) {
      const auto vertex = view.find(code);
      if (!vertex) continue;
      seeds.push_back(*vertex);
      focus[*vertex] = true;
      distances.push_back(hop_distances(graph, *vertex));
      for (Vertex v = 0; v < n; ++v) {
        const int hops = distances.back()[v];
        if (hops != kUnreached && hops <= options.depth) candidate[v] = true;
      }
    }
    if (seeds.empty()) return {};
    if (seeds.size() == 2 && distances[0][seeds[1]] != kUnreached) {
      // Every node on some shortest path: its hops from both ends add up to the distance.
      const int length = distances[0][seeds[1]];
      std::vector<Vertex> on_path;
      for (Vertex v = 0; v < n; ++v) {
        if (focus[v] || distances[0][v] == kUnreached || distances[1][v] == kUnreached) continue;
        if (distances[0][v] + distances[1][v] == length) on_path.push_back(v);
      }
      std::sort(on_path.begin(), on_path.end(), [&](Vertex a, Vertex b) {
        return std::make_tuple(distances[0][a], -activity[a], graph[a].code) <
               std::make_tuple(distances[0][b], -activity[b], graph[b].code);
      });
      for (const Vertex v : on_path) {
        candidate[v] = true;
        seeds.push_back(v);
      }
    }
  }

  NodePicker picker(graph, candidate, activity, options.mode == SelectionMode::all);
  for (const Vertex seed : seeds) {
    if (picker.order().size() == options.max_nodes) break;
    picker.keep(seed);
  }
  while (picker.order().size() < options.max_nodes) {
    const auto next = picker.next();
    if (!next) break;
    picker.keep(*next);
  }
  const auto& kept = picker.kept();

  // Edges between kept nodes: the attaching ones first, then the strongest.
  std::size_t candidate_edges = 0;
  std::vector<Edge> edges;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
    const Vertex a = boost::source(edge, graph);
    const Vertex b = boost::target(edge, graph);
    if (candidate[a] && candidate[b]) ++candidate_edges;
    if (kept[a] && kept[b]) edges.push_back(edge);
  }
  if (edges.size() > options.max_edges) {
    // Each node keeps one edge if it can: the one that attached it to the
    // picture, or (`all`, whose nodes are not chosen by their ties) its strongest.
    std::vector<Edge> attachments = picker.attachments();
    if (options.mode == SelectionMode::all) {
      attachments.clear();
      for (const Vertex v : picker.order()) {
        std::optional<Edge> strongest;
        for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph))) {
          if (!kept[boost::target(edge, graph)]) continue;
          if (!strongest || tie_strength(graph[edge]) > tie_strength(graph[*strongest])) {
            strongest = edge;
          }
        }
        if (strongest) attachments.push_back(*strongest);
      }
    }
    const auto attaching = [&](const Edge& edge) {
      return std::find(attachments.begin(), attachments.end(), edge) != attachments.end();
    };
    const auto key = [&](const Edge& edge) {
      const Vertex a = boost::source(edge, graph);
      const Vertex b = boost::target(edge, graph);
      return std::make_tuple(!attaching(edge), -tie_strength(graph[edge]), -graph[edge].events,
                             std::min(graph[a].code, graph[b].code),
                             std::max(graph[a].code, graph[b].code));
    };
    std::stable_sort(edges.begin(), edges.end(),
                     [&](const Edge& x, const Edge& y) { return key(x) < key(y); });
    edges.resize(options.max_edges);
  }

  Drawing drawing;
  long long busiest = 0;
  for (const Vertex v : picker.order()) busiest = std::max(busiest, activity[v]);
  for (const Vertex v : picker.order()) {
    const NodeProps& node = graph[v];
    drawing.nodes.push_back(DrawNode{
        node.code, node.name, node.kind,
        busiest > 0 ? static_cast<double>(activity[v]) / static_cast<double>(busiest) : 0.0,
        focus[v]});
  }
  std::sort(drawing.nodes.begin(), drawing.nodes.end(),
            [](const DrawNode& x, const DrawNode& y) { return x.code < y.code; });
  for (const Edge& edge : edges) {
    std::string a = graph[boost::source(edge, graph)].code;
    std::string b = graph[boost::target(edge, graph)].code;
    if (b < a) std::swap(a, b);
    drawing.edges.push_back(DrawEdge{a, b, graph[edge], tie_strength(graph[edge])});
  }
  std::sort(drawing.edges.begin(), drawing.edges.end(), [](const DrawEdge& x, const DrawEdge& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });

  const std::size_t candidate_nodes =
      static_cast<std::size_t>(std::count(candidate.begin(), candidate.end(), true));
  const std::size_t left_nodes = candidate_nodes - drawing.nodes.size();
  const std::size_t left_edges = candidate_edges - drawing.edges.size();
  std::vector<std::string> parts;
  if (left_nodes > 0) {
    parts.push_back(std::to_string(left_nodes) + " of " +
                    plural(candidate_nodes, "actor", "actors"));
  }
  if (left_edges > 0) {
    parts.push_back(std::to_string(left_edges) + " of " + plural(candidate_edges, "tie", "ties"));
  }
  if (!parts.empty()) {
    drawing.omitted = "not drawn: " + parts.front() + (parts.size() > 1 ? " and " + parts.back() : "") +
                      ", the weakest";
  }
  return drawing;
}

}  // namespace dipgraph::graphs
