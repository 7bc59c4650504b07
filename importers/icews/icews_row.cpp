#include "importers/icews/icews_row.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

#include "core/date.hpp"
#include "core/text_normalize.hpp"

namespace dipgraph::importers::icews {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string lower(std::string_view text) {
  std::string out;
  for (char c : trim(text)) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// ICEWS writes missing values as NA.
std::string_view value(std::string_view field) {
  field = trim(field);
  return field == "NA" ? std::string_view() : field;
}

bool digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

/// YYYY-MM-DD, or M/D/YYYY as one release writes it.
std::optional<std::string> iso_day(std::string_view text) {
  std::string day;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    day = std::string(text);
  } else if (const auto first = text.find('/'), second = text.rfind('/');
             first != std::string_view::npos && second != first) {
    const auto month = text.substr(0, first);
    const auto dom = text.substr(first + 1, second - first - 1);
    const auto year = text.substr(second + 1);
    if (!digits(month) || !digits(dom) || !digits(year) || month.size() > 2 || dom.size() > 2 ||
        year.size() != 4) {
      return std::nullopt;
    }
    day = std::string(year) + "-" + (month.size() == 1 ? "0" : "") + std::string(month) + "-" +
          (dom.size() == 1 ? "0" : "") + std::string(dom);
  } else {
    return std::nullopt;
  }
  const auto date = core::Date::parse(day);
  if (!date || date->precision != core::DatePrecision::day) return std::nullopt;
  return day;
}

}  // namespace

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::variant<IcewsColumns, std::string> read_header(std::string_view line) {
  const auto names = split_tabs(line);
  IcewsColumns columns;
  columns.count = names.size();
  const auto find = [&](std::string_view name) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (lower(names[i]) == name) return i;
    }
    return std::nullopt;
  };
  struct Required {
    const char* name;
    const char* shown;
    std::size_t* slot;
  };
  const Required required[] = {
      {"event id", "Event ID", &columns.event_id},
      {"event date", "Event Date", &columns.event_date},
      {"source name", "Source Name", &columns.source_name},
      {"source country", "Source Country", &columns.source_country},
      {"event text", "Event Text", &columns.event_text},
      {"target name", "Target Name", &columns.target_name},
      {"target country", "Target Country", &columns.target_country},
  };
  for (const auto& column : required) {
    const auto index = find(column.name);
    if (!index) return std::string("no column '") + column.shown + "' in the header";
    *column.slot = *index;
  }
  columns.cameo_code = find("cameo code");
  columns.intensity = find("intensity");
  columns.source_sectors = find("source sectors");
  columns.target_sectors = find("target sectors");
  return columns;
}

std::variant<IcewsRow, std::string> parse_row(std::string_view line, const IcewsColumns& columns) {
  const auto fields = split_tabs(line);
  if (fields.size() != columns.count) {
    return std::to_string(fields.size()) + " columns where the header has " + std::to_string(columns.count);
  }
  if (!core::is_valid_utf8(line)) return "not valid UTF-8";
  IcewsRow row;
  row.id = value(fields[columns.event_id]);
  if (row.id.empty()) return "no Event ID";
  const std::string_view date = value(fields[columns.event_date]);
  const auto day = iso_day(date);
  if (!day) return "Event Date '" + std::string(date.substr(0, 40)) + "' is not YYYY-MM-DD or M/D/YYYY";
  row.day = *day;
  row.source_name = value(fields[columns.source_name]);
  row.source_country = value(fields[columns.source_country]);
  row.target_name = value(fields[columns.target_name]);
  row.target_country = value(fields[columns.target_country]);
  row.event_text = value(fields[columns.event_text]);
  if (columns.source_sectors) row.source_sectors = value(fields[*columns.source_sectors]);
  if (columns.target_sectors) row.target_sectors = value(fields[*columns.target_sectors]);
  if (columns.cameo_code) {
    row.cameo_code = value(fields[*columns.cameo_code]);
    if (!row.cameo_code.empty() && !digits(row.cameo_code)) {
      return "CAMEO Code '" + std::string(row.cameo_code.substr(0, 40)) + "' is not a code";
    }
  }
  if (columns.intensity) {
    if (const std::string_view text = value(fields[*columns.intensity]); !text.empty()) {
      double number = 0;
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
      if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number) ||
          number < -10 || number > 10) {
        return "Intensity '" + std::string(text.substr(0, 40)) + "' is not a number from -10 to 10";
      }
      row.intensity = number;
    }
  }
  return row;
}

}  // namespace dipgraph::importers::icews
