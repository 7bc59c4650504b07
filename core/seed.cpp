#include "core/seed.hpp"

#include <sqlite3.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/embedded_data.hpp"
#include "core/error.hpp"
#include "core/event_type.hpp"
#include "core/schema.hpp"
#include "core/text_normalize.hpp"
#include "core/tsv.hpp"

namespace dipgraph::core {
namespace {

// Part of the hash: bump it when the seeder's logic changes so that existing
// databases are re-seeded even though the data files did not change.
constexpr std::string_view kSeedFormat = "dipgraph-seed-1";

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void fnv1a(std::uint64_t& hash, std::string_view bytes) {
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= kFnvPrime;
  }
}

std::string_view require_file(const DataFiles& files, std::string_view name) {
  const auto contents = files(name);
  if (!contents) throw Error("reference data file missing from the build: " + std::string(name));
  return *contents;
}

std::string with_article(std::string_view kind) {
  return (kind == "org" ? "an " : "a ") + std::string(kind);
}

std::string ascii_lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// One seeding run: prepared statements shared by all files.
class Seeder {
 public:
  Seeder(sqlite::Database& db, const DataFiles& files)
      : db_(db),
        files_(files),
        find_actor_(db.prepare("SELECT id, kind FROM actor WHERE code = ?1")),
        upsert_state_(db.prepare(
            "INSERT INTO actor (code, kind, name, official_name, alpha2, status) "
            "VALUES (?1, 'state', ?2, ?3, ?4, ?5) ON CONFLICT (code) DO UPDATE SET "
            "name = excluded.name, official_name = excluded.official_name, "
            "alpha2 = excluded.alpha2, status = excluded.status WHERE actor.kind = 'state'")),
        upsert_org_(db.prepare(
            "INSERT INTO actor (code, kind, name, official_name) VALUES (?1, 'org', ?2, ?3) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
            "official_name = excluded.official_name WHERE actor.kind = 'org'")),
        upsert_person_(db.prepare(
            "INSERT INTO actor (code, kind, name, home_state_id) VALUES (?1, 'person', ?2, ?3) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
            "home_state_id = coalesce(excluded.home_state_id, actor.home_state_id) "
            "WHERE actor.kind = 'person'")),
        insert_alias_(db.prepare(
            "INSERT INTO alias (actor_id, alias, norm, kind) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT DO NOTHING")),
        upsert_membership_(db.prepare(
            "INSERT INTO membership (org_id, state_id, joined_date, left_date, source) "
            "VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (org_id, state_id, coalesce(joined_date, '')) DO UPDATE SET "
            "left_date = excluded.left_date, source = excluded.source")),
        upsert_role_(db.prepare(
            "INSERT INTO role (person_id, title, state_id, start_date, end_date, start_day, "
            "end_day, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
            "ON CONFLICT (person_id, title, state_id, coalesce(start_date, '')) DO UPDATE SET "
            "end_date = excluded.end_date, end_day = excluded.end_day, source = excluded.source")),
        // Seed data names them: no longer known from articles only.
        confirm_person_(db.prepare("DELETE FROM article_person WHERE person_id = ?1")),
        confirm_role_(db.prepare(
            "DELETE FROM article_role WHERE role_id = (SELECT id FROM role WHERE person_id = ?1 AND "
            "title = ?2 AND state_id = ?3 AND coalesce(start_date, '') = coalesce(?4, ''))")) {}

  void run() {
    event_types();
    states();
    aliases("state_aliases.tsv", ActorKind::state);
    aliases("state_aliases_extra.tsv", ActorKind::state);
    orgs();
    aliases("org_aliases.tsv", ActorKind::org);
    org_members();
    people();
    aliases("person_aliases.tsv", ActorKind::person);
    roles();
  }

 private:
  TsvTable table(std::string_view name) { return parse_tsv(require_file(files_, name)); }

  long long actor_id(std::string_view code, ActorKind kind, std::string_view file, long line) {
    // Every alias and role row names its actor again: remembered once looked up (an
    // actor's id and kind never change while seeding).
    auto known = known_actors_.find(std::string(code));
    if (known == known_actors_.end()) {
      sqlite::ScopedReset reset(find_actor_);
      find_actor_.bind(1, code);
      if (!find_actor_.step()) {
        throw InputError(std::string(file), line,
                         "unknown " + std::string(to_string(kind)) + " code '" + std::string(code) + "'");
      }
      known = known_actors_.emplace(std::string(code), std::pair{find_actor_.column_int64(0), find_actor_.column_text(1)})
                  .first;
    }
    const auto& [id, actual_kind] = known->second;
    if (actual_kind != to_string(kind)) {
      throw InputError(std::string(file), line,
                       "code '" + std::string(code) + "' belongs to " + with_article(actual_kind) + ", not " +
                           with_article(to_string(kind)));
    }
    return id;
  }

