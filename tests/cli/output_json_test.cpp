#include "cli/output_json.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using dipgraph::cli::Json;
using dipgraph::cli::json_line;

TEST_SUITE("output_json") {
  TEST_CASE("json_line writes strings as nlohmann's dump does, invalid UTF-8 included") {
    const std::vector<std::string> texts = {
        "",
        "plain",
        "quote \" and backslash \\ and slash /",
        std::string("controls \b\f\n\r\t \x01\x1f\x7f and NUL ") + '\0' + " inside",
        "curly \xE2\x80\x9Cquotes\xE2\x80\x9D, \xC3\xA9, \xF0\x9F\x98\x80",
        "stray continuation \x80 here",
        "cut short \xE2\x80",
        "overlong \xC0\xAF and \xE0\x80\xAF",
        "surrogate \xED\xA0\x80",
        "past U+10FFFF \xF4\x90\x80\x80",
        "lead without follower \xC3 x",
    };
    for (const auto& text : texts) {
      CAPTURE(text);
      const std::string expected = Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
      CHECK(json_line(Json(text)) == expected);
      Json object = Json::object();
      object[text] = text;
      CHECK(json_line(object) == "{" + expected + ": " + expected + "}");
    }
  }

  TEST_CASE("json_line finds a byte to escape at any place in a long string") {
    const std::vector<std::string> specials = {"\"",     "\\",       "\n",   std::string(1, '\0'),
                                               "\x1f",   "\xC3\xA9", "\xFF", "\x7f"};
    for (const std::string& special : specials) {
      for (const std::size_t length : {24, 47}) {  // past one and two blocks of sixteen
        for (std::size_t at = 0; at < length; ++at) {
          std::string text(length, 'a');
          text.insert(at, special);
          CAPTURE(at);
          CHECK(json_line(Json(text)) == Json(text).dump(-1, ' ', false, Json::error_handler_t::replace));
          text.insert(length / 2, special);  // and a second one
          CHECK(json_line(Json(text)) == Json(text).dump(-1, ' ', false, Json::error_handler_t::replace));
        }
      }
    }
  }

  TEST_CASE("JsonBuffer appends what append_json_string and a plain append would") {
    std::string expected = "start";
    std::string written = "start";
    {
      dipgraph::cli::JsonBuffer buffer(written);
      for (int k = 0; k < 2000; ++k) {
        const std::string text = "item \"" + std::to_string(k) + "\"\n" + std::string(static_cast<std::size_t>(k % 50), 'x');
        buffer.literal(", ");
        buffer.string(text);
        buffer.integer(-k);
        expected += ", ";
        dipgraph::cli::append_json_string(expected, text);
        expected += std::to_string(-k);
        if (k == 1000) {
          buffer.done();
          CHECK(written == expected);
        }
      }
    }
    CHECK(written == expected);
    // A second buffer while the first is open writes on its own memory.
    std::string outer;
    std::string inner;
    {
      dipgraph::cli::JsonBuffer first(outer);
      first.string(std::string(5000, 'a'));
      dipgraph::cli::append_json_string(inner, std::string(9000, 'b'));
      first.literal("!");
    }
    CHECK(outer == "\"" + std::string(5000, 'a') + "\"!");
    CHECK(inner == "\"" + std::string(9000, 'b') + "\"");
  }

  TEST_CASE("json_line writes numbers, booleans and null as nlohmann does, with spaced separators") {
    Json value = Json::object();
    value["int"] = -17;
    value["unsigned"] = 18446744073709551615ULL;
    value["double"] = 0.7;
    value["yes"] = true;
    value["none"] = nullptr;
    value["list"] = Json::array({1, "a", 2.5});
    CHECK(json_line(value) ==
          "{\"int\": -17, \"unsigned\": 18446744073709551615, \"double\": 0.7, \"yes\": true, \"none\": null, "
          "\"list\": [1, \"a\", 2.5]}");
  }
}
