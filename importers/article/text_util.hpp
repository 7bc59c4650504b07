#pragma once
// Small byte-level text helpers shared by the article pipeline's text stages.
// Everything here is a linear scan over ASCII-compatible UTF-8: bytes >= 0x80
// are never letters, digits or spaces, so multi-byte characters pass through.

#include <bit>
#include <cstddef>
#include <cstring>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace dipgraph::importers::article {

constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c + 32) : c; }

/// The pipeline compares token keys with literals everywhere (`norm == "the"`).
/// GCC 12's std::string == const char* calls strlen and an out-of-line compare
/// each time, a visible share of extraction; this overload, preferred for not
/// being a template, is inlined: the literal's length folds to a constant, so
/// most words are told apart by their size alone and the rest by a compare of
/// known length, which the compiler expands in place (always: out of line, the
/// length would be a strlen call). `!=` rewrites to it.
[[gnu::always_inline]] inline bool operator==(const std::string& text, const char* literal) {
  const std::size_t size = std::char_traits<char>::length(literal);
  return text.size() == size && std::char_traits<char>::compare(text.data(), literal, size) == 0;
}

namespace detail {
/// For eight bytes (as one little-endian word): the high bit of each byte that is
/// not an ASCII letter (and, with `digits`, not a digit). Bytes of 0x80 and up are
/// neither; sums over them may carry into the next byte up, but only past a byte
/// already marked, and the caller wants the first marked one.
template <bool digits>
constexpr std::uint64_t not_ascii_word_bytes(std::uint64_t v) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  const std::uint64_t folded = v | (kOnes * 0x20);                  // 'A'..'Z' -> 'a'..'z'
  const std::uint64_t from_a = folded + kOnes * (0x80 - 'a');      // high bit: >= 'a'
  const std::uint64_t past_z = folded + kOnes * (0x80 - 'z' - 1);  // high bit: > 'z'
  std::uint64_t word = from_a & ~past_z;
  if constexpr (digits) {
    const std::uint64_t from_0 = v + kOnes * (0x80 - '0');
    const std::uint64_t past_9 = v + kOnes * (0x80 - '9' - 1);
    word |= from_0 & ~past_9;
  }
  return (~word | v) & kHigh;
}

template <bool digits>
inline std::size_t skip_ascii_word(std::string_view text, std::size_t i) {
  if constexpr (std::endian::native == std::endian::little) {
    while (i + 8 <= text.size()) {
      std::uint64_t v;
      std::memcpy(&v, text.data() + i, 8);
      const std::uint64_t stops = not_ascii_word_bytes<digits>(v);
      if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops) / 8);
      i += 8;
    }
  }
  while (i < text.size() && (is_ascii_alpha(text[i]) || (digits && is_ascii_digit(text[i])))) ++i;
  return i;
}
}  // namespace detail

/// The end of the run of ASCII letters starting at `i` (`i` itself when none), eight bytes a step.
inline std::size_t skip_ascii_letters(std::string_view text, std::size_t i) {
  return detail::skip_ascii_word<false>(text, i);
}
/// The same for ASCII letters and digits.
inline std::size_t skip_ascii_alnum(std::string_view text, std::size_t i) {
  return detail::skip_ascii_word<true>(text, i);
}

/// `text` without leading and trailing ASCII white space (and no-break spaces).
std::string_view trim(std::string_view text);

/// Lower-cases ASCII letters; other bytes are kept.
std::string ascii_lower(std::string_view text);

/// ASCII case-insensitive equality.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

/// ASCII case-insensitive prefix test (inline: asked per line for every boilerplate rule).
inline bool istarts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

/// Where `needle` first occurs in `text`, ASCII case-insensitive; npos when nowhere.
std::size_t ifind(std::string_view text, std::string_view needle);

/// Valid UTF-8 with every invalid byte replaced by U+FFFD, "\r\n" and "\r" turned
/// into "\n", NUL and other C0 controls (except tab and newline) turned into spaces.
std::string clean_text(std::string_view text);

/// 1..12 for an English month name or its abbreviation ("November", "Nov",
/// "Sept"), case-insensitive; nullopt otherwise.
std::optional<int> month_from_name(std::string_view word);

/// True for a lower-case month or weekday name or abbreviation ("june", "sept", "wed");
/// `hash` is word_hash(word), as tokens carry it. A lookup cheap enough for every word.
bool names_month_or_weekday(std::string_view word, std::uint64_t hash);

/// 0 (Monday) .. 6 (Sunday) for an English weekday name or abbreviation
/// ("Wednesday", "Wed"), case-insensitive; nullopt otherwise.
std::optional<int> weekday_from_name(std::string_view word);

/// 1..30 for the English number words "one".."thirty" (and "a"/"an" -> 1 is NOT
/// included), case-insensitive; nullopt otherwise.
std::optional<int> number_from_word(std::string_view word);

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), and back.
long days_from_civil(int year, int month, int day);
core::Date civil_from_days(long days);

/// 0 (Monday) .. 6 (Sunday) of a day-precision date.
int weekday_of(const core::Date& day);

/// A day-precision date when year/month/day form a real calendar day.
std::optional<core::Date> make_day(int year, int month, int day);

}  // namespace dipgraph::importers::article
