// Store: secondary event indexes dropped for a bulk load and built after it.
#include <string>
#include <utility>
#include <vector>

#include "core/sort_bounds.hpp"
#include "core/store.hpp"
#include "core/store_impl.hpp"

namespace dipgraph::core {
namespace {

/// meta keys 'deferred_index:<name>' hold the CREATE INDEX text of a dropped index.
constexpr const char* kPrefix = "deferred_index:";

void restore(sqlite::Database& db) {
  std::vector<std::pair<std::string, std::string>> pending;
  {
    auto query = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'deferred_index:%' ORDER BY key");
    while (query.step()) pending.emplace_back(query.column_text(0), query.column_text(1));
  }
  if (pending.empty()) return;
  const sqlite::ScopedSortBounds bounds(db);
  for (const auto& [key, sql] : pending) {
    // The stored text is sqlite_master's own, so `.schema` reads as before.
    db.exec(sql);
    db.cached("DELETE FROM meta WHERE key = ?1").bind_all(key).run();
  }
}

}  // namespace

long long Store::max_event_id() const {
  return impl_->db.query_int64("SELECT max(id) FROM event").value_or(0);
}

void Store::defer_event_indexes() {
  auto& db = impl_->db;
  std::vector<std::pair<std::string, std::string>> indexes;
  {
    auto query = db.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name IN ('event', 'event_source') AND sql IS NOT NULL "
        "AND name NOT IN ('event_key', 'event_source_by_record')");
    while (query.step()) indexes.emplace_back(query.column_text(0), query.column_text(1));
  }
  for (const auto& [name, sql] : indexes) {
    db.cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
        .bind_all(std::string(kPrefix) + name, sql)
        .run();
    db.exec("DROP INDEX \"" + name + "\"");
  }
}

void Store::restore_event_indexes() { restore(impl_->db); }

void restore_deferred_indexes(sqlite::Database& db) {
  if (db.query_int64("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index:%'").value_or(0) == 0) {
    return;
  }
  db.exec("BEGIN IMMEDIATE");
  try {
    restore(db);
    db.exec("COMMIT");
  } catch (...) {
    db.try_exec("ROLLBACK");
    throw;
  }
}

}  // namespace dipgraph::core
