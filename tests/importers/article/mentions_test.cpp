#include "importers/article/mentions.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/store.hpp"

using dipgraph::core::ActorKind;
using dipgraph::core::Date;
using dipgraph::core::Store;
using dipgraph::importers::article::Gazetteer;
using dipgraph::importers::article::Mention;
using dipgraph::importers::article::MentionFinder;
using dipgraph::importers::article::MentionVia;
using dipgraph::importers::article::tokenize;

namespace {

struct Found {
  std::string text;
  std::vector<std::string> keys;  ///< each actor's key (a person's state)
  std::vector<std::string> codes;
  std::string title;
};

class Fixture {
 public:
  Fixture() : store_(Store::open_in_memory()), gazetteer_(store_.aliases()), finder_(gazetteer_, store_, Date::parse("2024-11-28")) {}

  std::vector<Found> find(const std::string& sentence) {
    const auto tokens = tokenize(sentence);
    std::vector<Found> out;
    for (const Mention& m : finder_.find(sentence, tokens)) {
      Found found;
      found.text = sentence.substr(tokens[m.first].begin, tokens[m.last - 1].end - tokens[m.first].begin);
      for (const auto& actor : m.actors) {
        found.keys.push_back(actor.key());
        found.codes.push_back(actor.code);
        if (!actor.title.empty()) found.title = actor.title;
      }
      out.push_back(found);
    }
    return out;
  }
  MentionFinder& finder() { return finder_; }

 private:
  Store store_;
  Gazetteer gazetteer_;
  MentionFinder finder_;
};

}  // namespace

