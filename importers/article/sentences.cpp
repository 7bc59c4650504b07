#include "importers/article/sentences.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/tsv.hpp"
#include "importers/article/text_util.hpp"

// One left-to-right scan. A sentence ends at '.', '!', '?' or an ellipsis (with
// any closing quotes and brackets after it) when white space and then a
// capital, digit or opening quote follow, unless the word before the dot is an
// initial or an abbreviation (data/sentence_abbreviations.tsv). Abbreviations
// that can also end a sentence ("U.S.", "Inc.") end one only when the next word
// is a common sentence opener (data/sentence_starters.tsv): "with the U.S. The
// talks" splits, "the U.S. President" does not. A blank line and a new list item
// ("- ", "* ", "• ", "1. ") always start a new sentence.

namespace dipgraph::importers::article {
namespace {

/// True when one of the eight bytes at `p` can end a sentence (. ! ? newline,
/// or 0xE2, the lead byte of "…"): the scan passes over most of a paragraph
/// eight bytes a step. For each of those bytes, a zero byte of `p` xor it.
bool stop_among_eight(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const auto has = [&](unsigned char byte) {
    const std::uint64_t x = v ^ (kOnes * byte);
    return (x - kOnes) & ~x & kHigh;
  };
  return (has('.') | has('!') | has('?') | has('\n') | has(0xE2)) != 0;
}

enum class AbbreviationKind { title, final };

struct SentenceData {
  // Keys view into `storage`, so lookups need no allocation.
  std::vector<std::unique_ptr<std::string>> storage;
  std::unordered_map<std::string_view, AbbreviationKind> abbreviations;
  std::unordered_set<std::string_view> starters;

  std::string_view keep(const std::string& text) {
    storage.push_back(std::make_unique<std::string>(text));
    return *storage.back();
  }
};

const SentenceData& sentence_data() {
  static const SentenceData data = [] {
    SentenceData loaded;
    const auto abbreviations = core::embedded_tsv("sentence_abbreviations.tsv");
    const auto name = abbreviations.column("abbreviation", "sentence_abbreviations.tsv");
    const auto kind = abbreviations.column("kind", "sentence_abbreviations.tsv");
    for (const auto& row : abbreviations.rows) {
      loaded.abbreviations[loaded.keep(row.fields[name])] =
          row.fields[kind] == "final" ? AbbreviationKind::final : AbbreviationKind::title;
    }
    const auto starters = core::embedded_tsv("sentence_starters.tsv");
    const auto word = starters.column("word", "sentence_starters.tsv");
    for (const auto& row : starters.rows) loaded.starters.insert(loaded.keep(row.fields[word]));
    return loaded;
  }();
  return data;
}

bool starts_with_at(std::string_view text, std::size_t i, std::string_view what) {
  return text.substr(i, what.size()) == what;
}

/// Length of a closing quote or bracket at i (0 if none).
std::size_t closer_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (starts_with_at(text, i, "\xE2\x80\x9D") || starts_with_at(text, i, "\xE2\x80\x99")) return 3;
  if (starts_with_at(text, i, "\xC2\xBB")) return 2;  // »
  return 0;
}

/// Length of an opening quote or bracket at i (0 if none).
std::size_t opener_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (starts_with_at(text, i, "\xE2\x80\x9C") || starts_with_at(text, i, "\xE2\x80\x98")) return 3;
  if (starts_with_at(text, i, "\xC2\xAB")) return 2;  // «
  return 0;
}

bool is_ellipsis_at(std::string_view text, std::size_t i) {
  return starts_with_at(text, i, "\xE2\x80\xA6");
}

/// Length of a list marker ("- ", "* ", "• ", "1. ", "2) ") at i, 0 if none.
std::size_t list_marker_at(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  std::size_t k = i;
  if (k < n && (text[k] == '-' || text[k] == '*')) {
    ++k;
  } else if (starts_with_at(text, k, "\xE2\x80\xA2")) {
    k += 3;
  } else if (k < n && is_ascii_digit(text[k])) {
    while (k < n && k - i < 3 && is_ascii_digit(text[k])) ++k;
    if (k >= n || (text[k] != '.' && text[k] != ')')) return 0;
    ++k;
  } else {
    return 0;
  }
  if (k >= n || (text[k] != ' ' && text[k] != '\t')) return 0;
  while (k < n && (text[k] == ' ' || text[k] == '\t')) ++k;
  return k - i;
}

