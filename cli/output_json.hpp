#pragma once
// JSON output for `--format json` and `--format jsonl`.

#include <cstring>
#include <memory>
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

/// Builds JSON text for a std::string through a cursor: writers that append many
/// short pieces (jsonl facts) check the room once per piece instead of going
/// through std::string::append for each. Writes go to a buffer of the thread's
/// (grown, never cleared) and reach the string at done().
class JsonBuffer {
 public:
  /// Appends to `out` at done() (or in the destructor).
  explicit JsonBuffer(std::string& out) : out_(out) {}
  JsonBuffer(const JsonBuffer&) = delete;
  JsonBuffer& operator=(const JsonBuffer&) = delete;
  ~JsonBuffer();

  /// Room for `bytes` more.
  void reserve(std::size_t bytes) {
    if (static_cast<std::size_t>(end_ - at_) < bytes) grow(bytes);
  }
  /// Bytes as they are.
  void raw(std::string_view bytes) {
    reserve(bytes.size());
    std::memcpy(at_, bytes.data(), bytes.size());
    at_ += bytes.size();
  }
  template <std::size_t N>
  void literal(const char (&text)[N]) {
    raw(std::string_view(text, N - 1));
  }
  /// A JSON string, escaped as append_json_string escapes it.
  void string(std::string_view text);
  /// An integer in decimal.
  void integer(long long value);
  /// Appends what was written to the string; later writes append again.
  void done();

 private:
  void grow(std::size_t bytes);

  std::string& out_;
  char* begin_ = nullptr;  ///< the buffer: the thread's, or own_ while another JsonBuffer holds that
  char* at_ = nullptr;     ///< the next byte to write
  char* end_ = nullptr;    ///< the end of the buffer
  std::unique_ptr<char[]> own_;
  bool uses_scratch_ = false;
};

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
