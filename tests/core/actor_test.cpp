#include "core/actor.hpp"

#include <doctest/doctest.h>

using namespace dipgraph::core;

TEST_SUITE("actor") {
  TEST_CASE("every actor kind round-trips through its name") {
    for (const ActorKind kind : {ActorKind::state, ActorKind::person, ActorKind::org}) {
      CAPTURE(to_string(kind));
      CHECK(parse_actor_kind(to_string(kind)) == kind);
    }
    CHECK(to_string(ActorKind::state) == "state");
    CHECK(to_string(ActorKind::person) == "person");
    CHECK(to_string(ActorKind::org) == "org");
  }

  TEST_CASE("parse_actor_kind rejects anything but the exact lower-case names") {
    CHECK_FALSE(parse_actor_kind(""));
    CHECK_FALSE(parse_actor_kind("State"));
    CHECK_FALSE(parse_actor_kind("country"));
    CHECK_FALSE(parse_actor_kind("org "));
  }

  TEST_CASE("every alias kind round-trips through its name as data/README.md spells it") {
    const std::pair<AliasKind, const char*> kinds[] = {
        {AliasKind::name, "name"},       {AliasKind::official, "official"},
        {AliasKind::alt, "alt"},         {AliasKind::capital, "capital"},
        {AliasKind::demonym, "demonym"}, {AliasKind::abbrev, "abbrev"},
        {AliasKind::code, "code"},       {AliasKind::surname, "surname"},
    };
    for (const auto& entry : kinds) {
      // Not a structured binding: clang before 16 cannot capture one (CAPTURE is a lambda).
      const AliasKind kind = entry.first;
      const char* text = entry.second;
      CAPTURE(text);
      CHECK(to_string(kind) == text);
      CHECK(parse_alias_kind(text) == kind);
    }
  }

  TEST_CASE("parse_alias_kind rejects unknown kinds") {
    CHECK_FALSE(parse_alias_kind(""));
    CHECK_FALSE(parse_alias_kind("Code"));
    CHECK_FALSE(parse_alias_kind("abbreviation"));
  }

  TEST_CASE("person_code makes a lower-case ASCII slug of a name") {
    CHECK(person_code("Aleksandr Lukashenko") == "aleksandr-lukashenko");
    CHECK(person_code("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan");
    CHECK(person_code("Mohammed bin Salman") == "mohammed-bin-salman");
    CHECK(person_code("Jean-Yves Le Drian") == "jean-yves-le-drian");
    CHECK(person_code("  Sergey   Lavrov ") == "sergey-lavrov");
    CHECK(person_code("Dmitry A. Medvedev") == "dmitry-a-medvedev");
    CHECK(person_code("Charles III") == "charles-iii");
    CHECK(person_code("Nguyễn Phú Trọng") == "nguyen-phu-trong");
  }

  TEST_CASE("person_code joins runs of other characters into one dash and trims dashes") {
    CHECK(person_code("Sheikh Tamim bin Hamad Al Thani (Emir)") == "sheikh-tamim-bin-hamad-al-thani-emir");
    CHECK(person_code("Kim & Moon / 2018") == "kim-moon-2018");
    CHECK(person_code("O'Neill") == "oneill");
    CHECK(person_code("-- Lula --") == "lula");
    CHECK(person_code("&Lula!") == "lula");
  }

  TEST_CASE("person_code keeps other scripts only for a name without Latin letters or digits") {
    CHECK(person_code("") == "");
    CHECK(person_code("!!") == "");
    CHECK(person_code("Владимир Путин") == "владимир-путин");
    CHECK(person_code("李强") == "李强");
    CHECK(person_code("محمد بن سلمان") == "محمد-بن-سلمان");
    CHECK(person_code("Putin Путин") == "putin");
  }
}
