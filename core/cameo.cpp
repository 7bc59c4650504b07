#include "core/cameo.hpp"

#include <cctype>
#include <unordered_map>
#include <vector>

#include "core/tsv.hpp"

namespace dipgraph::core {
namespace {

constexpr std::string_view kFile = "cameo_event_types.tsv";

std::string name_key(std::string_view name) {
  std::size_t begin = 0, end = name.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(name[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(name[end - 1]))) --end;
  std::string key;
  bool blank = false;
  for (char c : name.substr(begin, end - begin)) {
    // Runs of blanks count as one: the tables are not consistent about them.
    if (std::isspace(static_cast<unsigned char>(c))) {
      blank = true;
      continue;
    }
    if (blank) key += ' ';
    blank = false;
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

struct CameoTable {
  std::vector<CameoCode> codes;
  std::unordered_map<std::string, std::size_t> by_code;
  std::unordered_map<std::string, std::size_t> by_name;
};

CameoTable load() {
  const TsvTable tsv = embedded_tsv(kFile);
  const auto code = tsv.column("code", kFile);
  const auto type = tsv.column("type", kFile);
  const auto reversed = tsv.column("reversed", kFile);
  const auto weight = tsv.column("weight", kFile);
  const auto name = tsv.column("name", kFile);
  const auto icews_name = tsv.column("icews_name", kFile);
  CameoTable table;
  for (const auto& row : tsv.rows) {
    table.codes.push_back(CameoCode{row.fields[code], row.fields[type], row.fields[reversed] == "1",
                                    std::stod(row.fields[weight]), row.fields[name],
                                    row.fields[icews_name]});
  }
  for (std::size_t i = 0; i < table.codes.size(); ++i) table.by_code.emplace(table.codes[i].code, i);
  // A name two codes share ("Consult": ICEWS's 040, GDELT's root 04) denotes
  // the first met in this order: ICEWS names, GDELT names, then root names.
  // ICEWS files name events by ICEWS's names, and never by a bare root.
  const auto add_names = [&](bool roots, bool icews) {
    for (std::size_t i = 0; i < table.codes.size(); ++i) {
      const auto& entry = table.codes[i];
      if ((entry.code.size() == 2) != roots) continue;
      const std::string& name = icews ? entry.icews_name : entry.name;
      if (!name.empty()) table.by_name.emplace(name_key(name), i);
    }
  };
  add_names(false, true);
  add_names(false, false);
  add_names(true, true);
  add_names(true, false);
  return table;
}

const CameoTable& table() {
  static const CameoTable instance = load();
  return instance;
}

}  // namespace

const CameoCode* find_cameo(std::string_view code) {
  const auto& t = table();
  // The code itself, else its longest listed prefix of at least the root's two digits.
  for (std::size_t length = code.size(); length >= 2; --length) {
    if (auto it = t.by_code.find(std::string(code.substr(0, length))); it != t.by_code.end()) {
      return &t.codes[it->second];
    }
  }
  return nullptr;
}

const CameoCode* find_cameo_by_name(std::string_view name) {
  const auto& t = table();
  const auto it = t.by_name.find(name_key(name));
  return it == t.by_name.end() ? nullptr : &t.codes[it->second];
}

}  // namespace dipgraph::core
