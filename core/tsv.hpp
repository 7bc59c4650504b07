#pragma once
// Reads the project's own TSV data files: one header row, '#' comment lines,
// tab-separated fields, no quoting.

#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::core {

struct TsvRow {
  long line = 0;  ///< physical line number, header is line 1 (comments counted)
  std::vector<std::string> fields;
};

struct TsvTable {
  std::vector<std::string> header;
  std::vector<TsvRow> rows;

  /// Index of a header column; throws dipgraph::InputError naming `source` if absent.
  std::size_t column(std::string_view name, std::string_view source) const;
};

/// Parses text; blank and '#' lines are skipped; short rows are padded with "".
TsvTable parse_tsv(std::string_view text);

/// Parses the embedded data file `name`; throws dipgraph::Error if it is not embedded.
TsvTable embedded_tsv(std::string_view name);

}  // namespace dipgraph::core
