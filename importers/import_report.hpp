#pragma once
// What an import did, row by row problems included, for the CLI to print.

#include <string>
#include <vector>

namespace dipgraph::importers {

/// A rejected row: `file:line: reason`, line being where the record starts.
struct RowProblem {
  std::string file;
  long line = 0;
  std::string reason;
};

struct ImportReport {
  std::string file;
  long long rows = 0;        ///< data records read (header excluded)
  long long added = 0;       ///< new events (or roles)
  long long merged = 0;      ///< records that gave a new source to an existing event
  long long unchanged = 0;   ///< records already stored from this file (re-import)
  long long skipped = 0;     ///< bad records, each in problems
  bool rolled_back = false;  ///< strict mode and a bad record: nothing written
  std::vector<RowProblem> problems;
  std::vector<std::string> warnings;  ///< e.g. unknown columns, once each
};

}  // namespace dipgraph::importers
