#include "importers/icews/icews_importer.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>

#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/sqlite.hpp"
#include "importers/icews/icews_row.hpp"
#include "tests/importers/temp_dir.hpp"

using dipgraph::InputError;
using dipgraph::core::Store;
using dipgraph::importers::import_icews;
using dipgraph::importers::ImportReport;
using dipgraph::test::TempDir;
namespace sqlite = dipgraph::core::sqlite;
namespace icews = dipgraph::importers::icews;

namespace {

const std::string kIcews = std::string(DIPGRAPH_TEST_DATA) + "/icews/";

struct Fixture {
  TempDir dir;
  std::string path = (dir.path() / "icews.db").string();
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
  long long mismatches() const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return dipgraph::core::schema::rollup_mismatches(db);
  }
};

const char* kEvents =
    "SELECT e.type, e.cameo, s.code, t.code, e.date FROM event e JOIN actor s ON s.id = e.source_id "
    "JOIN actor t ON t.id = e.target_id ORDER BY e.date, e.cameo";

long long out_of_scope(const ImportReport& report, const std::string& reason_start) {
  for (const auto& [reason, rows] : report.out_of_scope) {
    if (reason.rfind(reason_start, 0) == 0) return rows;
  }
  return 0;
}

}  // namespace

TEST_SUITE("icews_importer") {
  TEST_CASE("an ICEWS file: countries by name, people, duplicates, NA, domestic and bad rows") {
    Fixture f;
    const ImportReport report = import_icews(f.store, kIcews + "events.tab");
    CHECK(report.rows == 11);
    CHECK(report.added == 5);
    CHECK(report.unchanged == 1);  // the fully duplicated row
    CHECK(report.skipped == 2);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].line == 10);
    CHECK(report.problems[1].line == 11);
    CHECK(out_of_scope(report, "without a source or target country") == 1);
    CHECK(out_of_scope(report, "with a country name that is no known state") == 1);
    CHECK(out_of_scope(report, "within one country") == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].find("'Atlantis'") != std::string::npos);
    CHECK(f.text(kEvents) ==
          "meeting|040|BGD|VNM|2018-06-01\n"
          "visit|042|ana-example|JPN|2018-06-01\n"
          "visit|043|ana-example|JPN|2018-06-01\n"  // Japan hosts her: her visit
          "reject|111|GBR|PSE|2018-06-02\n"          // an outlet counts as its country
          "agreement|057|MDA|ROU|2018-06-03\n");
    CHECK(f.text("SELECT a.kind, h.code FROM actor a JOIN actor h ON h.id = a.home_state_id "
                 "WHERE a.code = 'ana-example'") == "person|RUS\n");
    // At state level her visits are Russia's.
    CHECK(f.text("SELECT count(*) FROM event e JOIN actor n ON n.id = e.source_node_id "
                 "WHERE e.type = 'visit' AND n.code = 'RUS'") == "2\n");
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("M/D/YYYY dates without a CAMEO Code column; an event repeated from another release") {
    Fixture f;
    import_icews(f.store, kIcews + "events.tab");
    const ImportReport report = import_icews(f.store, kIcews + "events_mdy_no_code.tab");
    CHECK(report.rows == 3);
    CHECK(report.unchanged == 1);  // Event ID 1, the same event in the other format
    CHECK(report.added == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 4);
    CHECK(report.problems[0].reason.find("names no CAMEO event") != std::string::npos);
    CHECK(f.text("SELECT type, cameo, date FROM event WHERE cameo = '163'") == "sanction|163|2018-06-04\n");
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("importing again changes nothing") {
    Fixture f;
    import_icews(f.store, kIcews + "events.tab");
    const std::string before = f.text(kEvents) + f.text("SELECT * FROM pair_month ORDER BY 1, 2, 3, 4");
    const ImportReport again = import_icews(f.store, kIcews + "events.tab");
    CHECK(again.added == 0);
    CHECK(again.merged == 0);
    CHECK(again.unchanged == 6);
    CHECK(f.text(kEvents) + f.text("SELECT * FROM pair_month ORDER BY 1, 2, 3, 4") == before);
  }

  TEST_CASE("a file without the required columns is refused before anything is written") {
    Fixture f;
    const std::string file = f.dir.write("gdelt.tsv", "1\t20240101\t202401\n");
    CHECK_THROWS_AS(import_icews(f.store, file), InputError);
    CHECK(f.text("SELECT count(*) FROM document") == "0\n");
    const std::string empty = f.dir.write("empty.tab", "");
    CHECK_THROWS_AS(import_icews(f.store, empty), InputError);
  }

  TEST_CASE("row parsing: NA is empty, both date formats, columns counted") {
    const auto header = icews::read_header("Event ID\tEvent Date\tSource Name\tSource Country\t"
                                           "Event Text\tTarget Name\tTarget Country");
    REQUIRE(std::holds_alternative<icews::IcewsColumns>(header));
    const auto& columns = std::get<icews::IcewsColumns>(header);
    CHECK_FALSE(columns.cameo_code);
    auto row = icews::parse_row("7\t12/31/2016\tNA\tFrance\tConsult\tGermany\tNA", columns);
    REQUIRE(std::holds_alternative<icews::IcewsRow>(row));
    CHECK(std::get<icews::IcewsRow>(row).day == "2016-12-31");
    CHECK(std::get<icews::IcewsRow>(row).source_name.empty());
    CHECK(std::get<icews::IcewsRow>(row).target_country.empty());
    CHECK(std::holds_alternative<std::string>(icews::parse_row("7\t2/30/2016\ta\tb\tc\td\te", columns)));
    CHECK(std::holds_alternative<std::string>(icews::parse_row("7\t2016-01-01\ta\tb", columns)));
    const auto missing = icews::read_header("Event ID\tEvent Date");
    REQUIRE(std::holds_alternative<std::string>(missing));
    CHECK(std::get<std::string>(missing) == "no column 'Source Name' in the header");
  }
}
