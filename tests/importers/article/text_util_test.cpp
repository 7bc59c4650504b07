#include "importers/article/text_util.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using dipgraph::importers::article::clean_text;

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
}
