#include "core/schema.hpp"

#include <sqlite3.h>

#include <cctype>

#include "core/error.hpp"
#include "core/sort_bounds.hpp"

namespace dipgraph::core::schema {
namespace {

// Migration 1: the whole initial schema. The text of each CREATE statement is
// what `sqlite3 FILE .schema` shows (comments included), so it is written to
// be read there; docs/schema.md holds that output verbatim.
constexpr std::string_view kMigration1 = R"sql(
CREATE TABLE meta (
  key TEXT PRIMARY KEY,                     -- 'seed_hash', 'seeded_at'
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE actor (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,                -- ISO alpha-3 (state), abbreviation (org), name slug (person)
  kind TEXT NOT NULL CHECK (kind IN ('state', 'person', 'org')),
  name TEXT NOT NULL,                       -- display name
  official_name TEXT,                       -- state: official name; org: full name
  alpha2 TEXT,                              -- state: ISO 3166-1 alpha-2
  status TEXT CHECK (status IN ('current', 'historical')),  -- state only
  home_state_id INTEGER REFERENCES actor (id),  -- person: their state when no role says otherwise
  CHECK (kind = 'person' OR home_state_id IS NULL),
  CHECK (kind = 'state' OR (status IS NULL AND alpha2 IS NULL))
);

CREATE TABLE alias (
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,                      -- as written
  norm TEXT NOT NULL CHECK (norm <> ''),    -- normalize_name(alias): the lookup key
  kind TEXT NOT NULL CHECK (kind IN ('name', 'official', 'alt', 'capital', 'demonym', 'abbrev', 'code', 'surname')),
  UNIQUE (actor_id, norm, kind)
);

CREATE INDEX alias_by_norm ON alias (norm);

CREATE TABLE role (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  title TEXT NOT NULL,                      -- lower case: 'president', 'foreign minister', ...
  state_id INTEGER NOT NULL REFERENCES actor (id),
  start_date TEXT,                          -- YYYY[-MM[-DD]]; NULL: unknown
  end_date TEXT,                            -- YYYY[-MM[-DD]]; NULL: still in office
  start_day TEXT,                           -- first day of start_date, YYYY-MM-DD
  end_day TEXT,                             -- last day of end_date, YYYY-MM-DD
  source TEXT                               -- where the row comes from
);

CREATE UNIQUE INDEX role_key ON role (person_id, title, state_id, coalesce(start_date, ''));

CREATE INDEX role_by_state ON role (state_id);

CREATE TABLE membership (
  org_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  state_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  joined_date TEXT,                         -- YYYY[-MM[-DD]]; NULL: unknown
  left_date TEXT,                           -- YYYY[-MM[-DD]]; NULL: still a member
  source TEXT
);

CREATE UNIQUE INDEX membership_key ON membership (org_id, state_id, coalesce(joined_date, ''));

CREATE INDEX membership_by_state ON membership (state_id);

CREATE TABLE event_type (
  name TEXT PRIMARY KEY,                    -- 'visit', 'meeting', ...
  plover TEXT NOT NULL,                     -- PLOVER 2021 category
  cameo TEXT NOT NULL,                      -- default CAMEO code
  weight REAL NOT NULL,                     -- default Goldstein weight, -10 .. +10
  directed INTEGER NOT NULL CHECK (directed IN (0, 1)),  -- 0: symmetric, smaller actor id stored as source
  description TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,                       -- 'facts', 'article', ...
  key TEXT NOT NULL UNIQUE,                 -- canonical path, article id
  uri TEXT,
  title TEXT,
  published TEXT,                           -- YYYY[-MM[-DD]]
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL REFERENCES event_type (name),
  source_id INTEGER NOT NULL REFERENCES actor (id),
  target_id INTEGER NOT NULL REFERENCES actor (id),
  source_node_id INTEGER NOT NULL REFERENCES actor (id),  -- source at state level
  target_node_id INTEGER NOT NULL REFERENCES actor (id),  -- target at state level
  date TEXT NOT NULL,                       -- YYYY[-MM[-DD]]
  date_end TEXT,                            -- end of a span; NULL: one date
  precision TEXT NOT NULL CHECK (precision IN ('year', 'month', 'day')),  -- of date
  day_from TEXT NOT NULL,                   -- first day of date, YYYY-MM-DD
  day_to TEXT NOT NULL,                     -- last day of date_end, else of date
  cameo TEXT NOT NULL,
  weight REAL NOT NULL,                     -- Goldstein weight
  confidence REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  evidence TEXT,                            -- words of the first report
  CHECK (source_id <> target_id),
  CHECK (day_from <= day_to)
);

CREATE UNIQUE INDEX event_key ON event (type, source_id, target_id, date, coalesce(date_end, ''));

CREATE INDEX event_by_nodes ON event (source_node_id, target_node_id, day_from);

CREATE INDEX event_by_nodes_reverse ON event (target_node_id, source_node_id, day_from);

CREATE INDEX event_by_source ON event (source_id, day_from);

CREATE INDEX event_by_target ON event (target_id, day_from);

CREATE INDEX event_by_day ON event (day_from);

CREATE TABLE event_source (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES document (id),
  sentence INTEGER,                         -- 1-based sentence index in an article
  url TEXT,
  title TEXT,
  published TEXT,
  evidence TEXT,                            -- the reporting words
  note TEXT
);

CREATE UNIQUE INDEX event_source_key ON event_source (event_id, document_id, coalesce(sentence, -1));

CREATE INDEX event_source_by_document ON event_source (document_id);

CREATE VIEW event_view AS
SELECT e.id, e.type,
       s.code AS source_code, s.name AS source_name, s.kind AS source_kind, sn.code AS source_state,
       t.code AS target_code, t.name AS target_name, t.kind AS target_kind, tn.code AS target_state,
       e.date, e.date_end, e.precision, e.weight, e.cameo, et.plover, e.confidence, e.evidence,
       (SELECT count(*) FROM event_source es WHERE es.event_id = e.id) AS n_sources
FROM event e
JOIN actor s ON s.id = e.source_id
JOIN actor t ON t.id = e.target_id
JOIN actor sn ON sn.id = e.source_node_id
JOIN actor tn ON tn.id = e.target_node_id
JOIN event_type et ON et.name = e.type;

CREATE VIEW role_view AS
SELECT r.id, p.code AS person_code, p.name AS person_name, r.title,
       s.code AS state_code, s.name AS state_name, r.start_date, r.end_date, r.source
FROM role r
JOIN actor p ON p.id = r.person_id
JOIN actor s ON s.id = r.state_id;

CREATE VIEW alias_view AS
SELECT a.code, a.kind AS actor_kind, a.name AS actor_name, al.alias, al.kind AS alias_kind, al.norm
FROM alias al
JOIN actor a ON a.id = al.actor_id;

CREATE VIEW membership_view AS
SELECT o.code AS org_code, o.name AS org_name, s.code AS state_code, s.name AS state_name,
       m.joined_date, m.left_date, m.source
FROM membership m
JOIN actor o ON o.id = m.org_id
JOIN actor s ON s.id = m.state_id;
)sql";

// Migration 2: the pair rollup, so that questions about one pair of nodes
// (`ties`) or the whole graph read a few hundred aggregate rows instead of
// every event row. Kept exact by Store::add_event and reproject_events.
constexpr std::string_view kMigration2 = R"sql(
CREATE TABLE pair_month (
  lo_node_id INTEGER NOT NULL REFERENCES actor (id),  -- min(source_node_id, target_node_id)
  hi_node_id INTEGER NOT NULL REFERENCES actor (id),  -- max(source_node_id, target_node_id)
  type TEXT NOT NULL REFERENCES event_type (name),
  month TEXT NOT NULL,                      -- YYYY-MM of day_from
  events INTEGER NOT NULL,                  -- count(*)
  first_day TEXT NOT NULL,                  -- min(day_from)
  last_day TEXT NOT NULL,                   -- max(day_to)
  net_weight REAL NOT NULL,                 -- sum of the weights
  cooperative INTEGER NOT NULL,             -- events with weight > 0
  conflictual INTEGER NOT NULL,             -- events with weight < 0
  PRIMARY KEY (lo_node_id, hi_node_id, type, month),
  CHECK (lo_node_id < hi_node_id)
) WITHOUT ROWID;

CREATE INDEX pair_month_by_hi ON pair_month (hi_node_id, lo_node_id);

CREATE TABLE pair_year (
  lo_node_id INTEGER NOT NULL REFERENCES actor (id),
  hi_node_id INTEGER NOT NULL REFERENCES actor (id),
  year TEXT NOT NULL,                       -- YYYY of day_from
  events INTEGER NOT NULL,                  -- sum of pair_month.events over the year's months and types
  PRIMARY KEY (lo_node_id, hi_node_id, year)
) WITHOUT ROWID;

CREATE INDEX pair_year_by_hi ON pair_year (hi_node_id, lo_node_id, events);

CREATE INDEX event_spans_by_nodes ON event (source_node_id, target_node_id, day_to)
  WHERE substr(day_from, 1, 7) <> substr(day_to, 1, 7);

INSERT INTO pair_month
SELECT min(source_node_id, target_node_id), max(source_node_id, target_node_id), type,
       substr(day_from, 1, 7), count(*), min(day_from), max(day_to), total(weight),
       sum(weight > 0), sum(weight < 0)
FROM event WHERE source_node_id <> target_node_id
GROUP BY 1, 2, 3, 4;

INSERT INTO pair_year
SELECT lo_node_id, hi_node_id, substr(month, 1, 4), sum(events) FROM pair_month GROUP BY 1, 2, 3;
)sql";

// Migration 3: the whole-span rollup, so that a graph over every event (the
// default window of `centrality`, `graph`, `path`) reads a row per pair and
// type. Sums pair_month; kept exact by Store::add_event and reproject_events.
constexpr std::string_view kMigration3 = R"sql(
CREATE TABLE pair_total (
  lo_node_id INTEGER NOT NULL REFERENCES actor (id),
  hi_node_id INTEGER NOT NULL REFERENCES actor (id),
  type TEXT NOT NULL REFERENCES event_type (name),
  events INTEGER NOT NULL,                  -- the columns of pair_month, over every month
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  net_weight REAL NOT NULL,
  cooperative INTEGER NOT NULL,
  conflictual INTEGER NOT NULL,
  PRIMARY KEY (lo_node_id, hi_node_id, type),
  CHECK (lo_node_id < hi_node_id)
) WITHOUT ROWID;

CREATE INDEX pair_total_by_hi ON pair_total (hi_node_id, lo_node_id);

INSERT INTO pair_total
SELECT lo_node_id, hi_node_id, type, sum(events), min(first_day), max(last_day), total(net_weight),
       sum(cooperative), sum(conflictual)
FROM pair_month GROUP BY 1, 2, 3;
)sql";

