#include "cli/question.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include "cli/question_lexicon.hpp"
#include "core/error.hpp"
#include "core/event_type.hpp"
#include "core/text_normalize.hpp"

namespace dipgraph::cli {

const char* const kQuestionForms =
    "ties between A and B [since YEAR] | path from A to B | most central states in YEAR | "
    "who visited A in YEAR | sanctions against A | neighbours of A";

namespace {

// ---------------------------------------------------------------------------
// Words

struct Token {
  std::string text;  ///< as written, outer punctuation and a possessive 's removed
  std::string lower;
  bool possessive = false;
  bool quoted = false;
};

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_word_char(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) || byte >= 0x80 || c == '.' || c == '\'' || c == '-';
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string_view trim_marks(std::string_view word) {
  while (!word.empty() && (word.front() == '.' || word.front() == '-' || word.front() == '\'')) {
    word.remove_prefix(1);
  }
  while (!word.empty() && (word.back() == '-' || word.back() == '.')) word.remove_suffix(1);
  return word;
}

void add_word(std::vector<Token>& tokens, std::string_view raw) {
  std::string_view word = trim_marks(raw);
  bool possessive = false;
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
    word.remove_suffix(2);
    possessive = true;
  } else if (word.size() > 1 && word.back() == '\'') {
    word.remove_suffix(1);
    possessive = true;
  }
  word = trim_marks(word);
  if (word.empty()) return;
  Token token{std::string(word), ascii_lower(word), possessive, false};
  // "who's", "what's": a contraction of "is", not a possessive.
  static const std::array<std::string_view, 9> kContracted = {
      "who", "what", "where", "how", "that", "there", "it", "here", "when"};
  if (possessive && std::find(kContracted.begin(), kContracted.end(), token.lower) != kContracted.end()) {
    token.possessive = false;
    tokens.push_back(std::move(token));
    tokens.push_back(Token{"is", "is", false, false});
    return;
  }
  tokens.push_back(std::move(token));
}

/// Words, quoted strings (one word each) and nothing else: other punctuation separates.
std::vector<Token> tokenize(std::string_view question) {
  std::string text(question);
  text = replace_all(std::move(text), "\u2019", "'");  // typographic apostrophe
  text = replace_all(std::move(text), "\u201c", "\"");
  text = replace_all(std::move(text), "\u201d", "\"");
  text = replace_all(std::move(text), "\u2013", " ");  // en dash: "Russia–Ukraine ties"
  text = replace_all(std::move(text), "\u2014", " ");
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      std::size_t end = text.find('"', i + 1);
      if (end == std::string::npos) end = text.size();
      std::string inner = text.substr(i + 1, end - i - 1);
      const auto first = inner.find_first_not_of(" \t");
      if (first != std::string::npos) {
        inner = inner.substr(first, inner.find_last_not_of(" \t") - first + 1);
        tokens.push_back(Token{inner, ascii_lower(inner), false, true});
      }
      i = end + 1;
      continue;
    }
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_char(text[end])) ++end;
    const std::string_view word = std::string_view(text).substr(i, end - i);
    // Hyphens join dates ("2024-03", "2022-2024") but separate names:
    // "India-Pakistan relations"; "Guinea-Bissau" is found again as two words.
    if (word.find_first_not_of("0123456789-") == std::string_view::npos) {
      add_word(tokens, word);
    } else {
      std::size_t start = 0;
      while (start <= word.size()) {
        const std::size_t hyphen = std::min(word.find('-', start), word.size());
        add_word(tokens, word.substr(start, hyphen - start));
        start = hyphen + 1;
      }
    }
    i = end;
  }
  return tokens;
}

