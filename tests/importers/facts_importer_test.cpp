#include "importers/facts_importer.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/error.hpp"
#include "tests/importers/temp_dir.hpp"

using dipgraph::InputError;
using dipgraph::core::EventFilter;
using dipgraph::core::Store;
using dipgraph::importers::FactsImportOptions;
using dipgraph::importers::import_facts;
using dipgraph::importers::ImportReport;
using dipgraph::test::TempDir;

namespace {

const std::string kFacts = std::string(DIPGRAPH_TEST_DATA) + "/facts/";
const std::string kHeader = "date,type,source,target,evidence\n";

long long event_count(const Store& store) { return store.count_events(EventFilter{}); }

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// The three bad records of the hundred-row fixture, at the given lines.
void check_three_bad(const ImportReport& report, long type_line, long actor_line,
                     long date_line) {
  REQUIRE(report.problems.size() == 3);
  CHECK(report.problems[0].line == type_line);
  CHECK(contains(report.problems[0].reason, "unknown event type 'vist'"));
  CHECK(report.problems[1].line == actor_line);
  CHECK(contains(report.problems[1].reason, "unknown actor 'Pakistn' (did you mean Pakistan"));
  CHECK(report.problems[2].line == date_line);
  CHECK(contains(report.problems[2].reason, "bad date '2023-02-30'"));
  CHECK(report.skipped == 3);
}

}  // namespace

