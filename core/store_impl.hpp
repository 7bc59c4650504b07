#pragma once
// Store's private state, shared by store.cpp (open, transactions, actors,
// roles), store_events.cpp (documents, events) and store_summary.cpp (profile,
// stats). Not part of the public API.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "core/sqlite.hpp"
#include "core/store.hpp"

namespace dipgraph::core {

/// An actor's id and kind, the minimum the store needs to write events.
struct ActorRef {
  long long id = 0;
  ActorKind kind = ActorKind::state;
};

/// The defaults of an event type, loaded from table event_type.
struct TypeInfo {
  std::string cameo;
  double weight = 0;
  bool directed = true;
  std::string plover;  ///< the PLOVER category every event of the type is listed under
};
using TypeTable = std::unordered_map<std::string, TypeInfo>;

struct Store::Impl {
  explicit Impl(sqlite::Database database) : db(std::move(database)) {}

  sqlite::Database db;
  TypeTable types;
  /// One entry per open Transaction, innermost last: true when it is a SAVEPOINT.
  std::vector<bool> transactions;
  /// A file other processes may write too (Store::open), not an in-memory store.
  bool shared = false;
  /// When this connection last committed a transaction, and when its current
  /// run of back-to-back transactions began: after a long run the next one
  /// leaves the write lock free for a moment (store.cpp, take_turn).
  std::optional<std::chrono::steady_clock::time_point> last_commit;
  std::chrono::steady_clock::time_point writing_since;
  /// A read-only store reads one snapshot for its whole life (Store::open):
  /// a query never mixes the states before and after another process's commit.
  /// Declared after `db`, so that it ends first.
  std::optional<sqlite::ReadTransaction> snapshot;
};

/// Re-creates event indexes an interrupted bulk load left dropped (its own
/// transaction); a no-op when there are none.
void restore_deferred_indexes(sqlite::Database& db);

/// The event types as stored (after seeding).
TypeTable load_types(const sqlite::Database& db);
std::optional<ActorRef> find_ref(sqlite::Database& db, std::string_view code);
/// Throws InputError "unknown actor code".
ActorRef require_ref(sqlite::Database& db, std::string_view code);
/// For read queries named by the user: throws NotFoundError with "did you
/// mean" suggestions drawn from the aliases.
ActorRef require_ref_for_query(sqlite::Database& db, std::string_view code);
/// The node (see schema::node_of_sql) of an actor on a day (YYYY-MM-DD).
long long node_of(sqlite::Database& db, long long actor_id, const std::string& day,
                  Knowledge knowledge = Knowledge::all);

/// Roles matching `condition` (SQL over `role r`, parameter ?1 = id), ordered
/// by start day (unknown first), title and state.
std::vector<Role> select_roles(sqlite::Database& db, const std::string& condition, long long id);

/// The event columns an actor is matched on: its own id columns for a person,
/// the node columns (state-level projection) for states and orgs.
std::pair<std::string, std::string> event_columns(ActorKind kind);

/// A WHERE clause over `event e` with its parameters, built from a filter.
struct SqlWhere {
  std::string sql;  ///< "" or " WHERE ..."
  std::vector<std::variant<long long, std::string>> params;
  /// Binds params to parameters first..first+n-1; returns first+n.
  int bind(sqlite::Statement& statement, int first = 1) const;
};

/// For a filter with `actor` and `other`: which directions between them match.
enum class PairDirection { both, actor_to_other, other_to_actor };

/// Throws NotFoundError for an unknown actor code, InputError for an unknown
/// type, UsageError for `other` without `actor`.
SqlWhere event_where(sqlite::Database& db, const TypeTable& types, const EventFilter& filter,
                     PairDirection direction = PairDirection::both);

}  // namespace dipgraph::core
