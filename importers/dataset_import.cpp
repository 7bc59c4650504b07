#include "importers/dataset_import.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "importers/dataset_options.hpp"
#include "importers/import_session.hpp"

namespace dipgraph::importers {
namespace {

/// Problems kept for printing; more are only counted, so memory stays flat.
constexpr std::size_t kMaxListedProblems = 1000;
/// Below this many expected events, rebuilding indexes is not worth it.
constexpr long long kMinDeferredEvents = 10'000;

}  // namespace

void check_text_line(const std::string& path, const Line& line, const std::string& what) {
  const std::string_view text = line.text;
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    throw InputError(path, 1, "the file is UTF-16; expected " + what +
                                  " in UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)");
  }
  if (text.find('\0') != std::string_view::npos) {
    throw InputError(path, 1, "binary data, not " + what + " (tab-separated text)");
  }
  if (line.too_long) throw InputError(path, 1, "the first line is longer than 1 MiB: not " + what);
}

DatasetImport::DatasetImport(core::Store& store, const std::string& path,
                             const DatasetImportOptions& options, std::string kind,
                             std::string what, std::vector<std::string> reasons)
    : store_(store),
      path_(path),
      options_(options),
      kind_(std::move(kind)),
      what_(std::move(what)),
      reasons_(std::move(reasons)),
      reader_(path),
      out_(reasons_.size(), 0) {
  report_.file = path;
  pending_.out.assign(reasons_.size(), 0);
}

DatasetImport::~DatasetImport() = default;

ImportReport DatasetImport::run() {
  auto first = reader_.next();
  if (!first) throw InputError(path_, 0, "empty file; expected " + what_);
  // A UTF-8 byte order mark is harmless: drop it.
  if (first->text.substr(0, 3) == "\xEF\xBB\xBF") first->text.remove_prefix(3);
  const bool first_is_row = start(*first);

  transaction_.emplace(store_);
  core::Document document;
  document.kind = kind_;
  document.key = path_ == "-" ? kind_ + ":stdin" : document_key(path_);
  document.uri = path_ == "-" ? std::nullopt : std::optional(document.key);
  document_id_ = store_.ensure_document(document);
  defer_indexes_if_large();
  batch_.emplace(store_, document_id_);

  long long in_batch = 0;
  std::optional<Line> line = first_is_row ? first : reader_.next();
  while (line) {
    if (!line->text.empty()) {  // blank lines (a trailing one) are no rows
      ++report_.rows;
      if (line->too_long) {
        reject(*line, "line longer than 1 MiB");
      } else {
        row(*line);
      }
    }
    if (report_.stopped) break;
    if (++in_batch >= options_.batch_rows) {
      commit();
      transaction_.emplace(store_);
      in_batch = 0;
    }
    line = reader_.next();
  }
  if (report_.stopped) {
    transaction_.reset();  // rolls the open batch back
    if (deferred_) {
      core::Store::Transaction restore(store_);
      store_.restore_event_indexes();
      restore.commit();
    }
  } else {
    if (deferred_) store_.restore_event_indexes();
    complete();
    store_.mark_document_complete(document_id_);
    commit();
  }
  for (std::size_t i = 0; i < reasons_.size(); ++i) {
    if (out_[i] > 0) report_.out_of_scope.emplace_back(reasons_[i], out_[i]);
  }
  finish();
  return report_;
}

void DatasetImport::defer_indexes_if_large() {
  // A file bringing more events than the store holds loads faster into
  // fewer B-trees, its secondary indexes built once at the end.
  const long long size = reader_.total_bytes();
  if (size <= 0) return;  // unknown (stdin)
  // About 1 in 4 rows is between two states or orgs; rows run 250-400 bytes.
  const long long expected_events = static_cast<long long>(size / 1000);
  if (expected_events >= kMinDeferredEvents && expected_events * 2 >= store_.max_event_id()) {
    store_.defer_event_indexes();
    deferred_ = true;
  }
}

void DatasetImport::commit() {
  batch_->flush();
  transaction_->commit();
  transaction_.reset();
  report_.added += pending_.added;
  report_.merged += pending_.merged;
  report_.unchanged += pending_.unchanged;
  for (std::size_t i = 0; i < out_.size(); ++i) out_[i] += pending_.out[i];
  pending_.added = pending_.merged = pending_.unchanged = 0;
  pending_.out.assign(reasons_.size(), 0);
  if (options_.progress) options_.progress(reader_.bytes_read(), reader_.total_bytes(), report_.rows);
}

void DatasetImport::reject(const Line& line, std::string reason) {
  ++report_.skipped;
  if (report_.problems.size() < kMaxListedProblems) {
    report_.problems.push_back(RowProblem{path_, line.number, std::move(reason)});
  }
  if (options_.strict) report_.stopped = true;
}

void DatasetImport::out_of_scope(std::size_t reason) { ++pending_.out.at(reason); }

void DatasetImport::add_event(const core::BatchEvent& event) {
  switch (batch_->add(event)) {
    case core::BatchOutcome::added: ++pending_.added; break;
    case core::BatchOutcome::merged: ++pending_.merged; break;
    case core::BatchOutcome::unchanged: ++pending_.unchanged; break;
  }
}

}  // namespace dipgraph::importers
