#pragma once
// Stage 3 of the article pipeline: who a sentence names. Gazetteer names
// (states, capitals, demonyms, orgs, known people), titles that reveal people
// and their roles ("President of Belarus Aleksandr Lukashenko", "the Belarusian
// president"), companies that stand for their state ("a Minsk-based company")
// and simple coreference ("he", "the two sides", "the country").

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/resolver.hpp"
#include "importers/article/text_util.hpp"
#include "importers/article/word_index.hpp"

namespace dipgraph::core {
class Store;
}

namespace dipgraph::importers::article {

class StoreLookup;

/// One word or punctuation mark of a sentence. Hyphens between words are not
/// tokens: the word after one has after_hyphen set ("Minsk-based", "Kyrgyz-Kazakh").
struct Token {
  std::size_t begin = 0;  ///< byte offsets in the sentence
  std::size_t end = 0;
  std::string norm;       ///< lower case, dots and apostrophes dropped, diacritics folded
  std::uint64_t hash = 0;  ///< word_hash(norm), for the word indexes
  bool capitalised = false;
  bool punct = false;
  bool after_hyphen = false;
};

/// Splits a sentence into tokens; "'s" is a token of its own, "U.S." one token.
std::vector<Token> tokenize(std::string_view sentence);

/// The index of the token holding byte `byte`, or of the first one after it.
inline std::size_t token_at(const std::vector<Token>& tokens, std::size_t byte) {
  const auto found =
      std::partition_point(tokens.begin(), tokens.end(), [&](const Token& token) { return token.end <= byte; });
  return static_cast<std::size_t>(found - tokens.begin());
}

/// "pointing", "attacking": a word of more than five letters ending in "ing", read as a participle.
inline bool participle_word(std::string_view word) {
  return word.size() > 5 && word.substr(word.size() - 3) == "ing";
}

/// The comma that closes an opening subordinate clause ("Two years after Russia invaded
/// Ukraine, Estonia ...", "When Peru protested, Chile ..."); tokens.size() when none.
/// Names on its two sides are no list.
std::size_t opening_clause_comma(const std::vector<Token>& tokens);
/// The same into `tokens` (cleared first): a buffer kept across sentences
/// spares allocating one per sentence.
void tokenize(std::string_view sentence, std::vector<Token>& tokens);

/// A phrase as its first word's index lists it: enough to pass over most
/// phrases that cannot start at a token without reading them.
struct PhraseRef {
  std::size_t item = 0;     ///< the phrase's place in its own list (titles, aliases, ...)
  std::size_t length = 0;   ///< words
  std::uint64_t second = 0;  ///< word_hash of the second word (0 for one word)

  /// False when the phrase cannot start at `at` (its first word aside).
  bool may_start(const std::vector<Token>& tokens, std::size_t at) const {
    return length < 2 || (at + 1 < tokens.size() && tokens[at + 1].hash == second);
  }
};

/// A word index's long phrase lists (many phrases open with "the"), split by their
/// second word: candidates() gives the phrases of a list that PhraseRef::may_start
/// admits at a token, in the list's order, without passing over the others one by one.
class PhraseNarrowing {
 public:
  /// Splits every list of `index` of many phrases; call once the index is complete.
  void build(const WordIndex<std::vector<PhraseRef>>& index);
  /// `list`, the index's list of the word at `at`, or the part of it that may start there.
  const std::vector<PhraseRef>& candidates(const std::vector<PhraseRef>& list, const std::vector<Token>& tokens,
                                           std::size_t at) const {
    return list.size() < kLong ? list : narrowed(list, tokens, at);
  }

 private:
  static constexpr std::size_t kLong = 8;
  const std::vector<PhraseRef>& narrowed(const std::vector<PhraseRef>& list, const std::vector<Token>& tokens,
                                         std::size_t at) const;
  struct Split {
    std::vector<PhraseRef> singles;  ///< the one-word phrases
    std::unordered_map<std::uint64_t, std::vector<PhraseRef>> by_second;  ///< second word's hash -> those and singles
  };
  std::unordered_map<std::uint64_t, Split> splits_;  ///< by the first word's hash
};

/// An actor as the extractor reports it.
struct ActorRef {
  core::ActorKind kind = core::ActorKind::state;
  std::string code;                  ///< alpha-3, org code, or person slug
  std::string name;
  std::optional<std::string> state;  ///< people: the state they represent
  std::string title;                 ///< people: the title the text or the store gives
  bool role = false;                 ///< the title earns a role fact
  bool former = false;               ///< "former president": no role fact
  /// The code events are keyed on: a person's state, else the code.
  const std::string& key() const { return kind == core::ActorKind::person && state ? *state : code; }
  bool usable() const { return kind != core::ActorKind::person || state.has_value(); }
};

enum class MentionVia { name, demonym, capital, title, company, anaphor };

/// A stretch of tokens naming one actor, or two for "the two sides".
struct Mention {
  std::size_t first = 0;  ///< token range [first, last)
  std::size_t last = 0;
  std::vector<ActorRef> actors;
  MentionVia via = MentionVia::name;
  bool possessive = false;  ///< followed by 's, or a possessive pronoun
  bool pronoun = false;
};

/// The gazetteer as token sequences indexed by their first token, built once
/// from a store's aliases (codes excluded: they never match running text).
class Gazetteer {
 public:
  explicit Gazetteer(const std::vector<core::AliasEntry>& aliases);

