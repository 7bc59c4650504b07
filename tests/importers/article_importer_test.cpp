#include "importers/article_importer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/store.hpp"

using dipgraph::core::Knowledge;
using dipgraph::core::Store;
using dipgraph::importers::import_article;
using dipgraph::importers::article::Extractor;
using dipgraph::importers::article::Fact;

namespace {

std::string article(const std::string& headline, const std::string& date, const std::string& body) {
  return headline + "\n" + date + "\n\n" + body + "\n";
}

// Invented: the first article titles a minister no curated data knows, the
// second names him bare.
const std::string kIntroduces =
    article("Vilnius to buy more air defence", "2024-03-04",
            "Lithuanian Foreign Minister Kestutis Varnas said on Monday that his government would buy more air "
            "defence systems this year.");
const std::string kNamesBare =
    article("Baltic ministers meet in Riga", "2024-03-08",
            "Kestutis Varnas met Latvian Prime Minister Evika Silina in Riga on Thursday to discuss energy links.");
// Both in one: the bare name comes before the title.
const std::string kNamesThenTitles =
    article("Baltic ministers meet in Riga", "2024-03-08",
            "Kestutis Varnas met Latvian Prime Minister Evika Silina in Riga on Thursday to discuss energy links.\n\n"
            "Lithuanian Foreign Minister Kestutis Varnas said later that his government would buy more air defence "
            "systems this year.");

std::vector<std::string> described(const std::vector<Fact>& facts) {
  std::vector<std::string> lines;
  for (const auto& fact : facts) {
    lines.push_back(fact.type + " " + fact.source.code + "@" + fact.source.key() + " " + fact.target.code + "@" +
                    fact.target.key() + " " + fact.date.to_string() + " " + fact.title);
  }
  return lines;
}

std::vector<std::string> facts_of(const Store& store, const std::string& text, const std::string& id) {
  const Extractor extractor(store);
  return described(extractor.extract(text, id).facts);
}

}  // namespace

TEST_SUITE("article importer") {
  TEST_CASE("an article yields the same facts whichever articles the store holds") {
    Store store = Store::open_in_memory();
    const auto bare_before = facts_of(store, kNamesBare, "riga");
    const auto introduces_before = facts_of(store, kIntroduces, "vilnius");
    const auto report = import_article(store, Extractor(store), kIntroduces, "vilnius");
    CHECK(report.added >= 1);
    // The article stored the minister and his role, for queries...
    REQUIRE(store.find_actor("kestutis-varnas"));
    CHECK(store.roles_of("kestutis-varnas").size() == 1);
    // ...which extraction does not read.
    CHECK(store.roles_of("kestutis-varnas", Knowledge::curated).empty());
    CHECK(facts_of(store, kNamesBare, "riga") == bare_before);
    CHECK(facts_of(store, kIntroduces, "vilnius") == introduces_before);
  }

  TEST_CASE("importing an article again adds nothing, even when it introduced a person it also names bare") {
    // Had extraction read the stored minister, the second reading would find his meeting.
    Store store = Store::open_in_memory();
    const Extractor extractor(store);
    const auto first = import_article(store, extractor, kNamesThenTitles, "riga");
    CHECK(first.added >= 1);
    REQUIRE(store.find_actor("kestutis-varnas"));
    const auto again = import_article(store, Extractor(store), kNamesThenTitles, "riga");
    CHECK(again.added == 0);
    CHECK(again.merged == 0);
    CHECK(again.unchanged == first.added + first.unchanged);
  }
}
