#pragma once
// How strong a tie is. One definition shared by `ties`, `path`, centrality
// weights and the drawings' edge widths, so that they all agree on which ties
// matter. The reasons for the formulas are in docs/cli.md ("Tie strength").

#include <vector>

#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

/// Strength of a tie with `events` events in the window: log2(1 + events).
/// 0 for no events, 1 for one event, 2 for three, ~6.7 for a hundred: more
/// events make a stronger tie, with diminishing returns. Negative counts give 0.
double tie_strength(long long events);

/// tie_strength(edge.events).
double tie_strength(const EdgeProps& edge);

/// The cost of crossing a tie for shortest-path algorithms: 1 / strength,
/// positive and decreasing in strength. A tie without events costs +infinity.
double tie_cost(double strength);

/// tie_cost(tie_strength(edge)).
double tie_cost(const EdgeProps& edge);

/// Strength of a path from its hops' strengths: 1 / sum(1 / s_i), like
/// resistors in series. A one-hop path is as strong as its tie; each extra hop
/// weakens it; it never exceeds its weakest hop. Maximising it is the same as
/// minimising the summed tie_cost, so Dijkstra's "strongest path" is the path
/// with the highest path_strength. 0 for an empty list or any hop of strength <= 0.
double path_strength(const std::vector<double>& hop_strengths);

}  // namespace dipgraph::graphs
