// The pair rollup (tables pair_month and pair_year, docs/schema.md): kept
// equal to the aggregate of the event table by every write, filled by
// migration 2, and read by `ties` with the same results as the event rows.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/sqlite.hpp"
#include "core/store.hpp"
#include "graphs/graph_view.hpp"
#include "graphs/ties.hpp"

using namespace dipgraph::core;
using dipgraph::graphs::EdgeProps;
using dipgraph::graphs::GraphView;
using dipgraph::graphs::GraphViewOptions;
using dipgraph::graphs::TiesOptions;
using dipgraph::graphs::TiesResult;

namespace {

struct ScratchDir {
  std::filesystem::path path;
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dipgraph-rollup-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

struct Fixture {
  ScratchDir dir;
  std::string path = (dir.path / "rollup.db").string();
  Store store = Store::open(path);
  long long doc = store.ensure_document(Document{"facts", "facts/rollup.csv", {}, {}, {}});

  void add(const char* type, const char* source, const char* target, const char* date,
           const char* date_end = nullptr, std::optional<double> weight = std::nullopt) {
    NewEvent event;
    event.type = type;
    event.source_code = source;
    event.target_code = target;
    event.date = *Date::parse(date);
    if (date_end != nullptr) event.date_end = *Date::parse(date_end);
    event.weight = weight;
    store.add_event(event, doc, {});
  }

  /// Rows in which the rollup differs from the events, read over a second connection.
  long long mismatches() const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return schema::rollup_mismatches(db);
  }

  long long query(const std::string& sql) const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return db.query_int64(sql).value_or(-1);
  }
};

/// Events between FRA and DEU (and a few around them) with spans across
/// months and years, month and year precision, and people.
void add_busy_pair(Fixture& f) {
  f.add("visit", "FRA", "DEU", "2023-01-10");
  f.add("meeting", "FRA", "DEU", "2023-01-31");
  f.add("agreement", "DEU", "FRA", "2023-02");
  f.add("sanction", "FRA", "DEU", "2023-03-20", "2023-05-02");     // a span over three months
  f.add("conflict", "DEU", "FRA", "2022-11-15", "2024-01-03");     // a span over years
  f.add("reject", "DEU", "FRA", "2023");                           // a year: Jan 1 .. Dec 31
  f.add("threat", "FRA", "DEU", "2023-03-31", nullptr, -4.4);
  f.add("aid", "FRA", "DEU", "2023-03-01", "2023-03-31");
  f.add("visit", "DEU", "FRA", "2023-04-01");
  f.add("support", "FRA", "DEU", "2023-12-31", nullptr, 0.0);  // neither side of zero
  f.add("meeting", "FRA", "DEU", "2024-02-29");
  f.add("visit", "FRA", "POL", "2023-03-15");
  f.add("visit", "POL", "DEU", "2023-03-16");
  f.add("meeting", "POL", "DEU", "2022-06-01", "2023-06-01");
  f.add("visit", "FRA", "ITA", "2023-05-05");
  f.add("agreement", "ITA", "DEU", "2023-05-06");
}

/// Windows that cut months, years and spans in every way (since, until; null: open).
const std::vector<std::pair<const char*, const char*>> kWindows = {
    {nullptr, nullptr},           {"2023", nullptr},           {nullptr, "2023"},
    {"2023-03", "2023-04"},       {"2023-03-15", nullptr},     {nullptr, "2023-03-20"},
    {"2023-03-15", "2023-03-25"}, {"2023-02-01", "2023-12-31"}, {"2023-04-02", "2024-02-28"},
    {"2024-01-02", nullptr},      {"2022-12-31", "2023-01-01"}, {"2024", "2024"},
    {"2023-03-10", "2023-03-10"}};