  void alias(long long actor, std::string_view text, AliasKind kind, std::string_view file, long line) {
    if (text.empty()) return;
    const std::string norm = normalize_name(text);
    if (norm.empty()) {
      throw InputError(std::string(file), line, "alias '" + std::string(text) + "' has no letters");
    }
    insert_alias_.bind_all(actor, text, norm, to_string(kind)).run();
  }

  static std::optional<std::string> optional_field(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return text;
  }

  static std::optional<Date> date_field(const std::string& text, std::string_view file, long line) {
    if (text.empty()) return std::nullopt;
    auto date = Date::parse(text);
    if (!date) throw InputError(std::string(file), line, "bad date '" + text + "'");
    return date;
  }

  static const std::string& required(const TsvRow& row, std::size_t column, std::string_view what,
                                     std::string_view file) {
    const std::string& text = row.fields[column];
    if (text.empty()) throw InputError(std::string(file), row.line, "empty " + std::string(what));
    return text;
  }

  void event_types() {
    auto upsert = db_.prepare(
        "INSERT INTO event_type (name, plover, cameo, weight, directed, description) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (name) DO UPDATE SET "
        "plover = excluded.plover, cameo = excluded.cameo, weight = excluded.weight, "
        "directed = excluded.directed, description = excluded.description");
    for (const auto& type : core::event_types()) {
      upsert.bind_all(type.name, type.plover, type.cameo, type.weight, type.directed, type.description)
          .run();
    }
  }

  void states() {
    constexpr std::string_view kFile = "states.tsv";
    const TsvTable tsv = table(kFile);
    const auto code = tsv.column("code", kFile), alpha2 = tsv.column("alpha2", kFile),
               name = tsv.column("name", kFile), official = tsv.column("official_name", kFile),
               status = tsv.column("status", kFile);
    for (const auto& row : tsv.rows) {
      const auto& state_code = required(row, code, "code", kFile);
      const auto& state_name = required(row, name, "name", kFile);
      const auto& state_status = row.fields[status];
      if (!state_status.empty() && state_status != "current" && state_status != "historical") {
        throw InputError(std::string(kFile), row.line, "bad status '" + state_status + "'");
      }
      upsert_state_.bind_all(state_code, state_name, optional_field(row.fields[official]),
                             optional_field(row.fields[alpha2]), optional_field(state_status))
          .run();
      const long long id = actor_id(state_code, ActorKind::state, kFile, row.line);
      alias(id, state_code, AliasKind::code, kFile, row.line);
      alias(id, row.fields[alpha2], AliasKind::code, kFile, row.line);
      alias(id, state_name, AliasKind::name, kFile, row.line);
      alias(id, row.fields[official], AliasKind::official, kFile, row.line);
    }
  }

  void orgs() {
    constexpr std::string_view kFile = "orgs.tsv";
    const TsvTable tsv = table(kFile);
    const auto code = tsv.column("code", kFile), name = tsv.column("name", kFile),
               full_name = tsv.column("full_name", kFile);
    for (const auto& row : tsv.rows) {
      const auto& org_code = required(row, code, "code", kFile);
      const auto& org_name = required(row, name, "name", kFile);
      upsert_org_.bind_all(org_code, org_name, optional_field(row.fields[full_name])).run();
      const long long id = actor_id(org_code, ActorKind::org, kFile, row.line);
      alias(id, org_code, AliasKind::code, kFile, row.line);
      alias(id, org_name, AliasKind::name, kFile, row.line);
      alias(id, row.fields[full_name], AliasKind::official, kFile, row.line);
    }
  }

  void people() {
    constexpr std::string_view kFile = "people.tsv";
    const TsvTable tsv = table(kFile);
    const auto code = tsv.column("code", kFile), name = tsv.column("name", kFile),
               state = tsv.column("state", kFile);
    for (const auto& row : tsv.rows) {
      const auto& person = required(row, code, "code", kFile);
      const auto& person_name = required(row, name, "name", kFile);
      std::optional<long long> home;
      if (!row.fields[state].empty()) home = actor_id(row.fields[state], ActorKind::state, kFile, row.line);
      upsert_person_.bind_all(person, person_name, home).run();
      const long long id = actor_id(person, ActorKind::person, kFile, row.line);
      confirm_person_.bind_all(id).run();
      alias(id, person_name, AliasKind::name, kFile, row.line);
    }
  }

  void aliases(std::string_view file, ActorKind kind) {
    const TsvTable tsv = table(file);
    const auto code = tsv.column("code", file), text = tsv.column("alias", file),
               kind_column = tsv.column("kind", file);
    for (const auto& row : tsv.rows) {
      const long long id = actor_id(required(row, code, "code", file), kind, file, row.line);
      const auto alias_kind = parse_alias_kind(row.fields[kind_column]);
      if (!alias_kind) {
        throw InputError(std::string(file), row.line, "bad alias kind '" + row.fields[kind_column] + "'");
      }
      alias(id, required(row, text, "alias", file), *alias_kind, file, row.line);
    }
  }

