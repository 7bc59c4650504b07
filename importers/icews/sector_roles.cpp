#include "importers/icews/sector_roles.hpp"

#include <algorithm>
#include <cctype>

#include "core/error.hpp"
#include "core/tsv.hpp"

namespace dipgraph::importers::icews {
namespace {

constexpr std::string_view kFile = "icews_role_sectors.tsv";

/// Lower case, surrounding blanks dropped.
std::string folded(std::string_view text) {
  const auto begin = text.find_first_not_of(' ');
  if (begin == std::string_view::npos) return "";
  text = text.substr(begin, text.find_last_not_of(' ') - begin + 1);
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

SectorRoles::SectorRoles() {
  const core::TsvTable table = core::embedded_tsv(kFile);
  const auto sector = table.column("sector", kFile);
  const auto kind = table.column("kind", kFile);
  const auto title = table.column("title", kFile);
  for (const auto& row : table.rows) {
    const std::string& what = row.fields[kind];
    if (what == "role" && !row.fields[title].empty()) {
      titles_.emplace_back(folded(row.fields[sector]), row.fields[title]);
    } else if (what == "not") {
      below_state_.insert(folded(row.fields[sector]));
    } else {
      throw InputError(std::string(kFile), row.line, "kind must be role (with a title) or not, not '" + what + "'");
    }
  }
}

std::optional<std::string> SectorRoles::title(std::string_view sectors) const {
  std::vector<std::string> entries;
  for (std::size_t start = 0; start < sectors.size();) {
    const std::size_t comma = std::min(sectors.find(',', start), sectors.size());
    entries.push_back(folded(sectors.substr(start, comma - start)));
    start = comma + 1;
  }
  for (const auto& entry : entries) {
    if (below_state_.count(entry)) return std::nullopt;
  }
  for (const auto& [sector, title] : titles_) {
    if (std::find(entries.begin(), entries.end(), sector) != entries.end()) return title;
  }
  return std::nullopt;
}

}  // namespace dipgraph::importers::icews
