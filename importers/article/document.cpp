#include "importers/article/document.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "core/tsv.hpp"
#include "importers/article/date_expressions.hpp"
#include "importers/article/numeric_dates.hpp"
#include "importers/article/text_util.hpp"

// How the publication date is chosen: every line of the header (the first
// kHeaderLines non-empty lines) that can carry one is scored, and the best,
// earliest wins: a labelled "Published ..." line, a line holding only a date, a
// short byline or dateline ("Kamran Yousaf November 28, 2024", "Istanbul, 7
// December 2023"), a dateline opening the first paragraph ("Guacamaya, March
// 6, 2025. ...", "ALGIERS (Agency - 20th March, 2022) - ..."), an "Updated"
// line. Only then the last lines of the page, and last a URL with /2023/10/17/.
// Dates inside the body's sentences never count: they date events, not the page.

namespace dipgraph::importers::article {
namespace {

using core::Date;
using core::DatePrecision;

constexpr std::size_t kHeaderLines = 8;      // non-empty lines, headline included
constexpr std::size_t kShortLine = 100;      // bytes: a byline or dateline, not prose
constexpr std::size_t kDatelineReach = 60;   // a dateline's date starts this early
constexpr std::size_t kTailLines = 3;        // non-empty lines searched at the end
constexpr std::size_t kFallbackReach = 4000;  // bytes of a line the last-resort dates read

struct Line {
  std::string_view text;  ///< trimmed
  long number = 0;        ///< 1-based
};

enum class Match { line, prefix };
enum class Action { drop, cut };

struct BoilerplateRule {
  std::string pattern;
  Match match = Match::line;
  Action action = Action::drop;
};

const std::vector<BoilerplateRule>& boilerplate_rules() {
  static const std::vector<BoilerplateRule> rules = [] {
    std::vector<BoilerplateRule> loaded;
    const auto table = core::embedded_tsv("article_boilerplate.tsv");
    const auto pattern = table.column("pattern", "article_boilerplate.tsv");
    const auto match = table.column("match", "article_boilerplate.tsv");
    const auto action = table.column("action", "article_boilerplate.tsv");
    for (const auto& row : table.rows) {
      loaded.push_back(BoilerplateRule{row.fields[pattern],
                                       row.fields[match] == "prefix" ? Match::prefix : Match::line,
                                       row.fields[action] == "cut" ? Action::cut : Action::drop});
    }
    return loaded;
  }();
  return rules;
}

/// The rules in file order, grouped by the lower-cased first byte of their
/// pattern: a rule matches only lines that start with its pattern.
struct BoilerplateRules {
  std::vector<BoilerplateRule> rules;
  std::vector<std::size_t> by_first[256];
};

const BoilerplateRules& boilerplate_index() {
  static const BoilerplateRules index = [] {
    BoilerplateRules built;
    built.rules = boilerplate_rules();
    for (std::size_t r = 0; r < built.rules.size(); ++r) {
      const std::string& pattern = built.rules[r].pattern;
      if (pattern.empty()) {
        for (auto& list : built.by_first) list.push_back(r);
      } else {
        const auto lower = static_cast<unsigned char>(ascii_lower(pattern.front()));
        built.by_first[lower].push_back(r);
        if (is_ascii_lower(static_cast<char>(lower))) built.by_first[lower - 32].push_back(r);
      }
    }
    return built;
  }();
  return index;
}

/// The boilerplate action for a line, if any rule matches it.
std::optional<Action> boilerplate_action(std::string_view line) {
  std::string_view bare = line;
  while (!bare.empty() && (bare.back() == ':' || is_ascii_space(bare.back()))) bare.remove_suffix(1);
  const BoilerplateRules& index = boilerplate_index();
  const auto first = line.empty() ? 0 : static_cast<unsigned char>(line.front());
  const auto& candidates = index.by_first[first];
  // A label alone ("Related stories") first, then a label with its text on the
  // line ("Read also: <headline>", one teaser among the paragraphs: dropped, not
  // an end of the article), then a label that goes on ("Share this: Email | X").
  for (const std::size_t r : candidates) {
    const BoilerplateRule& rule = index.rules[r];
    if (rule.match == Match::line && iequals(bare, rule.pattern)) return rule.action;
  }
  for (const std::size_t r : candidates) {
    const BoilerplateRule& rule = index.rules[r];
    if (rule.match == Match::prefix && istarts_with(line, rule.pattern)) return rule.action;
  }
  for (const std::size_t r : candidates) {
    const BoilerplateRule& rule = index.rules[r];
    if (rule.match == Match::prefix) continue;
    // "Share this: Email | X", "Comments (0)", "Related stories - ..."
    if (istarts_with(line, rule.pattern)) {
      std::size_t k = rule.pattern.size();
      while (k < line.size() && line[k] == ' ') ++k;
      if (k < line.size() && (line[k] == ':' || line[k] == '(' || line[k] == '|' ||
                              (line[k] == '-' && k > rule.pattern.size()))) {
        return rule.action;
      }
    }
  }
  // Share bars and navigation: "Share | Print | Email", "Home | World | Asia".
  // (Counted first: most lines, paragraphs of text, have no two bars.)
  if (std::count(line.begin(), line.end(), '|') >= 2) {
    std::size_t bars = 0;
    std::size_t longest = 0;
    std::size_t words = 0;
    bool in_word = false;
    for (char c : line) {
      if (c == '|') {
        ++bars;
        longest = std::max(longest, words);
        words = 0;
      }
      const bool space = is_ascii_space(c) || c == '|';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    longest = std::max(longest, words);
    if (bars >= 2 && longest <= 4) return Action::drop;
  }
  // Separator lines: "---", "* * *".
  if (std::none_of(line.begin(), line.end(), [](char c) {
        return is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return Action::drop;
  }
  return std::nullopt;
}

bool is_url_line(std::string_view line) {
  if (!(istarts_with(line, "http://") || istarts_with(line, "https://") ||
        istarts_with(line, "www."))) {
    return false;
  }
  return std::none_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::size_t word_count(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_ascii_space(c);
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

/// Orders an ambiguous numeric date by what the prose does, asked only when one
/// turns up: most pages have none.
class ProseOrder {
 public:
  explicit ProseOrder(std::string_view text) : text_(text) {}
  DayOrder get() const {
    if (!order_) order_ = day_order_of_prose(text_);
    return *order_;
  }

 private:
  std::string_view text_;
  mutable std::optional<DayOrder> order_;
};

/// A numeric date at the start of `text`, day and month ordered by the hints of
/// `line` (the whole line it sits in) and of the prose.
std::optional<Date> numeric_date(std::string_view text, std::string_view line, const ProseOrder& prose) {
  const auto date = numeric_date_at(text);
  if (!date) return std::nullopt;
  if (!date->day_first) return date->date;
  const DayOrder by_line = day_order_of_line(line, *date);
  return resolve(*date, by_line, by_line == DayOrder::unknown ? prose.get() : DayOrder::unknown);
}

/// The first day-precision date with an explicit year in `text`, with where it starts.
std::optional<DateMention> first_full_date(std::string_view text) {
  // Such a date always has a four-digit year: most lines have none to look for.
  std::size_t run = 0;
  for (const char c : text) {
    run = is_ascii_digit(c) ? run + 1 : 0;
    if (run == 4) break;
  }
  if (run < 4) return std::nullopt;
  for (const auto& mention : find_dates(text, std::nullopt)) {
    if (mention.date.precision == DatePrecision::day && !mention.relative) return mention;
  }
  return std::nullopt;
}

enum class Label { none, published, updated };

/// "Published", "Publish Date :", "Posted on", "Written:", "Date:", "Updated:" ...;
/// moves `rest` past the label.
Label date_label(std::string_view line, std::string_view& rest) {
  static constexpr std::string_view kPublished[] = {
      "first published", "published on", "published", "publish date", "publication date",
      "posted on", "posted", "written on", "written", "date", "released", "dated",
      "printed edition", "print edition"};
  static constexpr std::string_view kUpdated[] = {"last updated", "updated on", "updated",
                                                  "last modified", "modified"};
  auto strip = [&](std::string_view label) {
    std::string_view after = line.substr(label.size());
    if (!after.empty() && is_ascii_alpha(after.front())) return false;  // "Dated" vs "Date"
    while (!after.empty() && (is_ascii_space(after.front()) || after.front() == ':' ||
                              after.front() == '-' || after.front() == ',')) {
      after.remove_prefix(1);
    }
    // "Last updated on 12/10/2023", "Posted at 10/4/2023"
    for (std::string_view word : {"on ", "at "}) {
      if (istarts_with(after, word)) after.remove_prefix(word.size());
    }
    rest = after;
    return true;
  };
  for (auto label : kPublished) {
    if (istarts_with(line, label) && strip(label)) return Label::published;
  }
  for (auto label : kUpdated) {
    if (istarts_with(line, label) && strip(label)) return Label::updated;
  }
  return Label::none;
}

/// The part of a byline before its date: names, places, an agency, separators;
/// no running prose (lower-case words other than a few linking ones).
bool looks_like_byline(std::string_view before) {
  static constexpr std::string_view kLinking[] = {"by", "and", "of", "de", "da", "al", "el",
                                                  "on", "at", "in", "von", "van", "bin", "c"};
  std::size_t i = 0;
  std::size_t words = 0;
  while (i < before.size()) {
    while (i < before.size() && (is_ascii_space(before[i]) || before[i] == ',' ||
                                 before[i] == '|' || before[i] == '-' || before[i] == '(' ||
                                 before[i] == ')' || before[i] == ':')) {
      ++i;
    }
    const std::size_t start = i;
    while (i < before.size() && !is_ascii_space(before[i]) && before[i] != ',' &&
           before[i] != '|' && before[i] != '(' && before[i] != ')') {
      ++i;
    }
    if (i == start) continue;
    const std::string_view word = before.substr(start, i - start);
    ++words;
    if (is_ascii_lower(word.front()) &&
        std::none_of(std::begin(kLinking), std::end(kLinking),
                     [&](std::string_view linking) { return iequals(word, linking); })) {
      return false;
    }
    if (word.back() == '.' && word.size() > 3) return false;  // a sentence ended here
  }
  return words <= 8;
}

struct DateCandidate {
  Date date;
  int score = 0;
  std::string from;
};

/// What kind of date line `line` is; score 0 when it carries no publication date.
/// Scores: 5 labelled "Published", 4 only a date, 3 byline/dateline, 2 "Updated".
DateCandidate date_line(const Line& line, bool allow_long, const ProseOrder& prose) {
  DateCandidate candidate;
  if (is_url_line(line.text)) return candidate;  // URLs are the last resort, see url_date
  const std::string number = std::to_string(line.number);
  std::string_view rest;
  const Label label = date_label(line.text, rest);
  if (label != Label::none) {
    std::optional<Date> date = numeric_date(rest, line.text, prose);
    if (!date) {  // "Posted: Mon, 09/11/2023 - 11:20": a weekday first
      if (auto found = find_numeric_date(rest.substr(0, std::min<std::size_t>(rest.size(), 40)));
          found && looks_like_byline(rest.substr(0, found->begin))) {
        date = numeric_date(rest.substr(found->begin), line.text, prose);
      }
    }
    if (!date) {
      if (auto mention = first_full_date(rest.substr(0, std::min<std::size_t>(rest.size(), 80)))) {
        date = mention->date;
      }
    }
    if (date) {
      candidate.date = *date;
      candidate.score = label == Label::published ? 5 : 2;
      candidate.from = "header line " + number;
    }
    return candidate;
  }
  // "This article was first published on March 11, 2023.": a publishing note.
  if (line.text.size() <= 120) {
    for (std::string_view word : {"first published on", "originally published on", "was published on"}) {
      const std::size_t at = ifind(line.text, word);
      if (at == std::string_view::npos) continue;
      std::string_view after = line.text.substr(at + word.size());
      std::optional<Date> date = numeric_date(trim(after), line.text, prose);
      if (!date) {
        if (auto mention = first_full_date(after)) date = mention->date;
      }
      if (date) {
        candidate.date = *date;
        candidate.score = 5;
        candidate.from = "header line " + number;
      }
      return candidate;
    }
  }
  // "By Ana Ruiz | Published at 10/4/2023": a label after a byline.
  if (line.text.size() <= kShortLine) {
    for (std::string_view word : {"| published", "| posted", "| updated", "| written", "| publish date"}) {
      const std::size_t at = ifind(line.text, word);
      if (at == std::string_view::npos || !looks_like_byline(line.text.substr(0, at))) continue;
      const Line labelled{trim(line.text.substr(at + 1)), line.number};
      return date_line(labelled, allow_long, prose);
    }
  }
  if (auto only = Date::parse(line.text.substr(0, 10));
      only && only->precision == DatePrecision::day &&
      (line.text.size() == 10 || is_ascii_space(line.text[10]) || line.text[10] == 'T')) {
    if (line.text.size() <= 30) {  // "2024-11-08" or "2024-11-08 09:43:30"
      candidate.date = *only;
      candidate.score = 4;
      candidate.from = "header line " + number;
      return candidate;
    }
  }
  if (auto date = numeric_date(line.text, line.text, prose); date && line.text.size() <= 30) {
    candidate.date = *date;
    candidate.score = 4;
    candidate.from = "header line " + number;
    return candidate;
  }
  // "By Ana Ruiz | 15.02.2022", "Wed, 06/07/2023 - 16:15", "16:15 07.06.2023": a
  // numeric date after a byline, a weekday or a clock, and before little else.
  if (line.text.size() <= kShortLine) {
    if (auto found = find_numeric_date(line.text);
        found && looks_like_byline(line.text.substr(0, found->begin)) &&
        trim(line.text.substr(found->end)).size() <= 25) {
      candidate.date = *numeric_date(line.text.substr(found->begin), line.text, prose);
      candidate.score = 3;
      candidate.from = "header line " + number;
      return candidate;
    }
  }
  const bool is_short = line.text.size() <= kShortLine && word_count(line.text) <= 14;
  if (!is_short && !allow_long) return candidate;
  const auto prefix = line.text.substr(0, std::min<std::size_t>(line.text.size(), 160));
  auto mention = first_full_date(prefix);
  if (!mention) return candidate;
  if (is_short) {
    // A byline or a dateline ("Kamran Yousaf November 28, 2024", "Istanbul, 7
    // December 2023"), not a short sentence ("The talks began on March 5, 2024.").
    // What follows the date: a time, a zone, "| Updated 2 hours ago" (cut at "updated").
    std::string_view tail = trim(line.text.substr(mention->end));
    if (const std::size_t updated = ifind(tail, "updated"); updated != std::string_view::npos) {
      tail = trim(tail.substr(0, updated));
    }
    if (!looks_like_byline(line.text.substr(0, mention->begin)) || tail.size() > 25) return candidate;
    candidate.date = mention->date;
    candidate.score = 3;
    candidate.from = "header line " + number;
    return candidate;
  }
  // A long line: only a dateline that opens it ("Guacamaya, March 6, 2025. ...").
  if (mention->begin > kDatelineReach) return candidate;
  std::string_view before = trim(line.text.substr(0, mention->begin));
  if (!before.empty()) {
    const char last = before.back();
    if (last != ',' && last != '(' && last != '-' && last != ':' &&
        !(before.size() >= 3 && before.substr(before.size() - 3) == "\xE2\x80\x93")) {
      return candidate;
    }
    if (word_count(before) > 6) return candidate;
    for (char c : before.substr(0, before.size() - 1)) {
      if (c == '.' || c == '!' || c == '?') return candidate;
    }
  }
  candidate.date = mention->date;
  candidate.score = 3;
  candidate.from = "dateline line " + number;
  return candidate;
}

/// A date in a URL path: /2023/10/17/ (day), /2023/10/ (month) or a segment
/// opening with YYYYMMDD.
std::optional<Date> url_date(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  const std::size_t path = url.find('/', scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(path);
  auto segment_number = [](std::string_view s, std::size_t at, std::size_t count) -> int {
    if (at + count > s.size()) return -1;
    int value = 0;
    for (std::size_t k = at; k < at + count; ++k) {
      if (!is_ascii_digit(s[k])) return -1;
      value = value * 10 + (s[k] - '0');
    }
    if (at + count < s.size() && is_ascii_digit(s[at + count])) return -1;
    return value;
  };
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] != '/') continue;
    const int year = segment_number(rest, i + 1, 4);
    if (year >= 1990 && year <= 2100 && i + 5 < rest.size() && rest[i + 5] == '/') {
      std::size_t m_len = (i + 7 < rest.size() && is_ascii_digit(rest[i + 7])) ? 2 : 1;
      const int month = segment_number(rest, i + 6, m_len);
      if (month >= 1 && month <= 12) {
        const std::size_t after_month = i + 6 + m_len;
        if (after_month < rest.size() && rest[after_month] == '/') {
          std::size_t d_len =
              (after_month + 2 < rest.size() && is_ascii_digit(rest[after_month + 2])) ? 2 : 1;
          const int day = segment_number(rest, after_month + 1, d_len);
          if (auto date = make_day(year, month, day)) return date;
        }
        return Date{year, month, 0, DatePrecision::month};
      }
    }
    // A segment opening with YYYYMMDD (a timestamped article id).
    if (i + 9 <= rest.size()) {
      int value[3] = {0, 0, 0};
      bool digits = true;
      for (std::size_t k = 0; k < 8 && digits; ++k) {
        const char c = rest[i + 1 + k];
        digits = is_ascii_digit(c);
        const int part = k < 4 ? 0 : (k < 6 ? 1 : 2);
        if (digits) value[part] = value[part] * 10 + (c - '0');
      }
      if (digits && value[0] >= 1990 && value[0] <= 2100) {
        if (auto date = make_day(value[0], value[1], value[2])) return date;
      }
    }
  }
  return std::nullopt;
}

/// URLs in a line: the line itself or "http..." words inside it.
std::optional<Date> url_date_in_line(std::string_view line) {
  std::size_t at = 0;
  while ((at = line.find("http", at)) != std::string_view::npos) {
    std::size_t end = at;
    while (end < line.size() && !is_ascii_space(line[end])) ++end;
    if (auto date = url_date(line.substr(at, end - at))) return date;
    at = end;
  }
  return std::nullopt;
}

/// Is `text` an all-caps place ("ISLAMABAD", "NEW DELHI", "WASHINGTON, D.C.")?
bool is_caps_place(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (is_ascii_upper(c)) {
      ++letters;
    } else if (is_ascii_lower(c)) {
      return false;
    } else if (c != ' ' && c != ',' && c != '.' && c != '\'' && c != '-' &&
               static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return letters >= 3;
}

/// Is `text` a place in title case ("Islamabad", "New Delhi"): one to three
/// capitalised words, as datelines in mixed case write it?
bool is_title_place(std::string_view text) {
  if (text.empty() || text.size() > 30) return false;
  int words = 0;
  bool word_start = true;
  for (char c : text) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      if (!is_ascii_upper(c)) return false;
      ++words;
    } else if (!is_ascii_lower(c) && c != '-' && c != '\'') {
      return false;
    }
    word_start = false;
  }
  return words <= 3;
}

/// Skips spaces, one dash (-, --, en dash, em dash) or colon, and spaces.
std::size_t skip_dash(std::string_view text, std::size_t i) {
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && (text[i] == '-' || text[i] == ':')) {
    ++i;
    if (text[i - 1] == '-' && i < text.size() && text[i] == '-') ++i;  // "--"
  } else if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\x94") {
    i += 3;
  } else {
    return std::string_view::npos;
  }
  while (i < text.size() && text[i] == ' ') ++i;
  return i;
}

/// Where the text starts after a dateline in mixed case with a month and day and an
/// agency ("Islamabad, June 7 (Agency): ", "Tehran, June 7, Agency -- ", "Moscow, June 7.
/// /Agency/. "); npos when `line` opens with none.
std::size_t after_mixed_case_dateline(std::string_view line) {
  const std::size_t comma = line.find(',');
  if (comma == std::string_view::npos || comma > 30 || !is_title_place(line.substr(0, comma))) {
    return std::string_view::npos;
  }
  std::size_t i = comma + 1;
  while (i < line.size() && line[i] == ' ') ++i;
  std::size_t word_end = i;
  while (word_end < line.size() && is_ascii_alpha(line[word_end])) ++word_end;
  if (word_end == i || !is_ascii_upper(line[i]) || !month_from_name(line.substr(i, word_end - i))) {
    return std::string_view::npos;
  }
  i = word_end;
  if (i < line.size() && line[i] == '.') ++i;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::size_t day_start = i;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  if (i == day_start || i - day_start > 2) return std::string_view::npos;
  if (line.substr(i, 2) == ", " && i + 6 <= line.size() && is_ascii_digit(line[i + 2]) &&
      is_ascii_digit(line[i + 5])) {
    i += 6;  // ", 2023"
  }
  // The agency: "(Agency)", ". /Agency/.", ", AGENCY" (one upper-case word), then a dash or colon.
  while (i < line.size() && (line[i] == ' ' || line[i] == '.')) ++i;
  if (i < line.size() && line[i] == '(') {
    const std::size_t close = line.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return std::string_view::npos;
    i = close + 1;
  } else if (i < line.size() && line[i] == '/') {
    const std::size_t close = line.find('/', i + 1);
    if (close == std::string_view::npos || close - i > 30) return std::string_view::npos;
    i = close + 1;
    if (i < line.size() && line[i] == '.') return i + 1;
  } else if (i < line.size() && line[i] == ',') {
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < line.size() && (is_ascii_upper(line[i]) || line[i] == '-')) ++i;
    if (i - start < 2) return std::string_view::npos;
  } else {
    return std::string_view::npos;
  }
  return skip_dash(line, i);
}

/// The paragraph without its dateline ("ISLAMABAD:", "SYDNEY (Reuters) -",
/// "Guacamaya, March 6, 2025."); the whole line when it has none.
std::string_view strip_dateline(std::string_view line) {
  // "ISLAMABAD:" / "NEW DELHI: The ..."
  const std::size_t colon = line.find(':');
  if (colon != std::string_view::npos && colon <= 40 && is_caps_place(line.substr(0, colon))) {
    return trim(line.substr(colon + 1));
  }
  // "ANKARA - Ethiopia and ...", "KYIV — ..."
  for (std::size_t k = 3; k < line.size() && k <= 40; ++k) {
    if (line[k] != ' ') continue;
    const std::size_t after = skip_dash(line, k);
    if (after != std::string_view::npos && line[k + 1] != ':' && is_caps_place(line.substr(0, k))) {
      return trim(line.substr(after));
    }
    if (!is_caps_place(line.substr(0, k))) break;
  }
  // "SYDNEY (Reuters) - ...", "WASHINGTON, Nov 28 (Reuters) - ..."
  const std::size_t open = line.find('(');
  if (open != std::string_view::npos && open >= 3 && open <= 50) {
    std::string_view place = trim(line.substr(0, open));
    const std::size_t comma = place.find(',');
    if (comma != std::string_view::npos) place = place.substr(0, comma);
    const std::size_t close = line.find(')', open);
    if (is_caps_place(place) && close != std::string_view::npos && close - open <= 60) {
      const std::size_t after = skip_dash(line, close + 1);
      if (after != std::string_view::npos) return trim(line.substr(after));
      if (trim(line.substr(close + 1)).empty()) return {};
    }
  }
  if (const std::size_t after = after_mixed_case_dateline(line); after != std::string_view::npos) {
    return trim(line.substr(after));
  }
  // "Guacamaya, March 6, 2025. During ..." / "Istanbul, 7 December 2023 - ..."
  const auto head = line.substr(0, std::min<std::size_t>(line.size(), 120));
  if (auto mention = first_full_date(head); mention && mention->begin <= kDatelineReach) {
    const std::string_view before = trim(line.substr(0, mention->begin));
    if (!before.empty() && before.back() == ',' && word_count(before) <= 4 &&
        is_ascii_upper(before.front()) &&
        before.substr(0, before.size() - 1).find_first_of(".!?") == std::string_view::npos) {
      std::size_t after = mention->end;
      if (after < line.size() && line[after] == '.') {
        return trim(line.substr(after + 1));
      }
      const std::size_t dash = skip_dash(line, after);
      if (dash != std::string_view::npos) return trim(line.substr(dash));
    }
  }
  return line;
}

/// The caption without its credit: "... Air Base. Photo: Sabah" -> "... Air Base.".
std::string_view strip_photo_credit(std::string_view line) {
  static constexpr std::string_view kCredits[] = {"Photo:", "Photo credit:", "Photo by ",
                                                  "Image:", "Picture:", "Photograph:",
                                                  "Credit:", "Courtesy:"};
  constexpr std::size_t kCount = std::size(kCredits);
  // The credit sits at the end: the last occurrence of each within the last 81
  // bytes, found in one backward pass (every credit opens with p, i or c).
  std::size_t last[kCount];
  std::fill(std::begin(last), std::end(last), std::string_view::npos);
  // Every credit holds a colon but "Photo by ": a window with neither has none.
  const std::string_view window = line.substr(line.size() > 81 ? line.size() - 81 : 0);
  const bool may_credit =
      window.find(':') != std::string_view::npos || ifind(window, "photo by ") != std::string_view::npos;
  for (std::size_t k = may_credit ? line.size() : 0; k-- > 0;) {
    const char first = ascii_lower(line[k]);
    if (first == 'p' || first == 'i' || first == 'c') {
      for (std::size_t c = 0; c < kCount; ++c) {
        const std::string_view credit = kCredits[c];
        if (last[c] == std::string_view::npos && ascii_lower(credit.front()) == first &&
            k + credit.size() <= line.size() && line[k + credit.size() - 1] == credit.back() &&
            iequals(line.substr(k, credit.size()), credit)) {
          last[c] = k;
        }
      }
    }
    if (line.size() - k > 80) break;
  }
  for (std::size_t c = 0; c < kCount; ++c) {
    const std::string_view credit = kCredits[c];
    const std::size_t at = last[c];
    if (at == std::string_view::npos || at == 0) continue;
    const auto tail = line.substr(at + credit.size());
    if (tail.size() > 60 || tail.find_first_of(".!?") < tail.size() - 1) continue;
    std::string_view kept = trim(line.substr(0, at));
    while (!kept.empty() && (kept.back() == '(' || kept.back() == '[' || kept.back() == '|' ||
                             kept.back() == '-')) {
      kept = trim(kept.substr(0, kept.size() - 1));
    }
    return kept;
  }
  // "... honour. (File photo)", "... in Algiers. Agency photo"
  const std::size_t last_stop = line.find_last_of(".!?");
  if (last_stop != std::string_view::npos && last_stop + 1 < line.size()) {
    const auto tail = trim(line.substr(last_stop + 1));
    if (!tail.empty() && tail.size() <= 40 && word_count(tail) <= 4 &&
        ascii_lower(tail).find("photo") != std::string::npos) {
      return trim(line.substr(0, last_stop + 1));
    }
  }
  return line;
}

/// A caption line without its label ("Photo caption: ...", "Image: ...");
/// empty when what follows the label is only a credit ("Photo: Reuters").
std::string_view strip_caption_label(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"Photo caption:", "Picture caption:",
                                                 "Image caption:", "Caption:", "Photo:",
                                                 "Image:", "Picture:"};
  for (auto label : kLabels) {
    if (!istarts_with(line, label)) continue;
    const auto rest = trim(line.substr(label.size()));
    return word_count(rest) >= 5 ? rest : std::string_view{};
  }
  return line;
}

