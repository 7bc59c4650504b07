#include "cli/question.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/question_lexicon.hpp"
#include "core/error.hpp"
#include "core/store.hpp"
#include "core/tsv.hpp"

using dipgraph::cli::parse_question;
using dipgraph::cli::QuestionLexicon;
using dipgraph::cli::shell_join;
using dipgraph::cli::WordKind;
using dipgraph::core::Date;
using dipgraph::core::DatePrecision;
using dipgraph::core::Resolver;
using dipgraph::core::Store;

namespace {

const Resolver& resolver() {
  static const Resolver instance = Store::open_in_memory().resolver();
  return instance;
}

// A fixed "today" so that "last year" and "the last 2 years" are testable.
const Date kToday{2025, 6, 15, DatePrecision::day};

/// The command line a question maps to, as one string.
std::string mapped(const std::string& question) {
  return shell_join(parse_question(question, resolver(), kToday).arguments());
}

struct Case {
  const char* question;
  const char* command;
};

void check_all(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.question);
    CHECK(mapped(c.question) == c.command);
  }
}

}  // namespace

TEST_SUITE("question") {
  TEST_CASE("the issue's examples map onto the commands it names") {
    check_all({
        {"ties between Pakistan and Russia", "ties PAK RUS"},
        {"ties between Pakistan and Russia since 2024", "ties PAK RUS --since 2024"},
        {"path from Pakistan to Ukraine", "path PAK UKR"},
        {"most central states in 2024",
         "centrality --measure betweenness --level state --since 2024 --until 2024"},
        {"who visited Pakistan in 2024", "events --to PAK --type visit --since 2024 --until 2024"},
        {"sanctions against Belarus", "events --to BLR --type sanction"},
    });
  }

  TEST_CASE("two actors with relation words, or none, ask for their ties") {
    check_all({
        {"How are Pakistan and Russia linked?", "ties PAK RUS"},
        {"relations of India with China after 2022", "ties IND CHN --since 2023"},
        {"Is there a connection between Belarus and Pakistan?", "ties BLR PAK"},
        {"What are the ties between the US and China like?", "ties USA CHN"},
        {"How does Russia relate to Iran", "ties RUS IRN"},
        {"India-Pakistan relations", "ties IND PAK"},
        {"U.S.-China ties since 2020", "ties USA CHN --since 2020"},
        {"Russia\u2013Ukraine ties", "ties RUS UKR"},
        {"Russia and China", "ties RUS CHN"},
        {"ties between pakistan and russia", "ties PAK RUS"},
        {"conflict ties between Russia and Ukraine within 3 hops", "ties RUS UKR --type conflict --hops 3"},
        {"ties between \"Belarus\" and \"Pakistan\"", "ties BLR PAK"},
    });
  }

  TEST_CASE("path words or from-to with a connection word ask for a path") {
    check_all({
        {"Show me the connection from Iran to Ukraine", "path IRN UKR"},
        {"Is there a route from Iran to Ukraine?", "path IRN UKR"},
        {"shortest path between Belarus and Ukraine", "path BLR UKR"},
        {"How is Iran connected to Ukraine?", "path IRN UKR"},
        {"how can Pakistan reach Ukraine", "path PAK UKR"},
        {"from Pakistan to Ukraine", "path PAK UKR"},
        {"the chain to Ukraine from Belarus since 2022", "path BLR UKR --since 2022"},
    });
  }

  TEST_CASE("an event word with one actor lists its events in the direction said") {
    check_all({
        {"Which countries did Putin visit in 2024?",
         "events --from vladimir-putin --type visit --since 2024 --until 2024"},
        {"whom did Putin visit", "events --from vladimir-putin --type visit"},
        {"where did Lukashenko go in 2015",
         "events --from aleksandr-lukashenko --type visit --since 2015 --until 2015"},
        {"who sanctioned Belarus", "events --to BLR --type sanction"},
        {"sanctions by the EU", "events --from EU --type sanction"},
        {"Russia's sanctions", "events --from RUS --type sanction"},
        {"Who has Russia threatened?", "events --from RUS --type threat"},
        {"Which states has China helped since 2020", "events --from CHN --type aid --since 2020"},
        {"Who backs Ukraine?", "events --to UKR --type support"},
        {"who rejected Ukraine's proposals", "events --to UKR --type reject"},
        {"visits to Pakistan in March 2024", "events --to PAK --type visit --since 2024-03 --until 2024-03"},
        {"who visited pakistan", "events --to PAK --type visit"},
        {"Who has sanctioned IRN?", "events --to IRN --type sanction"},
        {"Who visited the United States of America in 2023",
         "events --to USA --type visit --since 2023 --until 2023"},
        {"who went to Pakistan", "events --to PAK --type visit"},
        {"who visited Guinea-Bissau", "events --to GNB --type visit"},
    });
  }

  TEST_CASE("symmetric event types ignore direction") {
    check_all({
        {"China's agreements", "events --actor CHN --type agreement"},
        {"Who did Lukashenko meet?", "events --actor aleksandr-lukashenko --type meeting"},
        {"Conflicts involving Russia", "events --actor RUS --type conflict"},
        {"who attacked Ukraine", "events --actor UKR --type conflict"},
        {"Did Pakistan and Belarus sign any agreements?", "events --between PAK BLR --type agreement"},
        {"meetings between India and China from 2022 to 2024",
         "events --between IND CHN --type meeting --since 2022 --until 2024"},
        {"agreements signed by China and Russia in 2022-2024",
         "events --between CHN RUS --type agreement --since 2022 --until 2024"},
    });
  }

  TEST_CASE("two actors and a directed event word give a source and a target") {
    check_all({
        {"What sanctions has the US imposed on Russia since 2022?",
         "events --from USA --to RUS --type sanction --since 2022"},
        {"Has Russia been sanctioned by the US?", "events --from USA --to RUS --type sanction"},
        {"Did the US sanction Russia in 2022?",
         "events --from USA --to RUS --type sanction --since 2022 --until 2022"},
        {"Is Russia threatening Ukraine?", "events --from RUS --to UKR --type threat"},
        {"US aid to Ukraine since March 2022", "events --from USA --to UKR --type aid --since 2022-03"},
        {"aid from the U.S. to Ukraine", "events --from USA --to UKR --type aid"},
        {"Russian threats against Ukraine before 2023", "events --from RUS --to UKR --type threat --until 2022"},
        {"has pakistan visited belarus", "events --from PAK --to BLR --type visit"},
        {"How many times did Putin visit China", "events --from vladimir-putin --to CHN --type visit"},
        {"visits from Belarus to Pakistan between May 2015 and June 2024",
         "events --from BLR --to PAK --type visit --since 2015-05 --until 2024-06"},
        {"visits between Belarus and Pakistan", "events --between BLR PAK --type visit"},
    });
  }

  TEST_CASE("ranking words ask for centrality, with measure, level and top") {
    check_all({
        {"most influential countries between 2022 and 2023",
         "centrality --measure pagerank --level state --since 2022 --until 2023"},
        {"top 5 most important states in 2023",
         "centrality --measure pagerank --level state --top 5 --since 2023 --until 2023"},
        {"the ten busiest countries last year",
         "centrality --measure strength --level state --top 10 --since 2024 --until 2024"},
        {"most connected leaders this year",
         "centrality --measure degree --level actor --since 2025 --until 2025"},
        {"which states are most central by pagerank", "centrality --measure pagerank --level state"},
        {"who are the key players", "centrality --measure betweenness"},
        {"eigenvector ranking of countries", "centrality --measure eigenvector --level state"},
        {"Which country is most central in conflicts?", "centrality --type conflict --measure betweenness --level state"},
    });
  }

  TEST_CASE("partners, blocs and profiles") {
    check_all({
        {"Who are Belarus's partners?", "neighbors BLR"},
        {"Who does Russia deal with?", "neighbors RUS"},
        {"neighbours of Belarus within 2 hops", "neighbors BLR --depth 2"},
        {"What are Russia's relations since 2024", "neighbors RUS --since 2024"},
        {"Which blocs are there?", "components"},
        {"what clusters formed in 2022", "components --since 2022 --until 2022"},
        {"tell me about Lukashenko", "actor aleksandr-lukashenko"},
        {"Who is Lukashenko?", "actor aleksandr-lukashenko"},
        {"Pakistan", "actor PAK"},
        {"Who is Pakistan's biggest partner?", "neighbors PAK"},
    });
  }

  TEST_CASE("events without an actor or event word still list events") {
    check_all({
        {"list conflicts in 2022", "events --type conflict --since 2022 --until 2022"},
        {"what happened last month", "events --since 2025-05 --until 2025-05"},
        {"show all events between Iran and Israel", "events --between IRN ISR"},
        {"who came to Pakistan in 2024", "events --to PAK --type visit --since 2024 --until 2024"},
        {"what happened in Belarus in 2024", "events --actor BLR --since 2024 --until 2024"},
        {"visits after 15 March 2024", "events --type visit --since 2024-03-16"},
        {"who met Xi Jinping in the last 2 years", "events --actor xi-jinping --type meeting --since 2023-06-15"},
    });
  }

  TEST_CASE("time expressions become windows at the precision said") {
    check_all({
        {"ties between Russia and China during 2023", "ties RUS CHN --since 2023 --until 2023"},
        {"ties between Russia and China from 2022 to 2024", "ties RUS CHN --since 2022 --until 2024"},
        {"ties between Russia and China before March 2023", "ties RUS CHN --until 2023-02"},
        {"ties between Russia and China after December 2023", "ties RUS CHN --since 2024-01"},
        {"ties between Russia and China until 2021-03-31", "ties RUS CHN --until 2021-03-31"},
        {"ties between Russia and China after 31 December 2023", "ties RUS CHN --since 2024-01-01"},
        {"ties between Russia and China in the past year", "ties RUS CHN --since 2024-06-15"},
        {"ties between Russia and China since last year", "ties RUS CHN --since 2024"},
    });
  }

  TEST_CASE("lower-case codes and common words are never actors, capitals are") {
    // "us" and "in" would be the United States and India as codes.
    CHECK(mapped("tell us about Pakistan") == "actor PAK");
    CHECK(mapped("who visited the US in 2024") == "events --to USA --type visit --since 2024 --until 2024");
    CHECK(mapped("who visited PAK") == "events --to PAK --type visit");
    try {
      mapped("who visited pak");
      FAIL("no error");
    } catch (const dipgraph::NotFoundError& e) {
      CHECK(e.suggestions() == std::vector<std::string>{"PAK"});
    }
  }

  TEST_CASE("a misspelt name gets did-you-mean suggestions") {
    const auto suggestions = [](const std::string& question) {
      try {
        mapped(question);
      } catch (const dipgraph::NotFoundError& e) {
        CHECK(std::string(e.what()).find("try forms like") != std::string::npos);
        return e.suggestions();
      }
      FAIL("no NotFoundError for: " << question);
      return std::vector<std::string>{};
    };
    CHECK(suggestions("ties between Pakistn and Russia") == std::vector<std::string>{"Pakistan"});
    CHECK(suggestions("who visited Pakistn in 2024") == std::vector<std::string>{"Pakistan"});
    CHECK(suggestions("neighbours of Belarsu").front() == "Belarus");
    CHECK(suggestions("tell me about Lukashenk").front() == "Aleksandr Lukashenko");
    CHECK(suggestions("Lukashenk").front() == "Aleksandr Lukashenko");
    CHECK(suggestions("ties between Pakistan and Rusia").front() == "Russia");
  }

  TEST_CASE("questions with no recognisable intent are usage errors listing the forms") {
    for (const char* question : {"hello", "what is the meaning of life", "", "???", "path from Pakistan"}) {
      CAPTURE(question);
      try {
        mapped(question);
        FAIL("no error");
      } catch (const dipgraph::UsageError& e) {
        CHECK(std::string(e.what()).find("ties between A and B [since YEAR] | path from A to B") !=
              std::string::npos);
      }
    }
    // Both actors on one side cannot be one events query.
    CHECK_THROWS_AS(mapped("visits by Lukashenko and Putin"), dipgraph::UsageError);
    CHECK_THROWS_AS(mapped("ties between Russia, China and India"), dipgraph::UsageError);
  }

  TEST_CASE("an ambiguous name is an AmbiguousNameError listing the candidates") {
    try {
      mapped("who visited Congo");
      FAIL("no error");
    } catch (const dipgraph::AmbiguousNameError& e) {
      CHECK(e.candidates().size() == 2);
      CHECK(std::string(e.what()).find("COD (DR Congo, state)") != std::string::npos);
    }
  }

  TEST_CASE("shell_join quotes only what a shell would split or expand") {
    CHECK(shell_join({"ties", "PAK", "RUS", "--since", "2024"}) == "ties PAK RUS --since 2024");
    CHECK(shell_join({"actor", "Côte d'Ivoire"}) == "actor 'Côte d'\\''Ivoire'");
    CHECK(shell_join({"events", "--actor", "a b", ""}) == "events --actor 'a b' ''");
  }
}

