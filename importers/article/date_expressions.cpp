#include "importers/article/date_expressions.hpp"

#include <cstdint>
#include <string>

#include "importers/article/text_util.hpp"

// A hand-written matcher over a flat token list: every pattern looks at a
// bounded number of tokens from its start, so a sentence of any length is read
// in linear time (std::regex was too slow and backtracks on long inputs).

namespace dipgraph::importers::article {
namespace {

using core::Date;
using core::DatePrecision;

enum class Kind { word, number, punct };

struct Token {
  Kind kind = Kind::punct;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view text;
  int value = 0;         ///< numbers: their value (capped)
  int digits = 0;        ///< numbers: how many digits
  bool ordinal = false;  ///< numbers: "28th"
  bool glued = false;    ///< numbers that are parts of something else: 3.5, 1,000, $7, 5G
  char punct = 0;        ///< punct: the character ('-' for en and em dashes too)
};

bool is_word_byte(char c) {
  return is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

/// Fills `tokens` (cleared first) with the tokens of `text`.
void tokenize(std::string_view text, std::vector<Token>& tokens) {
  tokens.clear();
  tokens.reserve(text.size() / 5 + 4);
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = text[i];
    if (is_ascii_space(c)) {
      ++i;
      continue;
    }
    if (c == '\xC2' && i + 1 < n && text[i + 1] == '\xA0') {
      i += 2;  // no-break space
      continue;
    }
    Token& token = tokens.emplace_back();  // filled in place
    token.begin = i;
    // En dash (E2 80 93) and em dash (E2 80 94) act as hyphens in spans.
    if (c == '\xE2' && i + 2 < n && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
      token.kind = Kind::punct;
      token.punct = '-';
      i += 3;
    } else if (is_word_byte(c)) {
      token.kind = Kind::word;
      i = skip_ascii_letters(text, i);  // most words end before any other byte
      while (i < n && is_word_byte(text[i])) {
        // Stop before a multi-byte dash so "2-3" style spans split the same way.
        if (text[i] == '\xE2' && i + 2 < n && text[i + 1] == '\x80' &&
            (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
          break;
        }
        if (text[i] == '\xC2' && i + 1 < n && text[i + 1] == '\xA0') break;
        ++i;
      }
    } else if (is_ascii_digit(c)) {
      token.kind = Kind::number;
      long value = 0;
      while (i < n && is_ascii_digit(text[i])) {
        if (value < 100000) value = value * 10 + (text[i] - '0');
        ++token.digits;
        ++i;
      }
      token.value = static_cast<int>(value);
      // Decimals (3.5) and thousands (1,000) are one quantity, never a date.
      while (i + 1 < n && (text[i] == '.' || text[i] == ',') && is_ascii_digit(text[i + 1])) {
        std::size_t k = i + 1;
        while (k < n && is_ascii_digit(text[k])) ++k;
        const bool thousands = text[i] == ',' && k - (i + 1) == 3;
        if (text[i] == '.' || thousands) {
          token.glued = true;
          i = k;
        } else {
          break;  // "June 30,2021": a comma before a year
        }
      }
      if (i < n && is_ascii_alpha(text[i])) {
        std::size_t k = i;
        while (k < n && is_ascii_alpha(text[k])) ++k;
        const std::string suffix = ascii_lower(text.substr(i, k - i));
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
          token.ordinal = true;
          i = k;
        } else if (!(suffix.size() == 1 && suffix[0] == 't' && k < n && is_ascii_digit(text[k]))) {
          token.glued = true;  // 5G, 1990s, 18km
          i = k;
        }
      }
      // Currency before the amount: $7, €5, £3.
      if (token.begin > 0) {
        const char before = text[token.begin - 1];
        if (before == '$' || (token.begin >= 2 && text.substr(token.begin - 2, 2) == "\xC2\xA3") ||
            (token.begin >= 3 && text.substr(token.begin - 3, 3) == "\xE2\x82\xAC")) {
          token.glued = true;
        }
      }
    } else {
      token.kind = Kind::punct;
      token.punct = c;
      // Skip a whole multi-byte character as one punct token.
      std::size_t length = 1;
      const auto lead = static_cast<unsigned char>(c);
      if (lead >= 0xF0) {
        length = 4;
      } else if (lead >= 0xE0) {
        length = 3;
      } else if (lead >= 0xC0) {
        length = 2;
      }
      i += length;
      if (i > n) i = n;
    }
    token.end = i;
    token.text = std::string_view(text.data() + token.begin, token.end - token.begin);  // in range: no substr check
  }
}

/// A token buffer kept across calls, one per caller and thread: a sentence's
/// tokens then reuse memory that is already allocated and cached.
std::vector<Token>& matcher_tokens() {
  thread_local std::vector<Token> tokens;
  return tokens;
}

/// The first three bytes of a word, ASCII letters lower-cased, as one number:
/// compared with a table at one step per entry. Needs three bytes.
constexpr std::uint32_t prefix_key(std::string_view word) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(ascii_lower(word[0]))) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(ascii_lower(word[1]))) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(ascii_lower(word[2])));
}

Date year_date(int year) { return Date{year, 0, 0, DatePrecision::year}; }
Date month_date(int year, int month) { return Date{year, month, 0, DatePrecision::month}; }

long serial(const Date& day) {
  return days_from_civil(day.year, day.month == 0 ? 1 : day.month, day.day == 0 ? 1 : day.day);
}

bool plausible_year(int year) { return year >= 1800 && year <= 2200; }

class Matcher {
 public:
  /// `tokens` are the text's; they must outlive the matcher.
  Matcher(const std::vector<Token>& tokens, const std::optional<Date>& published, const std::optional<Date>& anchor,
          const std::optional<Date>& story_day)
      : tokens_(tokens), published_(published), anchor_(anchor), story_day_(story_day) {
    if (published_ && published_->precision != DatePrecision::day) {
      // Relative expressions need a day; use the first day of a coarser date.
      published_ = Date{published_->year, published_->month == 0 ? 1 : published_->month,
                        published_->day == 0 ? 1 : published_->day, DatePrecision::day};
    }
  }

