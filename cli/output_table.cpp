#include "cli/output_table.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "cli/output_text.hpp"

namespace dipgraph::cli {

Table::Table(std::vector<Column> columns, bool show_header)
    : columns_(std::move(columns)), show_header_(show_header) {}

void Table::add_row(std::vector<std::string> cells) {
  if (cells.size() > columns_.size()) throw std::logic_error("table row has too many cells");
  cells.resize(columns_.size());
  for (auto& cell : cells) cell = one_line(cell);
  rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out) const {
  if (rows_.empty()) return;
  std::vector<std::vector<std::string>> lines;
  if (show_header_) {
    std::vector<std::string> header;
    for (const auto& column : columns_) header.push_back(one_line(column.header));
    lines.push_back(std::move(header));
  }
  lines.insert(lines.end(), rows_.begin(), rows_.end());

  std::vector<std::size_t> widths(columns_.size(), 0);
  for (const auto& line : lines) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(line[i]));
    }
  }

  for (const auto& line : lines) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const std::size_t padding = widths[i] - display_width(line[i]);
      const bool last = i + 1 == line.size();
      if (i > 0) text += "  ";
      if (columns_[i].align == Align::right) text.append(padding, ' ');
      text += line[i];
      if (columns_[i].align == Align::left && !last) text.append(padding, ' ');
    }
    // Empty trailing cells would leave padding behind; tables end at the last character.
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << '\n';
  }
}

}  // namespace dipgraph::cli
