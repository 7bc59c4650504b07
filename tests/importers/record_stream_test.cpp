#include "importers/record_stream.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/importers/temp_dir.hpp"

using dipgraph::InputError;
using dipgraph::importers::ColumnSpec;
using dipgraph::importers::detect_format;
using dipgraph::importers::NamedRecord;
using dipgraph::importers::RecordFormat;
using dipgraph::importers::RecordStream;
using dipgraph::test::TempDir;

namespace {

const ColumnSpec kSpec{{"date", "type"}, {"note"}};

std::vector<NamedRecord> read_all(RecordStream& stream) {
  std::vector<NamedRecord> records;
  while (auto record = stream.next()) records.push_back(std::move(*record));
  return records;
}

/// The InputError message opening `path` gives ("" when it opens).
std::string open_error(const std::string& path) {
  try {
    RecordStream stream(path, kSpec);
  } catch (const InputError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_SUITE("record_stream") {
  TEST_CASE("CSV header names are case-insensitive and in any order") {
    TempDir dir;
    RecordStream stream(dir.write("a.csv", "Note, TYPE ,Date\nhello,visit,2024\n"), kSpec);
    auto records = read_all(stream);
    REQUIRE(records.size() == 1);
    CHECK(records[0].line == 2);
    CHECK(records[0].get("date") == "2024");
    CHECK(records[0].get("type") == "visit");
    CHECK(records[0].get("note") == "hello");
    CHECK(stream.warnings().empty());
  }

  TEST_CASE("unknown CSV columns are warned about once and ignored") {
    TempDir dir;
    RecordStream stream(dir.write("a.csv", "date,type,extra\n2024,visit,x\n2025,visit,y\n"), kSpec);
    auto records = read_all(stream);
    REQUIRE(records.size() == 2);
    CHECK_FALSE(records[0].get("extra"));
    CHECK(stream.warnings() == std::vector<std::string>{"unknown column 'extra' ignored"});
  }

  TEST_CASE("a missing required column rejects the whole file at line 1") {
    TempDir dir;
    auto path = dir.write("a.csv", "date,note\n2024,x\n");
    try {
      RecordStream stream(path, kSpec);
      FAIL("no error");
    } catch (const InputError& error) {
      CHECK(error.line() == 1);
      CHECK(error.file() == path);
      CHECK(std::string(error.what()) == path + ":1: missing required column 'type'");
    }
  }

  TEST_CASE("a repeated column rejects the file") {
    TempDir dir;
    CHECK(open_error(dir.write("a.csv", "date,type,Date\n")).find("duplicate column 'date'") !=
          std::string::npos);
  }

  TEST_CASE("an empty or missing file is an input error naming it") {
    TempDir dir;
    auto empty = dir.write("empty.csv", "");
    CHECK(open_error(empty) == empty + ": empty file");
    auto missing = (dir.path() / "missing.csv").string();
    CHECK(open_error(missing).starts_with(missing + ": cannot open"));
    CHECK(open_error(dir.write("blank.csv", "\n\n")).find("no header row") != std::string::npos);
  }

  TEST_CASE("a header-only file has no records") {
    TempDir dir;
    RecordStream stream(dir.write("a.csv", "date,type\n"), kSpec);
    CHECK(read_all(stream).empty());
  }

  TEST_CASE("a record with more or fewer fields than the header is bad") {
    TempDir dir;
    RecordStream stream(dir.write("a.csv", "date,type\n2024,visit,extra\n2024\n2024,visit\n"), kSpec);
    auto records = read_all(stream);
    REQUIRE(records.size() == 3);
    CHECK(records[0].error == "expected 2 fields, found 3");
    CHECK(records[1].error == "expected 2 fields, found 1");
    CHECK_FALSE(records[2].error);
  }

  TEST_CASE("a column value that is not UTF-8 makes the record bad") {
    TempDir dir;
    RecordStream stream(dir.write("a.csv", "date,type\n2024,vis\xFFit\n"), kSpec);
    auto records = read_all(stream);
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].error);
    CHECK(records[0].error->find("invalid UTF-8") != std::string::npos);
  }

  TEST_CASE("values are trimmed and blank values count as absent") {
    TempDir dir;
    RecordStream stream(dir.write("a.csv", "date,type,note\n 2024 ,  ,\n"), kSpec);
    auto records = read_all(stream);
    REQUIRE(records.size() == 1);
    CHECK(records[0].get("date") == "2024");
    CHECK_FALSE(records[0].get("type"));
    CHECK_FALSE(records[0].get("note"));
  }

  TEST_CASE("JSON Lines keys map the same way; unknown keys are warned about once") {
    TempDir dir;
    RecordStream stream(
        dir.write("a.jsonl", "{\"Date\": \"2024\", \"type\": \"visit\", \"x\": \"1\"}\n"
                             "{\"date\": \"2025\", \"type\": null, \"x\": \"2\"}\n"
                             "{\"date\": {\"y\": 1}}\n"),
        kSpec);
    auto records = read_all(stream);
    REQUIRE(records.size() == 3);
    CHECK(records[0].get("date") == "2024");
    CHECK_FALSE(records[1].get("type"));
    CHECK(records[2].error == "value of 'date' must be a string or null");
    CHECK(stream.warnings() == std::vector<std::string>{"unknown column 'x' ignored"});
  }

  TEST_CASE("the format follows the extension, else the first non-blank byte") {
    TempDir dir;
    CHECK(detect_format(dir.write("a.csv", "{")) == RecordFormat::csv);
    CHECK(detect_format(dir.write("a.ndjson", "date")) == RecordFormat::jsonl);
    CHECK(detect_format(dir.write("a.JSON", "date")) == RecordFormat::jsonl);
    CHECK(detect_format(dir.write("a.txt", "\xEF\xBB\xBF \n {\"date\": \"2024\"}")) ==
          RecordFormat::jsonl);
    CHECK(detect_format(dir.write("b.txt", "date,type\n")) == RecordFormat::csv);
  }
}
