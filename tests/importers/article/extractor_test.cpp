#include "importers/article/extractor.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/error.hpp"
#include "core/store.hpp"

using dipgraph::InputError;
using dipgraph::core::Store;
using dipgraph::importers::article::article_id;
using dipgraph::importers::article::Extractor;
using dipgraph::importers::article::Fact;

namespace {

// An invented article in the dev-corpus layout.
const std::string kArticle =
    "Chile and Peru sign port deal\n"
    "2024-05-10\n"
    "https://example.org/chile-peru\n"
    "\n"
    "President of Chile Marta Olivares Rojas returned home on Wednesday after a three-day official visit to Peru.\n"
    "\n"
    "Chile and Peru signed a port agreement on Tuesday. The two sides also held talks on fisheries.\n"
    "\n"
    "Bolivia condemned the agreement. It is believed that Bolivia warned Chile.\n";

/// An invented article in the dev-corpus layout: headline, publication date, URL, a blank
/// line, then `body`.
std::string dev_article(const std::string& headline, const std::string& date, const std::string& slug,
                        const std::string& body) {
  return headline + "\n" + date + "\nhttps://example.org/" + slug + "\n\n" + body;
}

/// The facts of an article read against an empty store (the built-in gazetteer).
std::vector<Fact> facts_of(const std::string& article, const std::string& id) {
  const Store store = Store::open_in_memory();
  const Extractor extractor(store);
  return extractor.extract(article, id).facts;
}

bool has(const std::vector<Fact>& facts, const std::string& type, const std::string& source,
         const std::string& target, const std::string& date) {
  return std::any_of(facts.begin(), facts.end(), [&](const Fact& f) {
    return f.type == type && f.source.key() == source && f.target.key() == target && f.date.to_string() == date;
  });
}

/// A fact of `type` between x and y, in either direction, at any date.
bool has_pair(const std::vector<Fact>& facts, const std::string& type, const std::string& x, const std::string& y) {
  return std::any_of(facts.begin(), facts.end(), [&](const Fact& f) {
    return f.type == type && ((f.source.key() == x && f.target.key() == y) || (f.source.key() == y && f.target.key() == x));
  });
}

bool has_type(const std::vector<Fact>& facts, const std::string& type) {
  return std::any_of(facts.begin(), facts.end(), [&](const Fact& f) { return f.type == type; });
}

}  // namespace

