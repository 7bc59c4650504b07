#include "core/seed.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "core/date.hpp"
#include "core/embedded_data.hpp"
#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/text_normalize.hpp"
#include "core/tsv.hpp"

using namespace dipgraph::core;
using dipgraph::InputError;

namespace {

sqlite::Database migrated() {
  sqlite::Database db(":memory:", SQLITE_OPEN_READWRITE);
  db.exec("PRAGMA foreign_keys = ON");
  schema::migrate(db);
  return db;
}

// A tiny gazetteer: embedded event types, everything else given here.
struct TinyData {
  std::map<std::string, std::string, std::less<>> files = {
      {"states.tsv",
       "# comment\ncode\talpha2\tname\tofficial_name\tstatus\n"
       "FRA\tFR\tFrance\tFrench Republic\tcurrent\n"
       "DEU\tDE\tGermany\tFederal Republic of Germany\tcurrent\n"
       "SUN\tSU\tSoviet Union\t\thistorical\n"},
      {"state_aliases.tsv", "code\talias\tkind\nFRA\tParis\tcapital\nDEU\tBerlin\tcapital\n"},
      {"state_aliases_extra.tsv", "code\talias\tkind\tnote\nFRA\tthe Élysée\tcapital\tpalace\n"},
      {"orgs.tsv", "code\tname\tfull_name\nEU\tEuropean Union\t\n"},
      {"org_aliases.tsv", "code\talias\tkind\nEU\tBrussels\tcapital\n"},
      {"org_members.tsv", "org\tstate\tjoined\tleft\tsource\nEU\tFRA\t1958\t\tfounder\nEU\tDEU\t1958\t\t\n"},
      {"people.tsv", "code\tname\tstate\njean-dupont\tJean Dupont\tFRA\n"},
      {"person_aliases.tsv", "code\talias\tkind\njean-dupont\tDupont\tsurname\n"},
      {"roles.tsv",
       "person\ttitle\tstate\tstart\tend\tsource\njean-dupont\tPresident\tFRA\t2020-01-01\t\ttest\n"},
  };
  DataFiles provider() const {
    return [this](std::string_view name) -> std::optional<std::string_view> {
      if (name == "event_types.tsv") return embedded_file(name);
      const auto it = files.find(name);
      if (it == files.end()) return std::nullopt;
      return std::string_view(it->second);
    };
  }
};

long long count(const sqlite::Database& db, const std::string& sql) {
  return db.query_int64(sql).value_or(-1);
}

// The values of one column of an embedded data file.
std::vector<std::string> column_values(std::string_view file, std::string_view column) {
  const TsvTable table = embedded_tsv(file);
  const auto index = table.column(column, file);
  std::vector<std::string> values;
  for (const auto& row : table.rows) values.push_back(row.fields[index]);
  return values;
}

bool slug_shaped(const std::string& code) {
  return !code.empty() && code.front() != '-' && code.back() != '-' &&
         std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

}  // namespace

TEST_SUITE("seed") {
  TEST_CASE("the embedded reference data seeds cleanly") {
    auto db = migrated();
    CHECK(seed(db));
    CHECK(count(db, "SELECT count(*) FROM actor WHERE kind = 'state'") > 190);
    CHECK(count(db, "SELECT count(*) FROM actor WHERE kind = 'org'") > 5);
    CHECK(count(db, "SELECT count(*) FROM actor WHERE kind = 'person'") > 10);
    CHECK(count(db, "SELECT count(*) FROM role") > 10);
    CHECK(count(db, "SELECT count(*) FROM membership") > 10);
    CHECK(count(db, "SELECT count(*) FROM event_type") == 10);
    // Every state answers to its code and its display name.
    CHECK(count(db, "SELECT count(*) FROM actor a WHERE a.kind = 'state' AND NOT EXISTS "
                    "(SELECT 1 FROM alias al WHERE al.actor_id = a.id AND al.kind = 'code' "
                    "AND al.alias = a.code)") == 0);
    CHECK(count(db, "SELECT count(*) FROM actor a WHERE a.kind = 'state' AND NOT EXISTS "
                    "(SELECT 1 FROM alias al WHERE al.actor_id = a.id AND al.kind = 'name' "
                    "AND al.alias = a.name)") == 0);
    CHECK(count(db, "SELECT count(*) FROM actor a WHERE a.kind = 'org' AND NOT EXISTS "
                    "(SELECT 1 FROM alias al WHERE al.actor_id = a.id AND al.kind = 'code')") == 0);
    CHECK(count(db, "PRAGMA foreign_key_check") == -1);  // no rows: no dangling reference
  }

  TEST_CASE("the embedded people, aliases and roles are consistent") {
    const auto state_list = column_values("states.tsv", "code");
    const std::set<std::string> states(state_list.begin(), state_list.end());

    // people.tsv: unique slug codes, each with a known home state.
    std::set<std::string> people;
    const TsvTable people_tsv = embedded_tsv("people.tsv");
    const auto code = people_tsv.column("code", "people.tsv"), home = people_tsv.column("state", "people.tsv");
    for (const auto& row : people_tsv.rows) {
      const auto& person = row.fields[code];
      INFO("people.tsv:", row.line, " ", person);
      CHECK(slug_shaped(person));
      CHECK(people.insert(person).second);
      CHECK(states.count(row.fields[home]) == 1);
    }

    // roles.tsv: a known person and state, start <= end, no row twice.
    const TsvTable roles_tsv = embedded_tsv("roles.tsv");
    const auto holder = roles_tsv.column("person", "roles.tsv"), title = roles_tsv.column("title", "roles.tsv"),
               state = roles_tsv.column("state", "roles.tsv"), start = roles_tsv.column("start", "roles.tsv"),
               end = roles_tsv.column("end", "roles.tsv");
    std::set<std::tuple<std::string, std::string, std::string, std::string>> terms;
    for (const auto& row : roles_tsv.rows) {
      INFO("roles.tsv:", row.line, " ", row.fields[holder]);
      CHECK(people.count(row.fields[holder]) == 1);
      CHECK(states.count(row.fields[state]) == 1);
      CHECK_FALSE(row.fields[title].empty());
      CHECK(terms.emplace(row.fields[holder], row.fields[title], row.fields[state], row.fields[start]).second);
      const auto from = Date::parse(row.fields[start]);
      const auto to = Date::parse(row.fields[end]);
      CHECK((row.fields[start].empty() || from));
      CHECK((row.fields[end].empty() || to));
      if (from && to) CHECK(from->first_day() <= to->last_day());
    }

    // person_aliases.tsv: known people; a surname alone names one person and no state.
    std::set<std::string> state_names;
    for (const auto* file : {"state_aliases.tsv", "state_aliases_extra.tsv"}) {
      for (const auto& alias : column_values(file, "alias")) state_names.insert(normalize_name(alias));
    }
    for (const auto& name : column_values("states.tsv", "name")) state_names.insert(normalize_name(name));
    std::map<std::string, std::string> surname_owner;
    const TsvTable aliases_tsv = embedded_tsv("person_aliases.tsv");
    const auto owner = aliases_tsv.column("code", "person_aliases.tsv"),
               alias = aliases_tsv.column("alias", "person_aliases.tsv"),
               kind = aliases_tsv.column("kind", "person_aliases.tsv");
    for (const auto& row : aliases_tsv.rows) {
      INFO("person_aliases.tsv:", row.line, " ", row.fields[alias]);
      CHECK(people.count(row.fields[owner]) == 1);
      if (row.fields[kind] != "surname") continue;
      const std::string norm = normalize_name(row.fields[alias]);
      CHECK(state_names.count(norm) == 0);
      const auto listed = surname_owner.emplace(norm, row.fields[owner]).first;
      CHECK(listed->second == row.fields[owner]);
    }

    // Seeding keeps every row: nothing merged away by a repeated key.
    auto db = migrated();
    seed(db);
    CHECK(count(db, "SELECT count(*) FROM actor WHERE kind = 'person'") == static_cast<long long>(people.size()));
    CHECK(count(db, "SELECT count(*) FROM role") == static_cast<long long>(roles_tsv.rows.size()));
  }

  TEST_CASE("seeding again with unchanged data does nothing") {
    auto db = migrated();
    TinyData data;
    CHECK(seed(db, data.provider()));
    CHECK_FALSE(seed(db, data.provider()));
  }

  TEST_CASE("the tiny data lands in every table with its aliases") {
    auto db = migrated();
    TinyData data;
    seed(db, data.provider());
    CHECK(count(db, "SELECT count(*) FROM actor") == 5);
    CHECK(count(db, "SELECT count(*) FROM alias_view WHERE code = 'FRA' AND alias_kind = 'code'") == 2);
    CHECK(count(db, "SELECT count(*) FROM alias_view WHERE code = 'FRA' AND norm = 'the elysee'") == 1);
    CHECK(count(db, "SELECT count(*) FROM alias_view WHERE code = 'jean-dupont'") == 2);
    CHECK(count(db, "SELECT count(*) FROM membership_view WHERE org_code = 'EU'") == 2);
    CHECK(count(db, "SELECT count(*) FROM role_view WHERE title = 'president' AND "
                    "start_date = '2020-01-01' AND end_date IS NULL") == 1);
    CHECK(count(db, "SELECT count(*) FROM actor WHERE code = 'SUN' AND status = 'historical'") == 1);
    CHECK(db.prepare("SELECT value FROM meta WHERE key = 'seed_hash'").step());
  }

  TEST_CASE("changed data updates rows and never deletes user rows") {
    auto db = migrated();
    TinyData data;
    seed(db, data.provider());
    db.exec("INSERT INTO actor (code, kind, name) VALUES ('user-person', 'person', 'User Person')");
    data.files["states.tsv"] = "code\talpha2\tname\tofficial_name\tstatus\nFRA\tFR\tLa France\t\tcurrent\n";
    data.files["roles.tsv"] =
        "person\ttitle\tstate\tstart\tend\tsource\njean-dupont\tpresident\tFRA\t2020-01-01\t2022\tnew\n";
    CHECK(seed(db, data.provider()));
    CHECK(count(db, "SELECT count(*) FROM actor WHERE code = 'FRA' AND name = 'La France'") == 1);
    CHECK(count(db, "SELECT count(*) FROM actor WHERE code IN ('DEU', 'user-person')") == 2);
    CHECK(count(db, "SELECT count(*) FROM role WHERE end_date = '2022' AND end_day = '2022-12-31'") == 1);
  }

  TEST_CASE("a bad row is rejected with its file and line, and nothing is written") {
    auto db = migrated();
    TinyData data;
    std::string expected;
    SUBCASE("an unknown state code") {
      data.files["state_aliases.tsv"] = "code\talias\tkind\nXXX\tNowhere\tname\n";
      expected = "state_aliases.tsv:2: unknown state code 'XXX'";
    }
    SUBCASE("an unknown alias kind") {
      data.files["org_aliases.tsv"] = "# c\ncode\talias\tkind\nEU\tBrussels\tcity\n";
      expected = "org_aliases.tsv:3: bad alias kind 'city'";
    }
    SUBCASE("a bad date") {
      data.files["roles.tsv"] = "person\ttitle\tstate\tstart\tend\tsource\njean-dupont\tpm\tFRA\t2020-13\t\t\n";
      expected = "roles.tsv:2: bad date '2020-13'";
    }
    SUBCASE("an org where a state is expected") {
      data.files["org_members.tsv"] = "org\tstate\tjoined\tleft\tsource\nEU\tEU\t\t\t\n";
      expected = "org_members.tsv:2: code 'EU' belongs to an org, not a state";
    }
    CHECK_THROWS_WITH_AS(seed(db, data.provider()), expected.c_str(), InputError);
    CHECK(count(db, "SELECT count(*) FROM actor") == 0);
    CHECK(count(db, "SELECT count(*) FROM meta") == 0);
  }

  TEST_CASE("a missing reference file is an error") {
    auto db = migrated();
    TinyData data;
    data.files.erase("roles.tsv");
    CHECK_THROWS_WITH_AS(seed(db, data.provider()), doctest::Contains("roles.tsv"), dipgraph::Error);
  }

  TEST_CASE("the seed hash depends on every file's contents") {
    TinyData data;
    const auto before = seed_hash(data.provider());
    CHECK(before.size() == 16);
    data.files["people.tsv"] += "\n";
    CHECK(seed_hash(data.provider()) != before);
  }
}
