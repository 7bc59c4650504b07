#pragma once
// Which part of the graph view `graph` draws: everything, the neighbourhood of
// one actor, or what lies around and between two actors; capped at a number of
// nodes and edges (layout time grows fast beyond about 50 nodes), the
// strongest kept.

#include <cstddef>
#include <string>
#include <vector>

#include "graphs/drawing.hpp"
#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

enum class SelectionMode {
  all,      ///< every node with at least one edge
  around,   ///< focus[0] and the nodes within `depth` hops of it
  between,  ///< focus[0], focus[1], the nodes within `depth` hops of either, and every
            ///< node on a shortest (fewest hops) path between the two, at any distance
};

struct SelectionOptions {
  SelectionMode mode = SelectionMode::all;
  /// Node codes: one for `around`, two for `between`, none for `all`.
  std::vector<std::string> focus;
  /// Hops out from the focus nodes; 1 draws direct partners only. Unused by `all`.
  int depth = 1;
  /// At most this many nodes are drawn; the focus nodes always are.
  std::size_t max_nodes = 50;
  /// At most this many edges are drawn.
  std::size_t max_edges = 150;

  /// Throws UsageError: depth < 1, max_nodes below the number of focus nodes (or 0),
  /// the wrong number of focus codes for the mode, or the same code twice.
  void validate() const;
};

/// The nodes and edges to draw, as a Drawing whose title is left empty.
///
/// Candidates are the nodes the mode names; focus codes that are not in the
/// view are left out (with none left, the drawing has no nodes: nothing to
/// draw). Beyond max_nodes: `all` keeps the nodes with most events in the
/// window; `around` and `between` keep the focus nodes (for `between` then
/// the shortest-path nodes, fewest hops first), then repeatedly the candidate
/// with most events with the nodes already kept, so the picture stays
/// connected around its focus. Ties go by code. Edges: all between kept nodes,
/// or beyond max_edges first one edge per node (the one that attached it; for
/// `all` its strongest), then by strength (graphs/strength.hpp), then events.
/// Nodes and edges are ordered by code (an edge's `a` is the smaller code).
/// DrawNode.size is the node's events in the window over the largest among
/// the drawn nodes; emphasis marks the focus nodes. `omitted` counts what
/// was left out ("not drawn: 12 of 62 actors and 40 of 190 ties, the weakest"),
/// empty when nothing was. Throws UsageError (see validate()).
Drawing select_drawing(const GraphView& view, const SelectionOptions& options);

}  // namespace dipgraph::graphs
