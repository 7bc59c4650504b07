#include "graphs/ties.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <variant>

#include "core/error.hpp"
#include "graphs/strength.hpp"

namespace dipgraph::graphs {
namespace {

// core/sqlite.hpp is private to core/; like graph_view.cpp, this file keeps
// its own minimal statement handling over the connection the store lends out.
using StatementPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

[[noreturn]] void fail(sqlite3* db, int code) {
  throw StoreError(code, std::string("ties: ") + sqlite3_errmsg(db));
}

StatementPtr prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  const int code = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
  if (code != SQLITE_OK) {
    sqlite3_finalize(statement);
    fail(db, code);
  }
  return StatementPtr(statement, &sqlite3_finalize);
}

using Param = std::variant<std::string, long long>;

void bind_params(sqlite3* db, sqlite3_stmt* statement, const std::vector<Param>& params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    int code = SQLITE_OK;
    if (const auto* id = std::get_if<long long>(&params[i])) {
      code = sqlite3_bind_int64(statement, index, *id);
    } else {
      const auto& text = std::get<std::string>(params[i]);
      code = sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
    }
    if (code != SQLITE_OK) fail(db, code);
  }
}

core::Actor require_actor(const core::Store& store, std::string_view code) {
  auto actor = store.find_actor(code);
  if (!actor) throw NotFoundError("no actor with code '" + std::string(code) + "'", {});
  return *actor;
}

/// A `FROM` clause and its parameters selecting the events between nodes `a`
/// and `b` (ids) in the window, over the columns the graph view uses at this
/// level. Two UNION ALL branches, one per direction: each is an equality on
/// both leading columns of one index (event_by_nodes at state level,
/// event_by_source at actor level), and unlike `OR` they need no row set to
/// drop duplicates.
struct PairFrom {
  std::string sql;
  std::vector<Param> params;
};

PairFrom pair_from(long long a, long long b, const GraphViewOptions& options) {
  const bool state = options.level == Level::state;
  const std::string source = state ? "e.source_node_id" : "e.source_id";
  const std::string target = state ? "e.target_node_id" : "e.target_id";
  PairFrom from{"", {a, b}};
  std::string filters;
  if (!options.types.empty()) {
    filters += " AND e.type IN (";
    for (std::size_t i = 0; i < options.types.size(); ++i) {
      filters += (i == 0 ? "?" : ", ?") + std::to_string(from.params.size() + 1);
      from.params.emplace_back(options.types[i]);
    }
    filters += ")";
  }
  if (options.since) {
    from.params.emplace_back(options.since->first_day());
    filters += " AND e.day_to >= ?" + std::to_string(from.params.size());
  }
  if (options.until) {
    from.params.emplace_back(options.until->last_day());
    filters += " AND e.day_from <= ?" + std::to_string(from.params.size());
  }
  const std::string columns = "SELECT e.type, e.day_from, e.day_to, e.weight FROM event e WHERE ";
  from.sql = " FROM (" + columns + source + " = ?1 AND " + target + " = ?2" + filters +
             " UNION ALL " + columns + source + " = ?2 AND " + target + " = ?1" + filters + ") e";
  return from;
}

bool step(sqlite3* db, sqlite3_stmt* statement) {
  const int code = sqlite3_step(statement);
  if (code == SQLITE_ROW) return true;
  if (code != SQLITE_DONE) fail(db, code);
  return false;
}

std::string column_text(sqlite3_stmt* statement, int column) {
  const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
  return value == nullptr ? std::string() : std::string(value);
}

/// How a window splits over the pair rollup (table pair_month, keyed by the
/// month of day_from; docs/schema.md). Months wholly inside the window come
/// from the rollup; the rest of the window's events are read as rows, from
/// a bounded part of the indexes: the days of a month the window cuts, and
/// the spans that start in a month before `since` and reach into the window.
struct RollupWindow {
  std::optional<std::string> first_month;  ///< "YYYY-MM": rollup months from it; nullopt: all
  std::optional<std::string> last_month;   ///< up to it (inclusive); nullopt: all
  std::vector<std::pair<std::string, std::string>> partial;  ///< day_from ranges read as rows
  std::optional<std::string> spans_before;  ///< spans starting before this day reaching since
};

