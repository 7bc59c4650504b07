#pragma once
// A Boost.Graph view of the store: who deals with whom, events aggregated per
// pair of actors. Graph algorithms run on this view and never see SQLite.

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/store.hpp"

namespace dipgraph::graphs {

/// What a node stands for.
enum class Level {
  state,  ///< states and orgs; people count for the state they represented (event.source_node_id)
  actor,  ///< every actor as reported: people and orgs are their own nodes (event.source_id)
};

/// Which events the view is built from. Defaults: every event, state level.
struct GraphViewOptions {
  /// Keep events ending on or after since.first_day() (as EventFilter::since).
  std::optional<core::Date> since;
  /// Keep events starting on or before until.last_day() (as EventFilter::until).
  std::optional<core::Date> until;
  /// Event type names (core::event_types()); empty: every type.
  std::vector<std::string> types;
  Level level = Level::state;
  /// An edge needs at least this many events in the window; pairs with fewer get no edge.
  long long min_events = 1;
  /// Actor codes; when not empty, only events with at least one side on one of
  /// these nodes are read: the view is their neighbourhoods (the edges touching
  /// them, and their neighbours as nodes). Queries about a few actors (`ties`)
  /// use it so that SQL reads only those actors' rows through the node indexes.
  /// Codes the store does not know contribute nothing.
  std::vector<std::string> focus;
  /// At state level, aggregate from the pair rollup (table pair_month) for the
  /// months the window covers whole; false: from the event rows only. The
  /// results are the same (tests compare them); the rollup reads a row per
  /// pair, type and month instead of one per event.
  bool use_rollup = true;

  /// Throws UsageError for min_events < 1, `since` after `until`, or an unknown type.
  void validate() const;
};

/// A node: one actor.
struct NodeProps {
  std::string code;
  std::string name;
  core::ActorKind kind = core::ActorKind::state;
};

/// An edge: every event between two nodes in the window, in either direction.
struct EdgeProps {
  long long events = 0;
  std::map<std::string, long long> by_type;  ///< type name -> events; only types that occur
  std::string first_day;                     ///< earliest day_from, YYYY-MM-DD
  std::string last_day;                      ///< latest day_to, YYYY-MM-DD
  double net_weight = 0;                     ///< sum of the events' Goldstein weights
  long long cooperative = 0;                 ///< events with weight > 0
  long long conflictual = 0;                 ///< events with weight < 0

  /// Folds in `count` events of `type` spanning first..last (YYYY-MM-DD) with
  /// these weight sums: how every aggregate row read from SQL is accumulated.
  void add(const std::string& type, long long count, const std::string& first,
           const std::string& last, double weight_sum, long long cooperative_count,
           long long conflictual_count) {
    events += count;
    by_type[type] += count;
    if (first_day.empty() || first < first_day) first_day = first;
    if (last > last_day) last_day = last;
    net_weight += weight_sum;
    cooperative += cooperative_count;
    conflictual += conflictual_count;
  }
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// The graph plus a lookup by actor code.
struct GraphView {
  Graph graph;
  std::unordered_map<std::string, Vertex> by_code;

  /// The vertex of the actor with `code`, or nullopt when it is not in the view.
  std::optional<Vertex> find(std::string_view code) const;
};

/// Builds the view. Nodes: every actor with at least one event with another
/// node in the window (also when min_events leaves it no edge, so that
/// per-node measures report zeros), ordered by code. Edges: one per unordered
/// pair with at least min_events events; events whose two sides are the same
/// node (a state's own people meeting it, at state level) are left out.
/// Throws UsageError (see validate()) or StoreError.
GraphView build_graph_view(const core::Store& store, const GraphViewOptions& options);

}  // namespace dipgraph::graphs
