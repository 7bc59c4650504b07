#include "importers/article/text_util.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using dipgraph::importers::article::clean_text;
using dipgraph::importers::article::ifind;
using dipgraph::importers::article::is_ascii_alpha;
using dipgraph::importers::article::is_ascii_digit;
using dipgraph::importers::article::skip_ascii_alnum;
using dipgraph::importers::article::skip_ascii_letters;

TEST_SUITE("article text util") {
  TEST_CASE("clean_text replaces a control byte, DEL or invalid byte wherever it sits in a long line") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {std::string(1, '\0'), " "}, {"\x01", " "},           {"\x1f", " "},
        {"\x7f", " "},              {"\xff", "\xEF\xBF\xBD"}, {"\r\n", "\n"},
        {"\t", "\t"},               {"\xC3\xA9", "\xC3\xA9"}, {"~", "~"},
    };
    for (const auto& [special, replaced] : cases) {
      for (std::size_t at = 0; at < 24; ++at) {
        std::string text(24, 'a');
        std::string expected = text;
        text.insert(at, special);
        expected.insert(at, replaced);
        CAPTURE(at);
        CHECK(clean_text(text) == expected);
      }
    }
  }

  TEST_CASE("ifind finds the first match in either case, past false starts of both cases") {
    constexpr auto npos = std::string_view::npos;
    CHECK(ifind("First Published on May 3", "first published on") == 0);
    CHECK(ifind("It was FIRST PUBLISHED ON Monday", "first published on") == 7);
    // False starts: 'f' and 'F' that begin no match come before the real one.
    CHECK(ifind("of Fame, fast: FiRsT published on", "first published on") == 15);
    CHECK(ifind("By Ana Ruiz | Posted 10/4/2023", "| posted") == 12);
    CHECK(ifind("By Ana Ruiz \\ posted", "| posted") == npos);  // '|' has no other case
    CHECK(ifind("first publishe", "first published on") == npos);
    CHECK(ifind("ends with firs", "first") == npos);  // a start too near the end
    CHECK(ifind("abc", "") == 0);
    CHECK(ifind("", "a") == npos);
  }

  TEST_CASE("skip_ascii_letters and skip_ascii_alnum stop where a byte-by-byte scan stops") {
    // Every byte value at every place of a run of letters, past two blocks of eight.
    for (int byte = 0; byte < 256; ++byte) {
      for (std::size_t at = 0; at < 20; ++at) {
        std::string text = "abcdefghijKLMNOPQRSTuvw";
        text[at] = static_cast<char>(byte);
        text += "\xff\xff" "abc";  // what follows a word: bytes that carry in the sums
        for (std::size_t from = 0; from < 3; ++from) {
          std::size_t letters = from;
          while (letters < text.size() && is_ascii_alpha(text[letters])) ++letters;
          std::size_t alnum = from;
          while (alnum < text.size() && (is_ascii_alpha(text[alnum]) || is_ascii_digit(text[alnum]))) ++alnum;
          CAPTURE(byte);
          CAPTURE(at);
          CHECK(skip_ascii_letters(text, from) == letters);
          CHECK(skip_ascii_alnum(text, from) == alnum);
        }
      }
    }
    CHECK(skip_ascii_letters("", 0) == 0);
    CHECK(skip_ascii_alnum("abc123", 0) == 6);
    CHECK(skip_ascii_letters("abc123", 0) == 3);
  }
}
