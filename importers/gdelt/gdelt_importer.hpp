#pragma once
// GDELT event exports (1.0 and 2.0) -> events between states and organisations.

#include <string>

#include "core/store.hpp"
#include "importers/dataset_options.hpp"
#include "importers/import_report.hpp"

namespace dipgraph::importers {

/// Imports one GDELT event export ("-": stdin; FILE.zip: the archive's one
/// file), streaming in batches. The
/// version is told by the first row's column count (61: 2.0; 57 or 58: 1.0).
/// GLOBALEVENTID is the dedup key, so importing a file again, or again after
/// an interruption, gives exactly the store of one clean import. Malformed
/// rows are reported with their line; rows out of scope are counted per
/// reason. Throws InputError when the input is not a GDELT export at all
/// (empty, binary, UTF-16, wrong column count on the first row): nothing is
/// written then.
ImportReport import_gdelt(core::Store& store, const std::string& path,
                          const DatasetImportOptions& options = {});

}  // namespace dipgraph::importers
