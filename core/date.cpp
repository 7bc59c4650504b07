#include "core/date.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace dipgraph::core {
namespace {

std::optional<int> parse_digits(std::string_view text, std::size_t count) {
  if (text.size() != count) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string format_day(int year, int month, int day) {
  // Article extraction compares and prints many dates; snprintf was a visible cost.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string out = "0000-00-00";
    out[0] = static_cast<char>('0' + year / 1000);
    out[1] = static_cast<char>('0' + year / 100 % 10);
    out[2] = static_cast<char>('0' + year / 10 % 10);
    out[3] = static_cast<char>('0' + year % 10);
    out[5] = static_cast<char>('0' + month / 10);
    out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + day / 10);
    out[9] = static_cast<char>('0' + day % 10);
    return out;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

std::string_view to_string(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::year: return "year";
    case DatePrecision::month: return "month";
    case DatePrecision::day: return "day";
  }
  return "day";
}

std::optional<DatePrecision> parse_precision(std::string_view text) {
  if (text == "year") return DatePrecision::year;
  if (text == "month") return DatePrecision::month;
  if (text == "day") return DatePrecision::day;
  return std::nullopt;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

std::optional<Date> Date::parse(std::string_view text) {
  Date date;
  const auto year = parse_digits(text.substr(0, 4), 4);
  if (!year || *year < 1000) return std::nullopt;
  date.year = *year;
  if (text.size() == 4) {
    date.precision = DatePrecision::year;
    return date;
  }
  if (text.size() != 7 && text.size() != 10) return std::nullopt;
  if (text[4] != '-') return std::nullopt;
  const auto month = parse_digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) {
    date.precision = DatePrecision::month;
    return date;
  }
  if (text[7] != '-') return std::nullopt;
  const auto day = parse_digits(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  date.precision = DatePrecision::day;
  return date;
}

Date Date::today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day())), DatePrecision::day};
}

std::string Date::to_string() const {
  const std::string full = format_day(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  switch (precision) {
    case DatePrecision::year: return full.substr(0, 4);
    case DatePrecision::month: return full.substr(0, 7);
    case DatePrecision::day: return full;
  }
  return full;
}

std::string Date::first_day() const {
  switch (precision) {
    case DatePrecision::year: return format_day(year, 1, 1);
    case DatePrecision::month: return format_day(year, month, 1);
    case DatePrecision::day: return format_day(year, month, day);
  }
  return {};
}

std::string Date::last_day() const {
  switch (precision) {
    case DatePrecision::year: return format_day(year, 12, 31);
    case DatePrecision::month: return format_day(year, month, days_in_month(year, month));
    case DatePrecision::day: return format_day(year, month, day);
  }
  return {};
}

}  // namespace dipgraph::core