int read_pragma(const sqlite::Database& db, std::string_view pragma) {
  return static_cast<int>(db.query_int64(pragma).value_or(0));
}

// The sqlite3 shell quotes an identifier in its view comment when it is not a
// plain identifier or is a keyword (shell.c, quoteChar).
std::string shell_quote(const std::string& name) {
  bool plain = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) != 0 || name[0] == '_');
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '_') plain = false;
  }
  if (plain && sqlite3_keyword_check(name.c_str(), static_cast<int>(name.size())) == 0) return name;
  std::string quoted = "\"";
  for (char c : name) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

}  // namespace

// Migration 4: coded datasets (GDELT, ICEWS). The CAMEO code joins the event
// key, so that two different codes of one type (a statement and a demand, both
// `other`) stay two events; a source row may name the dataset record it came
// from (its dedup key) and how many articles that record stands for; a
// document is marked complete once its last batch is committed.
constexpr std::string_view kMigration4 = R"sql(
DROP INDEX event_key;

CREATE UNIQUE INDEX event_key ON event (type, source_id, target_id, date, coalesce(date_end, ''), cameo);

ALTER TABLE event_source ADD COLUMN record TEXT;  -- dataset record id, e.g. 'gdelt:498765432'

ALTER TABLE event_source ADD COLUMN articles INTEGER;  -- articles the record counts (GDELT NumArticles)