void check_same(const EdgeProps& rollup, const EdgeProps& rows) {
  CHECK(rollup.events == rows.events);
  CHECK(rollup.by_type == rows.by_type);
  CHECK(rollup.first_day == rows.first_day);
  CHECK(rollup.last_day == rows.last_day);
  CHECK(rollup.net_weight == doctest::Approx(rows.net_weight));
  CHECK(rollup.cooperative == rows.cooperative);
  CHECK(rollup.conflictual == rows.conflictual);
}

/// find_ties from the rollup and from the event rows give the same answer.
void check_ties_agree(const Store& store, const char* a, const char* b, TiesOptions options) {
  options.view.use_rollup = false;
  const TiesResult rows = dipgraph::graphs::find_ties(store, a, b, options);
  options.view.use_rollup = true;
  const TiesResult rollup = dipgraph::graphs::find_ties(store, a, b, options);
  CHECK(rollup.direct_total == rows.direct_total);
  CHECK(rollup.summary.total.events == rows.summary.total.events);
  CHECK(rollup.summary.total.cooperative == rows.summary.total.cooperative);
  CHECK(rollup.summary.total.conflictual == rows.summary.total.conflictual);
  CHECK(rollup.summary.total.net_weight == doctest::Approx(rows.summary.total.net_weight));
  REQUIRE(rollup.summary.by_year.size() == rows.summary.by_year.size());
  for (const auto& [year, counts] : rows.summary.by_year) {
    INFO("year " << year);
    REQUIRE(rollup.summary.by_year.count(year) == 1);
    const auto& other = rollup.summary.by_year.at(year);
    CHECK(other.events == counts.events);
    CHECK(other.cooperative == counts.cooperative);
    CHECK(other.conflictual == counts.conflictual);
    CHECK(other.net_weight == doctest::Approx(counts.net_weight));
  }
  REQUIRE(rollup.direct_tie.has_value() == rows.direct_tie.has_value());
  if (rows.direct_tie) check_same(rollup.direct_tie->hops.at(0).props, rows.direct_tie->hops.at(0).props);
  REQUIRE(rollup.paths.size() == rows.paths.size());
  for (std::size_t i = 0; i < rows.paths.size(); ++i) {
    CHECK(rollup.paths[i].nodes == rows.paths[i].nodes);
    REQUIRE(rollup.paths[i].hops.size() == rows.paths[i].hops.size());
    for (std::size_t h = 0; h < rows.paths[i].hops.size(); ++h) {
      check_same(rollup.paths[i].hops[h].props, rows.paths[i].hops[h].props);
    }
  }
}

}  // namespace

