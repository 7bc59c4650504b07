#include "importers/gdelt/gdelt_importer.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/sqlite.hpp"
#include "tests/importers/temp_dir.hpp"

using dipgraph::InputError;
using dipgraph::core::Store;
using dipgraph::importers::DatasetImportOptions;
using dipgraph::importers::import_gdelt;
using dipgraph::importers::ImportReport;
using dipgraph::test::TempDir;
namespace sqlite = dipgraph::core::sqlite;

namespace {

const std::string kGdelt = std::string(DIPGRAPH_TEST_DATA) + "/gdelt/";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Fixture {
  TempDir dir;
  std::string path = (dir.path() / "gdelt.db").string();
  Store store = Store::open(path);

  std::string text(const std::string& sql) const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    auto query = db.prepare(sql);
    std::string result;
    while (query.step()) {
      for (int i = 0; i < sqlite3_column_count(query.handle()); ++i) {
        result += (i ? "|" : "") + query.column_optional_text(i).value_or("NULL");
      }
      result += "\n";
    }
    return result;
  }
  long long count(const std::string& sql) const { return std::stoll(text(sql)); }
  long long mismatches() const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return dipgraph::core::schema::rollup_mismatches(db);
  }
  /// Everything an import writes, in an order independent of row ids.
  std::string contents() const {
    return text(
        "SELECT e.type, s.code, t.code, e.date, e.cameo, e.weight, "
        "(SELECT group_concat(record || ':' || coalesce(articles, '') || ':' || coalesce(url, ''), ',') "
        " FROM (SELECT * FROM event_source es WHERE es.event_id = e.id ORDER BY record)) "
        "FROM event e JOIN actor s ON s.id = e.source_id JOIN actor t ON t.id = e.target_id "
        "ORDER BY 1, 2, 3, 4, 5") +
           text("SELECT * FROM pair_month ORDER BY 1, 2, 3, 4") +
           text("SELECT * FROM pair_total ORDER BY 1, 2, 3") +
           text("SELECT * FROM pair_year ORDER BY 1, 2, 3");
  }
};

long long out_of_scope(const ImportReport& report, const std::string& reason_start) {
  for (const auto& [reason, rows] : report.out_of_scope) {
    if (reason.rfind(reason_start, 0) == 0) return rows;
  }
  return 0;
}

}  // namespace