DROP INDEX event_source_key;

CREATE UNIQUE INDEX event_source_key ON event_source (event_id, document_id, coalesce(sentence, -1), coalesce(record, ''));

CREATE UNIQUE INDEX event_source_by_record ON event_source (record) WHERE record IS NOT NULL;

ALTER TABLE document ADD COLUMN completed_at TEXT;  -- UTC time its import finished; NULL: unfinished
)sql";

// Migration 5: event_spans_by_nodes carries day_from too, so that the spans
// reaching into a window of a pair (`events --between A B --since D`) are
// found and ordered from the index alone, without reading each event row. An
// import interrupted with the index deferred (core/deferred_indexes.cpp) would
// bring the old definition back: that pending copy is dropped.
constexpr std::string_view kMigration5 = R"sql(
DROP INDEX IF EXISTS event_spans_by_nodes;

DELETE FROM meta WHERE key = 'deferred_index:event_spans_by_nodes';

CREATE INDEX event_spans_by_nodes ON event (source_node_id, target_node_id, day_to, day_from)
  WHERE substr(day_from, 1, 7) <> substr(day_to, 1, 7);
)sql";

// Migration 6: the two indexes of a pair's events hold every column a listing
// prints, so that `events --between A B` with a window or a limit reads its
// rows from a few adjacent index pages instead of one random page of the event
// table per row (on a 10M-event store, 3,659 page reads for 2,891 events).
// `id` follows `day_from` so that the index is in a listing's order
// (day_from, id): with a limit, SQLite takes the first entries instead of
// preferring event_by_nodes_reverse, which is in that order but holds no
// columns. Other queries seek them on the same leading columns as before. As in
// migration 5, a pending deferred copy of either index is dropped with it.
constexpr std::string_view kMigration6 = R"sql(
DROP INDEX IF EXISTS event_by_nodes;