/// "By Kamran Yousaf", "By our Gulf correspondent": a byline without a date.
bool is_byline(std::string_view line, bool in_header) {
  if (!istarts_with(line, "By ") || line.size() > 60) return false;
  const std::size_t words = word_count(line);
  if (words > 6 || line.back() == '.') return false;
  if (in_header) return true;
  bool capital = true;
  bool word_start = true;
  for (std::size_t i = 3; i < line.size(); ++i) {
    const char c = line[i];
    if (is_ascii_space(c)) {
      word_start = true;
    } else {
      if (word_start && is_ascii_lower(c) && line.substr(i, 3) != "and") capital = false;
      word_start = false;
    }
  }
  return capital;
}

bool ends_sentence(std::string_view text) {
  if (text.empty()) return true;
  const char c = text.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')' ||
      c == ';') {
    return true;
  }
  return text.size() >= 3 && (text.substr(text.size() - 3) == "\xE2\x80\x9D" ||
                              text.substr(text.size() - 3) == "\xE2\x80\xA6");
}

/// The year of a copyright line near the end ("(c) 2022 Wire News", "© Agency
/// 2021", "Copyright 2023 ..."); else the latest year from 1990 to this year
/// written anywhere: a page's own year is rarely older than what it reports.
std::optional<int> page_year(const std::vector<Line>& lines) {
  auto years_in = [](std::string_view text, auto&& on_year) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
      if ((i > 0 && is_ascii_digit(text[i - 1])) ||
          (i + 4 < text.size() && is_ascii_digit(text[i + 4]))) {
        continue;
      }
      int year = 0;
      bool digits = true;
      for (std::size_t k = i; k < i + 4 && digits; ++k) {
        digits = is_ascii_digit(text[k]);
        if (digits) year = year * 10 + (text[k] - '0');
      }
      if (digits && year >= 1990 && year <= core::Date::today().year) on_year(year);
    }
  };
  for (std::size_t k = 0; k < kTailLines && k < lines.size(); ++k) {
    const auto text = lines[lines.size() - 1 - k].text;
    if (!(istarts_with(text, "(c)") || istarts_with(text, "\xC2\xA9") ||
          istarts_with(text, "copyright"))) {
      continue;
    }
    std::optional<int> year;
    years_in(text.substr(0, 40), [&](int y) { year = year ? *year : y; });
    if (year) return year;
  }
  std::optional<int> latest;
  for (const auto& line : lines) {
    years_in(line.text.substr(0, kFallbackReach), [&](int y) { latest = std::max(latest.value_or(y), y); });
  }
  return latest;
}

