#include "core/schema.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/store.hpp"

using namespace dipgraph::core;
using dipgraph::StoreError;

namespace {

// A scratch directory removed at the end of the test.
struct ScratchDir {
  std::filesystem::path path;
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dipgraph-schema-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The first ```sql fenced block of docs/schema.md.
std::string documented_schema() {
  const std::string doc = read_file(std::filesystem::path(DIPGRAPH_SOURCE_DIR) / "docs/schema.md");
  const std::string open = "```sql\n";
  const auto begin = doc.find(open);
  if (begin == std::string::npos) return {};
  const auto end = doc.find("\n```", begin + open.size());
  if (end == std::string::npos) return {};
  return doc.substr(begin + open.size(), end + 1 - begin - open.size());
}

sqlite::Database open_raw(const std::string& path) {
  return sqlite::Database(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

}  // namespace

TEST_SUITE("schema") {
  TEST_CASE("docs/schema.md holds the schema of a fresh database verbatim") {
    ScratchDir dir;
    const std::string path = (dir.path / "fresh.db").string();
    { Store::open(path); }
    const std::string actual = schema::dump(open_raw(path));
    const std::string documented = documented_schema();
    INFO("docs/schema.md is out of date. Regenerate its ```sql block with `dipgraph --db x.db init && "
         "sqlite3 x.db .schema` (or paste this text):\n" << actual);
    CHECK(documented == actual);
  }

  TEST_CASE("migrations run from version 0 and stamp the file as dipgraph's") {
    ScratchDir dir;
    auto db = open_raw((dir.path / "m.db").string());
    CHECK(schema::inspect(db).empty());
    CHECK(schema::migrate(db) == schema::latest_version());
    const auto after = schema::inspect(db);
    CHECK(after.ours());
    CHECK(after.user_version == schema::latest_version());
    CHECK(after.objects > 10);
    SUBCASE("and a second run is a no-op") { CHECK(schema::migrate(db) == 0); }
  }

  TEST_CASE("every table and view named in the issue exists") {
    auto db = sqlite::Database(":memory:", SQLITE_OPEN_READWRITE);
    schema::migrate(db);
    for (const char* name : {"meta", "actor", "alias", "role", "membership", "event_type", "document",
                             "event", "event_source", "event_view", "role_view", "alias_view",
                             "membership_view"}) {
      auto query = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
      query.bind(1, name);
      REQUIRE(query.step());
      CHECK_MESSAGE(query.column_int(0) == 1, name);
    }
  }

  TEST_CASE("a newer schema version is refused") {
    ScratchDir dir;
    const std::string path = (dir.path / "new.db").string();
    {
      auto db = open_raw(path);
      schema::migrate(db);
      db.exec("PRAGMA user_version = " + std::to_string(schema::latest_version() + 1));
    }
    try {
      Store::open(path);
      FAIL("expected StoreError");
    } catch (const StoreError& error) {
      CHECK(std::string(error.what()).find("newer") != std::string::npos);
    }
    CHECK_THROWS_AS(Store::open(path, OpenMode::read_only), StoreError);
  }

  TEST_CASE("another application's SQLite file is refused and left untouched") {
    ScratchDir dir;
    const std::string path = (dir.path / "other.db").string();
    { open_raw(path).exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')"); }
    try {
      Store::open(path);
      FAIL("expected StoreError");
    } catch (const StoreError& error) {
      CHECK(std::string(error.what()).find("not a dipgraph database") != std::string::npos);
    }
    auto db = open_raw(path);
    CHECK(db.query_int64("SELECT count(*) FROM sqlite_schema") == 1);
    CHECK(db.query_int64("PRAGMA user_version") == 0);
  }

  TEST_CASE("a file with another application_id is refused") {
    ScratchDir dir;
    const std::string path = (dir.path / "app.db").string();
    { open_raw(path).exec("PRAGMA application_id = 12345"); }
    CHECK_THROWS_WITH_AS(Store::open(path), doctest::Contains("not a dipgraph database"), StoreError);
  }

  TEST_CASE("a file that is not SQLite is refused") {
    ScratchDir dir;
    const auto path = dir.path / "text.db";
    std::ofstream(path) << "this is a text file, long enough to be mistaken for nothing at all\n"
                        << std::string(200, 'x');
    try {
      Store::open(path.string());
      FAIL("expected StoreError");
    } catch (const StoreError& error) {
      CHECK(error.sqlite_code() == SQLITE_NOTADB);
      CHECK(std::string(error.what()).find("not an SQLite file") != std::string::npos);
    }
  }

  TEST_CASE("read-only opens never create, migrate or seed") {
    ScratchDir dir;
    const std::string path = (dir.path / "ro.db").string();
    SUBCASE("a missing file") {
      CHECK_THROWS_WITH_AS(Store::open(path, OpenMode::read_only), doctest::Contains("dipgraph init"),
                           StoreError);
      CHECK_FALSE(std::filesystem::exists(path));
    }
    SUBCASE("an empty file") {
      std::ofstream(path).close();
      CHECK_THROWS_WITH_AS(Store::open(path, OpenMode::read_only), doctest::Contains("dipgraph init"),
                           StoreError);
    }
    SUBCASE("an outdated schema") {
      {
        auto db = open_raw(path);
        schema::migrate(db);
        db.exec("PRAGMA user_version = 0");
        db.exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
      }
      if (schema::latest_version() > 0) {
        CHECK_THROWS_WITH_AS(Store::open(path, OpenMode::read_only),
                             doctest::Contains("write command"), StoreError);
      }
    }
    SUBCASE("an initialised database opens and refuses writes") {
      { Store::open(path); }
      auto store = Store::open(path, OpenMode::read_only);
      CHECK(store.schema_version() == schema::latest_version());
      CHECK(store.find_actor("USA").has_value());
      CHECK_THROWS_AS(store.ensure_document(Document{"facts", "k", {}, {}, {}}), StoreError);
    }
  }

  TEST_CASE("file databases use WAL, foreign keys and the dipgraph application_id") {
    ScratchDir dir;
    const std::string path = (dir.path / "wal.db").string();
    auto store = Store::open(path);
    sqlite::Database peek(path, SQLITE_OPEN_READONLY);
    auto mode = peek.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.column_text(0) == "wal");
    CHECK(peek.query_int64("PRAGMA application_id") == schema::kApplicationId);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(store.handle(), "PRAGMA foreign_keys", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == 1);
    sqlite3_finalize(statement);
  }

  TEST_CASE("re-opening an up-to-date database changes nothing") {
    ScratchDir dir;
    const std::string path = (dir.path / "again.db").string();
    { Store::open(path); }
    const auto before = schema::dump(open_raw(path));
    auto store = Store::open(path);
    CHECK(store.schema_version() == schema::latest_version());
    // Neither migrations nor seeding wrote a single row.
    CHECK(sqlite3_total_changes(store.handle()) == 0);
    CHECK(schema::dump(open_raw(path)) == before);
  }

  TEST_CASE("a version 5 store gets the pair indexes of a fresh one and lists the same events") {
    ScratchDir dir;
    const std::string path = (dir.path / "v5.db").string();
    const std::string fresh = (dir.path / "fresh.db").string();
    { Store::open(fresh); }
    EventFilter window;
    window.actor = "FRA";
    window.other = "DEU";
    window.since = *Date::parse("2024-01-15");
    std::vector<std::pair<long long, std::string>> listed;
    {
      auto store = Store::open(path);
      const long long doc = store.ensure_document(Document{"facts", "facts/a.csv", {}, {}, {}});
      // Days, spans within the window's month and from before it, both directions.
      const std::vector<std::array<const char*, 5>> events = {
          {"visit", "FRA", "DEU", "2024-01-20", nullptr}, {"threat", "DEU", "FRA", "2024-01-10", "2024-03-01"},
          {"meeting", "FRA", "DEU", "2023", nullptr},     {"sanction", "FRA", "DEU", "2023-06-01", "2023-07-01"},
          {"conflict", "DEU", "FRA", "2023-12-20", "2024-02-01"}};
      for (const auto& [type, source, target, date, date_end] : events) {
        NewEvent event;
        event.type = type;
        event.source_code = source;
        event.target_code = target;
        event.date = *Date::parse(date);
        if (date_end != nullptr) event.date_end = *Date::parse(date_end);
        store.add_event(event, doc, {});
      }
      for (const auto& event : store.events(window)) listed.emplace_back(event.id, event.type);
    }
    REQUIRE(listed.size() == 3);
    {
      // Back to the indexes migration 5 left, without migration 7's tables.
      auto db = open_raw(path);
      db.exec("DROP TABLE article_person; DROP TABLE article_role; "
              "DROP INDEX event_by_nodes; DROP INDEX event_spans_by_nodes; "
              "CREATE INDEX event_by_nodes ON event (source_node_id, target_node_id, day_from); "
              "CREATE INDEX event_spans_by_nodes ON event (source_node_id, target_node_id, day_to, day_from) "
              "WHERE substr(day_from, 1, 7) <> substr(day_to, 1, 7); "
              "PRAGMA user_version = 5");
    }
    CHECK_THROWS_AS(Store::open(path, OpenMode::read_only), StoreError);
    auto store = Store::open(path);
    CHECK(store.schema_version() == schema::latest_version());
    CHECK(schema::dump(open_raw(path)) == schema::dump(open_raw(fresh)));
    std::vector<std::pair<long long, std::string>> after;
    for (const auto& event : store.events(window)) after.emplace_back(event.id, event.type);
    CHECK(after == listed);
  }

  TEST_CASE("a version 6 store learns which people and roles came from articles") {
    ScratchDir dir;
    const std::string path = (dir.path / "v6.db").string();
    const std::string fresh = (dir.path / "fresh.db").string();
    { Store::open(fresh); }
    const auto role = [](const char* person, const char* title, const char* state, const char* source) {
      Role r;
      r.person_code = person;
      r.title = title;
      r.state_code = state;
      r.source = source;
      return r;
    };
    const auto event = [](const char* source, const char* target) {
      NewEvent e;
      e.type = "meeting";
      e.source_code = source;
      e.target_code = target;
      e.date = *Date::parse("2024-03-01");
      return e;
    };
    {
      // Written as version 6 wrote them: article roles told only by their source.
      {
        auto store = Store::open(path);
        const long long article = store.ensure_document(Document{"article", "a1", {}, {}, {}});
        const long long dataset = store.ensure_document(Document{"icews", "events.tsv", {}, {}, {}});
        store.ensure_person("Ann Article", std::string("LTU"));  // an article's role only
        store.ensure_person("Ben Eventonly", std::nullopt);  // an article's event only
        store.ensure_person("Cid Dataset", std::string("LVA"));  // a dataset's event too
        store.ensure_person("Dee Rolesfile", std::string("EST"));  // a roles file's role too
        store.ensure_person("Eve Unused", std::nullopt);  // nothing at all
        store.add_role(role("ann-article", "foreign minister", "LTU", "article a1"));
        store.add_role(role("dee-rolesfile", "president", "EST", "/data/roles.csv"));
        store.add_role(role("dee-rolesfile", "envoy", "FIN", "article a1"));
        store.add_event(event("ben-eventonly", "POL"), article, {});
        store.add_event(event("cid-dataset", "POL"), article, {});
        store.add_event(event("cid-dataset", "DEU"), dataset, {});
      }
      auto db = open_raw(path);
      db.exec("DROP TABLE article_person; DROP TABLE article_role; PRAGMA user_version = 6");
    }
    auto store = Store::open(path);
    CHECK(store.schema_version() == schema::latest_version());
    CHECK(schema::dump(open_raw(path)) == schema::dump(open_raw(fresh)));
    const auto curated = store.aliases(Knowledge::curated);
    const auto known = [&](const std::string& code) {
      return std::any_of(curated.begin(), curated.end(), [&](const AliasEntry& entry) { return entry.code == code; });
    };
    CHECK_FALSE(known("ann-article"));
    CHECK_FALSE(known("ben-eventonly"));
    CHECK(known("cid-dataset"));
    CHECK(known("dee-rolesfile"));
    CHECK(known("eve-unused"));
    CHECK(store.roles_of("dee-rolesfile").size() == 2);
    const auto roles = store.roles_of("dee-rolesfile", Knowledge::curated);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].title == "president");
  }
}

