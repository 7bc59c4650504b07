#include "cli/question_lexicon.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/error.hpp"
#include "core/event_type.hpp"

namespace dipgraph::cli {
namespace {

constexpr std::string_view kDataFile = "question_words.tsv";

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < phrase.size()) {
    const auto space = phrase.find(' ', start);
    const auto end = space == std::string_view::npos ? phrase.size() : space;
    if (end > start) words.emplace_back(phrase.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool contains(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

/// Empty when `value` suits `kind`, else why not.
std::string check_value(WordKind kind, const std::string& value) {
  static const std::vector<std::string> intents = {"ties",       "path",    "link",  "neighbors",
                                                   "components", "profile", "events"};
  static const std::vector<std::string> levels = {"state", "actor"};
  static const std::vector<std::string> directions = {"source", "target"};
  switch (kind) {
    case WordKind::type:
      return core::find_event_type(value) ? "" : "unknown event type '" + value + "'";
    case WordKind::intent:
      return contains(intents, value) ? "" : "unknown intent '" + value + "'";
    case WordKind::central:
    case WordKind::measure:
      return contains(centrality_measures(), value) ? "" : "unknown measure '" + value + "'";
    case WordKind::level:
      return contains(levels, value) ? "" : "unknown level '" + value + "'";
    case WordKind::direction:
      return contains(directions, value) ? "" : "unknown direction '" + value + "'";
    case WordKind::aux:
    case WordKind::passive:
    case WordKind::stop:
      return value.empty() ? "" : "this kind takes no value";
  }
  return "unknown kind";
}

}  // namespace

std::optional<WordKind> parse_word_kind(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, WordKind>, 9> kKinds = {{
      {"type", WordKind::type},
      {"intent", WordKind::intent},
      {"central", WordKind::central},
      {"measure", WordKind::measure},
      {"level", WordKind::level},
      {"direction", WordKind::direction},
      {"aux", WordKind::aux},
      {"passive", WordKind::passive},
      {"stop", WordKind::stop},
  }};
  for (const auto& [name, kind] : kKinds) {
    if (name == text) return kind;
  }
  return std::nullopt;
}

const std::vector<std::string>& centrality_measures() {
  static const std::vector<std::string> measures = {"degree",    "strength",  "betweenness",
                                                    "closeness", "pagerank", "eigenvector"};
  return measures;
}

QuestionLexicon::QuestionLexicon(const core::TsvTable& table, std::string_view source) {
  const std::string file(source);
  const std::size_t phrase_column = table.column("phrase", source);
  const std::size_t kind_column = table.column("kind", source);
  const std::size_t value_column = table.column("value", source);
  for (const auto& row : table.rows) {
    LexiconEntry entry;
    entry.words = split_words(row.fields[phrase_column]);
    entry.value = row.fields[value_column];
    entry.line = row.line;
    if (entry.words.empty()) throw InputError(file, row.line, "empty phrase");
    for (const auto& word : entry.words) {
      if (std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        throw InputError(file, row.line, "phrase '" + row.fields[phrase_column] + "' is not lower case");
      }
    }
    const auto kind = parse_word_kind(row.fields[kind_column]);
    if (!kind) throw InputError(file, row.line, "unknown kind '" + row.fields[kind_column] + "'");
    entry.kind = *kind;
    if (const auto problem = check_value(entry.kind, entry.value); !problem.empty()) {
      throw InputError(file, row.line, problem);
    }
    for (const auto& other : entries_) {
      if (other.words == entry.words) {
        throw InputError(file, row.line,
                         "phrase '" + row.fields[phrase_column] + "' repeats line " +
                             std::to_string(other.line));
      }
    }
    entries_.push_back(std::move(entry));
  }
}

const QuestionLexicon& QuestionLexicon::embedded() {
  static const QuestionLexicon lexicon(core::embedded_tsv(kDataFile), kDataFile);
  return lexicon;
}

const LexiconEntry* QuestionLexicon::longest_match(const std::vector<std::string>& words,
                                                   std::size_t at, std::size_t available) const {
  const LexiconEntry* best = nullptr;
  for (const auto& entry : entries_) {
    const std::size_t length = entry.words.size();
    if (length > available || at + length > words.size()) continue;
    if (best != nullptr && best->words.size() >= length) continue;
    if (std::equal(entry.words.begin(), entry.words.end(), words.begin() + static_cast<long>(at))) {
      best = &entry;
    }
  }
  return best;
}

const LexiconEntry* QuestionLexicon::word(std::string_view word) const {
  for (const auto& entry : entries_) {
    if (entry.words.size() == 1 && entry.words.front() == word) return &entry;
  }
  return nullptr;
}

}  // namespace dipgraph::cli