/// A dateline without a year opening one of the first paragraphs ("BEIJING,
/// Aug 5 (Wire) -", "PARIS, March 3 -"), dated in the page's year.
std::optional<DateCandidate> yearless_dateline(const std::vector<Line>& lines, std::size_t headline,
                                               std::size_t header_end) {
  const auto year = page_year(lines);
  if (!year) return std::nullopt;
  const core::Date year_end{*year, 12, 31, DatePrecision::day};
  for (std::size_t i = headline + 1; i < lines.size() && i < header_end + 2; ++i) {
    const auto text = lines[i].text;
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos || comma > 40) continue;
    const bool caps = is_caps_place(text.substr(0, comma));
    if (!caps && !is_title_place(text.substr(0, comma))) continue;
    const auto head = text.substr(0, std::min<std::size_t>(text.size(), kDatelineReach));
    for (const auto& mention : find_dates(head, year_end)) {
      if (mention.date.precision != DatePrecision::day || mention.begin > comma + 3) break;
      // In mixed case only an agency or a dash after the date marks a dateline
      // ("Islamabad, June 7 (Agency):"), not a sentence ("Monday, June 7 was ...").
      if (!caps && after_mixed_case_dateline(text) == std::string_view::npos) break;
      return DateCandidate{mention.date, 3, "dateline line " + std::to_string(lines[i].number) +
                                                " (year from the page)"};
    }
  }
  return std::nullopt;
}

