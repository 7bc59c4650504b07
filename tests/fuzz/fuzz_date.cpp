// Feeds date text to every date parser: core/date (Date::parse, the day
// bounds), importers/date_field as a record's date and date_end columns, and
// the article pipeline's date readers (article/date_expressions on a sentence,
// article/numeric_dates on a dateline). Input: a date, optionally a newline and
// an end date; the whole input is also the sentence and the dateline.
// Checks what the parsers promise: a parsed date prints back as text giving
// the same date, and a date found in a sentence lies within it.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "importers/article/date_expressions.hpp"
#include "importers/article/numeric_dates.hpp"
#include "importers/date_field.hpp"
#include "importers/record_stream.hpp"

namespace {

using dipgraph::core::Date;
using dipgraph::core::DatePrecision;

void check_round_trip(const Date& date) {
  const auto again = Date::parse(date.to_string());
  if (!again || !(*again == date)) std::abort();
  const auto first = Date::parse(date.first_day());
  const auto last = Date::parse(date.last_day());
  if (!first || !last || last->to_string() < first->to_string()) std::abort();
}

void fuzz_record_dates(std::string_view start, std::string_view end) {
  using namespace dipgraph::importers;
  NamedRecord record;
  record.fields = {{"date", std::string(start)}, {"date_end", std::string(end)}};
  std::vector<std::string> problems;
  const auto from = date_field(record, "date", problems);
  const auto until = date_field(record, "date_end", problems);
  if (from && until) (void)ends_before(*until, *from);
  (void)join_problems(problems);
}

void fuzz_article_dates(std::string_view text) {
  using namespace dipgraph::importers::article;
  // A fixed publication date and story anchors, so that relative and
  // anaphoric expressions resolve too.
  static const Date kPublished{2024, 11, 28, DatePrecision::day};
  static const Date kAnchor{2024, 11, 20, DatePrecision::day};
  for (const auto& mention : find_dates(text, kPublished, kAnchor, kAnchor)) {
    if (mention.begin > mention.end || mention.end > text.size()) std::abort();
    check_round_trip(mention.date);
    if (mention.date_end) check_round_trip(*mention.date_end);
  }
  if (const auto days = duration_days(text)) (void)add_days(kPublished, *days);
  const DayOrder prose = day_order_of_prose(text);
  if (const auto numeric = find_numeric_date(text)) {
    if (numeric->begin > numeric->end || numeric->end > text.size()) std::abort();
    check_round_trip(resolve(*numeric, day_order_of_line(text, *numeric), prose));
  }
  if (const auto numeric = numeric_date_at(text)) check_round_trip(numeric->date);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = text.find('\n');
  const std::string_view start = text.substr(0, newline);
  const std::string_view end = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);

  (void)dipgraph::core::parse_precision(start);
  if (const auto date = Date::parse(start)) check_round_trip(*date);
  fuzz_record_dates(start, end);
  fuzz_article_dates(text);
  return 0;
}
