#pragma once
// The store's schema: forward migrations keyed by PRAGMA user_version, the
// application_id that marks a file as dipgraph's, and the rule that projects a
// person onto the state they represented (shared by the store and the seeder).
// Documented table by table in docs/schema.md.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sqlite.hpp"

namespace dipgraph::core::schema {

/// PRAGMA application_id of every dipgraph database: "dipg" in ASCII.
inline constexpr int kApplicationId = 0x64697067;

/// The migration scripts: entry i brings user_version i to i + 1. Append only;
/// never edit a released entry (databases in the field already ran it).
const std::vector<std::string_view>& migrations();

/// The user_version of a fully migrated database.
int latest_version();

/// What a connection's file holds, read from its header and sqlite_schema.
struct Inspection {
  int application_id = 0;
  int user_version = 0;
  long long objects = 0;  ///< rows in sqlite_schema
  /// A brand-new (or zero-length) file: nothing in it yet.
  bool empty() const { return application_id == 0 && user_version == 0 && objects == 0; }
  bool ours() const { return application_id == kApplicationId; }
};

/// Reads the file's identity. Throws StoreError (SQLITE_NOTADB) naming
/// `db.path()` when the file is not an SQLite database at all.
Inspection inspect(const sqlite::Database& db);

/// Throws StoreError when the database belongs to another application or has
/// a newer schema than this binary knows; with `read_only`, also when it is
/// empty or older than latest_version() (a read-only open cannot migrate).
void check_compatible(const Inspection& inspection, const std::string& path, bool read_only);

/// Applies the missing migrations in one IMMEDIATE transaction and stamps
/// application_id and user_version. A no-op on an up-to-date database.
/// Returns the number of migrations applied.
int migrate(sqlite::Database& db);

/// Recomputes event.source_node_id / target_node_id (see docs/schema.md,
/// "node projection") for the events of one person, or of every person.
void reproject_events(sqlite::Database& db, std::optional<long long> person_id = std::nullopt);

/// Refills the pair rollup (pair_month, pair_year, pair_total; docs/schema.md) from the event
/// table. Throws StoreError.
void rebuild_rollup(sqlite::Database& db);

/// The rows in which the pair rollup differs from the aggregate of the event
/// table it stands for (missing, extra or different rows): 0 when it is
/// exact. For tests and checks; reads every event. Throws StoreError.
long long rollup_mismatches(const sqlite::Database& db);

/// SQL for the node an actor counts as on a day: the actor itself for states
/// and orgs; for a person the state of their role covering the day (latest
/// start wins), else their home state, else the person. `actor_id` and `day`
/// are SQL expressions (column names or parameters). `curated_only` leaves
/// out roles read from articles (Knowledge::curated).
std::string node_of_sql(std::string_view actor_id, std::string_view day, bool curated_only = false);

/// The schema as `sqlite3 FILE .schema` prints it (sqlite 3.40 shell): each
/// sqlite_schema entry's SQL in rowid order, views followed by their column
/// list comment, each terminated by ";\n".
std::string dump(const sqlite::Database& db);

}  // namespace dipgraph::core::schema
