#pragma once
// Dates as news reports them: a year, a month or a day.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace dipgraph::core {

enum class DatePrecision { year, month, day };

std::string_view to_string(DatePrecision precision);
std::optional<DatePrecision> parse_precision(std::string_view text);

/// A calendar date known to year, month or day precision. Fields finer than
/// the precision are 0 (month and day of a year-precision date).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  DatePrecision precision = DatePrecision::day;

  /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1000-9999, real calendar
  /// days, leap years included). Returns nullopt for anything else.
  static std::optional<Date> parse(std::string_view text);

  /// Today's date (UTC), day precision.
  static Date today();

  /// The text at its own precision: "2024", "2024-11" or "2024-11-25".
  std::string to_string() const;
  /// The first and last calendar day the date covers, as "YYYY-MM-DD".
  std::string first_day() const;
  std::string last_day() const;

  friend bool operator==(const Date&, const Date&) = default;
};

/// Days in a month of a year (Gregorian); 0 for a month outside 1-12.
int days_in_month(int year, int month);

}  // namespace dipgraph::core