std::string shift_month(const std::string& month, int by) {
  int year = std::stoi(month.substr(0, 4));
  int number = std::stoi(month.substr(5, 2)) + by;
  if (number > 12) number -= 12, ++year;
  if (number < 1) number += 12, --year;
  return std::to_string(year) + (number < 10 ? "-0" : "-") + std::to_string(number);
}

RollupWindow rollup_window(const GraphViewOptions& options) {
  RollupWindow window;
  std::optional<std::string> since_month;
  if (options.since) {
    const std::string since = options.since->first_day();
    since_month = since.substr(0, 7);
    const bool whole = since.substr(8) == "01";
    window.first_month = whole ? *since_month : shift_month(*since_month, 1);
    if (!whole) window.partial.emplace_back(*since_month + "-01", *since_month + "-31");
    window.spans_before = *since_month + "-01";
  }
  if (options.until) {
    const std::string until = options.until->last_day();
    const std::string month = until.substr(0, 7);
    const int days = core::days_in_month(std::stoi(month.substr(0, 4)), std::stoi(month.substr(5, 2)));
    const bool whole = std::stoi(until.substr(8)) == days;
    window.last_month = whole ? month : shift_month(month, -1);
    const bool cut_already = !window.partial.empty() && since_month == month;
    if (!whole && !cut_already) window.partial.emplace_back(month + "-01", month + "-31");
  }
  return window;
}

/// Rows (type, month, events, first_day, last_day, net_weight, cooperative,
/// conflictual) whose sums over a pair are the aggregate of the events between
/// nodes `a` and `b` (ids) in the window: rollup rows and single event rows.
/// State level only (the rollup is kept over event.source_node_id/target_node_id).
PairFrom pair_month_rows(long long a, long long b, const GraphViewOptions& options) {
  PairFrom from;
  from.params.emplace_back(std::min(a, b));
  from.params.emplace_back(std::max(a, b));
  const auto param = [&from](Param value) {
    from.params.push_back(std::move(value));
    return "?" + std::to_string(from.params.size());
  };
  std::string types;
  if (!options.types.empty()) {
    types = " AND type IN (";
    for (std::size_t i = 0; i < options.types.size(); ++i) {
      types += (i == 0 ? "" : ", ") + param(options.types[i]);
    }
    types += ")";
  }
  std::string window;
  if (options.since) window += " AND day_to >= " + param(options.since->first_day());
  if (options.until) window += " AND day_from <= " + param(options.until->last_day());
  const RollupWindow split = rollup_window(options);

  std::vector<std::string> branches;
  if (!(split.first_month && split.last_month && *split.first_month > *split.last_month)) {
    std::string rollup =
        "SELECT type, month, events, first_day, last_day, net_weight, cooperative, conflictual "
        "FROM pair_month WHERE lo_node_id = ?1 AND hi_node_id = ?2" + types;
    if (split.first_month) rollup += " AND month >= " + param(*split.first_month);
    if (split.last_month) rollup += " AND month <= " + param(*split.last_month);
    branches.push_back(rollup);
  }
  const std::string columns =
      "SELECT type, substr(day_from, 1, 7) AS month, 1 AS events, day_from AS first_day, "
      "day_to AS last_day, weight AS net_weight, weight > 0 AS cooperative, "
      "weight < 0 AS conflictual FROM event WHERE ";
  const auto both_ways = [&](const std::string& condition) {
    for (const char* direction : {"source_node_id = ?1 AND target_node_id = ?2",
                                  "source_node_id = ?2 AND target_node_id = ?1"}) {
      branches.push_back(columns + direction + types + window + condition);
    }
  };
  for (const auto& [first, last] : split.partial) {
    both_ways(" AND day_from >= " + param(first) + " AND day_from <= " + param(last));
  }
  // Served by the partial index event_spans_by_nodes (its WHERE, verbatim).
  if (split.spans_before) {
    both_ways(" AND day_from < " + param(*split.spans_before) +
              " AND substr(day_from, 1, 7) <> substr(day_to, 1, 7)");
  }
  for (std::size_t i = 0; i < branches.size(); ++i) {
    from.sql += (i == 0 ? " FROM (" : " UNION ALL ") + branches[i];
  }
  from.sql += ") e";
  return from;
}

