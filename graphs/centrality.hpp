#pragma once
// Node centrality on the graph view, defined exactly as networkx 2.8.8 defines
// it, so that numbers can be checked against (and explained by) networkx.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

/// Which centrality to compute.
enum class Measure {
  degree,       ///< networkx degree_centrality: neighbours / (n - 1); 1 for every node when n <= 1
  strength,     ///< the node's total event count over its edges in the view
  betweenness,  ///< networkx betweenness_centrality, normalised by 2 / ((n-1)(n-2)) when n > 2
  closeness,    ///< networkx closeness_centrality with Wasserman-Faust scaling (wf_improved)
  pagerank,     ///< networkx pagerank, alpha 0.85, weight = event count
  eigenvector,  ///< networkx eigenvector_centrality, weight = event count
};

/// "degree", "strength", ... as written on the command line.
std::string_view to_string(Measure measure);

/// The measure named `name` (exact, lower case), or nullopt.
std::optional<Measure> parse_measure(std::string_view name);

/// Every measure name, in enum order.
std::vector<std::string> measure_names();

struct CentralityOptions {
  Measure measure = Measure::degree;
  /// Shortest paths count distance 1 / events per edge instead of hops
  /// (betweenness and closeness only: pagerank and eigenvector always weigh
  /// edges by event count, strength is a weighted degree).
  bool weighted = false;

  /// Throws UsageError when `weighted` is set for a measure that takes no distances.
  void validate() const;
};

/// Power-iteration limits; the defaults are networkx's.
struct PowerIterationOptions {
  int max_iter = 100;
  /// Converged when the L1 change of one step is below n * tol (networkx's test).
  double tol = 1.0e-6;
  double alpha = 0.85;  ///< pagerank's damping factor; unused by eigenvector
};

/// One value per vertex, indexed by vertex (vertex_descriptor of the vecS graph).
/// Throws UsageError (see CentralityOptions::validate()) or, for pagerank and
/// eigenvector, ConvergenceError.
std::vector<double> centrality(const Graph& graph, const CentralityOptions& options);

/// Thrown when power iteration does not converge within max_iter steps (as
/// networkx raises PowerIterationFailedConvergence). It is a UsageError: the
/// measure cannot answer for this graph, and another measure or window can.
class ConvergenceError : public UsageError {
 public:
  using UsageError::UsageError;
};

std::vector<double> degree_centrality(const Graph& graph);
std::vector<double> strength(const Graph& graph);
std::vector<double> betweenness_centrality(const Graph& graph, bool weighted);
std::vector<double> closeness_centrality(const Graph& graph, bool weighted);
/// Dangling (edgeless) nodes spread their rank uniformly, as in networkx.
std::vector<double> pagerank(const Graph& graph, const PowerIterationOptions& options = {});
/// Power iteration on (A + I) x from the all-ones vector, unit Euclidean norm.
std::vector<double> eigenvector_centrality(const Graph& graph,
                                           const PowerIterationOptions& options = {});

/// A vertex and its value.
struct RankedNode {
  Vertex vertex;
  double value;
};

/// Every vertex, highest value first; values equal to six decimals (what the
/// output shows) tie, and ties go by code. `top`: keep at most that many.
std::vector<RankedNode> rank_nodes(const Graph& graph, const std::vector<double>& values,
                                   std::optional<std::size_t> top = std::nullopt);

}  // namespace dipgraph::graphs
