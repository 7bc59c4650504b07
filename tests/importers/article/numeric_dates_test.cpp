#include "importers/article/numeric_dates.hpp"

#include <doctest/doctest.h>

using dipgraph::importers::article::day_order_of_line;
using dipgraph::importers::article::day_order_of_prose;
using dipgraph::importers::article::DayOrder;
using dipgraph::importers::article::find_numeric_date;
using dipgraph::importers::article::numeric_date_at;
using dipgraph::importers::article::resolve;

TEST_SUITE("numeric dates") {
  TEST_CASE("both readings are kept only when day and month could swap") {
    const auto ambiguous = numeric_date_at("10/4/2023 7:51:04 PM");
    REQUIRE(ambiguous);
    CHECK(ambiguous->date.to_string() == "2023-10-04");
    REQUIRE(ambiguous->day_first);
    CHECK(ambiguous->day_first->to_string() == "2023-04-10");
    CHECK(ambiguous->end == 9);

    const auto over_twelve = numeric_date_at("24/10/2023");
    REQUIRE(over_twelve);
    CHECK(over_twelve->date.to_string() == "2023-10-24");
    CHECK_FALSE(over_twelve->day_first);
    const auto dotted = numeric_date_at("07.06.2023");
    REQUIRE(dotted);
    CHECK(dotted->date.to_string() == "2023-06-07");
    CHECK_FALSE(dotted->day_first);
    const auto same = numeric_date_at("05/05/2023");
    REQUIRE(same);
    CHECK_FALSE(same->day_first);
    const auto iso = numeric_date_at("2023/09/03");
    REQUIRE(iso);
    CHECK(iso->date.to_string() == "2023-09-03");
    const auto short_year = numeric_date_at("02.15.22");
    REQUIRE(short_year);
    CHECK(short_year->date.to_string() == "2022-02-15");
  }

  TEST_CASE("what is no numeric date") {
    CHECK_FALSE(numeric_date_at("10/4-2023"));  // mixed marks
    CHECK_FALSE(numeric_date_at("13/13/2023"));
    CHECK_FALSE(numeric_date_at("123/4/2023"));
    CHECK_FALSE(numeric_date_at("10/4/20234"));
    CHECK_FALSE(numeric_date_at("Wed 10/4/2023"));  // not at the start
    CHECK_FALSE(find_numeric_date("version 1.2.2023.4"));
    CHECK_FALSE(find_numeric_date("see /news/10/4/2023/story"));
    CHECK_FALSE(find_numeric_date("no date here"));
  }

  TEST_CASE("a date is found after a weekday or a clock") {
    const auto after_weekday = find_numeric_date("Wed, 06/07/2023 - 16:15");
    REQUIRE(after_weekday);
    CHECK(after_weekday->begin == 5);
    CHECK(after_weekday->end == 15);
    const auto after_clock = find_numeric_date("16:15 07.06.2023");
    REQUIRE(after_clock);
    CHECK(after_clock->begin == 6);
    CHECK(after_clock->date.to_string() == "2023-06-07");
  }

  TEST_CASE("the line's weekday, then its clock, order an ambiguous date") {
    const auto date = *numeric_date_at("06/07/2023");  // 7 June (Wednesday) or 6 July (Thursday)
    CHECK(day_order_of_line("Wednesday 06/07/2023", date) == DayOrder::month_first);
    CHECK(day_order_of_line("Thu 06/07/2023", date) == DayOrder::day_first);
    CHECK(day_order_of_line("06/07/2023 4:15 pm", date) == DayOrder::month_first);
    CHECK(day_order_of_line("06/07/2023 4:15pm", date) == DayOrder::month_first);
    CHECK(day_order_of_line("06/07/2023 4:15 p.m.", date) == DayOrder::month_first);
    CHECK(day_order_of_line("06/07/2023 16:15", date) == DayOrder::day_first);
    CHECK(day_order_of_line("06/07/2023 - 08:40 (EAT)", date) == DayOrder::day_first);
    CHECK(day_order_of_line("06/07/2023", date) == DayOrder::unknown);
    // A weekday that fits neither reading says nothing; the clock still does.
    CHECK(day_order_of_line("Monday 06/07/2023 16:15", date) == DayOrder::day_first);
    // An unambiguous date needs no hint.
    CHECK(day_order_of_line("Thu 24/10/2023", *numeric_date_at("24/10/2023")) == DayOrder::unknown);
  }

  TEST_CASE("the prose's habit: '7 June' or 'June 7'") {
    CHECK(day_order_of_prose("The envoy came on 7 June and left on 9 June.") == DayOrder::day_first);
    CHECK(day_order_of_prose("The envoy came on June 7 and left on 9 June, and on June 12.") ==
          DayOrder::month_first);
    CHECK(day_order_of_prose("The envoy came on June 7 and left on 9 June.") == DayOrder::unknown);
    CHECK(day_order_of_prose("They may 7 times say so; 7 may come.") == DayOrder::unknown);
    CHECK(day_order_of_prose("") == DayOrder::unknown);
  }

  TEST_CASE("resolve takes the line's order first, then the prose's, else day first") {
    const auto date = *numeric_date_at("06/07/2023");
    CHECK(resolve(date, DayOrder::day_first, DayOrder::month_first).to_string() == "2023-07-06");
    CHECK(resolve(date, DayOrder::month_first, DayOrder::day_first).to_string() == "2023-06-07");
    CHECK(resolve(date, DayOrder::unknown, DayOrder::day_first).to_string() == "2023-07-06");
    CHECK(resolve(date, DayOrder::unknown, DayOrder::month_first).to_string() == "2023-06-07");
    CHECK(resolve(date, DayOrder::unknown, DayOrder::unknown).to_string() == "2023-07-06");
  }
}