/// The aggregated events between nodes `a` and `b` (ids), as the graph view's edge.
EdgeProps pair_props(sqlite3* db, long long a, long long b, const GraphViewOptions& options,
                     bool use_rollup) {
  const bool rollup = use_rollup && options.level == Level::state;
  const PairFrom from = rollup ? pair_month_rows(a, b, options) : pair_from(a, b, options);
  auto statement = prepare(db, rollup ? "SELECT e.type, sum(e.events), min(e.first_day), "
                                        "max(e.last_day), total(e.net_weight), "
                                        "sum(e.cooperative), sum(e.conflictual)" +
                                            from.sql + " GROUP BY e.type"
                                      : "SELECT e.type, count(*), min(e.day_from), max(e.day_to), "
                                        "total(e.weight), sum(e.weight > 0), sum(e.weight < 0)" +
                                            from.sql + " GROUP BY e.type");
  bind_params(db, statement.get(), from.params);
  EdgeProps edge;
  while (step(db, statement.get())) {
    sqlite3_stmt* row = statement.get();
    edge.add(column_text(row, 0), sqlite3_column_int64(row, 1), column_text(row, 2),
             column_text(row, 3), sqlite3_column_double(row, 4), sqlite3_column_int64(row, 5),
             sqlite3_column_int64(row, 6));
  }
  return edge;
}

/// The direct events' counts per year, aggregated in SQL.
TieSummary summarise(const core::Store& store, const core::Actor& a, const core::Actor& b,
                     const GraphViewOptions& options, bool use_rollup) {
  const bool rollup = use_rollup && options.level == Level::state;
  const PairFrom from = rollup ? pair_month_rows(a.id, b.id, options) : pair_from(a.id, b.id, options);
  std::string sql = rollup ? "SELECT substr(e.month, 1, 4), sum(e.events), total(e.net_weight), "
                             "sum(e.cooperative), sum(e.conflictual)" + from.sql
                           : "SELECT substr(e.day_from, 1, 4), count(*), total(e.weight), "
                             "sum(e.weight > 0), sum(e.weight < 0)" + from.sql;
  const auto& params = from.params;
  sql += " GROUP BY 1 ORDER BY 1";
  sqlite3* db = store.handle();
  auto statement = prepare(db, sql);
  bind_params(db, statement.get(), params);
  TieSummary summary;
  while (true) {
    const int code = sqlite3_step(statement.get());
    if (code == SQLITE_DONE) break;
    if (code != SQLITE_ROW) fail(db, code);
    sqlite3_stmt* row = statement.get();
    const auto* year = reinterpret_cast<const char*>(sqlite3_column_text(row, 0));
    TieCounts counts{sqlite3_column_int64(row, 1), sqlite3_column_int64(row, 3),
                     sqlite3_column_int64(row, 4), sqlite3_column_double(row, 2)};
    summary.total.events += counts.events;
    summary.total.cooperative += counts.cooperative;
    summary.total.conflictual += counts.conflictual;
    summary.total.net_weight += counts.net_weight;
    summary.by_year.emplace(year == nullptr ? std::string() : std::string(year), counts);
  }
  return summary;
}