  struct Match {
    std::size_t length = 0;  ///< tokens
    const core::AliasEntry* entry = nullptr;
    core::AliasKind alias_kind = core::AliasKind::name;
  };
  /// The longest alias starting at token `at` that the text's case allows,
  /// when it names one actor (states preferred over orgs and people). A name of
  /// several states ("Congo") is the one of them `named` counts (the states the
  /// article named so far) when exactly one is there, else skipped.
  std::optional<Match> match(std::string_view sentence, const std::vector<Token>& tokens, std::size_t at,
                             const std::unordered_map<std::string, int>* named = nullptr) const {
    // Inline, as asked about nearly every token: most start no alias.
    const auto* listed = first_.find(tokens[at].norm, tokens[at].hash);
    if (listed == nullptr) return std::nullopt;
    return match_listed(narrowing_.candidates(*listed, tokens, at), sentence, tokens, at, named);
  }
  /// True when the lookup key is an alias of some actor.
  bool known_word(const std::string& norm) const { return first_.find(norm) != nullptr; }
  /// True when the word alone is an alias of some actor ("Jordan", "Ali"), not only
  /// the first word of a longer one ("Wang" of "Wang Yi").
  bool whole_alias(const std::string& norm) const;

 private:
  struct Entry {
    std::vector<std::string> words;
    std::vector<std::size_t> actors;   ///< indexes into aliases_ (one per distinct actor)
    std::vector<std::uint64_t> hashes;  ///< word_hash of each word
  };
  std::optional<Match> match_listed(const std::vector<PhraseRef>& listed, std::string_view sentence,
                                    const std::vector<Token>& tokens, std::size_t at,
                                    const std::unordered_map<std::string, int>* named) const;

  std::vector<core::AliasEntry> aliases_;
  std::vector<std::vector<bool>> alias_caps_;  ///< per alias: which words must be capitalised
  std::vector<std::string> alias_shapes_;      ///< per abbreviation: its letters and digits
  std::vector<Entry> entries_;
  WordIndex<std::vector<PhraseRef>> first_;  ///< word -> entries, longest first
  PhraseNarrowing narrowing_;                 ///< of first_
};

/// The word lists of data/article_*.tsv, loaded once.
struct Lexicons {
  struct Title {
    std::vector<std::string> words;
    std::string title;
    bool role = false;
    bool head = false;
    std::vector<std::uint64_t> hashes;  ///< word_hash of each word
  };
  std::vector<Title> titles;
  WordIndex<std::vector<PhraseRef>> title_index;
  struct Anaphor {
    std::vector<std::string> words;
    std::string refers;  ///< person, state, other_state, pair, ... or "description"
    std::vector<std::uint64_t> hashes;  ///< word_hash of each word
    std::vector<std::string> states;  ///< for a description ("the kingdom"): whom it can name
  };
  std::vector<Anaphor> anaphora;
  WordIndex<std::vector<PhraseRef>> anaphor_index;
  /// Descriptions ("the kingdom", "the island nation") by their word after "the": "the"
  /// opens so many phrases that a list of every description there would be read at each.
  WordIndex<std::vector<PhraseRef>> description_index;
  /// Of title_index, anaphor_index and description_index.
  PhraseNarrowing title_narrowing, anaphor_narrowing, description_narrowing;
  /// City (one lower-case word) -> the organisation it names as an actor ("Brussels": EU).
  std::unordered_map<std::string, std::string> seats;
  /// cue kind -> phrases (as word lists)
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> cues;
  WordIndex<std::vector<std::string>> word_kinds;  ///< one-word cues: word -> kinds
  struct Cue {
    std::string kind;
    std::vector<std::string> words;
    std::vector<std::uint64_t> hashes;  ///< word_hash of each word
  };
  /// first word -> every cue starting with it, longest first
  WordIndex<std::vector<Cue>> cues_by_first_word;
  /// The keys of word_kinds and cues_by_first_word, tagged with their kinds.
  WordFilter kind_words, cue_first_words;

  static const Lexicons& get();
  // The filters answer most calls here, inline: callers ask about every token,
  // with a literal kind the compiler folds into the filter's slot. GCC left
  // them out of line (many callers), computing the kind's part of the slot at
  // every call; always_inline keeps the folding.
  [[gnu::always_inline]] bool is(const Token& token, std::string_view kind) const {
    return kind_words.may_contain(token.hash, kind) && listed_as(token, kind);
  }
  /// Length of a cue phrase of `kind` starting at token `at`, 0 when none.
  [[gnu::always_inline]] std::size_t cue_at(const std::vector<Token>& tokens, std::size_t at,
                                            std::string_view kind) const {
    if (at >= tokens.size() || !cue_first_words.may_contain(tokens[at].hash, kind)) return 0;
    return listed_cue_at(tokens, at, kind);
  }