bool has_lower(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A word written in capitals (US, PAK, NATO) in a question that is not all
/// capitals: a code or abbreviation, even if the same word in lower case is not.
bool shouted(const Token& token, bool mixed_case) {
  if (!mixed_case || token.quoted || has_lower(token.text)) return false;
  const auto letters = std::count_if(token.text.begin(), token.text.end(),
                                     [](char c) { return c >= 'A' && c <= 'Z'; });
  return letters >= 2;
}

/// Upper-cases the first ASCII letter of each word, so that a question typed
/// in lower case still names "Pakistan" in the resolver's text context.
std::string title_case(std::string text) {
  bool start = true;
  for (char& c : text) {
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = false;
  }
  return text;
}

std::optional<int> parse_count(std::string_view word) {
  static const std::array<std::string_view, 21> kNumbers = {
      "zero", "one",    "two",     "three",    "four",     "five",    "six",
      "seven", "eight", "nine",    "ten",      "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (std::size_t i = 1; i < kNumbers.size(); ++i) {
    if (kNumbers[i] == word) return static_cast<int>(i);
  }
  if (all_digits(word) && word.size() <= 3) {
    const int value = std::stoi(std::string(word));
    if (value > 0) return value;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Time

std::optional<int> month_number(std::string_view word) {
  static const std::array<std::pair<std::string_view, int>, 23> kMonths = {{
      {"january", 1},  {"jan", 1},       {"february", 2}, {"feb", 2},  {"march", 3},
      {"mar", 3},      {"april", 4},     {"apr", 4},      {"may", 5},  {"june", 6},
      {"jun", 6},      {"july", 7},      {"jul", 7},      {"august", 8}, {"aug", 8},
      {"september", 9}, {"sep", 9},      {"sept", 9},     {"october", 10}, {"oct", 10},
      {"november", 11}, {"nov", 11},     {"december", 12},
  }};
  for (const auto& [name, number] : kMonths) {
    if (name == word) return number;
  }
  if (word == "dec") return 12;
  return std::nullopt;
}

std::optional<int> day_number(std::string_view word) {
  for (const std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  if (!all_digits(word) || word.size() > 2) return std::nullopt;
  const int day = std::stoi(std::string(word));
  if (day < 1 || day > 31) return std::nullopt;
  return day;
}

std::optional<core::Date> year_of(std::string_view word) {
  if (word.size() != 4 || !all_digits(word)) return std::nullopt;
  return core::Date::parse(word);
}

std::optional<core::Date> make_day(int year, int month, int day) {
  if (day > core::days_in_month(year, month)) return std::nullopt;
  return core::Date{year, month, day, core::DatePrecision::day};
}

core::Date shift(const core::Date& date, int step) {
  core::Date out = date;
  switch (date.precision) {
    case core::DatePrecision::year:
      out.year += step;
      break;
    case core::DatePrecision::month: {
      const int months = date.year * 12 + (date.month - 1) + step;
      out.year = months / 12;
      out.month = months % 12 + 1;
      break;
    }
    case core::DatePrecision::day:
      out.day += step;
      if (out.day < 1) {
        out = shift(core::Date{date.year, date.month, 0, core::DatePrecision::month}, -1);
        out.day = core::days_in_month(out.year, out.month);
        out.precision = core::DatePrecision::day;
      } else if (out.day > core::days_in_month(out.year, out.month)) {
        out = shift(core::Date{date.year, date.month, 0, core::DatePrecision::month}, 1);
        out.day = 1;
        out.precision = core::DatePrecision::day;
      }
      break;
  }
  return out;
}

/// `today` moved back by `count` years, months or days, at day precision.
core::Date back_from(const core::Date& today, int count, std::string_view unit) {
  if (unit.starts_with("day")) {
    core::Date out = today;
    for (int i = 0; i < count; ++i) out = shift(out, -1);
    return out;
  }
  const int months = unit.starts_with("year") ? 12 * count : unit.starts_with("week") ? 0 : count;
  if (months == 0) return back_from(today, 7 * count, "days");
  core::Date month = shift(core::Date{today.year, today.month, 0, core::DatePrecision::month}, -months);
  return core::Date{month.year, month.month, std::min(today.day, core::days_in_month(month.year, month.month)),
                    core::DatePrecision::day};
}

struct Point {
  core::Date date;
  std::size_t length = 1;
};

struct Window {
  std::optional<core::Date> since;
  std::optional<core::Date> until;
};

class TimeParser {
 public:
  TimeParser(const std::vector<Token>& tokens, std::vector<bool>& used, const core::Date& today)
      : tokens_(tokens), used_(used), today_(today) {}

  /// Takes every time expression out of the question (marking its words used).
  Window run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!used_[i]) expression(i);
    }
    return window_;
  }

 private:
  std::string word(std::size_t i) const {
    return i < tokens_.size() && !used_[i] && !tokens_[i].quoted ? tokens_[i].lower : std::string();
  }

  void take(std::size_t first, std::size_t count) {
    for (std::size_t i = first; i < first + count && i < used_.size(); ++i) used_[i] = true;
  }

  std::optional<Point> point(std::size_t i) const {
    const std::string w = word(i);
    if (w.empty()) return std::nullopt;
    if (w.find_first_not_of("0123456789-") == std::string::npos) {
      if (auto date = core::Date::parse(w); date && w.size() >= 4) return Point{*date, 1};
    }
    if (const auto month = month_number(w)) {
      if (const auto year = year_of(word(i + 1))) {
        return Point{core::Date{year->year, *month, 0, core::DatePrecision::month}, 2};
      }
      const auto day = day_number(word(i + 1));
      const auto year = year_of(word(i + 2));
      if (day && year) {
        if (const auto date = make_day(year->year, *month, *day)) return Point{*date, 3};
      }
    }
    if (const auto day = day_number(w)) {
      const auto month = month_number(word(i + 1));
      const auto year = year_of(word(i + 2));
      if (month && year) {
        if (const auto date = make_day(year->year, *month, *day)) return Point{*date, 3};
      }
    }
    if (w == "last" || w == "this" || w == "previous" || w == "current") {
      const int step = (w == "last" || w == "previous") ? -1 : 0;
      const std::string unit = word(i + 1);
      if (unit == "year") return Point{core::Date{today_.year + step, 0, 0, core::DatePrecision::year}, 2};
      if (unit == "month") {
        return Point{shift(core::Date{today_.year, today_.month, 0, core::DatePrecision::month}, step), 2};
      }
    }
    if (w == "today") return Point{today_, 1};
    return std::nullopt;
  }

  /// "2022-2024": two years in one word.
  std::optional<std::pair<core::Date, core::Date>> year_range(std::size_t i) const {
    const std::string w = word(i);
    if (w.size() != 9 || w[4] != '-') return std::nullopt;
    const auto from = year_of(std::string_view(w).substr(0, 4));
    const auto to = year_of(std::string_view(w).substr(5));
    if (!from || !to) return std::nullopt;
    return std::make_pair(*from, *to);
  }

  static bool is_range_link(const std::string& w) {
    return w == "to" || w == "until" || w == "till" || w == "through" || w == "thru" || w == "and";
  }

  /// P [to P2] starting at i; returns the words used.
  std::size_t span(std::size_t i, bool after) {
    if (const auto range = year_range(i)) {
      window_.since = range->first;
      window_.until = range->second;
      return 1;
    }
    const auto first = point(i);
    if (!first) return 0;
    window_.since = after ? shift(first->date, 1) : first->date;
    const std::size_t link = i + first->length;
    if (is_range_link(word(link)) && word(link) != "and") {
      if (const auto second = point(link + 1)) {
        window_.until = second->date;
        return first->length + 1 + second->length;
      }
    }
    return first->length;
  }

  void within(const core::Date& date) {
    window_.since = date;
    window_.until = date;
  }

  void expression(std::size_t i) {
    const std::string w = word(i);
    // "[in|over] [the] last|past [N] years|months|weeks|days": a span reaching today.
    {
      std::size_t at = i;
      if (w == "in" || w == "over" || w == "during" || w == "within" || w == "for") ++at;
      const bool article = word(at) == "the";
      if (article) ++at;
      const std::string which = word(at);
      if (which == "last" || which == "past") {
        std::size_t unit_at = at + 1;
        const auto count = parse_count(word(unit_at));
        if (count) ++unit_at;
        const std::string unit = word(unit_at);
        const bool plural = unit == "years" || unit == "months" || unit == "weeks" || unit == "days";
        const bool singular = unit == "year" || unit == "month" || unit == "week" || unit == "day";
        // "last year" alone is the calendar year (a point, below); "the last year"
        // and "the past year" are the twelve months up to today.
        if ((plural && count) || (singular && (article || which == "past" || unit == "week" || unit == "day"))) {
          window_.since = back_from(today_, count.value_or(1), unit);
          take(i, unit_at + 1 - i);
          return;
        }
      }
    }
    if (w == "between") {
      const auto first = point(i + 1);
      if (first && (word(i + 1 + first->length) == "and" || word(i + 1 + first->length) == "to")) {
        if (const auto second = point(i + 2 + first->length)) {
          window_.since = first->date;
          window_.until = second->date;
          take(i, 2 + first->length + second->length);
          return;
        }
      }
      return;
    }
    if (w == "since" || w == "from" || w == "after" || w == "starting") {
      std::size_t at = i + 1;
      if (w == "starting" && (word(at) == "in" || word(at) == "from")) ++at;
      if (const std::size_t used = span(at, w == "after")) {
        take(i, at - i + used);
      }
      return;
    }
    if (w == "until" || w == "till" || w == "through" || w == "thru" || w == "before" || w == "up") {
      std::size_t at = i + 1;
      if (w == "up" && (word(at) == "to" || word(at) == "until")) ++at;
      if (const auto end = point(at)) {
        window_.until = w == "before" ? shift(end->date, -1) : end->date;
        take(i, at - i + end->length);
      }
      return;
    }
    if (w == "in" || w == "during" || w == "throughout" || w == "within" || w == "over" ||
        w == "for" || w == "of" || w == "on") {
      if (const std::size_t used = bare(i + 1)) take(i, 1 + used);
      return;
    }
    if (const std::size_t used = bare(i)) take(i, used);
  }

  /// A point or range with no preposition: "2024", "March 2024", "2022 to 2024", "2022-2024".
  std::size_t bare(std::size_t i) {
    if (const auto range = year_range(i)) {
      window_.since = range->first;
      window_.until = range->second;
      return 1;
    }
    const auto first = point(i);
    if (!first) return 0;
    const std::size_t link = i + first->length;
    if (is_range_link(word(link)) && word(link) != "and") {
      if (const auto second = point(link + 1)) {
        window_.since = first->date;
        window_.until = second->date;
        return first->length + 1 + second->length;
      }
    }
    within(first->date);
    return first->length;
  }

  const std::vector<Token>& tokens_;
  std::vector<bool>& used_;
  core::Date today_;
  Window window_;
};

// ---------------------------------------------------------------------------
// Items: the question as lexicon phrases, actors, numbers and other words

enum class ItemKind { word, lexicon, actor, number };

struct Item {
  ItemKind kind = ItemKind::word;
  std::size_t first = 0;  ///< first token
  std::size_t count = 1;  ///< tokens covered
  const LexiconEntry* entry = nullptr;
  core::ActorMatch actor;
  bool possessive = false;  ///< the last word carried 's
  int number = 0;
  std::string lower;  ///< the words, lower case, space-separated
  std::string text;   ///< the words as written

  bool is(WordKind kind_) const { return kind == ItemKind::lexicon && entry->kind == kind_; }
  bool is(WordKind kind_, std::string_view value) const { return is(kind_) && entry->value == value; }
  bool word_is(std::string_view word) const { return kind != ItemKind::actor && lower == word; }
};

/// Words that can never start or end an actor name in a question.
bool function_word(const QuestionLexicon& lexicon, std::string_view lower) {
  const LexiconEntry* entry = lexicon.word(lower);
  if (entry == nullptr) return false;
  switch (entry->kind) {
    case WordKind::stop:
    case WordKind::direction:
    case WordKind::aux:
    case WordKind::passive:
      return true;
    default:
      return false;
  }
}

struct ActorSpan {
  std::size_t length = 0;
  core::Resolution resolution;
};

class Itemizer {
 public:
  Itemizer(const std::vector<Token>& tokens, const std::vector<bool>& used,
           const core::Resolver& resolver, const QuestionLexicon& lexicon, bool mixed_case)
      : tokens_(tokens), used_(used), resolver_(resolver), lexicon_(lexicon), mixed_case_(mixed_case) {
    for (const auto& token : tokens_) lowers_.push_back(token.lower);
  }

  std::vector<Item> run(std::string_view question) {
    std::vector<Item> items;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      if (used_[i]) {
        ++i;
        continue;
      }
      Item item = next(i, question);
      i += item.count;
      items.push_back(std::move(item));
    }
    return items;
  }

 private:
  /// Unused, unquoted words from i on, a possessive word ending the run.
  std::size_t run_length(std::size_t i) const {
    std::size_t length = 0;
    while (i + length < tokens_.size() && !used_[i + length] && !tokens_[i + length].quoted) {
      ++length;
      if (tokens_[i + length - 1].possessive) break;
    }
    return length;
  }

  std::string joined(std::size_t first, std::size_t count, bool lower) const {
    std::string text;
    for (std::size_t k = first; k < first + count; ++k) {
      if (!text.empty()) text += ' ';
      text += lower ? tokens_[k].lower : tokens_[k].text;
    }
    return text;
  }

  bool may_bound_name(std::size_t k, bool is_first, std::size_t length) const {
    if (shouted(tokens_[k], mixed_case_)) return true;
    if (is_first && length > 1 && tokens_[k].lower == "the") return true;  // "the West"
    if (all_digits(tokens_[k].lower)) return false;
    return !function_word(lexicon_, tokens_[k].lower);
  }

  /// The longest span (up to four words) from i that names an actor or
  /// several; length 0 when none does.
  ActorSpan actor_span(std::size_t i) const {
    const std::size_t limit = std::min<std::size_t>(4, run_length(i));
    for (std::size_t length = limit; length >= 1; --length) {
      if (!may_bound_name(i, true, length) || !may_bound_name(i + length - 1, false, length)) continue;
      bool all_shouted = true;
      for (std::size_t k = i; k < i + length; ++k) all_shouted = all_shouted && shouted(tokens_[k], mixed_case_);
      // Codes only when written in capitals: "pak" and "us" are never actors.
      core::Resolution resolution =
          all_shouted ? resolver_.resolve(joined(i, length, false), core::NameContext::structured)
                      : resolver_.resolve(title_case(joined(i, length, false)), core::NameContext::text);
      if (!resolution.candidates.empty()) return ActorSpan{length, std::move(resolution)};
    }
    return {};
  }

  Item next(std::size_t i, std::string_view question) const {
    Item item;
    item.first = i;
    const Token& token = tokens_[i];
    if (token.quoted) {
      // A quoted name must be an actor: the user said so.
      item.kind = ItemKind::actor;
      item.actor = resolve_quoted(token.text, question);
      item.text = token.text;
      item.lower = token.lower;
      return item;
    }
    const LexiconEntry* entry = lexicon_.longest_match(lowers_, i, run_length(i));
    const std::size_t phrase = entry != nullptr ? entry->words.size() : 0;
    ActorSpan span = actor_span(i);
    const bool actor_wins = span.length > phrase || (span.length == 1 && shouted(token, mixed_case_));
    if (span.length > 0 && (actor_wins || phrase == 0)) {
      item.count = span.length;
      item.text = joined(i, span.length, false);
      item.lower = joined(i, span.length, true);
      item.possessive = tokens_[i + span.length - 1].possessive;
      if (span.resolution.ambiguous()) throw_ambiguous(item.text, span.resolution, question);
      item.kind = ItemKind::actor;
      item.actor = span.resolution.candidates.front();
      return item;
    }
    if (entry != nullptr) {
      item.kind = ItemKind::lexicon;
      item.entry = entry;
      item.count = phrase;
      item.text = joined(i, phrase, false);
      item.lower = joined(i, phrase, true);
      item.possessive = tokens_[i + phrase - 1].possessive;
      return item;
    }
    item.text = token.text;
    item.lower = token.lower;
    item.possessive = token.possessive;
    if (const auto count = parse_count(token.lower)) {
      item.kind = ItemKind::number;
      item.number = *count;
    }
    return item;
  }

  core::ActorMatch resolve_quoted(const std::string& name, std::string_view question) const {
    core::Resolution resolution = resolver_.resolve(name, core::NameContext::structured);
    if (resolution.resolved()) return resolution.candidates.front();
    if (resolution.ambiguous()) throw_ambiguous(name, resolution, question);
    throw NotFoundError("cannot understand '" + std::string(question) + "': '" + name +
                            "' is not a known actor",
                        resolver_.suggest(name));
  }

  [[noreturn]] static void throw_ambiguous(const std::string& name, const core::Resolution& resolution,
                                           std::string_view question) {
    std::vector<std::string> candidates;
    std::string message = "in '" + std::string(question) + "': ambiguous name '" + name + "': ";
    for (const auto& match : resolution.candidates) {
      candidates.push_back(match.code + " (" + match.name + ", " + std::string(core::to_string(match.kind)) + ")");
      message += (candidates.size() > 1 ? ", " : "") + candidates.back();
    }
    throw AmbiguousNameError(message, std::move(candidates));
  }

  const std::vector<Token>& tokens_;
  const std::vector<bool>& used_;
  const core::Resolver& resolver_;
  const QuestionLexicon& lexicon_;
  bool mixed_case_;
  std::vector<std::string> lowers_;
};

