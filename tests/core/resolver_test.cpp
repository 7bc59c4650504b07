#include "core/resolver.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.hpp"

using namespace dipgraph::core;
using dipgraph::AmbiguousNameError;
using dipgraph::NotFoundError;

namespace {

// A tiny hand-made gazetteer. Some actors deliberately lack alias rows for
// their own display name or code (Belarus, the African Union) to check that
// those are indexed anyway.
std::vector<AliasEntry> tiny_aliases() {
  const auto state = [](const char* code, const char* name, const char* alias, AliasKind kind) {
    return AliasEntry{code, ActorKind::state, name, alias, kind};
  };
  const auto org = [](const char* code, const char* name, const char* alias, AliasKind kind) {
    return AliasEntry{code, ActorKind::org, name, alias, kind};
  };
  const auto person = [](const char* code, const char* name, const char* alias, AliasKind kind) {
    return AliasEntry{code, ActorKind::person, name, alias, kind};
  };
  return {
      state("USA", "United States", "United States", AliasKind::name),
      state("USA", "United States", "United States of America", AliasKind::official),
      state("USA", "United States", "U.S.", AliasKind::abbrev),
      state("USA", "United States", "US", AliasKind::code),
      state("USA", "United States", "USA", AliasKind::code),
      state("USA", "United States", "American", AliasKind::demonym),
      state("IND", "India", "India", AliasKind::name),
      state("IND", "India", "IN", AliasKind::code),
      state("IND", "India", "IND", AliasKind::code),
      state("PAK", "Pakistan", "Pakistan", AliasKind::name),
      state("PAK", "Pakistan", "PK", AliasKind::code),
      state("PAK", "Pakistan", "PAK", AliasKind::code),
      state("PAK", "Pakistan", "Islamabad", AliasKind::capital),
      state("ITA", "Italy", "IT", AliasKind::code),
      state("TUR", "Türkiye", "Türkiye", AliasKind::name),
      state("TUR", "Türkiye", "Turkey", AliasKind::alt),
      state("TUR", "Türkiye", "TR", AliasKind::code),
      state("TUR", "Türkiye", "Ankara", AliasKind::capital),
      state("AUS", "Australia", "Australia", AliasKind::name),
      state("AUS", "Australia", "AU", AliasKind::code),
      org("AU", "African Union", "AU", AliasKind::abbrev),
      state("GBR", "United Kingdom", "UK", AliasKind::abbrev),
      state("GBR", "United Kingdom", "GB", AliasKind::code),
      state("BLR", "Belarus", "Minsk", AliasKind::capital),
      state("BLR", "Belarus", "Belarusian", AliasKind::demonym),
      state("COG", "Congo", "Congo", AliasKind::name),
      state("COG", "Congo", "Congo-Brazzaville", AliasKind::alt),
      state("COD", "DR Congo", "Congo", AliasKind::alt),
      state("COD", "DR Congo", "Congo-Kinshasa", AliasKind::alt),
      state("CIV", "Côte d'Ivoire", "Ivory Coast", AliasKind::alt),
      org("NATO", "NATO", "North Atlantic Treaty Organization", AliasKind::official),
      state("MDV", "Maldives", "Malé", AliasKind::capital),
      org("WEST", "the West", "the West", AliasKind::name),
      org("WEST", "the West", "western countries", AliasKind::alt),
      person("aleksandr-lukashenko", "Aleksandr Lukashenko", "Lukashenko", AliasKind::surname),
      person("aleksandr-lukashenko", "Aleksandr Lukashenko", "Łukaszenka", AliasKind::alt),
  };
}

const Resolver& tiny() {
  static const Resolver resolver(tiny_aliases());
  return resolver;
}

std::vector<std::string> codes(const Resolution& resolution) {
  std::vector<std::string> result;
  for (const auto& match : resolution.candidates) result.push_back(match.code);
  return result;
}

std::vector<std::string> codes_of(std::string_view name, NameContext context) {
  return codes(tiny().resolve(name, context));
}

using Codes = std::vector<std::string>;
constexpr auto kText = NameContext::text;
constexpr auto kStructured = NameContext::structured;

}  // namespace

