#pragma once
// What the coded-dataset importers (GDELT, ICEWS) share: lines read in batches,
// each batch one transaction with its rollup, rows counted by outcome and by
// reason out of scope, bad rows listed by line, the document marked complete
// with the last batch, secondary indexes deferred for large loads.

#include <optional>
#include <string>
#include <vector>

#include "core/event_batch.hpp"
#include "core/store.hpp"
#include "importers/import_report.hpp"
#include "importers/line_reader.hpp"

namespace dipgraph::importers {

struct DatasetImportOptions;

class DatasetImport {
 public:
  /// `kind`: the document kind ("gdelt"); `what`: the input as messages name
  /// it ("a GDELT event export"); `reasons`: the out-of-scope reasons, in the
  /// order the summary lists them.
  DatasetImport(core::Store& store, const std::string& path, const DatasetImportOptions& options,
                std::string kind, std::string what, std::vector<std::string> reasons);
  virtual ~DatasetImport();
  DatasetImport(const DatasetImport&) = delete;
  DatasetImport& operator=(const DatasetImport&) = delete;

  /// Reads the whole input: start(first line) checks the format before
  /// anything is written (throwing InputError), then every line goes to row().
  ImportReport run();

 protected:
  /// Checks the first line (throws InputError when the input is not the
  /// dataset's) and prepares; returns whether the first line is a data row.
  virtual bool start(const Line& first) = 0;
  /// Handles one non-blank data line: add_event(), out_of_scope() or reject().
  virtual void row(const Line& line) = 0;
  /// Called once after the last line, in the file's last batch, before the file
  /// is marked complete: for writes that need every row (ICEWS roles).
  virtual void complete() {}
  /// Called once after the last line, e.g. to warn() about what was met.
  virtual void finish() {}

  void reject(const Line& line, std::string reason);
  void out_of_scope(std::size_t reason);
  void add_event(const core::BatchEvent& event);
  /// Applies pending rollup counts now (before writes that recompute rollup rows).
  void flush() { batch_->flush(); }
  void warn(std::string warning) { report_.warnings.push_back(std::move(warning)); }

  core::Store& store_;
  std::string path_;
  const DatasetImportOptions& options_;
  std::optional<core::EventBatch> batch_;

 private:
  void defer_indexes_if_large();
  void commit();

  std::string kind_;
  std::string what_;
  std::vector<std::string> reasons_;
  LineReader reader_;
  ImportReport report_;
  std::optional<core::Store::Transaction> transaction_;
  long long document_id_ = 0;
  bool deferred_ = false;
  struct Pending {
    long long added = 0, merged = 0, unchanged = 0;
    std::vector<long long> out;
  };
  Pending pending_;
  std::vector<long long> out_;
};

/// Throws InputError when a first line shows the input is UTF-16, binary or
/// too long for `what` ("a GDELT event export").
void check_text_line(const std::string& path, const Line& line, const std::string& what);

}  // namespace dipgraph::importers
