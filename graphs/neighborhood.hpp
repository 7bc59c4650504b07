#pragma once
// Who an actor deals with: the nodes within a few hops of it in the graph view,
// with the events on the edges that reach them.

#include <vector>

#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

struct NeighborhoodOptions {
  /// How many hops out to go: 1 lists the direct partners.
  int depth = 1;

  /// Throws UsageError for depth < 1.
  void validate() const;
};

/// A node within `depth` hops of the origin.
struct Neighbor {
  Vertex vertex;
  int distance = 0;  ///< hops from the origin, 1..depth
  /// The nodes one hop closer to the origin that it is linked to (the origin
  /// itself at distance 1), ordered by code.
  std::vector<Vertex> via;
  /// The events of the edges from `via`, aggregated: counts and by_type
  /// summed, first_day the earliest, last_day the latest, weights summed.
  /// At distance 1: the events between the origin and this node.
  EdgeProps events;
};

/// Every node within options.depth hops of `origin` (the origin excluded),
/// nearest first, then most events first, then by code. Empty when the origin
/// has no edges. Throws UsageError (see validate()).
std::vector<Neighbor> neighborhood(const Graph& graph, Vertex origin,
                                   const NeighborhoodOptions& options);

/// Adds the events of `edge` to `total` (the aggregation Neighbor::events uses).
void add_events(EdgeProps& total, const EdgeProps& edge);

}  // namespace dipgraph::graphs
