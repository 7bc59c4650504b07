#include "importers/import_session.hpp"

#include <filesystem>

namespace dipgraph::importers {

ImportSession::ImportSession(core::Store& store, const std::string& path, ColumnSpec spec,
                             bool strict)
    : path_(path), strict_(strict), stream_(path, std::move(spec)), transaction_(store) {
  report_.file = path;
}

std::optional<NamedRecord> ImportSession::next() {
  auto record = stream_.next();
  if (record) ++report_.rows;
  return record;
}

void ImportSession::reject(const NamedRecord& record, std::string reason) {
  report_.problems.push_back(RowProblem{path_, record.line, std::move(reason)});
}

void ImportSession::count(RowOutcome outcome) {
  switch (outcome) {
    case RowOutcome::added: ++report_.added; break;
    case RowOutcome::merged: ++report_.merged; break;
    case RowOutcome::unchanged: ++report_.unchanged; break;
  }
}

ImportReport ImportSession::finish() {
  report_.skipped = static_cast<long long>(report_.problems.size());
  report_.warnings = stream_.warnings();
  if (strict_ && !report_.problems.empty()) {
    // The transaction's destructor rolls back.
    report_.rolled_back = true;
    report_.added = report_.merged = report_.unchanged = 0;
  } else {
    transaction_.commit();
  }
  return report_;
}

std::string document_key(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto canonical = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? fs::absolute(path).lexically_normal().string() : canonical.string();
}

}  // namespace dipgraph::importers
