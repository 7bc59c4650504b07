// Knowledge::curated: what the store knows without the people and roles that
// articles gave, the knowledge article extraction reads.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/store.hpp"

using namespace dipgraph::core;

namespace {

Date day(const char* text) { return *Date::parse(text); }

bool has_alias(const std::vector<AliasEntry>& aliases, const std::string& code) {
  return std::any_of(aliases.begin(), aliases.end(), [&](const AliasEntry& entry) { return entry.code == code; });
}

Role role_of(const char* person, const char* title, const char* state, const char* start, Origin origin,
             const char* source) {
  Role role;
  role.person_code = person;
  role.title = title;
  role.state_code = state;
  role.start = day(start);
  role.source = source;
  role.origin = origin;
  return role;
}

}  // namespace

TEST_SUITE("article knowledge") {
  TEST_CASE("a person only articles named is left out of curated knowledge until curated data names them") {
    Store store = Store::open_in_memory();
    const Actor person = store.ensure_person("Vida Reported", std::string("LTU"), Origin::article);
    REQUIRE(store.add_role(
        role_of("vida-reported", "foreign minister", "LTU", "2024-01", Origin::article, "article a")));

    CHECK(has_alias(store.aliases(), "vida-reported"));
    CHECK_FALSE(has_alias(store.aliases(Knowledge::curated), "vida-reported"));
    CHECK(store.roles_of("vida-reported").size() == 1);
    CHECK(store.roles_of("vida-reported", Knowledge::curated).empty());
    CHECK(store.state_of("vida-reported", day("2024-06-01")) == "LTU");
    CHECK_FALSE(store.state_of("vida-reported", day("2024-06-01"), Knowledge::curated));

    SUBCASE("another article naming them changes nothing") {
      CHECK(store.ensure_person("Vida Reported", std::string("LVA"), Origin::article).id == person.id);
      CHECK_FALSE(has_alias(store.aliases(Knowledge::curated), "vida-reported"));
      CHECK(store.find_actor("vida-reported")->home_state == "LTU");
    }
    SUBCASE("a dataset naming them makes them curated, with its home state") {
      store.ensure_person("Vida Reported", std::string("LVA"));
      CHECK(has_alias(store.aliases(Knowledge::curated), "vida-reported"));
      CHECK(store.find_actor("vida-reported")->home_state == "LVA");
      // Their article role is still the article's.
      CHECK(store.roles_of("vida-reported", Knowledge::curated).empty());
      CHECK(store.state_of("vida-reported", day("2024-06-01"), Knowledge::curated) == "LVA");
    }
    SUBCASE("a roles file giving them a role makes them curated") {
      CHECK(store.add_role(role_of("vida-reported", "prime minister", "LTU", "2025-01", Origin::curated, "roles.csv")));
      CHECK(has_alias(store.aliases(Knowledge::curated), "vida-reported"));
      const auto roles = store.roles_of("vida-reported", Knowledge::curated);
      REQUIRE(roles.size() == 1);
      CHECK(roles[0].title == "prime minister");
    }
    SUBCASE("a curated person's home state is never replaced") {
      store.ensure_person("Otto Curated", std::string("EST"));
      store.ensure_person("Otto Curated", std::string("FIN"));
      CHECK(store.find_actor("otto-curated")->home_state == "EST");
      CHECK(has_alias(store.aliases(Knowledge::curated), "otto-curated"));
    }
  }

  TEST_CASE("a role an article gave becomes curated when curated data gives it too, never the reverse") {
    Store store = Store::open_in_memory();
    store.ensure_person("Otto Curated", std::string("EST"));
    const Role from_article = role_of("otto-curated", "prime minister", "EST", "2023-05", Origin::article, "article a");
    const Role from_file = role_of("otto-curated", "prime minister", "EST", "2023-05", Origin::curated, "roles.csv");
    REQUIRE(store.add_role(from_article));
    CHECK(store.roles_of("otto-curated", Knowledge::curated).empty());

    SUBCASE("the same role from a roles file") {
      CHECK(store.add_role(from_file));
      const auto roles = store.roles_of("otto-curated", Knowledge::curated);
      REQUIRE(roles.size() == 1);
      CHECK(roles[0].source == "roles.csv");
      CHECK(roles[0].origin == Origin::curated);
      // Reported again by an article: still curated, nothing changes.
      CHECK_FALSE(store.add_role(from_article));
      CHECK(store.roles_of("otto-curated", Knowledge::curated).size() == 1);
      CHECK_FALSE(store.add_role(from_file));
    }
    SUBCASE("the same role reported again by an article") {
      CHECK_FALSE(store.add_role(from_article));
      const auto roles = store.roles_of("otto-curated");
      REQUIRE(roles.size() == 1);
      CHECK(roles[0].origin == Origin::article);
      CHECK(roles[0].source == "article a");
    }
    SUBCASE("an end date still fills in, and the role stays the article's") {
      Role ended = from_article;
      ended.end = day("2024-07");
      CHECK(store.add_role(ended));
      const auto roles = store.roles_of("otto-curated");
      REQUIRE(roles.size() == 1);
      CHECK(roles[0].end == day("2024-07"));
      CHECK(store.roles_of("otto-curated", Knowledge::curated).empty());
    }
  }

  TEST_CASE("the built-in people and roles are all curated") {
    const Store store = Store::open_in_memory();
    CHECK(store.aliases(Knowledge::curated).size() == store.aliases().size());
    CHECK(store.roles_of("emmanuel-macron", Knowledge::curated).size() == store.roles_of("emmanuel-macron").size());
    CHECK_FALSE(store.roles_of("emmanuel-macron").empty());
  }
}
