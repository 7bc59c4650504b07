#include "importers/gdelt/gdelt_importer.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <variant>

#include "core/cameo.hpp"
#include "core/error.hpp"
#include "core/event_batch.hpp"
#include "importers/gdelt/actor_codes.hpp"
#include "importers/gdelt/gdelt_row.hpp"
#include "importers/import_session.hpp"
#include "importers/line_reader.hpp"

namespace dipgraph::importers {
namespace {

using gdelt::NoActor;

/// Below this many expected events, rebuilding indexes is not worth it.
constexpr long long kMinDeferredEvents = 10'000;

/// Problems kept for printing; more are only counted, so memory stays flat.
constexpr std::size_t kMaxListedProblems = 1000;

/// Why an in-format row is not imported; the order of the summary.
enum class OutOfScope { missing, region, unknown, same_actor, count };

constexpr std::array<const char*, static_cast<std::size_t>(OutOfScope::count)> kReasons = {
    "without two actors",
    "with a region as actor (EUR, AFR, ...)",
    "with an actor that is no state or organisation",
    "with the same actor on both sides",
};

OutOfScope reason_of(NoActor no_actor) {
  switch (no_actor) {
    case NoActor::missing: return OutOfScope::missing;
    case NoActor::region: return OutOfScope::region;
    case NoActor::unknown: break;
  }
  return OutOfScope::unknown;
}

/// The version of the export, from its first line; throws InputError for
/// input that is no GDELT export, before anything is written.
gdelt::Version check_first_line(const std::string& path, const Line& line) {
  const std::string_view text = line.text;
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    throw InputError(path, 1, "the file is UTF-16; GDELT exports are UTF-8 text (convert it with iconv -f UTF-16 -t UTF-8)");
  }
  if (text.find('\0') != std::string_view::npos) {
    throw InputError(path, 1, "binary data, not a GDELT event export (tab-separated text)");
  }
  if (line.too_long) throw InputError(path, 1, "the first line is longer than 1 MiB: not a GDELT event export");
  const std::size_t columns = gdelt::count_columns(text);
  const auto version = gdelt::version_of(columns);
  if (!version) {
    throw InputError(path, 1, "not a GDELT event export: the first line has " + std::to_string(columns) +
                                  " tab-separated columns (GDELT 2.0 has 61, 1.0 has 57 or 58)");
  }
  return *version;
}

/// Counts of the rows of the open batch; they reach the report when it commits.
struct BatchCounts {
  long long added = 0, merged = 0, unchanged = 0;
  std::array<long long, static_cast<std::size_t>(OutOfScope::count)> out{};
};

class GdeltImport {
 public:
  GdeltImport(core::Store& store, const std::string& path, const DatasetImportOptions& options)
      : store_(store), path_(path), options_(options), reader_(path) {
    report_.file = path;
  }

  ImportReport run() {
    auto first = reader_.next();
    // A UTF-8 byte order mark is harmless: drop it.
    if (first && first->text.substr(0, 3) == "\xEF\xBB\xBF") first->text.remove_prefix(3);
    if (!first) throw InputError(path_, 0, "empty file; expected a GDELT event export");
    version_ = check_first_line(path_, *first);

    transaction_.emplace(store_);
    core::Document document;
    document.kind = "gdelt";
    document.key = path_ == "-" ? std::string("gdelt:stdin") : document_key(path_);
    document.uri = path_ == "-" ? std::nullopt : std::optional(document.key);
    document_id_ = store_.ensure_document(document);
    defer_indexes_if_large();
    batch_.emplace(store_, document_id_);
    actors_.emplace(*batch_);

    row(*first);
    long long in_batch = 1;
    while (!report_.stopped) {
      auto line = reader_.next();
      if (!line) break;
      row(*line);
      if (++in_batch >= options_.batch_rows) {
        commit();
        transaction_.emplace(store_);
        in_batch = 0;
      }
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
      store_.mark_document_complete(document_id_);
      commit();
    }
    for (std::size_t i = 0; i < kReasons.size(); ++i) {
      if (out_[i] > 0) report_.out_of_scope.emplace_back(kReasons[i], out_[i]);
    }
    return report_;
  }

