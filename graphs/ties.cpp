#include "graphs/ties.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <variant>

#include "core/error.hpp"

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

/// The direct events' counts per year, aggregated in SQL over the same
/// columns the graph view uses at this level.
TieSummary summarise(const core::Store& store, const core::Actor& a, const core::Actor& b,
                     const GraphViewOptions& options) {
  const bool state = options.level == Level::state;
  const std::string source = state ? "e.source_node_id" : "e.source_id";
  const std::string target = state ? "e.target_node_id" : "e.target_id";
  // Each branch is an equality on both columns of one index (event_by_nodes,
  // event_by_nodes_reverse; event_by_source at actor level).
  std::string sql = "SELECT substr(e.day_from, 1, 4), count(*), total(e.weight), "
                    "sum(e.weight > 0), sum(e.weight < 0) FROM event e WHERE ((" +
                    source + " = ?1 AND " + target + " = ?2) OR (" + source + " = ?2 AND " +
                    target + " = ?1))";
  std::vector<Param> params{a.id, b.id};
  if (!options.types.empty()) {
    sql += " AND e.type IN (";
    for (std::size_t i = 0; i < options.types.size(); ++i) {
      sql += (i == 0 ? "?" : ", ?") + std::to_string(params.size() + 1);
      params.emplace_back(options.types[i]);
    }
    sql += ")";
  }
  if (options.since) {
    params.emplace_back(options.since->first_day());
    sql += " AND e.day_to >= ?" + std::to_string(params.size());
  }
  if (options.until) {
    params.emplace_back(options.until->last_day());
    sql += " AND e.day_from <= ?" + std::to_string(params.size());
  }
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

  result.summary = summarise(store, result.a, result.b, options.view);
  result.direct_total = result.summary.total.events;
  result.direct = events_between(store, result.a.code, result.b.code, options.view, options.limit);

  GraphViewOptions view_options = options.view;
  // Two hops need only the edges touching a or b: a - x and x - b.
  if (options.max_hops == 2) view_options.focus = {result.a.code, result.b.code};
  const GraphView view = build_graph_view(store, view_options);
  const auto u = view.find(result.a.code);
  const auto v = view.find(result.b.code);
  if (u && v && boost::edge(*u, *v, view.graph).second) result.direct_tie = make_path(view, {*u, *v});
  result.paths = indirect_paths(view, result.a.code, result.b.code, options.max_hops,
                                options.max_paths);
  return result;
}

}  // namespace dipgraph::graphs