TEST_SUITE("question_lexicon") {
  TEST_CASE("the embedded word list loads and names real event types") {
    const QuestionLexicon& lexicon = QuestionLexicon::embedded();
    REQUIRE(lexicon.word("visited") != nullptr);
    CHECK(lexicon.word("visited")->kind == WordKind::type);
    CHECK(lexicon.word("visited")->value == "visit");
    CHECK(lexicon.word("influential")->kind == WordKind::central);
    CHECK(lexicon.word("nonsenseword") == nullptr);
    const std::vector<std::string> words = {"who", "went", "to", "pakistan"};
    const auto* entry = lexicon.longest_match(words, 1, 3);
    REQUIRE(entry != nullptr);
    CHECK(entry->words == std::vector<std::string>{"went", "to"});
    CHECK(lexicon.longest_match(words, 1, 1)->words == std::vector<std::string>{"went"});
  }

  TEST_CASE("bad rows are rejected with the file and line") {
    const auto load = [](const char* text) {
      return QuestionLexicon(dipgraph::core::parse_tsv(text), "words.tsv");
    };
    CHECK_NOTHROW(load("phrase\tkind\tvalue\nvisited\ttype\tvisit\n"));
    CHECK_THROWS_WITH_AS(load("phrase\tkind\tvalue\nvisited\ttype\tvisiting\n"),
                         "words.tsv:2: unknown event type 'visiting'", dipgraph::InputError);
    CHECK_THROWS_AS(load("phrase\tkind\tvalue\nx\tflavour\t\n"), dipgraph::InputError);
    CHECK_THROWS_AS(load("phrase\tkind\tvalue\nx\tmeasure\tfame\n"), dipgraph::InputError);
    CHECK_THROWS_AS(load("phrase\tkind\tvalue\nVisited\ttype\tvisit\n"), dipgraph::InputError);
    CHECK_THROWS_AS(load("phrase\tkind\tvalue\nx\tstop\t\nx\tstop\t\n"), dipgraph::InputError);
    CHECK_THROWS_AS(load("phrase\tkind\n"), dipgraph::InputError);
  }
}
