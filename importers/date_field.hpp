#pragma once
// Date columns of import records, checked the same way by every importer.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "importers/record_stream.hpp"

namespace dipgraph::importers {

/// The date in `column`, nullopt when blank or absent. A value that is not
/// YYYY, YYYY-MM or YYYY-MM-DD appends "bad <column> '<text>' (...)" to problems.
std::optional<core::Date> date_field(const NamedRecord& record, std::string_view column,
                                     std::vector<std::string>& problems);

/// True when `end` lies wholly before `start` (its last day precedes start's
/// first day): "2024-03" ending "2024-03-15" is fine, "2024-02" is not.
bool ends_before(const core::Date& end, const core::Date& start);

/// Problems joined with "; ".
std::string join_problems(const std::vector<std::string>& problems);

}  // namespace dipgraph::importers
