// Store: opening (identity checks, migrations, seeding), transactions, actors,
// aliases, roles and memberships. Events live in store_events.cpp, summaries
// in store_summary.cpp.
#include "core/store.hpp"

#include <sqlite3.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/seed.hpp"
#include "core/store_impl.hpp"
#include "core/text_normalize.hpp"

namespace dipgraph::core {
namespace {

constexpr auto kBusyTimeout = std::chrono::milliseconds(5000);
// How long a writer that has held the write lock for a turn leaves it free
// before it takes it again: long enough for a waiting writer, polling every
// millisecond (wait_for_lock), to get in.
constexpr auto kWriterGap = std::chrono::milliseconds(5);
// How long a writer may commit transaction after transaction before it leaves
// that gap. A gap after every transaction cost a bulk import of small articles
// several milliseconds each; once a turn costs at most 5% of a long import.
constexpr auto kWriterTurn = std::chrono::milliseconds(100);
// A Store and its connection are used by one thread at a time, so SQLite's
// per-connection mutex only costs: it was locked and unlocked for every column
// of every row read.
constexpr int kOneThread = SQLITE_OPEN_NOMUTEX;

// SQLite's own busy timeout sleeps ever longer between tries, up to 100 ms. A
// writer committing batch after batch frees the lock only for kWriterGap, which
// such a waiter mostly misses: it starved until its timeout and failed with
// "database is locked". Trying every millisecond catches the gap.
int wait_for_lock(void*, int attempt) {
  // One busy wait at a time per thread: the handler runs inside the blocked call.
  thread_local std::chrono::steady_clock::time_point since;
  const auto now = std::chrono::steady_clock::now();
  if (attempt == 0) since = now;
  if (now - since >= kBusyTimeout) return 0;
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return 1;
}

// Runs after the identity check: some pragmas read the file, and a file that
// is not SQLite must fail in schema::inspect with its clear message.
void configure(sqlite::Database& db, OpenMode mode) {
  db.exec("PRAGMA foreign_keys = ON");
  if (mode == OpenMode::read_only) return;
  // The default 2 MB page cache spills a large import transaction to the WAL
  // and reads it back, which made bulk inserts I/O bound; 64 MB keeps the
  // event indexes of millions of rows hot. Queries skip both settings: the
  // benchmark measured a whole-store GROUP BY twice as slow with them.
  db.exec("PRAGMA cache_size = -65536");
  db.exec("PRAGMA temp_store = MEMORY");
}

// A query of a WAL store in a directory it may not write fails when no -shm
// file lies beside the store (SQLITE_READONLY_DIRECTORY): SQLite cannot create
// the index through which readers and writers share the -wal file. No process
// has the store open then (each keeps the -shm file), and with no -wal file
// left over the store is all in its file, which can be read as immutable.
bool readable_as_immutable(const sqlite::Database& db, const std::string& path) {
  if (sqlite3_extended_errcode(db.handle()) != SQLITE_READONLY_DIRECTORY) return false;
  std::error_code error;
  const auto wal_bytes = std::filesystem::file_size(path + "-wal", error);
  return error || wal_bytes == 0;  // an error: there is no -wal file
}

/// The file: URI opening `path` immutable (percent-encoded, absolute).
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (const unsigned char c : std::filesystem::absolute(path).string()) {
    if (std::isalnum(c) || std::strchr("/-._~", c) != nullptr) {
      uri += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      uri += escaped;
    }
  }
  return uri + "?immutable=1";
}

ActorKind kind_column(const sqlite::Statement& statement, int column) {
  const auto text = statement.column_text(column);
  const auto kind = parse_actor_kind(text);
  if (!kind) throw StoreError(SQLITE_CORRUPT, "unknown actor kind '" + text + "' in the database");
  return *kind;
}

std::optional<Date> date_column(const sqlite::Statement& statement, int column) {
  if (statement.is_null(column)) return std::nullopt;
  const auto text = statement.column_text(column);
  auto date = Date::parse(text);
  if (!date) throw StoreError(SQLITE_CORRUPT, "bad date '" + text + "' in the database");
  return date;
}

std::optional<std::string> date_text(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->to_string();
}

constexpr const char* kActorColumns =
    "SELECT a.id, a.code, a.kind, a.name, h.code FROM actor a "
    "LEFT JOIN actor h ON h.id = a.home_state_id";

Actor read_actor(const sqlite::Statement& statement) {
  return Actor{statement.column_int64(0), statement.column_text(1), kind_column(statement, 2),
               statement.column_text(3), statement.column_optional_text(4)};
}

constexpr const char* kRoleColumns =
    "SELECT p.code, p.name, r.title, s.code, r.start_date, r.end_date, coalesce(r.source, ''), "
    "r.id IN (SELECT role_id FROM article_role) "
    "FROM role r JOIN actor p ON p.id = r.person_id JOIN actor s ON s.id = r.state_id";

Role read_role(const sqlite::Statement& statement) {
  return Role{statement.column_text(0), statement.column_text(1), statement.column_text(2),
              statement.column_text(3), date_column(statement, 4),  date_column(statement, 5),
              statement.column_text(6), statement.column_int(7) != 0 ? Origin::article : Origin::curated};
}

}  // namespace

