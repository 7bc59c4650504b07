#include "importers/csv_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "importers/reader_limits.hpp"

using dipgraph::importers::CsvReader;
using dipgraph::importers::CsvRecord;

namespace {

std::vector<CsvRecord> read_all(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<CsvRecord> records;
  while (auto record = reader.next()) records.push_back(std::move(*record));
  return records;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_SUITE("csv_reader") {
  TEST_CASE("plain records are split at commas and numbered by line") {
    auto records = read_all("a,b,c\n1,2,3\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"a", "b", "c"});
    CHECK(records[1].fields == Fields{"1", "2", "3"});
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 2);
    CHECK_FALSE(records[1].error);
  }

  TEST_CASE("quoted fields keep commas and turn doubled quotes into one") {
    auto records = read_all("\"a, b\",\"say \"\"hi\"\"\",\"\"\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"a, b", "say \"hi\"", ""});
  }

  TEST_CASE("a quoted field spanning lines moves later records' start lines down") {
    auto records = read_all("h1,h2\nx,\"line one\nline two\nline three\"\ny,z\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields == Fields{"x", "line one\nline two\nline three"});
    CHECK(records[2].line == 5);
    CHECK(records[2].fields == Fields{"y", "z"});
  }

  TEST_CASE("CRLF line ends and a byte order mark are tolerated") {
    auto records = read_all("\xEF\xBB\xBFh1,h2\r\n\"a\r\nb\",c\r\nd,e\r\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == Fields{"h1", "h2"});
    CHECK(records[1].fields == Fields{"a\nb", "c"});
    CHECK(records[2].fields == Fields{"d", "e"});
    CHECK(records[2].line == 4);
  }

  TEST_CASE("empty fields are kept, including a trailing one") {
    auto records = read_all("a,,c\n,\nx,\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == Fields{"a", "", "c"});
    CHECK(records[1].fields == Fields{"", ""});
    CHECK(records[2].fields == Fields{"x", ""});
  }

  TEST_CASE("the last record needs no trailing newline") {
    CHECK(read_all("a,b\n1,2").size() == 2);
    CHECK(read_all("a,b\n1,2")[1].fields == Fields{"1", "2"});
    CHECK(read_all("a,b\n1,2\n\n\n").size() == 2);
  }

  TEST_CASE("empty lines are skipped but still counted") {
    auto records = read_all("a\n\n\nb\r\n\r\nc\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1].line == 4);
    CHECK(records[2].line == 6);
  }

  TEST_CASE("an empty input has no records") {
    CHECK(read_all("").empty());
    CHECK(read_all("\xEF\xBB\xBF").empty());
  }

  TEST_CASE("a quote left open at the end is an error at the record's start line") {
    auto records = read_all("h\nok\n\"never closed\nmore text\n");
    REQUIRE(records.size() == 3);
    CHECK_FALSE(records[1].error);
    CHECK(records[2].line == 3);
    REQUIRE(records[2].error);
    CHECK(*records[2].error == "unterminated quoted field");
    CHECK(records[2].fields.empty());
  }

  TEST_CASE("a quote left open on a later line of the record says where it opened") {
    auto records = read_all("\"a\nb\",\"c\nd");
    REQUIRE(records.size() == 1);
    CHECK(records[0].line == 1);
    CHECK(records[0].error == "unterminated quoted field (quote opened on line 2)");
  }

  TEST_CASE("lenient quoting: blanks before an opening quote, text after a closing one") {
    auto records = read_all("a, \"b, c\",\"d\"e\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"a", "b, c", "de"});
  }

  TEST_CASE("a field over 1 MiB is a bad record and reading goes on") {
    std::string text = "h1,h2\nx," + std::string(dipgraph::importers::kMaxFieldBytes + 10, 'y') +
                       "\nnext,row\n";
    auto records = read_all(text);
    REQUIRE(records.size() == 3);
    REQUIRE(records[1].error);
    CHECK(*records[1].error == "field longer than 1 MiB");
    CHECK(records[1].fields.empty());
    CHECK(records[2].fields == Fields{"next", "row"});
    CHECK(records[2].line == 3);
  }

  TEST_CASE("a record of millions of empty fields is bounded too") {
    std::string text = std::string(dipgraph::importers::kMaxRecordBytes + 5, ',') + "\nz\n";
    auto records = read_all(text);
    REQUIRE(records.size() == 2);
    REQUIRE(records[0].error);
    CHECK(*records[0].error == "record longer than 4 MiB");
    CHECK(records[1].fields == Fields{"z"});
  }
}
