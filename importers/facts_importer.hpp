#pragma once
// Curated fact files (CSV or JSON Lines) -> events with provenance.

#include <string>

#include "core/store.hpp"
#include "importers/import_report.hpp"

namespace dipgraph::importers {

struct FactsImportOptions {
  /// Any bad record rolls the whole file back (report.rolled_back).
  bool strict = false;
};

/// Imports one fact file in one transaction. Format by extension (.csv,
/// .jsonl/.ndjson/.json) or, failing that, by the first non-blank byte.
/// Bad records are collected in the report, never thrown; throws InputError
/// only when the file as a whole is unusable (unreadable, no header, missing
/// required column) and StoreError when SQLite fails (nothing is written).
ImportReport import_facts(core::Store& store, const std::string& path,
                          const FactsImportOptions& options = {});

}  // namespace dipgraph::importers
