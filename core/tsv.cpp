#include "core/tsv.hpp"

#include "core/embedded_data.hpp"
#include "core/error.hpp"

namespace dipgraph::core {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

std::size_t TsvTable::column(std::string_view name, std::string_view source) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  throw InputError(std::string(source), 1, "missing column '" + std::string(name) + "'");
}

TsvTable parse_tsv(std::string_view text) {
  TsvTable table;
  long line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto fields = split_tabs(line);
    if (table.header.empty()) {
      table.header = std::move(fields);
      continue;
    }
    fields.resize(std::max(fields.size(), table.header.size()));
    table.rows.push_back(TsvRow{line_number, std::move(fields)});
  }
  return table;
}

TsvTable embedded_tsv(std::string_view name) {
  const auto text = embedded_file(name);
  if (!text) throw Error("data file not embedded: " + std::string(name));
  return parse_tsv(*text);
}

}  // namespace dipgraph::core
