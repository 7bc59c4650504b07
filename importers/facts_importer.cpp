#include "importers/facts_importer.hpp"

#include <optional>
#include <variant>

#include "core/error.hpp"
#include "importers/fact_record.hpp"
#include "importers/import_session.hpp"

namespace dipgraph::importers {

ImportReport import_facts(core::Store& store, const std::string& path,
                          const FactsImportOptions& options) {
  ImportSession session(store, path, fact_columns(), options.strict);
  const core::Resolver resolver = store.resolver();
  // The document is stored with its first event, so that a file without a
  // good row leaves no trace.
  std::optional<long long> document_id;

  while (auto record = session.next()) {
    auto fact = to_fact(*record, resolver);
    if (auto* problem = std::get_if<std::string>(&fact)) {
      session.reject(*record, std::move(*problem));
      continue;
    }
    // Strict mode after a bad record: the file will be rolled back, so only
    // keep validating to report every problem.
    if (!session.writing()) continue;
    const auto& [event, provenance] = std::get<Fact>(fact);
    if (!document_id) {
      core::Document document;
      document.kind = "facts";
      document.key = document_key(path);
      document_id = store.ensure_document(document);
    }
    core::AddEventResult result;
    try {
      result = store.add_event(event, *document_id, provenance);
    } catch (const InputError& error) {
      // Validation resolved every name and type, so this is the store's own
      // check disagreeing; still a per-row problem, not a failed import.
      session.reject(*record, error.what());
      continue;
    }
    session.count(result.new_event    ? RowOutcome::added
                  : result.new_source ? RowOutcome::merged
                                      : RowOutcome::unchanged);
  }
  return session.finish();
}

}  // namespace dipgraph::importers
