#include "importers/line_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/importers/temp_dir.hpp"

using dipgraph::importers::LineReader;

namespace {

struct ReadLine {
  long number;
  std::string text;
  bool too_long;
};

std::vector<ReadLine> read_all(const std::string& path, std::size_t max_line) {
  LineReader reader(path, max_line);
  std::vector<ReadLine> lines;
  while (auto line = reader.next()) lines.push_back({line->number, std::string(line->text), line->too_long});
  return lines;
}

}  // namespace

TEST_SUITE("line_reader") {
  TEST_CASE("lines end at LF or CRLF; the last may lack its newline") {
    dipgraph::test::TempDir dir;
    const auto lines = read_all(dir.write("a.tsv", "a\tb\r\n\nc\nlast"), 1024);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == "a\tb");
    CHECK(lines[1].text.empty());
    CHECK(lines[2].text == "c");
    CHECK(lines[3].text == "last");
    CHECK(lines[3].number == 4);
  }

  TEST_CASE("an over-long line is cut and flagged; the lines after it are read whole") {
    dipgraph::test::TempDir dir;
    // Longer than the 1 MiB buffer, so skipping it spans several fills.
    const std::string long_line(std::size_t{3} << 20, 'x');
    const auto lines = read_all(dir.write("b.tsv", "short\n" + long_line + "\nafter\n" + long_line), 16);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == "short");
    CHECK(lines[1].too_long);
    CHECK(lines[1].text == std::string(16, 'x'));
    CHECK(lines[2].text == "after");
    CHECK_FALSE(lines[2].too_long);
    CHECK(lines[3].too_long);
    CHECK(lines[3].number == 4);
  }

  TEST_CASE("an empty file has no lines; a missing one is an InputError") {
    dipgraph::test::TempDir dir;
    CHECK(read_all(dir.write("empty.tsv", ""), 16).empty());
    CHECK_THROWS_AS(LineReader((dir.path() / "nope.tsv").string()), dipgraph::InputError);
  }

  TEST_CASE("bytes_read counts every byte consumed, newlines included") {
    dipgraph::test::TempDir dir;
    LineReader reader(dir.write("c.tsv", "ab\r\ncd\n"), 64);
    reader.next();
    CHECK(reader.bytes_read() == 4);
    reader.next();
    CHECK(reader.bytes_read() == 7);
    CHECK_FALSE(reader.next());
  }
}
