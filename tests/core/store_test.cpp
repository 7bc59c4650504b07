#include "core/store.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace dipgraph::core;
using dipgraph::InputError;
using dipgraph::NotFoundError;

namespace {

Date day(const char* text) { return *Date::parse(text); }

NewEvent make_event(const char* type, const char* source, const char* target, const char* date,
                    const char* date_end = nullptr) {
  NewEvent event;
  event.type = type;
  event.source_code = source;
  event.target_code = target;
  event.date = day(date);
  if (date_end != nullptr) event.date_end = day(date_end);
  return event;
}

Provenance note(const char* text) {
  Provenance provenance;
  provenance.note = text;
  return provenance;
}

std::vector<long long> ids(const std::vector<EventRecord>& events) {
  std::vector<long long> result;
  for (const auto& event : events) result.push_back(event.id);
  return result;
}

// EventFilter built field by field (designated initializers would trip
// -Wmissing-field-initializers).
struct Filter {
  EventFilter filter;
  Filter& actor(const std::string& code) { filter.actor = code; return *this; }
  Filter& other(const std::string& code) { filter.other = code; return *this; }
  Filter& types(std::vector<std::string> names) { filter.types = std::move(names); return *this; }
  Filter& since(const Date& date) { filter.since = date; return *this; }
  Filter& until(const Date& date) { filter.until = date; return *this; }
  Filter& limit(long long n) { filter.limit = n; return *this; }
  Filter& newest_first(bool on) { filter.newest_first = on; return *this; }
  operator EventFilter() const { return filter; }
};

// A store with one document and a few events between states.
struct Fixture {
  Store store = Store::open_in_memory();
  long long doc = store.ensure_document(Document{"facts", "facts/a.csv", {}, {}, {}});
  long long add(const NewEvent& event) { return store.add_event(event, doc, {}).event_id; }
};

// Captures the SQL of every statement the store runs, with parameters expanded.
struct SqlTrace {
  std::vector<std::string> statements;
  explicit SqlTrace(sqlite3* db) : db_(db) {
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &SqlTrace::callback, this);
  }
  ~SqlTrace() { sqlite3_trace_v2(db_, 0, nullptr, nullptr); }
  static int callback(unsigned, void* self, void* statement, void*) {
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql != nullptr) static_cast<SqlTrace*>(self)->statements.emplace_back(sql);
    sqlite3_free(sql);
    return 0;
  }

 private:
  sqlite3* db_;
};

