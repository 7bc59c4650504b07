#pragma once
// The ties between two actors: the events directly between them, the indirect
// ties through intermediaries (paths of a few hops, strongest first), and a
// summary of the direct relationship. What `dipgraph ties A B` shows.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/store.hpp"
#include "graphs/graph_view.hpp"
#include "graphs/paths.hpp"

namespace dipgraph::graphs {

/// What find_ties looks at. `view` gives the window, the types, the level and
/// min_events (its `focus` is set by find_ties).
struct TiesOptions {
  GraphViewOptions view;
  int max_hops = 2;             ///< indirect paths have 2..max_hops hops
  std::size_t max_paths = 10;   ///< at most this many indirect paths, strongest first
  long long limit = 50;         ///< at most this many direct events listed (newest first)

  /// Throws UsageError: view.validate(), max_hops outside 2..kMaxIndirectHops,
  /// limit < 1.
  void validate() const;
};

/// Counts over a set of events.
struct TieCounts {
  long long events = 0;
  long long cooperative = 0;  ///< weight > 0
  long long conflictual = 0;  ///< weight < 0
  double net_weight = 0;      ///< sum of the Goldstein weights
};

/// The direct relationship in numbers: every direct event, and per year of its start.
struct TieSummary {
  TieCounts total;
  std::map<std::string, TieCounts> by_year;  ///< "2024" -> counts; only years with events
};

struct TiesResult {
  core::Actor a;
  core::Actor b;
  /// The direct events, newest first, at most options.limit, with their sources.
  std::vector<core::EventRecord> direct;
  long long direct_total = 0;  ///< every direct event in the window (direct may be cut)
  /// The direct tie as a one-hop path with its aggregated events; nullopt when
  /// there is none (or it has fewer than view.min_events events).
  std::optional<Path> direct_tie;
  std::vector<Path> paths;     ///< indirect ties, strongest first (stronger_path)
  TieSummary summary;          ///< over all direct_total events

  /// No tie at all: no direct event and no indirect path.
  bool none() const { return direct_total == 0 && paths.empty(); }
};

/// The events between the nodes `a` and `b` at `level`, in either direction,
/// newest first, at most `limit`, with their sources. At state level a state's
/// people count for it (as in the graph view); at actor level each side is
/// exactly the actor named. Types and window from `options` (its focus is
/// ignored). Throws StoreError.
std::vector<core::EventRecord> events_between(const core::Store& store, std::string_view a,
                                              std::string_view b, const GraphViewOptions& options,
                                              std::optional<long long> limit);

/// Throws UsageError when `actor` is not a node at `level`: at state level a
/// person with a state (a role or a home state) counts for that state.
void require_node(const core::Store& store, const core::Actor& actor, Level level);

/// The ties between actors `a` and `b` (codes). For max_hops == 2 only the
/// neighbourhoods of a and b are read (GraphViewOptions::focus), so the query
/// costs what a and b's own events cost, not the size of the store. Throws
/// UsageError (invalid options; a == b; a person at state level, where people
/// are not nodes), NotFoundError (unknown code) or StoreError.
TiesResult find_ties(const core::Store& store, std::string_view a, std::string_view b,
                     const TiesOptions& options);

}  // namespace dipgraph::graphs
