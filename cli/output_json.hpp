#pragma once
// JSON output for `--format json` and `--format jsonl`.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace dipgraph::cli {

using Json = nlohmann::ordered_json;  ///< keeps keys in insertion order: our key order is a contract

/// `value` on one line with ", " and ": " separators:
/// {"id": 17, "type": "visit", "sources": [{"url": null}]}. Invalid UTF-8 in
/// strings becomes U+FFFD instead of failing.
std::string json_line(const Json& value);

/// Appends `text` as a JSON string, escaped exactly as json_line escapes it.
void append_json_string(std::string& out, std::string_view text);

/// One value per line (JSON Lines).
void write_jsonl(std::ostream& out, const Json& value);

/// One document, indented by two spaces, ending in a newline.
void write_json(std::ostream& out, const Json& value);

/// An optional as a JSON value: null when empty.
template <typename T>
Json json_or_null(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace dipgraph::cli