std::vector<std::string> query_plan(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &statement, nullptr) ==
          SQLITE_OK);
  std::vector<std::string> details;
  while (sqlite3_step(statement) == SQLITE_ROW) {
    details.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)));
  }
  sqlite3_finalize(statement);
  return details;
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("a fresh in-memory store is migrated and seeded") {
    auto store = Store::open_in_memory();
    CHECK(store.schema_version() >= 1);
    const auto usa = store.find_actor("USA");
    REQUIRE(usa);
    CHECK(usa->kind == ActorKind::state);
    CHECK_FALSE(store.find_actor("nobody"));
    CHECK(store.resolver().resolve_one("USA").code == "USA");
    CHECK(store.actors(ActorKind::org).size() > 5);
  }

  TEST_CASE("the same document reporting the same event twice adds nothing") {
    Fixture f;
    const auto first = f.store.add_event(make_event("visit", "FRA", "DEU", "2024-05-01"), f.doc, note("a"));
    CHECK(first.new_event);
    CHECK(first.new_source);
    const auto again = f.store.add_event(make_event("visit", "FRA", "DEU", "2024-05-01"), f.doc, note("a"));
    CHECK(again.event_id == first.event_id);
    CHECK_FALSE(again.new_event);
    CHECK_FALSE(again.new_source);
    CHECK(f.store.stats().events == 1);
    CHECK(f.store.stats().event_sources == 1);
  }

  TEST_CASE("one event reported by two documents is one event with two sources") {
    Fixture f;
    const long long other = f.store.ensure_document(Document{"article", "news-1", "https://x", "T", "2024-05"});
    CHECK(f.store.ensure_document(Document{"article", "news-1", {}, {}, {}}) == other);
    Provenance provenance;
    provenance.url = "https://x";
    provenance.sentence = 3;
    provenance.evidence = "visited";
    const auto a = f.store.add_event(make_event("visit", "FRA", "DEU", "2024-05-01"), f.doc, {});
    const auto b = f.store.add_event(make_event("visit", "FRA", "DEU", "2024-05-01"), other, provenance);
    CHECK(b.event_id == a.event_id);
    CHECK_FALSE(b.new_event);
    CHECK(b.new_source);
    SUBCASE("and another sentence of the same document is another source") {
      provenance.sentence = 4;
      CHECK(f.store.add_event(make_event("visit", "FRA", "DEU", "2024-05-01"), other, provenance).new_source);
    }
    const auto events = f.store.events({});
    REQUIRE(events.size() == 1);
    REQUIRE(events[0].sources.size() >= 2);
    CHECK(events[0].sources[0].document == "facts/a.csv");
    CHECK(events[0].sources[1].document == "news-1");
    CHECK(events[0].sources[1].sentence == 3);
    CHECK(events[0].sources[1].evidence == "visited");
  }

  TEST_CASE("symmetric types ignore the order of the two sides, directed ones do not") {
    Fixture f;
    const auto ab = f.store.add_event(make_event("meeting", "FRA", "DEU", "2024-05-01"), f.doc, {});
    const auto ba = f.store.add_event(make_event("meeting", "DEU", "FRA", "2024-05-01"), f.doc, note("2"));
    CHECK(ba.event_id == ab.event_id);
    CHECK_FALSE(ba.new_event);
    // Stored with the smaller actor id as source.
    const auto fra = f.store.find_actor("FRA")->id;
    const auto deu = f.store.find_actor("DEU")->id;
    const auto stored = f.store.events({});
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].source.code == (fra < deu ? "FRA" : "DEU"));

    const auto v1 = f.store.add_event(make_event("visit", "FRA", "DEU", "2024-05-01"), f.doc, {});
    const auto v2 = f.store.add_event(make_event("visit", "DEU", "FRA", "2024-05-01"), f.doc, {});
    CHECK(v1.new_event);
    CHECK(v2.new_event);
    CHECK(v1.event_id != v2.event_id);
  }

  TEST_CASE("type defaults apply unless the event overrides them") {
    Fixture f;
    auto event = make_event("sanction", "USA", "RUS", "2022-02", "2022-03");
    f.add(event);
    event.type = "threat";
    event.cameo = "138";
    event.weight = -7.0;
    f.add(event);
    const auto events = f.store.events({});
    REQUIRE(events.size() == 2);
    CHECK(events[0].type == "sanction");
    CHECK(events[0].cameo == "163");
    CHECK(events[0].plover == "SANCTION");
    CHECK(events[0].weight == doctest::Approx(-8.0));
    CHECK(events[0].date == day("2022-02"));
    CHECK(events[0].date_end == day("2022-03"));
    CHECK(events[1].cameo == "138");
    CHECK(events[1].weight == doctest::Approx(-7.0));
  }

  TEST_CASE("bad events are rejected with InputError") {
    Fixture f;
    CHECK_THROWS_AS(f.add(make_event("hug", "FRA", "DEU", "2024")), InputError);
    CHECK_THROWS_AS(f.add(make_event("visit", "FRA", "XXX", "2024")), InputError);
    CHECK_THROWS_AS(f.add(make_event("visit", "FRA", "FRA", "2024")), InputError);
    CHECK_THROWS_AS(f.add(make_event("visit", "FRA", "DEU", "2024-05", "2024-04")), InputError);
    CHECK_THROWS_AS(f.store.add_event(make_event("visit", "FRA", "DEU", "2024"), 999, {}), InputError);
    CHECK(f.store.stats().events == 0);
  }

  TEST_CASE("people count as the state they represented on the event's date") {
    Fixture f;
    const auto person = f.store.ensure_person("Anna Testperson", std::string("POL"));
    CHECK(person.code == "anna-testperson");
    CHECK(person.home_state == "POL");
    CHECK(f.store.ensure_person("Anna Testperson", std::nullopt).id == person.id);
    CHECK(f.store.resolver().resolve_one("Anna Testperson").code == "anna-testperson");

    const long long before = f.add(make_event("visit", "anna-testperson", "DEU", "2019-06-01"));
    const long long during = f.add(make_event("visit", "anna-testperson", "DEU", "2021-06-01"));
    const long long stranger_visit =
        f.add(make_event("visit", "DEU", f.store.ensure_person("Nobody Known", std::nullopt).code.c_str(),
                         "2021-06-01"));
    auto state_of_source = [&](long long id) {
      for (const auto& event : f.store.events({})) {
        if (event.id == id) return event.source.state;
      }
      return std::optional<std::string>("missing");
    };
    // No role yet: the home state.
    CHECK(state_of_source(during) == "POL");
    CHECK(f.store.state_of("anna-testperson", day("2021-06-01")) == "POL");

    Role role{"anna-testperson", "", "Foreign Minister", "FRA", day("2020-01"), day("2022"), "test"};
    CHECK(f.store.add_role(role));
    CHECK_FALSE(f.store.add_role(role));
    CHECK(f.store.roles_of("anna-testperson").size() == 1);
    CHECK(f.store.roles_of("anna-testperson")[0].title == "foreign minister");
    // Re-projected: the role covers 2021 but not 2019.
    CHECK(state_of_source(during) == "FRA");
    CHECK(state_of_source(before) == "POL");
    CHECK(f.store.state_of("anna-testperson", day("2021-06-01")) == "FRA");
    CHECK(f.store.state_of("anna-testperson", day("2023-01-01")) == "POL");
    CHECK_FALSE(f.store.state_of("FRA", day("2021")));

    // State-level queries see the person's events; the person's own too.
    CHECK(f.store.count_events(Filter().actor("FRA").other("DEU")) == 1);
    CHECK(f.store.count_events(Filter().actor("POL").other("DEU")) == 1);
    CHECK(f.store.count_events(Filter().actor("anna-testperson")) == 2);
    CHECK(f.store.count_events(Filter().actor("anna-testperson").other("DEU")) == 2);
    // A person with no state stays themselves and has no `state`.
    const auto events = f.store.events(Filter().actor("DEU"));
    for (const auto& event : events) {
      if (event.id == stranger_visit) CHECK_FALSE(event.target.state);
    }
    CHECK(events.size() == 3);
  }

  TEST_CASE("add_role validates its actors and dates") {
    auto store = Store::open_in_memory();
    store.ensure_person("Role Tester", std::nullopt);
    CHECK_THROWS_AS(store.add_role(Role{"nobody-here", "", "president", "FRA", {}, {}, ""}), InputError);
    CHECK_THROWS_AS(store.add_role(Role{"role-tester", "", "president", "EU", {}, {}, ""}), InputError);
    CHECK_THROWS_AS(store.add_role(Role{"role-tester", "", "president", "FRA", day("2020"), day("2019"), ""}),
                    InputError);
    CHECK(store.add_role(Role{"role-tester", "", "president", "FRA", day("2020"), {}, ""}));
    // The end date of a running role can be filled in later.
    CHECK(store.add_role(Role{"role-tester", "", "president", "FRA", day("2020"), day("2024-03-01"), ""}));
    REQUIRE(store.roles_of("role-tester").size() == 1);
    CHECK(store.roles_of("role-tester")[0].end == day("2024-03-01"));
  }

  TEST_CASE("events() filters by actor, pair, type and window, and orders and limits") {
    Fixture f;
    const long long e1 = f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
    const long long e2 = f.add(make_event("meeting", "DEU", "FRA", "2024-02"));
    const long long e3 = f.add(make_event("visit", "FRA", "CHN", "2024-03-05"));
    const long long e4 = f.add(make_event("conflict", "RUS", "UKR", "2022-02-24", "2024-12-31"));
    const long long e5 = f.add(make_event("aid", "USA", "UKR", "2023"));

    CHECK(ids(f.store.events({})) == std::vector<long long>{e4, e5, e1, e2, e3});
    CHECK(ids(f.store.events(Filter().newest_first(true))) == std::vector<long long>{e3, e2, e1, e5, e4});
    CHECK(ids(f.store.events(Filter().actor("FRA"))) == std::vector<long long>{e1, e2, e3});
    CHECK(ids(f.store.events(Filter().actor("FRA").other("DEU"))) == std::vector<long long>{e1, e2});
    CHECK(ids(f.store.events(Filter().actor("DEU").other("FRA"))) == std::vector<long long>{e1, e2});
    CHECK(ids(f.store.events(Filter().actor("FRA").types({"visit"}))) == std::vector<long long>{e1, e3});
    CHECK(ids(f.store.events(Filter().types({"aid", "conflict"}))) == std::vector<long long>{e4, e5});
    // Windows select events overlapping them: the 2022-2024 conflict is in 2023.
    CHECK(ids(f.store.events(Filter().since(day("2023-06")).until(day("2023-06")))) ==
          std::vector<long long>{e4, e5});
    CHECK(ids(f.store.events(Filter().since(day("2024-02-15")))) == std::vector<long long>{e4, e2, e3});
    CHECK(ids(f.store.events(Filter().until(day("2024-01")))) == std::vector<long long>{e4, e5, e1});
    CHECK(ids(f.store.events(Filter().limit(2))) == std::vector<long long>{e4, e5});
    CHECK(ids(f.store.events(Filter().limit(2).newest_first(true))) == std::vector<long long>{e3, e2});
    CHECK(f.store.count_events(Filter().actor("UKR")) == 2);
    CHECK(f.store.count_events(Filter().limit(1)) == 5);

    CHECK_THROWS_AS(f.store.events(Filter().actor("NOWHERE")), NotFoundError);
    CHECK_THROWS_AS(f.store.events(Filter().types({"hug"})), InputError);
    CHECK_THROWS_AS(f.store.events(Filter().other("FRA")), dipgraph::UsageError);
  }

  TEST_CASE("resolver_for(name) finds the same actors for name as resolver() does") {
    Fixture f;
    f.store.ensure_person("Zoë Quick-Test", std::string("FRA"));
    const Resolver full = f.store.resolver();
    for (const char* name : {"Pakistan", "pakistan", "PAK", "pak", "Pakistani", "Islamabad", "U.S.",
                             "US", "usa", "the West", "Congo", "AU", "Lukashenko", "zoe quick test",
                             "Zoë Quick-Test", "zoe-quick-test", "Pakistn", "nowhere", "  Russia ",
                             "Türkiye", "turkiye"}) {
      INFO(name);
      const auto codes = [](const Resolution& resolution) {
        std::vector<std::string> result;
        for (const auto& match : resolution.candidates) result.push_back(match.code);
        return result;
      };
      CHECK(codes(f.store.resolver_for(name).resolve(name)) == codes(full.resolve(name)));
    }
  }

  TEST_CASE("a pair's limited list is the first events of its full list, in either order") {
    Fixture f;
    // Both directions interleaved, ties on one day, a person for FRA, other pairs around.
    const auto person = f.store.ensure_person("Limit Person", std::string("FRA"));
    const char* days[] = {"2024-01-10", "2024-01-10", "2024-02", "2023", "2024-03-05",
                          "2024-03-05", "2022-06-01", "2024-12-31", "2024-01-10"};
    int n = 0;
    for (const char* date : days) {
      const bool forward = n % 3 != 1;
      const char* type = n % 2 == 0 ? "visit" : "threat";
      f.add(make_event(type, forward ? "FRA" : "DEU", forward ? "DEU" : "FRA", date));
      if (n % 3 == 0) f.add(make_event(type, person.code.c_str(), "DEU", date));
      f.add(make_event(type, "FRA", "ITA", date));
      ++n;
    }
    for (const bool newest : {false, true}) {
      for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
               {"FRA", "DEU"}, {"DEU", "FRA"}, {person.code, "DEU"}, {"DEU", person.code}}) {
        const auto all = ids(f.store.events(Filter().actor(a).other(b).newest_first(newest)));
        REQUIRE(all.size() >= 3);
        for (long long limit = 1; limit <= static_cast<long long>(all.size()) + 1; ++limit) {
          INFO(a << " " << b << (newest ? " newest first" : " oldest first") << ", limit " << limit);
          const auto some = ids(f.store.events(Filter().actor(a).other(b).newest_first(newest).limit(limit)));
          const auto expected = std::vector<long long>(
              all.begin(), all.begin() + std::min<long long>(limit, static_cast<long long>(all.size())));
          CHECK(some == expected);
        }
      }
    }
  }

  TEST_CASE("a pair's list in a window is the events of its full list that overlap the window") {
    Fixture f;
    // Days, spans within a month and across months and years, both directions,
    // a person for FRA, and other pairs around.
    const auto person = f.store.ensure_person("Window Person", std::string("FRA"));
    const std::vector<std::pair<const char*, const char*>> dates = {
        {"2024-01-10", nullptr},      {"2024-01-31", nullptr},      {"2024-02", nullptr},
        {"2023", nullptr},            {"2024-03-05", "2024-03-20"}, {"2024-02-20", "2024-03-02"},
        {"2022-06-01", "2024-03-10"}, {"2024-03-15", nullptr},      {"2024-03-01", "2024-03-09"},
        {"2023-12-30", "2024-01-02"}, {"2024-03", nullptr},         {"2024-04-01", "2024-05-31"}};
    int n = 0;
    for (const auto& [from, to] : dates) {
      const bool forward = n % 3 != 1;
      const char* type = n % 2 == 0 ? "visit" : "conflict";
      f.add(make_event(type, forward ? "FRA" : "DEU", forward ? "DEU" : "FRA", from, to));
      if (n % 3 == 0) f.add(make_event(type, person.code.c_str(), "DEU", from, to));
      f.add(make_event(type, "FRA", "ITA", from, to));
      ++n;
    }
    const auto overlapping = [](const std::vector<EventRecord>& events, const std::optional<Date>& since,
                                const std::optional<Date>& until) {
      std::vector<long long> result;
      for (const auto& event : events) {
        const std::string last = event.date_end ? event.date_end->last_day() : event.date.last_day();
        if (since && last < since->first_day()) continue;
        if (until && event.date.first_day() > until->last_day()) continue;
        result.push_back(event.id);
      }
      return result;
    };
    const std::vector<std::optional<Date>> sinces = {std::nullopt,       day("2024"),       day("2024-01"),
                                                     day("2024-01-02"), day("2024-01-11"), day("2024-03-03"),
                                                     day("2024-03-10"), day("2024-03-31"), day("2025")};
    const std::vector<std::optional<Date>> untils = {std::nullopt, day("2024-03-04"), day("2024-03")};
    for (const bool newest : {false, true}) {
      for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
               {"FRA", "DEU"}, {"DEU", "FRA"}, {person.code, "DEU"}, {"DEU", person.code}}) {
        const auto all = f.store.events(Filter().actor(a).other(b).newest_first(newest));
        REQUIRE(all.size() >= 4);
        for (const auto& since : sinces) {
          for (const auto& until : untils) {
            Filter window = Filter().actor(a).other(b).newest_first(newest);
            if (since) window.since(*since);
            if (until) window.until(*until);
            INFO(a << " " << b << (newest ? " newest first" : "") << " since "
                   << (since ? since->to_string() : "-") << " until " << (until ? until->to_string() : "-"));
            const auto expected = overlapping(all, since, until);
            CHECK(ids(f.store.events(window)) == expected);
            const auto first = std::vector<long long>(expected.begin(),
                                                      expected.begin() + std::min<std::size_t>(2, expected.size()));
            CHECK(ids(f.store.events(Filter(window).limit(2))) == first);
          }
        }
      }
    }
  }

  TEST_CASE("a state's list with itself names each event once, in a window or up to a limit") {
    Fixture f;
    // A person of FRA and FRA: both sides are FRA at state level, so both
    // directions of the pair find the same rows.
    const auto person = f.store.ensure_person("Self Person", std::string("FRA"));
    for (const char* date : {"2024-01-10", "2024-02", "2023-12-30", "2024-03-05"}) {
      f.add(make_event("visit", person.code.c_str(), "FRA", date));
      f.add(make_event("visit", "FRA", "DEU", date));
    }
    for (const bool newest : {false, true}) {
      INFO((newest ? "newest first" : "oldest first"));
      const auto all = ids(f.store.events(Filter().actor("FRA").other("FRA").newest_first(newest)));
      REQUIRE(all.size() == 4);
      CHECK(ids(f.store.events(Filter().actor("FRA").other("FRA").newest_first(newest).since(day("2020")))) ==
            all);
      CHECK(ids(f.store.events(Filter().actor("FRA").other("FRA").newest_first(newest).limit(3))) ==
            std::vector<long long>(all.begin(), all.begin() + 3));
    }
  }

  TEST_CASE("a pair's listing leaves the connection as it found it: page cache size, no open transaction") {
    Fixture f;
    f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
    const auto cache_size = [&] {
      sqlite3_stmt* statement = nullptr;
      REQUIRE(sqlite3_prepare_v2(f.store.handle(), "PRAGMA cache_size", -1, &statement, nullptr) == SQLITE_OK);
      REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
      const long long size = sqlite3_column_int64(statement, 0);
      sqlite3_finalize(statement);
      return size;
    };
    const long long before = cache_size();
    REQUIRE(before < -512);  // larger than the listing's cap, so the cap is applied
    CHECK(f.store.events(Filter().actor("FRA").other("DEU").since(day("2024"))).size() == 1);
    CHECK(cache_size() == before);
    CHECK(sqlite3_get_autocommit(f.store.handle()) != 0);
  }

  TEST_CASE("a listing's events carry their actors, the state a person represented, and the type's category") {
    Fixture f;
    const auto person = f.store.ensure_person("Side Person", std::string("FRA"));
    f.add(make_event("visit", person.code.c_str(), "DEU", "2024-01-10"));
    for (const auto& filter : {Filter().actor("FRA").other("DEU"), Filter().actor("FRA").other("DEU").since(day("2024"))}) {
      const auto events = f.store.events(filter);
      REQUIRE(events.size() == 1);
      CHECK(events[0].source.code == person.code);
      CHECK(events[0].source.name == "Side Person");
      CHECK(events[0].source.kind == ActorKind::person);
      CHECK(events[0].source.state == std::optional<std::string>("FRA"));
      CHECK(events[0].target.code == "DEU");
      CHECK(events[0].target.kind == ActorKind::state);
      CHECK_FALSE(events[0].target.state);
      CHECK(events[0].plover == "CONSULT");
    }
  }

  TEST_CASE("the between query of events() is an index search, not a scan of event") {
    Fixture f;
    f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
    const auto person = f.store.ensure_person("Plan Person", std::string("FRA"));
    // Two states: every part of a window, and the first events up to a limit
    // (the index is in the listing's order), are read from an index holding
    // every listed column, and no event row is read.
    const std::vector<std::pair<const char*, EventFilter>> filters = {
        {"window", Filter().actor("FRA").other("DEU").since(day("2020-03-15")).until(day("2024"))},
        {"limit", Filter().actor("FRA").other("DEU").limit(5)},
        {"limit, newest first", Filter().actor("FRA").other("DEU").limit(5).newest_first(true)},
        {"window and limit", Filter().actor("FRA").other("DEU").since(day("2024-01")).limit(5)}};
    for (const auto& [name, filter] : filters) {
      INFO(std::string(name));
      std::string between;
      std::vector<std::string> statements;
      {
        SqlTrace trace(f.store.handle());
        REQUIRE(f.store.events(filter).size() == 1);
        statements = trace.statements;
        for (const auto& sql : trace.statements) {
          if (sql.find("FROM event e") != std::string::npos && between.empty()) between = sql;
        }
      }
      REQUIRE_FALSE(between.empty());
      bool searched = false;
      bool spans = false;  // spans from before the window's month: their own index
      for (const auto& detail : query_plan(f.store.handle(), between)) {
        INFO(detail);
        CHECK(detail.find("SCAN e") == std::string::npos);
        if (detail.find("SEARCH e") != std::string::npos) CHECK(detail.find("USING COVERING INDEX") != std::string::npos);
        if (detail.find("SEARCH e USING COVERING INDEX event_by_nodes") != std::string::npos) searched = true;
        if (detail.find("SEARCH e USING COVERING INDEX event_spans_by_nodes") != std::string::npos) spans = true;
      }
      CHECK(searched);
      CHECK(spans == static_cast<bool>(filter.since));
      for (const auto& sql : statements) {
        INFO(sql);
        CHECK(sql.find("WHERE e.id = ") == std::string::npos);  // no row fetched by id afterwards
      }
    }

    SUBCASE("and so is a person's") {
      std::string own;
      {
        SqlTrace trace(f.store.handle());
        f.store.events(Filter().actor(person.code).other("DEU"));
        for (const auto& sql : trace.statements) {
          if (sql.find("FROM event e") != std::string::npos && own.empty()) own = sql;
        }
      }
      for (const auto& detail : query_plan(f.store.handle(), own)) {
        INFO(detail);
        CHECK(detail.find("SCAN e") == std::string::npos);
      }
    }
  }

  TEST_CASE("a transaction that is not committed leaves nothing behind") {
    Fixture f;
    try {
      Store::Transaction transaction(f.store);
      f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
      f.store.ensure_person("Rolled Back", std::nullopt);
      throw std::runtime_error("abort");
    } catch (const std::runtime_error&) {
    }
    CHECK(f.store.stats().events == 0);
    CHECK_FALSE(f.store.find_actor("rolled-back"));

    SUBCASE("committed work stays, a rolled-back nested transaction does not") {
      Store::Transaction outer(f.store);
      f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
      {
        Store::Transaction inner(f.store);
        f.add(make_event("visit", "DEU", "FRA", "2024-01-11"));
      }
      outer.commit();
      CHECK(f.store.stats().events == 1);
    }
  }

  TEST_CASE("stats count what the store holds") {
    Fixture f;
    const auto empty = f.store.stats();
    CHECK(empty.events == 0);
    CHECK_FALSE(empty.first_date);
    CHECK(empty.states > 190);
    CHECK(empty.documents == 1);
    f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
    f.add(make_event("visit", "DEU", "FRA", "2023-05"));
    f.add(make_event("aid", "USA", "UKR", "2024-03-01"));
    f.store.ensure_person("Stats Person", std::nullopt);
    const auto stats = f.store.stats();
    CHECK(stats.events == 3);
    CHECK(stats.event_sources == 3);
    CHECK(stats.people == empty.people + 1);
    CHECK(stats.aliases == empty.aliases + 1);
    REQUIRE(stats.events_by_type.size() == 2);
    CHECK(stats.events_by_type[0].name == "visit");
    CHECK(stats.events_by_type[0].count == 2);
    CHECK(stats.first_date == "2023-05-01");
    CHECK(stats.last_date == "2024-03-01");
  }

  TEST_CASE("a profile lists aliases, event types and top partners") {
    Fixture f;
    f.add(make_event("visit", "FRA", "DEU", "2024-01-10"));
    f.add(make_event("meeting", "FRA", "DEU", "2024-01-11"));
    f.add(make_event("visit", "CHN", "FRA", "2024-03-05"));
    const auto profile = f.store.profile("FRA");
    CHECK(profile.actor.code == "FRA");
    CHECK(std::find(profile.aliases.begin(), profile.aliases.end(), "FRA") != profile.aliases.end());
    CHECK(std::is_sorted(profile.aliases.begin(), profile.aliases.end()));
    REQUIRE(profile.events_by_type.size() == 2);
    CHECK(profile.events_by_type[0].name == "visit");
    CHECK(profile.events_by_type[0].count == 2);
    REQUIRE(profile.top_partners.size() == 2);
    CHECK(profile.top_partners[0].code == "DEU");
    CHECK(profile.top_partners[0].events == 2);
    CHECK(profile.top_partners[1].code == "CHN");
    CHECK_THROWS_AS(f.store.profile("Nowhereland"), NotFoundError);
  }

  TEST_CASE("aliases can be added once and memberships listed from both sides") {
    auto store = Store::open_in_memory();
    const auto before = store.aliases().size();
    store.add_alias("FRA", "La Grande Nation", AliasKind::alt);
    store.add_alias("FRA", "La Grande Nation", AliasKind::alt);
    CHECK(store.aliases().size() == before + 1);
    CHECK(store.resolver().resolve_one("la grande nation").code == "FRA");
    CHECK_THROWS_AS(store.add_alias("XXX", "Nowhere", AliasKind::alt), InputError);
    const auto orgs_of_fra = store.memberships("FRA");
    CHECK_FALSE(orgs_of_fra.empty());
    for (const auto& membership : orgs_of_fra) CHECK(membership.state_code == "FRA");
  }
}