// ---------------------------------------------------------------------------
// Meaning

enum class Role { none, source, target };

/// Whether `word` is within a third of its length (at least 1) of `name` or
/// of one of its words ("Lukashenk" is close to "Aleksandr Lukashenko").
bool close_to(const std::string& word, const std::string& name) {
  const std::string key = core::normalize_name(word);
  const std::size_t limit = std::max<std::size_t>(1, key.size() / 3);
  const std::string full = core::normalize_name(name);
  if (core::edit_distance(key, full) <= limit) return true;
  std::size_t start = 0;
  while (start <= full.size()) {
    const std::size_t end = std::min(full.find(' ', start), full.size());
    if (core::edit_distance(key, full.substr(start, end - start)) <= limit) return true;
    start = end + 1;
  }
  return false;
}

bool determiner(const Item& item) {
  return item.word_is("the") || item.word_is("a") || item.word_is("an");
}

/// The item before `k`, skipping articles; nullptr at the start.
const Item* before(const std::vector<Item>& items, std::size_t k) {
  while (k > 0) {
    --k;
    if (!determiner(items[k])) return &items[k];
  }
  return nullptr;
}

/// A type word in the progressive ("is Russia threatening") is active voice.
bool progressive(const Item& type_item) { return type_item.lower.ends_with("ing"); }

