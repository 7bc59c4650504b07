#include "importers/roles_importer.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/error.hpp"
#include "importers/facts_importer.hpp"
#include "tests/importers/temp_dir.hpp"

using dipgraph::InputError;
using dipgraph::core::ActorKind;
using dipgraph::core::Date;
using dipgraph::core::EventFilter;
using dipgraph::core::person_code;
using dipgraph::core::Store;
using dipgraph::importers::import_facts;
using dipgraph::importers::import_roles;
using dipgraph::importers::RolesImportOptions;
using dipgraph::test::TempDir;

namespace {

const std::string kRoles = std::string(DIPGRAPH_TEST_DATA) + "/roles/";
const std::string kHeader = "person,title,state,start,end,source\n";

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_SUITE("roles_importer") {
  TEST_CASE("an unknown person is created and their events count for the role's state") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_roles(
        store, dir.write("r.csv", kHeader + "Ingrid Testdottir,  Foreign  Minister ,Norway,2019-01-01,"
                                            "2020-12-31,test file\n"));
    CHECK(report.rows == 1);
    CHECK(report.added == 1);
    CHECK(report.problems.empty());

    const auto code = person_code("Ingrid Testdottir");
    auto person = store.find_actor(code);
    REQUIRE(person);
    CHECK(person->kind == ActorKind::person);
    CHECK(person->home_state == "NOR");
    auto roles = store.roles_of(code);
    REQUIRE(roles.size() == 1);
    CHECK(roles[0].title == "foreign minister");
    CHECK(roles[0].state_code == "NOR");
    CHECK(roles[0].start == Date::parse("2019-01-01"));
    CHECK(roles[0].end == Date::parse("2020-12-31"));
    CHECK(roles[0].source == "test file");

    // The person's name now resolves in fact files, and the event is Norway's.
    auto facts = import_facts(store, dir.write("f.csv", "date,type,source,target\n"
                                                        "2019-05-01,visit,Ingrid Testdottir,Germany\n"));
    CHECK(facts.added == 1);
    EventFilter norway;
    norway.actor = "NOR";
    CHECK(store.count_events(norway) == 1);
    auto events = store.events(norway);
    REQUIRE(events.size() == 1);
    CHECK(events[0].source.code == code);
    CHECK(events[0].source.state == "NOR");
  }

  TEST_CASE("the fixture imports its good rows and names its two bad ones") {
    Store store = Store::open_in_memory();
    auto report = import_roles(store, kRoles + "roles.csv");
    CHECK(report.rows == 8);
    // A role the embedded data already holds counts as unchanged.
    CHECK(report.added + report.unchanged == 6);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].line == 8);
    CHECK(contains(report.problems[0].reason, "unknown state 'Atlantis'"));
    CHECK(report.problems[1].line == 9);
    CHECK(contains(report.problems[1].reason, "end 2021-03 is before start 2022-05"));
    CHECK_FALSE(store.find_actor(person_code("Test Person One")));

    auto again = import_roles(store, kRoles + "roles.csv");
    CHECK(again.added == 0);
    CHECK(again.unchanged == 6);
    CHECK(again.skipped == 2);
  }

  TEST_CASE("strict mode creates no person and stores no role when a row is bad") {
    Store store = Store::open_in_memory();
    const auto before = store.stats();
    auto report = import_roles(store, kRoles + "roles.csv", RolesImportOptions{true});
    CHECK(report.rolled_back);
    CHECK(report.added == 0);
    CHECK(report.problems.size() == 2);
    CHECK(store.stats().roles == before.roles);
    CHECK(store.stats().people == before.people);

    TempDir dir;
    auto strict = import_roles(store, dir.write("r.csv", kHeader + "Ola Testsen,king,Norway,,,\n"
                                                                   "Ola Testsen,king,Narnia,,,\n"),
                               RolesImportOptions{true});
    CHECK(strict.rolled_back);
    CHECK_FALSE(store.find_actor(person_code("Ola Testsen")));
  }

  TEST_CASE("a person that is not a person, a state that is not a state and bad dates are bad rows") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_roles(store, dir.write("r.csv", kHeader + "France,president,Germany,,,\n"
                                                                   "Ola Testsen,president,NATO,,,\n"
                                                                   "Ola Testsen,president,Norway,2020-02-30,,\n"
                                                                   "Ola Testsen,,Norway,,,\n"
                                                                   "Ola Testsen,king,Norway,2020,,\n"));
    CHECK(report.rows == 5);
    CHECK(report.added == 1);
    REQUIRE(report.problems.size() == 4);
    CHECK(contains(report.problems[0].reason, "not a person"));
    CHECK(contains(report.problems[1].reason, "not a state"));
    CHECK(contains(report.problems[2].reason, "bad start '2020-02-30'"));
    CHECK(contains(report.problems[3].reason, "missing 'title'"));
    CHECK(report.problems[3].line == 5);
  }

  TEST_CASE("a role file missing the state column is rejected whole") {
    TempDir dir;
    Store store = Store::open_in_memory();
    CHECK_THROWS_WITH_AS(import_roles(store, dir.write("r.csv", "person,title\nA,king\n")),
                         doctest::Contains("missing required column 'state'"), InputError);
  }
}