/// The last resort for a page that states no date of its own: the latest
/// explicit day its text mentions. Events it reports happened by then.
std::optional<DateCandidate> latest_body_date(const std::vector<Line>& lines, std::size_t headline) {
  std::optional<DateCandidate> latest;
  const auto today = core::Date::today().first_day();
  for (std::size_t i = headline + 1; i < lines.size(); ++i) {
    for (const auto& mention : find_dates(lines[i].text.substr(0, kFallbackReach), std::nullopt)) {
      if (mention.date.precision != DatePrecision::day || mention.relative) continue;
      const auto day = mention.date.first_day();
      if (day > today || (latest && day <= latest->date.first_day())) continue;
      latest = DateCandidate{mention.date, 1,
                             "latest date in the text, line " + std::to_string(lines[i].number)};
    }
  }
  return latest;
}

}  // namespace

Document read_document(std::string_view text, std::string id,
                       std::optional<core::Date> date_override) {
  Document document;
  document.id = std::move(id);
  const std::string clean = clean_text(text);
  const std::string_view all(clean);
  const ProseOrder prose(all);

  std::vector<Line> lines;  // non-empty lines only
  {
    long number = 0;
    std::size_t start = 0;
    while (start <= all.size()) {
      std::size_t end = all.find('\n', start);
      if (end == std::string_view::npos) end = all.size();
      ++number;
      const auto line = trim(all.substr(start, end - start));
      if (!line.empty()) lines.push_back(Line{line, number});
      if (end == all.size()) break;
      start = end + 1;
    }
  }

  // Every line's boilerplate action, looked up once: the loops below ask again.
  std::vector<std::optional<Action>> boilerplate;
  boilerplate.reserve(lines.size());
  for (const auto& line : lines) boilerplate.push_back(boilerplate_action(line.text));

  // The headline: the first line that is neither boilerplate, a URL nor a date.
  std::size_t headline = lines.size();
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    const auto& line = lines[i];
    if (boilerplate[i] || is_url_line(line.text)) continue;
    const int score = date_line(line, false, prose).score;
    if (score >= 4 || score == 2) continue;  // "2024-11-08", "Published ...", "Updated ..."
    headline = i;
    break;
  }
  if (headline == lines.size() && !lines.empty()) headline = 0;
  if (headline < lines.size()) document.headline = std::string(lines[headline].text);

  // Header lines carrying a date (and so no body text).
  const std::size_t header_end = std::min(lines.size(), kHeaderLines);
  std::vector<bool> date_only(lines.size(), false);
  DateCandidate best;
  for (std::size_t i = 0; i < header_end; ++i) {
    if (i == headline) continue;
    auto candidate = date_line(lines[i], true, prose);
    if (candidate.score == 0) continue;
    if (candidate.from.rfind("header", 0) == 0) date_only[i] = true;
    if (candidate.score > best.score) best = candidate;
  }
  if (best.score == 0) {
    for (std::size_t k = 0; k < kTailLines && k < lines.size(); ++k) {
      const std::size_t i = lines.size() - 1 - k;
      if (i == headline || i < header_end) break;
      auto candidate = date_line(lines[i], false, prose);
      if (candidate.score == 0) continue;
      candidate.from = "last line " + std::to_string(lines[i].number);
      date_only[i] = true;
      best = candidate;
      break;
    }
  }
  if (best.score == 0) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i >= header_end && i + kTailLines < lines.size()) continue;
      if (auto date = url_date_in_line(lines[i].text)) {
        best.date = *date;
        best.score = 1;
        best.from = "url line " + std::to_string(lines[i].number);
        break;
      }
    }
  }
  if (best.score == 0) {
    if (auto dateline = yearless_dateline(lines, headline, header_end)) best = *dateline;
  }
  // "Transcript: press briefing, 5 September 2023": a headline that dates itself.
  if (best.score == 0 && headline < lines.size()) {
    if (auto mention = first_full_date(lines[headline].text)) {
      best = DateCandidate{mention->date, 1, "headline line " + std::to_string(lines[headline].number)};
    }
  }
  if (best.score == 0) {
    if (auto latest = latest_body_date(lines, headline)) best = *latest;
  }
  if (date_override) {
    document.published = date_override;
    document.published_from = "option";
  } else if (best.score > 0) {
    document.published = best.date;
    document.published_from = best.from;
  }

  // The body: every line after the headline that is article text.
  std::size_t end = lines.size();
  std::size_t kept_before = 0;
  for (std::size_t i = headline + 1; i < lines.size(); ++i) {
    const auto action = boilerplate[i];
    if (action == Action::cut) {
      const bool late = 2 * (i - headline) >= lines.size() - headline || kept_before >= 3;
      if (late) {
        end = i;
        break;
      }
    }
    if (!action && !date_only[i] && !is_url_line(lines[i].text)) ++kept_before;
  }
  // A short line without a full stop right before a header date line is its
  // byline ("Staff and agencies" / "Updated 26 Feb 2024").
  auto next_to_date = [&](std::size_t i) {
    if (i + 1 >= lines.size() || !date_only[i + 1]) return false;
    const auto text = lines[i].text;
    return word_count(text) <= 6 && !ends_sentence(text);
  };
  std::vector<Paragraph> body;
  long previous_number = -1;
  std::size_t paragraphs_seen = 0;
  for (std::size_t i = headline + 1; i < end && headline < lines.size(); ++i) {
    const auto& line = lines[i];
    if (date_only[i] || is_url_line(line.text) || boilerplate[i] ||
        is_byline(line.text, i < header_end) || (i < header_end && next_to_date(i))) {
      continue;
    }
    std::string_view kept = line.text;
    if (paragraphs_seen < 3 && i < header_end + 3) kept = strip_dateline(kept);
    kept = strip_photo_credit(strip_caption_label(kept));
    if (kept.empty()) continue;
    ++paragraphs_seen;
    // Hard-wrapped text: a line that stops mid-sentence and a next line that
    // goes on in lower case are one paragraph.
    if (!body.empty() && line.number == previous_number + 1 && !ends_sentence(body.back().text) &&
        is_ascii_lower(kept.front())) {
      body.back().text += '\n';
      body.back().text.append(kept);
    } else {
      body.push_back(Paragraph{std::string(kept), line.number});
    }
    previous_number = line.number;
  }
  document.body = std::move(body);
  return document;
}

}  // namespace dipgraph::importers::article
