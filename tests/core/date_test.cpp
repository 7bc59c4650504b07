#include "core/date.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace dipgraph::core;

TEST_SUITE("date") {
  TEST_CASE("parse reads a year, a month or a day at its own precision") {
    SUBCASE("year") {
      const auto date = Date::parse("2024");
      REQUIRE(date);
      CHECK(*date == Date{2024, 0, 0, DatePrecision::year});
    }
    SUBCASE("month") {
      const auto date = Date::parse("2024-11");
      REQUIRE(date);
      CHECK(*date == Date{2024, 11, 0, DatePrecision::month});
    }
    SUBCASE("day") {
      const auto date = Date::parse("2024-11-05");
      REQUIRE(date);
      CHECK(*date == Date{2024, 11, 5, DatePrecision::day});
    }
    SUBCASE("the edges of the year range") {
      CHECK(Date::parse("1000"));
      CHECK(Date::parse("9999-12-31"));
      CHECK_FALSE(Date::parse("0999"));
      CHECK_FALSE(Date::parse("0000"));
      CHECK_FALSE(Date::parse("10000"));
    }
  }

  TEST_CASE("parse knows the Gregorian leap years") {
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));  // divisible by 100, not by 400
    CHECK(Date::parse("2000-02-29"));        // divisible by 400
    CHECK_FALSE(Date::parse("2024-02-30"));
  }

  TEST_CASE("parse accepts each month's last day and rejects the day after") {
    const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; ++month) {
      CAPTURE(month);
      const std::string prefix = std::string("2023-") + (month < 10 ? "0" : "") + std::to_string(month);
      CHECK(Date::parse(prefix + "-" + std::to_string(days[month - 1])));
      CHECK_FALSE(Date::parse(prefix + "-" + std::to_string(days[month - 1] + 1)));
    }
  }

  TEST_CASE("parse rejects everything that is not YYYY, YYYY-MM or YYYY-MM-DD") {
    for (const char* text : {"", "2024-1-5", "24-11-05", "2024/11/05", "2024-13", "2024-00",
                             "2024-11-00", "2024-11-32", "2024-1", "2024-", "2024-11-", "202",
                             "20245", " 2024", "2024 ", "2024-11-05 ", "2024-11-05T10:00",
                             "2024-11-5", "2024-11-5x", "2024_11_05", "20241105", "abcd",
                             "-2024", "+024", "2024-+1", "2024-11--5", "2024−11−05",
                             "２０２４"}) {
      CAPTURE(text);
      CHECK_FALSE(Date::parse(text));
    }
  }

  TEST_CASE("to_string writes the date at its own precision and round-trips parse") {
    for (const char* text : {"2024", "2024-11", "2024-11-05", "1000-01-01", "2000-02-29"}) {
      CAPTURE(text);
      const auto date = Date::parse(text);
      REQUIRE(date);
      CHECK(date->to_string() == text);
    }
    CHECK(Date{2024, 3, 7, DatePrecision::day}.to_string() == "2024-03-07");
    CHECK(Date{2024, 3, 0, DatePrecision::month}.to_string() == "2024-03");
    CHECK(Date{2024, 0, 0, DatePrecision::year}.to_string() == "2024");
  }

  TEST_CASE("first_day and last_day span the period the date covers") {
    SUBCASE("a year") {
      const Date date = *Date::parse("2023");
      CHECK(date.first_day() == "2023-01-01");
      CHECK(date.last_day() == "2023-12-31");
    }
    SUBCASE("months of every length") {
      CHECK(Date::parse("2024-02")->last_day() == "2024-02-29");
      CHECK(Date::parse("2023-02")->last_day() == "2023-02-28");
      CHECK(Date::parse("1900-02")->last_day() == "1900-02-28");
      CHECK(Date::parse("2000-02")->last_day() == "2000-02-29");
      CHECK(Date::parse("2024-04")->last_day() == "2024-04-30");
      CHECK(Date::parse("2024-12")->last_day() == "2024-12-31");
      CHECK(Date::parse("2024-04")->first_day() == "2024-04-01");
    }
    SUBCASE("a day is its own first and last day") {
      const Date date = *Date::parse("2024-11-05");
      CHECK(date.first_day() == "2024-11-05");
      CHECK(date.last_day() == "2024-11-05");
    }
  }

  TEST_CASE("days_in_month follows the Gregorian calendar") {
    CHECK(days_in_month(2023, 1) == 31);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(days_in_month(2023, 4) == 30);
    CHECK(days_in_month(2023, 9) == 30);
    CHECK(days_in_month(2023, 11) == 30);
    CHECK(days_in_month(2023, 12) == 31);
  }

  TEST_CASE("precision names round-trip") {
    for (const auto precision : {DatePrecision::year, DatePrecision::month, DatePrecision::day}) {
      CHECK(parse_precision(to_string(precision)) == precision);
    }
    CHECK(to_string(DatePrecision::month) == "month");
    CHECK_FALSE(parse_precision("Day"));
    CHECK_FALSE(parse_precision(""));
  }

  TEST_CASE("today is a valid day-precision date") {
    const Date today = Date::today();
    CHECK(today.precision == DatePrecision::day);
    CHECK(today.year >= 2024);
    CHECK(Date::parse(today.to_string()) == today);
  }

  TEST_CASE("dates compare equal only with the same fields and precision") {
    CHECK(*Date::parse("2024-11") != *Date::parse("2024-11-01"));
    CHECK(*Date::parse("2024") != *Date::parse("2024-01"));
    CHECK(*Date::parse("2024-11-05") == Date{2024, 11, 5, DatePrecision::day});
  }
}