class Interpreter {
 public:
  Interpreter(std::vector<Item> items, std::string_view question, const core::Resolver& resolver,
              bool has_time)
      : items_(std::move(items)), question_(question), resolver_(resolver), has_time_(has_time) {
    for (std::size_t k = 0; k < items_.size(); ++k) {
      const Item& item = items_[k];
      if (item.kind == ItemKind::actor) {
        actors_.push_back(k);
      } else if (item.is(WordKind::type)) {
        if (std::find(types_.begin(), types_.end(), item.entry->value) == types_.end()) {
          types_.push_back(item.entry->value);
        }
      } else if (item.is(WordKind::intent)) {
        intents_.push_back(item.entry->value);
      } else if (item.is(WordKind::central)) {
        if (!central_) central_ = item.entry->value;
      } else if (item.is(WordKind::measure)) {
        measure_ = item.entry->value;
      } else if (item.is(WordKind::level)) {
        level_ = item.entry->value;
      }
    }
  }

  Query run(const Window& window) {
    check_spelling();
    Query query = choose();
    if (query.command != "actor") {  // every other command takes a window
      query.since = window.since;
      query.until = window.until;
    }
    return query;
  }

 private:
  bool has_intent(std::string_view intent) const {
    return std::find(intents_.begin(), intents_.end(), intent) != intents_.end();
  }

