#pragma once
// Role files (CSV: person, title, state, start, end[, source]) -> roles.

#include <string>

#include "core/store.hpp"
#include "importers/import_report.hpp"

namespace dipgraph::importers {

struct RolesImportOptions {
  bool strict = false;
};

/// Imports one role file in one transaction; unknown people are created (their
/// home state is the role's state), the state must resolve. Same error
/// contract as import_facts.
ImportReport import_roles(core::Store& store, const std::string& path,
                          const RolesImportOptions& options = {});

}  // namespace dipgraph::importers
