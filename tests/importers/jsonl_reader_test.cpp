#include "importers/jsonl_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "importers/reader_limits.hpp"

using dipgraph::importers::JsonlReader;
using dipgraph::importers::JsonlRecord;

namespace {

std::vector<JsonlRecord> read_all(const std::string& text) {
  std::istringstream in(text);
  JsonlReader reader(in);
  std::vector<JsonlRecord> records;
  while (auto record = reader.next()) records.push_back(std::move(*record));
  return records;
}

}  // namespace

TEST_SUITE("jsonl_reader") {
  TEST_CASE("each object line is a record with its line number, blank lines skipped") {
    auto records = read_all("{\"a\": \"1\"}\n\n   \n{\"b\": \"2\", \"c\": \"3\"}\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 4);
    REQUIRE(records[1].fields.size() == 2);
    CHECK(records[1].fields[0].key == "b");
    CHECK(records[1].fields[0].value == "2");
    CHECK(records[1].fields[1].key == "c");
  }

  TEST_CASE("null becomes no value, numbers and booleans their JSON text") {
    auto records = read_all("{\"a\": null, \"b\": 2024, \"c\": true, \"d\": [1]}");
    REQUIRE(records.size() == 1);
    const auto& fields = records[0].fields;
    REQUIRE(fields.size() == 4);
    CHECK_FALSE(fields[0].value);
    CHECK(fields[0].text);
    CHECK(fields[1].value == "2024");
    CHECK(fields[2].value == "true");
    CHECK_FALSE(fields[3].text);
  }

  TEST_CASE("bad JSON, non-objects and invalid UTF-8 are bad records and reading goes on") {
    auto records = read_all("{\"a\": \n[1, 2]\n\"text\"\n{\"a\": \"\xC3\x28\"}\n{\"a\": \"ok\"}\n");
    REQUIRE(records.size() == 5);
    REQUIRE(records[0].error);
    CHECK(records[0].error->starts_with("bad JSON"));
    CHECK(records[1].error == "not a JSON object");
    CHECK(records[2].error == "not a JSON object");
    CHECK(records[3].error == "invalid UTF-8");
    CHECK(records[3].line == 4);
    CHECK_FALSE(records[4].error);
    CHECK(records[4].fields[0].value == "ok");
  }

  TEST_CASE("CRLF line ends and a byte order mark are tolerated") {
    auto records = read_all("\xEF\xBB\xBF{\"a\": \"x\"}\r\n\r\n{\"a\": \"y\"}\r\n");
    REQUIRE(records.size() == 2);
    CHECK_FALSE(records[0].error);
    CHECK(records[0].fields[0].value == "x");
    CHECK(records[1].line == 3);
  }

  TEST_CASE("a value over 1 MiB or a line over 4 MiB is a bad record") {
    std::string big(dipgraph::importers::kMaxFieldBytes + 1, 'x');
    std::string huge(dipgraph::importers::kMaxRecordBytes + 1, ' ');
    auto records = read_all("{\"a\": \"" + big + "\"}\n{" + huge + "}\n{\"a\": \"z\"}\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].error == "field longer than 1 MiB");
    CHECK(records[1].error == "line longer than 4 MiB");
    CHECK(records[2].line == 3);
    CHECK_FALSE(records[2].error);
  }
}