  [[noreturn]] void not_understood(const std::string& reason = {}) const {
    // With nothing understood, any word close to a name is the likely culprit.
    for (const Item& item : items_) {
      if (item.kind != ItemKind::word || item.lower.size() < 4) continue;
      auto suggestions = resolver_.suggest(item.text);
      std::erase_if(suggestions, [&](const std::string& suggestion) { return !close_to(item.text, suggestion); });
      if (!suggestions.empty()) {
        throw NotFoundError("cannot understand '" + question_ + "': '" + item.text +
                                "' is not a known actor; try forms like: " + kQuestionForms,
                            std::move(suggestions));
      }
    }
    throw UsageError("cannot understand '" + question_ + "'" + (reason.empty() ? "" : ": " + reason) +
                     "; try forms like: " + kQuestionForms);
  }

  /// Whether the item before `k` is one after which a name is expected.
  bool expects_name(std::size_t k) const {
    const Item* prev = before(items_, k);
    if (prev == nullptr || prev->kind == ItemKind::actor || prev->kind == ItemKind::number) return false;
    if (prev->kind == ItemKind::word) return false;
    switch (prev->entry->kind) {
      case WordKind::direction:
      case WordKind::aux:
      case WordKind::type:
        return true;
      case WordKind::intent:
        return prev->entry->value != "events";
      case WordKind::stop:
        return prev->lower == "between" || prev->lower == "and" || prev->lower == "of" ||
               prev->lower == "with" || prev->lower == "about";
      default:
        return false;
    }
  }

