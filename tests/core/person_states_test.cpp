#include <doctest/doctest.h>
#include <sqlite3.h>

#include <set>
#include <string>
#include <vector>

#include "core/store.hpp"

using namespace dipgraph::core;

namespace {

/// Two days a year from 1990 to 2030, and the first and last days of the person's roles
/// and the days next to them: where state_of's answer can change.
std::vector<Date> days_to_ask(const Store& store, const Actor& person) {
  std::set<std::string> days;
  for (int year = 1990; year <= 2030; ++year) {
    days.insert(Date{year, 1, 1, DatePrecision::day}.first_day());
    days.insert(Date{year, 7, 1, DatePrecision::day}.first_day());
  }
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(store.handle(),
                             "SELECT r.start_day, r.end_day FROM role r JOIN actor p ON p.id = r.person_id "
                             "WHERE p.code = ?1",
                             -1, &statement, nullptr) == SQLITE_OK);
  sqlite3_bind_text(statement, 1, person.code.c_str(), -1, SQLITE_TRANSIENT);
  while (sqlite3_step(statement) == SQLITE_ROW) {
    for (int column = 0; column < 2; ++column) {
      if (sqlite3_column_type(statement, column) != SQLITE_TEXT) continue;
      const auto date = Date::parse(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
      if (!date) continue;
      days.insert(date->first_day());
      if (date->precision == DatePrecision::day && date->day > 1 && date->day < 28) {
        days.insert(Date{date->year, date->month, date->day - 1, DatePrecision::day}.first_day());
        days.insert(Date{date->year, date->month, date->day + 1, DatePrecision::day}.first_day());
      }
    }
  }
  sqlite3_finalize(statement);
  std::vector<Date> result;
  for (const auto& day : days) result.push_back(*Date::parse(day));
  return result;
}

void check_every_person(const Store& store, Knowledge knowledge = Knowledge::all) {
  std::size_t asked = 0;
  for (const auto& actor : store.actors(ActorKind::person)) {
    const PersonStates states = store.person_states(actor.code, knowledge);
    if (knowledge == Knowledge::curated && !states.person) continue;  // known from articles only
    CHECK(states.person);
    CHECK(states.exact);
    for (const Date& on : days_to_ask(store, actor)) {
      CAPTURE(actor.code);
      CAPTURE(on.to_string());
      CHECK(states.state_on(on.first_day()) == store.state_of(actor.code, on, knowledge));
      ++asked;
    }
  }
  CHECK(asked > 1000);
  CHECK_FALSE(store.person_states("USA").person);
  CHECK_FALSE(store.person_states("USA").state_on("2020-01-01"));
}

}  // namespace

TEST_CASE("person_states answers state_of for every built-in person on every day that matters") {
  const Store store = Store::open_in_memory();
  check_every_person(store);
}

TEST_CASE("person_states picks among overlapping roles as state_of does") {
  Store store = Store::open_in_memory();
  store.ensure_person("Ada Overlap", std::string("POL"));
  store.ensure_person("Ben Homeless", std::nullopt);
  const auto day = [](const char* text) { return *Date::parse(text); };
  // Overlapping roles: in the home state and elsewhere, open starts and ends, equal starts.
  for (const Role& role : {
           Role{"ada-overlap", "", "ambassador", "FRA", day("2019"), day("2023"), "t"},
           Role{"ada-overlap", "", "envoy", "DEU", day("2020-05"), std::nullopt, "t"},
           Role{"ada-overlap", "", "minister", "POL", day("2021-03-04"), day("2021-12"), "t"},
           Role{"ada-overlap", "", "adviser", "ITA", std::nullopt, day("2020-06-30"), "t"},
           Role{"ada-overlap", "", "consul", "ESP", day("2020-05"), day("2024"), "t"},
           Role{"ben-homeless", "", "president", "CHL", day("2018-03-11"), day("2022-03-11"), "t"},
           Role{"ben-homeless", "", "senator", "PER", std::nullopt, std::nullopt, "t"},
           Role{"ben-homeless", "", "governor", "ARG", day("2018-03-11"), day("2019"), "t"},
       }) {
    REQUIRE(store.add_role(role));
  }
  check_every_person(store);
  CHECK_FALSE(store.person_states("no-such-person").person);
  CHECK_FALSE(store.person_states("no-such-person").state_on("2020-01-01"));
}

TEST_CASE("person_states leaves out what articles taught as state_of does, when asked for curated knowledge") {
  Store store = Store::open_in_memory();
  store.ensure_person("Ada Overlap", std::string("POL"));
  store.ensure_person("Cy Reported", std::string("CZE"), Origin::article);
  const auto day = [](const char* text) { return *Date::parse(text); };
  const auto article_role = [](Role role) {
    role.origin = Origin::article;
    return role;
  };
  for (const Role& role : {
           Role{"ada-overlap", "", "ambassador", "FRA", day("2019"), day("2023"), "t"},
           article_role(Role{"ada-overlap", "", "minister", "POL", day("2020-05"), std::nullopt, "article a"}),
           article_role(Role{"ada-overlap", "", "envoy", "DEU", day("2022"), day("2024"), "article b"}),
           article_role(Role{"cy-reported", "", "president", "CZE", day("2021"), std::nullopt, "article c"}),
       }) {
    REQUIRE(store.add_role(role));
  }
  // The article's minister role in the home state wins 2020-2022 with all knowledge, not curated.
  CHECK(store.state_of("ada-overlap", day("2021-06-01")) == "POL");
  CHECK(store.state_of("ada-overlap", day("2021-06-01"), Knowledge::curated) == "FRA");
  CHECK(store.state_of("cy-reported", day("2022-01-01")) == "CZE");
  CHECK_FALSE(store.state_of("cy-reported", day("2022-01-01"), Knowledge::curated));
  CHECK_FALSE(store.person_states("cy-reported", Knowledge::curated).person);
  check_every_person(store, Knowledge::curated);
  check_every_person(store, Knowledge::all);
}
