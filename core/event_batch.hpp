#pragma once
// The bulk write path for coded datasets (GDELT, ICEWS): events keyed by a
// dataset record id, written with prepared statements and integer actor keys,
// the pair rollup updated once per key and batch instead of once per event.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/store.hpp"

namespace dipgraph::core {

/// One dataset record as an event. Views must stay valid for the add() call.
struct BatchEvent {
  std::string_view type;   ///< an event_types() name
  long long source_id = 0;  ///< EventBatch::actor_id() of each side, never equal
  long long target_id = 0;
  std::string_view day;     ///< YYYY-MM-DD
  std::string_view cameo;   ///< the record's CAMEO code
  double weight = 0;        ///< Goldstein value
  std::string_view record;  ///< dataset-wide unique id of the record ("gdelt:123"); never empty
  std::string_view url;     ///< "": none
  std::optional<long long> articles;  ///< articles the record counts, when the dataset says
};

enum class BatchOutcome {
  added,      ///< a new event
  merged,     ///< a new record of an event already stored (a re-emitted or repeated report)
  unchanged,  ///< this record was already stored: nothing written
};

/// Writes events for one document. Use inside a Store::Transaction and call
/// flush() before committing it: the events and their rollup rows then land in
/// the same commit, and pair_month/pair_year/pair_total stay exactly the
/// aggregate of `event` (schema::rollup_mismatches() == 0).
class EventBatch {
 public:
  EventBatch(Store& store, long long document_id);
  ~EventBatch();
  EventBatch(const EventBatch&) = delete;
  EventBatch& operator=(const EventBatch&) = delete;

  /// The id of the actor with this code, or nullopt (looked up once per code).
  std::optional<long long> actor_id(std::string_view code);
  /// True when the actor_id() result `id` is a state.
  bool is_state(long long id) const;
  /// Stores the event unless its record is stored already. The same event
  /// (type, actors, day, CAMEO code; either order for symmetric types) is one
  /// row however many records report it. Throws InputError for an unknown type.
  BatchOutcome add(const BatchEvent& event);
  /// Applies the rollup counts of the events added since the last flush.
  void flush();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dipgraph::core