  /// An unknown word standing where a name belongs, or capitalised mid-question,
  /// that is close to a known name: the user misspelt it.
  void check_spelling() const {
    for (std::size_t k = 0; k < items_.size(); ++k) {
      const Item& item = items_[k];
      if (item.kind != ItemKind::word) continue;
      // A code in lower case where a name belongs: say how to write it.
      if (expects_name(k) && resolver_.resolve(item.text, core::NameContext::structured).resolved()) {
        std::string code = item.text;
        for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        throw NotFoundError("cannot understand '" + question_ + "': '" + item.text +
                                "' is not a name; codes count in questions only in capitals",
                            {code});
      }
      const bool capitalised = item.first > 0 && !item.text.empty() && item.text.front() >= 'A' &&
                               item.text.front() <= 'Z' && item.text.size() >= 3;
      if (!capitalised && !(item.lower.size() >= 4 && expects_name(k))) continue;
      // The longest run of unknown words from here that is close to a name.
      std::size_t run = 0;
      while (k + run < items_.size() && run < 3 && items_[k + run].kind == ItemKind::word) {
        ++run;
        if (items_[k + run - 1].possessive) break;
      }
      for (std::size_t length = run; length >= 1; --length) {
        std::string name;
        for (std::size_t j = k; j < k + length; ++j) name += (name.empty() ? "" : " ") + items_[j].text;
        auto suggestions = resolver_.suggest(name);
        // A word is taken for a misspelt name when it is close to the name
        // itself or one of its words, not merely to some code or alias:
        // "life" must not become "did you mean 'Liechtenstein'" (via LI).
        // A capitalised word keeps the resolver's wider choice when none is that close.
        auto close = suggestions;
        std::erase_if(close, [&](const std::string& suggestion) { return !close_to(name, suggestion); });
        if (!close.empty() || !capitalised) suggestions = std::move(close);
        if (!suggestions.empty()) {
          throw NotFoundError("cannot understand '" + question_ + "': '" + name +
                                  "' is not a known actor; try forms like: " + kQuestionForms,
                              std::move(suggestions));
        }
      }
    }
  }

  /// Who acts in the event the question asks about: the source, the target, or unknown.
  Role role_of(std::size_t k) const {
    const Item& actor = items_[k];
    const Item* prev = before(items_, k);
    if (prev != nullptr && prev->is(WordKind::direction)) {
      return prev->entry->value == "source" ? Role::source : Role::target;
    }
    if (prev != nullptr && prev->is(WordKind::type)) return Role::target;  // "visited Pakistan"
    if (actor.possessive) return Role::source;                             // "Russia's sanctions"
    // The subject: after an auxiliary ("did Putin visit", "was Belarus
    // sanctioned") or before the type word ("Russia has threatened").
    bool passive = prev != nullptr && prev->is(WordKind::passive);
    const bool inverted = prev != nullptr && (prev->is(WordKind::aux) || prev->is(WordKind::passive));
    for (std::size_t j = k + 1; j < items_.size(); ++j) {
      const Item& item = items_[j];
      if (item.is(WordKind::type)) {
        if (progressive(item)) passive = false;
        return passive ? Role::target : Role::source;
      }
      if (item.is(WordKind::passive)) {
        passive = true;
        continue;
      }
      if (item.is(WordKind::aux) || item.kind == ItemKind::word || determiner(item)) continue;
      break;
    }
    if (inverted) return passive ? Role::target : Role::source;
    return Role::none;
  }

