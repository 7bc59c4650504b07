#pragma once
// RFC 4180 CSV for `--format csv`: a header row, CRLF line ends, fields quoted
// when they hold a comma, a double quote, CR or LF (inner quotes doubled).

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::cli {

/// `field` as one CSV field, quoted only when it must be.
std::string csv_field(std::string_view field);

/// Writes the fields as one record ending in CRLF.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace dipgraph::cli
