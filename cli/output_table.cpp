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
  for (auto& cell : cells) make_one_line(cell);
  rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out) const {
  if (rows_.empty()) return;
  std::vector<std::string> header;
  for (const auto& column : columns_) header.push_back(one_line(column.header));

  std::vector<std::size_t> widths(columns_.size(), 0);
  const auto measure = [&](const std::vector<std::string>& line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(line[i]));
    }
  };
  if (show_header_) measure(header);
  for (const auto& row : rows_) measure(row);

  // Lines are gathered in one buffer and written a chunk at a time: a stream
  // insertion per cell cost more than building the cells.
  constexpr std::size_t kChunkBytes = 64 * 1024;
  std::string text;
  text.reserve(kChunkBytes + 4096);
  const auto write_line = [&](const std::vector<std::string>& line) {
    const std::size_t start = text.size();
    for (std::size_t i = 0; i < line.size(); ++i) {
      const std::size_t padding = widths[i] - display_width(line[i]);
      const bool last = i + 1 == line.size();
      if (i > 0) text += "  ";
      if (columns_[i].align == Align::right) text.append(padding, ' ');
      text += line[i];
      if (columns_[i].align == Align::left && !last) text.append(padding, ' ');
    }
    // Empty trailing cells would leave padding behind; tables end at the last character.
    const std::size_t kept = text.find_last_not_of(' ');
    text.resize(kept == std::string::npos || kept < start ? start : kept + 1);
    text += '\n';
    if (text.size() >= kChunkBytes) {
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      text.clear();
    }
  };
  if (show_header_) write_line(header);
  for (const auto& row : rows_) write_line(row);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace dipgraph::cli
