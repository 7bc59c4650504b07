#include "importers/gdelt/gdelt_row.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "core/date.hpp"
#include "core/text_normalize.hpp"

namespace dipgraph::importers::gdelt {
namespace {

constexpr std::size_t kMaxColumns = 61;

// 0-based column positions shared by every version (GDELT 2.0 codebook).
constexpr std::size_t kId = 0, kSqlDate = 1, kActor1Code = 5, kActor1Country = 7, kActor1Group = 8,
                      kActor2Code = 15, kActor2Country = 17, kActor2Group = 18, kEventCode = 26, kGoldstein = 30,
                      kNumArticles = 33;

std::size_t url_column(Version version) {
  switch (version) {
    case Version::v2: return 60;
    case Version::v1_58: return 57;
    case Version::v1_57: break;
  }
  return kMaxColumns;  // none
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kShown = 40;
  return "'" + std::string(text.substr(0, kShown)) + (text.size() > kShown ? "...'" : "'");
}

}  // namespace

std::optional<Version> version_of(std::size_t columns) {
  switch (columns) {
    case 61: return Version::v2;
    case 58: return Version::v1_58;
    case 57: return Version::v1_57;
    default: return std::nullopt;
  }
}

std::string_view to_string(Version version) {
  switch (version) {
    case Version::v2: return "GDELT 2.0";
    case Version::v1_58: return "GDELT 1.0 (58 columns)";
    case Version::v1_57: return "GDELT 1.0 (57 columns)";
  }
  return "GDELT";
}

std::size_t count_columns(std::string_view line) {
  std::size_t columns = 1;
  for (char c : line) columns += c == '\t';
  return columns;
}

std::variant<GdeltRow, std::string> parse_row(std::string_view line, Version version) {
  std::array<std::string_view, kMaxColumns> fields{};
  std::size_t columns = 0;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    if (columns == kMaxColumns) return "more than 61 columns";
    fields[columns++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  const std::optional<Version> found = version_of(columns);
  if (found != version) {
    return std::to_string(columns) + " columns where this " + std::string(to_string(version)) +
           " file has " + std::to_string(version == Version::v2 ? 61 : version == Version::v1_58 ? 58 : 57);
  }
  GdeltRow row;
  row.id = fields[kId];
  if (!all_digits(row.id)) return "GLOBALEVENTID " + quoted(row.id) + " is not a number";
  const std::string_view sqldate = fields[kSqlDate];
  std::optional<core::Date> date;
  if (sqldate.size() == 8 && all_digits(sqldate)) {
    row.day = {sqldate[0], sqldate[1], sqldate[2], sqldate[3], '-', sqldate[4], sqldate[5], '-',
               sqldate[6], sqldate[7]};
    date = core::Date::parse(row.day);
  }
  if (!date) return "SQLDATE " + quoted(sqldate) + " is not a date YYYYMMDD";
  row.actor1 = {fields[kActor1Country], fields[kActor1Group], fields[kActor1Code]};
  row.actor2 = {fields[kActor2Country], fields[kActor2Group], fields[kActor2Code]};
  row.event_code = fields[kEventCode];
  if (!all_digits(row.event_code)) return "EventCode " + quoted(row.event_code) + " is not a CAMEO code";
  if (const std::string_view text = fields[kGoldstein]; !text.empty()) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value < -10 || value > 10) {
      return "GoldsteinScale " + quoted(text) + " is not a number from -10 to 10";
    }
    row.goldstein = value;
  }
  if (const std::string_view text = fields[kNumArticles]; !text.empty()) {
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
      return "NumArticles " + quoted(text) + " is not a count";
    }
    row.articles = value;
  }
  if (const std::size_t column = url_column(version); column < columns) {
    row.url = fields[column];
    if (!core::is_valid_utf8(row.url)) return "SOURCEURL is not valid UTF-8";
  }
  return row;
}

}  // namespace dipgraph::importers::gdelt