  std::vector<DateMention> run() {
    std::vector<DateMention> mentions;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      std::size_t next = i;
      if (!may_start(i)) {
        ++i;
        continue;
      }
      if (auto mention = match_at(i, next)) {
        const std::size_t first = phrase_start(i);
        mention->begin = tokens_[first].begin;
        mention->end = tokens_[next - 1].end;
        apply_prefix(first, next, *mention);
        mentions.push_back(*mention);
        if (!mention->since && !mention->future) {
          anchor_ = mention->date;
          anchor_in_sentence_ = true;
          if (mention->date.precision == DatePrecision::day) story_day_ = mention->date;
        }
        i = next;
      } else {
        ++i;
      }
    }
    return mentions;
  }

 private:
  // ---- token predicates -------------------------------------------------
  bool has(std::size_t j) const { return j < tokens_.size(); }
  bool is_punct(std::size_t j, char c) const {
    return has(j) && tokens_[j].kind == Kind::punct && tokens_[j].punct == c;
  }
  bool is_word(std::size_t j) const { return has(j) && tokens_[j].kind == Kind::word; }
  bool word_is(std::size_t j, std::string_view word) const {
    return is_word(j) && iequals(tokens_[j].text, word);
  }
  bool adjacent(std::size_t a, std::size_t b) const {
    return has(a) && has(b) && tokens_[a].end == tokens_[b].begin;
  }
  const Token* number(std::size_t j) const {
    if (!has(j) || tokens_[j].kind != Kind::number || tokens_[j].glued) return nullptr;
    return &tokens_[j];
  }
  std::optional<int> day_number(std::size_t j) const {
    const Token* token = number(j);
    if (!token || token->digits > 2 || token->value < 1 || token->value > 31) return std::nullopt;
    return token->value;
  }
  std::optional<int> year_number(std::size_t j) const {
    const Token* token = number(j);
    if (!token || token->digits != 4 || token->ordinal || !plausible_year(token->value)) {
      return std::nullopt;
    }
    return token->value;
  }
  /// A month name written as one (capitalised; "may" the verb is not May).
  /// Sets `after` past an abbreviation's dot.
  std::optional<int> month_at(std::size_t j, std::size_t& after) const {
    if (!is_word(j)) return std::nullopt;
    const auto text = tokens_[j].text;
    if (!is_ascii_upper(text.front())) return std::nullopt;
    const auto month = month_from_name(text);
    if (!month) return std::nullopt;
    after = j + 1;
    if (text.size() <= 4 && is_punct(j + 1, '.') && adjacent(j, j + 1)) after = j + 2;
    return month;
  }
  bool prev_word_in(std::size_t i, std::initializer_list<std::string_view> words) const {
    if (i == 0 || !is_word(i - 1)) return false;
    for (auto word : words) {
      if (iequals(tokens_[i - 1].text, word)) return true;
    }
    return false;
  }

  // ---- resolution --------------------------------------------------------
  /// Month/day without a year: the publication year, or the year before when
  /// that would put the day more than ~2 months after publication.
  std::optional<Date> resolve_month_day(int month, int day) const {
    if (!published_) return std::nullopt;
    auto date = make_day(published_->year, month, day);
    if (!date) date = make_day(published_->year - 1, month, day);  // Feb 29
    if (!date) return std::nullopt;
    if (serial(*date) > serial(*published_) + 62) {
      date = make_day(published_->year - 1, month, day);
    }
    return date;
  }
  /// The most recent such month not after publication.
  std::optional<Date> resolve_month(int month) const {
    if (!published_) return std::nullopt;
    const int year = month <= published_->month ? published_->year : published_->year - 1;
    return month_date(year, month);
  }
  Date shift(long days) const { return civil_from_days(serial(*published_) + days); }

  /// False when no pattern of match_at can start at token `i`: a lower-case
  /// word that is no cue of a relative or anaphoric date and has no unit of a
  /// count before "later", "ago" etc. after it. Most words of a sentence are
  /// such words; trying every pattern on each was most of the time spent here.
  bool may_start(std::size_t i) const {
    const Token& token = tokens_[i];
    if (token.kind != Kind::word) return token.kind == Kind::number;
    const auto text = token.text;
    if (!is_ascii_alpha(text.front())) return true;
    if (relative_word(i + 2)) return true;
    bool cue = false;
    switch (text.size()) {
      case 2: cue = iequals(text, "by") || iequals(text, "at"); break;
      case 3: cue = iequals(text, "the"); break;
      case 4:
        cue = iequals(text, "that") || iequals(text, "late") || iequals(text, "last") || iequals(text, "past") ||
              iequals(text, "this") || iequals(text, "next") || iequals(text, "over");
        break;
      case 5:
        cue = iequals(text, "later") || iequals(text, "early") || iequals(text, "today") || iequals(text, "hours");
        break;
      case 6: cue = iequals(text, "coming") || iequals(text, "within"); break;
      case 7: cue = iequals(text, "earlier") || iequals(text, "tonight") || iequals(text, "shortly"); break;
      case 8: cue = iequals(text, "previous") || iequals(text, "tomorrow"); break;
      case 9: cue = iequals(text, "yesterday"); break;
      default: break;
    }
    if (cue || is_ascii_lower(text.front())) return cue;
    // A capitalised word: a month or weekday name, each of which opens with one of these.
    static constexpr std::uint32_t kNamePrefixes[] = {
        prefix_key("jan"), prefix_key("feb"), prefix_key("mar"), prefix_key("apr"), prefix_key("may"),
        prefix_key("jun"), prefix_key("jul"), prefix_key("aug"), prefix_key("sep"), prefix_key("oct"),
        prefix_key("nov"), prefix_key("dec"), prefix_key("mon"), prefix_key("tue"), prefix_key("wed"),
        prefix_key("thu"), prefix_key("fri"), prefix_key("sat"), prefix_key("sun"),
        // holidays of fixed date: Christmas, New Year's, Boxing Day
        prefix_key("chr"), prefix_key("new"), prefix_key("box")};
    if (text.size() < 3) return false;
    const std::uint32_t key = prefix_key(text);
    for (const std::uint32_t prefix : kNamePrefixes) {
      if (key == prefix) return true;
    }
    return false;
  }

  /// "later", "after", "before", "earlier" or "ago" at `j` ("two days later"): the
  /// word's length picks the one it can be, as most tokens are asked.
  bool relative_word(std::size_t j) const {
    if (!is_word(j)) return false;
    const std::string_view text = tokens_[j].text;
    switch (text.size()) {
      case 3: return iequals(text, "ago");
      case 5: return iequals(text, "later") || iequals(text, "after");
      case 6: return iequals(text, "before");
      case 7: return iequals(text, "earlier");
      default: return false;
    }
  }

  // ---- patterns ----------------------------------------------------------
  std::optional<DateMention> match_at(std::size_t i, std::size_t& next) const {
    const Token& token = tokens_[i];
    if (token.kind == Kind::number) {
      if (auto m = match_count_offset(i, next)) return m;
      if (auto m = match_iso(i, next)) return m;
      if (auto m = match_slash(i, next)) return m;
      if (auto m = match_day_first(i, next)) return m;
      if (auto m = match_year(i, next)) return m;
      if (auto m = match_ago(i, next)) return m;
      return std::nullopt;
    }
    if (token.kind != Kind::word) return std::nullopt;
    if (auto m = match_month_first(i, next)) return m;
    if (auto m = match_weekday(i, next)) return m;
    if (auto m = match_holiday(i, next)) return m;
    if (auto m = match_anaphoric(i, next)) return m;
    if (auto m = match_count_offset(i, next)) return m;
    if (auto m = match_relative(i, next)) return m;
    if (auto m = match_ago(i, next)) return m;
    return std::nullopt;
  }

  // 2024-11-28, 2024/11/28
  std::optional<DateMention> match_iso(std::size_t i, std::size_t& next) const {
    const Token* y = number(i);
    if (!y || y->digits != 4) return std::nullopt;
    for (char sep : {'-', '/'}) {
      if (!is_punct(i + 1, sep) || !adjacent(i, i + 1) || !adjacent(i + 1, i + 2)) continue;
      const Token* m = number(i + 2);
      if (!m || m->digits > 2 || !is_punct(i + 3, sep) || !adjacent(i + 2, i + 3) ||
          !adjacent(i + 3, i + 4)) {
        continue;
      }
      const Token* d = number(i + 4);
      if (!d || d->digits > 2) continue;
      auto date = make_day(y->value, m->value, d->value);
      if (!date) continue;
      next = i + 5;
      DateMention mention;
      mention.date = *date;
      return mention;
    }
    return std::nullopt;
  }

  // 11/28/2024 or 28/11/2024, only when the order is unambiguous.
  std::optional<DateMention> match_slash(std::size_t i, std::size_t& next) const {
    const Token* a = number(i);
    if (!a || a->digits > 2 || !is_punct(i + 1, '/') || !adjacent(i, i + 1) ||
        !adjacent(i + 1, i + 2)) {
      return std::nullopt;
    }
    const Token* b = number(i + 2);
    if (!b || b->digits > 2 || !is_punct(i + 3, '/') || !adjacent(i + 2, i + 3) ||
        !adjacent(i + 3, i + 4)) {
      return std::nullopt;
    }
    const Token* y = number(i + 4);
    if (!y || y->digits != 4) return std::nullopt;
    std::optional<Date> date;
    if (a->value == b->value) {
      date = make_day(y->value, a->value, b->value);
    } else if (a->value > 12) {
      date = make_day(y->value, b->value, a->value);
    } else if (b->value > 12) {
      date = make_day(y->value, a->value, b->value);
    } else if (published_) {
      // Both orders are dates: news reports the past, so when one reading falls after
      // publication the other is meant ("on 10/06/2024" published 2024-06-14: 10 June).
      const auto day_first = make_day(y->value, b->value, a->value);
      const auto month_first = make_day(y->value, a->value, b->value);
      const auto after = [&](const std::optional<Date>& d) { return d && d->first_day() > published_->last_day(); };
      if (day_first && month_first && after(day_first) != after(month_first)) {
        date = after(day_first) ? month_first : day_first;
      }
    }
    if (!date) return std::nullopt;
    next = i + 5;
    DateMention mention;
    mention.date = *date;
    return mention;
  }

  /// After a first date at token `j`, reads "[,] 2024" and returns the year.
  std::optional<int> trailing_year(std::size_t j, std::size_t& after) const {
    std::size_t k = j;
    if (is_punct(k, ',')) ++k;
    if (auto year = year_number(k)) {
      after = k + 1;
      return year;
    }
    // "on 1 March this year", "March 5 last year": the year told relatively.
    if (published_ && word_is(k + 1, "year") && !is_punct(j, ',')) {
      const int step = word_is(k, "this") ? 0 : word_is(k, "last") ? -1 : word_is(k, "next") ? 1 : 2;
      if (step != 2) {
        after = k + 2;
        return published_->year + step;
      }
    }
    return std::nullopt;
  }

  /// Fills a mention from month/day (+ optional end) and an optional year.
  std::optional<DateMention> day_mention(int month, int day, std::optional<int> year,
                                         std::optional<std::pair<int, int>> end) const {
    DateMention mention;
    if (year) {
      auto date = make_day(*year, month, day);
      if (!date) return std::nullopt;
      mention.date = *date;
    } else {
      auto date = resolve_month_day(month, day);
      if (!date) return std::nullopt;
      mention.date = *date;
      mention.relative = true;
    }
    if (end) {
      int end_year = mention.date.year;
      if (end->first < month) ++end_year;  // "December 30 to January 2"
      auto date_end = make_day(end_year, end->first, end->second);
      if (date_end && serial(*date_end) > serial(mention.date)) mention.date_end = date_end;
    }
    return mention;
  }

  // November 28, 2024 / Nov. 28 / March 2-3 / March 2 to 5 / March 30-April 2 /
  // November 2024 / (in) April [this year] / from May to July
  std::optional<DateMention> match_month_first(std::size_t i, std::size_t& next) const {
    std::size_t j = 0;
    const auto month = month_at(i, j);
    if (!month) return std::nullopt;
    // A day.
    if (auto day = day_number(j); day && !is_punct(j + 1, ':')) {
      std::size_t k = j + 1;
      std::optional<std::pair<int, int>> end;
      if (is_punct(k, '-') || word_is(k, "to") || word_is(k, "through") || word_is(k, "until") ||
          word_is(k, "till") || word_is(k, "and")) {
        std::size_t month_end_after = 0;
        if (auto day2 = day_number(k + 1); day2 && *day2 > *day) {
          end = std::pair{*month, *day2};
          k += 2;
        } else if (auto month2 = month_at(k + 1, month_end_after)) {
          if (auto day3 = day_number(month_end_after)) {
            end = std::pair{*month2, *day3};
            k = month_end_after + 1;
          }
        }
      }
      std::size_t after = k;
      auto year = trailing_year(k, after);
      auto mention = day_mention(*month, *day, year, end);
      if (!mention) return std::nullopt;
      next = year ? after : k;
      return mention;
    }
    // November 2024
    std::size_t after = j;
    if (auto year = trailing_year(j, after)) {
      next = after;
      DateMention mention;
      mention.date = month_date(*year, *month);
      if (auto end = month_span_end(j, after)) {
        mention.date_end = month_date(*year, *end);
      }
      return mention;
    }
    // A bare month needs a cue before it: "in April", "since March", "mid-May".
    const bool cue =
        prev_word_in(i, {"in", "since", "until", "till", "by", "from", "during", "early", "late",
                         "mid", "last", "of", "before", "after", "between", "through", "throughout"}) ||
        (i >= 2 && is_punct(i - 1, '-') && word_is(i - 2, "mid"));
    if (!cue) return std::nullopt;
    DateMention mention;
    mention.relative = true;
    std::optional<int> end_month;
    std::size_t k = j;
    if (auto end = month_span_end(j, k)) end_month = end;
    // "in April this year", "in March last year", "from May to July 2024"; "in February of
    // last year" says the same with "of".
    std::optional<int> explicit_year;
    if (word_is(k, "of") && word_is(k + 2, "year") &&
        (word_is(k + 1, "this") || word_is(k + 1, "last") || word_is(k + 1, "previous") ||
         word_is(k + 1, "next") || word_is(k + 1, "that") || word_is(k + 1, "same"))) {
      ++k;
    } else if (word_is(k, "of") && word_is(k + 1, "the") && word_is(k + 2, "same") && word_is(k + 3, "year")) {
      k += 2;  // "in June of the same year"
    }
    if (word_is(k, "this") && word_is(k + 1, "year")) {
      if (!published_) return std::nullopt;
      explicit_year = published_->year;
      k += 2;
    } else if ((word_is(k, "last") || word_is(k, "previous")) && word_is(k + 1, "year")) {
      if (!published_) return std::nullopt;
      explicit_year = published_->year - 1;
      k += 2;
    } else if (word_is(k, "next") && word_is(k + 1, "year")) {
      if (!published_) return std::nullopt;
      explicit_year = published_->year + 1;
      mention.future = true;
      k += 2;
    } else if ((word_is(k, "that") || word_is(k, "same")) && word_is(k + 1, "year")) {
      if (!anchor_) return std::nullopt;  // "in November that year": the year the story is in
      explicit_year = anchor_->year;
      k += 2;
    } else if (auto year = trailing_year(k, k)) {
      explicit_year = year;
      mention.relative = false;
    }
    if (explicit_year) {
      mention.date = month_date(*explicit_year, *month);
    } else {
      if (!published_) return std::nullopt;
      auto resolved = resolve_month(*month);
      if (prev_word_in(i, {"last"}) && *month == published_->month) resolved->year -= 1;
      mention.date = *resolved;
    }
    if (end_month) {
      const int year = *end_month < *month ? mention.date.year + 1 : mention.date.year;
      mention.date_end = month_date(year, *end_month);
    }
    next = k;
    return mention;
  }

  /// "to July" / "-July" after a month at token `j`; moves `after` past it.
  std::optional<int> month_span_end(std::size_t j, std::size_t& after) const {
    if (!(is_punct(j, '-') || word_is(j, "to") || word_is(j, "until") || word_is(j, "through") ||
          word_is(j, "and"))) {
      return std::nullopt;
    }
    std::size_t k = 0;
    auto month = month_at(j + 1, k);
    if (!month) return std::nullopt;
    if (day_number(k)) return std::nullopt;  // "to July 5" is not a month span
    after = k;
    return month;
  }

  // 28 November 2024 / 28th of November 2024 / 20th March, 2022 / 2-3 March / 7-Jun-2023
  std::optional<DateMention> match_day_first(std::size_t i, std::size_t& next) const {
    const auto day = day_number(i);
    if (!day) return std::nullopt;
    std::size_t j = i + 1;
    std::optional<int> day2;
    if ((is_punct(j, '-') || word_is(j, "and") || word_is(j, "to")) && day_number(j + 1) &&
        *day_number(j + 1) > *day) {
      day2 = day_number(j + 1);
      j += 2;
    }
    if (word_is(j, "of")) ++j;
    // "7-Jun-2023": a date line's compact form, the marks glued to the words.
    const bool hyphenated = !day2 && is_punct(j, '-') && adjacent(i, j) && adjacent(j, j + 1);
    if (hyphenated) ++j;
    std::size_t after = 0;
    const auto month = month_at(j, after);
    if (!month) return std::nullopt;
    std::size_t k = after;
    std::optional<int> year;
    if (hyphenated) {
      if (!is_punct(after, '-') || !adjacent(after - 1, after) || !adjacent(after, after + 1)) return std::nullopt;
      year = year_number(after + 1);
      if (!year) return std::nullopt;
      k = after + 2;
    } else {
      year = trailing_year(after, k);
    }
    std::optional<std::pair<int, int>> end;
    if (day2) end = std::pair{*month, *day2};
    auto mention = day_mention(*month, *day, year, end);
    if (!mention) return std::nullopt;
    next = year ? k : after;
    return mention;
  }

  // in 1994 / since 1994 / 2025-2027 / between 2025 and 2027 / 2024-25
  std::optional<DateMention> match_year(std::size_t i, std::size_t& next) const {
    const auto year = year_number(i);
    if (!year) return std::nullopt;
    DateMention mention;
    mention.date = year_date(*year);
    // A span of years needs no cue: "2025-2027", "2024-25".
    if (is_punct(i + 1, '-') && has(i + 2)) {
      if (const auto year2 = year_number(i + 2); year2 && *year2 > *year && *year2 - *year <= 100) {
        mention.date_end = year_date(*year2);
        next = i + 3;
        return mention;
      }
      if (const Token* two = number(i + 2);
          two && two->digits == 2 && adjacent(i, i + 1) && adjacent(i + 1, i + 2) &&
          two->value > *year % 100 && !is_punct(i + 3, '-')) {
        mention.date_end = year_date(*year / 100 * 100 + two->value);
        next = i + 3;
        return mention;
      }
    }
    const bool cue = prev_word_in(i, {"in", "since", "of", "by", "until", "till", "from", "during",
                                      "before", "after", "year", "early", "late", "mid", "between",
                                      "around", "circa", "throughout", "to", "through", "and"}) ||
                     (i >= 2 && is_punct(i - 1, '-') && word_is(i - 2, "mid"));
    if (!cue) return std::nullopt;
    // "and"/"to" only continue a span ("between 2020 and 2022" is handled here).
    if (prev_word_in(i, {"and", "to", "through"})) return std::nullopt;
    if ((word_is(i + 1, "and") || word_is(i + 1, "to") || word_is(i + 1, "through")) &&
        prev_word_in(i, {"between", "from"})) {
      if (const auto year2 = year_number(i + 2); year2 && *year2 > *year) {
        mention.date_end = year_date(*year2);
        next = i + 3;
        return mention;
      }
    }
    next = i + 1;
    return mention;
  }

  // on Wednesday / last Monday / next Monday / Thursday's talks
  std::optional<DateMention> match_weekday(std::size_t i, std::size_t& next) const {
    if (!is_word(i) || !is_ascii_upper(tokens_[i].text.front()) || tokens_[i].text.size() < 6) {
      return std::nullopt;
    }
    const auto weekday = weekday_from_name(tokens_[i].text);
    if (!weekday) return std::nullopt;
    // "Tuesday, August 24": the explicit date that follows says it all.
    std::size_t j = i + 1;
    if (is_punct(j, ',')) ++j;
    std::size_t unused = 0;
    if (has(j) && (month_at(j, unused) || (day_number(j) && month_at(j + 1, unused)))) {
      return std::nullopt;
    }
    if (!published_) return std::nullopt;
    const int published_weekday = weekday_of(*published_);
    DateMention mention;
    mention.relative = true;
    if (prev_word_in(i, {"next", "coming"})) {
      int ahead = (*weekday - published_weekday + 7) % 7;
      if (ahead == 0) ahead = 7;
      mention.date = shift(ahead);
      mention.future = true;
    } else {
      int back = (published_weekday - *weekday + 7) % 7;
      if (back == 0 && prev_word_in(i, {"last", "past", "previous"})) back = 7;
      mention.date = shift(-back);
    }
    next = i + 1;
    return mention;
  }

  // Christmas Day, Christmas Eve, New Year's Day, New Year's Eve, Boxing Day: the
  // latest on or before publication, or in the year that follows ("Christmas Day 2023").
  std::optional<DateMention> match_holiday(std::size_t i, std::size_t& next) const {
    int month = 0;
    int day = 0;
    std::size_t j = i;
    if (word_is(j, "Christmas")) {
      ++j;
      day = word_is(j, "Eve") ? 24 : 25;
      if (word_is(j, "Eve") || word_is(j, "Day")) ++j;
      month = 12;
    } else if (word_is(j, "Boxing") && word_is(j + 1, "Day")) {
      month = 12;
      day = 26;
      j += 2;
    } else if (word_is(j, "New") && word_is(j + 1, "Year") && is_punct(j + 2, '\'') && word_is(j + 3, "s") &&
               (word_is(j + 4, "Day") || word_is(j + 4, "Eve"))) {
      const bool eve = word_is(j + 4, "Eve");
      month = eve ? 12 : 1;
      day = eve ? 31 : 1;
      j += 5;
    } else {
      return std::nullopt;
    }
    // Capitalised only: "christmas" in running text is rare, "new year's day" rarer.
    if (!is_ascii_upper(tokens_[i].text.front())) return std::nullopt;
    DateMention mention;
    if (const Token* year = number(j); year && year->digits == 4 && plausible_year(year->value)) {
      auto date = make_day(year->value, month, day);
      if (!date) return std::nullopt;
      mention.date = *date;
      next = j + 1;
      return mention;
    }
    if (!published_) return std::nullopt;
    int year = published_->year;
    if (month > published_->month || (month == published_->month && day > published_->day)) --year;
    mention.date = *make_day(year, month, day);
    mention.relative = true;
    next = j;
    return mention;
  }

  // yesterday, today, tomorrow, last week, earlier this month, last year, ...
  std::optional<DateMention> match_relative(std::size_t i, std::size_t& next) const {
    if (!published_) return std::nullopt;
    DateMention mention;
    mention.relative = true;
    const auto word = tokens_[i].text;
    if (iequals(word, "yesterday")) {
      mention.date = shift(-1);
      next = i + 1;
      return mention;
    }
    if (iequals(word, "today") || iequals(word, "tonight")) {
      // "today's world", "today's era": a time in general, no date.
      if (is_punct(i + 1, '\'') && adjacent(i, i + 1) && word_is(i + 2, "s")) return std::nullopt;
      mention.date = *published_;
      next = i + 1;
      return mention;
    }
    if (iequals(word, "tomorrow")) {
      mention.date = shift(1);
      mention.future = true;
      next = i + 1;
      return mention;
    }
    std::size_t j = i;
    bool later = false;
    if (iequals(word, "earlier") || iequals(word, "later") || iequals(word, "early") ||
        iequals(word, "late")) {
      later = iequals(word, "later");
      ++j;
    }
    int direction = 0;  // -1 last, 0 this, +1 next
    // "at the weekend", "over the weekend": news tells the one just gone.
    const bool the_weekend = !later && (word_is(j, "at") || word_is(j, "over")) && word_is(j + 1, "the") &&
                             word_is(j + 2, "weekend");
    if (the_weekend) {
      j += 1;
      direction = -1;
    } else if (word_is(j, "last") || word_is(j, "past") || word_is(j, "previous")) {
      direction = -1;
    } else if (word_is(j, "this")) {
      direction = 0;
    } else if (word_is(j, "next") || word_is(j, "coming")) {
      direction = 1;
    } else {
      return std::nullopt;
    }
    // "earlier this" / "later this" need "this"; "late last year" is fine too.
    const std::size_t unit = j + 1;
    const int weekday = weekday_of(*published_);
    if (word_is(unit, "week")) {
      const long monday = -weekday + 7L * direction;
      mention.date = shift(monday);
      if (direction == 0) {
        mention.date_end = later ? shift(6 - weekday) : *published_;
        if (mention.date_end == mention.date) mention.date_end.reset();
      } else {
        mention.date_end = shift(monday + 6);
      }
      if (later) mention.date = *published_;
    } else if (word_is(unit, "weekend")) {
      // The Saturday and Sunday before (or after) publication.
      long saturday = 5 - weekday;
      if (direction <= 0 && saturday > 0) saturday -= 7;
      if (direction > 0 && saturday <= 0) saturday += 7;
      mention.date = shift(saturday);
      mention.date_end = shift(saturday + 1);
    } else if (word_is(unit, "month")) {
      int year = published_->year;
      int month = published_->month + direction;
      if (month < 1) {
        month = 12;
        --year;
      } else if (month > 12) {
        month = 1;
        ++year;
      }
      mention.date = month_date(year, month);
    } else if (word_is(unit, "year")) {
      mention.date = year_date(published_->year + direction);
    } else if (word_is(unit, "night") && direction == -1) {
      mention.date = shift(-1);
    } else if (direction == 0 && !later && (word_is(unit, "morning") || word_is(unit, "afternoon") ||
                                            word_is(unit, "evening"))) {
      mention.date = *published_;  // "signed the accord this afternoon"
    } else {
      return std::nullopt;
    }
    if (direction > 0 || later) mention.future = true;
    next = unit + 1;
    return mention;
  }

  // three days ago / 2 weeks ago / a month ago
  std::optional<DateMention> match_ago(std::size_t i, std::size_t& next) const {
    if (!published_ || !word_is(i + 2, "ago")) return std::nullopt;
    int count = 0;
    if (const Token* token = number(i); token && token->digits <= 3 && !token->ordinal) {
      count = token->value;
    } else if (is_word(i)) {
      if (auto value = number_from_word(tokens_[i].text)) {
        count = *value;
      } else if (word_is(i, "a") || word_is(i, "an") || word_is(i, "one")) {
        count = 1;
      }
    }
    if (count <= 0 || !word_is(i + 2, "ago") || !is_word(i + 1)) return std::nullopt;
    const std::string unit = ascii_lower(tokens_[i + 1].text);
    DateMention mention;
    mention.relative = true;
    if (unit == "day" || unit == "days") {
      mention.date = shift(-count);
    } else if (unit == "week" || unit == "weeks") {
      mention.date = shift(-7L * count);
    } else if (unit == "month" || unit == "months") {
      const int total = published_->year * 12 + (published_->month - 1) - count;
      mention.date = month_date(total / 12, total % 12 + 1);
    } else if (unit == "year" || unit == "years") {
      mention.date = year_date(published_->year - count);
      // "two years ago to the day": that very day.
      if (word_is(i + 3, "to") && word_is(i + 4, "the") && word_is(i + 5, "day")) {
        if (auto day = make_day(published_->year - count, published_->month, published_->day)) mention.date = *day;
        next = i + 6;
        return mention;
      }
    } else {
      return std::nullopt;
    }
    next = i + 3;
    return mention;
  }

  // ---- anaphoric dates: resolved against the story's date (anchor_) -------
  bool part_of_day(std::size_t j) const {
    return word_is(j, "day") || word_is(j, "evening") || word_is(j, "morning") ||
           word_is(j, "afternoon") || word_is(j, "night");
  }
  /// The anchor moved by `days` when it is a day; a coarser anchor stays as it is
  /// ("the next day" after "in March" is still March).
  DateMention anchored(int days) const {
    DateMention mention;
    mention.relative = true;
    const Date& from = day_anchor();
    mention.date = from;
    if (from.precision == DatePrecision::day) mention.date = civil_from_days(serial(from) + days);
    return mention;
  }
  /// What day counts move from: the anchor, unless it is a coarser date that
  /// lies before the story's last day, a look back ("the territory, which broke
  /// away in 1991"): "the next day" then follows that day.
  const Date& day_anchor() const {
    if (anchor_->precision != DatePrecision::day && story_day_ &&
        story_day_->first_day() > anchor_->last_day()) {
      return *story_day_;
    }
    return *anchor_;
  }
  /// An anchor cut to month or year precision.
  DateMention anchored_unit(DatePrecision precision) const {
    DateMention mention;
    mention.relative = true;
    mention.date = *anchor_;
    if (precision == DatePrecision::year || anchor_->precision == DatePrecision::year) {
      mention.date = year_date(anchor_->year);
    } else {
      mention.date = month_date(anchor_->year, anchor_->month);
    }
    return mention;
  }

  // the (very) same day / that evening / earlier in the day / the next day /
  // the following morning / later that month / that same year
  std::optional<DateMention> match_anaphoric(std::size_t i, std::size_t& next) const {
    if (!anchor_) return std::nullopt;
    std::size_t j = i;
    if (word_is(j, "the") || word_is(j, "that")) {
      const bool that = word_is(j, "that");
      ++j;
      if (word_is(j, "very")) ++j;
      const bool same = word_is(j, "same");
      if (same) ++j;
      if (same || that) {
        if (part_of_day(j)) {
          next = j + 1;
          return anchored(0);
        }
        if (word_is(j, "week") || word_is(j, "month")) {
          next = j + 1;
          return anchored_unit(DatePrecision::month);
        }
        if (word_is(j, "year")) {
          next = j + 1;
          return anchored_unit(DatePrecision::year);
        }
        return std::nullopt;
      }
      if ((word_is(j, "next") || word_is(j, "following")) && part_of_day(j + 1)) {
        next = j + 2;
        return anchored(1);
      }
      // "the following month", "the previous year": the story's month or year moved by one.
      const bool forward = word_is(j, "next") || word_is(j, "following");
      if ((forward || word_is(j, "previous")) && (word_is(j + 1, "month") || word_is(j + 1, "year"))) {
        const int step = forward ? 1 : -1;
        next = j + 2;
        DateMention mention;
        mention.relative = true;
        if (word_is(j + 1, "year")) {
          mention.date = year_date(anchor_->year + step);
        } else if (anchor_->precision == DatePrecision::year) {
          return std::nullopt;
        } else {
          const int months = anchor_->year * 12 + (anchor_->month - 1) + step;
          mention.date = month_date(months / 12, months % 12 + 1);
        }
        return mention;
      }
      if (word_is(j, "day") && (word_is(j + 1, "before") || word_is(j + 1, "after")) &&
          !has_word_after(j + 2)) {
        next = j + 2;
        return anchored(word_is(j + 1, "before") ? -1 : 1);
      }
      return std::nullopt;
    }
    if ((word_is(i, "earlier") || word_is(i, "later")) && word_is(i + 1, "in") && word_is(i + 2, "the")) {
      next = i + 4;
      if (word_is(i + 3, "day")) return anchored(0);
      // "earlier in the week" with no date before it in the sentence is the week of
      // publication, not of a date an earlier sentence told ("earlier that week" is).
      const bool unit = word_is(i + 3, "week") || word_is(i + 3, "month") || word_is(i + 3, "year");
      if (unit && !anchor_in_sentence_ && published_) {
        DateMention mention;
        mention.relative = true;
        mention.date = word_is(i + 3, "year") ? year_date(published_->year)
                                              : month_date(published_->year, published_->month);
        return mention;
      }
      if (word_is(i + 3, "week") || word_is(i + 3, "month")) return anchored_unit(DatePrecision::month);
      if (word_is(i + 3, "year")) return anchored_unit(DatePrecision::year);
    }
    // "Taipei moved within hours", "hours later", "shortly afterwards": the story's day.
    if ((word_is(i, "within") && word_is(i + 1, "hours")) || (word_is(i, "hours") && word_is(i + 1, "later")) ||
        (word_is(i, "shortly") && (word_is(i + 1, "afterwards") || word_is(i + 1, "afterward")))) {
      next = i + 2;
      return anchored(0);
    }
    // "By the evening they had signed": the evening of the day the story is at.
    if (word_is(i, "by") && word_is(i + 1, "the") &&
        (word_is(i + 2, "evening") || word_is(i + 2, "afternoon") || word_is(i + 2, "night"))) {
      next = i + 3;
      return anchored(0);
    }
    if ((word_is(i, "earlier") || word_is(i, "later")) && word_is(i + 1, "that")) {
      if (part_of_day(i + 2)) {
        next = i + 3;
        return anchored(0);
      }
      if (word_is(i + 2, "week") || word_is(i + 2, "month")) {
        next = i + 3;
        return anchored_unit(DatePrecision::month);
      }
      if (word_is(i + 2, "year")) {
        next = i + 3;
        return anchored_unit(DatePrecision::year);
      }
    }
    return std::nullopt;
  }
  /// "the day after" at the end of a clause ("the day after, ..."), not "the day after the vote".
  bool has_word_after(std::size_t j) const { return is_word(j) && !word_is(j, "and"); }

  // three days later / a day later / a week earlier / two days after (the story's
  // date minus two: "the drills began on Saturday, three days after X met Y")
  std::optional<DateMention> match_count_offset(std::size_t i, std::size_t& next) const {
    if (!anchor_ || day_anchor().month == 0) return std::nullopt;
    if (!(word_is(i + 2, "later") || word_is(i + 2, "after") || word_is(i + 2, "before") ||
          word_is(i + 2, "earlier"))) {
      return std::nullopt;
    }
    int count = 0;
    if (const Token* token = number(i); token && token->digits <= 2 && !token->ordinal) {
      count = token->value;
    } else if (is_word(i)) {
      if (auto value = number_from_word(tokens_[i].text)) {
        count = *value;
      } else if (word_is(i, "a") || word_is(i, "one")) {
        count = 1;
      }
    }
    if (count <= 0 || !is_word(i + 1)) return std::nullopt;
    const std::string unit = ascii_lower(tokens_[i + 1].text);
    // "Two days after the visit, Peru recalled ...": opening the sentence, the phrase dates
    // its main clause, counted from the story's date like "two days later".
    const bool opening = i == 0 && (word_is(i + 2, "after") || word_is(i + 2, "before"));
    const bool after = opening ? word_is(i + 2, "before") : word_is(i + 2, "after") || word_is(i + 2, "earlier");
    int days = 0;
    if (unit == "month" || unit == "months") {
      // "nine months after B": B's month, counted from the story's month.
      if (count > 120 || anchor_->month == 0) return std::nullopt;
      const int months = anchor_->year * 12 + (anchor_->month - 1) + (after ? -count : count);
      next = i + 3;
      DateMention mention;
      mention.relative = true;
      mention.date = month_date(months / 12, months % 12 + 1);
      mention.dates_following = !opening && (word_is(i + 2, "after") || word_is(i + 2, "before"));
      return mention;
    }
    if (day_anchor().precision != DatePrecision::day) return std::nullopt;
    if (unit == "day" || unit == "days") {
      days = count;
    } else if (unit == "week" || unit == "weeks") {
      days = 7 * count;
    } else {
      return std::nullopt;
    }
    // "N days later/earlier": the story moves on (or back). "N days after/before
    // B": B lies N days before (after) the story's date.
    next = i + 3;
    DateMention mention = anchored(after ? -days : days);
    mention.dates_following = !opening && (word_is(i + 2, "after") || word_is(i + 2, "before"));
    return mention;
  }

  /// Where the phrase starts: "mid-March" and "last Monday" include their modifier.
  std::size_t phrase_start(std::size_t i) const {
    if (i >= 2 && is_punct(i - 1, '-') && adjacent(i - 1, i) && word_is(i - 2, "mid")) return i - 2;
    if (tokens_[i].kind == Kind::word && weekday_from_name(tokens_[i].text) &&
        prev_word_in(i, {"last", "next", "coming", "past", "previous"})) {
      return i - 1;
    }
    return i;
  }

  /// "since ..." makes a mention an open-ended start, unless ", when" follows:
  /// "no relations since August 2021, when Algiers cut ties" dates the cut.
  void apply_prefix(std::size_t i, std::size_t next, DateMention& mention) const {
    if (prev_word_in(i, {"since"}) && !(is_punct(next, ',') && word_is(next + 1, "when"))) mention.since = true;
  }

  const std::vector<Token>& tokens_;
  std::optional<Date> published_;
  std::optional<Date> anchor_;  ///< the latest date before the current position
  std::optional<Date> story_day_;  ///< the latest day before the current position
  bool anchor_in_sentence_ = false;  ///< the anchor is a date told earlier in this sentence
};

}  // namespace