  void org_members() {
    constexpr std::string_view kFile = "org_members.tsv";
    const TsvTable tsv = table(kFile);
    const auto org = tsv.column("org", kFile), state = tsv.column("state", kFile),
               joined = tsv.column("joined", kFile), left = tsv.column("left", kFile),
               source = tsv.column("source", kFile);
    for (const auto& row : tsv.rows) {
      const long long org_id = actor_id(required(row, org, "org", kFile), ActorKind::org, kFile, row.line);
      const long long state_id =
          actor_id(required(row, state, "state", kFile), ActorKind::state, kFile, row.line);
      const auto joined_date = date_field(row.fields[joined], kFile, row.line);
      const auto left_date = date_field(row.fields[left], kFile, row.line);
      upsert_membership_
          .bind_all(org_id, state_id, joined_date ? std::optional(joined_date->to_string()) : std::nullopt,
                    left_date ? std::optional(left_date->to_string()) : std::nullopt,
                    optional_field(row.fields[source]))
          .run();
    }
  }

  void roles() {
    constexpr std::string_view kFile = "roles.tsv";
    const TsvTable tsv = table(kFile);
    const auto person = tsv.column("person", kFile), title = tsv.column("title", kFile),
               state = tsv.column("state", kFile), start = tsv.column("start", kFile),
               end = tsv.column("end", kFile), source = tsv.column("source", kFile);
    for (const auto& row : tsv.rows) {
      const long long person_id =
          actor_id(required(row, person, "person", kFile), ActorKind::person, kFile, row.line);
      const long long state_id =
          actor_id(required(row, state, "state", kFile), ActorKind::state, kFile, row.line);
      const auto start_date = date_field(row.fields[start], kFile, row.line);
      const auto end_date = date_field(row.fields[end], kFile, row.line);
      if (start_date && end_date && end_date->last_day() < start_date->first_day()) {
        throw InputError(std::string(kFile), row.line, "role ends before it starts");
      }
      const std::string role_title = ascii_lower(required(row, title, "title", kFile));
      const auto start_text = start_date ? std::optional(start_date->to_string()) : std::nullopt;
      upsert_role_
          .bind_all(person_id, role_title, state_id, start_text,
                    end_date ? std::optional(end_date->to_string()) : std::nullopt,
                    start_date ? std::optional(start_date->first_day()) : std::nullopt,
                    end_date ? std::optional(end_date->last_day()) : std::nullopt,
                    optional_field(row.fields[source]))
          .run();
      confirm_role_.bind_all(person_id, role_title, state_id, start_text).run();
    }
  }

  sqlite::Database& db_;
  const DataFiles& files_;
  sqlite::Statement find_actor_;
  std::unordered_map<std::string, std::pair<long long, std::string>> known_actors_;  ///< code -> id, kind
  sqlite::Statement upsert_state_;
  sqlite::Statement upsert_org_;
  sqlite::Statement upsert_person_;
  sqlite::Statement insert_alias_;
  sqlite::Statement upsert_membership_;
  sqlite::Statement upsert_role_;
  sqlite::Statement confirm_person_;
  sqlite::Statement confirm_role_;
};

std::optional<std::string> stored_hash(const sqlite::Database& db) {
  auto query = db.prepare("SELECT value FROM meta WHERE key = 'seed_hash'");
  if (!query.step()) return std::nullopt;
  return query.column_text(0);
}

}  // namespace

DataFiles embedded_data_files() {
  return [](std::string_view name) { return embedded_file(name); };
}

const std::vector<std::string_view>& seed_file_names() {
  static const std::vector<std::string_view> names = {
      "event_types.tsv", "states.tsv",      "state_aliases.tsv", "state_aliases_extra.tsv",
      "orgs.tsv",        "org_aliases.tsv", "org_members.tsv",   "people.tsv",
      "person_aliases.tsv", "roles.tsv"};
  return names;
}

std::string seed_hash(const DataFiles& files) {
  std::uint64_t hash = kFnvOffset;
  fnv1a(hash, kSeedFormat);
  for (const auto name : seed_file_names()) {
    const auto contents = require_file(files, name);
    // Length prefixes keep ("ab","c") and ("a","bc") apart.
    fnv1a(hash, name);
    fnv1a(hash, std::to_string(contents.size()));
    fnv1a(hash, contents);
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

bool seed(sqlite::Database& db, const DataFiles& files) {
  const std::string hash = seed_hash(files);
  if (stored_hash(db) == hash) return false;
  db.exec("BEGIN IMMEDIATE");
  try {
    // Another process may have seeded while we waited for the write lock.
    if (stored_hash(db) == hash) {
      db.exec("COMMIT");
      return false;
    }
    Seeder(db, files).run();
    schema::reproject_events(db);
    auto meta = db.prepare(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    meta.bind_all("seed_hash", hash).run();
    meta.bind(1, "seeded_at").bind(2, Date::today().to_string()).run();
    db.exec("COMMIT");
    return true;
  } catch (...) {
    if (db.in_transaction()) db.try_exec("ROLLBACK");
    throw;
  }
}

}  // namespace dipgraph::core