TEST_SUITE("gdelt_importer") {
  TEST_CASE("a GDELT 2.0 file: types, merges, duplicates, rows out of scope and malformed rows") {
    Fixture f;
    const ImportReport report = import_gdelt(f.store, kGdelt + "events_v2.tsv");
    CHECK(report.rows == 21);
    CHECK(report.added == 10);
    CHECK(report.merged == 2);     // a re-emitted visit; a conflict reported from the other side
    CHECK(report.unchanged == 1);  // GLOBALEVENTID 1001 twice
    CHECK(report.skipped == 4);
    REQUIRE(report.problems.size() == 4);
    CHECK(report.problems[0].line == 12);
    CHECK(report.problems[0].reason.find("SQLDATE '20241345'") != std::string::npos);
    CHECK(report.problems[1].line == 13);
    CHECK(report.problems[1].reason.find("60 columns") != std::string::npos);
    CHECK(report.problems[2].line == 14);
    CHECK(report.problems[3].line == 15);
    CHECK(report.problems[3].reason.find("unknown CAMEO event code '99'") != std::string::npos);
    CHECK(out_of_scope(report, "without two actors") == 1);
    CHECK(out_of_scope(report, "with a region") == 1);
    CHECK(out_of_scope(report, "with an actor that is no state") == 1);
    CHECK(out_of_scope(report, "with the same actor") == 1);
    // The code that is no actor of ours is named, for a mapping to be added if it should be.
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0] == "actor codes that are no state or organisation (rows): TAL 1");
    CHECK(f.text("SELECT type, count(*) FROM event GROUP BY 1 ORDER BY 1") ==
          "agreement|1\naid|1\nconflict|1\nmeeting|1\nother|2\nsanction|1\nthreat|1\nvisit|2\n");
    SUBCASE("043 host a visit is the guest's visit to the host, with its own code") {
      CHECK(f.text("SELECT s.code, t.code, e.cameo FROM event e JOIN actor s ON s.id = e.source_id "
                   "JOIN actor t ON t.id = e.target_id WHERE e.type = 'visit' ORDER BY cameo") ==
            "USA|CHN|042\nUSA|CHN|043\n");
    }
    SUBCASE("organisations from known-group codes, ROM as Romania, weights from the row or the code") {
      CHECK(f.text("SELECT s.code, t.code, e.weight FROM event e JOIN actor s ON s.id = e.source_id "
                   "JOIN actor t ON t.id = e.target_id WHERE e.type IN ('aid', 'threat') ORDER BY 1") ==
            "NATO|RUS|-7.0\nUN|SYR|7.4\n");
      CHECK(f.count("SELECT count(*) FROM event e JOIN actor a ON a.id IN (e.source_id, e.target_id) "
                    "WHERE e.type = 'agreement' AND a.code = 'ROU'") == 1);
    }
    SUBCASE("a merged event keeps one source per record, its articles adding up") {
      CHECK(f.text("SELECT group_concat(record, ','), sum(articles) FROM event_source "
                   "WHERE event_id = (SELECT id FROM event WHERE cameo = '042')") ==
            "gdelt:1001,gdelt:1003|8\n");
      CHECK(f.count("SELECT count(*) FROM event_source WHERE url LIKE 'https://news.example.org/%'") == 12);
    }
    CHECK(f.mismatches() == 0);
    CHECK(f.count("SELECT count(*) FROM document WHERE kind = 'gdelt' AND completed_at IS NOT NULL") == 1);
  }

  TEST_CASE("GDELT 1.0 files of 58 and 57 columns") {
    Fixture f;
    const ImportReport v58 = import_gdelt(f.store, kGdelt + "events_v1_58.tsv");
    CHECK(v58.rows == 3);
    CHECK(v58.added == 2);
    CHECK(out_of_scope(v58, "without two actors") == 1);
    CHECK(v58.problems.empty());
    const ImportReport v57 = import_gdelt(f.store, kGdelt + "events_v1_57.tsv");
    CHECK(v57.added == 2);
    CHECK(v57.problems.empty());
    CHECK(f.text("SELECT e.date, e.type, s.code, t.code FROM event e JOIN actor s ON s.id = e.source_id "
                 "JOIN actor t ON t.id = e.target_id ORDER BY 1, 2") ==
          "1999-05-10|agreement|ARG|BRA\n1999-05-11|conflict|COD|RWA\n"
          "2012-03-01|reject|IND|PAK\n2012-03-01|visit|PAK|IND\n");
    CHECK(f.count("SELECT count(*) FROM event_source WHERE url IS NULL") == 2);  // 57 columns: no URL
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("a zip archive of one export reads as the export itself") {
    Fixture plain;
    const ImportReport expected = import_gdelt(plain.store, kGdelt + "events_v1_58.tsv");
    Fixture zipped;
    const ImportReport report = import_gdelt(zipped.store, kGdelt + "events_v1_58.zip");
    CHECK(report.rows == expected.rows);
    CHECK(report.added == expected.added);
    CHECK(zipped.contents() == plain.contents());
    const std::string not_zip = zipped.dir.write("bad.zip", "not a zip archive\n");
    CHECK_THROWS_WITH_AS(import_gdelt(zipped.store, not_zip),
                         doctest::Contains("cannot read the zip archive"), InputError);
  }

  TEST_CASE("importing a file again changes nothing") {
    Fixture f;
    import_gdelt(f.store, kGdelt + "events_v2.tsv");
    const std::string before = f.contents();
    const ImportReport again = import_gdelt(f.store, kGdelt + "events_v2.tsv");
    CHECK(again.added == 0);
    CHECK(again.merged == 0);
    CHECK(again.unchanged == 13);
    CHECK(f.contents() == before);
  }

  TEST_CASE("small batches, and an interrupted import completed, give the store of one clean import") {
    Fixture clean;
    import_gdelt(clean.store, kGdelt + "events_v2.tsv");
    const std::string expected = clean.contents();

    Fixture batched;
    DatasetImportOptions options;
    options.batch_rows = 3;
    import_gdelt(batched.store, kGdelt + "events_v2.tsv", options);
    CHECK(batched.contents() == expected);
    CHECK(batched.mismatches() == 0);

    // An interruption after a few batches: the file's first lines were
    // committed (the same path, so the same document), the rest was not.
    Fixture resumed;
    const std::string full = read_file(kGdelt + "events_v2.tsv");
    std::size_t cut = 0;
    for (int line = 0; line < 9; ++line) cut = full.find('\n', cut) + 1;
    const std::string file = resumed.dir.write("export.tsv", full.substr(0, cut));
    import_gdelt(resumed.store, file, options);
    resumed.dir.write("export.tsv", full);
    const ImportReport rest = import_gdelt(resumed.store, file, options);
    CHECK(rest.unchanged == 5);  // the four records committed before, and 1001 repeated
    CHECK(resumed.contents() == expected);
    CHECK(resumed.mismatches() == 0);
  }

  TEST_CASE("--strict stops at the first malformed row; earlier batches stay, the file is not complete") {
    Fixture f;
    DatasetImportOptions options;
    options.strict = true;
    options.batch_rows = 5;
    const ImportReport report = import_gdelt(f.store, kGdelt + "events_v2.tsv", options);
    CHECK(report.stopped);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 12);
    CHECK(report.added == 4);  // rows 1-10 in two batches; row 11 was rolled back
    CHECK(f.count("SELECT count(*) FROM event") == 4);
    CHECK(f.count("SELECT count(*) FROM document WHERE completed_at IS NULL") == 1);
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("input that is no GDELT export is refused whole, writing nothing") {
    Fixture f;
    const auto refused = [&](const std::string& name, const std::string& content, const std::string& why) {
      const std::string file = f.dir.write(name, content);
      CAPTURE(name);
      try {
        import_gdelt(f.store, file);
        FAIL("no error");
      } catch (const InputError& error) {
        CHECK(std::string(error.what()).find(why) != std::string::npos);
      }
    };
    refused("empty.tsv", "", "empty file");
    refused("binary.tsv", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12) + "\n", "binary data");
    refused("utf16.tsv", std::string("\xFF\xFE" "1\0\t\0" "2\0", 8), "UTF-16");
    refused("facts.csv", "date,type,source,target\n2024-01-01,visit,FRA,DEU\n",
            "not a GDELT event export: the first line has 1 tab-separated columns");
    refused("huge.tsv", std::string((std::size_t{1} << 20) + 10, 'x') + "\n", "longer than 1 MiB");
    CHECK(f.count("SELECT count(*) FROM document") == 0);
    CHECK(f.count("SELECT count(*) FROM event") == 0);
  }

  TEST_CASE("a huge line inside a file is one malformed row; the rows after it are read") {
    Fixture f;
    const std::string full = read_file(kGdelt + "events_v2.tsv");
    const std::string first = full.substr(0, full.find('\n') + 1);
    const std::string second = full.substr(first.size(), full.find('\n', first.size()) + 1 - first.size());
    const std::string file =
        f.dir.write("huge_row.tsv", first + std::string((std::size_t{3} << 20), '\t') + "\n" + second);
    const ImportReport report = import_gdelt(f.store, file);
    CHECK(report.rows == 3);
    CHECK(report.added == 2);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 2);
    CHECK(report.problems[0].reason == "line longer than 1 MiB");
  }
  TEST_CASE("actor codes: non-ISO country codes, and the most specific organisation of a UN code") {
    Fixture f;
    // A GDELT 2.0 row: 61 columns, only those the importer reads filled in.
    const auto row = [](const char* id, const char* code1, const char* country1, const char* group1,
                        const char* country2) {
      std::vector<std::string> fields(61);
      fields[0] = id;
      fields[1] = "20240115";
      fields[5] = code1;
      fields[7] = country1;
      fields[8] = group1;
      fields[15] = country2;
      fields[17] = country2;
      fields[26] = "073";  // provide humanitarian aid
      fields[60] = "https://news.example.org/" + std::string(id);
      std::string line;
      for (const auto& field : fields) line += (line.empty() ? "" : "\t") + field;
      return line + "\n";
    };
    const std::string file = f.dir.write(
        "codes.tsv", row("1", "IGOUNOWBK", "", "UNO", "UKR") +      // World Bank, filed under the UN
                         row("2", "IGOUNOIAE", "", "UNO", "IRN") +  // IAEA
                         row("3", "IGOUNOREFHCR", "", "UNO", "SYR") +  // UNHCR: not ours, so the UN
                         row("4", "IGOWSTNAT", "", "NAT", "MTN") +  // NATO and Montenegro
                         row("5", "WSBGOV", "WSB", "", "ISR") +      // the West Bank: Palestine
                         row("6", "IMYGOV", "IMY", "", "GBR"));      // Isle of Man
    const ImportReport report = import_gdelt(f.store, file);
    CHECK(report.added == 6);
    CHECK(f.text("SELECT s.code, t.code FROM event e JOIN actor s ON s.id = e.source_id "
                 "JOIN actor t ON t.id = e.target_id ORDER BY e.id") ==
          "WB|UKR\nIAEA|IRN\nUN|SYR\nNATO|MNE\nPSE|ISR\nIMN|GBR\n");
  }
}
