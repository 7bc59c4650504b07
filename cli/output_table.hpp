#pragma once
// Aligned plain-text tables for `--format table`.

#include <ostream>
#include <string>
#include <vector>

namespace dipgraph::cli {

enum class Align { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
};

/// Rows of cells printed in aligned columns, two spaces apart. Cells are made
/// one line (newlines and tabs become spaces) and measured in terminal columns,
/// so non-ASCII names stay aligned. The last column is never padded, so long
/// text there (evidence) wraps in the terminal without breaking alignment.
class Table {
 public:
  /// show_header false: key/value listings that need no heading line.
  explicit Table(std::vector<Column> columns, bool show_header = true);

  /// Adds a row; missing cells are empty, extra cells are an error (std::logic_error).
  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }

  /// Prints header and rows; prints nothing at all when there are no rows.
  void print(std::ostream& out) const;

 private:
  std::vector<Column> columns_;
  bool show_header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace dipgraph::cli
