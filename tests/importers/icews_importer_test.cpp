#include "importers/icews/icews_importer.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>

#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/sqlite.hpp"
#include "importers/icews/icews_row.hpp"
#include "importers/icews/sector_roles.hpp"
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

  TEST_CASE("'Congo' in ICEWS is the Republic of the Congo, which news alone leaves open") {
    Fixture f;
    const ImportReport report = import_icews(f.store, kIcews + "congo.tab");
    CHECK(report.added == 2);
    CHECK(report.warnings.empty());
    CHECK(f.text(kEvents) ==
          "meeting|040|COG|FRA|2018-06-05\n"
          "reject|111|COD|COG|2018-06-06\n");
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
  TEST_CASE("named people whose sectors say national executive get a role over the days of their rows") {
    Fixture f;
    const std::string header =
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
        "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\t"
        "City\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";
    const auto row = [](const char* id, const char* day, const char* source, const char* sectors,
                        const char* target, const char* target_country) {
      return std::string(id) + "\t" + day + "\t" + source + "\t" + sectors +
             "\tRussian Federation\tMake a visit\t042\t1.9\t" + target + "\tNA\t" + target_country +
             "\t900" + id + "\t1\tMade-up Wire\tNA\tNA\tNA\tNA\tNA\tNA\n";
    };
    const std::string file = f.dir.write(
        "roles.tab",
        header + row("1", "2018-06-05", "Vera Testova", "Government,Executive Office,Executive", "China", "China") +
            row("2", "2018-06-09", "Vera Testova", "Executive,Elite,Executive Office,Government", "Japan", "Japan") +
            row("3", "2018-06-01", "Vera Testova", "Government,Executive,Executive Office", "Japan", "Japan") +
            row("4", "2018-06-03", "Pavel Sampleov", "Foreign Ministry,Executive,Government", "Japan", "Japan") +
            row("5", "2018-06-03", "Olga Provinska", "Executive,Government,Provincial", "China", "China") +
            row("6", "2018-06-04", "Ivan Legisov", "Government,Legislative / Parliamentary", "China", "China") +
            row("7", "2018-06-20", "Vera Testova", "Government,Executive Office,Executive", "Vera Testova",
                "Russian Federation"));  // domestic: out of scope, so not a day of her role
    const ImportReport report = import_icews(f.store, file);
    CHECK(report.added == 6);
    CHECK(report.skipped == 0);
    const char* roles =
        "SELECT p.code, r.title, s.code, r.start_date, r.end_date FROM role r "
        "JOIN actor p ON p.id = r.person_id JOIN actor s ON s.id = r.state_id "
        "WHERE r.source LIKE '%roles.tab' ORDER BY p.code";  // not the seeded roles
    CHECK(f.text(roles) ==
          "pavel-sampleov|foreign ministry|RUS|2018-06-03|2018-06-03\n"
          "vera-testova|executive office|RUS|2018-06-01|2018-06-09\n");
    // People without such sectors are still people of their country.
    CHECK(f.text("SELECT count(*) FROM actor WHERE kind = 'person' AND code IN "
                 "('olga-provinska', 'ivan-legisov')") == "2\n");
    CHECK(f.text("SELECT count(*) FROM event e JOIN actor n ON n.id = e.source_node_id WHERE n.code = 'RUS'") ==
          "6\n");
    CHECK(f.mismatches() == 0);

    const std::string before = f.text(roles) + f.text(kEvents) + f.text("SELECT * FROM pair_month ORDER BY 1, 2, 3, 4");
    const ImportReport again = import_icews(f.store, file);
    CHECK(again.added == 0);
    CHECK(f.text(roles) + f.text(kEvents) + f.text("SELECT * FROM pair_month ORDER BY 1, 2, 3, 4") == before);
  }

  TEST_CASE("sector roles: the first listed sector a person has gives the title; a province rules it out") {
    const icews::SectorRoles roles;
    CHECK(roles.title("Government,Executive,Executive Office") == "executive office");
    CHECK(roles.title("Executive,Foreign Ministry,Government") == "foreign ministry");
    CHECK(roles.title("Government,Foreign Ministry,Executive,Cabinet") == "foreign ministry");
    CHECK(roles.title("Executive,Cabinet,Government") == "cabinet");
    CHECK(roles.title(" executive office ,Elite") == "executive office");  // case and blanks
    CHECK(roles.title("Government,Executive,Transportation Ministry") == "executive");
    CHECK_FALSE(roles.title("Government"));  // also governing parties
    CHECK_FALSE(roles.title("Elite,(National) Major Party,Opposition Major Party (Out Of Government),Parties"));
    CHECK_FALSE(roles.title("Executive,Government,Provincial"));
    CHECK_FALSE(roles.title("Executive Office of the President"));  // only whole entries match
    CHECK_FALSE(roles.title(""));
  }
}