// ---- Impl ----

TypeTable load_types(const sqlite::Database& db) {
  TypeTable types;
  auto query = db.prepare("SELECT name, cameo, weight, directed, plover FROM event_type");
  while (query.step()) {
    types[query.column_text(0)] = TypeInfo{query.column_text(1), query.column_double(2),
                                            query.column_int(3) != 0, query.column_text(4)};
  }
  return types;
}

std::optional<ActorRef> find_ref(sqlite::Database& db, std::string_view code) {
  auto& query = db.cached("SELECT id, kind FROM actor WHERE code = ?1");
  sqlite::ScopedReset reset(query);
  query.bind(1, code);
  if (!query.step()) return std::nullopt;
  return ActorRef{query.column_int64(0), kind_column(query, 1)};
}

ActorRef require_ref(sqlite::Database& db, std::string_view code) {
  auto ref = find_ref(db, code);
  if (!ref) throw InputError("", 0, "unknown actor code '" + std::string(code) + "'");
  return *ref;
}

namespace {

// Curated data names the person: no longer known from articles only. Returns
// whether they were.
bool confirm_person(sqlite::Database& db, long long person_id) {
  auto& confirm = db.cached("DELETE FROM article_person WHERE person_id = ?1");
  confirm.bind_all(person_id).run();
  return db.changes() > 0;
}

}  // namespace

long long node_of(sqlite::Database& db, long long actor_id, const std::string& day, Knowledge knowledge) {
  auto& query = db.cached("SELECT " + schema::node_of_sql("?1", "?2", knowledge == Knowledge::curated));
  sqlite::ScopedReset reset(query);
  query.bind_all(actor_id, day);
  if (!query.step() || query.is_null(0)) {
    throw StoreError(SQLITE_NOTFOUND, "actor id " + std::to_string(actor_id) + " vanished");
  }
  return query.column_int64(0);
}