TEST_SUITE("facts_importer") {
  TEST_CASE("good rows of a CSV file are imported and the bad ones named by line") {
    Store store = Store::open_in_memory();
    auto report = import_facts(store, kFacts + "hundred_rows_three_bad.csv");
    CHECK(report.rows == 100);
    CHECK(report.added == 97);
    CHECK(report.merged == 0);
    CHECK(report.unchanged == 0);
    CHECK_FALSE(report.rolled_back);
    CHECK(report.warnings.empty());
    check_three_bad(report, 12, 48, 83);
    CHECK(report.problems[0].file == kFacts + "hundred_rows_three_bad.csv");
    CHECK(event_count(store) == 97);
  }

  TEST_CASE("a JSON Lines file is imported the same way") {
    Store store = Store::open_in_memory();
    auto report = import_facts(store, kFacts + "hundred_rows_three_bad.jsonl");
    CHECK(report.rows == 100);
    CHECK(report.added == 97);
    check_three_bad(report, 11, 46, 81);
    CHECK(event_count(store) == 97);
  }

  TEST_CASE("strict mode writes nothing from a file with a bad row but reports every problem") {
    Store store = Store::open_in_memory();
    auto report = import_facts(store, kFacts + "hundred_rows_three_bad.csv", FactsImportOptions{true});
    CHECK(report.rolled_back);
    CHECK(report.added == 0);
    check_three_bad(report, 12, 48, 83);
    CHECK(event_count(store) == 0);
    CHECK(store.stats().documents == 0);
  }

  TEST_CASE("importing a file again adds nothing, whatever path names it") {
    Store store = Store::open_in_memory();
    import_facts(store, kFacts + "hundred_rows_three_bad.csv");
    auto relative = std::filesystem::relative(kFacts + "hundred_rows_three_bad.csv").string();
    auto again = import_facts(store, relative);
    CHECK(again.added == 0);
    CHECK(again.merged == 0);
    CHECK(again.unchanged == 97);
    CHECK(again.skipped == 3);
    CHECK(event_count(store) == 97);
    CHECK(store.stats().documents == 1);
  }

  TEST_CASE("the same event from another file gains a source and counts as merged") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto row = "2024-11-25,meeting,India,Pakistan,Talks took place.\n";
    import_facts(store, dir.write("a.csv", kHeader + row));
    auto report = import_facts(store, dir.write("b.csv", kHeader + "2024-11-25,meeting,PAK,IND,\n"));
    CHECK(report.added == 0);
    CHECK(report.merged == 1);
    CHECK(event_count(store) == 1);
    auto events = store.events(EventFilter{});
    REQUIRE(events.size() == 1);
    CHECK(events[0].sources.size() == 2);
  }

  TEST_CASE("provenance columns reach the stored source") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto path = dir.write("p.csv",
                          "TARGET,Source,type,date,url,title,published,source_note,evidence\n"
                          "France,Germany,visit,2024-01-22,https://example.org/x,A trip,2024-01-23,"
                          "\"wire, 2024-01-23\",The chancellor arrived.\n");
    auto report = import_facts(store, path);
    CHECK(report.added == 1);
    auto events = store.events(EventFilter{});
    REQUIRE(events.size() == 1);
    CHECK(events[0].source.code == "DEU");
    CHECK(events[0].target.code == "FRA");
    REQUIRE(events[0].sources.size() == 1);
    const auto& source = events[0].sources[0];
    CHECK(source.document == std::filesystem::weakly_canonical(path).string());
    CHECK(source.url == "https://example.org/x");
    CHECK(source.title == "A trip");
    CHECK(source.published == "2024-01-23");
    CHECK(source.note == "wire, 2024-01-23");
    CHECK(source.evidence == "The chancellor arrived.");
  }

  TEST_CASE("header names in any case and order work, unknown columns are warned about once") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(
        store, dir.write("h.csv", "Target,COLOUR,Date,Type,Source\nFrance,red,2024,aid,Germany\n"
                                  "Italy,blue,2024,aid,Germany\n"));
    CHECK(report.added == 2);
    CHECK(report.warnings == std::vector<std::string>{"unknown column 'colour' ignored"});
  }

  TEST_CASE("a file with a BOM and CRLF line ends imports") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(store, dir.write("bom.csv", "\xEF\xBB\xBF" "date,type,source,target\r\n"
                                                           "2024-05-01,visit,Japan,China\r\n"
                                                           "2024-05-02,visit,China,Japan\r\n"));
    CHECK(report.rows == 2);
    CHECK(report.added == 2);
    CHECK(report.problems.empty());
  }

  TEST_CASE("invalid UTF-8 and a wrong field count are bad rows at their lines") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(store, dir.write("bad.csv", kHeader +
                                                               "2024,visit,France,Italy,ok\n"
                                                               "2024,visit,Fr\xE9nce,Italy,bad\n"
                                                               "2024,visit,France,Italy\n"
                                                               "2024,visit,France,Spain,ok,extra\n"
                                                               "\"2024\",visit,Italy,Spain,\"two\nlines\"\n"
                                                               "2024,aid,Italy,\"Italy\",same\n"));
    CHECK(report.rows == 6);
    CHECK(report.added == 2);
    REQUIRE(report.problems.size() == 4);
    CHECK(report.problems[0].line == 3);
    CHECK(contains(report.problems[0].reason, "invalid UTF-8"));
    CHECK(report.problems[1].line == 4);
    CHECK(report.problems[1].reason == "expected 5 fields, found 4");
    CHECK(report.problems[2].line == 5);
    CHECK(report.problems[2].reason == "expected 5 fields, found 6");
    CHECK(report.problems[3].line == 8);
    CHECK(contains(report.problems[3].reason, "same actor"));
  }

  TEST_CASE("an unterminated quote is a bad row where the record starts") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(store, dir.write("q.csv", kHeader + "2024,visit,France,Italy,ok\n"
                                                                   "2024,visit,France,Spain,\"open\n"
                                                                   "and never closed\n"));
    CHECK(report.added == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 3);
    CHECK(contains(report.problems[0].reason, "unterminated"));
  }

  TEST_CASE("an empty file, a missing file and a missing column are input errors") {
    TempDir dir;
    Store store = Store::open_in_memory();
    CHECK_THROWS_WITH_AS(import_facts(store, dir.write("e.csv", "")), doctest::Contains("empty file"),
                         InputError);
    auto missing = (dir.path() / "nope.csv").string();
    CHECK_THROWS_WITH_AS(import_facts(store, missing), doctest::Contains(missing.c_str()), InputError);
    CHECK_THROWS_WITH_AS(import_facts(store, dir.write("c.csv", "date,source,target\n")),
                         doctest::Contains(":1: missing required column 'type'"), InputError);
    CHECK(store.stats().documents == 0);
  }

  TEST_CASE("UTF-16 and binary files are refused with a reason, not a column error") {
    TempDir dir;
    Store store = Store::open_in_memory();
    const std::string utf16("\xFF\xFE" "d\0a\0t\0e\0", 10);
    CHECK_THROWS_WITH_AS(import_facts(store, dir.write("u.csv", utf16)),
                         doctest::Contains(":1: UTF-16 text; convert it to UTF-8"), InputError);
    const std::string binary("date,type\0\x01\x02", 12);
    CHECK_THROWS_WITH_AS(import_facts(store, dir.write("b.csv", binary)),
                         doctest::Contains(":1: binary data (NUL bytes)"), InputError);
    CHECK(store.stats().documents == 0);
  }

  TEST_CASE("a header-only file imports zero rows") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(store, dir.write("h.csv", "date,type,source,target\n"));
    CHECK(report.rows == 0);
    CHECK(report.added == 0);
    CHECK(report.problems.empty());
    CHECK(store.stats().documents == 0);
  }

  TEST_CASE("a JSON Lines file with bad lines keeps its good ones") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(store, dir.write("f.ndjson",
                                                "{\"date\": \"2024\", \"type\": \"aid\", \"source\": \"NOR\", \"target\": \"Ukraine\"}\n"
                                                "\n"
                                                "[\"not\", \"an\", \"object\"]\n"
                                                "{\"date\": \"2024\", \"type\": \"aid\", \"source\": \"NOR\"\n"
                                                "{\"date\": \"2024\", \"type\": \"aid\", \"source\": \"NOR\", \"target\": null}\n"));
    CHECK(report.rows == 4);
    CHECK(report.added == 1);
    REQUIRE(report.problems.size() == 3);
    CHECK(report.problems[0].line == 3);
    CHECK(report.problems[1].line == 4);
    CHECK(contains(report.problems[1].reason, "bad JSON"));
    CHECK(report.problems[2].line == 5);
    CHECK(contains(report.problems[2].reason, "missing 'target'"));
  }

  TEST_CASE("a file without a known extension is sniffed") {
    TempDir dir;
    Store store = Store::open_in_memory();
    CHECK(import_facts(store, dir.write("a.txt", "  {\"date\": \"2024\", \"type\": \"aid\", "
                                                 "\"source\": \"NOR\", \"target\": \"Ukraine\"}\n"))
              .added == 1);
    CHECK(import_facts(store, dir.write("b.data", kHeader + "2024,aid,Norway,Sweden,x\n")).added == 1);
  }

  TEST_CASE("a strict rollback leaves earlier stored data intact") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto first = import_facts(store, dir.write("a.csv", kHeader + "2024-02-01,visit,France,Italy,x\n"
                                                                  "2024-02-02,visit,Italy,France,y\n"));
    REQUIRE(first.added == 2);
    const auto before = store.stats();
    auto report = import_facts(store,
                               dir.write("b.csv", kHeader + "2024-02-01,visit,France,Italy,same\n"
                                                            "2024-03-01,aid,Spain,Italy,new\n"
                                                            "2024-03-02,aid,Spain,Atlantis,bad\n"),
                               FactsImportOptions{true});
    CHECK(report.rolled_back);
    CHECK(report.added == 0);
    CHECK(report.merged == 0);
    CHECK(report.rows == 3);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 4);
    const auto after = store.stats();
    CHECK(after.events == before.events);
    CHECK(after.event_sources == before.event_sources);
    CHECK(after.documents == before.documents);
    CHECK(event_count(store) == 2);
  }

  TEST_CASE("a field over 1 MiB is a bad row, not a crash") {
    TempDir dir;
    Store store = Store::open_in_memory();
    auto report = import_facts(store, dir.write("big.csv", kHeader + "2024,visit,France,Italy," +
                                                               std::string((1 << 20) + 1, 'x') +
                                                               "\n2024,visit,France,Spain,ok\n"));
    CHECK(report.added == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 2);
    CHECK(report.problems[0].reason == "field longer than 1 MiB");
  }
}