  bool joined_to_previous_actor(std::size_t k) const {
    const Item* prev = before(items_, k);
    return prev != nullptr && (prev->word_is("and") || prev->word_is("or")) && !between_pair();
  }

  /// "between A and B": the two actors are a pair, not a source and a target.
  bool between_pair() const {
    if (actors_.size() < 2) return false;
    const Item* prev = before(items_, actors_[0]);
    return prev != nullptr && prev->word_is("between");
  }

  /// Explicit direction words only ("from A to B", "to B from A").
  Role direction_word(std::size_t k) const {
    const Item* prev = before(items_, k);
    if (prev != nullptr && prev->is(WordKind::direction)) {
      return prev->entry->value == "source" ? Role::source : Role::target;
    }
    return Role::none;
  }

  const std::string& code(std::size_t n) const { return items_[actors_[n]].actor.code; }

  Query choose() {
    Query query;
    if (actors_.size() > 2) {
      not_understood("it names more than two actors; ask about one or two at a time");
    }
    const bool central = central_.has_value() || measure_.has_value();
    if (actors_.empty()) {
      if (central) return centrality();
      if (has_intent("components")) {
        query.command = "components";
        query.types = types_;
        return query;
      }
      if (!types_.empty() || has_intent("events")) {
        query.command = "events";
        query.types = types_;
        return query;
      }
      not_understood();
    }
    if (actors_.size() == 2) return pair();
    // One actor.
    const std::string& actor = code(0);
    if (has_intent("path")) not_understood("a path needs two actors");
    const bool partners = has_intent("neighbors") || has_intent("ties") || has_intent("link");
    if (has_intent("profile") && types_.empty() && !partners) return profile(actor);
    if (!types_.empty()) return events_of_one();
    if (partners) {
      query.command = "neighbors";
      query.actors = {actor};
      query.depth = count_before({"hops", "hop", "steps", "step", "levels"});
      return query;
    }
    if (central) return centrality();
    if (has_intent("events") || has_time_) {
      query.command = "events";
      query.actor = actor;
      return query;
    }
    return profile(actor);
  }

  static Query profile(const std::string& actor) {
    Query query;
    query.command = "actor";
    query.actors = {actor};
    return query;
  }

  Query centrality() const {
    Query query;
    query.command = "centrality";
    query.types = types_;
    query.measure = measure_ ? measure_ : central_;
    if (!query.measure) query.measure = "degree";
    query.level = level_;
    // "top 5", "the 5 most central", "five most influential states".
    for (std::size_t k = 0; k < items_.size(); ++k) {
      if (items_[k].kind != ItemKind::number) continue;
      const Item* prev = k > 0 ? &items_[k - 1] : nullptr;
      const Item* next = k + 1 < items_.size() ? &items_[k + 1] : nullptr;
      if ((prev != nullptr && prev->word_is("top")) ||
          (next != nullptr && (next->word_is("most") || next->is(WordKind::central) ||
                               next->is(WordKind::measure) || next->is(WordKind::level)))) {
        query.top = items_[k].number;
      }
    }
    return query;
  }

  /// The number said right before one of `units` ("2 hops"), if any.
  std::optional<int> count_before(std::initializer_list<std::string_view> units) const {
    for (std::size_t k = 0; k + 1 < items_.size(); ++k) {
      if (items_[k].kind != ItemKind::number) continue;
      for (const auto unit : units) {
        if (items_[k + 1].word_is(unit)) return items_[k].number;
      }
    }
    return std::nullopt;
  }

  bool all_symmetric() const {
    return std::all_of(types_.begin(), types_.end(), [](const std::string& type) {
      const core::EventType* info = core::find_event_type(type);
      return info != nullptr && !info->directed;
    });
  }

  Query events_of_one() const {
    Query query;
    query.command = "events";
    query.types = types_;
    const Role role = all_symmetric() ? Role::none : role_of(actors_[0]);
    if (role == Role::source) {
      query.source = code(0);
    } else if (role == Role::target) {
      query.target = code(0);
    } else {
      query.actor = code(0);
    }
    return query;
  }

