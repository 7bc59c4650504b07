#pragma once
// ICEWS coded event files: the header's columns and one row's fields.

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dipgraph::importers::icews {

/// Where the columns dipgraph reads sit in a file, from its header row.
struct IcewsColumns {
  std::size_t count = 0;  ///< columns in the header
  std::size_t event_id = 0, event_date = 0, source_name = 0, source_country = 0, event_text = 0,
              target_name = 0, target_country = 0;
  std::optional<std::size_t> cameo_code, intensity, source_sectors, target_sectors;
};

/// Maps a header line (tab-separated names, any order, case ignored); a string
/// names the first required column missing.
std::variant<IcewsColumns, std::string> read_header(std::string_view line);

/// One row's fields; "NA" and blanks are empty. Views into the line.
struct IcewsRow {
  std::string_view id;
  std::string day;  ///< YYYY-MM-DD, from YYYY-MM-DD or M/D/YYYY
  std::string_view source_name, source_country, target_name, target_country;
  std::string_view source_sectors, target_sectors;  ///< comma lists; "" when absent
  std::string_view event_text;
  std::string_view cameo_code;  ///< "" when the file has no such column
  std::optional<double> intensity;
};

/// Parses a data line; a string says why it is malformed.
std::variant<IcewsRow, std::string> parse_row(std::string_view line, const IcewsColumns& columns);

/// Splits on tabs.
std::vector<std::string_view> split_tabs(std::string_view line);

}  // namespace dipgraph::importers::icews