TEST_SUITE("article extractor") {
  TEST_CASE("an article gives its visit, agreement, meeting and role with dates and evidence") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const auto article = extractor.extract(kArticle, "chile-peru");
    CHECK(article.url == "https://example.org/chile-peru");
    const auto& facts = article.facts;
    CHECK(has(facts, "visit", "CHL", "PER", "2024-05-06"));
    CHECK(has(facts, "agreement", "CHL", "PER", "2024-05-07"));
    CHECK(has(facts, "role", "CHL", "CHL", "2024-05-10"));
    const bool warned = std::any_of(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "threat"; });
    CHECK_FALSE(warned);
    for (const auto& fact : facts) {
      REQUIRE_FALSE(fact.evidence.empty());
      CHECK(kArticle.find(fact.evidence.front().text) != std::string::npos);
    }
  }

  TEST_CASE("acts of pressure and of help are found in their common wordings") {
    const std::string article = dev_article("Tensions rise on the lake", "2021-09-17", "lake",
        "Bolivian patrol boats rammed a Peruvian fishing vessel on Monday.\n"
        "\n"
        "Peru and Chile recalled their ambassadors from Bolivia on Tuesday.\n"
        "\n"
        "Argentina raised import duties on Bolivian soybeans on Wednesday.\n"
        "\n"
        "Brazil delivered two transport helicopters to Bolivia in August.\n"
        "\n"
        "Paraguay blamed Bolivia for the clash on Thursday.\n"
        "\n"
        "Uruguay, Brazil and Argentina severed diplomatic, trade and air links with Bolivia in May.\n"
        "\n"
        "Uruguay has long been openly critical of Bolivia.\n"
        "\n"
        "Air Ecuador welcomed the Bolivian crew on Friday.\n");
    const auto facts = facts_of(article, "lake");
    CHECK(has(facts, "conflict", "BOL", "PER", "2021-09-13"));
    CHECK(has(facts, "sanction", "PER", "BOL", "2021-09-14"));
    CHECK(has(facts, "sanction", "CHL", "BOL", "2021-09-14"));
    CHECK(has(facts, "sanction", "ARG", "BOL", "2021-09-15"));
    CHECK(has(facts, "aid", "BRA", "BOL", "2021-08"));
    CHECK(has(facts, "reject", "PRY", "BOL", "2021-09-16"));
    CHECK(has_pair(facts, "reject", "URY", "BOL"));
    CHECK(has(facts, "sanction", "URY", "BOL", "2021-05"));
    CHECK(has(facts, "sanction", "BRA", "BOL", "2021-05"));
    CHECK(has(facts, "sanction", "ARG", "BOL", "2021-05"));
    const bool airline = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.source.key() == "ECU" || f.target.key() == "ECU";
    });
    CHECK_FALSE(airline);
  }

  TEST_CASE("a page dated only by a yearless dateline and its copyright line") {
    const std::string article =
        "Ministers sign water pact\n"
        "The two neighbours end a long dispute\n"
        "\n"
        "TASHKENT, March 3 (Agency) - Uzbekistan and Kazakhstan signed a water agreement on Tuesday.\n"
        "\n"
        "(c) 2020 Agency. All rights reserved.\n";
    const auto facts = facts_of(article, "water");
    CHECK(has(facts, "agreement", "UZB", "KAZ", "2020-03-03"));
  }

  TEST_CASE("an untitled \"the chancellor\" is the one person given that title") {
    const std::string article = dev_article("Chancellor tours the region", "2023-06-10", "tour",
        "German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.\n"
        "\n"
        "Macron later spoke about energy prices. The chancellor travelled to Warsaw on Wednesday.\n");
    const auto facts = facts_of(article, "tour");
    const bool german_visit = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && f.source.state == std::optional<std::string>("DEU") &&
             f.target.key() == "POL" && f.date.to_string() == "2023-06-07";
    });
    CHECK(german_visit);
    const bool french_visit = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && f.target.key() == "POL" && f.source.state != std::optional<std::string>("DEU");
    });
    CHECK_FALSE(french_visit);
  }

  TEST_CASE("a name in a \", where\" clause does no act outside it") {
    const std::string article = dev_article("Envoy arrives", "2022-03-04", "envoy",
        "The Kenyan president flew in from Addis Ababa, where he attended an African Union meeting, "
        "and was welcomed by Ghana's president on Thursday.\n");
    const auto facts = facts_of(article, "envoy");
    CHECK(has(facts, "meeting", "KEN", "GHA", "2022-03-03"));
    const bool union_acts = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.source.key() == "AU" && f.target.key() == "GHA";
    });
    CHECK_FALSE(union_acts);
  }

  TEST_CASE("support for no named state is not guessed from the states in focus; a rejection is") {
    const std::string article = dev_article("Ports plan", "2022-03-04", "ports",
        "Ghana and Togo opened a new border post on Tuesday.\n"
        "\n"
        "Senegal strongly supported the plan to build a coastal railway.\n"
        "\n"
        "Nigeria rejected the plan on Wednesday.\n");
    const auto facts = facts_of(article, "ports");
    CHECK_FALSE(has_type(facts, "support"));
    CHECK(has_type(facts, "reject"));
  }

  TEST_CASE("a state guessed from the focus is reported with its name, not only its code") {
    const std::string article = dev_article("Trip", "2022-03-04", "trip",
        "Chile and Peru are old partners.\n"
        "\n"
        "President of Peru Alan Garcia flew to Chile on his first visit since the invasion of Bolivia.\n");
    const auto facts = facts_of(article, "trip");
    const auto invasion = std::find_if(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "conflict"; });
    REQUIRE(invasion != facts.end());
    CHECK(invasion->source.code == "CHL");
    CHECK(invasion->source.name == "Chile");
  }

  TEST_CASE("'the same day' is the last day named, not a coarser background date after it") {
    const std::string article = dev_article("Ruling", "2016-07-20", "ruling",
        "A tribunal ruled for Chile on 12 July, in a case that Chile filed in January 2013.\n"
        "\n"
        "Peru rejected the ruling the same day.\n");
    CHECK(has(facts_of(article, "ruling"), "reject", "PER", "CHL", "2016-07-12"));
  }

  TEST_CASE("pairs, joiners and three signatories") {
    const std::string article = dev_article("Neighbours fall out", "2019-05-10", "neighbours",
        "Armenia and Georgia talked for hours on Monday.\n"
        "\n"
        "On Tuesday both countries called their ambassadors home.\n"
        "\n"
        "Brazil and Chile condemned the attack on Tuesday.\n"
        "\n"
        "On Wednesday Peru joined Ecuador in blaming Colombia for the raid.\n"
        "\n"
        "The accord was signed on Thursday by Kenya, Uganda and Tanzania.\n");
    const auto facts = facts_of(article, "neighbours");
    CHECK(has(facts, "sanction", "ARM", "GEO", "2019-05-07"));
    CHECK(has(facts, "sanction", "GEO", "ARM", "2019-05-07"));
    // Two subjects condemning a thing do not condemn each other.
    CHECK_FALSE(has(facts, "reject", "BRA", "CHL", "2019-05-07"));
    CHECK(has(facts, "reject", "PER", "COL", "2019-05-08"));
    CHECK_FALSE(has(facts, "reject", "ECU", "COL", "2019-05-08"));
    CHECK(has_pair(facts, "agreement", "KEN", "UGA"));
    CHECK(has_pair(facts, "agreement", "KEN", "TZA"));
    CHECK(has_pair(facts, "agreement", "UGA", "TZA"));
  }

  TEST_CASE("joint attacks, talks about deals and talks that led to an act") {
    const std::string article = dev_article("Border truce", "2020-02-14", "truce",
        "Kenyan and Ugandan jets fired rockets at camps in Somalia on Monday.\n"
        "\n"
        "Sudan agreed on Tuesday to pause its operation in eastern Chad, after long talks "
        "between the foreign ministers of Sudan and Egypt.\n"
        "\n"
        "On Wednesday Ghana broke off talks on a trade deal with Togo.\n"
        "\n"
        "On Thursday France spoke out, and the regional bloc ECOWAS closed its members' borders "
        "with Mali and froze its assets.\n");
    const auto facts = facts_of(article, "truce");
    CHECK(has(facts, "conflict", "KEN", "SOM", "2020-02-10"));
    CHECK(has(facts, "conflict", "UGA", "SOM", "2020-02-10"));
    CHECK_FALSE(has(facts, "conflict", "KEN", "UGA", "2020-02-10"));
    // Where the pause applies is no party to it.
    CHECK_FALSE(has_pair(facts, "agreement", "SDN", "TCD"));
    CHECK(has(facts, "meeting", "SDN", "EGY", "2020-02-11"));
    CHECK_FALSE(has_pair(facts, "meeting", "GHA", "TGO"));
    CHECK_FALSE(has_pair(facts, "agreement", "GHA", "TGO"));
    // "and froze" shares the subject of "closed", not the nearest name before it.
    CHECK(has(facts, "sanction", "ECOWAS", "MLI", "2020-02-13"));
    CHECK_FALSE(has_pair(facts, "sanction", "FRA", "MLI"));
  }

  TEST_CASE("plurals, accusations and a titled stranger in a story about one state") {
    const std::string article = dev_article("Laos and Thailand", "2022-11-05", "laos",
        "Laos is rebuilding its ties with Thailand after a quarrel over dams.\n"
        "\n"
        "On Monday Cambodia said it was recalling its ambassadors to Laos and Thailand.\n"
        "\n"
        "Vientiane accused Bangkok of backing the rebels on Tuesday.\n"
        "\n"
        "Thai Prime Minister Prayut Chan-o-cha flew in from a summit in Jakarta on Wednesday. He held talks with "
        "General Secretary Thongloun Sisoulith.\n");
    const auto facts = facts_of(article, "laos");
    CHECK(has(facts, "sanction", "KHM", "LAO", "2022-10-31"));
    CHECK(has(facts, "sanction", "KHM", "THA", "2022-10-31"));
    CHECK(has(facts, "reject", "LAO", "THA", "2022-11-01"));
    CHECK_FALSE(has_type(facts, "support"));
    const bool lao_leader = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "role" && f.source.name == "Thongloun Sisoulith" && f.target.key() == "LAO";
    });
    CHECK(lao_leader);
  }

  TEST_CASE("partners after 'with', lifted bans, postponed visits and events told before") {
    const std::string article = dev_article("Gulf openings", "2020-10-30", "gulf",
        "Morocco and Bahrain established relations with Israel in September.\n"
        "\n"
        "On Monday Canada lifted the remaining ban on arms sales to Oman.\n"
        "\n"
        "On Tuesday Qatar said it was postponing the state visit to Kuwait.\n"
        "\n"
        "The Kuwaiti visit had been planned for months. India said such talks could only follow "
        "the crisis with Nepal.\n");
    const auto facts = facts_of(article, "gulf");
    CHECK(has_pair(facts, "agreement", "MAR", "ISR"));
    CHECK(has_pair(facts, "agreement", "BHR", "ISR"));
    CHECK_FALSE(has_pair(facts, "agreement", "MAR", "BHR"));
    CHECK_FALSE(has_pair(facts, "sanction", "CAN", "OMN"));
    CHECK_FALSE(has_pair(facts, "visit", "QAT", "KWT"));
    CHECK_FALSE(has_pair(facts, "meeting", "IND", "NPL"));
    const bool kuwaiti = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && f.source.key() == "KWT";
    });
    CHECK_FALSE(kuwaiti);
  }

  TEST_CASE("talks or aid whose other side is only guessed from the story are left out") {
    const std::string article = dev_article("Border row", "2024-03-08", "guess",
        "Peru and Chile quarrelled over the border on Monday.\n"
        "\n"
        "The Peruvian foreign minister held talks in the capital on Tuesday.\n");
    const auto facts = facts_of(article, "guess");
    CHECK_FALSE(has_type(facts, "meeting"));
  }

  TEST_CASE("private people, claims and partners who are no actors") {
    const std::string article = dev_article("Beaches and claims", "2019-07-20", "beaches",
        "Croatia, which received three million German tourists last year, expects more.\n"
        "\n"
        "Serbia rejected claims that Belgrade supplied weapons to Bosnian militias.\n"
        "\n"
        "The Hungarian prime minister held a meeting in Vienna with farmers on Friday.\n");
    const auto facts = facts_of(article, "beaches");
    CHECK_FALSE(has_type(facts, "visit"));
    CHECK_FALSE(has_type(facts, "aid"));
    CHECK_FALSE(has_type(facts, "meeting"));
  }

  TEST_CASE("a 'since the ...' clause holds no party of the event before it") {
    const std::string article = dev_article("Quiet visit", "2024-03-08", "quiet",
        "The Chilean president returned home on Thursday after a two-day visit to Peru.\n"
        "\n"
        "His trip drew little notice since the focus was on the jailed former president of Ecuador.\n");
    const auto facts = facts_of(article, "quiet");
    CHECK(has(facts, "visit", "CHL", "PER", "2024-03-06"));
    const bool ecuador = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.target.key() == "ECU" || f.target.state == std::optional<std::string>("ECU");
    });
    CHECK_FALSE(ecuador);
  }

  TEST_CASE("places left, summit venues, executive orders, ended pacts and later stops") {
    const std::string article = dev_article("A busy week", "2024-12-23", "week",
        "The Indian prime minister left Oman late on Sunday at the end of a two-day visit.\n"
        "\n"
        "At a summit in Abuja on Friday, the leaders of the bloc imposed sanctions on Niger.\n"
        "\n"
        "On Saturday the US president signed executive orders imposing tariffs on Mexico.\n"
        "\n"
        "Chad said on Thursday it was ending its defence pact with France.\n"
        "\n"
        "Armenia and Azerbaijan fought a war in 2020 that ended with a Russian-brokered truce.\n"
        "\n"
        "The Kenyan president chose Paris for the first stop of his tour on Monday, then flew on to Berlin.\n"
        "\n"
        "The Thai premier, a former general who was sworn in on 2 December, landed in Vientiane on Tuesday.\n");
    const auto facts = facts_of(article, "week");
    CHECK(has(facts, "visit", "IND", "OMN", "2024-12-21"));
    const bool oman_visits = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && f.source.key() == "OMN";
    });
    CHECK_FALSE(oman_visits);
    CHECK_FALSE(has(facts, "sanction", "NGA", "NER", "2024-12-20"));
    CHECK_FALSE(has_type(facts, "agreement"));
    CHECK(has(facts, "sanction", "USA", "MEX", "2024-12-21"));
    CHECK(has_pair(facts, "conflict", "ARM", "AZE"));
    CHECK_FALSE(has_pair(facts, "conflict", "AZE", "RUS"));
    CHECK(has_pair(facts, "visit", "KEN", "DEU"));
    CHECK_FALSE(has_pair(facts, "visit", "FRA", "DEU"));
    CHECK(has(facts, "visit", "THA", "LAO", "2024-12-17"));
  }

  TEST_CASE("talks without a date of their own happened during the recent visit") {
    const std::string article = dev_article("Ghana's leader in Togo", "2024-06-20", "visit",
        "The president of Ghana returned home on Wednesday after a two-day visit to Togo.\n"
        "\n"
        "During the talks the two governments signed a customs protocol.\n");
    const auto facts = facts_of(article, "visit");
    const auto protocol = std::find_if(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "agreement"; });
    REQUIRE(protocol != facts.end());
    CHECK(protocol->date.to_string() == "2024-06-18");
    REQUIRE(protocol->date_end);
    CHECK(protocol->date_end->to_string() == "2024-06-19");
    CHECK_FALSE(protocol->date_inferred);
  }

  TEST_CASE("'the three governments' are the three states named, and what they called an attack is no fact") {
    const std::string article = dev_article("Sahel pact", "2023-09-18", "sahel",
        "Mali, Burkina Faso and Niger met in Bamako on Saturday.\n"
        "\n"
        "The three governments signed a mutual defence charter on Saturday, in response to what "
        "the three governments called an attack on Niger by Benin.\n");
    const auto facts = facts_of(article, "sahel");
    CHECK(has_pair(facts, "agreement", "MLI", "BFA"));
    CHECK(has_pair(facts, "agreement", "MLI", "NER"));
    CHECK(has_pair(facts, "agreement", "BFA", "NER"));
    CHECK_FALSE(has_type(facts, "conflict"));
  }

  TEST_CASE("organisations neither visit nor are visited; the end of a pact is no agreement") {
    const std::string article = dev_article("Summit week", "2024-11-16", "summit",
        "The Chinese president arrived in Lima on Thursday for the summit of the Asia-Pacific Economic "
        "Cooperation forum.\n"
        "\n"
        "On Friday Chad announced the end of its defence cooperation agreement with France.\n");
    const auto facts = facts_of(article, "summit");
    CHECK(has(facts, "visit", "CHN", "PER", "2024-11-14"));
    const bool org_visit = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && (f.source.kind == dipgraph::core::ActorKind::org ||
                                   f.target.kind == dipgraph::core::ActorKind::org);
    });
    CHECK_FALSE(org_visit);
    CHECK_FALSE(has_type(facts, "agreement"));
  }

  TEST_CASE("'the three countries' are the last three listed; 'the bloc' is the organisation named last") {
    const std::string article = dev_article("Alliance of three", "2024-01-30", "alliance",
        "Mali, Burkina Faso and Niger left ECOWAS on Sunday, the West African bloc based in Abuja.\n"
        "\n"
        "Officials in Abuja and Lagos said the decision was a surprise.\n"
        "\n"
        "In September the three countries signed a defence charter in Bamako. In July the bloc "
        "imposed sanctions on Niger.\n");
    const auto facts = facts_of(article, "alliance");
    CHECK(has_pair(facts, "agreement", "MLI", "BFA"));
    CHECK(has_pair(facts, "agreement", "BFA", "NER"));
    CHECK_FALSE(has_pair(facts, "agreement", "MLI", "NGA"));
    CHECK(has(facts, "sanction", "ECOWAS", "NER", "2023-07"));
  }

  TEST_CASE("'was in' a place, 'received him', and the sidelines of a forum") {
    const std::string article = dev_article("Gulf tour", "2025-05-16", "gulf-tour",
        "Last Thursday the Turkish president was in Doha.\n"
        "\n"
        "On Tuesday the Egyptian president flew to Riyadh, and Crown Prince Mohammed bin Salman received him "
        "at the palace.\n"
        "\n"
        "Lula met the Nigerian president on the sidelines of the United Nations General Assembly in September.\n"
        "\n"
        "He said the talks were in good faith.\n");
    const auto facts = facts_of(article, "gulf-tour");
    CHECK(has_pair(facts, "visit", "TUR", "QAT"));
    CHECK(has_pair(facts, "meeting", "EGY", "SAU"));
    CHECK(has_pair(facts, "meeting", "BRA", "NGA"));
    CHECK_FALSE(has_pair(facts, "meeting", "BRA", "UN"));
  }

  TEST_CASE("leaders named at a summit held in a city visit its state, unless it lies ahead") {
    const std::string article = dev_article("Summit season", "2022-09-20", "summits",
        "At the regional summit in Samarkand on Friday, the Indian prime minister told the Chinese "
        "president that this was no era of war.\n"
        "\n"
        "The Brazilian president, due to attend the summit in Bali in November, praised the talks.\n");
    const auto facts = facts_of(article, "summits");
    CHECK(has(facts, "visit", "IND", "UZB", "2022-09-16"));
    CHECK(has(facts, "visit", "CHN", "UZB", "2022-09-16"));
    CHECK_FALSE(has_pair(facts, "visit", "BRA", "IDN"));
  }

  TEST_CASE("a joint statement published by the two sides, and a joint leaders' statement") {
    const std::string article = dev_article("Oman and Jordan", "2018-10-27", "oman",
        "The Jordanian king flew to Muscat on Thursday for talks with the Omani sultan.\n"
        "\n"
        "A joint statement published on Friday by the two sides praised the talks.\n"
        "\n"
        "Chile and Peru issued a joint leaders' statement on Saturday.\n");
    const auto facts = facts_of(article, "oman");
    CHECK(has_pair(facts, "agreement", "JOR", "OMN"));
    CHECK(has_pair(facts, "agreement", "CHL", "PER"));
  }

  TEST_CASE("troops stationed abroad, support to a state, and the antecedent of 'whose'") {
    const std::string article = dev_article("Friends abroad", "2024-11-29", "friends",
        "About 900 French soldiers are stationed in Gabon.\n"
        "\n"
        "Ghana affirmed its continued support to Togo on Tuesday.\n"
        "\n"
        "Laos owes large sums to China, whose state banks paid for the railway to Vientiane.\n");
    const auto facts = facts_of(article, "friends");
    CHECK(has_pair(facts, "support", "FRA", "GAB"));
    CHECK(has(facts, "support", "GHA", "TGO", "2024-11-26"));
    CHECK(has_pair(facts, "aid", "CHN", "LAO"));
    const bool reversed = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "aid" && f.source.key() == "LAO";
    });
    CHECK_FALSE(reversed);
  }

  TEST_CASE("empty, binary and sentence-less input is rejected") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    CHECK_THROWS_AS(extractor.extract("   \n\n", "empty"), InputError);
    CHECK_THROWS_AS(extractor.extract(std::string("PK\x03\x04\0\0binary", 12), "zip"), InputError);
  }

  TEST_CASE("an article naming no actor gives no facts") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const auto article = extractor.extract("Weather\n2024-05-10\n\nRain fell all day. The river rose.\n", "weather");
    CHECK(article.facts.empty());
    CHECK(article.mentions == 0);
  }

  TEST_CASE("a long single line with invalid UTF-8 is read without trouble") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    std::string text = "Headline\n2024-05-10\n\n";
    for (int i = 0; i < 2000; ++i) text += "Chile and Peru held talks \xff\xfe on Monday, ";
    text += "end.\n";
    const auto article = extractor.extract(text, "long");
    CHECK(has(article.facts, "meeting", "CHL", "PER", "2024-05-06"));
  }

  TEST_CASE("article ids are file names without extension") {
    CHECK(article_id("/tmp/news/d1.txt") == "d1");
    CHECK(article_id("story") == "story");
    CHECK(article_id("dir.v2/story.final.txt") == "story.final");
  }

  TEST_CASE("live-blog items are dated by their day header, and their weekdays count back from it") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const std::string blog = dev_article("Border crisis live", "2024-05-10", "live",
        "Friday, 10 May\n"
        "\n"
        "09:00 - Peru recalled its ambassador from Chile.\n"
        "\n"
        "Thursday, 2 May\n"
        "\n"
        "18:00 - Bolivia condemned Chile.\n"
        "\n"
        "12:00 - Peru said it had warned Chile on Monday.\n");
    const auto facts = extractor.extract(blog, "live").facts;
    CHECK(has(facts, "sanction", "PER", "CHL", "2024-05-10"));
    CHECK(has(facts, "reject", "BOL", "CHL", "2024-05-02"));
    CHECK(has(facts, "threat", "PER", "CHL", "2024-04-29"));
  }

  TEST_CASE("a paragraph's later sentences take the date of an event it told, not any date it named") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const std::string text = dev_article("Port row", "2024-05-10", "row",
        "Chile and Peru signed a port deal on 2 May. The two sides also held talks on fisheries.\n"
        "\n"
        "Officials said the fire at the port on 6 May was an accident. Bolivia warned Chile.\n");
    const auto facts = extractor.extract(text, "row").facts;
    CHECK(has(facts, "meeting", "CHL", "PER", "2024-05-02"));
    CHECK(has(facts, "threat", "BOL", "CHL", "2024-05-10"));
  }

  TEST_CASE("a visit to a city, an attack on a region and talks in a third state's city find their states") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const std::string text = dev_article("Week of travel", "2024-05-10", "travel",
        "The Kenyan president arrived in Casablanca on Monday.\n"
        "\n"
        "Russian drones struck Kherson on Tuesday.\n"
        "\n"
        "Ethiopia and Somalia held talks in Aqaba on Wednesday.\n"
        "\n"
        "The Chilean foreign minister flew to Hyderabad on Thursday.\n");
    const auto facts = extractor.extract(text, "travel").facts;
    CHECK(has(facts, "visit", "KEN", "MAR", "2024-05-06"));
    CHECK(has(facts, "conflict", "RUS", "UKR", "2024-05-07"));
    CHECK(has(facts, "visit", "ETH", "JOR", "2024-05-08"));
    CHECK(has(facts, "visit", "SOM", "JOR", "2024-05-08"));
    // Hyderabad is a city of India and of Pakistan: it names neither.
    const bool south_asia = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.target.key() == "IND" || f.target.key() == "PAK";
    });
    CHECK_FALSE(south_asia);
  }

  TEST_CASE("a trip at home is no visit, and the place of a war is not where talks were held") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const std::string text = dev_article("Busy week", "2024-05-10", "busy",
        "Peru protested to Chile on Monday.\n"
        "\n"
        "The Indian prime minister arrived in Chennai on Tuesday.\n"
        "\n"
        "Egypt and Turkey held talks in Cairo on Wednesday on trade and the war in Gaza.\n");
    const auto facts = extractor.extract(text, "busy").facts;
    const bool indian_visit = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && f.source.key() == "IND";
    });
    CHECK_FALSE(indian_visit);
    CHECK(has(facts, "meeting", "EGY", "TUR", "2024-05-08"));
    CHECK(has(facts, "visit", "TUR", "EGY", "2024-05-08"));
    const bool gaza_visit = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "visit" && f.target.key() == "PSE";
    });
    CHECK_FALSE(gaza_visit);
  }

  TEST_CASE("a state denying responsibility for an attack is not its attacker") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const std::string text = dev_article("Station blast", "2024-05-10", "blast",
        "Moldova denied responsibility for a drone attack on the bus depot in Odesa on Thursday.\n");
    const auto facts = extractor.extract(text, "blast").facts;
    const bool attack = std::any_of(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "conflict"; });
    CHECK_FALSE(attack);
  }

  TEST_CASE("'the decision' a reaction names is the act of the sentence before, not the state named last") {
    const std::string article = dev_article("Recognition switch", "2024-03-08", "switch",
                                            "Tonga cut diplomatic ties with Taiwan on Monday.\n"
                                            "Australia criticised the move on Tuesday.\n"
                                            "Fiji's foreign minister met his Samoan counterpart on Wednesday.\n"
                                            "New Zealand called the decision disappointing.\n");
    const auto facts = facts_of(article, "switch");
    CHECK(has(facts, "reject", "AUS", "TON", "2024-03-05"));
    CHECK_FALSE(has_pair(facts, "reject", "AUS", "TWN"));
    // The sentence before reported a meeting, no one state's decision.
    CHECK_FALSE(has_pair(facts, "reject", "NZL", "TON"));
    CHECK_FALSE(has_pair(facts, "reject", "NZL", "FJI"));
  }

  TEST_CASE("support for 'the move' is support for the act of the sentence before") {
    const std::string article = dev_article("Ties cut", "2024-03-08", "ties",
                                            "Tonga cut diplomatic ties with Taiwan on Monday.\n"
                                            "Fiji backed the move on Tuesday.\n");
    const auto facts = facts_of(article, "ties");
    CHECK(has(facts, "support", "FJI", "TON", "2024-03-05"));
    CHECK_FALSE(has_pair(facts, "support", "FJI", "TWN"));
  }

  TEST_CASE("an organisation's act is what a reaction to 'the decision' or 'the sanctions' answers") {
    const std::string article = dev_article("Bloc punishes Lima", "2024-02-23", "bloc",
                                            "The EU imposed new sanctions on Peru on Wednesday.\n\n"
                                            "Lima said on Thursday the sanctions were illegal.\n\n"
                                            "Chile welcomed the decision.\n");
    const auto facts = facts_of(article, "bloc");
    CHECK(has(facts, "sanction", "EU", "PER", "2024-02-21"));
    CHECK(has(facts, "reject", "PER", "EU", "2024-02-22"));
    CHECK(has_pair(facts, "support", "CHL", "EU"));
    const auto support = std::find_if(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "support"; });
    REQUIRE(support != facts.end());
    CHECK(support->target.kind == dipgraph::core::ActorKind::org);
  }

  TEST_CASE("sanctions agreed with the day told inside the phrase are sanctions, not an agreement") {
    const std::string article = dev_article("Bloc punishes Lima", "2024-02-23", "bloc2",
                                            "EU governments agreed on Wednesday a 13th package of sanctions "
                                            "against Peru, targeting firms in Chile accused of helping Lima.\n");
    const auto facts = facts_of(article, "bloc2");
    CHECK(has(facts, "sanction", "EU", "PER", "2024-02-21"));
    CHECK_FALSE(has_type(facts, "agreement"));
    CHECK_FALSE(has_type(facts, "visit"));
    // The firms are accused; who accuses them is not said.
    CHECK_FALSE(has_type(facts, "reject"));
  }

  TEST_CASE("'the two leaders' are the sides, not the city they met in, and the two the sentence before named") {
    const std::string geneva = dev_article("Summit ends", "2021-06-17", "summit",
                                           "Biden and Putin met in Geneva on Wednesday.\n\n"
                                           "Talks in Geneva lasted four hours.\n\n"
                                           "The two leaders issued a joint statement on arms control.\n");
    const auto facts = facts_of(geneva, "summit");
    CHECK(has_pair(facts, "agreement", "USA", "RUS"));
    CHECK_FALSE(has_pair(facts, "agreement", "USA", "CHE"));
    CHECK_FALSE(has_pair(facts, "agreement", "RUS", "CHE"));
    const std::string moscow = dev_article("Two visits", "2023-03-22", "visits",
                                           "Japan's prime minister visited Kyiv on Tuesday. Japan and Ukraine are partners, "
                                           "and Japan has sent aid to Ukraine.\n\n"
                                           "Xi Jinping had an informal meeting with Vladimir Putin on Monday.\n\n"
                                           "On Tuesday the two leaders signed statements on their partnership.\n");
    const auto later = facts_of(moscow, "visits");
    CHECK(has(later, "agreement", "CHN", "RUS", "2023-03-21"));
  }

  TEST_CASE("'the parties' and 'the ministers' are the two sides") {
    const std::string article = dev_article("Water deal", "2024-03-14", "water",
                                            "Chile's foreign minister held talks with his Peruvian counterpart in "
                                            "Santiago on Monday.\n\nOn Tuesday the ministers signed an accord on "
                                            "rivers.\n\nThe parties also discussed fisheries on Wednesday.\n");
    const auto facts = facts_of(article, "water");
    CHECK(has(facts, "agreement", "CHL", "PER", "2024-03-12"));
    CHECK(has(facts, "meeting", "CHL", "PER", "2024-03-13"));
  }

  TEST_CASE("a question reports nothing; a headline that dates itself dates the page") {
    const std::string transcript =
        "Transcript: ministry briefing, 5 September 2023\n"
        "QUESTION: Did Chile and Peru sign anything?\n"
        "SPOKESPERSON: Yes. On Monday the two sides signed a memorandum on fisheries.\n";
    const auto facts = facts_of(transcript, "briefing");
    CHECK((has(facts, "agreement", "CHL", "PER", "2023-09-04") || has(facts, "agreement", "PER", "CHL", "2023-09-04")));
    CHECK(std::none_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.evidence.front().text.find('?') != std::string::npos;
    }));
  }

  TEST_CASE("a present perfect with 'since' and no date of its own is not dated by the clause before") {
    const std::string article = dev_article("Helicopters", "2024-02-14", "heli",
                                            "Chilean advisers arrived in Bolivia in late 2021, and Peru has since "
                                            "delivered attack helicopters to Bolivia.\n");
    const auto facts = facts_of(article, "heli");
    const auto aid = std::find_if(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "aid"; });
    REQUIRE(aid != facts.end());
    CHECK(aid->source.key() == "PER");
    CHECK(aid->date_inferred);
    CHECK(aid->date.to_string() == "2024-02-14");
  }

  TEST_CASE("a person titled by an organisation acts for it, here and later, not for their home state") {
    const std::string article = dev_article("Bloc's envoy", "2025-03-14", "envoy",
                                            "EU foreign policy chief Kaja Kallas condemned Russia on Monday.\n\n"
                                            "Kallas also criticised Hungary on Tuesday.\n");
    const auto facts = facts_of(article, "envoy");
    CHECK(has(facts, "reject", "EU", "RUS", "2025-03-10"));
    CHECK(has(facts, "reject", "EU", "HUN", "2025-03-11"));
    CHECK(std::none_of(facts.begin(), facts.end(), [](const Fact& f) { return f.source.key() == "EST"; }));
  }

  TEST_CASE("'it' after a saying verb is the one who said, an organisation too") {
    const std::string article = dev_article("Visit drew fire", "2024-09-05", "saying",
                                            "Putin visited Mongolia on Monday.\n\n"
                                            "The European Union said it condemned the visit.\n");
    const auto facts = facts_of(article, "saying");
    CHECK(std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.type == "reject" && f.source.key() == "EU" && f.target.key() == "MNG";
    }));
    CHECK(std::none_of(facts.begin(), facts.end(), [](const Fact& f) { return f.source.key() == "MNG"; }));
  }

  TEST_CASE("regret, scorn and refusal verbs are rejections") {
    const std::string article = dev_article("Reactions", "2024-09-05", "regret",
                                            "Peru regretted Chile's decision on Tuesday.\n\n"
                                            "Bolivia turned down Brazil's offer on Wednesday.\n\n"
                                            "Ecuador decried Colombia's tariffs on Thursday.\n");
    const auto facts = facts_of(article, "regret");
    CHECK(has(facts, "reject", "PER", "CHL", "2024-09-03"));
    CHECK(has(facts, "reject", "BOL", "BRA", "2024-09-04"));
    CHECK(has(facts, "reject", "ECU", "COL", "2024-09-05"));
  }

  TEST_CASE("a speaker who tells of a rejection aimed at their own state rejects its author") {
    const std::string article = dev_article("Insults", "2024-05-22", "insult",
                                            "On Tuesday Chile said Bolivia had insulted Chile's navy.\n\n"
                                            "On Wednesday Peru said Bolivia had insulted Chile's navy.\n");
    const auto facts = facts_of(article, "insult");
    CHECK(has(facts, "reject", "CHL", "BOL", "2024-05-21"));
    CHECK(has(facts, "reject", "BOL", "CHL", "2024-05-21"));
    CHECK_FALSE(has(facts, "reject", "PER", "BOL", "2024-05-22"));  // not Peru's own side
  }

  TEST_CASE("'each side' accusing 'the other' is the pair in focus, both ways; trading fire is a conflict") {
    const std::string article = dev_article("Border clash", "2025-07-25", "each",
                                            "Peru and Ecuador traded fire on Thursday along the border. "
                                            "Each side accused the other of opening fire first.\n");
    const auto facts = facts_of(article, "each");
    CHECK(has_pair(facts, "conflict", "PER", "ECU"));
    CHECK(has(facts, "reject", "PER", "ECU", "2025-07-24"));
    CHECK(has(facts, "reject", "ECU", "PER", "2025-07-24"));
  }

  TEST_CASE("an unknown titled person opening a sentence is the previous sentence's subject's") {
    const std::string article = dev_article("Recognition", "2023-03-27", "opening",
                                            "Honduras established relations with China on Sunday, leaving "
                                            "Taiwan with fewer allies. Foreign Minister Oscar Tellez Murillo "
                                            "signed a joint communique in Beijing with his Chinese counterpart.\n");
    const auto facts = facts_of(article, "opening");
    CHECK(has(facts, "visit", "HND", "CHN", "2023-03-26"));
    CHECK_FALSE(has_pair(facts, "visit", "TWN", "CHN"));
  }

  TEST_CASE("a gap ends before a preposition that has found its name") {
    const std::string article = dev_article("Switch", "2023-03-27", "gap",
                                            "Nicaragua broke with Taipei and restored relations with Beijing "
                                            "in December 2021.\n");
    const auto facts = facts_of(article, "gap");
    CHECK(has(facts, "sanction", "NIC", "TWN", "2021-12"));
    CHECK_FALSE(has_pair(facts, "sanction", "NIC", "CHN"));
  }

  TEST_CASE("'not only ... but' censures; a submission or a charge is the deed just told") {
    const std::string article = dev_article("Court case", "2024-01-10", "case",
                                            "Peru raised tariffs on Chilean imports on Monday. "
                                            "Bolivia called the charges meritless.\n\n"
                                            "Ecuador expelled Colombia's ambassador on Tuesday. "
                                            "Brazil said the move was not only hasty but outrageous.\n");
    const auto facts = facts_of(article, "case");
    CHECK(has(facts, "reject", "BOL", "PER", "2024-01-08"));
    CHECK(has(facts, "reject", "BRA", "ECU", "2024-01-09"));
  }

  TEST_CASE("a present perfect with no date of its own is where things stand: the publication date") {
    const std::string article = dev_article("Tanks", "2023-09-22", "perfect",
                                            "Russia invaded Ukraine in February 2022. Poland has sent Kyiv "
                                            "more than 300 tanks of its own.\n");
    const auto facts = facts_of(article, "perfect");
    const auto aid = std::find_if(facts.begin(), facts.end(), [](const Fact& f) { return f.type == "aid"; });
    REQUIRE(aid != facts.end());
    CHECK(aid->date.to_string() == "2023-09-22");
    CHECK(aid->date_inferred);
  }

  TEST_CASE("aid given to a state named with 'the', ships given, aid received in assistance, a record sending") {
    const std::string article = dev_article("Aid", "2024-08-01", "aid",
                                            "India gave the Maldives an aircraft in 2019.\n\n"
                                            "The United States handed Vietnam a coast guard cutter in July.\n\n"
                                            "Colombia received millions of dollars in security assistance from "
                                            "Canada in May.\n\n"
                                            "Greece was the first country to send humanitarian aid to Turkey "
                                            "in February.\n\n"
                                            "Norway will send aid to Sudan.\n");
    const auto facts = facts_of(article, "aid");
    CHECK(has(facts, "aid", "IND", "MDV", "2019"));
    CHECK(has(facts, "aid", "USA", "VNM", "2024-07"));
    CHECK(has(facts, "aid", "CAN", "COL", "2024-05"));
    CHECK(has(facts, "aid", "GRC", "TUR", "2024-02"));
    CHECK_FALSE(has_pair(facts, "aid", "NOR", "SDN"));  // a promise
  }

  TEST_CASE("a deed told again to be judged is no new act; disappointment rejects") {
    const std::string article = dev_article("Judged", "2024-08-07", "judged",
                                            "Lima hit back at Santiago on Tuesday, saying the sanctions were illegal.\n\n"
                                            "Canada expressed disappointment at India's decision on Monday.\n");
    const auto facts = facts_of(article, "judged");
    CHECK(has(facts, "reject", "PER", "CHL", "2024-08-06"));
    CHECK_FALSE(has_pair(facts, "sanction", "PER", "CHL"));
    CHECK(has(facts, "reject", "CAN", "IND", "2024-08-05"));
  }

  TEST_CASE("what a state is warned against has not happened; massing troops threatens; defending a right supports") {
    const std::string article = dev_article("Warnings", "2024-08-07", "against",
                                            "Brazil warned Peru against attacking Chile on Monday.\n\n"
                                            "Bolivia massed troops on the Paraguayan border on Tuesday.\n\n"
                                            "Ecuador defended Colombia's right to self-defence on Tuesday.\n");
    const auto facts = facts_of(article, "against");
    CHECK(has(facts, "threat", "BRA", "PER", "2024-08-05"));
    CHECK_FALSE(has_pair(facts, "conflict", "PER", "CHL"));
    CHECK(has(facts, "threat", "BOL", "PRY", "2024-08-06"));
    CHECK(has(facts, "support", "ECU", "COL", "2024-08-06"));
  }
}

