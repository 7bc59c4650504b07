#include "importers/date_field.hpp"

namespace dipgraph::importers {

std::optional<core::Date> date_field(const NamedRecord& record, std::string_view column,
                                     std::vector<std::string>& problems) {
  auto text = record.get(column);
  if (!text) return std::nullopt;
  auto date = core::Date::parse(*text);
  if (!date) {
    problems.push_back("bad " + std::string(column) + " '" + *text +
                       "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  return date;
}

bool ends_before(const core::Date& end, const core::Date& start) {
  // "YYYY-MM-DD" strings order like the days they name.
  return end.last_day() < start.first_day();
}

std::string join_problems(const std::vector<std::string>& problems) {
  std::string joined;
  for (const auto& problem : problems) {
    if (!joined.empty()) joined += "; ";
    joined += problem;
  }
  return joined;
}

}  // namespace dipgraph::importers