// ---- opening ----

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::string& path, OpenMode mode) {
  const bool read_only = mode == OpenMode::read_only;
  if (path.empty()) throw StoreError(SQLITE_CANTOPEN, "no database path given");
  std::error_code error;
  if (read_only && !std::filesystem::exists(path, error)) {
    throw StoreError(SQLITE_CANTOPEN, path + ": no such database; create it with `dipgraph init`");
  }
  const int flags =
      kOneThread | (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  sqlite::Database db(path, flags);
  sqlite3_busy_handler(db.handle(), wait_for_lock, nullptr);
  schema::Inspection inspection;
  try {
    inspection = schema::inspect(db);
  } catch (const StoreError&) {
    if (!read_only || !readable_as_immutable(db, path)) throw;
    db = sqlite::Database(immutable_uri(path), flags | SQLITE_OPEN_URI);
    inspection = schema::inspect(db);
  }
  schema::check_compatible(inspection, path, read_only);
  // SQLite opens a file it may not write read-only without a word; the first
  // write would then fail far from here, with a message that names no file.
  if (!read_only && sqlite3_db_readonly(db.handle(), "main") == 1) {
    throw StoreError(SQLITE_READONLY, path + ": the database file is read-only; nothing was written "
                                             "(check its permissions, or copy it somewhere writable)");
  }
  configure(db, mode);
  if (!read_only) {
    // WAL lets readers work while an import writes; NORMAL sync is safe in WAL
    // (a power cut may lose the last commits, never corrupt the file).
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    schema::migrate(db);
    seed(db);
    restore_deferred_indexes(db);
  }
  auto impl = std::make_unique<Impl>(std::move(db));
  if (read_only) impl->snapshot.emplace(impl->db);  // its first read, load_types, fixes the snapshot
  impl->types = load_types(impl->db);
  impl->shared = true;
  return Store(std::move(impl));
}

Store Store::open_in_memory() {
  sqlite::Database db(":memory:", kOneThread | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  configure(db, OpenMode::read_write);
  schema::migrate(db);
  // The built-in data meets the CHECK constraints (every on-disk store is seeded
  // with them on); skipping them here saves most of the start-up of `extract`,
  // whose kind IN (...) checks build a temporary table for every row.
  db.exec("PRAGMA ignore_check_constraints = ON");
  seed(db);
  db.exec("PRAGMA ignore_check_constraints = OFF");
  auto impl = std::make_unique<Impl>(std::move(db));
  impl->types = load_types(impl->db);
  return Store(std::move(impl));
}

Store Store::open_in_memory(std::string_view image) {
  if (image.empty()) return open_in_memory();
  sqlite::Database db(":memory:", kOneThread | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto* bytes = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
  if (bytes == nullptr) throw StoreError(SQLITE_NOMEM, "out of memory for the built-in store");
  std::memcpy(bytes, image.data(), image.size());
  // SQLite owns (and frees) the copy from here on, also when this fails.
  const int rc = sqlite3_deserialize(db.handle(), "main", bytes, static_cast<sqlite3_int64>(image.size()),
                                     static_cast<sqlite3_int64>(image.size()),
                                     SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  if (rc != SQLITE_OK) return open_in_memory();
  bool current = false;
  try {
    configure(db, OpenMode::read_write);
    auto meta = db.prepare("SELECT value FROM meta WHERE key = 'seed_hash'");
    current = db.query_int64("PRAGMA user_version") == schema::latest_version() && meta.step() &&
              meta.column_text(0) == seed_hash(embedded_data_files());
  } catch (const StoreError&) {
    current = false;  // not a database of ours
  }
  if (!current) return open_in_memory();
  // As seeded today (the image holds a placeholder of the same length).
  db.prepare("UPDATE meta SET value = ?1 WHERE key = 'seeded_at'").bind_all(Date::today().to_string()).run();
  auto impl = std::make_unique<Impl>(std::move(db));
  impl->types = load_types(impl->db);
  return Store(std::move(impl));
}

std::string Store::serialize() const {
  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(impl_->db.handle(), "main", &size, 0);
  if (bytes == nullptr) throw StoreError(SQLITE_NOMEM, "cannot serialize the store");
  std::string image(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  sqlite3_free(bytes);
  return image;
}

sqlite3* Store::handle() const { return impl_->db.handle(); }

long long Store::write_count() const { return sqlite3_total_changes64(impl_->db.handle()); }

int Store::schema_version() const {
  return static_cast<int>(impl_->db.query_int64("PRAGMA user_version").value_or(0));
}

// ---- transactions ----

namespace {

/// Before a top-level write transaction: a writer that has kept the lock
/// busy for a whole turn leaves it free for kWriterGap, so that another
/// process waiting to write gets in between an import's units or batches.
void take_turn(const std::optional<std::chrono::steady_clock::time_point>& last_commit,
               std::chrono::steady_clock::time_point& writing_since) {
  const auto now = std::chrono::steady_clock::now();
  if (!last_commit || now - *last_commit >= kWriterGap) {
    writing_since = now;  // the lock has been free long enough: a new turn
    return;
  }
  if (now - writing_since < kWriterTurn) return;
  std::this_thread::sleep_for(kWriterGap - (now - *last_commit));
  writing_since = std::chrono::steady_clock::now();
}

}  // namespace

Store::Transaction::Transaction(Store& store) : store_(&store) {
  auto& impl = *store.impl_;
  // Nested transactions become savepoints, so helpers that open their own
  // transaction compose with a caller's.
  const bool nested = impl.db.in_transaction();
  if (!nested && impl.shared) take_turn(impl.last_commit, impl.writing_since);
  impl.db.exec(nested ? "SAVEPOINT dipgraph_tx" : "BEGIN IMMEDIATE");
  impl.transactions.push_back(nested);
}

void Store::Transaction::commit() {
  if (done_) throw Error("transaction committed twice");
  auto& impl = *store_->impl_;
  impl.db.exec(impl.transactions.back() ? "RELEASE dipgraph_tx" : "COMMIT");
  if (!impl.transactions.back()) impl.last_commit = std::chrono::steady_clock::now();
  impl.transactions.pop_back();
  done_ = true;
}

Store::Transaction::~Transaction() {
  if (done_) return;
  auto& impl = *store_->impl_;
  if (impl.transactions.empty()) return;
  if (impl.transactions.back()) {
    impl.db.try_exec("ROLLBACK TO dipgraph_tx; RELEASE dipgraph_tx");
  } else if (impl.db.in_transaction()) {
    impl.db.try_exec("ROLLBACK");
  }
  impl.transactions.pop_back();
}

// ---- actors and names ----

std::optional<Actor> Store::find_actor(std::string_view code) const {
  auto& query = impl_->db.cached(std::string(kActorColumns) + " WHERE a.code = ?1");
  sqlite::ScopedReset reset(query);
  query.bind(1, code);
  if (!query.step()) return std::nullopt;
  return read_actor(query);
}

std::vector<Actor> Store::actors(std::optional<ActorKind> kind) const {
  auto query = impl_->db.prepare(std::string(kActorColumns) +
                                 " WHERE ?1 IS NULL OR a.kind = ?1 ORDER BY a.code");
  if (kind) query.bind(1, to_string(*kind));
  std::vector<Actor> result;
  while (query.step()) result.push_back(read_actor(query));
  return result;
}

namespace {

constexpr const char* kAliasColumns =
    "SELECT a.code, a.kind, a.name, al.alias, al.kind FROM alias al JOIN actor a ON a.id = al.actor_id";

std::vector<AliasEntry> read_aliases(sqlite::Statement& query) {
  std::vector<AliasEntry> result;
  while (query.step()) {
    const auto alias_kind = parse_alias_kind(query.column_text(4));
    if (!alias_kind) throw StoreError(SQLITE_CORRUPT, "unknown alias kind in the database");
    result.push_back(AliasEntry{query.column_text(0), kind_column(query, 1), query.column_text(2),
                                query.column_text(3), *alias_kind});
  }
  return result;
}

}  // namespace

std::vector<AliasEntry> Store::aliases(Knowledge knowledge) const {
  auto query = impl_->db.prepare(std::string(kAliasColumns) +
                                 " WHERE ?1 = 0 OR al.actor_id NOT IN (SELECT person_id FROM article_person)"
                                 " ORDER BY al.rowid");
  query.bind(1, knowledge == Knowledge::curated ? 1 : 0);
  return read_aliases(query);
}

Resolver Store::resolver() const { return Resolver(aliases()); }

Resolver Store::resolver_for(std::string_view name) const {
  auto query = impl_->db.prepare(std::string(kAliasColumns) +
                                 " WHERE al.actor_id IN (SELECT actor_id FROM alias WHERE norm = ?1 "
                                 "UNION SELECT id FROM actor WHERE code IN (?2, ?3)) ORDER BY al.rowid");
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  query.bind_all(normalize_name(name), std::string(name), upper);
  return Resolver(read_aliases(query));
}

ActorRef require_ref_for_query(sqlite::Database& db, std::string_view code) {
  if (auto ref = find_ref(db, code)) return *ref;
  std::vector<AliasEntry> entries;
  {
    auto query = db.prepare(
        "SELECT a.code, a.kind, a.name, al.alias, al.kind FROM alias al "
        "JOIN actor a ON a.id = al.actor_id");
    while (query.step()) {
      entries.push_back(AliasEntry{query.column_text(0), kind_column(query, 1), query.column_text(2),
                                   query.column_text(3),
                                   parse_alias_kind(query.column_text(4)).value_or(AliasKind::alt)});
    }
  }
  throw NotFoundError("unknown actor '" + std::string(code) + "'",
                      Resolver(std::move(entries)).suggest(code));
}

Actor Store::ensure_person(std::string_view name, std::optional<std::string> home_state, Origin origin) {
  const std::string code = person_code(name);
  if (code.empty()) throw InputError("", 0, "no person code can be made from '" + std::string(name) + "'");
  std::optional<long long> home_id;
  if (home_state) {
    const auto ref = require_ref(impl_->db, *home_state);
    if (ref.kind != ActorKind::state) {
      throw InputError("", 0, "home state '" + *home_state + "' is not a state");
    }
    home_id = ref.id;
  }
  Transaction transaction(*this);
  if (const auto existing = find_ref(impl_->db, code)) {
    if (existing->kind != ActorKind::person) {
      throw InputError("", 0, "code '" + code + "' already belongs to a " +
                                  std::string(to_string(existing->kind)));
    }
    // A home state learnt later fills the gap but never overrides one, except
    // an article's when curated data first names a person only articles had.
    bool changed = false;
    if (origin == Origin::curated) {
      if (confirm_person(impl_->db, existing->id) && home_id) {
        auto& replace = impl_->db.cached("UPDATE actor SET home_state_id = ?2 WHERE id = ?1");
        replace.bind_all(existing->id, *home_id).run();
        changed = true;
      }
    }
    if (home_id && !changed) {
      auto& fill = impl_->db.cached("UPDATE actor SET home_state_id = ?2 WHERE id = ?1 AND home_state_id IS NULL");
      fill.bind_all(existing->id, *home_id).run();
      changed = impl_->db.changes() > 0;
    }
    if (home_id && changed) schema::reproject_events(impl_->db, existing->id);
  } else {
    const std::string display(name);
    auto& insert = impl_->db.cached(
        "INSERT INTO actor (code, kind, name, home_state_id) VALUES (?1, 'person', ?2, ?3)");
    insert.bind_all(code, display, home_id).run();
    if (origin == Origin::article) {
      auto& mark = impl_->db.cached("INSERT INTO article_person (person_id) VALUES (?1)");
      mark.bind_all(impl_->db.last_insert_rowid()).run();
    }
    add_alias(code, display, AliasKind::name);
  }
  transaction.commit();
  return *find_actor(code);
}

void Store::add_alias(std::string_view code, std::string_view alias, AliasKind kind) {
  const auto ref = require_ref(impl_->db, code);
  const std::string norm = normalize_name(alias);
  if (norm.empty()) throw InputError("", 0, "alias '" + std::string(alias) + "' has no letters");
  auto& insert = impl_->db.cached(
      "INSERT INTO alias (actor_id, alias, norm, kind) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
  insert.bind_all(ref.id, alias, norm, to_string(kind)).run();
}

// ---- roles and memberships ----

bool Store::add_role(const Role& role) {
  const auto person = require_ref(impl_->db, role.person_code);
  if (person.kind != ActorKind::person) {
    throw InputError("", 0, "'" + role.person_code + "' is not a person");
  }
  const auto state = require_ref(impl_->db, role.state_code);
  if (state.kind != ActorKind::state) {
    throw InputError("", 0, "'" + role.state_code + "' is not a state");
  }
  if (role.start && role.end && role.end->last_day() < role.start->first_day()) {
    throw InputError("", 0, "role ends before it starts");
  }
  std::string title = role.title;
  for (char& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (title.empty()) throw InputError("", 0, "role without a title");

  Transaction transaction(*this);
  // Same person, title, state and start: the same role. A later report may
  // add the end date of a role stored as still running; nothing else changes,
  // except that curated data confirming a role read from an article makes it
  // curated, with the curated source.
  const std::optional<std::string> source = role.source.empty() ? std::nullopt : std::optional(role.source);
  std::optional<std::pair<long long, bool>> stored;  // id, read from an article
  {
    auto& find = impl_->db.cached(
        "SELECT id, id IN (SELECT role_id FROM article_role) FROM role WHERE person_id = ?1 AND title = ?2 "
        "AND state_id = ?3 AND coalesce(start_date, '') = coalesce(?4, '')");
    sqlite::ScopedReset reset_find(find);
    find.bind_all(person.id, title, state.id, date_text(role.start));
    if (find.step()) stored.emplace(find.column_int64(0), find.column_int(1) != 0);
  }
  // `reproject`: the person's roles changed; `confirmed`: only marks dropped.
  bool reproject = false;
  bool confirmed = role.origin == Origin::curated && confirm_person(impl_->db, person.id);
  if (stored) {
    const auto [id, from_article] = *stored;
    auto& end = impl_->db.cached(
        "UPDATE role SET end_date = ?2, end_day = ?3 WHERE id = ?1 AND end_date IS NULL AND ?2 IS NOT NULL");
    end.bind_all(id, date_text(role.end), role.end ? std::optional(role.end->last_day()) : std::nullopt).run();
    reproject = impl_->db.changes() > 0;
    if (from_article && role.origin == Origin::curated) {
      auto& confirm = impl_->db.cached("DELETE FROM article_role WHERE role_id = ?1");
      confirm.bind_all(id).run();
      auto& take_source = impl_->db.cached("UPDATE role SET source = ?2 WHERE id = ?1");
      take_source.bind_all(id, source).run();
      confirmed = true;
    }
  } else {
    auto& insert = impl_->db.cached(
        "INSERT INTO role (person_id, title, state_id, start_date, end_date, start_day, end_day, source) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert
        .bind_all(person.id, title, state.id, date_text(role.start), date_text(role.end),
                  role.start ? std::optional(role.start->first_day()) : std::nullopt,
                  role.end ? std::optional(role.end->last_day()) : std::nullopt, source)
        .run();
    if (role.origin == Origin::article) {
      auto& mark = impl_->db.cached("INSERT INTO article_role (role_id) VALUES (?1)");
      mark.bind_all(impl_->db.last_insert_rowid()).run();
    }
    reproject = true;
  }
  if (reproject) schema::reproject_events(impl_->db, person.id);
  transaction.commit();
  return reproject || confirmed;
}

std::vector<Role> select_roles(sqlite::Database& db, const std::string& condition, long long id) {
  // Cached: the article extractor asks for a person's roles at every mention.
  auto& query = db.cached(std::string(kRoleColumns) + " WHERE " + condition +
                          " ORDER BY coalesce(r.start_day, ''), r.title, s.code, p.code");
  sqlite::ScopedReset reset(query);
  query.bind(1, id);
  std::vector<Role> result;
  while (query.step()) result.push_back(read_role(query));
  return result;
}

std::vector<Role> Store::roles_of(std::string_view person_code, Knowledge knowledge) const {
  const auto person = find_ref(impl_->db, person_code);
  if (!person) return {};
  if (knowledge == Knowledge::all) return select_roles(impl_->db, "r.person_id = ?1", person->id);
  return select_roles(impl_->db,
                      "r.person_id = ?1 AND r.id NOT IN (SELECT role_id FROM article_role) "
                      "AND r.person_id NOT IN (SELECT person_id FROM article_person)",
                      person->id);
}

std::optional<std::string> Store::state_of(std::string_view person_code, const Date& on, Knowledge knowledge) const {
  const auto person = find_ref(impl_->db, person_code);
  if (!person || person->kind != ActorKind::person) return std::nullopt;
  if (knowledge == Knowledge::curated) {
    auto& article_only = impl_->db.cached("SELECT 1 FROM article_person WHERE person_id = ?1");
    sqlite::ScopedReset reset(article_only);
    if (article_only.bind_all(person->id).step()) return std::nullopt;
  }
  const long long node = node_of(impl_->db, person->id, on.first_day(), knowledge);
  if (node == person->id) return std::nullopt;
  auto& query = impl_->db.cached("SELECT code FROM actor WHERE id = ?1");
  sqlite::ScopedReset reset(query);
  query.bind(1, node);
  if (!query.step()) return std::nullopt;
  return query.column_text(0);
}

PersonStates Store::person_states(std::string_view person_code, Knowledge knowledge) const {
  PersonStates states;
  const int curated = knowledge == Knowledge::curated ? 1 : 0;
  auto& person = impl_->db.cached(
      "SELECT p.id, p.kind, p.home_state_id, h.code FROM actor p LEFT JOIN actor h ON h.id = p.home_state_id "
      "WHERE p.code = ?1 AND (?2 = 0 OR p.id NOT IN (SELECT person_id FROM article_person))");
  sqlite::ScopedReset reset_person(person);
  person.bind_all(person_code, curated);
  if (!person.step() || kind_column(person, 1) != ActorKind::person) return states;
  states.person = true;
  states.id = person.column_int64(0);
  if (!person.is_null(2)) states.home_state_id = person.column_int64(2);
  if (!person.is_null(3)) states.home_state = person.column_text(3);
  auto& roles = impl_->db.cached(
      "SELECT r.id, r.state_id, s.code, r.start_day, r.end_day, r.state_id IS p.home_state_id "
      "FROM role r JOIN actor p ON p.id = r.person_id LEFT JOIN actor s ON s.id = r.state_id "
      "WHERE r.person_id = ?1 AND (?2 = 0 OR r.id NOT IN (SELECT role_id FROM article_role))");
  sqlite::ScopedReset reset_roles(roles);
  roles.bind_all(states.id, curated);
  const auto day = [&](int column) -> std::optional<std::string> {
    const int type = sqlite3_column_type(roles.handle(), column);
    if (type == SQLITE_NULL) return std::nullopt;
    if (type != SQLITE_TEXT) states.exact = false;  // compared as SQLite compares mixed types
    return roles.column_text(column);
  };
  while (roles.step()) {
    PersonStates::Role& role = states.roles.emplace_back();
    role.id = roles.column_int64(0);
    role.state_id = roles.column_int64(1);
    if (!roles.is_null(2)) role.state = roles.column_text(2);
    role.start_day = day(3);
    role.end_day = day(4);
    role.in_home_state = roles.column_int64(5) != 0;
  }
  return states;
}

std::optional<std::string> PersonStates::state_on(const std::string& day) const {
  if (!person) return std::nullopt;
  // node_of_sql: among the roles in office that day, ORDER BY state_id IS home_state_id
  // DESC, start_day DESC (NULL last), id DESC; the first one's state, else the home state.
  const Role* best = nullptr;
  for (const Role& role : roles) {
    if (role.start_day && !(*role.start_day <= day)) continue;
    if (role.end_day && !(*role.end_day >= day)) continue;
    if (best != nullptr) {
      if (role.in_home_state != best->in_home_state) {
        if (!role.in_home_state) continue;
      } else if (role.start_day != best->start_day) {
        if (!role.start_day || (best->start_day && *role.start_day < *best->start_day)) continue;
      } else if (role.id < best->id) {
        continue;
      }
    }
    best = &role;
  }
  if (best != nullptr) return best->state_id == id ? std::nullopt : best->state;
  if (!home_state_id || *home_state_id == id) return std::nullopt;
  return home_state;
}

std::vector<Membership> Store::memberships(std::string_view code) const {
  auto query = impl_->db.prepare(
      "SELECT o.code, s.code, m.joined_date, m.left_date FROM membership m "
      "JOIN actor o ON o.id = m.org_id JOIN actor s ON s.id = m.state_id "
      "WHERE o.code = ?1 OR s.code = ?1 "
      "ORDER BY o.code, s.code, coalesce(m.joined_date, '')");
  query.bind(1, code);
  std::vector<Membership> result;
  while (query.step()) {
    result.push_back(Membership{query.column_text(0), query.column_text(1), date_column(query, 2),
                                date_column(query, 3)});
  }
  return result;
}

}  // namespace dipgraph::core