DROP INDEX IF EXISTS event_spans_by_nodes;

DELETE FROM meta WHERE key IN ('deferred_index:event_by_nodes', 'deferred_index:event_spans_by_nodes');

CREATE INDEX event_by_nodes ON event (source_node_id, target_node_id, day_from, id, day_to, type, cameo,
  source_id, target_id, date, date_end, weight, confidence, evidence);

CREATE INDEX event_spans_by_nodes ON event (source_node_id, target_node_id, day_to, day_from, type, cameo,
  source_id, target_id, date, date_end, weight, confidence, evidence)
  WHERE substr(day_from, 1, 7) <> substr(day_to, 1, 7);
)sql";

// Migration 7: what articles taught the store is marked, so that article
// extraction can leave it out and an article's facts never depend on which
// other articles are stored (a re-import, or a re-run after an interrupted one,
// then equals a clean import). Tables of their own keep `actor` and `role` as
// sqlite3 users read them. Older stores are marked from what they hold: an
// article's roles carry the source 'article ID', and a person is article-only
// when every role and every reported event of theirs is an article's.
constexpr std::string_view kMigration7 = R"sql(
CREATE TABLE article_person (
  person_id INTEGER PRIMARY KEY REFERENCES actor (id) ON DELETE CASCADE  -- named by articles only
);

CREATE TABLE article_role (
  role_id INTEGER PRIMARY KEY REFERENCES role (id) ON DELETE CASCADE     -- read from an article
);

INSERT INTO article_role (role_id) SELECT id FROM role WHERE source LIKE 'article %';

INSERT INTO article_person (person_id)
SELECT id FROM actor
WHERE kind = 'person'
  AND NOT EXISTS (SELECT 1 FROM role r WHERE r.person_id = actor.id
                  AND r.id NOT IN (SELECT role_id FROM article_role))
  AND NOT EXISTS (SELECT 1 FROM event e JOIN event_source es ON es.event_id = e.id
                  JOIN document d ON d.id = es.document_id
                  WHERE (e.source_id = actor.id OR e.target_id = actor.id) AND d.kind <> 'article')
  AND (EXISTS (SELECT 1 FROM role r WHERE r.person_id = actor.id)
       OR EXISTS (SELECT 1 FROM event e WHERE e.source_id = actor.id OR e.target_id = actor.id));
)sql";