std::vector<DateMention> find_dates(std::string_view sentence,
                                    const std::optional<core::Date>& published,
                                    const std::optional<core::Date>& anchor,
                                    const std::optional<core::Date>& story_day) {
  std::vector<Token>& tokens = matcher_tokens();
  tokenize(sentence, tokens);
  return Matcher(tokens, published, anchor, story_day).run();
}

namespace {
std::optional<int> duration_days_of(std::string_view sentence);
}  // namespace

std::optional<int> duration_days(std::string_view sentence) {
  // Asked for each visit a sentence reports: the last answer is remembered.
  thread_local std::string last_sentence;
  thread_local std::optional<int> last_days;
  thread_local bool known = false;
  if (known && sentence == last_sentence) return last_days;
  last_days = duration_days_of(sentence);
  last_sentence.assign(sentence);
  known = true;
  return last_days;
}

namespace {

std::optional<int> duration_days_of(std::string_view sentence) {
  // Every duration below needs "day", "week" or "fortnight" in some case ("weeklong"
  // too): most sentences have none, and are answered without tokenising them.
  if (ifind(sentence, "day") == std::string_view::npos && ifind(sentence, "week") == std::string_view::npos &&
      ifind(sentence, "fortnight") == std::string_view::npos) {
    return std::nullopt;
  }
  thread_local std::vector<Token> buffer;
  tokenize(sentence, buffer);
  const std::vector<Token>& tokens = buffer;
  auto word_is = [&](std::size_t j, std::string_view word) {
    return j < tokens.size() && tokens[j].kind == Kind::word && iequals(tokens[j].text, word);
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind == Kind::word && iequals(token.text, "weeklong")) return 7;
    // "a fortnight-long tour", "stayed for a fortnight"; not "less than a fortnight after".
    if (token.kind == Kind::word && iequals(token.text, "fortnight") &&
        (word_is(i + 1, "long") || word_is(i + 2, "long") || (i >= 2 && word_is(i - 2, "for")))) {
      return 14;
    }
    // Cheap test first: a unit word must follow within three tokens.
    bool unit_near = false;
    for (std::size_t k = i + 1; k <= i + 4 && k < tokens.size(); ++k) {
      if (tokens[k].kind == Kind::word && tokens[k].text.size() >= 3 &&
          tokens[k].text.size() <= 5 && (ascii_lower(tokens[k].text[0]) == 'd' ||
                                         ascii_lower(tokens[k].text[0]) == 'w')) {
        unit_near = true;
        break;
      }
    }
    if (!unit_near) continue;
    int count = 0;
    std::size_t j = i + 1;
    if (token.kind == Kind::number) {
      if (token.glued || token.ordinal || token.digits > 3) continue;
      count = token.value;
    } else if (token.kind == Kind::word) {
      if (auto value = number_from_word(token.text)) {
        count = *value;
        // "twenty-one" is tokenised as "twenty" "-" "one"
        if (*value == 20 && j + 1 < tokens.size() && tokens[j].kind == Kind::punct &&
            tokens[j].punct == '-') {
          if (auto unit = number_from_word(tokens[j + 1].text); unit && *unit < 10) {
            count = 20 + *unit;
            j += 2;
          }
        }
      } else if (iequals(token.text, "a") || iequals(token.text, "an")) {
        count = 1;
      } else {
        continue;
      }
    } else {
      continue;
    }
    if (count <= 0) continue;
    bool hyphen = false;
    if (j < tokens.size() && tokens[j].kind == Kind::punct && tokens[j].punct == '-') {
      hyphen = true;
      ++j;
    }
    if (j >= tokens.size() || tokens[j].kind != Kind::word) continue;
    const std::string unit = ascii_lower(tokens[j].text);
    int days = 0;
    if (unit == "day" || (unit == "days" && !hyphen)) {
      days = count;
    } else if (unit == "week" || (unit == "weeks" && !hyphen)) {
      days = 7 * count;
    } else {
      continue;
    }
    // "a week-long visit" states a duration; "a day" or "a week" alone is too vague.
    if (iequals(token.text, "a") || iequals(token.text, "an")) {
      const bool long_form =
          word_is(j + 1, "long") ||
          (j + 2 < tokens.size() && tokens[j + 1].kind == Kind::punct &&
           tokens[j + 1].punct == '-' && word_is(j + 2, "long"));
      if (unit != "week" || !long_form) continue;
    }
    // "one day after", "two days ago": these place an event, they do not say how long it ran.
    if (word_is(j + 1, "ago") || word_is(j + 1, "after") || word_is(j + 1, "before") ||
        word_is(j + 1, "later") || word_is(j + 1, "earlier") || word_is(j + 1, "from")) {
      continue;
    }
    return days;
  }
  return std::nullopt;
}

}  // namespace

core::Date add_days(const core::Date& day, int days) {
  if (day.year < 1 || day.year > 9999) return day;
  return civil_from_days(serial(day) + days);
}

}  // namespace dipgraph::importers::article
