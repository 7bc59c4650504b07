#include "importers/article/numeric_dates.hpp"

#include "importers/article/text_util.hpp"

namespace dipgraph::importers::article {

using core::Date;

std::optional<NumericDate> numeric_date_at(std::string_view text) {
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  char mark = 0;
  std::size_t i = 0;
  for (int part = 0; part < 3; ++part) {
    while (i < text.size() && is_ascii_digit(text[i]) && digits[part] < 5) {
      parts[part] = parts[part] * 10 + (text[i] - '0');
      ++digits[part];
      ++i;
    }
    if (digits[part] == 0) return std::nullopt;
    if (part < 2) {
      if (i >= text.size() || (text[i] != '/' && text[i] != '.' && text[i] != '-')) {
        return std::nullopt;
      }
      if (part == 1 && text[i] != mark) return std::nullopt;  // "10/4-2023" is no date
      mark = text[i];
      ++i;
    }
  }
  if (i < text.size() && is_ascii_digit(text[i])) return std::nullopt;
  NumericDate found;
  found.end = i;
  auto make = [&](std::optional<Date> date) -> std::optional<NumericDate> {
    if (!date) return std::nullopt;
    found.date = *date;
    return found;
  };
  if (digits[0] == 4) return make(make_day(parts[0], parts[1], parts[2]));
  if ((digits[2] != 4 && digits[2] != 2) || digits[0] > 2 || digits[1] > 2) return std::nullopt;
  // "Published: 02.15.22, 17:46": a two-digit year is of this century.
  const int year = digits[2] == 2 ? 2000 + parts[2] : parts[2];
  if (parts[1] > 12 && parts[0] <= 12) return make(make_day(year, parts[0], parts[1]));
  if (parts[0] > 12 || mark == '.' || parts[0] == parts[1]) return make(make_day(year, parts[1], parts[0]));
  auto month_first = make(make_day(year, parts[0], parts[1]));
  if (month_first) month_first->day_first = make_day(year, parts[1], parts[0]);
  return month_first;
}

std::optional<NumericDate> find_numeric_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_ascii_digit(text[i])) continue;
    if (i > 0 && (is_ascii_digit(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' ||
                  text[i - 1] == '-' || text[i - 1] == ':')) {
      continue;
    }
    if (auto date = numeric_date_at(text.substr(i))) {
      const std::size_t end = i + date->end;
      // "10/4/2023/5" or "1.2.2023.4" is something else: a version, a path.
      if (end < text.size() && (text[end] == '/' || (text[end] == '.' && end + 1 < text.size() &&
                                                     is_ascii_digit(text[end + 1])))) {
        continue;
      }
      date->begin = i;
      date->end = end;
      return date;
    }
  }
  return std::nullopt;
}

namespace {

/// The words of `text`: runs of letters, digits, ':' and '.'-inside-words.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_ascii_alpha(text[i]) && !is_ascii_digit(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && (is_ascii_alpha(text[i]) || is_ascii_digit(text[i]) || text[i] == ':' ||
                               (text[i] == '.' && i + 1 < text.size() && is_ascii_alpha(text[i + 1])))) {
      ++i;
    }
    if (i > start) on_word(text.substr(start, i - start));
  }
}

bool is_clock(std::string_view word) {
  const std::size_t colon = word.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || colon + 3 > word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (k != colon && k != 5 && !is_ascii_digit(word[k])) return false;
  }
  return is_ascii_digit(word[colon + 1]) && is_ascii_digit(word[colon + 2]);
}

bool is_meridiem(std::string_view word) {
  return iequals(word, "am") || iequals(word, "pm") || iequals(word, "a.m") || iequals(word, "p.m");
}

/// "4:15pm" glued.
bool ends_with_meridiem(std::string_view word) {
  return word.size() > 2 && is_meridiem(word.substr(word.size() - 2)) && is_ascii_digit(word[word.size() - 3]);
}

}  // namespace

DayOrder day_order_of_line(std::string_view line, const NumericDate& date) {
  if (!date.day_first) return DayOrder::unknown;
  bool clock = false;
  bool meridiem = false;
  DayOrder by_weekday = DayOrder::unknown;
  for_each_word(line, [&](std::string_view word) {
    if (is_meridiem(word) || ends_with_meridiem(word)) meridiem = true;
    if (is_clock(word) || ends_with_meridiem(word)) clock = true;
    if (auto weekday = weekday_from_name(word)) {
      const bool month_fits = weekday_of(date.date) == *weekday;
      const bool day_fits = weekday_of(*date.day_first) == *weekday;
      if (month_fits != day_fits) by_weekday = month_fits ? DayOrder::month_first : DayOrder::day_first;
    }
  });
  if (by_weekday != DayOrder::unknown) return by_weekday;
  if (meridiem) return DayOrder::month_first;
  if (clock) return DayOrder::day_first;
  return DayOrder::unknown;
}

DayOrder day_order_of_prose(std::string_view text) {
  int day_first = 0;
  int month_first = 0;
  std::string_view previous;
  for_each_word(text, [&](std::string_view word) {
    const bool is_day = !word.empty() && word.size() <= 2 && is_ascii_digit(word[0]) &&
                        (word.size() == 1 || is_ascii_digit(word[1]));
    if (is_day && !previous.empty() && month_from_name(previous) && is_ascii_upper(previous[0])) ++month_first;
    if (!is_day && !previous.empty() && is_ascii_upper(word[0]) && month_from_name(word) &&
        previous.size() <= 2 && is_ascii_digit(previous[0])) {
      ++day_first;
    }
    previous = word;
  });
  if (day_first == month_first) return DayOrder::unknown;
  return day_first > month_first ? DayOrder::day_first : DayOrder::month_first;
}

Date resolve(const NumericDate& date, DayOrder line, DayOrder prose) {
  if (!date.day_first) return date.date;
  // With no hint at all, day first: most of the world writes it so, and the
  // month-first pages of the United States show an am/pm clock, which decides.
  const DayOrder order = line != DayOrder::unknown ? line : prose;
  return order == DayOrder::month_first ? date.date : *date.day_first;
}

}  // namespace dipgraph::importers::article