 private:
  /// A file bringing more events than the store holds loads faster into
  /// fewer B-trees, its secondary indexes built once at the end.
  void defer_indexes_if_large() {
    if (path_ == "-") return;  // size unknown
    std::error_code error;
    const auto size = std::filesystem::file_size(path_, error);
    if (error) return;
    // About 1 in 4 GDELT rows is between two states or orgs; rows run 250-400 bytes.
    const long long expected_events = static_cast<long long>(size / 1000);
    if (expected_events >= kMinDeferredEvents && expected_events * 2 >= store_.max_event_id()) {
      store_.defer_event_indexes();
      deferred_ = true;
    }
  }

  void commit() {
    batch_->flush();
    transaction_->commit();
    transaction_.reset();
    report_.added += pending_.added;
    report_.merged += pending_.merged;
    report_.unchanged += pending_.unchanged;
    for (std::size_t i = 0; i < out_.size(); ++i) out_[i] += pending_.out[i];
    pending_ = {};
    if (options_.progress) options_.progress(reader_.bytes_read(), report_.rows);
  }

  void reject(const Line& line, std::string reason) {
    ++report_.skipped;
    if (report_.problems.size() < kMaxListedProblems) {
      report_.problems.push_back(RowProblem{path_, line.number, std::move(reason)});
    }
    if (options_.strict) report_.stopped = true;
  }

  void row(const Line& line) {
    if (line.text.empty()) return;  // blank lines (a trailing one) are no rows
    ++report_.rows;
    if (line.too_long) return reject(line, "line longer than 1 MiB");
    auto parsed = gdelt::parse_row(line.text, version_);
    if (auto* problem = std::get_if<std::string>(&parsed)) return reject(line, std::move(*problem));
    const auto& row = std::get<gdelt::GdeltRow>(parsed);
    const core::CameoCode* code = core::find_cameo(row.event_code);
    if (!code) return reject(line, "unknown CAMEO event code '" + std::string(row.event_code) + "'");

    const auto source = actors_->resolve(row.actor1);
    const auto target = actors_->resolve(row.actor2);
    if (const auto* none = std::get_if<NoActor>(&source)) return out_of_scope(reason_of(*none));
    if (const auto* none = std::get_if<NoActor>(&target)) return out_of_scope(reason_of(*none));
    long long source_id = std::get<long long>(source);
    long long target_id = std::get<long long>(target);
    if (source_id == target_id) return out_of_scope(OutOfScope::same_actor);
    if (code->reversed) std::swap(source_id, target_id);

    record_.assign("gdelt:").append(row.id);
    core::BatchEvent event;
    event.type = code->type;
    event.source_id = source_id;
    event.target_id = target_id;
    event.day = row.day;
    event.cameo = row.event_code;
    event.weight = row.goldstein.value_or(code->weight);
    event.record = record_;
    event.url = row.url;
    event.articles = row.articles;
    switch (batch_->add(event)) {
      case core::BatchOutcome::added: ++pending_.added; break;
      case core::BatchOutcome::merged: ++pending_.merged; break;
      case core::BatchOutcome::unchanged: ++pending_.unchanged; break;
    }
  }

  void out_of_scope(OutOfScope reason) { ++pending_.out[static_cast<std::size_t>(reason)]; }

  core::Store& store_;
  std::string path_;
  const DatasetImportOptions& options_;
  LineReader reader_;
  ImportReport report_;
  gdelt::Version version_ = gdelt::Version::v2;
  std::optional<core::Store::Transaction> transaction_;
  long long document_id_ = 0;
  std::optional<core::EventBatch> batch_;
  std::optional<gdelt::ActorCodes> actors_;
  BatchCounts pending_;
  std::array<long long, static_cast<std::size_t>(OutOfScope::count)> out_{};
  std::string record_;
  bool deferred_ = false;
};

}  // namespace

ImportReport import_gdelt(core::Store& store, const std::string& path,
                          const DatasetImportOptions& options) {
  return GdeltImport(store, path, options).run();
}

}  // namespace dipgraph::importers