const std::vector<std::string_view>& migrations() {
  static const std::vector<std::string_view> scripts = {kMigration1, kMigration2, kMigration3,
                                                           kMigration4, kMigration5, kMigration6,
                                                           kMigration7};
  return scripts;
}

int latest_version() { return static_cast<int>(migrations().size()); }

Inspection inspect(const sqlite::Database& db) {
  try {
    Inspection inspection;
    inspection.application_id = read_pragma(db, "PRAGMA application_id");
    inspection.user_version = read_pragma(db, "PRAGMA user_version");
    inspection.objects = db.query_int64("SELECT count(*) FROM sqlite_schema").value_or(0);
    return inspection;
  } catch (const StoreError& error) {
    if (error.sqlite_code() == SQLITE_NOTADB) {
      throw StoreError(SQLITE_NOTADB, db.path() + ": not a dipgraph database (not an SQLite file)");
    }
    throw StoreError(error.sqlite_code(), db.path() + ": " + error.what());
  }
}

void check_compatible(const Inspection& inspection, const std::string& path, bool read_only) {
  if (!inspection.ours() && !inspection.empty()) {
    throw StoreError(SQLITE_NOTADB,
                     path + ": not a dipgraph database (it holds another application's data)");
  }
  if (inspection.user_version > latest_version()) {
    throw StoreError(SQLITE_ERROR, path + ": schema version " + std::to_string(inspection.user_version) +
                                       " is newer than this dipgraph supports (" +
                                       std::to_string(latest_version()) + "); upgrade dipgraph");
  }
  if (!read_only) return;
  if (inspection.empty()) {
    throw StoreError(SQLITE_READONLY, path + ": not initialised; run `dipgraph init` first");
  }
  if (inspection.user_version < latest_version()) {
    throw StoreError(SQLITE_READONLY,
                     path + ": schema version " + std::to_string(inspection.user_version) +
                         " is older than this dipgraph's (" + std::to_string(latest_version()) +
                         "); run a write command such as `dipgraph init` to upgrade it");
  }
}

int migrate(sqlite::Database& db) {
  const Inspection before = inspect(db);
  if (before.ours() && before.user_version >= latest_version()) return 0;
  const sqlite::ScopedSortBounds bounds(db);
  db.exec("BEGIN IMMEDIATE");
  try {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const Inspection inspection = inspect(db);
    check_compatible(inspection, db.path(), false);
    int applied = 0;
    for (int version = inspection.user_version; version < latest_version(); ++version) {
      try {
        db.exec(migrations()[static_cast<std::size_t>(version)]);
      } catch (const StoreError& error) {
        throw StoreError(error.sqlite_code(), db.path() + ": migration " + std::to_string(version + 1) +
                                                  " failed: " + error.what());
      }
      ++applied;
    }
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(latest_version()));
    db.exec("COMMIT");
    return applied;
  } catch (...) {
    if (db.in_transaction()) db.try_exec("ROLLBACK");
    throw;
  }
}

std::string node_of_sql(std::string_view actor_id, std::string_view day, bool curated_only) {
  const std::string a(actor_id);
  const std::string d(day);
  return "(SELECT CASE WHEN na.kind = 'person' THEN coalesce("
         "(SELECT nr.state_id FROM role nr JOIN actor nh ON nh.id = nr.person_id"
         " WHERE nr.person_id = na.id" +
         std::string(curated_only ? " AND nr.id NOT IN (SELECT role_id FROM article_role)" : "") +
         " AND (nr.start_day IS NULL OR nr.start_day <= " + d + ")"
         " AND (nr.end_day IS NULL OR nr.end_day >= " + d + ")"
         // Monarchs reign in several states at once: prefer the role in the home
         // state (SQLite's ORDER BY cannot see the outer `na`, hence `nh`).
         " ORDER BY nr.state_id IS nh.home_state_id DESC, nr.start_day DESC, nr.id DESC LIMIT 1),"
         " na.home_state_id, na.id) ELSE na.id END"
         " FROM actor na WHERE na.id = " + a + ")";
}

