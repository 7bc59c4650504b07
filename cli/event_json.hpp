#pragma once
// A stored event as JSON: the stable shape of `events --format jsonl/json`.

#include "cli/output_json.hpp"
#include "core/store.hpp"

namespace dipgraph::cli {

/// {"code", "name", "kind"} and, for people only, "state" (the state they
/// represented on the event's date, null when unknown).
Json event_actor_json(const core::EventActor& actor);

/// The event with keys in this order (a contract: scripts depend on it; new
/// keys are only ever added, never renamed or reordered): id, type, cameo,
/// plover, source, target, date, date_end, precision, weight, confidence,
/// evidence, sources[{url, title, published, evidence, sentence, note,
/// document}]. Absent values are null; dates are printed at their own precision.
Json event_json(const core::EventRecord& event);

}  // namespace dipgraph::cli
