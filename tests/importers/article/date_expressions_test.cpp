#include "importers/article/date_expressions.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using dipgraph::core::Date;
using dipgraph::core::DatePrecision;
using dipgraph::importers::article::add_days;
using dipgraph::importers::article::DateMention;
using dipgraph::importers::article::duration_days;
using dipgraph::importers::article::find_dates;

namespace {

Date day(const char* text) { return *Date::parse(text); }

/// The dates found, as "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD", with flags.
std::vector<std::string> dates(std::string_view sentence,
                               std::optional<Date> published = day("2024-11-28")) {
  std::vector<std::string> out;
  for (const auto& mention : find_dates(sentence, published)) {
    std::string text = mention.date.to_string();
    if (mention.date_end) text += ".." + mention.date_end->to_string();
    if (mention.since) text += " since";
    if (mention.future) text += " future";
    out.push_back(text);
  }
  return out;
}

using Strings = std::vector<std::string>;

/// The dates found when the story so far stood at `anchor`.
std::vector<std::string> anchored(std::string_view sentence, const char* anchor,
                                  std::optional<Date> published = day("2024-11-28")) {
  std::vector<std::string> out;
  for (const auto& mention : find_dates(sentence, published, Date::parse(anchor))) {
    out.push_back(mention.date.to_string());
  }
  return out;
}

}  // namespace