 private:
  bool listed_as(const Token& token, std::string_view kind) const;
  std::size_t listed_cue_at(const std::vector<Token>& tokens, std::size_t at, std::string_view kind) const;
};

/// Finds mentions sentence by sentence, remembering what an article said so
/// far: people discovered by their titles, company names, the actors in focus.
class MentionFinder {
 public:
  /// `store` answers which state a known person represented on a date; it is
  /// only read, and must outlive the finder.
  MentionFinder(const Gazetteer& gazetteer, const core::Store& store, std::optional<core::Date> on);
  /// The same, reading the store through `lookup`, which remembers answers across
  /// articles; it must outlive the finder.
  MentionFinder(const Gazetteer& gazetteer, StoreLookup& lookup, std::optional<core::Date> on);
  ~MentionFinder();

  /// The mentions of one sentence, in text order, not overlapping.
  std::vector<Mention> find(std::string_view sentence, const std::vector<Token>& tokens);

  /// Every person the article named so far, by code.
  const std::vector<ActorRef>& people() const { return people_; }

  /// The most recently named state other than `not_code` (empty when none).
  std::string focus_state_other_than(const std::string& not_code) const;
  /// An actor's display name by code (the code when unknown), cached.
  const std::string& name_of(const std::string& code) const;
  /// The distinct states named so far, most recent first.
  std::vector<std::string> focus_states() const;
  /// The states the article named so far, the most often named first: what the story is about.
  std::vector<std::string> story_states() const;
  /// The two states in focus ("the two sides"), heaviest first, leaving out `except`;
  /// fewer when the article named fewer.
  std::vector<std::string> focus_pair(const std::vector<std::string>& except = {}) const;
  /// The state or organisation that did the act the previous sentence reported: whose
  /// "decision" or "move" a reaction right after it answers. Empty when it reported none.
  const std::optional<ActorRef>& last_actor() const { return last_actor_; }
  void note_actor(std::optional<ActorRef> actor) { last_actor_ = std::move(actor); }

 private:
  std::vector<std::pair<std::string, int>> focus_weights(bool count_places = false) const;
  ActorRef known_actor(const core::AliasEntry& entry);
  /// known_actor into `actor`, a fresh ActorRef (one built in its place in a list).
  void fill_known_actor(ActorRef& actor, const core::AliasEntry& entry);
  void complete_person(ActorRef& person);
  /// Adds or updates `person` (never one of people_: adding may move them).
  ActorRef* remember_person(const ActorRef& person);
  /// The person "the <title>" refers to: the one in focus when they hold it, else the
  /// only person the article gave it.
  std::optional<ActorRef> title_holder(const std::string& title) const;
  /// Counts the mention's states in focus; a `place` ("talks in Geneva") is remembered as
  /// where the story is, but weighs nothing as a side.
  void note_focus(const Mention& mention, bool place = false);
  void remember_lists(const std::vector<Mention>& mentions, const std::vector<Token>& tokens);

  const Gazetteer& gazetteer_;
  std::unique_ptr<StoreLookup> own_lookup_;  ///< when built on a store
  StoreLookup& lookup_;
  std::optional<core::Date> on_;
  std::vector<ActorRef> people_;
  std::unordered_map<std::string, std::size_t> person_words_;  ///< name word -> people_ index
  std::unordered_map<std::string, ActorRef> companies_;         ///< company word -> state
  /// The word_hash of every key of person_words_ and companies_: most tokens are
  /// neither, and are told so without hashing their key again.
  SmallWordFilter person_word_hashes_, company_word_hashes_;
  std::vector<std::string> recent_states_;                      ///< most recent last
  std::vector<char> recent_is_place_;                           ///< per recent_states_ entry
  std::unordered_map<std::string, int> state_counts_;           ///< mentions per state
  mutable std::unordered_map<std::string, std::string> names_;  ///< code -> display name
  std::vector<std::size_t> sentence_starts_;                    ///< recent_states_ size at each sentence start
  std::optional<std::size_t> focus_person_;                     ///< first person of the last sentence with one
  std::optional<std::string> previous_subject_;                 ///< state of the last sentence's first mention
  std::optional<std::string> previous_title_state_;             ///< "Chad's president" opening the last sentence
  std::vector<std::string> previous_pair_;                      ///< "Mali and Burkina Faso" opening it
  std::map<std::size_t, std::vector<std::string>> last_lists_;  ///< by size: the last states listed together
  std::optional<ActorRef> latest_org_;                          ///< the organisation named last
  std::optional<ActorRef> last_actor_;                          ///< see last_actor()
  std::unordered_map<std::string, ActorRef> org_people_;        ///< person code -> the organisation they speak for
};

}  // namespace dipgraph::importers::article
