#pragma once
// The vocabulary of `dipgraph ask`: which words and phrases of a question name
// event types, intents, centrality measures, directions and function words.
// The knowledge lives in data/question_words.tsv; this is its loader.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tsv.hpp"

namespace dipgraph::cli {

/// What a lexicon phrase tells the question parser (column `kind`).
enum class WordKind {
  type,       ///< value: an event type
  intent,     ///< value: ties, path, link, neighbors, components, profile or events
  central,    ///< a centrality cue; value: the measure it implies
  measure,    ///< value: a centrality measure named outright
  level,      ///< value: state or actor
  direction,  ///< value: source or target, for the actor after the word
  aux,        ///< an auxiliary that puts the subject after it ("did X visit")
  passive,    ///< a "be"/"get" form that may make the subject the target
  stop,       ///< a common word, never an actor name
};

std::optional<WordKind> parse_word_kind(std::string_view text);

struct LexiconEntry {
  std::vector<std::string> words;  ///< the phrase, lower case, one word each
  WordKind kind = WordKind::stop;
  std::string value;
  long line = 0;  ///< line in the data file, for messages
};

class QuestionLexicon {
 public:
  /// Builds the lexicon from a table with columns phrase, kind, value. Throws
  /// InputError naming `source` and the line for an unknown kind or a value
  /// the kind does not allow (an event type that does not exist, ...).
  QuestionLexicon(const core::TsvTable& table, std::string_view source);

  /// The lexicon of the embedded data/question_words.tsv, loaded once.
  static const QuestionLexicon& embedded();

  /// The longest entry whose words equal `words[at..]` (lower case), at most
  /// `available` words long; nullptr when none does.
  const LexiconEntry* longest_match(const std::vector<std::string>& words, std::size_t at,
                                    std::size_t available) const;

  /// The entry for the single word `word` (lower case), or nullptr.
  const LexiconEntry* word(std::string_view word) const;

  const std::vector<LexiconEntry>& entries() const { return entries_; }

 private:
  std::vector<LexiconEntry> entries_;
};

/// The centrality measures `ask` can name, as the `centrality` command spells them.
const std::vector<std::string>& centrality_measures();

}  // namespace dipgraph::cli
