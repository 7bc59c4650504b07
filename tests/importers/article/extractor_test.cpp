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

bool has(const std::vector<Fact>& facts, const std::string& type, const std::string& source,
         const std::string& target, const std::string& date) {
  return std::any_of(facts.begin(), facts.end(), [&](const Fact& f) {
    return f.type == type && f.source.key() == source && f.target.key() == target && f.date.to_string() == date;
  });
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
    const std::string blog =
        "Border crisis live\n"
        "2024-05-10\n"
        "https://example.org/live\n"
        "\n"
        "Friday, 10 May\n"
        "\n"
        "09:00 - Peru recalled its ambassador from Chile.\n"
        "\n"
        "Thursday, 2 May\n"
        "\n"
        "18:00 - Bolivia condemned Chile.\n"
        "\n"
        "12:00 - Peru said it had warned Chile on Monday.\n";
    const auto facts = extractor.extract(blog, "live").facts;
    CHECK(has(facts, "sanction", "PER", "CHL", "2024-05-10"));
    CHECK(has(facts, "reject", "BOL", "CHL", "2024-05-02"));
    CHECK(has(facts, "threat", "PER", "CHL", "2024-04-29"));
  }

  TEST_CASE("a paragraph's later sentences take the date of an event it told, not any date it named") {
    const Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const std::string text =
        "Port row\n"
        "2024-05-10\n"
        "https://example.org/row\n"
        "\n"
        "Chile and Peru signed a port deal on 2 May. The two sides also held talks on fisheries.\n"
        "\n"
        "Officials said the fire at the port on 6 May was an accident. Bolivia warned Chile.\n";
    const auto facts = extractor.extract(text, "row").facts;
    CHECK(has(facts, "meeting", "CHL", "PER", "2024-05-02"));
    CHECK(has(facts, "threat", "BOL", "CHL", "2024-05-10"));
  }
}
