#pragma once
// CAMEO event codes and the dipgraph event type each maps to, read from
// data/cameo_event_types.tsv (embedded; the mapping is explained in docs/cameo.md).

#include <string>
#include <string_view>

namespace dipgraph::core {

struct CameoCode {
  std::string code;        ///< "042", leading zero kept
  std::string type;        ///< an event_types() name; codes fitting none are "other"
  bool reversed = false;   ///< true: CAMEO's source is the event's target (043 host a visit)
  double weight = 0;       ///< Goldstein value, -10 .. +10
  std::string name;        ///< GDELT's name of the code
  std::string icews_name;  ///< ICEWS's name (its "Event Text"), when it differs or not
};

/// The entry of `code`; for a code the table lacks, that of its longest listed
/// prefix (at least the two-digit root), so that an unlisted sub-code is never
/// dropped; nullptr when no prefix is known either.
const CameoCode* find_cameo(std::string_view code);

/// The entry whose GDELT or ICEWS name is `name` (case and surrounding blanks
/// ignored), or nullptr. ICEWS files without a CAMEO Code column need it.
const CameoCode* find_cameo_by_name(std::string_view name);

}  // namespace dipgraph::core
