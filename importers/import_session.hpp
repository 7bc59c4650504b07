#pragma once
// The part every file importer shares: one file, one transaction, one report.

#include <optional>
#include <string>

#include "core/store.hpp"
#include "importers/import_report.hpp"
#include "importers/record_stream.hpp"

namespace dipgraph::importers {

enum class RowOutcome { added, merged, unchanged };

/// Reads a file's records inside one Store::Transaction and keeps the report.
/// Bad records are collected, never thrown. In strict mode a bad record means
/// the file is rolled back: writing() turns false and finish() rolls back.
class ImportSession {
 public:
  /// Opens the file (throws InputError like RecordStream) and begins the transaction.
  ImportSession(core::Store& store, const std::string& path, ColumnSpec spec, bool strict);

  /// The next record (counted in report.rows), or nullopt at the end.
  std::optional<NamedRecord> next();
  /// False once nothing more should be written (strict mode after a bad record).
  bool writing() const { return !(strict_ && !report_.problems.empty()); }
  /// Records a bad record at its start line.
  void reject(const NamedRecord& record, std::string reason);
  /// Counts a written record.
  void count(RowOutcome outcome);
  /// Commits, or rolls back in strict mode when a record was bad (rolled_back,
  /// and added/merged/unchanged reset to 0 as nothing was written). Call once.
  ImportReport finish();

 private:
  std::string path_;
  bool strict_;
  RecordStream stream_;
  core::Store::Transaction transaction_;
  ImportReport report_;
};

/// The key of a file document: its canonical absolute path, so that the same
/// file imported again (by any relative path) is recognised.
std::string document_key(const std::string& path);

}  // namespace dipgraph::importers
