#include "importers/article/word_index.hpp"

#include <doctest/doctest.h>

#include <string>

#include "importers/article/mentions.hpp"

using dipgraph::importers::article::tokenize;
using dipgraph::importers::article::word_hash;
using dipgraph::importers::article::WordIndex;

TEST_SUITE("article word index") {
  TEST_CASE("every word added is found with its value after the table grows, and no other word is") {
    WordIndex<int> index;
    for (int n = 0; n < 1000; ++n) index["w" + std::to_string(n)] = n;
    for (int n = 0; n < 1000; ++n) {
      const std::string word = "w" + std::to_string(n);
      CAPTURE(word);
      REQUIRE(index.find(word) != nullptr);
      CHECK(*index.find(word) == n);
    }
    CHECK(index.find("w1000") == nullptr);
    CHECK(index.find("") == nullptr);
    CHECK(index.entries().size() == 1000);
  }

  TEST_CASE("adding a word twice keeps one entry") {
    WordIndex<int> index;
    index["visit"] = 1;
    index["visit"] += 1;
    CHECK(index.entries().size() == 1);
    CHECK(*index.find("visit") == 2);
  }

  TEST_CASE("tokens carry the hash of their lookup key, so they find what their words find") {
    WordIndex<int> index;
    index["us"] = 1;
    index["'s"] = 2;
    index[","] = 3;
    for (const auto& token : tokenize("The U.S. envoy's visit, in Zürich.")) {
      CAPTURE(token.norm);
      CHECK(token.hash == word_hash(token.norm));
      const int* by_token = index.find(token.norm, token.hash);
      CHECK(by_token == index.find(token.norm));
    }
  }
}