TEST_SUITE("date_expressions") {
  TEST_CASE("fixed holidays resolve to the latest on or before publication") {
    auto dates_in = [](std::string_view sentence, const char* published) {
      std::vector<std::string> out;
      for (const auto& mention : find_dates(sentence, day(published))) out.push_back(mention.date.to_string());
      return out;
    };
    CHECK(dates_in("The jet crashed on Christmas Day.", "2025-07-03") == Strings{"2024-12-25"});
    CHECK(dates_in("The jet crashed on Christmas Day.", "2025-12-27") == Strings{"2025-12-25"});
    CHECK(dates_in("They met on New Year's Eve.", "2025-07-03") == Strings{"2024-12-31"});
    CHECK(dates_in("They met on New Year's Day.", "2025-07-03") == Strings{"2025-01-01"});
    CHECK(dates_in("They met on Boxing Day 2019.", "2025-07-03") == Strings{"2019-12-26"});
    CHECK(dates_in("New talks began in New Delhi.", "2025-07-03").empty());
  }

  TEST_CASE("a day count after a look back to a coarser, earlier date follows the story's last day") {
    auto after_look_back = [](std::string_view sentence) {
      std::vector<std::string> out;
      for (const auto& mention : find_dates(sentence, day("2024-11-28"), Date::parse("1991"), Date::parse("2024-01-01"))) {
        out.push_back(mention.date.to_string());
      }
      return out;
    };
    CHECK(after_look_back("The next day the envoy was recalled.") == Strings{"2024-01-02"});
    CHECK(after_look_back("Two days later the envoy was recalled.") == Strings{"2024-01-03"});
    // "that year" still names the year looked back to.
    CHECK(after_look_back("In March that year the envoy was recalled.") == Strings{"1991-03"});
    // A coarser date after the last day is no look back: it stays coarse.
    std::vector<std::string> later;
    for (const auto& mention : find_dates("The next day the envoy was recalled.", day("2024-11-28"),
                                          Date::parse("2024-03"), Date::parse("2024-01-01"))) {
      later.push_back(mention.date.to_string());
    }
    CHECK(later == Strings{"2024-03"});
  }

  TEST_CASE("anaphoric days resolve against the story's date") {
    CHECK(anchored("The envoy left for the coast the same evening.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("That very same day, the minister resigned.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("The next day the delegation reached the border.", "2024-10-02") == Strings{"2024-10-03"});
    CHECK(anchored("Lima answered within hours, recalling its envoy.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("Hours later the border was closed.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("Shortly afterwards the talks resumed.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("Her deputy went to Lima the following month.", "2023-12-15") == Strings{"2024-01"});
    CHECK(anchored("The previous year the two had quarrelled.", "2023-05") == Strings{"2022"});
    CHECK(anchored("Four days later the ceasefire collapsed.", "2024-10-02") == Strings{"2024-10-06"});
    CHECK(anchored("A week earlier the ceasefire had collapsed.", "2024-10-09") == Strings{"2024-10-02"});
    CHECK(anchored("The ceasefire had collapsed a week before the summit.", "2024-10-02") ==
          Strings{"2024-10-09"});
    CHECK(anchored("The vote came two days after the premier flew home.", "2024-10-02") ==
          Strings{"2024-09-30"});
    CHECK(anchored("The guests had landed earlier in the day.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("By the evening both delegations had left.", "2024-10-02") == Strings{"2024-10-02"});
    CHECK(anchored("The treaty comes eight months after the envoy flew home.", "2024-03-02") ==
          Strings{"2023-07"});
    CHECK(anchored("Three months later the border reopened.", "2024-11-20") == Strings{"2025-02"});
    // Opening the sentence, "N days after the visit" dates the main clause, after the story's date.
    CHECK(anchored("Two days after the visit, the border reopened.", "2024-10-02") == Strings{"2024-10-04"});
    CHECK(anchored("Three months after the vote, the border reopened.", "2024-11-20") == Strings{"2025-02"});
  }

  TEST_CASE("an earlier date of the same sentence is the anchor") {
    CHECK(anchored("On Tuesday the council met, and the cabinet resigned on the same day.", "2024-01-01") ==
          Strings{"2024-11-26", "2024-11-26"});
    CHECK(anchored("The rally ended on Monday, two days after the envoy arrived.", "2024-01-01") ==
          Strings{"2024-11-25", "2024-11-23"});
  }

  TEST_CASE("'earlier in the week' is the week of publication unless the sentence told a date before it") {
    CHECK(anchored("The envoy arrived earlier in the week.", "2024-08-24") == Strings{"2024-11"});
    CHECK(anchored("Talks began later in the year.", "2019-03") == Strings{"2024"});
    CHECK(anchored("On 3 March the envoy left, and came back later in the month.", "2019-01") ==
          Strings{"2024-03-03", "2024-03"});
  }

  TEST_CASE("anaphoric months and years keep the story's month or year") {
    CHECK(anchored("A second mission went there later that month.", "2023-04-12") == Strings{"2023-04"});
    CHECK(anchored("In June that year the embassy closed.", "2013-03") == Strings{"2013-06"});
    CHECK(anchored("In June of the same year the embassy closed.", "2013-03") == Strings{"2013-06"});
    CHECK(anchored("The same year the border reopened.", "2013") == Strings{"2013"});
    CHECK(anchored("The next day talks resumed.", "2019-05") == Strings{"2019-05"});
  }

  TEST_CASE("'since' a date followed by ', when' dates what the clause tells") {
    CHECK(dates("No ties since August 2021, when Lima cut them.") == Strings{"2021-08"});
    CHECK(dates("No ties since August 2021.") == Strings{"2021-08 since"});
  }

  TEST_CASE("anaphoric dates need an anchor") {
    CHECK(dates("The minister resigned the same day.").empty());
    CHECK(dates("Three days later the talks collapsed.").empty());
    CHECK(dates("In June that year the embassy closed.").empty());
    CHECK(anchored("He said that the day after the vote was calm.", "2024-10-02").empty());
  }

  TEST_CASE("month-first dates with a year are read at day precision") {
    CHECK(dates("The talks were held on November 28, 2024 in the capital.") ==
          Strings{"2024-11-28"});
    CHECK(dates("It was signed on Nov. 3, 2021.") == Strings{"2021-11-03"});
    CHECK(dates("Published June 30,2021") == Strings{"2021-06-30"});
    CHECK(dates("Updated Sept 9, 2020 at noon") == Strings{"2020-09-09"});
  }

  TEST_CASE("day-first dates, ordinals and 'of' are read") {
    CHECK(dates("Istanbul, 7 December 2023") == Strings{"2023-12-07"});
    CHECK(dates("They met on the 28th of November 2024.") == Strings{"2024-11-28"});
    CHECK(dates("(Agency - 20th March, 2022)") == Strings{"2022-03-20"});
  }

  TEST_CASE("numeric dates are read when their order is certain") {
    CHECK(dates("Filed 2024-11-28 by the clerk.") == Strings{"2024-11-28"});
    CHECK(dates("Signed 11/28/2024.") == Strings{"2024-11-28"});
    CHECK(dates("Signed 28/11/2024.") == Strings{"2024-11-28"});
    CHECK(dates("Signed 10/4/2023.").empty());
    CHECK(dates("Filed 2024-13-40.").empty());
    // Both orders are dates, but one lies after publication (2024-11-28): the other is meant.
    CHECK(dates("Signed 05/12/2024.") == Strings{"2024-05-12"});
    CHECK(dates("Signed 12/05/2024.") == Strings{"2024-05-12"});
    CHECK(dates("Signed 10/11/2024.").empty());
  }

  TEST_CASE("a month with a year is month precision") {
    const auto found = find_dates("The deal was reached in November 2024.", std::nullopt);
    REQUIRE(found.size() == 1);
    CHECK(found[0].date.precision == DatePrecision::month);
    CHECK(found[0].date.to_string() == "2024-11");
    CHECK_FALSE(found[0].relative);
  }

  TEST_CASE("byte offsets cover the expression") {
    const std::string sentence = "Leaders met on March 4, 2023 in Rome.";
    const auto found = find_dates(sentence, std::nullopt);
    REQUIRE(found.size() == 1);
    CHECK(sentence.substr(found[0].begin, found[0].end - found[0].begin) == "March 4, 2023");
  }

  TEST_CASE("years need a cue word or a span") {
    CHECK(dates("He became head of state in 1994.") == Strings{"1994"});
    CHECK(dates("Relations have been frozen since 1994.") == Strings{"1994 since"});
    CHECK(dates("The roadmap covers the period 2025-2027.") == Strings{"2025..2027"});
    CHECK(dates("The plan for 2024-25 was adopted.") == Strings{"2024..2025"});
    CHECK(dates("It ran between 2015 and 2018.") == Strings{"2015..2018"});
    CHECK(dates("The council passed Resolution 2231 unanimously.").empty());
    CHECK(dates("Some 2000 troops crossed the border.").empty());
  }

  TEST_CASE("numbers that are not dates are ignored") {
    CHECK(dates("The fund holds $7 billion and 1,500 tonnes of grain.").empty());
    CHECK(dates("The 18-point statement lists fifteen agreements.").empty());
    CHECK(dates("Growth reached 3.5 percent in the 1990s.").empty());
    CHECK(dates("Talks in 12 years were the first.").empty());
  }

  TEST_CASE("month and day without a year take the publication year") {
    CHECK(dates("The visit took place on March 2-3.", day("2021-03-03")) ==
          Strings{"2021-03-02..2021-03-03"});
    CHECK(dates("They will meet from March 2 to 5.", day("2021-02-20")) ==
          Strings{"2021-03-02..2021-03-05"});
    CHECK(dates("Talks ran March 30-April 2.", day("2021-04-05")) ==
          Strings{"2021-03-30..2021-04-02"});
    CHECK(dates("It starts on 2-3 May.", day("2021-04-05")) == Strings{"2021-05-02..2021-05-03"});
  }

  TEST_CASE("a month-day far after publication falls in the previous year") {
    CHECK(dates("The accord was signed on December 20.", day("2024-02-10")) ==
          Strings{"2023-12-20"});
    CHECK(dates("The summit opens on March 15.", day("2024-02-10")) == Strings{"2024-03-15"});
  }

  TEST_CASE("month-day without a year is skipped without a publication date") {
    CHECK(dates("The visit took place on March 2-3.", std::nullopt).empty());
    CHECK(dates("They met on Wednesday.", std::nullopt).empty());
  }

  TEST_CASE("weekdays resolve to the latest such day on or before publication") {
    // 2024-11-28 is a Thursday.
    CHECK(dates("He returned home on Wednesday.") == Strings{"2024-11-27"});
    CHECK(dates("They spoke on Thursday.") == Strings{"2024-11-28"});
    CHECK(dates("During Friday's talks they agreed.") == Strings{"2024-11-22"});
    CHECK(dates("They spoke last Thursday.") == Strings{"2024-11-21"});
    CHECK(dates("They will meet next Monday.") == Strings{"2024-12-02 future"});
  }

  TEST_CASE("a weekday followed by an explicit date gives one mention") {
    CHECK(dates("Relations were cut on Tuesday, August 24.", day("2021-08-24")) ==
          Strings{"2021-08-24"});
  }

  TEST_CASE("'today's' before a noun is a time in general, no date") {
    CHECK(dates("He said today's world had no room for war.").empty());
    CHECK(dates("The envoy arrived today.") == Strings{"2024-11-28"});
    CHECK(dates("The two leaders signed the accord this afternoon.") == Strings{"2024-11-28"});
  }

  TEST_CASE("relative days, weeks, months and years resolve against publication") {
    CHECK(dates("The minister arrived yesterday.") == Strings{"2024-11-27"});
    CHECK(dates("The embassy reopens today.") == Strings{"2024-11-28"});
    CHECK(dates("The envoy leaves tomorrow.") == Strings{"2024-11-29 future"});
    CHECK(dates("They met last week.") == Strings{"2024-11-18..2024-11-24"});
    CHECK(dates("They met earlier this week.") == Strings{"2024-11-25..2024-11-28"});
    CHECK(dates("Talks resumed last month.") == Strings{"2024-10"});
    CHECK(dates("Talks resumed earlier this month.") == Strings{"2024-11"});
    CHECK(dates("Exports rose this year.") == Strings{"2024"});
    CHECK(dates("Exports fell last year.") == Strings{"2023"});
    CHECK(dates("Exports fell late last year.") == Strings{"2023"});
    CHECK(dates("Elections are due next year.") == Strings{"2025 future"});
    CHECK(dates("The ceasefire began three days ago.") == Strings{"2024-11-25"});
    CHECK(dates("Last month's deal held.") == Strings{"2024-10"});
  }

  TEST_CASE("last month wraps into the previous year in January") {
    CHECK(dates("They met last month.", day("2024-01-15")) == Strings{"2023-12"});
  }

  TEST_CASE("a bare month after a cue is the most recent such month") {
    CHECK(dates("The US banned the firm in April this year.") == Strings{"2024-04"});
    CHECK(dates("The firm was listed in April.") == Strings{"2024-04"});
    CHECK(dates("Ties were set up in September.", day("2021-06-30")) == Strings{"2020-09"});
    CHECK(dates("It was agreed in March last year.") == Strings{"2023-03"});
    CHECK(dates("The quarrel began in October of last year.") == Strings{"2023-10"});
    CHECK(dates("A ferry link opened in June of this year.") == Strings{"2024-06"});
    CHECK(dates("The fighting lasted from May to July.") == Strings{"2024-05..2024-07"});
    CHECK(dates("The fighting lasted from May to July 2022.") == Strings{"2022-05..2022-07"});
    CHECK(dates("Prices rose since mid-March.") == Strings{"2024-03 since"});
  }

  TEST_CASE("month names that are ordinary words are not dates") {
    CHECK(dates("Officials may decide to march on.").empty());
    CHECK(dates("May God help us, he said.").empty());
  }

  TEST_CASE("several dates in one sentence are all found in order") {
    CHECK(dates("Signed on 2 May 2019 and ratified on June 1, 2020.") ==
          Strings{"2019-05-02", "2020-06-01"});
  }

  TEST_CASE("duration_days reads visit lengths") {
    CHECK(duration_days("He is on a three-day official visit.") == 3);
    CHECK(duration_days("A 3-day visit began.") == 3);
    CHECK(duration_days("The talks lasted two days.") == 2);
    CHECK(duration_days("She stayed for a fortnight.") == 14);
    CHECK(duration_days("A fortnight-long tour began.") == 14);
    CHECK_FALSE(duration_days("The visit follows by less than a fortnight a trip by the minister.").has_value());
    CHECK(duration_days("It was a week-long tour.") == 7);
    CHECK(duration_days("A weeklong summit ended.") == 7);
    CHECK(duration_days("A two-week mission left.") == 14);
    CHECK(duration_days("She made a twenty-one-day tour.") == 21);
  }

  TEST_CASE("duration_days ignores offsets and other units") {
    CHECK_FALSE(duration_days("They met one day after the summit."));
    CHECK_FALSE(duration_days("The ceasefire began two days ago."));
    CHECK_FALSE(duration_days("The 18-point statement was adopted."));
    CHECK_FALSE(duration_days("He spent a day there."));
    CHECK_FALSE(duration_days(""));
  }

  TEST_CASE("add_days crosses month, year and leap-day boundaries") {
    CHECK(add_days(day("2024-11-28"), -2).to_string() == "2024-11-26");
    CHECK(add_days(day("2024-12-31"), 1).to_string() == "2025-01-01");
    CHECK(add_days(day("2024-03-01"), -1).to_string() == "2024-02-29");
    CHECK(add_days(day("2023-03-01"), -1).to_string() == "2023-02-28");
    CHECK(add_days(day("2024-01-01"), -1).to_string() == "2023-12-31");
    CHECK(add_days(day("2024-11-28"), 0).to_string() == "2024-11-28");
    CHECK(add_days(day("2000-02-28"), 366).to_string() == "2001-02-28");
  }

  TEST_CASE("garbage, invalid UTF-8 and empty input never throw") {
    CHECK(dates("").empty());
    const std::string garbage = std::string("\xff\xfe\x00\x80 March \xe2\x80 5,", 16) + " 2024";
    CHECK_NOTHROW(find_dates(garbage, day("2024-01-01")));
    std::string binary;
    for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 37) & 0xFF));
    CHECK_NOTHROW(find_dates(binary, day("2024-01-01")));
    CHECK_NOTHROW(duration_days(binary));
    CHECK(dates("9999999999999999999999 March 99999999999999").empty());
  }

  TEST_CASE("a long sentence is scanned whole (timed by bench/run-extract, not here)") {
    std::string text;
    text.reserve(5'000'000);
    while (text.size() < 5'000'000) text += "on March 5 2024-2025 in 1994 $7 last week 3.5 ";
    const auto found = find_dates(text, day("2024-11-28"));
    CHECK(found.size() > 100'000);
  }

  TEST_CASE("'at the weekend' is the one just gone; 'N years ago to the day' is that day") {
    // 2024-11-28 was a Thursday: the weekend before is 23-24 November.
    CHECK(dates("The envoy visited Lima at the weekend.") == Strings{"2024-11-23..2024-11-24"});
    CHECK(dates("Talks went on over the weekend.") == Strings{"2024-11-23..2024-11-24"});
    CHECK(dates("He visited Lima at the weekend.", day("2024-11-30")) == Strings{"2024-11-30..2024-12-01"});
    CHECK(dates("Two years ago to the day, the bloc suspended Mali.") == Strings{"2022-11-28"});
    CHECK(dates("Two years ago, the bloc suspended Mali.") == Strings{"2022"});
    // "at the" alone dates nothing.
    CHECK(dates("He spoke at the summit.").empty());
  }

  TEST_CASE("a day whose year is told relatively: '1 March this year', 'March 5 last year'") {
    CHECK(dates("The deal was agreed on 1 March this year.") == Strings{"2024-03-01"});
    CHECK(dates("They met on March 5 last year.") == Strings{"2023-03-05"});
    CHECK(dates("They will meet on 9 January next year.") == Strings{"2025-01-09"});
    // "this" opening something else is no year.
    CHECK(dates("They met on 1 March, this year's first summit.") == Strings{"2024-03-01", "2024"});
  }
}