namespace {

// The rollup rows of the event rows `events` (an expression over table `event`
// with the columns of `event`), keyed and aggregated as migration 2 fills them.
std::string rollup_select(const std::string& events) {
  return "SELECT min(source_node_id, target_node_id) AS lo, max(source_node_id, target_node_id) AS hi, "
         "type, substr(day_from, 1, 7) AS month, count(*) AS events, min(day_from) AS first_day, "
         "max(day_to) AS last_day, total(weight) AS net_weight, sum(weight > 0) AS cooperative, "
         "sum(weight < 0) AS conflictual FROM " + events +
         " WHERE source_node_id <> target_node_id GROUP BY 1, 2, 3, 4";
}

// pair_total's rows from pair_month (a WHERE and GROUP BY 1, 2, 3 follow).
constexpr std::string_view kTotalSelect =
    "SELECT p.lo_node_id, p.hi_node_id, p.type, sum(p.events), min(p.first_day), max(p.last_day), "
    "total(p.net_weight), sum(p.cooperative), sum(p.conflictual) FROM pair_month p";

// The rollup keys the events of `person_id` fall on, added to temp.rollup_keys.
void collect_rollup_keys(sqlite::Database& db, long long person_id) {
  auto statement = db.prepare(
      "INSERT OR IGNORE INTO temp.rollup_keys "
      "SELECT min(source_node_id, target_node_id), max(source_node_id, target_node_id), type, "
      "substr(day_from, 1, 7) FROM event "
      "WHERE (source_id = ?1 OR target_id = ?1) AND source_node_id <> target_node_id");
  statement.bind(1, person_id).run();
}

}  // namespace

void rebuild_rollup(sqlite::Database& db) {
  db.exec("DELETE FROM pair_month");
  db.exec("INSERT INTO pair_month " + rollup_select("event"));
  db.exec("DELETE FROM pair_year");
  db.exec("INSERT INTO pair_year SELECT lo_node_id, hi_node_id, substr(month, 1, 4), sum(events) "
          "FROM pair_month GROUP BY 1, 2, 3");
  db.exec("DELETE FROM pair_total");
  db.exec("INSERT INTO pair_total " + std::string(kTotalSelect) + " GROUP BY 1, 2, 3");
}

long long rollup_mismatches(const sqlite::Database& db) {
  const std::string expected = rollup_select("event");
  const std::string same_key =
      "p.lo_node_id = x.lo AND p.hi_node_id = x.hi AND p.type = x.type AND p.month = x.month";
  return db
      .query_int64("WITH x AS (" + expected + ") SELECT "
                   "(SELECT count(*) FROM x LEFT JOIN pair_month p ON " + same_key +
                   " WHERE p.lo_node_id IS NULL OR p.events <> x.events OR p.first_day <> x.first_day"
                   " OR p.last_day <> x.last_day OR abs(p.net_weight - x.net_weight) > 1e-6"
                   " OR p.cooperative <> x.cooperative OR p.conflictual <> x.conflictual) + "
                   "(SELECT count(*) FROM pair_month p WHERE NOT EXISTS (SELECT 1 FROM x WHERE " +
                   same_key + ")) + "
                   "(SELECT count(*) FROM (SELECT lo, hi, substr(month, 1, 4) AS year, "
                   "sum(events) AS events FROM x GROUP BY 1, 2, 3) y FULL JOIN pair_year p "
                   "ON p.lo_node_id = y.lo AND p.hi_node_id = y.hi AND p.year = y.year "
                   "WHERE p.events IS NOT y.events) + "
                   "(SELECT count(*) FROM (SELECT lo, hi, type, sum(events) AS events, "
                   "min(first_day) AS first_day, max(last_day) AS last_day, "
                   "total(net_weight) AS net_weight, sum(cooperative) AS cooperative, "
                   "sum(conflictual) AS conflictual FROM x GROUP BY 1, 2, 3) y FULL JOIN pair_total p "
                   "ON p.lo_node_id = y.lo AND p.hi_node_id = y.hi AND p.type = y.type "
                   "WHERE p.events IS NOT y.events OR p.first_day IS NOT y.first_day "
                   "OR p.last_day IS NOT y.last_day OR abs(p.net_weight - y.net_weight) > 1e-6 "
                   "OR p.cooperative IS NOT y.cooperative OR p.conflictual IS NOT y.conflictual)")
      .value_or(0);
}

