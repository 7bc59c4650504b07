#pragma once
// Paths between two actors over a graph view: every simple path of a few hops
// (the indirect ties of `ties`), the strongest path (Dijkstra) and the path with
// the fewest hops (BFS) of `path`. Strength is graphs/strength.hpp's.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

/// One step of a path: the tie between two consecutive nodes.
struct Hop {
  std::string from;  ///< node code
  std::string to;
  EdgeProps props;   ///< the tie's aggregated events
  double strength = 0;  ///< tie_strength(props)
};

/// A path from one actor to another, with its hops in order.
struct Path {
  std::vector<std::string> nodes;  ///< codes, first the start, last the end
  std::vector<NodeProps> node_props;  ///< code, name and kind of each node, as `nodes`
  std::vector<Hop> hops;           ///< nodes.size() - 1 hops
  double strength = 0;             ///< path_strength() of the hops' strengths
};

/// The path through `vertices` (consecutive ones must be adjacent in `view`).
/// Throws std::logic_error when two consecutive vertices have no edge.
Path make_path(const GraphView& view, const std::vector<Vertex>& vertices);

/// Orders paths strongest first; equal strength: fewer hops, then node codes.
bool stronger_path(const Path& left, const Path& right);

/// The most limits `indirect_paths` accepts; longer searches drown real ties
/// in coincidental chains and grow exponentially.
inline constexpr int kMaxIndirectHops = 4;

/// The simple paths of 2..max_hops hops from `a` to `b` (the direct tie, a
/// one-hop path, is not among them), strongest first (stronger_path), at most
/// `max_paths`. A depth-first search from `a` pruned by hop distance and by
/// the cheapest possible remaining cost to `b`, so only paths that can still
/// enter the top `max_paths` are followed. Empty when either code is not in the
/// view, a == b, or max_paths == 0. Throws UsageError for max_hops outside 2..kMaxIndirectHops.
std::vector<Path> indirect_paths(const GraphView& view, std::string_view a, std::string_view b,
                                 int max_hops, std::size_t max_paths);

/// The path from `a` to `b` with the least summed tie_cost, i.e. the highest
/// path_strength (boost::dijkstra_shortest_paths). nullopt when there is none,
/// either code is not in the view, or a == b.
std::optional<Path> strongest_path(const GraphView& view, std::string_view a, std::string_view b);

/// A path from `a` to `b` with the fewest hops (boost::breadth_first_search);
/// among equally short ones the strongest, then the first by node codes.
/// nullopt as for strongest_path.
std::optional<Path> shortest_path(const GraphView& view, std::string_view a, std::string_view b);

}  // namespace dipgraph::graphs
