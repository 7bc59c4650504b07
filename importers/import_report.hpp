#pragma once
// What an import did, row by row problems included, for the CLI to print.

#include <string>
#include <utility>
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
  /// Datasets: rows read but out of dipgraph's scope (no two actors, a region,
  /// a domestic event, ...), as (reason, rows), in a fixed order; not errors.
  std::vector<std::pair<std::string, long long>> out_of_scope;
  /// Datasets, strict mode: the import stopped at the first bad row; the
  /// batches before it stay committed and the file is not marked complete.
  bool stopped = false;
};

}  // namespace dipgraph::importers
