#include "cli/output_text.hpp"

#include <doctest/doctest.h>

#include <string>

using dipgraph::cli::display_width;
using dipgraph::cli::one_line;

TEST_SUITE("output_text") {
  TEST_CASE("one_line turns control characters into spaces") {
    CHECK(one_line("a\nb\rc\td") == "a b c d");
    CHECK(one_line("clear \x1b[2J screen") == "clear  [2J screen");
    CHECK(one_line("C1 \xC2\x9B" "31m, NEL \xC2\x85, LS \xE2\x80\xA8 end") == "C1  31m, NEL  , LS   end");
    CHECK(one_line("del \x7f") == "del  ");
  }

  TEST_CASE("one_line drops bidi embeddings, overrides and isolates, and keeps the text") {
    CHECK(one_line("abc\xE2\x80\xAE" "def\xE2\x80\xAC") == "abcdef");        // RLO .. PDF
    CHECK(one_line("x\xE2\x81\xA7" "y\xE2\x81\xA9" "z") == "xyz");             // RLI .. PDI
    CHECK(one_line("\xD9\x81\xD8\xB1\xD8\xAD") == "\xD9\x81\xD8\xB1\xD8\xAD");  // Arabic stays
    CHECK(one_line("mark \xE2\x80\x8F") == "mark \xE2\x80\x8F");                // RLM stays
  }

  TEST_CASE("one_line replaces invalid UTF-8 and keeps printable ASCII as it is") {
    CHECK(one_line("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
    CHECK(one_line("'; DROP TABLE event; -- <script>") == "'; DROP TABLE event; -- <script>");
  }

  TEST_CASE("zero-width characters take no terminal column") {
    CHECK(display_width("a\xE2\x80\x8B" "b") == 2);  // ZERO WIDTH SPACE
    CHECK(display_width("a\xE2\x80\x8D" "b") == 2);  // ZERO WIDTH JOINER
    CHECK(display_width("a\xEF\xBB\xBF" "b") == 2);  // BYTE ORDER MARK
    CHECK(display_width("a\xE2\x81\xA0" "b") == 2);  // WORD JOINER
    CHECK(display_width("\xE6\x9D\x8E") == 2);       // a wide CJK character
  }
}
