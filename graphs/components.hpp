#pragma once
// Connected components of the graph view: groups of actors linked by events,
// directly or through others.

#include <vector>

#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

/// One connected component.
struct Component {
  std::vector<Vertex> members;  ///< ordered by code
};

/// Every component (an edgeless node is a component of its own), largest
/// first; equal sizes go by their first member's code. Empty for an empty graph.
std::vector<Component> connected_components(const Graph& graph);

}  // namespace dipgraph::graphs
