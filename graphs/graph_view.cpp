#include "graphs/graph_view.hpp"

#include <sqlite3.h>

#include <set>
#include <utility>

#include "core/error.hpp"
#include "core/event_type.hpp"
#include "graphs/statement.hpp"
#include "graphs/window_rows.hpp"

namespace dipgraph::graphs {

namespace {

constexpr const char* kContext = "graph view";

using NodePair = std::pair<long long, long long>;  // actor ids, smaller first

// The actor ids of the focus codes, without duplicates; unknown codes are skipped.
std::vector<long long> focus_ids(sqlite3* db, const std::vector<std::string>& codes) {
  std::set<long long> ids;
  auto statement = sql::prepare(db, "SELECT id FROM actor WHERE code = ?1", kContext);
  for (const auto& code : codes) {
    sqlite3_reset(statement.get());
    sql::bind(db, statement.get(), {code}, kContext);
    if (sql::step(db, statement.get(), kContext)) ids.insert(sqlite3_column_int64(statement.get(), 0));
  }
  return {ids.begin(), ids.end()};
}

// The window's events aggregated per unordered node pair and type.
std::map<NodePair, EdgeProps> load_pairs(sqlite3* db, const GraphViewOptions& options) {
  PairScope scope;
  if (!options.focus.empty()) {
    scope.focus = focus_ids(db, options.focus);
    if (scope.focus.empty()) return {};
  }
  // Rows are summed here rather than by a GROUP BY: the rollup's rows come in
  // key order, a pair's rows one after another, and SQLite's aggregate costs
  // more than the sums.
  const sql::Query query = window_rows(options, scope);
  auto statement = sql::prepare(db, query, kContext);
  std::map<NodePair, EdgeProps> pairs;
  EdgeProps* edge = nullptr;
  NodePair last{-1, -1};
  while (sql::step(db, statement.get(), kContext)) {
    sqlite3_stmt* row = statement.get();
    const NodePair pair{sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 1)};
    if (edge == nullptr || pair != last) {
      edge = &pairs[pair];
      last = pair;
    }
    edge->add(sql::text(row, 2), sqlite3_column_int64(row, 4), sql::text(row, 5), sql::text(row, 6),
              sqlite3_column_double(row, 7), sqlite3_column_int64(row, 8), sqlite3_column_int64(row, 9));
  }
  return pairs;
}

}  // namespace

void GraphViewOptions::validate() const {
  if (min_events < 1) {
    throw UsageError("min events must be at least 1, not " + std::to_string(min_events));
  }
  if (since && until && since->first_day() > until->last_day()) {
    throw UsageError("since " + since->to_string() + " is after until " + until->to_string());
  }
  for (const auto& type : types) {
    if (core::find_event_type(type) == nullptr) {
      throw UsageError("unknown event type '" + type + "' (known: " + core::event_type_names() + ")");
    }
  }
}

std::optional<Vertex> GraphView::find(std::string_view code) const {
  const auto found = by_code.find(std::string(code));
  if (found == by_code.end()) return std::nullopt;
  return found->second;
}

GraphView build_graph_view(const core::Store& store, const GraphViewOptions& options) {
  options.validate();
  sqlite3* db = store.handle();
  const auto pairs = load_pairs(db, options);

  // Nodes come from the pairs before min_events filtering (see the header).
  std::set<long long> ids;
  for (const auto& entry : pairs) ids.insert({entry.first.first, entry.first.second});
  // The ids go in as one JSON array parameter, so any number of them binds.
  std::string id_list = "[";
  for (const long long id : ids) {
    if (id_list.size() > 1) id_list += ',';
    id_list += std::to_string(id);
  }
  id_list += "]";

  GraphView view;
  std::unordered_map<long long, Vertex> by_id;
  auto names = sql::prepare(db,
                            "SELECT id, code, name, kind FROM actor "
                            "WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY code",
                            kContext);
  sql::bind(db, names.get(), {id_list}, kContext);
  while (sql::step(db, names.get(), kContext)) {
    sqlite3_stmt* row = names.get();
    // The kind column is CHECK-constrained to the three kinds, so parsing cannot fail.
    NodeProps node{sql::text(row, 1), sql::text(row, 2),
                   core::parse_actor_kind(sql::text(row, 3)).value_or(core::ActorKind::state)};
    const Vertex vertex = boost::add_vertex(node, view.graph);
    view.by_code.emplace(node.code, vertex);
    by_id.emplace(sqlite3_column_int64(row, 0), vertex);
  }

  for (const auto& [pair, edge] : pairs) {
    if (edge.events < options.min_events) continue;
    boost::add_edge(by_id.at(pair.first), by_id.at(pair.second), edge, view.graph);
  }
  return view;
}

}  // namespace dipgraph::graphs