void reproject_events(sqlite::Database& db, std::optional<long long> person_id) {
  const std::string set = "UPDATE event SET source_node_id = " +
                          node_of_sql("event.source_id", "event.day_from") +
                          ", target_node_id = " + node_of_sql("event.target_id", "event.day_from");
  if (!person_id) {
    db.exec(set + " WHERE source_id IN (SELECT id FROM actor WHERE kind = 'person')"
                  " OR target_id IN (SELECT id FROM actor WHERE kind = 'person')");
    rebuild_rollup(db);
    return;
  }
  // The rollup rows the person's events fall on before and after the update
  // are recomputed from the event rows: each key is one pair, type and month,
  // a bounded range of the node indexes.
  db.exec("CREATE TEMP TABLE IF NOT EXISTS rollup_keys (lo INTEGER, hi INTEGER, type TEXT, "
          "month TEXT, PRIMARY KEY (lo, hi, type, month)) WITHOUT ROWID");
  db.exec("DELETE FROM temp.rollup_keys");
  collect_rollup_keys(db, *person_id);
  auto statement = db.prepare(set + " WHERE source_id = ?1 OR target_id = ?1");
  statement.bind(1, *person_id).run();
  collect_rollup_keys(db, *person_id);
  db.exec("DELETE FROM pair_month WHERE (lo_node_id, hi_node_id, type, month) IN "
          "(SELECT lo, hi, type, month FROM temp.rollup_keys)");
  const std::string branch =
      "SELECT e.* FROM temp.rollup_keys k JOIN event e ON e.source_node_id = k.{a} AND "
      "e.target_node_id = k.{b} AND e.type = k.type AND e.day_from >= k.month || '-01' AND "
      "e.day_from <= k.month || '-31'";
  auto side = [&](const char* a, const char* b) {
    std::string sql = branch;
    sql.replace(sql.find("{a}"), 3, a);
    sql.replace(sql.find("{b}"), 3, b);
    return sql;
  };
  db.exec("INSERT INTO pair_month " +
          rollup_select("(" + side("lo", "hi") + " UNION ALL " + side("hi", "lo") + ")"));
  // pair_year sums pair_month: recount the touched years from it.
  db.exec("DELETE FROM pair_year WHERE (lo_node_id, hi_node_id, year) IN "
          "(SELECT lo, hi, substr(month, 1, 4) FROM temp.rollup_keys)");
  db.exec("INSERT INTO pair_year SELECT p.lo_node_id, p.hi_node_id, substr(p.month, 1, 4), "
          "sum(p.events) FROM pair_month p WHERE (p.lo_node_id, p.hi_node_id, substr(p.month, 1, 4)) IN "
          "(SELECT lo, hi, substr(month, 1, 4) FROM temp.rollup_keys) GROUP BY 1, 2, 3");
  // And pair_total sums it over every month: recount the touched pairs and types.
  db.exec("DELETE FROM pair_total WHERE (lo_node_id, hi_node_id, type) IN "
          "(SELECT lo, hi, type FROM temp.rollup_keys)");
  db.exec("INSERT INTO pair_total " + std::string(kTotalSelect) +
          " WHERE (p.lo_node_id, p.hi_node_id, p.type) IN (SELECT lo, hi, type FROM temp.rollup_keys)"
          " GROUP BY 1, 2, 3");
  db.exec("DELETE FROM temp.rollup_keys");
}

std::string dump(const sqlite::Database& db) {
  std::string out;
  auto entries = db.prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type <> 'meta' "
      "ORDER BY rowid");
  while (entries.step()) {
    const std::string type = entries.column_text(0);
    const std::string name = entries.column_text(1);
    out += entries.column_text(2);
    if (type == "view") {
      auto columns = db.prepare("SELECT name FROM pragma_table_info(?1)");
      columns.bind(1, name);
      std::string list;
      while (columns.step()) {
        list += list.empty() ? "(" : ",";
        list += shell_quote(columns.column_text(0));
      }
      if (!list.empty()) out += "\n/* " + shell_quote(name) + list + ") */";
    }
    out += ";\n";
  }
  return out;
}

}  // namespace dipgraph::core::schema
