#pragma once
// Normalisation of names for lookup: case- and diacritics-insensitive.

#include <string>
#include <string_view>

namespace dipgraph::core {

/// Folds a UTF-8 name to its lookup key: lower case, Latin diacritics removed
/// ("Türkiye" -> "turkiye", "Łukaszenka" -> "lukaszenka", "ß" -> "ss"), dots and
/// apostrophes dropped ("U.S." -> "us"), hyphens, commas and runs of white space
/// turned into one space, trimmed. Bytes that are not valid UTF-8 are dropped.
std::string normalize_name(std::string_view name);

/// True when `text` is valid UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);

/// Levenshtein distance over bytes, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace dipgraph::core
