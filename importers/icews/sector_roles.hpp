#pragma once
// Which ICEWS sectors make a named person's role in their state's executive,
// read from data/icews_role_sectors.tsv.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dipgraph::importers::icews {

class SectorRoles {
 public:
  /// Loads the embedded data/icews_role_sectors.tsv; throws InputError when it is malformed.
  SectorRoles();
  /// The role title a person with these sectors (an ICEWS comma list) holds, or
  /// nullopt when the sectors do not clearly say national executive.
  std::optional<std::string> title(std::string_view sectors) const;

 private:
  std::vector<std::pair<std::string, std::string>> titles_;  ///< folded sector, title; in order
  std::unordered_set<std::string> below_state_;              ///< folded sectors that rule a role out
};

}  // namespace dipgraph::importers::icews
