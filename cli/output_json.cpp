#include "cli/output_json.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace dipgraph::cli {
namespace {

std::string dump_scalar(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// True when none of the eight bytes at `p` needs a look: each is printable
/// ASCII other than '"' and '\\'.
bool plain_ascii8(const unsigned char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const auto has_zero = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const std::uint64_t control = (v - kOnes * 0x20) & ~v & kHigh;  // a byte below 0x20
  return ((v & kHigh) | control | has_zero(v ^ (kOnes * '"')) | has_zero(v ^ (kOnes * '\\'))) == 0;
}

/// Appends `text` as a JSON string exactly as nlohmann's dump escapes it
/// (ensure_ascii off), or returns false, appending nothing, when it is not valid
/// UTF-8: then nlohmann's replacement rules apply. Most of an extract's output is
/// strings, and going through a Json and its serializer for each costs more than
/// the extraction of some of them.
bool append_escaped(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t copied = 0;
  std::size_t i = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (i < text.size()) {
    // Eight plain bytes (printable ASCII, no quote or backslash) at a time.
    while (i + 8 <= text.size() && plain_ascii8(bytes + i)) i += 8;
    if (i >= text.size()) break;
    const unsigned char c = bytes[i];
    if (c >= 0x80) {
      // Only well-formed sequences (no overlongs, surrogates or code points past
      // U+10FFFF) are copied; anything else is left to nlohmann.
      std::size_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > text.size()) break;
      bool valid = true;
      for (std::size_t k = 1; k < length; ++k) valid = valid && (bytes[i + k] & 0xC0) == 0x80;
      if (valid && c == 0xE0) valid = bytes[i + 1] >= 0xA0;
      if (valid && c == 0xED) valid = bytes[i + 1] < 0xA0;
      if (valid && c == 0xF0) valid = bytes[i + 1] >= 0x90;
      if (valid && c == 0xF4) valid = bytes[i + 1] < 0x90;
      if (!valid) break;
      i += length;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(text.data() + copied, i - copied);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned int>(c));
        out += escape;
      }
    }
    copied = ++i;
  }
  if (i < text.size()) {
    out.resize(start);
    return false;
  }
  out.append(text.data() + copied, text.size() - copied);
  out += '"';
  return true;
}

void append_scalar(std::string& out, const Json& value) {
  if (value.is_string()) {
    append_json_string(out, value.get_ref<const std::string&>());
    return;
  } else if (value.is_number_unsigned()) {
    out += std::to_string(value.get<std::uint64_t>());
    return;
  } else if (value.is_number_integer()) {
    out += std::to_string(value.get<std::int64_t>());
    return;
  }
  out += dump_scalar(value);
}

// nlohmann's compact dump has no spaces ({"id":17}); the jsonl contract reads
// like Python's json.dumps ({"id": 17}), so containers are walked here and
// only scalars are left to nlohmann (shortest round-trip numbers).
void append_line(std::string& out, const Json& value) {
  if (value.is_object()) {
    out += '{';
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it != value.begin()) out += ", ";
      append_json_string(out, it.key());
      out += ": ";
      append_line(out, it.value());
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it != value.begin()) out += ", ";
      append_line(out, *it);
    }
    out += ']';
  } else {
    append_scalar(out, value);
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (!append_escaped(out, text)) out += dump_scalar(Json(std::string(text)));
}

std::string json_line(const Json& value) {
  std::string out;
  append_line(out, value);
  return out;
}

void write_jsonl(std::ostream& out, const Json& value) { out << json_line(value) << '\n'; }

void write_json(std::ostream& out, const Json& value) {
  out << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace dipgraph::cli
