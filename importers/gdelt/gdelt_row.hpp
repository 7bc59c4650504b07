#pragma once
// One row of a GDELT event export: the columns dipgraph reads, by version.

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace dipgraph::importers::gdelt {

/// GDELT 2.0 rows have 61 tab-separated columns; 1.0 rows 57 (before April
/// 2013, no SOURCEURL) or 58 (no ADM2 codes).
enum class Version { v1_57, v1_58, v2 };

/// The version a row of `columns` columns belongs to, or nullopt.
std::optional<Version> version_of(std::size_t columns);
std::string_view to_string(Version version);

/// One side of an event as GDELT codes it.
struct GdeltActor {
  std::string_view country;      ///< Actor1CountryCode / Actor2CountryCode
  std::string_view known_group;  ///< Actor1KnownGroupCode / Actor2KnownGroupCode
  std::string_view code;         ///< Actor1Code / Actor2Code, the whole CAMEO code ("IGOUNOWBK")
};

/// The fields of a row the importer uses; views into the line.
struct GdeltRow {
  std::string_view id;  ///< GLOBALEVENTID, digits
  std::string day;      ///< SQLDATE as YYYY-MM-DD
  GdeltActor actor1;
  GdeltActor actor2;
  std::string_view event_code;        ///< EventCode, leading zeros kept
  std::optional<double> goldstein;    ///< GoldsteinScale; nullopt when blank
  std::optional<long long> articles;  ///< NumArticles; nullopt when blank
  std::string_view url;               ///< SOURCEURL; "" in 57-column files
};

/// Parses a line of the given version; a string says why it is malformed.
std::variant<GdeltRow, std::string> parse_row(std::string_view line, Version version);

/// The number of tab-separated columns of a line.
std::size_t count_columns(std::string_view line);

}  // namespace dipgraph::importers::gdelt
