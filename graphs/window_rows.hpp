#pragma once
// The rows a graph query aggregates: for a window, types, level and a scope of
// node pairs, rows whose sums per (lo, hi, type) are the events between two
// different nodes. At state level they come from the pair rollup
// (docs/schema.md): pair_total for a window of every event, else pair_month for
// the months the window covers whole and the event rows only for the months it
// cuts. At actor level (or without the rollup), one row per event.

#include <optional>
#include <utility>
#include <vector>

#include "graphs/graph_view.hpp"
#include "graphs/statement.hpp"

namespace dipgraph::graphs {

/// Which node pairs to read (actor ids).
struct PairScope {
  std::optional<std::pair<long long, long long>> pair;  ///< just this pair
  std::vector<long long> focus;  ///< pairs with a side among these (when no pair)
  // Neither: every pair.
};

/// A query with the columns, in this order:
///   lo, hi          the two node ids, smaller first
///   type            event type name
///   month           YYYY-MM of the events' start; NULL on rows for every month
///                   (pair_total) unless `by_month`
///   events          how many events the row stands for
///   first_day, last_day, net_weight, cooperative, conflictual
///                   their min(day_from), max(day_to), weight sum, weight > 0, weight < 0
/// Uses the rollup when options.use_rollup and the level is state.
sql::Query window_rows(const GraphViewOptions& options, const PairScope& scope, bool by_month = false);

}  // namespace dipgraph::graphs
