#pragma once
// Publication dates written with numbers only ("10/4/2023", "07/05/2025 - 08:40 (EAT)",
// "12.10.2023", "2023/09/03") and how to tell day from month when both could be either.

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/date.hpp"

namespace dipgraph::importers::article {

/// A numeric day date. When day and month could swap, `date` is the month-first
/// reading (the US order) and `day_first` the other one.
struct NumericDate {
  core::Date date;
  std::optional<core::Date> day_first;
  std::size_t begin = 0;  ///< bytes into the text it was found in
  std::size_t end = 0;
};

/// A numeric date at the very start of `text`: M/D/YYYY or D/M/YYYY (also with "-"),
/// D.M.YYYY (dots are the European order unless the second part is over 12:
/// "02.15.22"), YYYY/MM/DD. A two-digit year is 20YY.
std::optional<NumericDate> numeric_date_at(std::string_view text);

/// The first numeric date anywhere in `text` that stands alone (no digit or
/// separator glued to it).
std::optional<NumericDate> find_numeric_date(std::string_view text);

enum class DayOrder { unknown, month_first, day_first };

/// What the line around an ambiguous date says about its order: a weekday name that
/// fits only one reading, a clock with "am"/"pm" (the US way, so month first) or a
/// 24-hour clock (day first: "07/05/2025 - 08:40 (EAT)").
DayOrder day_order_of_line(std::string_view line, const NumericDate& date);

/// How the prose writes its dates: "7 June" (day first) or "June 7" (month first),
/// whichever it does more often; unknown on a tie.
DayOrder day_order_of_prose(std::string_view text);

/// The reading the hints pick: the line's, else the prose's, else day first.
core::Date resolve(const NumericDate& date, DayOrder line, DayOrder prose);

}  // namespace dipgraph::importers::article