  Query pair() const {
    Query query;
    const Role first_word = direction_word(actors_[0]);
    const Role second_word = direction_word(actors_[1]);
    const bool directional = first_word != Role::none || second_word != Role::none;
    const bool reversed = first_word == Role::target || second_word == Role::source;
    const bool path = has_intent("path") || (has_intent("link") && directional && !between_pair()) ||
                      (types_.empty() && !has_intent("ties") && !has_intent("link") &&
                       first_word == Role::source && second_word == Role::target);
    if (path) {
      query.command = "path";
      query.actors = reversed ? std::vector{code(1), code(0)} : std::vector{code(0), code(1)};
      query.types = types_;
      return query;
    }
    const bool ties = has_intent("ties") || has_intent("link") || has_intent("neighbors");
    if (types_.empty() && has_intent("events") && !ties) {  // "events between A and B"
      query.command = "events";
      query.between = {code(0), code(1)};
      return query;
    }
    if (ties || types_.empty()) {
      query.command = "ties";
      query.actors = {code(0), code(1)};
      query.types = types_;
      // `ties` looks 2 to 4 hops out; "within 1 hop" is what it shows anyway.
      const auto hops = count_before({"hops", "hop", "steps", "step"});
      if (hops && *hops >= 2) query.hops = std::min(*hops, 4);
      return query;
    }
    query.command = "events";
    query.types = types_;
    if (all_symmetric() || between_pair()) {
      query.between = {code(0), code(1)};
      return query;
    }
    Role first = role_of(actors_[0]);
    Role second = joined_to_previous_actor(actors_[1]) ? first : role_of(actors_[1]);
    if (first == Role::none && second != Role::none) first = second == Role::source ? Role::target : Role::source;
    if (second == Role::none && first != Role::none) second = first == Role::source ? Role::target : Role::source;
    if (first != Role::none && first == second) {
      not_understood("it puts both actors on the same side; ask about one at a time");
    }
    if (first == Role::none) {
      // Neither side said: "A visited B" has the type word between them.
      bool type_between = false;
      for (std::size_t j = actors_[0] + 1; j < actors_[1]; ++j) type_between = type_between || items_[j].is(WordKind::type);
      if (!type_between) {
        query.between = {code(0), code(1)};
        return query;
      }
      first = Role::source;
    }
    query.source = first == Role::source ? code(0) : code(1);
    query.target = first == Role::source ? code(1) : code(0);
    return query;
  }

  std::vector<Item> items_;
  std::string question_;
  const core::Resolver& resolver_;
  bool has_time_;  ///< the question gave a time window
  std::vector<std::size_t> actors_;  ///< indexes into items_
  std::vector<std::string> types_;
  std::vector<std::string> intents_;
  std::optional<std::string> central_;
  std::optional<std::string> measure_;
  std::optional<std::string> level_;
};

bool needs_quotes(const std::string& arg) {
  if (arg.empty()) return true;
  return std::any_of(arg.begin(), arg.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return !(std::isalnum(byte) || byte >= 0x80 || std::string_view("-_./:=,+@%").find(c) != std::string_view::npos);
  });
}

}  // namespace

std::vector<std::string> Query::arguments() const {
  std::vector<std::string> args{command};
  args.insert(args.end(), actors.begin(), actors.end());
  if (!between.empty()) {
    args.push_back("--between");
    args.insert(args.end(), between.begin(), between.end());
  }
  if (actor) args.insert(args.end(), {"--actor", *actor});
  if (source) args.insert(args.end(), {"--from", *source});
  if (target) args.insert(args.end(), {"--to", *target});
  for (const auto& type : types) args.insert(args.end(), {"--type", type});
  if (measure) args.insert(args.end(), {"--measure", *measure});
  if (level) args.insert(args.end(), {"--level", *level});
  if (top) args.insert(args.end(), {"--top", std::to_string(*top)});
  if (depth) args.insert(args.end(), {"--depth", std::to_string(*depth)});
  if (hops) args.insert(args.end(), {"--hops", std::to_string(*hops)});
  if (since) args.insert(args.end(), {"--since", since->to_string()});
  if (until) args.insert(args.end(), {"--until", until->to_string()});
  return args;
}

Query parse_question(std::string_view question, const core::Resolver& resolver, const core::Date& today) {
  const std::string text(question);
  const std::vector<Token> tokens = tokenize(question);
  if (tokens.empty()) throw UsageError(std::string("empty question; try forms like: ") + kQuestionForms);
  std::vector<bool> used(tokens.size(), false);
  const Window window = TimeParser(tokens, used, today).run();
  const bool mixed_case = has_lower(text);
  const QuestionLexicon& lexicon = QuestionLexicon::embedded();
  std::vector<Item> items = Itemizer(tokens, used, resolver, lexicon, mixed_case).run(text);
  const bool has_time = window.since.has_value() || window.until.has_value();
  return Interpreter(std::move(items), text, resolver, has_time).run(window);
}

std::string shell_join(const std::vector<std::string>& args) {
  std::string line;
  for (const auto& arg : args) {
    if (!line.empty()) line += ' ';
    if (!needs_quotes(arg)) {
      line += arg;
      continue;
    }
    line += '\'';
    for (const char c : arg) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

}  // namespace dipgraph::cli
