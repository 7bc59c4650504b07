#pragma once
// ICEWS coded event files -> events between states and the people who act for them.

#include <string>

#include "core/store.hpp"
#include "importers/dataset_options.hpp"
#include "importers/import_report.hpp"

namespace dipgraph::importers {

/// Imports one ICEWS event file ("-": stdin): tab-separated with a header row
/// naming the columns (Event ID, Event Date, Source Name, Source Country,
/// Event Text, Target Name, Target Country; CAMEO Code and Intensity when
/// present). Countries are resolved by name through the gazetteer; named
/// people become person actors of their country, other actors count as their
/// country. Without a CAMEO Code column, Event Text gives the code. The dedup
/// key is the Event ID with a hash of the event's day, actors, countries and
/// code, so repeated rows and the same event in two releases (in either date
/// format) are stored once, while two events sharing an ID are both kept. Rows without both countries, with an
/// unknown or ambiguous country name, or within one country are counted and
/// skipped. Errors as import_gdelt.
ImportReport import_icews(core::Store& store, const std::string& path,
                          const DatasetImportOptions& options = {});

}  // namespace dipgraph::importers