/// True when only spaces/tabs lie between the start of the line and i.
bool at_line_start(std::string_view text, std::size_t i) {
  while (i > 0) {
    const char c = text[i - 1];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t') return false;
    --i;
  }
  return true;
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text), data_(sentence_data()) {}

  std::vector<std::string> run() {
    const std::size_t n = text_.size();
    std::size_t i = 0;
    // Bytes that can end a sentence: . ! ? newline, and 0xE2 (the lead byte of "…").
    static constexpr auto kStops = [] {
      std::array<bool, 256> stops{};
      for (const char c : std::string_view(".!?\n\xE2")) stops[static_cast<unsigned char>(c)] = true;
      return stops;
    }();
    while (i < n) {
      while (i + 8 <= n && !stop_among_eight(text_.data() + i)) i += 8;
      while (i < n && !kStops[static_cast<unsigned char>(text_[i])]) ++i;
      if (i >= n) break;
      const char c = text_[i];
      if (c == '\n') {
        i = on_newline(i);
        continue;
      }
      const bool dot = c == '.';
      const bool terminal = dot || c == '!' || c == '?' || is_ellipsis_at(text_, i);
      if (!terminal) {
        ++i;
        continue;
      }
      i = on_terminal(i);
    }
    emit(n);
    return std::move(sentences_);
  }

 private:
  /// A newline ends the sentence before a blank line or a list item.
  std::size_t on_newline(std::size_t i) {
    std::size_t k = i + 1;
    while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t')) ++k;
    if (k >= text_.size() || text_[k] == '\n' || list_marker_at(text_, k) > 0) emit(i);
    return i + 1;
  }

  std::size_t on_terminal(std::size_t i) {
    const std::size_t n = text_.size();
    const std::size_t first = i;
    std::size_t dots = 0;
    bool other = false;
    // Runs of terminators: "?!", "...", "…".
    while (i < n) {
      if (text_[i] == '.') {
        ++dots;
        ++i;
      } else if (text_[i] == '!' || text_[i] == '?') {
        other = true;
        ++i;
      } else if (is_ellipsis_at(text_, i)) {
        dots += 3;
        i += 3;
      } else {
        break;
      }
    }
    while (i < n) {
      const std::size_t closer = closer_at(text_, i);
      if (closer == 0) break;
      i += closer;
    }
    const std::size_t end = i;
    if (end >= n) return end;
    if (!is_ascii_space(text_[end]) &&
        !(text_[end] == '\xC2' && end + 1 < n && text_[end + 1] == '\xA0')) {
      return end;  // "U.S" inside, "3.5", "example.com", "No.5"
    }
    // The next sentence's first letter, past white space and opening quotes.
    std::size_t k = end;
    while (k < n && (is_ascii_space(text_[k]) || (text_[k] == '\xC2' && k + 1 < n &&
                                                   text_[k + 1] == '\xA0'))) {
      k += text_[k] == '\xC2' ? 2 : 1;
    }
    if (k >= n) return end;
    const std::size_t word_start = k;
    while (k < n) {
      const std::size_t opener = opener_at(text_, k);
      if (opener == 0) break;
      k += opener;
    }
    if (k >= n) return end;
    const char next = text_[k];
    if (is_ascii_lower(next)) return end;
    // Only capitals, digits, quotes and non-ASCII letters can open a sentence.
    const bool capital_like =
        is_ascii_upper(next) || is_ascii_digit(next) || static_cast<unsigned char>(next) >= 0x80 ||
        k > word_start;
    if (!capital_like && list_marker_at(text_, word_start) == 0) return end;
    if (dots == 1 && !other && !dot_ends_sentence(first, k)) return end;
    emit(end);
    return end;
  }

  /// Whether the single dot at `dot` ends a sentence whose next word starts at `next`.
  bool dot_ends_sentence(std::size_t dot, std::size_t next) const {
    // The word before the dot, back to white space or an opening quote/bracket.
    std::size_t begin = dot;
    while (begin > 0 && !is_ascii_space(text_[begin - 1]) && text_[begin - 1] != '"' &&
           text_[begin - 1] != '(' && text_[begin - 1] != '[') {
      --begin;
    }
    const std::string_view word = text_.substr(begin, dot - begin);
    if (word.empty()) return true;
    // "1." opening a numbered list line.
    bool digits = true;
    for (char c : word) digits = digits && is_ascii_digit(c);
    if (digits && word.size() <= 3 && at_line_start(text_, begin)) return false;
    // An initial: "J. R. R. Tolkien", "Aleksandr G. Lukashenko".
    if (word.size() == 1 && is_ascii_upper(word[0])) return false;
    const auto found = data_.abbreviations.find(word);
    std::optional<AbbreviationKind> kind;
    if (found != data_.abbreviations.end()) {
      kind = found->second;
    } else if (word.find('.') != std::string_view::npos) {
      // Unlisted dotted acronyms ("E.C.O.W.A.S") behave like "U.S.".
      bool acronym = true;
      for (char c : word) acronym = acronym && (is_ascii_alpha(c) || c == '.');
      if (acronym) kind = AbbreviationKind::final;
    }
    if (!kind) return true;
    if (*kind == AbbreviationKind::title) return false;
    std::size_t end = next;
    while (end < text_.size() && is_ascii_alpha(text_[end])) ++end;
    return data_.starters.count(text_.substr(next, end - next)) > 0;
  }

  void emit(std::size_t end) {
    if (end <= start_) return;
    std::string_view sentence = trim(text_.substr(start_, end - start_));
    start_ = end;
    if (sentence.empty()) return;
    if (at_line_start(text_, static_cast<std::size_t>(sentence.data() - text_.data()))) {
      const std::size_t marker = list_marker_at(sentence, 0);
      if (marker > 0) sentence = trim(sentence.substr(marker));
    }
    if (!sentence.empty()) sentences_.emplace_back(sentence);
  }

  std::string_view text_;
  const SentenceData& data_;
  std::size_t start_ = 0;
  std::vector<std::string> sentences_;
};

}  // namespace

std::vector<std::string> split_sentences(std::string_view text) { return Splitter(text).run(); }

std::vector<Sentence> sentences_of(const Document& document) {
  std::vector<Sentence> sentences;
  int index = 0;
  for (const auto& paragraph : document.body) {
    for (auto& text : split_sentences(paragraph.text)) {
      sentences.push_back(Sentence{++index, std::move(text)});
    }
  }
  return sentences;
}

}  // namespace dipgraph::importers::article
