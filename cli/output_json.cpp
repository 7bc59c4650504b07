#include "cli/output_json.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/// Printable ASCII other than '"' and '\\': copied as it is.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x80; ++c) table[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return table;
}();

/// Writes `text` at `out` as a JSON string exactly as nlohmann's dump escapes it
/// (ensure_ascii off) and returns the end, or returns nullptr when it is not
/// valid UTF-8: then nlohmann's replacement rules apply. `out` has room for
/// 6 * text.size() + 2 bytes. Most of an extract's output is strings, and going
/// through a Json and its serializer for each costs more than the extraction of
/// some of them. Plain bytes are copied as they are scanned, sixteen at a time
/// where SSE2 is there.
char* escape_into(char* out, std::string_view text) {
  *out++ = '"';
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
#if defined(__SSE2__)
    // Copied before they are checked: the room is there, and a special byte is
    // written over below.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    bool special = false;
    while (i + 16 <= size) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
      // Signed: bytes of 0x80 and up count as below 0x20 too, and take the slow path.
      const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmplt_epi8(v, space));
      const int mask = _mm_movemask_epi8(marks);
      if (mask != 0) {
        const int k = __builtin_ctz(static_cast<unsigned>(mask));
        i += static_cast<std::size_t>(k);
        out += k;
        special = true;
        break;
      }
      i += 16;
      out += 16;
    }
    if (!special)
#endif
    {
      while (i + 8 <= size && plain_ascii8(bytes + i)) {
        std::memcpy(out, bytes + i, 8);
        i += 8;
        out += 8;
      }
    }
    // Byte by byte to the next special byte (the rest of a long string, short ones whole).
    while (i < size && kPlainByte[bytes[i]]) *out++ = static_cast<char>(bytes[i++]);
    if (i >= size) break;
    const unsigned char c = bytes[i];
    if (c >= 0x80) {
      // Only well-formed sequences (no overlongs, surrogates or code points past
      // U+10FFFF) are copied; anything else is left to nlohmann.
      std::size_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > size) return nullptr;
      bool valid = true;
      for (std::size_t k = 1; k < length; ++k) valid = valid && (bytes[i + k] & 0xC0) == 0x80;
      if (valid && c == 0xE0) valid = bytes[i + 1] >= 0xA0;
      if (valid && c == 0xED) valid = bytes[i + 1] < 0xA0;
      if (valid && c == 0xF0) valid = bytes[i + 1] >= 0x90;
      if (valid && c == 0xF4) valid = bytes[i + 1] < 0x90;
      if (!valid) return nullptr;
      for (std::size_t k = 0; k < length; ++k) *out++ = static_cast<char>(bytes[i + k]);
      i += length;
      continue;
    }
    ++i;
    if (c >= 0x20 && c != '"' && c != '\\') {
      *out++ = static_cast<char>(c);
      continue;
    }
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\b': *out++ = 'b'; break;
      case '\t': *out++ = 't'; break;
      case '\n': *out++ = 'n'; break;
      case '\f': *out++ = 'f'; break;
      case '\r': *out++ = 'r'; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = kHex[c >> 4];
        *out++ = kHex[c & 15];
      }
    }
  }
  *out++ = '"';
  return out;
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
  JsonBuffer buffer(out);
  buffer.string(text);
}

void JsonBuffer::string(std::string_view text) {
  reserve(6 * text.size() + 2);
  if (char* end = escape_into(at_, text)) {
    at_ = end;
    return;
  }
  raw(dump_scalar(Json(std::string(text))));
}

void JsonBuffer::integer(long long value) {
  reserve(24);
  const auto result = std::to_chars(at_, at_ + 24, value);
  at_ = result.ptr;
}

namespace {

/// JsonBuffer's memory, one per thread: kept from line to line, so that writing
/// allocates nothing once it has grown to the longest line.
struct Scratch {
  std::unique_ptr<char[]> bytes;
  std::size_t size = 0;
  bool busy = false;  ///< a JsonBuffer holds it (another one meanwhile takes memory of its own)
};
thread_local Scratch scratch;

}  // namespace

JsonBuffer::~JsonBuffer() {
  done();
  if (uses_scratch_) scratch.busy = false;
}

void JsonBuffer::done() {
  if (at_ == begin_) return;
  out_.append(begin_, static_cast<std::size_t>(at_ - begin_));
  at_ = begin_;
}

void JsonBuffer::grow(std::size_t bytes) {
  const std::size_t written = static_cast<std::size_t>(at_ - begin_);
  const std::size_t wanted = written + bytes;
  if (begin_ == nullptr && !scratch.busy) {  // the first write: take the thread's buffer
    scratch.busy = true;
    uses_scratch_ = true;
    if (scratch.size < wanted) {
      scratch.size = std::max<std::size_t>(wanted, 4096);
      scratch.bytes.reset(new char[scratch.size]);
    }
    begin_ = at_ = scratch.bytes.get();
    end_ = begin_ + scratch.size;
    return;
  }
  const std::size_t size = std::max<std::size_t>({wanted, 2 * static_cast<std::size_t>(end_ - begin_), 4096});
  std::unique_ptr<char[]> bigger(new char[size]);
  if (written > 0) std::memcpy(bigger.get(), begin_, written);
  if (uses_scratch_) {
    scratch.bytes = std::move(bigger);
    scratch.size = size;
    begin_ = scratch.bytes.get();
  } else {
    own_ = std::move(bigger);
    begin_ = own_.get();
  }
  at_ = begin_ + written;
  end_ = begin_ + size;
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
