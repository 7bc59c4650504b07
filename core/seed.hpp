#pragma once
// Loads the reference data (data/*.tsv, embedded in the binary) into the store:
// event types, states, orgs and their members, well-known people and roles,
// and every alias. Idempotent upserts; never deletes anything.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sqlite.hpp"

namespace dipgraph::core {

/// Supplies a reference file's contents by base name ("states.tsv"), or nullopt.
using DataFiles = std::function<std::optional<std::string_view>(std::string_view name)>;

/// The files compiled into the binary (core/embedded_data.hpp).
DataFiles embedded_data_files();

/// Every reference file the seeder reads, in load order. All are required.
const std::vector<std::string_view>& seed_file_names();

/// FNV-1a 64 over the names and contents of seed_file_names(), as 16 hex
/// digits. Throws dipgraph::Error naming a missing file.
std::string seed_hash(const DataFiles& files);

/// Loads the reference data in one transaction unless meta.seed_hash already
/// equals seed_hash(files); returns true when it loaded. Existing rows are
/// updated (names, end dates), user-added rows are never deleted, and people's
/// events are re-projected because roles may have changed. Throws InputError
/// (file, line) for a bad row, e.g. an unknown state code or alias kind.
bool seed(sqlite::Database& db, const DataFiles& files = embedded_data_files());

}  // namespace dipgraph::core