/// Events per neighbouring node of node `id` at state level, counted from the
/// covering node indexes alone (no event rows are read): all that ranking
/// two-hop paths needs. Only `until` of the options is applied (the caller
/// checks that there is no type or since filter, which the indexes lack).
std::unordered_map<long long, long long> neighbour_counts(sqlite3* db, long long id,
                                                          const GraphViewOptions& options) {
  std::unordered_map<long long, long long> counts;
  const std::string until = options.until ? " AND e.day_from <= ?2" : "";
  for (const std::string& sql :
       {"SELECT e.target_node_id, count(*) FROM event e WHERE e.source_node_id = ?1" + until +
            " GROUP BY 1",
        "SELECT e.source_node_id, count(*) FROM event e WHERE e.target_node_id = ?1" + until +
            " GROUP BY 1"}) {
    auto statement = prepare(db, sql);
    std::vector<Param> params{id};
    if (options.until) params.emplace_back(options.until->last_day());
    bind_params(db, statement.get(), params);
    while (step(db, statement.get())) {
      const long long other = sqlite3_column_int64(statement.get(), 0);
      if (other != id) counts[other] += sqlite3_column_int64(statement.get(), 1);
    }
  }
  return counts;
}

/// neighbour_counts from the yearly pair counts (table pair_year): a row per
/// neighbour and year instead of an index entry per event. Only for a window
/// without `until` or with `until` on a year's last day.
std::unordered_map<long long, long long> yearly_neighbour_counts(sqlite3* db, long long id,
                                                                 const GraphViewOptions& options) {
  std::unordered_map<long long, long long> counts;
  const std::string years = options.until ? " AND year <= ?2" : "";
  for (const std::string& sql :
       {"SELECT hi_node_id, sum(events) FROM pair_year WHERE lo_node_id = ?1" + years + " GROUP BY 1",
        "SELECT lo_node_id, sum(events) FROM pair_year WHERE hi_node_id = ?1" + years + " GROUP BY 1"}) {
    auto statement = prepare(db, sql);
    std::vector<Param> params{id};
    if (options.until) params.emplace_back(options.until->last_day().substr(0, 4));
    bind_params(db, statement.get(), params);
    while (step(db, statement.get())) {
      counts[sqlite3_column_int64(statement.get(), 0)] += sqlite3_column_int64(statement.get(), 1);
    }
  }
  return counts;
}

/// The part of the view two-hop paths between a and b run on: a, b and their
/// common neighbours, whose edges carry only event counts (their strength).
GraphView counted_two_hop_view(sqlite3* db, const core::Actor& a, const core::Actor& b,
                               const GraphViewOptions& options, bool use_rollup,
                               std::unordered_map<std::string, long long>& ids) {
  const bool whole_years = !options.until || options.until->last_day().substr(5) == "12-31";
  const auto count = use_rollup && whole_years ? yearly_neighbour_counts : neighbour_counts;
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
  auto names = prepare(db,
                       "SELECT id, code, name, kind FROM actor "
                       "WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY code");
  bind_params(db, names.get(), {id_list});
  while (step(db, names.get())) {
    sqlite3_stmt* row = names.get();
    NodeProps node{column_text(row, 1), column_text(row, 2),
                   core::parse_actor_kind(column_text(row, 3)).value_or(core::ActorKind::state)};
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

  result.summary = summarise(store, result.a, result.b, options.view, options.use_rollup);
  result.direct_total = result.summary.total.events;
  result.direct = events_between(store, result.a.code, result.b.code, options.view, options.limit);

  sqlite3* db = store.handle();
  const EdgeProps direct =
      pair_props(db, result.a.id, result.b.id, options.view, options.use_rollup);
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
        counted_two_hop_view(db, result.a, result.b, options.view, options.use_rollup, ids);
    result.paths = indirect_paths(view, result.a.code, result.b.code, 2, options.max_paths);
    std::map<std::pair<long long, long long>, EdgeProps> aggregated;
    for (auto& path : result.paths) {
      for (auto& hop : path.hops) {
        const std::pair<long long, long long> key{ids.at(hop.from), ids.at(hop.to)};
        auto found = aggregated.find(key);
        if (found == aggregated.end()) {
          found = aggregated
                      .emplace(key, pair_props(db, key.first, key.second, options.view,
                                               options.use_rollup))
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