TEST_SUITE("resolver") {
  TEST_CASE("names resolve whatever their case and diacritics") {
    for (const char* name : {"Türkiye", "türkiye", "TURKIYE", "Turkiye", "TÜRKİYE", "  turkey "}) {
      CAPTURE(name);
      CHECK(codes_of(name, kStructured) == Codes{"TUR"});
    }
    for (const char* name : {"Türkiye", "TURKIYE", "Turkiye", "Turkey", "TURKEY"}) {
      CAPTURE(name);
      CHECK(codes_of(name, kText) == Codes{"TUR"});
    }
  }

  TEST_CASE("in running text, words the alias capitalises must be capitalised") {
    CHECK(codes_of("turkey", kText).empty());
    CHECK(codes_of("male", kText).empty());
    CHECK(codes_of("Male", kText) == Codes{"MDV"});
    CHECK(codes_of("Malé", kText) == Codes{"MDV"});
    CHECK(codes_of("the West", kText) == Codes{"WEST"});
    CHECK(codes_of("The West", kText) == Codes{"WEST"});
    CHECK(codes_of("the west", kText).empty());
    CHECK(codes_of("western countries", kText) == Codes{"WEST"});
    CHECK(codes_of("Western countries", kText) == Codes{"WEST"});
    CHECK(codes_of("ivory coast", kText).empty());
    CHECK(codes_of("male", kStructured) == Codes{"MDV"});
  }

  TEST_CASE("a resolved match carries the actor's code, kind and display name") {
    const ActorMatch match = tiny().resolve_one("Lukashenko", kText);
    CHECK(match.code == "aleksandr-lukashenko");
    CHECK(match.kind == ActorKind::person);
    CHECK(match.name == "Aleksandr Lukashenko");
    CHECK(tiny().resolve_one("Lukaszenka", kText).code == "aleksandr-lukashenko");
  }

  TEST_CASE("codes resolve in structured input only, case-insensitively") {
    SUBCASE("alpha-2 codes that are also English words") {
      CHECK(codes_of("IN", kStructured) == Codes{"IND"});
      CHECK(codes_of("in", kStructured) == Codes{"IND"});
      CHECK(codes_of("in", kText).empty());
      CHECK(codes_of("IN", kText).empty());
      CHECK(codes_of("it", kText).empty());
      CHECK(codes_of("IT", kStructured) == Codes{"ITA"});
    }
    SUBCASE("alpha-3 codes") {
      CHECK(codes_of("PAK", kStructured) == Codes{"PAK"});
      CHECK(codes_of("pak", kStructured) == Codes{"PAK"});
      CHECK(codes_of("PAK", kText).empty());
      CHECK(codes_of("Pakistan", kText) == Codes{"PAK"});
    }
    SUBCASE("resolve_one in text refuses a code") {
      CHECK_THROWS_AS(tiny().resolve_one("PAK", kText), NotFoundError);
      CHECK(tiny().resolve_one("PAK").code == "PAK");  // structured is the default
    }
  }

  TEST_CASE("an actor's display name and code count even without alias rows") {
    CHECK(codes_of("Belarus", kText) == Codes{"BLR"});
    CHECK(codes_of("BLR", kStructured) == Codes{"BLR"});
    CHECK(codes_of("BLR", kText).empty());  // the own code is still a code
    CHECK(codes_of("Italy", kText) == Codes{"ITA"});
    CHECK(codes_of("African Union", kText) == Codes{"AU"});
    CHECK(codes_of("nato", kStructured) == Codes{"NATO"});
    CHECK(codes_of("aleksandr-lukashenko", kStructured) == Codes{"aleksandr-lukashenko"});
  }

  TEST_CASE("abbreviations in text match only when written like the alias") {
    CHECK(codes_of("U.S.", kText) == Codes{"USA"});
    CHECK(codes_of("US", kText) == Codes{"USA"});
    CHECK(codes_of("us", kText).empty());
    CHECK(codes_of("u.s.", kText).empty());
    CHECK(codes_of("Us", kText).empty());
    CHECK(codes_of("UK", kText) == Codes{"GBR"});
    CHECK(codes_of("uk", kText).empty());
    SUBCASE("structured input ignores the case of abbreviations") {
      CHECK(codes_of("us", kStructured) == Codes{"USA"});
      CHECK(codes_of("uk", kStructured) == Codes{"GBR"});
    }
  }

  TEST_CASE("a name shared by several actors lists every candidate, sorted by code") {
    SUBCASE("AU: Australia's alpha-2 code and the African Union's code") {
      const Resolution resolution = tiny().resolve("AU", kStructured);
      CHECK(resolution.ambiguous());
      CHECK_FALSE(resolution.resolved());
      CHECK(codes(resolution) == Codes{"AU", "AUS"});
      CHECK(resolution.candidates[0].kind == ActorKind::org);
      CHECK(resolution.candidates[1].name == "Australia");
      try {
        tiny().resolve_one("AU");
        FAIL("resolve_one should have thrown");
      } catch (const AmbiguousNameError& error) {
        const std::string message = error.what();
        CHECK(message.find("ambiguous name 'AU'") != std::string::npos);
        CHECK(message.find("AUS (Australia, state)") != std::string::npos);
        CHECK(message.find("AU (African Union, org)") != std::string::npos);
        CHECK(error.candidates() ==
              std::vector<std::string>{"AU (African Union, org)", "AUS (Australia, state)"});
      }
    }
    SUBCASE("AU in text is only the African Union's abbreviation") {
      CHECK(codes_of("AU", kText) == Codes{"AU"});
    }
    SUBCASE("Congo names two states") {
      CHECK(codes_of("Congo", kText) == Codes{"COD", "COG"});
      CHECK(codes_of("CONGO", kStructured) == Codes{"COD", "COG"});
      CHECK_THROWS_WITH_AS(tiny().resolve_one("Congo", kText),
                           "ambiguous name 'Congo': COD (DR Congo, state), COG (Congo, state)",
                           AmbiguousNameError);
      CHECK(codes_of("Congo-Brazzaville", kText) == Codes{"COG"});
      CHECK(codes_of("Congo Kinshasa", kText) == Codes{"COD"});
    }
  }

  TEST_CASE("an actor named by several aliases is one candidate") {
    CHECK(codes_of("united states", kStructured) == Codes{"USA"});
    CHECK(codes_of("USA", kStructured) == Codes{"USA"});
  }

  TEST_CASE("unknown names throw NotFoundError with did-you-mean suggestions") {
    SUBCASE("a misspelt name") {
      try {
        tiny().resolve_one("Pakistn", kText);
        FAIL("resolve_one should have thrown");
      } catch (const NotFoundError& error) {
        CHECK(std::string(error.what()) == "unknown actor 'Pakistn'");
        REQUIRE_FALSE(error.suggestions().empty());
        CHECK(error.suggestions().front() == "Pakistan");
      }
    }
    SUBCASE("an overlong spelling") {
      const auto suggestions = tiny().suggest("Belarussia");
      REQUIRE_FALSE(suggestions.empty());
      CHECK(suggestions.front() == "Belarus");
    }
    SUBCASE("suggestions are display names even when an alias was the near miss") {
      CHECK(tiny().suggest("Lukashenka") == std::vector<std::string>{"Aleksandr Lukashenko"});
      CHECK(tiny().suggest("Islamabd") == std::vector<std::string>{"Pakistan"});
    }
    SUBCASE("an actor is suggested once even when several aliases are near") {
      CHECK(tiny().suggest("Turkye") == std::vector<std::string>{"Türkiye"});
    }
    SUBCASE("equally near actors are ordered alphabetically and cut at max") {
      CHECK(tiny().suggest("Cango") == std::vector<std::string>{"Congo", "DR Congo"});
      CHECK(tiny().suggest("Cango", 1) == std::vector<std::string>{"Congo"});
      CHECK(tiny().suggest("Cango", 0).empty());
    }
    SUBCASE("nothing near enough gives no suggestions") {
      CHECK(tiny().suggest("Xyzzyqwvbn").empty());
      CHECK_THROWS_AS(tiny().resolve_one("Xyzzyqwvbn"), NotFoundError);
    }
  }

  TEST_CASE("an empty or blank name is not found and has no suggestions") {
    for (const char* name : {"", "   ", " . "}) {
      CAPTURE(name);
      CHECK(tiny().resolve(name).candidates.empty());
      CHECK(tiny().suggest(name).empty());
      try {
        tiny().resolve_one(name);
        FAIL("resolve_one should have thrown");
      } catch (const NotFoundError& error) {
        CHECK(error.suggestions().empty());
      }
    }
  }

  TEST_CASE("decomposed (NFD) input resolves like composed (NFC) input") {
    CHECK(codes_of("Tu\xCC\x88rkiye", kText) == Codes{"TUR"});
    CHECK(codes_of("Co\xCC\x82te d\xE2\x80\x99Ivoire", kText) == Codes{"CIV"});
    CHECK(codes_of("Côte d'Ivoire", kText) == Codes{"CIV"});
  }

  TEST_CASE("invalid UTF-8 input neither crashes nor matches garbage") {
    CHECK(codes_of("Tur\xFFkey", kText) == Codes{"TUR"});
    CHECK(codes_of("\xFF\xFE", kStructured).empty());
    CHECK(codes_of("\xC3", kStructured).empty());
    CHECK_THROWS_AS(tiny().resolve_one("\xFF\xC3"), NotFoundError);
    CHECK_NOTHROW(tiny().suggest("Pak\xE2\x82"));
  }

  TEST_CASE("suggest finds the near miss among thousands of aliases") {
    std::vector<AliasEntry> aliases = tiny_aliases();
    for (int i = 0; i < 5000; ++i) {
      // append() rather than operator+: GCC 12 at -O2 warns falsely (-Wrestrict) on "X" + string.
      const std::string number = std::to_string(i);
      const std::string code = std::string("X").append(number);
      const std::string name = std::string("Placeland ").append(number);
      aliases.push_back(AliasEntry{code, ActorKind::state, name, name, AliasKind::name});
    }
    const Resolver big(std::move(aliases));
    CHECK(big.suggest("Pakistn") == std::vector<std::string>{"Pakistan"});
    CHECK(big.resolve_one("placeland 4242").code == "X4242");
    const auto suggestions = big.suggest("Placeland 42x");
    CHECK(suggestions.size() == 3);
    CHECK(suggestions.front() == "Placeland 42");
  }
}
