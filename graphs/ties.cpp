#include "graphs/ties.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

#include "core/error.hpp"
#include "graphs/statement.hpp"
#include "graphs/strength.hpp"
#include "graphs/window_rows.hpp"

namespace dipgraph::graphs {
namespace {

constexpr const char* kContext = "ties";

bool step(sqlite3* db, sqlite3_stmt* statement) { return sql::step(db, statement, kContext); }

core::Actor require_actor(const core::Store& store, std::string_view code) {
  auto actor = store.find_actor(code);
  if (!actor) throw NotFoundError("no actor with code '" + std::string(code) + "'", {});
  return *actor;
}

/// The aggregated events between nodes `a` and `b` (ids), as the graph view's edge.
EdgeProps pair_props(sqlite3* db, long long a, long long b, const GraphViewOptions& options) {
  sql::Query query = window_rows(options, PairScope{std::pair{a, b}, {}});
  query.sql = "SELECT type, sum(events), min(first_day), max(last_day), total(net_weight), "
              "sum(cooperative), sum(conflictual) FROM (" + query.sql + ") GROUP BY type";
  auto statement = sql::prepare(db, query, kContext);
  EdgeProps edge;
  while (step(db, statement.get())) {
    sqlite3_stmt* row = statement.get();
    edge.add(sql::text(row, 0), sqlite3_column_int64(row, 1), sql::text(row, 2),
             sql::text(row, 3), sqlite3_column_double(row, 4), sqlite3_column_int64(row, 5),
             sqlite3_column_int64(row, 6));
  }
  return edge;
}

/// The direct events' counts per year of their start.
TieSummary summarise(sqlite3* db, const core::Actor& a, const core::Actor& b,
                     const GraphViewOptions& options) {
  sql::Query query = window_rows(options, PairScope{std::pair{a.id, b.id}, {}}, true);
  query.sql = "SELECT substr(month, 1, 4), sum(events), total(net_weight), sum(cooperative), "
              "sum(conflictual) FROM (" + query.sql + ") GROUP BY 1 ORDER BY 1";
  auto statement = sql::prepare(db, query, kContext);
  TieSummary summary;
  while (step(db, statement.get())) {
    sqlite3_stmt* row = statement.get();
    TieCounts counts{sqlite3_column_int64(row, 1), sqlite3_column_int64(row, 3),
                     sqlite3_column_int64(row, 4), sqlite3_column_double(row, 2)};
    summary.total.events += counts.events;
    summary.total.cooperative += counts.cooperative;
    summary.total.conflictual += counts.conflictual;
    summary.total.net_weight += counts.net_weight;
    summary.by_year.emplace(sql::text(row, 0), counts);
  }
  return summary;
}

/// Adds the (neighbour, events) rows of `query` to `counts`, leaving out node `id` itself.
void add_counts(sqlite3* db, const sql::Query& query, long long id,
                std::unordered_map<long long, long long>& counts) {
  auto statement = sql::prepare(db, query, kContext);
  while (step(db, statement.get())) {
    const long long other = sqlite3_column_int64(statement.get(), 0);
    if (other != id) counts[other] += sqlite3_column_int64(statement.get(), 1);
  }
}

/// Events per neighbouring node of node `id` at state level, counted from the
/// covering node indexes alone (no event rows are read): all that ranking
/// two-hop paths needs. Only `until` of the options is applied (the caller
/// checks that there is no type or since filter, which the indexes lack).
std::unordered_map<long long, long long> neighbour_counts(sqlite3* db, long long id,
                                                          const GraphViewOptions& options) {
  std::unordered_map<long long, long long> counts;
  for (const char* sides : {"e.target_node_id, count(*) FROM event e WHERE e.source_node_id = ?1",
                            "e.source_node_id, count(*) FROM event e WHERE e.target_node_id = ?1"}) {
    sql::Query query{std::string("SELECT ") + sides, {id}};
    if (options.until) query.sql += " AND e.day_from <= " + query.param(options.until->last_day());
    query.sql += " GROUP BY 1";
    add_counts(db, query, id, counts);
  }
  return counts;
}

/// neighbour_counts from the yearly pair counts (table pair_year): a row per
/// neighbour and year instead of an index entry per event. Only for a window
/// without `until` or with `until` on a year's last day.
std::unordered_map<long long, long long> yearly_neighbour_counts(sqlite3* db, long long id,
                                                                 const GraphViewOptions& options) {
  std::unordered_map<long long, long long> counts;
  for (const char* sides : {"hi_node_id, sum(events) FROM pair_year WHERE lo_node_id = ?1",
                            "lo_node_id, sum(events) FROM pair_year WHERE hi_node_id = ?1"}) {
    sql::Query query{std::string("SELECT ") + sides, {id}};
    if (options.until) query.sql += " AND year <= " + query.param(options.until->last_day().substr(0, 4));
    query.sql += " GROUP BY 1";
    add_counts(db, query, id, counts);
  }
  return counts;
}

/// The part of the view two-hop paths between a and b run on: a, b and their
/// common neighbours, whose edges carry only event counts (their strength).
GraphView counted_two_hop_view(sqlite3* db, const core::Actor& a, const core::Actor& b,
                               const GraphViewOptions& options,
                               std::unordered_map<std::string, long long>& ids) {
  const bool whole_years = !options.until || options.until->last_day().substr(5) == "12-31";
  const auto count = options.use_rollup && whole_years ? yearly_neighbour_counts : neighbour_counts;
  const auto around_a = count(db, a.id, options);
  const auto around_b = count(db, b.id, options);
  std::string id_list = "[" + std::to_string(a.id) + "," + std::to_string(b.id);
  for (const auto& [other, count] : around_a) {
    if (other == b.id || count < options.min_events) continue;
    const auto found = around_b.find(other);
    if (found == around_b.end() || found->second < options.min_events) continue;
    id_list += "," + std::to_string(other);
  }
  id_list += "]";

  GraphView view;
  std::unordered_map<long long, Vertex> by_id;
  auto names = sql::prepare(db,
                            sql::Query{"SELECT id, code, name, kind FROM actor "
                                       "WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY code",
                                       {id_list}},
                            kContext);
  while (step(db, names.get())) {
    sqlite3_stmt* row = names.get();
    NodeProps node{sql::text(row, 1), sql::text(row, 2),
                   core::parse_actor_kind(sql::text(row, 3)).value_or(core::ActorKind::state)};
    const long long id = sqlite3_column_int64(row, 0);
    const Vertex vertex = boost::add_vertex(node, view.graph);
    view.by_code.emplace(node.code, vertex);
    by_id.emplace(id, vertex);
    ids.emplace(node.code, id);
  }
  for (const auto& [id, vertex] : by_id) {
    if (id == a.id || id == b.id) continue;
    EdgeProps to_a;
    to_a.events = around_a.at(id);
    EdgeProps to_b;
    to_b.events = around_b.at(id);
    boost::add_edge(by_id.at(a.id), vertex, to_a, view.graph);
    boost::add_edge(vertex, by_id.at(b.id), to_b, view.graph);
  }
  return view;
}

}  // namespace

void TiesOptions::validate() const {
  view.validate();
  if (max_hops < 2 || max_hops > kMaxIndirectHops) {
    throw UsageError("--hops must be between 2 and " + std::to_string(kMaxIndirectHops) +
                     ", not " + std::to_string(max_hops));
  }
  if (limit < 1) throw UsageError("--limit must be at least 1, not " + std::to_string(limit));
}

std::vector<core::EventRecord> events_between(const core::Store& store, std::string_view a,
                                              std::string_view b, const GraphViewOptions& options,
                                              std::optional<long long> limit) {
  core::EventFilter filter;
  filter.actor = std::string(a);
  filter.other = std::string(b);
  filter.types = options.types;
  filter.since = options.since;
  filter.until = options.until;
  filter.newest_first = true;
  const auto is_state = [&store](std::string_view code) {
    const auto actor = store.find_actor(code);
    return actor && actor->kind == core::ActorKind::state;
  };
  // The store's filter lets a state stand for its people too: right at state
  // level; at actor level only the state itself counts, so filter exactly.
  if (options.level == Level::state || (!is_state(a) && !is_state(b))) {
    filter.limit = limit;
    return store.events(filter);
  }
  auto events = store.events(filter);
  const auto exact = [&](const core::EventRecord& event) {
    return (event.source.code == a && event.target.code == b) ||
           (event.source.code == b && event.target.code == a);
  };
  events.erase(std::remove_if(events.begin(), events.end(),
                              [&](const core::EventRecord& event) { return !exact(event); }),
               events.end());
  if (limit && static_cast<long long>(events.size()) > *limit) {
    events.resize(static_cast<std::size_t>(*limit));
  }
  return events;
}

void require_node(const core::Store& store, const core::Actor& actor, Level level) {
  if (level != Level::state || actor.kind != core::ActorKind::person) return;
  // A person with a state is not a node at state level: their events count for it.
  if (actor.home_state || !store.roles_of(actor.code).empty()) {
    throw UsageError(actor.name +
                     " is a person; at --level state people count for the state they "
                     "represented: name the state, or use --level actor");
  }
}

TiesResult find_ties(const core::Store& store, std::string_view a, std::string_view b,
                     const TiesOptions& options) {
  options.validate();
  TiesResult result;
  result.a = require_actor(store, a);
  result.b = require_actor(store, b);
  if (result.a.code == result.b.code) {
    throw UsageError("both sides are " + result.a.name + "; name two different actors");
  }
  require_node(store, result.a, options.view.level);
  require_node(store, result.b, options.view.level);

  sqlite3* db = store.handle();
  result.summary = summarise(db, result.a, result.b, options.view);
  result.direct_total = result.summary.total.events;
  result.direct = events_between(store, result.a.code, result.b.code, options.view, options.limit);

  const EdgeProps direct = pair_props(db, result.a.id, result.b.id, options.view);
  if (direct.events > 0 && direct.events >= options.view.min_events) {
    Path path;
    path.nodes = {result.a.code, result.b.code};
    path.node_props = {NodeProps{result.a.code, result.a.name, result.a.kind},
                       NodeProps{result.b.code, result.b.name, result.b.kind}};
    path.hops.push_back(Hop{result.a.code, result.b.code, direct, tie_strength(direct)});
    path.strength = path_strength({path.hops.front().strength});
    result.direct_tie = std::move(path);
  }

  const bool two_hops = options.max_hops == 2;
  if (two_hops && options.view.level == Level::state && options.view.types.empty() &&
      !options.view.since) {
    // The quick way (see counted_two_hop_view): rank on index counts, then
    // aggregate the events of the few hops shown.
    std::unordered_map<std::string, long long> ids;
    const GraphView view =
        counted_two_hop_view(db, result.a, result.b, options.view, ids);
    result.paths = indirect_paths(view, result.a.code, result.b.code, 2, options.max_paths);
    std::map<std::pair<long long, long long>, EdgeProps> aggregated;
    for (auto& path : result.paths) {
      for (auto& hop : path.hops) {
        const std::pair<long long, long long> key{ids.at(hop.from), ids.at(hop.to)};
        auto found = aggregated.find(key);
        if (found == aggregated.end()) {
          found = aggregated
                      .emplace(key, pair_props(db, key.first, key.second, options.view))
                      .first;
        }
        hop.props = found->second;
      }
    }
  } else {
    GraphViewOptions view_options = options.view;
    // Two hops need only the edges touching a or b: a - x and x - b.
    if (two_hops) view_options.focus = {result.a.code, result.b.code};
    const GraphView view = build_graph_view(store, view_options);
    result.paths = indirect_paths(view, result.a.code, result.b.code, options.max_hops,
                                  options.max_paths);
  }
  return result;
}

}  // namespace dipgraph::graphs
