#include "graphs/strength.hpp"

#include <cmath>
#include <limits>

namespace dipgraph::graphs {

double tie_strength(long long events) {
  if (events <= 0) return 0;
  return std::log2(1.0 + static_cast<double>(events));
}

double tie_strength(const EdgeProps& edge) { return tie_strength(edge.events); }

double tie_cost(double strength) {
  if (!(strength > 0)) return std::numeric_limits<double>::infinity();
  return 1.0 / strength;
}

double tie_cost(const EdgeProps& edge) { return tie_cost(tie_strength(edge)); }

double path_strength(const std::vector<double>& hop_strengths) {
  if (hop_strengths.empty()) return 0;
  double cost = 0;
  for (const double strength : hop_strengths) {
    if (!(strength > 0)) return 0;
    cost += 1.0 / strength;
  }
  return 1.0 / cost;
}

}  // namespace dipgraph::graphs
