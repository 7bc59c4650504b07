#include "importers/article/sentences.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using dipgraph::importers::article::Document;
using dipgraph::importers::article::Paragraph;
using dipgraph::importers::article::sentences_of;
using dipgraph::importers::article::split_sentences;

using Strings = std::vector<std::string>;

TEST_SUITE("sentences") {
  TEST_CASE("plain sentences split at full stops, question and exclamation marks") {
    CHECK(split_sentences("Talks began. They ended late! Was it useful? Nobody knows.") ==
          Strings{"Talks began.", "They ended late!", "Was it useful?", "Nobody knows."});
  }

  TEST_CASE("empty and blank text gives no sentence") {
    CHECK(split_sentences("").empty());
    CHECK(split_sentences("  \n\t \n").empty());
  }

  TEST_CASE("a text without a final stop is one sentence") {
    CHECK(split_sentences("Leaders meet in Rome") == Strings{"Leaders meet in Rome"});
  }

  TEST_CASE("titles never end a sentence") {
    CHECK(split_sentences("Mr. Khan met Gen. Ali and Dr. Rossi. They talked.") ==
          Strings{"Mr. Khan met Gen. Ali and Dr. Rossi.", "They talked."});
    CHECK(split_sentences("Sen. Lee and Gov. Ortiz spoke with Lt. Col. Haas.") ==
          Strings{"Sen. Lee and Gov. Ortiz spoke with Lt. Col. Haas."});
  }

  TEST_CASE("No. before a number keeps the sentence together") {
    CHECK(split_sentences("He signed Decree No. 5 on Monday. It took effect.") ==
          Strings{"He signed Decree No. 5 on Monday.", "It took effect."});
  }

  TEST_CASE("initials do not end a sentence") {
    CHECK(split_sentences("J. R. R. Tolkien wrote it. Aleksandr G. Lukashenko read it.") ==
          Strings{"J. R. R. Tolkien wrote it.", "Aleksandr G. Lukashenko read it."});
  }

  TEST_CASE("U.S. inside a sentence stays, U.S. at the end splits before a sentence opener") {
    CHECK(split_sentences("The U.S. President called. The U.S. Secretary of State flew in.") ==
          Strings{"The U.S. President called.", "The U.S. Secretary of State flew in."});
    CHECK(split_sentences("Iran held talks with the U.S. The talks failed.") ==
          Strings{"Iran held talks with the U.S.", "The talks failed."});
    CHECK(split_sentences("Ties with the U.K. He said they were good.") ==
          Strings{"Ties with the U.K.", "He said they were good."});
  }

  TEST_CASE("company suffixes and e.g. behave like abbreviations") {
    CHECK(split_sentences("They sued Acme Inc. The court agreed.") ==
          Strings{"They sued Acme Inc.", "The court agreed."});
    CHECK(split_sentences("Some states, e.g. Chad, abstained.") ==
          Strings{"Some states, e.g. Chad, abstained."});
  }

  TEST_CASE("month abbreviations do not end a sentence") {
    CHECK(split_sentences("It opened on Jan. 5 in Oslo.") == Strings{"It opened on Jan. 5 in Oslo."});
  }

  TEST_CASE("decimals and web addresses do not split") {
    CHECK(split_sentences("Growth was 3.5 percent. See example.com for data.") ==
          Strings{"Growth was 3.5 percent.", "See example.com for data."});
  }

  TEST_CASE("a quote ending in a comma stays in its sentence") {
    CHECK(split_sentences("\"We agree,\" he said. Talks go on.") ==
          Strings{"\"We agree,\" he said.", "Talks go on."});
  }

  TEST_CASE("a sentence ending inside quotes splits after the closing quote") {
    CHECK(split_sentences("He said: \"We agree.\" Then he left.") ==
          Strings{"He said: \"We agree.\"", "Then he left."});
    CHECK(split_sentences("He asked: \"Why now?\" she recalled.") ==
          Strings{"He asked: \"Why now?\" she recalled."});
  }

  TEST_CASE("a new quoted sentence starts after a full stop") {
    CHECK(split_sentences("The minister spoke. \"We will respond,\" she said.") ==
          Strings{"The minister spoke.", "\"We will respond,\" she said."});
  }

  TEST_CASE("typographic quotes are closing quotes too") {
    CHECK(split_sentences("He said \xE2\x80\x9CNo.\xE2\x80\x9D Then he left.") ==
          Strings{"He said \xE2\x80\x9CNo.\xE2\x80\x9D", "Then he left."});
  }

  TEST_CASE("ellipses split only before a capital") {
    CHECK(split_sentences("We waited... and waited. Then... Nothing happened.") ==
          Strings{"We waited... and waited.", "Then...", "Nothing happened."});
  }

  TEST_CASE("list items are sentences without their markers") {
    CHECK(split_sentences("The deal covers:\n- trade\n* energy\n\xE2\x80\xA2 health\n1. security\n2. culture") ==
          Strings{"The deal covers:", "trade", "energy", "health", "security", "culture"});
  }

  TEST_CASE("a blank line ends a sentence") {
    CHECK(split_sentences("First heading\n\nSecond part") ==
          Strings{"First heading", "Second part"});
  }

  TEST_CASE("a single newline inside a sentence does not split it") {
    CHECK(split_sentences("The talks were held in\nthe capital. They ended.") ==
          Strings{"The talks were held in\nthe capital.", "They ended."});
  }

  TEST_CASE("a lower-case word after a full stop continues the sentence") {
    CHECK(split_sentences("Prices rose approx. twenty percent.") ==
          Strings{"Prices rose approx. twenty percent."});
  }

  TEST_CASE("a sentence may start with a number") {
    CHECK(split_sentences("They met in 2024. 15 people attended.") ==
          Strings{"They met in 2024.", "15 people attended."});
  }

  TEST_CASE("sentences_of numbers sentences across paragraphs from 1") {
    Document document;
    document.headline = "Headline is not a sentence";
    document.body = {Paragraph{"A caption line", 3}, Paragraph{"One. Two.", 5},
                     Paragraph{"Three.", 7}};
    const auto sentences = sentences_of(document);
    REQUIRE(sentences.size() == 4);
    CHECK(sentences[0].index == 1);
    CHECK(sentences[0].text == "A caption line");
    CHECK(sentences[2].text == "Two.");
    CHECK(sentences[3].index == 4);
    CHECK(sentences[3].text == "Three.");
  }

  TEST_CASE("binary garbage and invalid UTF-8 never throw") {
    std::string binary;
    for (int i = 0; i < 65536; ++i) binary.push_back(static_cast<char>((i * 131 + 7) & 0xFF));
    CHECK_NOTHROW(split_sentences(binary));
    CHECK_NOTHROW(split_sentences("\xE2\x80"));
    CHECK_NOTHROW(split_sentences("\xC2"));
    CHECK_NOTHROW(split_sentences(". . . ! ?"));
  }

  TEST_CASE("a 10 MB single line of short sentences is split whole (timed by bench/run-extract, not here)") {
    std::string text;
    text.reserve(10'000'000 + 64);
    while (text.size() < 10'000'000) text += "Mr. Li met the U.S. envoy in 2024. He left... ";
    const auto sentences = split_sentences(text);
    CHECK(sentences.size() > 400'000);
  }

  TEST_CASE("a 50 MB line without any stop is one sentence") {
    const std::string text(50'000'000, 'a');
    const auto sentences = split_sentences(text);
    REQUIRE(sentences.size() == 1);
    CHECK(sentences[0].size() == text.size());
  }
}