TEST_SUITE("article mentions") {
  TEST_CASE("tokens split possessives, keep abbreviations and drop hyphens between words") {
    const auto tokens = tokenize("The U.S. backed Minsk-based firms; Chile's envoy left.");
    std::vector<std::string> norms;
    for (const auto& token : tokens) norms.push_back(token.norm);
    CHECK(norms == std::vector<std::string>{"the", "us", "backed", "minsk", "based", "firms", ";", "chile", "'s",
                                            "envoy", "left", "."});
    CHECK(tokens[4].after_hyphen);
    CHECK(tokens[1].capitalised);
    CHECK_FALSE(tokens[2].capitalised);
  }

  TEST_CASE("token keys lower-case every capital of long words, and only capitals") {
    std::vector<std::string> norms;
    for (const auto& token : tokenize("WASHINGTON AZazAZaz09 Kyrgyzstan's 2024MARCHpact")) norms.push_back(token.norm);
    CHECK(norms == std::vector<std::string>{"washington", "azazazaz09", "kyrgyzstan", "'s", "2024marchpact"});
  }

  TEST_CASE("gazetteer names, capitals and demonyms are found; codes and lower-case words are not") {
    Fixture f;
    const auto found = f.find("Officials in Ottawa and the Chilean delegation met us in Peru, not in turkey or IN.");
    REQUIRE(found.size() == 3);
    CHECK(found[0].keys == std::vector<std::string>{"CAN"});
    CHECK(found[1].keys == std::vector<std::string>{"CHL"});
    CHECK(found[2].keys == std::vector<std::string>{"PER"});
  }

  TEST_CASE("cities and regions name their state, and a city name two states share names none") {
    Fixture f;
    const auto found = f.find("Envoys flew from Chennai to Hyderabad, then to Alexandria, Gdansk and the Gaza Strip.");
    REQUIRE(found.size() == 3);
    CHECK(found[0].text == "Chennai");
    CHECK(found[0].keys == std::vector<std::string>{"IND"});
    CHECK(found[1].keys == std::vector<std::string>{"POL"});
    CHECK(found[2].text == "Gaza Strip");
    CHECK(found[2].keys == std::vector<std::string>{"PSE"});
  }

  TEST_CASE("a place whose name holds another state's name is its own state's") {
    Fixture f;
    const auto found = f.find("Traders from Inner Mongolia, New Mexico and Northern Ireland met in Mongolia.");
    REQUIRE(found.size() == 4);
    CHECK(found[0].keys == std::vector<std::string>{"CHN"});
    CHECK(found[1].keys == std::vector<std::string>{"USA"});
    CHECK(found[2].keys == std::vector<std::string>{"GBR"});
    CHECK(found[3].keys == std::vector<std::string>{"MNG"});
  }

  TEST_CASE("titles reveal people the gazetteer does not know, with their state") {
    Fixture f;
    const auto found = f.find("Foreign Minister of Chile Ana Torres Vidal spoke to the Peruvian Defence Minister Luis Quispe.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].codes == std::vector<std::string>{"ana-torres-vidal"});
    CHECK(found[0].keys == std::vector<std::string>{"CHL"});
    CHECK(found[0].title == "foreign minister");
    CHECK(found[1].codes == std::vector<std::string>{"luis-quispe"});
    CHECK(found[1].keys == std::vector<std::string>{"PER"});
    CHECK(found[1].title == "defence minister");
  }

  TEST_CASE("a person named once is found again by surname, and by a title with their state") {
    Fixture f;
    f.find("Chilean President Marta Olivares Rojas arrived on Monday.");
    const auto again = f.find("Olivares Rojas said the Chilean president would stay.");
    REQUIRE(again.size() == 2);
    CHECK(again[0].codes == std::vector<std::string>{"marta-olivares-rojas"});
    CHECK(again[1].codes == std::vector<std::string>{"marta-olivares-rojas"});
  }

  TEST_CASE("a known person resolves to the state they represent on the article's date") {
    Fixture f;
    const auto found = f.find("Lukashenko flew home.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].codes == std::vector<std::string>{"aleksandr-lukashenko"});
    CHECK(found[0].keys == std::vector<std::string>{"BLR"});
  }

  TEST_CASE("a company based in a capital stands for its state, and its name keeps standing for it") {
    Fixture f;
    const auto found = f.find("Regulators fined a Lima-based company last year.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].keys == std::vector<std::string>{"PER"});
    const auto named = f.find("Officials said the Chilean mining company Cobrex Andina had complied.");
    REQUIRE(named.size() == 1);
    CHECK(named[0].keys == std::vector<std::string>{"CHL"});
    const auto again = f.find("Cobrex denied it.");
    REQUIRE_FALSE(again.empty());
    CHECK(again[0].keys == std::vector<std::string>{"CHL"});
  }

  TEST_CASE("the two sides are the two states in focus") {
    Fixture f;
    f.find("Peru and Chile held a summit in Lima.");
    const auto found = f.find("The two sides signed a trade pact.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].keys.size() == 2);
    CHECK(std::find(found[0].keys.begin(), found[0].keys.end(), "PER") != found[0].keys.end());
    CHECK(std::find(found[0].keys.begin(), found[0].keys.end(), "CHL") != found[0].keys.end());
  }

  TEST_CASE("he refers to the person the previous sentence was about") {
    Fixture f;
    f.find("President of Chile Marta Olivares Rojas landed in Lima.");
    const auto found = f.find("Later he toured the port.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].codes == std::vector<std::string>{"marta-olivares-rojas"});
  }

  TEST_CASE("a known name's first word finds its person again when it is no alias on its own") {
    Fixture f;
    f.find("Wang Yi landed on Monday.");
    const auto found = f.find("Wang met the press.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].codes == std::vector<std::string>{"wang-yi"});
  }

  TEST_CASE("a titled stranger meeting a person is not taken for that person's compatriot") {
    Fixture f;
    f.find("President of Chile Marta Olivares Rojas landed in Lima.");
    const auto found = f.find("Later she held talks with the host, President Rosa Quispe Mamani.");
    REQUIRE(found.size() == 2);
    CHECK(found[1].codes == std::vector<std::string>{"rosa-quispe-mamani"});
    CHECK(found[1].keys == std::vector<std::string>{"PER"});
  }

  TEST_CASE("a name of two states is the one the article already named") {
    Fixture f;
    CHECK(f.find("Congolese officials arrived.").empty());
    f.find("The Republic of the Congo opened a port.");
    const auto found = f.find("Congolese officials welcomed the Congo decision.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].keys == std::vector<std::string>{"COG"});
    CHECK(found[1].keys == std::vector<std::string>{"COG"});
  }

  TEST_CASE("the two sides are the two states the sentence already named, before those in focus") {
    Fixture f;
    f.find("Peru and Chile quarrelled again.");
    f.find("Peru and Chile held a summit.");
    const auto found = f.find("Bolivia's president was received by Ecuador's president, and the two governments signed a pact.");
    REQUIRE(found.size() == 3);
    CHECK(found[2].keys == std::vector<std::string>{"BOL", "ECU"});
  }

  TEST_CASE("'it' opening a sentence is the previous sentence's subject, elsewhere the latest state") {
    Fixture f;
    f.find("Honduras cut its ties with Taipei and opened an embassy in Beijing.");
    const auto opening = f.find("Its foreign minister flew out on Monday.");
    REQUIRE(opening.size() == 1);
    CHECK(opening[0].keys == std::vector<std::string>{"HND"});
    f.find("Peru hosted a summit with Chile.");
    const auto inside = f.find("Bolivia said it would come.");
    REQUIRE(inside.size() == 2);
    CHECK(inside[1].keys == std::vector<std::string>{"BOL"});
  }

  TEST_CASE("a titled stranger belongs to the state the sentence opened with") {
    Fixture f;
    const auto found = f.find("Peru said it would work with Chile as President Rosa Quispe Mamani visited Santiago.");
    const auto stranger = std::find_if(found.begin(), found.end(), [](const Found& m) {
      return !m.codes.empty() && m.codes.front() == "rosa-quispe-mamani";
    });
    REQUIRE(stranger != found.end());
    CHECK(stranger->keys == std::vector<std::string>{"PER"});
  }

  TEST_CASE("a name right after a state's possessive is one of its people") {
    Fixture f;
    const auto found = f.find("Chile's Ana Torres Vidal and Peru's Luis Quispe signed the text.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].codes == std::vector<std::string>{"ana-torres-vidal"});
    CHECK(found[0].keys == std::vector<std::string>{"CHL"});
    CHECK(found[1].keys == std::vector<std::string>{"PER"});
    const auto titled = f.find("Chile's Foreign Minister Rosa Paz arrived.");
    REQUIRE_FALSE(titled.empty());
    CHECK(titled.back().title == "foreign minister");
    CHECK(titled.back().keys == std::vector<std::string>{"CHL"});
  }

  TEST_CASE("'he' opening a sentence after an unnamed titled subject is that title's state") {
    Fixture f;
    f.find("President of Chile Marta Olivares Rojas spoke on Monday.");
    f.find("Bolivia's president flew to Lima on Sunday.");
    const auto found = f.find("He met the junta's leaders.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].keys == std::vector<std::string>{"BOL"});
  }

  TEST_CASE("'the two governments' after a sentence opened by a pair is that pair") {
    Fixture f;
    f.find("Peru and Chile held a summit in Lima.");
    f.find("Peru sent troops to the border with Chile.");
    f.find("Bolivia and Ecuador warned Peru on Monday.");
    const auto found = f.find("The two governments said they would act.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].keys == std::vector<std::string>{"BOL", "ECU"});
  }

  TEST_CASE("a pair named by 'the two countries' carries on to the next sentence") {
    Fixture f;
    f.find("Peru and Chile ended their dispute.");
    f.find("The two countries thanked Bolivia, the Bolivian army and Bolivian officials in La Paz.");
    const auto found = f.find("The two sides will meet again.");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].keys.size() == 2);
    CHECK(std::find(found[0].keys.begin(), found[0].keys.end(), "PER") != found[0].keys.end());
    CHECK(std::find(found[0].keys.begin(), found[0].keys.end(), "CHL") != found[0].keys.end());
  }

  TEST_CASE("'he' after an unnamed titled leader in the same sentence is that leader's state") {
    Fixture f;
    f.find("President of Chile Marta Olivares Rojas spoke on Monday.");
    const auto found = f.find("Although the Bolivian leader gave no details, he said he would act.");
    REQUIRE(found.size() >= 2);
    CHECK(found[1].keys == std::vector<std::string>{"BOL"});
  }

  TEST_CASE("'Korea' alone is South Korea; 'North Korea' stays the North") {
    Fixture fixture;
    const auto found = fixture.find("Korea and North Korea held talks.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].keys == std::vector<std::string>{"KOR"});
    CHECK(found[1].keys == std::vector<std::string>{"PRK"});
  }

  TEST_CASE("a sea named after a state is no mention of it") {
    Fixture fixture;
    const auto found = fixture.find("Japan held talks on the South China Sea and the Indian Ocean.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].keys == std::vector<std::string>{"JPN"});
  }

  TEST_CASE("private people named by their state's name are no mention of it") {
    Fixture fixture;
    const auto found = fixture.find("Two U.S. citizens and five Chile nationals left Peru.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].keys == std::vector<std::string>{"PER"});
  }

  TEST_CASE("a treaty or body named after a capital is no mention of its state") {
    Fixture fixture;
    const auto found = fixture.find("Brazil cited the Vienna Convention and the Paris Club, not Lima.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].keys == std::vector<std::string>{"BRA"});
    CHECK(found[1].keys == std::vector<std::string>{"PER"});
  }

  TEST_CASE("'the kingdom' or 'the island nation' is the latest state in focus it fits") {
    Fixture f;
    f.find("Jordan's king met the French president in Paris.");
    const auto kingdom = f.find("France pledged aid to the kingdom.");
    REQUIRE(kingdom.size() == 2);
    CHECK(kingdom[1].text == "the kingdom");
    CHECK(kingdom[1].keys == std::vector<std::string>{"JOR"});
    Fixture g;
    g.find("Nauru cut its ties with Taiwan and Chile.");
    const auto island = g.find("China welcomed the island nation's decision.");
    REQUIRE(island.size() == 2);
    CHECK(island[1].keys == std::vector<std::string>{"NRU"});
    // No state it fits was named: no actor at all.
    Fixture h;
    h.find("Chile and Peru met.");
    CHECK(h.find("The kingdom said nothing.").empty());
  }
}
