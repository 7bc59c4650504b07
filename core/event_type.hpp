#pragma once
// The event types, read from data/event_types.tsv (embedded).

#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::core {

struct EventType {
  std::string name;         ///< "visit", "meeting", ...
  std::string plover;       ///< PLOVER 2021 category ("CONSULT")
  std::string cameo;        ///< default CAMEO code, leading zero kept ("042")
  double weight = 0;        ///< default Goldstein weight, -10 .. +10
  bool directed = true;     ///< false: source and target are interchangeable
  std::string description;
};

/// Every event type, in data-file order.
const std::vector<EventType>& event_types();

/// The type named `name` (exact, lower-case), or nullptr.
const EventType* find_event_type(std::string_view name);

/// "visit, meeting, ..." for error messages and help.
std::string event_type_names();

}  // namespace dipgraph::core
