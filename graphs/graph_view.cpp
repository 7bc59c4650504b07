#include "graphs/graph_view.hpp"

#include <sqlite3.h>

#include <memory>
#include <set>
#include <utility>
#include <variant>

#include "core/error.hpp"
#include "core/event_type.hpp"

namespace dipgraph::graphs {

namespace {

// core/sqlite.hpp is private to core/, so this file keeps its own minimal
// statement handling over the connection the store lends out.
using StatementPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

StatementPtr prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  const int code = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
  if (code != SQLITE_OK) {
    sqlite3_finalize(statement);
    throw StoreError(code, std::string("graph view: ") + sqlite3_errmsg(db));
  }
  return StatementPtr(statement, &sqlite3_finalize);
}

void bind_text(sqlite3* db, sqlite3_stmt* statement, int index, const std::string& text) {
  const int code = sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                                     SQLITE_TRANSIENT);
  if (code != SQLITE_OK) throw StoreError(code, std::string("graph view: ") + sqlite3_errmsg(db));
}

void bind_int64(sqlite3* db, sqlite3_stmt* statement, int index, long long value) {
  const int code = sqlite3_bind_int64(statement, index, value);
  if (code != SQLITE_OK) throw StoreError(code, std::string("graph view: ") + sqlite3_errmsg(db));
}

bool step(sqlite3* db, sqlite3_stmt* statement) {
  const int code = sqlite3_step(statement);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  throw StoreError(code, std::string("graph view: ") + sqlite3_errmsg(db));
}

std::string text(sqlite3_stmt* statement, int column) {
  const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
  return value == nullptr ? std::string() : std::string(value);
}

using NodePair = std::pair<long long, long long>;  // actor ids, smaller first

// The actor ids of the focus codes, without duplicates; unknown codes are skipped.
std::vector<long long> focus_ids(sqlite3* db, const std::vector<std::string>& codes) {
  std::set<long long> ids;
  auto statement = prepare(db, "SELECT id FROM actor WHERE code = ?1");
  for (const auto& code : codes) {
    sqlite3_reset(statement.get());
    bind_text(db, statement.get(), 1, code);
    if (step(db, statement.get())) ids.insert(sqlite3_column_int64(statement.get(), 0));
  }
  return {ids.begin(), ids.end()};
}

// One aggregate over the window: a row per unordered node pair and type.
std::map<NodePair, EdgeProps> load_pairs(sqlite3* db, const GraphViewOptions& options) {
  const std::string a = options.level == Level::state ? "e.source_node_id" : "e.source_id";
  const std::string b = options.level == Level::state ? "e.target_node_id" : "e.target_id";
  std::string sql = "SELECT min(" + a + ", " + b + ") AS lo, max(" + a + ", " + b +
                    ") AS hi, e.type, count(*), min(e.day_from), max(e.day_to), total(e.weight), "
                    "sum(e.weight > 0), sum(e.weight < 0) FROM event e WHERE " + a + " <> " + b;
  std::vector<std::variant<std::string, long long>> params;
  if (!options.focus.empty()) {
    // `a IN (...) OR b IN (...)`: SQLite serves each side with its own index
    // (event_by_nodes / event_by_nodes_reverse, or event_by_source / _target).
    const std::vector<long long> ids = focus_ids(db, options.focus);
    std::string list;
    for (std::size_t i = 0; i < ids.size(); ++i) list += i == 0 ? "?" : ", ?";
    if (ids.empty()) list = "NULL";
    sql += " AND (" + a + " IN (" + list + ") OR " + b + " IN (" + list + "))";
    params.insert(params.end(), ids.begin(), ids.end());
    params.insert(params.end(), ids.begin(), ids.end());
  }
  if (!options.types.empty()) {
    sql += " AND e.type IN (";
    for (std::size_t i = 0; i < options.types.size(); ++i) sql += i == 0 ? "?" : ", ?";
    sql += ")";
    params.insert(params.end(), options.types.begin(), options.types.end());
  }
  if (options.since) {
    sql += " AND e.day_to >= ?";
    params.push_back(options.since->first_day());
  }
  if (options.until) {
    sql += " AND e.day_from <= ?";
    params.push_back(options.until->last_day());
  }
  sql += " GROUP BY lo, hi, e.type";

  auto statement = prepare(db, sql);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (const auto* id = std::get_if<long long>(&params[i])) {
      bind_int64(db, statement.get(), index, *id);
    } else {
      bind_text(db, statement.get(), index, std::get<std::string>(params[i]));
    }
  }
  std::map<NodePair, EdgeProps> pairs;
  while (step(db, statement.get())) {
    sqlite3_stmt* row = statement.get();
    pairs[{sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 1)}].add(
        text(row, 2), sqlite3_column_int64(row, 3), text(row, 4), text(row, 5),
        sqlite3_column_double(row, 6), sqlite3_column_int64(row, 7), sqlite3_column_int64(row, 8));
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
  auto names = prepare(db,
                       "SELECT id, code, name, kind FROM actor "
                       "WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY code");
  bind_text(db, names.get(), 1, id_list);
  while (step(db, names.get())) {
    sqlite3_stmt* row = names.get();
    // The kind column is CHECK-constrained to the three kinds, so parsing cannot fail.
    NodeProps node{text(row, 1), text(row, 2),
                   core::parse_actor_kind(text(row, 3)).value_or(core::ActorKind::state)};
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
