#include "importers/article/text_util.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "importers/article/word_index.hpp"

namespace dipgraph::importers::article {

std::string_view trim(std::string_view text) {
  // U+00A0 (C2 A0) shows up around datelines copied from web pages.
  while (true) {
    if (!text.empty() && is_ascii_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.size() >= 2 && text[0] == '\xC2' && text[1] == '\xA0') {
      text.remove_prefix(2);
    } else {
      break;
    }
  }
  while (true) {
    if (!text.empty() && is_ascii_space(text.back())) {
      text.remove_suffix(1);
    } else if (text.size() >= 2 && text[text.size() - 2] == '\xC2' && text.back() == '\xA0') {
      text.remove_suffix(2);
    } else {
      break;
    }
  }
  return text;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::size_t ifind(std::string_view text, std::string_view needle) {
  if (needle.size() > text.size()) return std::string_view::npos;
  if (needle.empty()) return 0;
  // The first byte in either case decides most positions; find() jumps to the
  // next of each (memchr: many bytes a step), and the nearer one is tried.
  const char lower = ascii_lower(needle.front());
  const char upper = is_ascii_lower(lower) ? static_cast<char>(lower - 32) : lower;
  const std::string_view rest = needle.substr(1);
  const std::size_t last_start = text.size() - needle.size();
  std::size_t next_lower = text.find(lower);
  std::size_t next_upper = upper == lower ? std::string_view::npos : text.find(upper);
  while (true) {
    const std::size_t i = std::min(next_lower, next_upper);
    if (i == std::string_view::npos || i > last_start) return std::string_view::npos;
    if (iequals(text.substr(i + 1, rest.size()), rest)) return i;
    if (i == next_lower) {
      next_lower = text.find(lower, i + 1);
    } else {
      next_upper = text.find(upper, i + 1);
    }
  }
}

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // Copy a run of printable ASCII in one go: most of any article is that.
    std::size_t run = i;
    while (run + 8 <= size) {  // eight printable bytes at a time
      std::uint64_t chunk;
      std::memcpy(&chunk, bytes + run, 8);
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
      const std::uint64_t below = (chunk - kOnes * 0x20) & ~chunk;  // a byte under 0x20
      const std::uint64_t above = (chunk + kOnes * 0x01) | chunk;   // a byte over 0x7E
      if (((below | above) & (kOnes * 0x80)) != 0) break;
      run += 8;
    }
    while (run < size && bytes[run] >= 0x20 && bytes[run] < 0x7F) ++run;
    if (run > i) {
      out.append(text.data() + i, run - i);
      i = run;
      if (i >= size) break;
    }
    const unsigned char c = bytes[i];
    if (c < 0x80) {
      if (c == '\r') {
        out.push_back('\n');
        if (i + 1 < size && bytes[i + 1] == '\n') ++i;
      } else if (c == '\n' || c == '\t') {
        out.push_back(static_cast<char>(c));
      } else if (c < 0x20 || c == 0x7F) {
        out.push_back(' ');
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    // Multi-byte sequence: validate lead, length, continuation bytes, overlongs,
    // surrogates and the U+10FFFF ceiling; anything else becomes U+FFFD.
    std::size_t length = 0;
    unsigned int code = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
      code = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      code = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      code = c & 0x07;
    }
    bool valid = length != 0 && i + length <= size;
    for (std::size_t k = 1; valid && k < length; ++k) {
      const unsigned char next = bytes[i + k];
      if ((next & 0xC0) != 0x80) {
        valid = false;
      } else {
        code = (code << 6) | (next & 0x3F);
      }
    }
    if (valid) {
      if ((length == 3 && code < 0x800) || (length == 4 && code < 0x10000) ||
          (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
        valid = false;
      }
    }
    if (valid) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out.append("\xEF\xBF\xBD");
      ++i;
    }
  }
  return out;
}

namespace {

struct NameNumber {
  std::string_view name;
  int value;
};

constexpr std::array<NameNumber, 24> kMonths = {{
    {"january", 1},  {"february", 2}, {"march", 3},    {"april", 4},    {"may", 5},
    {"june", 6},     {"july", 7},     {"august", 8},   {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},      {"mar", 3},
    {"apr", 4},      {"jun", 6},      {"jul", 7},      {"aug", 8},      {"sep", 9},
    {"sept", 9},     {"oct", 10},     {"nov", 11},     {"dec", 12},
}};

constexpr std::array<NameNumber, 17> kWeekdays = {{
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4},
    {"saturday", 5}, {"sunday", 6}, {"mon", 0}, {"tue", 1}, {"tues", 1}, {"wed", 2},
    {"thu", 3}, {"thur", 3}, {"thurs", 3}, {"fri", 4}, {"sat", 5}, {"sun", 6},
}};

constexpr std::array<NameNumber, 30> kNumbers = {{
    {"one", 1},        {"two", 2},        {"three", 3},       {"four", 4},
    {"five", 5},       {"six", 6},        {"seven", 7},       {"eight", 8},
    {"nine", 9},       {"ten", 10},       {"eleven", 11},     {"twelve", 12},
    {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},    {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},   {"twenty", 20},
    {"twenty-one", 21}, {"twenty-two", 22}, {"twenty-three", 23}, {"twenty-four", 24},
    {"twenty-five", 25}, {"twenty-six", 26}, {"twenty-seven", 27}, {"twenty-eight", 28},
    {"twenty-nine", 29}, {"thirty", 30},
}};

/// Case-insensitive name -> number lookup; the most frequent thing the date
/// scanner does, so it is a hash lookup on a lower-cased stack copy.
class NameIndex {
 public:
  template <std::size_t N>
  explicit NameIndex(const std::array<NameNumber, N>& table) {
    for (const auto& entry : table) index_.emplace(entry.name, entry.value);
  }

  std::optional<int> find(std::string_view word) const {
    char buffer[16];
    if (word.empty() || word.size() > sizeof buffer) return std::nullopt;
    for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = ascii_lower(word[i]);
    const auto found = index_.find(std::string_view(buffer, word.size()));
    if (found == index_.end()) return std::nullopt;
    return found->second;
  }

 private:
  std::unordered_map<std::string_view, int> index_;
};

}  // namespace

bool names_month_or_weekday(std::string_view word, std::uint64_t hash) {
  static const WordIndex<char> names = [] {
    WordIndex<char> index;
    for (const auto& entry : kMonths) index[entry.name] = 1;
    for (const auto& entry : kWeekdays) index[entry.name] = 1;
    return index;
  }();
  return names.find(word, hash) != nullptr;
}

std::optional<int> month_from_name(std::string_view word) {
  static const NameIndex index(kMonths);
  return index.find(word);
}
std::optional<int> weekday_from_name(std::string_view word) {
  static const NameIndex index(kWeekdays);
  return index.find(word);
}
std::optional<int> number_from_word(std::string_view word) {
  static const NameIndex index(kNumbers);
  return index.find(word);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(int year, int month, int day) {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

core::Date civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return core::Date{year, month, day, core::DatePrecision::day};
}

int weekday_of(const core::Date& day) {
  const long days = days_from_civil(day.year, day.month == 0 ? 1 : day.month,
                                    day.day == 0 ? 1 : day.day);
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  long weekday = (days + 3) % 7;
  if (weekday < 0) weekday += 7;
  return static_cast<int>(weekday);
}

std::optional<core::Date> make_day(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > core::days_in_month(year, month)) {
    return std::nullopt;
  }
  return core::Date{year, month, day, core::DatePrecision::day};
}

}  // namespace dipgraph::importers::article
