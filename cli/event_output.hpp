#pragma once
// Printing event listings in every output format; shared by commands that list events.

#include <ostream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/store.hpp"

namespace dipgraph::cli {

/// The CSV header of event listings, in column order.
const std::vector<std::string>& event_csv_columns();

/// Prints `events` in `format`: table (aligned, nothing when empty), json (one
/// array, `[]` when empty), jsonl (event_json() one a line, nothing when
/// empty) or csv (header row, then one row an event).
void print_events(std::ostream& out, const std::vector<core::EventRecord>& events,
                  OutputFormat format);

}  // namespace dipgraph::cli
