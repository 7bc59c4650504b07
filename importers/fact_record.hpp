#pragma once
// A record of named fields (CSV row or JSON line) -> a validated fact.

#include <string>
#include <variant>

#include "core/resolver.hpp"
#include "core/store.hpp"
#include "importers/record_stream.hpp"

namespace dipgraph::importers {

/// An event ready for Store::add_event, with what the row says about its source.
struct Fact {
  core::NewEvent event;
  core::Provenance provenance;
};

/// Required: date, type, source, target. Optional: date_end, evidence, url,
/// source_note, title, published.
const ColumnSpec& fact_columns();

/// The fact a record states, or why it is rejected ("; "-joined when several
/// things are wrong): a missing required value, a date that is not YYYY,
/// YYYY-MM or YYYY-MM-DD, date_end before date, an unknown event type (the
/// valid ones listed), an actor the resolver does not know (with near misses)
/// or knows several of, the same actor on both sides, a published date that
/// does not parse. Names resolve in structured context: codes are accepted.
std::variant<Fact, std::string> to_fact(const NamedRecord& record, const core::Resolver& resolver);

}  // namespace dipgraph::importers
