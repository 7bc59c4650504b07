#pragma once
// `dipgraph import gdelt|icews FILE...`: coded event datasets, file by file, with a
// progress line on a terminal and a summary per file.

#include <string>
#include <vector>

#include "cli/exit_code.hpp"
#include "core/store.hpp"

namespace dipgraph::cli {

enum class Dataset { gdelt, icews };

struct DatasetImportArgs {
  Dataset dataset = Dataset::gdelt;
  std::vector<std::string> files;  ///< "-": stdin
  bool strict = false;
  long long batch_rows = 50'000;
  bool quiet = false;
};

/// Imports every file; 0 when no row was malformed and no file rejected, 3 otherwise.
ExitCode import_datasets(core::Store& store, const DatasetImportArgs& args);

}  // namespace dipgraph::cli
