#pragma once
// Options of the coded-dataset importers (GDELT, ICEWS).

#include <functional>

namespace dipgraph::importers {

struct DatasetImportOptions {
  /// Stop at the first malformed row (rows of earlier batches stay).
  bool strict = false;
  /// Rows per transaction; each batch is atomic, memory does not grow with the file.
  long long batch_rows = 50'000;
  /// Called after each batch with (bytes read, bytes in all or 0 when
  /// unknown, rows read); may be empty.
  std::function<void(long long, long long, long long)> progress;
};

}  // namespace dipgraph::importers