TEST_SUITE("rollup") {
  TEST_CASE("every new event is counted in its pair, type and month") {
    Fixture f;
    add_busy_pair(f);
    CHECK(f.mismatches() == 0);
    // FRA-DEU in 2023-03: sanction, threat, aid (one row each); 2023-01: visit and meeting.
    CHECK(f.query("SELECT count(*) FROM pair_month p JOIN actor a ON a.id = p.lo_node_id "
                  "JOIN actor b ON b.id = p.hi_node_id WHERE a.code IN ('FRA', 'DEU') "
                  "AND b.code IN ('FRA', 'DEU') AND month = '2023-03'") == 3);
    CHECK(f.query("SELECT sum(events) FROM pair_year p JOIN actor a ON a.id = p.lo_node_id "
                  "JOIN actor b ON b.id = p.hi_node_id WHERE a.code IN ('FRA', 'DEU') "
                  "AND b.code IN ('FRA', 'DEU') AND year = '2023'") == 9);
    SUBCASE("and an event reported again is not counted twice") {
      f.add("visit", "FRA", "DEU", "2023-01-10");
      CHECK(f.mismatches() == 0);
      CHECK(f.query("SELECT sum(events) FROM pair_month") ==
            f.query("SELECT count(*) FROM event WHERE source_node_id <> target_node_id"));
    }
  }

  TEST_CASE("the consistency check sees a rollup that drifted from the events") {
    Fixture f;
    add_busy_pair(f);
    REQUIRE(f.mismatches() == 0);
    {
      sqlite::Database db(f.path, SQLITE_OPEN_READWRITE);
      db.exec("UPDATE pair_month SET events = events + 1 WHERE month = '2023-05'");
    }
    CHECK(f.mismatches() > 0);
    sqlite::Database db(f.path, SQLITE_OPEN_READWRITE);
    schema::rebuild_rollup(db);
    CHECK(schema::rollup_mismatches(db) == 0);
  }

  TEST_CASE("events within one node are not in the rollup") {
    Fixture f;
    f.store.ensure_person("Jean Dupont", "FRA");
    f.add("meeting", "jean-dupont", "FRA", "2023-04-04");
    f.add("meeting", "jean-dupont", "DEU", "2023-04-05");
    CHECK(f.mismatches() == 0);
    CHECK(f.query("SELECT count(*) FROM pair_month") == 1);
  }

  TEST_CASE("a role that moves a person's events to another state moves them in the rollup") {
    Fixture f;
    f.store.ensure_person("Anna Kowalska", std::nullopt);
    f.add("visit", "anna-kowalska", "DEU", "2023-03-02");
    f.add("visit", "anna-kowalska", "FRA", "2024-07-02");
    f.add("visit", "POL", "DEU", "2023-03-20");
    f.add("meeting", "anna-kowalska", "POL", "2023-03-21");
    REQUIRE(f.mismatches() == 0);
    const std::string pol_deu =
        "SELECT coalesce(sum(events), 0) FROM pair_month WHERE month = '2023-03' AND "
        "lo_node_id = (SELECT min(id) FROM actor WHERE code IN ('POL', 'DEU')) AND "
        "hi_node_id = (SELECT max(id) FROM actor WHERE code IN ('POL', 'DEU'))";
    CHECK(f.query(pol_deu) == 1);
    Role role;
    role.person_code = "anna-kowalska";
    role.person_name = "Anna Kowalska";
    role.title = "foreign minister";
    role.state_code = "POL";
    role.start = *Date::parse("2023-01");
    role.end = *Date::parse("2023-12");
    REQUIRE(f.store.add_role(role));
    CHECK(f.mismatches() == 0);
    CHECK(f.query(pol_deu) == 2);  // her 2023 visit now counts for Poland
    // Her meeting with Poland became one within Poland: out of the rollup.
    CHECK(f.query("SELECT count(*) FROM pair_month WHERE type = 'meeting'") == 0);
    SUBCASE("and a home state learnt later moves the rest") {
      f.store.ensure_person("Anna Kowalska", "POL");
      CHECK(f.mismatches() == 0);
      CHECK(f.query("SELECT count(*) FROM pair_year WHERE year = '2024'") == 1);
    }
  }

  TEST_CASE("a version 1 database with events upgrades to a rollup equal to its events") {
    Fixture f;
    add_busy_pair(f);
    const std::string path = f.path;
    f.store = Store::open_in_memory();  // closes the file
    {
      // Back to exactly what migration 1 left: no rollup, user_version 1.
      sqlite::Database db(path, SQLITE_OPEN_READWRITE);
      db.exec("DROP TABLE pair_month; DROP TABLE pair_year; DROP TABLE pair_total; "
              "DROP INDEX event_spans_by_nodes; "
              // and migration 7's tables
              "DROP TABLE article_person; DROP TABLE article_role; "
              // and what migration 4 changed
              "DROP INDEX event_source_by_record; DROP INDEX event_source_key; "
              "ALTER TABLE event_source DROP COLUMN record; "
              "ALTER TABLE event_source DROP COLUMN articles; "
              "CREATE UNIQUE INDEX event_source_key ON event_source "
              "(event_id, document_id, coalesce(sentence, -1)); "
              "DROP INDEX event_key; CREATE UNIQUE INDEX event_key ON event "
              "(type, source_id, target_id, date, coalesce(date_end, '')); "
              "ALTER TABLE document DROP COLUMN completed_at; "
              "PRAGMA user_version = 1");
      CHECK_THROWS_AS(Store::open(path, OpenMode::read_only), dipgraph::StoreError);
    }
    f.store = Store::open(path);
    CHECK(f.store.schema_version() == schema::latest_version());
    CHECK(f.query("SELECT count(*) FROM pair_month") > 0);
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("ties read from the rollup answer as the event rows do, on any window") {
    Fixture f;
    add_busy_pair(f);
    for (const auto& [since, until] : kWindows) {
      for (const bool typed : {false, true}) {
        for (const int hops : {2, 3}) {
          INFO("since " << (since ? since : "-") << ", until " << (until ? until : "-")
                        << (typed ? ", types sanction conflict visit" : "") << ", hops " << hops);
          TiesOptions options;
          if (since != nullptr) options.view.since = *Date::parse(since);
          if (until != nullptr) options.view.until = *Date::parse(until);
          if (typed) options.view.types = {"sanction", "conflict", "visit"};
          options.max_hops = hops;
          check_ties_agree(f.store, "FRA", "DEU", options);
          check_ties_agree(f.store, "DEU", "POL", options);
        }
      }
    }
  }

  TEST_CASE("a window cutting a month counts the spans reaching into it") {
    Fixture f;
    add_busy_pair(f);
    TiesOptions options;
    options.view.since = *Date::parse("2023-05-02");
    options.view.until = *Date::parse("2023-05-02");
    const TiesResult result = dipgraph::graphs::find_ties(f.store, "FRA", "DEU", options);
    // The sanction (2023-03-20 .. 2023-05-02), the conflict (2022-11 .. 2024-01) and the
    // reject (all of 2023) overlap that day; nothing starts on it.
    CHECK(result.summary.total.events == 3);
    REQUIRE(result.direct_tie);
    CHECK(result.direct_tie->hops.at(0).props.by_type ==
          std::map<std::string, long long>{{"conflict", 1}, {"reject", 1}, {"sanction", 1}});
    CHECK(result.direct_tie->hops.at(0).props.first_day == "2022-11-15");
    CHECK(result.direct_tie->hops.at(0).props.last_day == "2024-01-03");
  }

  TEST_CASE("graph views read from the rollup equal those read from the event rows") {
    Fixture f;
    add_busy_pair(f);
    f.store.ensure_person("Jan Nowak", std::nullopt);  // no state: a node of their own
    f.add("visit", "jan-nowak", "ITA", "2023-03-12");
    for (const auto& [since, until] : kWindows) {
      for (const bool typed : {false, true}) {
        for (const bool focused : {false, true}) {
          INFO("since " << (since ? since : "-") << ", until " << (until ? until : "-")
                        << (typed ? ", types sanction conflict visit" : "")
                        << (focused ? ", around POL" : ""));
          GraphViewOptions options;
          if (since != nullptr) options.since = *Date::parse(since);
          if (until != nullptr) options.until = *Date::parse(until);
          if (typed) options.types = {"sanction", "conflict", "visit"};
          if (focused) options.focus = {"POL"};
          options.use_rollup = false;
          const GraphView rows = dipgraph::graphs::build_graph_view(f.store, options);
          options.use_rollup = true;
          const GraphView rollup = dipgraph::graphs::build_graph_view(f.store, options);
          REQUIRE(boost::num_vertices(rollup.graph) == boost::num_vertices(rows.graph));
          REQUIRE(boost::num_edges(rollup.graph) == boost::num_edges(rows.graph));
          for (const auto edge : boost::make_iterator_range(boost::edges(rows.graph))) {
            const auto& from = rows.graph[boost::source(edge, rows.graph)].code;
            const auto& to = rows.graph[boost::target(edge, rows.graph)].code;
            INFO(from << " - " << to);
            const auto match = boost::edge(*rollup.find(from), *rollup.find(to), rollup.graph);
            REQUIRE(match.second);
            check_same(rollup.graph[match.first], rows.graph[edge]);
          }
        }
      }
    }
  }
}
