#include "graphs/neighborhood.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "core/error.hpp"

namespace dipgraph::graphs {

void NeighborhoodOptions::validate() const {
  if (depth < 1) throw UsageError("depth must be at least 1, not " + std::to_string(depth));
}

void add_events(EdgeProps& total, const EdgeProps& edge) {
  total.events += edge.events;
  for (const auto& [type, count] : edge.by_type) total.by_type[type] += count;
  if (total.first_day.empty() || (!edge.first_day.empty() && edge.first_day < total.first_day)) {
    total.first_day = edge.first_day;
  }
  if (edge.last_day > total.last_day) total.last_day = edge.last_day;
  total.net_weight += edge.net_weight;
  total.cooperative += edge.cooperative;
  total.conflictual += edge.conflictual;
}

std::vector<Neighbor> neighborhood(const Graph& graph, Vertex origin,
                                   const NeighborhoodOptions& options) {
  options.validate();
  // Breadth-first, one ring at a time, so that each node collects every edge
  // from the previous ring and not only the edge it was discovered by.
  constexpr int kUnseen = -1;
  std::vector<int> distance(boost::num_vertices(graph), kUnseen);
  std::vector<std::size_t> slot(boost::num_vertices(graph));  // index in result
  distance[origin] = 0;
  std::vector<Vertex> ring{origin};
  std::vector<Neighbor> result;
  for (int hop = 1; hop <= options.depth && !ring.empty(); ++hop) {
    std::vector<Vertex> next;
    for (const Vertex from : ring) {
      for (const Edge e : boost::make_iterator_range(boost::out_edges(from, graph))) {
        const Vertex to = boost::target(e, graph);
        if (distance[to] == kUnseen) {
          distance[to] = hop;
          next.push_back(to);
          slot[to] = result.size();
          result.push_back({to, hop, {}, {}});
        }
        if (distance[to] != hop) continue;
        Neighbor& neighbor = result[slot[to]];
        neighbor.via.push_back(from);
        add_events(neighbor.events, graph[e]);
      }
    }
    ring = std::move(next);
  }
  for (Neighbor& neighbor : result) {
    std::sort(neighbor.via.begin(), neighbor.via.end(),
              [&](Vertex a, Vertex b) { return graph[a].code < graph[b].code; });
  }
  std::sort(result.begin(), result.end(), [&](const Neighbor& a, const Neighbor& b) {
    return std::forward_as_tuple(a.distance, b.events.events, graph[a.vertex].code) <
           std::forward_as_tuple(b.distance, a.events.events, graph[b.vertex].code);
  });
  return result;
}

}  // namespace dipgraph::graphs
