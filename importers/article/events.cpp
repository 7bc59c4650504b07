#include "importers/article/events.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "core/event_type.hpp"
#include "core/tsv.hpp"

namespace dipgraph::importers::article {
namespace {

enum class Frame { verb, reverse, nominal, noun, hosted_by, modifier, backer };

struct Trigger {
  std::string type;
  std::vector<std::string> words;  ///< "*" = up to three words, "@kind" = a cue of that kind
  Frame frame = Frame::verb;
  bool modal_ok = false;
  bool agreed_ok = false;
  bool place_next = false;  ///< the target is the place right after the phrase ("was in Minsk")
  bool topic_object = false;  ///< a demonym after it names a topic, no party ("discussed the Iranian programme")
  bool focus_pair = false;   ///< only in a clause naming no actor: between the two states in focus
  bool focus_target = false;  ///< with no object named, the target is the other state in focus ("shut the border")
  bool group_only = false;   ///< symmetric: only among actors listed together ("A, B and C founded X")
  bool host_person = false;  ///< reverse frame: only a person hosting a person ("Putin hosted Modi")
  bool org_target = false;   ///< only toward an organisation ("Finland joined NATO", "quit ECOWAS")
  /// When the second word is a word (not "*"): the hashes a token must have to be
  /// it or its plural, so that most phrases are passed over without matching them.
  bool second_fixed = false;
  std::uint64_t second = 0, second_plural = 0;
  /// Per word: its hash and its plural's (the word's own when it takes none), so
  /// that match_words() passes over a token that is neither without reading it.
  std::vector<std::uint64_t> hashes, plural_hashes;
  bool may_start(const std::vector<Token>& tokens, std::size_t at) const {
    return !second_fixed ||
           (at + 1 < tokens.size() && (tokens[at + 1].hash == second || tokens[at + 1].hash == second_plural));
  }
};

struct TriggerTable {
  std::vector<Trigger> triggers;
  WordIndex<std::vector<std::size_t>> index;  ///< first word -> longest first
};

const TriggerTable& trigger_table() {
  static const TriggerTable table = [] {
    TriggerTable t;
    const core::TsvTable tsv = core::embedded_tsv("article_triggers.tsv");
    const auto type = tsv.column("type", "article_triggers.tsv");
    const auto phrase = tsv.column("phrase", "article_triggers.tsv");
    const auto frame = tsv.column("frame", "article_triggers.tsv");
    const auto flags = tsv.column("flags", "article_triggers.tsv");
    for (const auto& row : tsv.rows) {
      Trigger trigger;
      trigger.type = row.fields[type];
      bool word_class = false;
      for (const auto& token : tokenize(row.fields[phrase])) {
        if (token.norm == "@") {
          word_class = true;
          continue;
        }
        trigger.words.push_back(word_class ? "@" + token.norm : token.norm);
        word_class = false;
      }
      if (trigger.words.empty() || trigger.words.front() == "*") continue;
      const std::string& f = row.fields[frame];
      trigger.frame = f == "reverse"     ? Frame::reverse
                      : f == "nominal"   ? Frame::nominal
                      : f == "noun"      ? Frame::noun
                      : f == "hosted_by" ? Frame::hosted_by
                      : f == "modifier"  ? Frame::modifier
                      : f == "backer"    ? Frame::backer
                                         : Frame::verb;
      trigger.modal_ok = row.fields[flags] == "modal_ok";
      trigger.agreed_ok = row.fields[flags] == "modal_ok_agreed";
      trigger.place_next = row.fields[flags] == "place_next";
      trigger.host_person = row.fields[flags] == "host_person";
      trigger.group_only = row.fields[flags] == "group_only";
      trigger.focus_pair = row.fields[flags] == "focus_pair";
      trigger.focus_target = row.fields[flags] == "focus_target";
      trigger.topic_object = row.fields[flags] == "topic_object";
      trigger.org_target = row.fields[flags] == "org_target";
      for (const auto& word : trigger.words) {
        // As same_word() allows after the first word: the word, or its plural when it has four letters or more.
        trigger.hashes.push_back(word_hash(word));
        trigger.plural_hashes.push_back(word.size() >= 4 ? word_hash(word + "s") : trigger.hashes.back());
      }
      if (trigger.words.size() > 1 && trigger.words[1] != "*" && trigger.words[1].front() != '@') {
        trigger.second_fixed = true;
        trigger.second = trigger.hashes[1];
        trigger.second_plural = trigger.plural_hashes[1];
      }
      t.triggers.push_back(std::move(trigger));
      t.index[t.triggers.back().words.front()].push_back(t.triggers.size() - 1);
    }
    for (auto& [word, hash, list] : t.index.entries()) {
      std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
        return t.triggers[a].words.size() > t.triggers[b].words.size();
      });
    }
    return t;
  }();
  return table;
}

bool determiner(const std::string& word) {
  return word == "the" || word == "a" || word == "an" || word == "its" || word == "their" || word == "his" ||
         word == "her";
}

/// A currency sign or a number word of an amount ("$", "billion").
bool amount_word(const std::string& word) {
  if (word.empty()) return false;
  switch (word.front()) {  // asked of every word in every gap: the first byte settles most
    case '$': return word.size() == 1;
    case '\xE2': return word == "\xE2\x82\xAC";
    case '\xC2': return word == "\xC2\xA3" || word == "\xC2\xA5";
    case 'm': return word == "million" || word == "millions";
    case 'b': return word == "billion" || word == "bn" || word == "billions";
    case 't': return word == "trillion" || word == "trillions";
    default: return false;
  }
}

/// A weekday or month name, or the "on"/"in" before one: a time told inside a phrase
/// ("agreed on Wednesday a package of sanctions against").
bool day_word(const std::vector<Token>& tokens, std::size_t k) {
  const auto names_day = [&](std::size_t j) {
    return j < tokens.size() && tokens[j].capitalised && names_month_or_weekday(tokens[j].norm, tokens[j].hash);
  };
  if (names_day(k)) return true;
  const std::string& w = tokens[k].norm;
  return w.size() == 2 && (w == "on" || w == "in") && names_day(k + 1);
}

/// Words that open or join clauses: "what he called", "and they signed" are no relative
/// clause after a noun.
bool function_word(const std::string& word) {
  static const std::set<std::string> words = {"what", "which", "who", "whom", "that", "when", "where", "how",
                                              "why",  "if",    "as",  "because", "and", "but",  "or",    "so",
                                              "then", "once",  "after", "before", "while", "until", "since"};
  return words.count(word) > 0;
}

bool subject_pronoun(const std::string& word) {
  return word == "they" || word == "he" || word == "she" || word == "we" || word == "it";
}

/// A modal cue at token `k`; "in May" is the month, not "may".
bool modal_at(const Lexicons& lex, const std::vector<Token>& tokens, std::size_t k) {
  if (k > 0 && tokens[k].capitalised && tokens[k].norm == "may") return false;
  return lex.cue_at(tokens, k, "modal") > 0;
}

/// "would be a provocation", "if it were illegal": a judgement only supposed. Only the
/// auxiliaries and conditions count here: "the plan was unacceptable" judges a plan.
bool judgement_modal(const std::string& word) {
  return word == "would" || word == "could" || word == "might" || word == "may" || word == "will" || word == "shall" ||
         word == "should" || word == "can" || word == "'ll" || word == "if" || word == "unless" || word == "whether";
}

/// A phrase's word as written, or after its first word a plural of it ("recalled its
/// ambassadors to", "closed its borders with").
bool same_word(const std::string& token, const std::string& word, bool plural_ok) {
  if (token == word) return true;
  return plural_ok && word.size() >= 4 && token.size() == word.size() + 1 && token.back() == 's' &&
         token.compare(0, word.size(), word) == 0;
}

bool preposition(const std::string& word);

/// How many gap lengths a "*" at token `at` tries (see match_words): up to three
/// words; determiners, numbers and amounts, the commas and "and" of a list,
/// possessive marks and the parts of hyphenated words do not count ("severed
/// diplomatic, trade and travel links with", "fired more than 100 cruise missiles
/// at", "pledged $4.5 billion in additional aid to"). A list of names counts as
/// its first word ("told Argentina, Chile, Costa Rica and Peru to withdraw their
/// diplomats"). It depends on the sentence alone, not on the phrase.
std::size_t gap_count(const std::vector<Token>& tokens, std::size_t at) {
  std::size_t counted = 0;
  bool named = false;
  for (std::size_t gap = 1;; ++gap) {
    if (at + gap - 1 >= tokens.size()) return gap;
    const Token& last = tokens[at + gap - 1];
    const bool name = last.capitalised && !last.punct;
    const bool free = last.norm == "," || last.norm == "and" || last.norm == "-" || last.norm == "%" ||
                      last.norm == "'" || last.norm == "'s" || last.after_hyphen || determiner(last.norm) ||
                      std::isdigit(static_cast<unsigned char>(last.norm.front())) || amount_word(last.norm) ||
                      day_word(tokens, at + gap - 1) || (name && named);
    named = named || name;
    if (last.punct && !free) return gap;
    // "signed a law declaring the deal void": a participle with its own object opens a
    // clause of its own ("a fishing agreement" has none).
    if (last.norm.size() >= 5 && last.norm.compare(last.norm.size() - 3, 3, "ing") == 0 &&
        at + gap < tokens.size() && determiner(tokens[at + gap].norm)) {
      return gap;
    }
    // "broke with Taipei and restored relations with Beijing": a preposition with a
    // name after it has found its object; the phrase ends before it.
    if (preposition(last.norm) && at + gap < tokens.size() && tokens[at + gap].capitalised &&
        !day_word(tokens, at + gap)) {
      return gap;
    }
    if (!free && ++counted > 3) return gap;
  }
}

/// gap_count() of each token of one sentence, counted when first asked: many phrases
/// open with the same word and a gap ("called * unacceptable", "called * illegal").
class GapCounts {
 public:
  explicit GapCounts(const std::vector<Token>& tokens) : tokens_(tokens) {}
  std::size_t at(std::size_t at) {
    if (counts_.empty()) counts_.assign(tokens_.size() + 1, 0);
    if (at >= counts_.size()) return gap_count(tokens_, at);
    if (counts_[at] == 0) counts_[at] = gap_count(tokens_, at);
    return counts_[at];
  }

 private:
  const std::vector<Token>& tokens_;
  std::vector<std::size_t> counts_;  ///< 0: not counted yet (a count is at least 1)
};

/// Token count matched by the trigger's words from `w` on at `at` (gaps included),
/// 0 when no match. `gaps` counts the gaps of `tokens`.
std::size_t match_words(const Lexicons& lex, const std::vector<Token>& tokens, std::size_t at, const Trigger& trigger,
                        GapCounts& gaps, std::size_t w = 0) {
  const std::vector<std::string>& words = trigger.words;
  if (w == words.size()) return 0;
  if (words[w] == "*") {
    // The shortest gap after which the rest of the phrase follows.
    const std::size_t tried = gaps.at(at);
    for (std::size_t gap = 0; gap < tried; ++gap) {
      if (w + 1 == words.size()) return gap;
      const std::size_t rest = match_words(lex, tokens, at + gap, trigger, gaps, w + 1);
      if (rest > 0) return gap + rest;
    }
    return 0;
  }
  if (at >= tokens.size()) return 0;
  std::size_t here = 0;
  if (words[w].front() == '@') {
    // "@supplies": one of the words data/article_cues.tsv lists under that kind.
    here = lex.cue_at(tokens, at, std::string_view(words[w]).substr(1));
  } else {
    const std::uint64_t hash = tokens[at].hash;
    const bool may_be = hash == trigger.hashes[w] || (w > 0 && hash == trigger.plural_hashes[w]);
    here = may_be && same_word(tokens[at].norm, words[w], w > 0) ? 1 : 0;
  }
  if (here == 0) return 0;
  if (w + 1 == words.size()) return here;
  const std::size_t rest = match_words(lex, tokens, at + here, trigger, gaps, w + 1);
  return rest > 0 ? here + rest : 0;
}

bool is_be(const std::string& word) {
  return word == "was" || word == "were" || word == "been" || word == "being" || word == "is" || word == "are" ||
         word == "be" || word == "got";
}

bool adverb(const Token& token) {
  return token.norm.size() > 3 && token.norm.compare(token.norm.size() - 2, 2, "ly") == 0;
}

struct Context {
  std::string_view sentence;
  const std::vector<Token>& tokens;
  const std::vector<Mention>& mentions;
  const MentionFinder& focus;
  const Lexicons& lex;
  std::vector<int> group;  ///< per mention: coordination group id
  std::vector<char> phrase_lead;  ///< per mention: a pronoun leading another's phrase ("his counterpart X")
  std::size_t first_hedge = 0;  ///< token where the first hedge cue starts (size when none)
  /// Per token, computed once a sentence: kStop (ends an argument search), kComma,
  /// kBut, kAfter ("after"/"before").
  std::vector<unsigned char> marks;
  std::vector<std::size_t> stops_before;  ///< per token k: how many kStop tokens lie before k
  std::size_t clause_comma = 0;           ///< opening_clause_comma(tokens), set once a sentence
};

constexpr unsigned char kStop = 1, kComma = 2, kBut = 4, kAfter = 8;

/// "agreed" (or "agree") right before the "to" at `to`.
bool agreed_governs(const Context& c, std::size_t to) {
  return to > 0 && c.tokens[to - 1].norm.rfind("agree", 0) == 0;
}

bool mention_starts_at(const Context& c, std::size_t k) {
  return std::any_of(c.mentions.begin(), c.mentions.end(), [k](const Mention& m) { return m.first == k; });
}

/// "agreed in an interview that Putin was a killer": one side's assent to a claim, no
/// agreement; "the two leaders agreed that ..." is one.
bool assent_to_claim(const Context& c, std::size_t a) {
  const auto& tokens = c.tokens;
  if (tokens[a].norm.rfind("agree", 0) != 0) return false;
  for (std::size_t k = a >= 5 ? a - 5 : 0; k < a; ++k) {
    const std::string& w = tokens[k].norm;
    if (w == "two" || w == "both" || w == "and" || w == "sides" || w == "leaders") return false;
  }
  for (std::size_t k = a + 1; k < tokens.size() && k < a + 6; ++k) {
    if (tokens[k].norm == "that") return true;
    if (tokens[k].punct || mention_starts_at(c, k)) return false;
  }
  return false;
}

/// A definite act inside or right after the trigger at [a, b), named by no actor:
/// "criticised the move", "called this decision a mistake", "rejected the latest step".
bool names_a_deed(const Context& c, std::size_t a, std::size_t b) {
  for (std::size_t k = a + 1; k < c.tokens.size() && k < b + 4; ++k) {
    if (c.tokens[k].punct || mention_starts_at(c, k)) return false;
    if (c.lex.is(c.tokens[k], "deed")) return true;
  }
  return false;
}

/// What an accusation, a claim or a name someone gives says is no fact: "accused Nairobi
/// of backing the rebels", "rejected claims that Belgrade supplied weapons", "what the
/// three governments called a chemical attack".
bool reported_content(const std::vector<Token>& tokens, std::size_t a) {
  // "warned Iran against attacking Israel", "advised against sending troops": what is
  // warned against has not happened.
  if (a > 0 && tokens[a - 1].norm == "against" && participle_word(tokens[a].norm)) return true;
  // "accused Nairobi of backing the rebels": what the accusation says is no fact.
  for (std::size_t k = a >= 12 ? a - 12 : 0; k + 1 < a; ++k) {
    const std::string& w = tokens[k].norm;
    if (w != "accused" && w != "accusing" && w != "accuses" && w != "accuse" && w != "accusation" &&
        w != "accusations" && w != "suspected" && w != "suspecting") {
      continue;
    }
    bool of = false;
    bool clause_ends = false;
    for (std::size_t j = k + 1; j < a; ++j) {
      const std::string& between = tokens[j].norm;
      if (between == "of") of = true;
      if (between == ";" || between == "." || between == "," || between == "but") clause_ends = true;
    }
    if (of && !clause_ends) return true;
  }
  // "what the three governments called a chemical attack": a name someone gives, no fact.
  for (std::size_t k = a >= 4 ? a - 4 : 0; k < a; ++k) {
    const std::string& w = tokens[k].norm;
    if (w != "called" && w != "described" && w != "termed" && w != "dubbed") continue;
    for (std::size_t j = k >= 6 ? k - 6 : 0; j < k; ++j) {
      if (tokens[j].norm == "what") return true;
    }
  }
  // "rejected claims that Nairobi interferes": a claim's content is no fact either.
  for (std::size_t k = a >= 10 ? a - 10 : 0; k + 1 < a; ++k) {
    const std::string& w = tokens[k].norm;
    if ((w == "claims" || w == "claim" || w == "allegations" || w == "allegation" || w == "accusations" ||
         w == "suggestions" || w == "rumours" || w == "rumors") &&
        tokens[k + 1].norm == "that") {
      bool clause_ends = false;
      for (std::size_t j = k + 2; j < a; ++j) {
        if (tokens[j].norm == ";" || tokens[j].norm == "." || tokens[j].norm == "but") clause_ends = true;
      }
      if (!clause_ends) return true;
    }
  }
  return false;
}

/// An agreement noun that names none concluded: "the end of its defence agreement",
/// "talks on a trade deal".
bool agreement_not_concluded(const std::vector<Token>& tokens, const Trigger& trigger, std::size_t a) {
  if (trigger.type != "agreement") return false;
  for (std::size_t k = a >= 6 ? a - 6 : 0; k + 1 < a; ++k) {
    const std::string& w = tokens[k].norm;
    const std::string& next = tokens[k + 1].norm;
    if (w == "end" && (next == "of" || next == "to")) return true;
    if (trigger.frame != Frame::verb &&
        (w == "talks" || w == "negotiations" || w == "negotiating" || w == "discussions") &&
        (next == "on" || next == "about" || next == "over" || next == "for" || next == "toward" ||
         next == "towards")) {
      return true;
    }
  }
  return false;
}

/// Why a trigger at [a, b) does not report an event that happened.
bool blocked(const Context& c, const Trigger& trigger, std::size_t a) {
  const auto& tokens = c.tokens;
  if (c.first_hedge < a) return true;
  // "companies accused of helping Moscow", "Iran accused of breaching the deal": the
  // accused are named, the accuser is not.
  if (trigger.type == "reject" && tokens[a].norm == "accused" && a + 1 < tokens.size() && tokens[a + 1].norm == "of") {
    return true;
  }
  // "saying the sanctions were illegal": a deed told again to be judged is no new act.
  if (a > 0 && (tokens[a - 1].norm == "the" || tokens[a - 1].norm == "these" || tokens[a - 1].norm == "such")) {
    for (std::size_t k = a + 1; k < tokens.size() && k <= a + 4 && !tokens[k].punct; ++k) {
      if (c.lex.cue_at(tokens, k, "censure") > 0) return true;
    }
  }
  // A negation ending within three words before (determiners not counted): "denied
  // backing", "stayed away from a meeting", "lifted the remaining U.S. ban".
  for (std::size_t k = a >= 8 ? a - 8 : 0; k < a; ++k) {
    const std::size_t length = c.lex.cue_at(tokens, k, "negation");
    if (length == 0 || k + length > a) continue;
    // "ended a three-day visit", "ended the talks": a visit or talks that end took place.
    const std::string& cue = tokens[k].norm;
    if ((trigger.type == "visit" || trigger.type == "meeting") &&
        (cue == "ended" || cue == "ends" || cue == "ending")) {
      continue;
    }
    // "denied that it had supplied weapons": the whole clause is denied.
    const bool denial = cue == "denied" || cue == "denies" || cue == "deny" || cue == "denying";
    if (denial && k + length < a && tokens[k + length].norm == "that" && c.stops_before[a] == c.stops_before[k]) {
      return true;
    }
    std::size_t words = 0;
    for (std::size_t j = k + length; j < a; ++j) {
      if (!determiner(tokens[j].norm)) ++words;
    }
    if (words < 3) return true;
  }
  if (a > 0 && c.lex.is(tokens[a - 1], "before")) return true;
  // "Rwandan-backed rebels", "Saudi-funded schools": a compound adjective, no act.
  if (trigger.frame == Frame::verb && tokens[a].after_hyphen) return true;
  // "recalled its ambassador for consultations": the recall's purpose, no meeting.
  if (a > 0 && tokens[a - 1].norm == "for" && tokens[a].norm == "consultations") return true;
  if (trigger.type == "agreement" && assent_to_claim(c, a)) return true;
  // "signed an executive order", "the decree he signed": a state's own act, no agreement.
  if (trigger.type == "agreement" && tokens[a].norm.rfind("sign", 0) == 0) {
    for (std::size_t k = a >= 3 ? a - 3 : 0; k < a + 4 && k < tokens.size(); ++k) {
      const std::string& w = tokens[k].norm;
      if (w == "order" || w == "orders" || w == "decree" || w == "decrees" || w == "law" || w == "laws" ||
          w == "bill" || w == "bills" || w == "legislation") {
        return true;
      }
    }
  }
  if (reported_content(tokens, a) || agreement_not_concluded(tokens, trigger, a)) return true;
  // "a sign of his impatience": the noun, not the verb.
  if ((tokens[a].norm == "sign" || tokens[a].norm == "signs") && a + 1 < tokens.size() && tokens[a + 1].norm == "of") {
    return true;
  }
  const bool agreed = trigger.agreed_ok && tokens[a].norm.rfind("agree", 0) == 0;
  // "agreed to supply drones" is a promise: neither an agreement nor the supply.
  if (agreed && a + 2 < tokens.size() && tokens[a + 1].norm == "to" && c.lex.is(tokens[a + 2], "act")) {
    return true;
  }
  if (trigger.modal_ok || agreed) return false;
  // "to" + trigger is an intention unless a completed verb governs it ("decided to cut").
  std::size_t to = a;
  if (to > 0 && adverb(tokens[to - 1])) --to;
  if (to > 0 && tokens[to - 1].norm == "to") {
    const std::size_t before = to - 1;
    bool done = false;
    for (std::size_t k = before >= 2 ? before - 2 : 0; k < before; ++k) {
      if (c.lex.is(tokens[k], "done") || c.lex.cue_at(tokens, k, "done") > 0) done = true;
    }
    // "became the first Australian leader to visit China": a record set, so done.
    for (std::size_t k = before >= 5 ? before - 5 : 0; k < before && !done; ++k) {
      const std::string& w = tokens[k].norm;
      if ((w == "first" || w == "second" || w == "third" || w == "last" || w == "only") && k > 0 &&
          tokens[k - 1].norm == "the" && c.stops_before[k] == c.stops_before[a]) {
        done = true;
      }
    }
    if (!done) return true;
    // "agreed to" governs agreements only ("agreed to restore ties"), never acts.
    if (agreed_governs(c, before) && trigger.type != "agreement") return true;
  }
  for (std::size_t k = a; k-- > 0;) {
    if (tokens[k].punct && tokens[k].norm != "\"" && tokens[k].norm != "-" && tokens[k].norm != "'s") {
      if (tokens[k].norm == "," || tokens[k].norm == ";" || tokens[k].norm == ":" || tokens[k].norm == "(") break;
    }
    if (!tokens[k].punct && c.lex.is(tokens[k], "clause")) break;
    // "will revive an agreement they signed in 2001": a relative clause without "that"
    // (a noun, then a pronoun subject right before the verb) is told as done.
    if (k + 1 == a && k > 0 && subject_pronoun(tokens[k].norm) && !tokens[k - 1].punct &&
        !tokens[k - 1].capitalised && std::isalpha(static_cast<unsigned char>(tokens[k - 1].norm.front())) &&
        !c.lex.is(tokens[k - 1], "say") && !modal_at(c.lex, tokens, k - 1) && !function_word(tokens[k - 1].norm)) {
      break;
    }
    // "The next day the leader was received": narrative, not "next week".
    const bool narrative_next = tokens[k].norm == "next" && k > 0 && tokens[k - 1].norm == "the";
    if (!narrative_next && modal_at(c.lex, tokens, k)) return true;
  }
  return false;
}

std::vector<ActorRef> actors_of_group(const Context& c, std::size_t m) {
  // Counted first: growing the list would move every actor's strings again.
  std::size_t count = 0;
  for (std::size_t k = 0; k < c.mentions.size(); ++k) {
    if (c.group[k] == c.group[m] && !c.phrase_lead[k]) count += c.mentions[k].actors.size();
  }
  std::vector<ActorRef> out;
  out.reserve(count);
  for (std::size_t k = 0; k < c.mentions.size(); ++k) {
    if (c.group[k] != c.group[m] || c.phrase_lead[k]) continue;
    for (const auto& actor : c.mentions[k].actors) {
      if (actor.usable()) out.push_back(actor);
    }
  }
  return out;
}

bool same_key(const std::vector<ActorRef>& a, const std::vector<ActorRef>& b) {
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (x.key() == y.key()) return true;
    }
  }
  return false;
}

/// same_key with a list of one actor, without building that list (a copy of its strings).
bool has_key(const std::vector<ActorRef>& list, const ActorRef& actor) {
  for (const auto& other : list) {
    if (actor.key() == other.key()) return true;
  }
  return false;
}

bool all_equal_to(const Mention& mention, const std::vector<ActorRef>& others) {
  if (others.empty()) return false;
  for (const auto& actor : mention.actors) {
    bool equal = false;
    for (const auto& other : others) {
      if (actor.key() == other.key()) equal = true;
    }
    if (!equal) return false;
  }
  return true;
}

/// "after a three-day visit": the word at `k` governs a noun phrase, no clause.
bool determiner_after(const Context& c, std::size_t k) {
  if (k + 1 >= c.tokens.size()) return false;
  const std::string& w = c.tokens[k + 1].norm;
  return w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their" ||
         w == "this" || w == "that";
}

bool preposition(const std::string& word) {
  return word == "in" || word == "to" || word == "at" || word == "into" || word == "from" || word == "for" ||
         word == "on" || word == "against" || word == "with";
}

bool institution(const std::string& word) {
  return word == "ministry" || word == "affairs" || word == "government" || word == "embassy" ||
         word == "authorities" || word == "office" || word == "officials" || word == "leadership" ||
         word == "parliament" || word == "presidency" || word == "court";
}

/// "left Kuwait at the end of a visit": the place left is where the visit was.
bool leaving_verb(const std::string& word) {
  return word == "left" || word == "leaving" || word == "leaves" || word == "departed" || word == "departing" ||
         word == "reached" || word == "chose";
}

/// The marks of one word; dispatched on length first, as this runs for every token.
unsigned char token_marks(const std::string& w) {
  switch (w.size()) {
    case 1: return w[0] == ';' || w[0] == '.' || w[0] == ':' ? kStop : w[0] == ',' ? kComma : 0;
    case 3: return w == "but" ? kStop | kBut : w == "who" ? kStop : 0;
    case 4: return w == "when" ? kStop : 0;
    case 5: return w == "while" || w == "which" ? kStop : w == "after" ? kAfter : 0;
    case 6: return w == "before" ? kAfter : 0;
    case 7: return w == "whereas" || w == "because" ? kStop : 0;
    case 8: return w == "although" ? kStop : 0;
    default: return 0;
  }
}

bool stops_search(const Context& c, std::size_t k) { return (c.marks[k] & kStop) != 0; }

/// "Baghdad, normally one of Tehran's closest partners, recalled ...": a phrase between
/// commas right before the verb describes the name before it, which is the subject. The
/// opening comma's token when there is one; a phrase that opens with a name ("its
/// president, X, said") is no such description.
std::optional<std::size_t> apposition_open(const Context& c, std::size_t a) {
  if (a < 3 || c.tokens[a - 1].norm != ",") return std::nullopt;
  for (std::size_t k = a - 2; k > 0 && k + 16 > a; --k) {
    const std::string& w = c.tokens[k].norm;
    if (w == ";" || w == "." || w == "and" || w == "but") return std::nullopt;
    if (w != ",") continue;
    // Descriptions open with an article, "one", "which" or an adverb; anything else may
    // be a clause of its own ("In Lima, Chile's minister met Peru, signing ...").
    static const std::vector<std::string> openers = {"a", "an", "the", "one", "which", "who", "long",
                                                     "normally", "usually", "traditionally", "historically",
                                                     "once", "itself", "still", "also"};
    if (std::find(openers.begin(), openers.end(), c.tokens[k + 1].norm) == openers.end()) return std::nullopt;
    bool name_before = false;
    for (const Mention& mention : c.mentions) {
      if (mention.first == k + 1) return std::nullopt;
      if (mention.last == k) name_before = true;
    }
    return name_before ? std::optional<std::size_t>(k) : std::nullopt;
  }
  return std::nullopt;
}

/// "flew in from Brussels, where he attended NATO and EU summits, and was welcomed",
/// "Widodo, who chairs the G20, travelled": a name inside a ", where/who/which" clause
/// describes; it does no act outside the clause.
bool inside_relative_clause(const Context& c, std::size_t first) {
  for (std::size_t k = first; k-- > 1;) {
    const std::string& w = c.tokens[k].norm;
    if (w == "," || w == ";") return false;
    if ((w == "where" || w == "who" || w == "which") && c.tokens[k - 1].norm == ",") return true;
  }
  return false;
}

bool comma_between(const Context& c, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < c.tokens.size(); ++k) {
    if (c.tokens[k].norm == ",") return true;
  }
  return false;
}

/// The nearest mention ending at or before token `a` (within 30 tokens and the
/// clause), skipping those whose actors all equal `not_these`.
std::optional<std::size_t> left_mention(const Context& c, std::size_t a, const std::vector<ActorRef>& not_these) {
  if (const auto open = apposition_open(c, a)) a = *open;
  // "landed in China for a state visit", "flew to Honiara and warned": a name after a
  // preposition is a place or an object; the subject is further left when there is one.
  std::optional<std::size_t> governed;
  for (std::size_t m = c.mentions.size(); m-- > 0;) {
    const Mention& mention = c.mentions[m];
    if (mention.last > a) continue;
    if (a - mention.last > 30) return governed;
    bool stop = false;
    for (std::size_t k = mention.last; k < a; ++k) {
      const std::string& w = c.tokens[k].norm;
      if (w == ";" || w == "but") stop = true;
      // "Riyadh cut ties with Tehran after protesters stormed": a subordinate
      // clause starts; "X, after talks, signed" keeps X.
      if ((w == "after" || w == "because" || w == "when") && k > 0 && c.tokens[k - 1].norm != "," &&
          !determiner_after(c, k)) {
        stop = true;
      }
      // "Belarus, which backed": the relative clause's subject is right before it;
      // "most Arab states who refused": not a named actor.
      if ((w == "which" || w == "who") && k > mention.last + 1) stop = true;
      if ((w == "which" || w == "who") && k == mention.last + 1 && c.tokens[mention.last].norm != ",") stop = true;
    }
    if (stop) return governed;
    if (all_equal_to(mention, not_these)) continue;
    if (inside_relative_clause(c, mention.first) && comma_between(c, mention.last, a)) continue;
    // "in Kyiv", "in the Chinese capital", "left Kuwait", "leaving the UAE": a place or an
    // object, not the subject.
    const auto governs = [](const std::string& w) { return preposition(w) || leaving_verb(w); };
    const bool after_preposition =
        mention.first > 0 && (governs(c.tokens[mention.first - 1].norm) ||
                              (mention.first > 1 && c.tokens[mention.first - 1].norm == "the" &&
                               governs(c.tokens[mention.first - 2].norm)));
    if (after_preposition) {
      // Only as a last resort, and never a place: "At a summit in Abuja, the leaders of
      // the community imposed sanctions" is no act of Nigeria.
      const std::string& word = c.tokens[mention.first - 1].norm == "the" && mention.first > 1
                                    ? c.tokens[mention.first - 2].norm
                                    : c.tokens[mention.first - 1].norm;
      // The antecedent of a relative clause stays: "bases in Belarus, which backed Moscow";
      // when the trigger is inside that clause it is the subject ("owes money to China,
      // whose banks paid for the railway").
      const bool antecedent = mention.last + 1 < c.tokens.size() && c.tokens[mention.last].norm == "," &&
                              (c.tokens[mention.last + 1].norm == "which" || c.tokens[mention.last + 1].norm == "who" ||
                               c.tokens[mention.last + 1].norm == "whose");
      if (antecedent && !comma_between(c, mention.last + 1, a)) return m;
      // So does the seat of an institution: "the Ministry of Foreign Affairs in Kathmandu".
      const std::size_t in_at = c.tokens[mention.first - 1].norm == "the" ? mention.first - 2 : mention.first - 1;
      const bool seat = word == "in" && in_at > 0 && institution(c.tokens[in_at - 1].norm);
      if (!governed && (antecedent || seat || (word != "in" && word != "at" && !leaving_verb(word)))) governed = m;
      continue;
    }
    return m;
  }
  return governed;
}

/// True when ", which" or ", who" opens a clause within six tokens before `b`.
bool in_relative_clause(const Context& c, std::size_t b) {
  for (std::size_t k = b >= 6 ? b - 6 : 1; k < b && k < c.tokens.size(); ++k) {
    if ((c.tokens[k].norm == "which" || c.tokens[k].norm == "who") && c.tokens[k - 1].norm == ",") return true;
  }
  return false;
}

/// "X visited Y, meeting Z in Kyiv": a participle after a comma takes the
/// sentence's subject (its first mention), not the nearest name before it.
std::optional<std::size_t> participle_subject(const Context& c, std::size_t a) {
  const std::string& word = c.tokens[a].norm;
  if (a < 2 || c.tokens[a - 1].norm != "," || word.size() < 5 || word.compare(word.size() - 3, 3, "ing") != 0) {
    return std::nullopt;
  }
  if (c.mentions.empty() || c.mentions.front().last > a - 1) return std::nullopt;
  return 0;
}

/// "During a visit to Tokyo on Monday, the Indian prime minister said ...": an event noun
/// in an opening phrase is the act of the main clause's subject, the first actor after the
/// phrase's comma.
std::optional<std::size_t> opening_phrase_subject(const Context& c, std::size_t a) {
  const std::string& first = c.tokens.front().norm;
  if (first != "during" && first != "on" && first != "while" && first != "after" && first != "following") {
    return std::nullopt;
  }
  // "After Modi shared photos from a trip to ...": the phrase has an actor of its own.
  if (!c.mentions.empty() && c.mentions.front().first < a) return std::nullopt;
  std::size_t comma = a;
  while (comma < c.tokens.size() && c.tokens[comma].norm != ",") {
    if (c.tokens[comma].punct) return std::nullopt;
    ++comma;
  }
  for (std::size_t m = 0; m < c.mentions.size(); ++m) {
    if (c.mentions[m].first > comma) return c.mentions[m].first <= comma + 3 ? std::optional<std::size_t>(m) : std::nullopt;
  }
  return std::nullopt;
}

/// "France and Germany joined Britain in blaming Russia": the acts of "joined X in"
/// are the subject's; X did it before.
std::optional<std::size_t> joined_subject(const Context& c, std::size_t a) {
  if (a < 3 || c.tokens[a - 1].norm != "in") return std::nullopt;
  for (std::size_t m = 0; m < c.mentions.size(); ++m) {
    const Mention& joined = c.mentions[m];
    if (joined.last != a - 1 || joined.first == 0) continue;
    const std::string& verb = c.tokens[joined.first - 1].norm;
    if (verb != "joined" && verb != "joins" && verb != "join" && verb != "joining") return std::nullopt;
    return left_mention(c, joined.first - 1, {});
  }
  return std::nullopt;
}

/// "ended ties with Taipei and established ties with Beijing": a verb right after
/// "and" (an adverb may sit between) shares the subject of the verb before, the
/// sentence's first mention, not the object just before it.
std::optional<std::size_t> shared_subject(const Context& c, std::size_t a) {
  std::size_t k = a;
  while (k > 0 && (adverb(c.tokens[k - 1]) || c.tokens[k - 1].norm == "then" || c.tokens[k - 1].norm == "also")) --k;
  // "He chose Beijing for his first stop, then flew on to Washington."
  const bool comma_then = k < a && c.tokens[k].norm == "then" && k > 0 && c.tokens[k - 1].norm == ",";
  if (k == 0 || (c.tokens[k - 1].norm != "and" && !comma_then)) return std::nullopt;
  if (c.mentions.empty() || c.mentions.front().last + 1 >= k) return std::nullopt;
  // The first mention is the subject only when it opens the sentence (or follows a
  // comma or a live-blog time stamp).
  const std::size_t first = c.mentions.front().first;
  if (first > 3 && c.tokens[first - 1].norm != "," && c.tokens[first - 1].norm != "-" &&
      c.tokens[first - 1].norm != ":") {
    return std::nullopt;
  }
  return 0;
}

/// "arrived in Lima on Thursday for": the place inside a trigger's gap.
bool place_word(const std::string& word) { return word == "in" || word == "into"; }

/// "approved Sweden's bid to join", "trains Somali troops": a possessive or a
/// demonym in the trigger's gap is whose bid or troops they are, the target; so is
/// a name right after the verb ("has given Kyiv financial assistance", "called on Russia
/// to accept") or after "in" ("arrived in Lima on Thursday for talks").
std::optional<std::size_t> possessive_inside(const Context& c, std::size_t a, std::size_t b) {
  for (std::size_t m = 0; m < c.mentions.size(); ++m) {
    const Mention& mention = c.mentions[m];
    if (mention.first > a && mention.last <= b && !mention.pronoun &&
        (mention.possessive || mention.via == MentionVia::demonym ||
         ((mention.first == a + 1 || place_word(c.tokens[mention.first - 1].norm) ||
           (mention.first == a + 2 && c.tokens[a + 1].norm == "the") ||  // "gave the Maldives an aircraft"
           (mention.first == a + 2 && c.tokens[a + 1].norm == "on")) &&  // "called on Russia to"
          !mention.actors.empty() &&
          mention.actors.front().kind != core::ActorKind::person))) {
      return m;
    }
  }
  return std::nullopt;
}

bool sidelines_of(const Context& c, std::size_t first) {
  std::size_t k = first;
  if (k > 0 && c.tokens[k - 1].norm == "the") --k;
  return k >= 2 && c.tokens[k - 1].norm == "of" && c.tokens[k - 2].norm == "sidelines";
}

/// "in Ecuador", "in northeast Syria", "in southern Lebanon": the mention at `first`
/// names where something happened.
bool after_in(const Context& c, std::size_t first) {
  static const std::set<std::string> compass = {"north", "south", "east", "west", "northeast", "northwest",
                                                "southeast", "southwest", "northern", "southern", "eastern",
                                                "western", "central", "northeastern", "northwestern",
                                                "southeastern", "southwestern"};
  if (first > 0 && c.tokens[first - 1].norm == "in") return true;
  return first > 1 && c.tokens[first - 2].norm == "in" && compass.count(c.tokens[first - 1].norm) > 0;
}

/// "talks in Cairo at the height of Mogadishu's dispute with Ethiopia": the partner of a
/// quarrel named after the trigger (ending before token `b`) is not the trigger's.
bool quarrel_partner(const Context& c, std::size_t b, const Mention& mention) {
  return mention.first >= b + 2 && c.tokens[mention.first - 1].norm == "with" &&
         c.lex.is(c.tokens[mention.first - 2], "quarrel");
}

/// The first mention starting at or after token `b` within 25 tokens and the
/// clause, skipping agents ("by X"), origins ("from X") and `not_these`.
std::optional<std::size_t> right_mention(const Context& c, std::size_t b, const std::vector<ActorRef>& not_these,
                                         bool allow_by = false, bool skip_venues = false) {
  bool negated = false;  ///< "not to New Delhi but to Turkey": the one after "but"
  // "Algeria, which backs the Polisario movement, has had ...": a verb inside a
  // relative clause finds its object before the clause's closing comma.
  const bool relative = in_relative_clause(c, b);
  for (std::size_t m = 0; m < c.mentions.size(); ++m) {
    const Mention& mention = c.mentions[m];
    if (mention.first < b) continue;
    if (mention.first - b > 25) return std::nullopt;
    for (std::size_t k = b; k < mention.first; ++k) {
      if (stops_search(c, k) && !(negated && (c.marks[k] & kBut))) return std::nullopt;
      if (relative && (c.marks[k] & kComma)) return std::nullopt;
    }
    if ((mention.first >= 1 && c.tokens[mention.first - 1].norm == "not") ||
        (mention.first >= 2 && c.tokens[mention.first - 2].norm == "not")) {
      negated = true;
      b = mention.last;
      continue;
    }
    if (mention.first > b && !allow_by) {
      const std::string& before = c.tokens[mention.first - 1].norm;
      if (before == "by") continue;
      if (before == "from" && mention.first - 1 > b) continue;
      // "received a leader from the European Union": an origin all the same.
      if (before == "the" && mention.first >= b + 2 && c.tokens[mention.first - 2].norm == "from") continue;
    }
    if (all_equal_to(mention, not_these)) continue;
    if (quarrel_partner(c, b, mention)) continue;
    // "on the sidelines of the UN General Assembly": a forum, not a party.
    if (sidelines_of(c, mention.first)) continue;
    // "met a rival at a forum in Ecuador", "a pause in northeast Syria": the venue,
    // not the other party.
    if (skip_venues && after_in(c, mention.first) && mention.via != MentionVia::title) continue;
    // "condemned it": an object pronoun names the act, not a state. "suspended its
    // aid to Y", "recalled their envoy": a possessive pronoun there is the subject's own.
    if (mention.pronoun) continue;
    return m;
  }
  return std::nullopt;
}

/// The mention of the group after "between" within 12 tokens after `b`.
std::optional<std::size_t> between_mention(const Context& c, std::size_t b) {
  for (std::size_t k = b; k < c.tokens.size() && k < b + 12; ++k) {
    if (c.tokens[k].norm != "between") continue;
    for (std::size_t m = 0; m < c.mentions.size(); ++m) {
      if (c.mentions[m].first > k && c.mentions[m].first <= k + 3) return m;
    }
  }
  return std::nullopt;
}

/// "between Kinshasa and the rebels": the text names both parties and only one
/// is an actor, so no other actor of the sentence may stand in for the second.
bool between_names_non_actor(const Context& c, std::size_t m) {
  const Mention& mention = c.mentions[m];
  if (mention.first == 0 || mention.last >= c.tokens.size()) return false;
  bool after_between = false;
  for (std::size_t k = mention.first >= 3 ? mention.first - 3 : 0; k < mention.first; ++k) {
    if (c.tokens[k].norm == "between") after_between = true;
  }
  if (!after_between || c.tokens[mention.last].norm != "and") return false;
  for (std::size_t k = 0; k < c.mentions.size(); ++k) {
    if (c.mentions[k].first > mention.last && c.mentions[k].first <= mention.last + 2) return false;
  }
  return true;
}

/// "a meeting between them would be a provocation", "a trilateral meeting ... is
/// expected": an indefinite event noun whose clause goes on with a modal is hypothetical.
bool hypothetical_noun(const Context& c, std::size_t a, std::size_t b) {
  // "a meeting", "a trilateral meeting": "a"/"an" within three plain words before it.
  bool indefinite = false;
  for (std::size_t k = a; k > 0 && k + 3 >= a && !indefinite; --k) {
    const Token& before = c.tokens[k - 1];
    indefinite = before.norm == "a" || before.norm == "an" || before.norm == "such";
    if (before.punct || before.capitalised) break;
  }
  if (!indefinite) return false;
  for (std::size_t j = b; j < c.tokens.size() && j < b + 20; ++j) {
    const std::string& w = c.tokens[j].norm;
    // "of Kyrgyzstan, Tajikistan and Uzbekistan is expected": a list's commas go on
    const bool list_comma = w == "," && std::any_of(c.mentions.begin(), c.mentions.end(), [&](const Mention& m) {
                              return m.first == j + 1 && !m.pronoun && m.last < c.tokens.size() &&
                                     (c.tokens[m.last].norm == "," || c.tokens[m.last].norm == "and");
                            });
    if ((w == "," && !list_comma) || w == ";" || w == "." || w == ":") return false;
    if (modal_at(c.lex, c.tokens, j)) return true;
  }
  return false;
}

/// "the talks", "this deal": a noun that refers back to an event already told.
bool definite(const Context& c, std::size_t a) {
  if (a == 0) return false;
  const std::string& w = c.tokens[a - 1].norm;
  return w == "the" || w == "this" || w == "that" || w == "these" || w == "those";
}

/// "his first visit since the invasion of Ukraine", "after the annexation of Crimea":
/// an event noun that only dates the clause around it; that clause's subject is not
/// its agent.
bool in_time_phrase(const Context& c, std::size_t a) {
  if (!definite(c, a) || a < 2) return false;
  const std::string& w = c.tokens[a - 2].norm;
  return w == "since" || w == "after" || w == "before" || w == "following" || w == "during" || w == "until";
}

bool preposition_or_of(const std::string& word) { return word == "of" || word == "between" || preposition(word); }

/// "the talks with Peru", "the visit to Lima": an actor right after the noun.
bool actor_follows(const Context& c, std::size_t b) {
  if (b >= c.tokens.size()) return false;
  // "the invasion of Bolivia": the trigger ends with its preposition.
  for (const auto& mention : c.mentions) {
    if (mention.first == b && !mention.pronoun && b > 0 && preposition_or_of(c.tokens[b - 1].norm)) return true;
  }
  const std::string& w = c.tokens[b].norm;
  if (w != "with" && w != "to" && w != "between" && w != "of" && w != "by" && w != "in" && w != "on" &&
      w != "against" && w != "for") {
    return false;
  }
  for (const auto& mention : c.mentions) {
    if (mention.first > b && mention.first <= b + 3 && !mention.pronoun) return true;
  }
  return false;
}

/// "a meeting at the Elysee with young descendants of veterans": the text names the
/// other side and it is no actor, so none may be guessed.
bool partner_is_no_actor(const Context& c, std::size_t b) {
  for (std::size_t k = b; k < c.tokens.size() && k < b + 6; ++k) {
    if (c.marks[k] & kStop) return false;
    if (c.tokens[k].norm != "with" && c.tokens[k].norm != "to") continue;
    for (const auto& mention : c.mentions) {
      if (mention.first > k && mention.first <= k + 3) return false;
    }
    return true;
  }
  return false;
}

ActorRef state_actor(const std::string& code) {
  ActorRef actor;
  actor.kind = core::ActorKind::state;
  actor.code = code;
  return actor;
}

/// Only the parts of hyphenated words in [from, to): "full-scale", "large-scale" (the
/// hyphen is no token; the part after it is marked).
bool only_hyphenated_between(const Context& c, std::size_t from, std::size_t to) {
  if (from >= to || to - from > 3) return false;
  for (std::size_t k = from; k < to; ++k) {
    if (c.tokens[k].capitalised || c.tokens[k].punct) return false;
    if (!c.tokens[k].after_hyphen && !(k + 1 < to && c.tokens[k + 1].after_hyphen)) return false;
  }
  return true;
}

/// "the Russian invasion" in a story about Ukraine: an invasion always has a victim, the
/// state the story names most that is neither the invader nor an actor of the sentence
/// ("Poland condemned the Russian invasion"); a possessive names no actor ("Poland has been
/// one of Ukraine's backers since Russia's invasion").
std::optional<ActorRef> invasion_victim(const Context& c, const std::vector<ActorRef>& invaders) {
  std::vector<ActorRef> excluded;
  for (const auto& actor : invaders) excluded.push_back(state_actor(actor.key()));
  for (const auto& mention : c.mentions) {
    if (mention.possessive) continue;
    for (const auto& actor : mention.actors) excluded.push_back(state_actor(actor.key()));
  }
  for (const auto& candidate : c.focus.story_states()) {
    if (!has_key(excluded, state_actor(candidate))) return state_actor(candidate);
  }
  return std::nullopt;
}

/// Whether this sentence names `code` only in a "since the ..." clause after the trigger
/// ("His trip drew little notice since the focus was on Ecuador"): such a state is no
/// guess for it (a "when" clause is: "objected when India released its map").
bool only_in_later_clause(const Context& c, std::size_t a, const std::string& code) {
  bool later = false;
  for (const auto& mention : c.mentions) {
    if (!has_key(mention.actors, state_actor(code))) continue;
    bool since = false;
    for (std::size_t k = a; k + 1 < mention.first; ++k) {
      if (c.tokens[k].norm == "since" && determiner(c.tokens[k + 1].norm)) since = true;
    }
    if (!since) return false;
    later = true;
  }
  return later;
}

/// The nearest other usable state (else org) named in the sentence.
/// "EU-mediated talks", "a Qatari-brokered deal": the mediator is no party (convention 10).
bool mediator_compound(const Context& c, const Mention& mention) {
  const std::size_t k = mention.last;  // the hyphen is no token: "mediated" follows the name
  return k < c.tokens.size() && c.tokens[k].after_hyphen && c.lex.is(c.tokens[k], "mediator");
}

std::optional<ActorRef> other_in_sentence(const Context& c, std::size_t a, const std::vector<ActorRef>& not_these,
                                          bool named_only = false, bool skip_places = false) {
  std::optional<ActorRef> best;
  std::size_t best_distance = 0;
  bool best_state = false;
  for (const auto& mention : c.mentions) {
    // An adjective ("Turkish mediation") is no party to a meeting or agreement, nor
    // is the place it was held in ("at the World Cup in Qatar").
    if (named_only && (mention.via == MentionVia::demonym || mention.pronoun)) continue;
    if ((named_only || skip_places) && after_in(c, mention.first) && mention.via != MentionVia::title) continue;
    // "on the sidelines of the UN General Assembly": a forum, no party.
    if (sidelines_of(c, mention.first) || mediator_compound(c, mention)) continue;
    if (quarrel_partner(c, a, mention)) continue;
    // Only the trigger's clause: "his trip came when ties with Russia soured" names no host.
    if (mention.first > a && mention.first < c.stops_before.size() &&
        c.stops_before[mention.first] > c.stops_before[a]) {
      continue;
    }
    for (const auto& actor : mention.actors) {
      if (!actor.usable()) continue;
      bool equal = false;
      for (const auto& other : not_these) {
        if (other.key() == actor.key()) equal = true;
      }
      if (equal) continue;
      const bool state = actor.kind != core::ActorKind::org;
      const std::size_t distance = mention.first > a ? mention.first - a : a - mention.first;
      if (!best || (state && !best_state) || (state == best_state && distance < best_distance)) {
        best = actor;
        best_distance = distance;
        best_state = state;
      }
    }
  }
  return best;
}


/// Whether the two subjects of the trigger at `a` act on each other: they are named as a
/// pair ("both countries", "the two sides") or the sentence says so ("each other").
/// "Brazil and Colombia condemned the raid" is no such case.
bool reciprocal(const Context& c, std::size_t a) {
  for (const Mention& mention : c.mentions) {
    if (mention.first < a && mention.via == MentionVia::anaphor && mention.actors.size() == 2) return true;
  }
  for (std::size_t k = 0; k + 1 < c.tokens.size(); ++k) {
    const std::string& w = c.tokens[k].norm;
    const std::string& next = c.tokens[k + 1].norm;
    if ((w == "each" && next == "other") || (w == "one" && next == "another") ||
        (w == "tit" && next == "-") || w == "reciprocal" || w == "mutual") {
      return true;
    }
  }
  return false;
}

void emit(std::vector<EventCandidate>& out, const Context& c, const Trigger& trigger, std::size_t a, std::size_t b,
          const std::vector<ActorRef>& sources, const std::vector<ActorRef>& targets, bool guessed) {
  for (const auto& source : sources) {
    for (const auto& target : targets) {
      if (source.key() == target.key()) continue;
      if (trigger.org_target && target.kind != core::ActorKind::org) continue;
      // Two organisations act on each other only by agreeing ("the EU and Mercosur signed a
      // trade agreement"); otherwise one is the other's forum or member body.
      if (source.kind == core::ActorKind::org && target.kind == core::ActorKind::org && trigger.type != "agreement") {
        continue;
      }
      // An organisation neither travels nor is travelled to: "arrived in Lima for the APEC
      // summit" is a visit to Peru (its officials are people with the organisation's code).
      if (trigger.type == "visit" && (source.kind == core::ActorKind::org || target.kind == core::ActorKind::org)) {
        continue;
      }
      EventCandidate& event = out.emplace_back();  // built in place: a move would copy its eight strings' bytes
      event.type = trigger.type;
      event.source = source;
      event.target = target;
      event.trigger_begin = c.tokens[a].begin;
      event.trigger_end = c.tokens[b - 1].end;
      event.guessed = guessed;
    }
  }
}

/// "ECOWAS closed its borders with Mali and froze its assets": a verb right after
/// "and" shares the subject of the act this sentence reported just before it.
std::vector<ActorRef> previous_act_sources(const std::vector<EventCandidate>& out, const Context& c,
                                           std::size_t a, bool symmetric) {
  std::size_t k = a;
  while (k > 0 && (adverb(c.tokens[k - 1]) || c.tokens[k - 1].norm == "then" || c.tokens[k - 1].norm == "also")) --k;
  if (k == 0 || c.tokens[k - 1].norm != "and" || out.empty()) return {};
  const std::size_t and_at = c.tokens[k - 1].begin;
  const EventCandidate& last = out.back();
  if (last.trigger_end > and_at || last.guessed) return {};
  // Only when nothing but the previous act's object lies between: "and" joins the verbs.
  for (std::size_t j = k - 1; j-- > 0 && c.tokens[j].begin >= last.trigger_end;) {
    const std::string& w = c.tokens[j].norm;
    if (w == ";" || w == "." || w == "," || w == "but" || w == "which" || w == "who" || w == "after" ||
        w == "when") {
      return {};
    }
  }
  // "The two presidents held talks and agreed to ...": both sides of talks go on together
  // to another joint act ("signed a pact with Somalia and sent arms" is Egypt's alone).
  std::vector<ActorRef> sources;
  for (const auto& event : out) {
    if (event.trigger_begin != last.trigger_begin) continue;
    // "Trump welcomed Bukele and lavished praise on his guest": a host's act goes on with the host.
    const ActorRef& subject = event.subject_is_target ? event.target : event.source;
    if (!has_key(sources, subject)) sources.push_back(subject);
    if (symmetric && symmetric_type(event.type) && !has_key(sources, event.target)) sources.push_back(event.target);
  }
  return sources;
}

/// "lodged a complaint with the UN Security Council", "filed complaints at the WTO": the
/// body a complaint goes to (mention `m`, an organisation) is where, not whom, it is against.
bool complaint_venue(const Context& c, std::size_t a, std::size_t b, std::size_t m) {
  const Mention& mention = c.mentions[m];
  if (mention.actors.size() != 1 || mention.actors.front().kind != core::ActorKind::org || mention.first < 1) {
    return false;
  }
  std::size_t before = mention.first - 1;
  if (c.tokens[before].norm == "the" && before > 0) --before;
  const std::string& word = c.tokens[before].norm;
  if (word != "with" && word != "at" && word != "to" && word != "before") return false;
  for (std::size_t k = a; k < b; ++k) {
    const std::string& w = c.tokens[k].norm;
    if (w == "complaint" || w == "complaints" || w == "case" || w == "appeal" || w == "petition") return true;
  }
  return false;
}

void find_arguments(std::vector<EventCandidate>& out, const Context& c, const Trigger& trigger, std::size_t a,
                    std::size_t b) {
  const auto& tokens = c.tokens;
  std::vector<ActorRef> sources;
  std::vector<ActorRef> targets;
  std::vector<ActorRef> venue;  // a body a complaint went to, no target
  bool guessed = false;
  const bool symmetric = symmetric_type(trigger.type);
  // "Fighting broke out on September 27" in a story about two neighbours: between the two
  // states in focus.
  if (trigger.focus_pair) {
    // Only when the clause names no actor itself ("The fighting broke out on September 27
    // and ceasefires arranged by Russia ... collapsed").
    // Nor is it between the states named later in the sentence (mediators, bystanders).
    std::vector<std::string> named;
    for (const auto& mention : c.mentions) {
      if (mention.first < b + 6) return;
      for (const auto& actor : mention.actors) named.push_back(actor.key());
    }
    const auto pair = c.focus.focus_pair(named);
    if (pair.size() == 2) emit(out, c, trigger, a, b, {state_actor(pair[0])}, {state_actor(pair[1])}, true);
    return;
  }
  // "A, B and C founded Mercosur", not "the bank founded by the BRICS": the founders are
  // listed together right before the phrase.
  if (trigger.group_only) {
    const auto subject = left_mention(c, a, {});
    const bool listed = subject && (c.mentions[*subject].actors.size() >= 2 ||  // "the two governments"
                                    (*subject > 0 && c.group[*subject] == c.group[*subject - 1]));
    if (!listed) return;
  }

  // "Finland joined NATO", not "Lula joined the summit of CELAC": the organisation
  // comes right after the phrase.
  if (trigger.org_target) {
    const bool org_next = std::any_of(c.mentions.begin(), c.mentions.end(), [&](const Mention& mention) {
      const bool next = mention.first == b || (mention.first == b + 1 && c.tokens[b].norm == "the");
      return next && !mention.actors.empty() && mention.actors.front().kind == core::ActorKind::org;
    });
    if (!org_next) return;
  }

  // "Putin was in Minsk", "before continuing to Tokyo", "travelled there": only a place
  // right after counts.
  if (trigger.place_next) {
    const Mention* place = nullptr;
    for (const auto& mention : c.mentions) {
      const bool there = mention.via == MentionVia::anaphor && c.tokens[mention.first].norm == "there";
      if (mention.first == b && (mention.via == MentionVia::capital || mention.via == MentionVia::name || there) &&
          mention.actors.size() == 1 && mention.actors.front().kind == core::ActorKind::state) {
        place = &mention;
      }
    }
    if (!place) return;
    if (const auto subject = shared_subject(c, a)) {
      sources = actors_of_group(c, *subject);
    } else if (const auto left = left_mention(c, a, {})) {
      sources = actors_of_group(c, *left);
    } else if (a == 0) {
      // "Speaking in Paris on Monday, Blinken said ...": the opening phrase's subject
      // follows its comma.
      std::size_t comma = b;
      while (comma < c.tokens.size() && c.tokens[comma].norm != ",") ++comma;
      for (std::size_t m = 0; m < c.mentions.size(); ++m) {
        if (c.mentions[m].first > comma) {
          if (c.mentions[m].first <= comma + 3) sources = actors_of_group(c, m);
          break;
        }
      }
    }
    emit(out, c, trigger, a, b, sources, {place->actors.front()}, false);
    return;
  }

  if (trigger.frame == Frame::hosted_by) {
    // "citizens who had been held in Iran", "hostages held in Gaza": people detained,
    // no talks hosted.
    for (std::size_t k = a > 4 ? a - 4 : 0; k < a; ++k) {
      if (c.tokens[k].norm == "who" || c.lex.is(c.tokens[k], "civilian")) return;
    }
    const auto host = right_mention(c, b, {}, true);
    if (!host || c.mentions[*host].first > b + 1) return;
    targets = actors_of_group(c, *host);
    for (const auto& mention : c.mentions) {
      for (const auto& actor : mention.actors) {
        if (actor.usable() && !has_key(targets, actor)) sources.push_back(actor);
      }
    }
    if (sources.empty() && !targets.empty()) {
      const std::string other = c.focus.focus_state_other_than(targets.front().key());
      if (other.empty()) return;
      sources.push_back(state_actor(other));
      guessed = true;
    }
    if (trigger.type == "visit") {
      emit(out, c, trigger, a, b, sources, targets, guessed);
    }
    return;
  }

  if (trigger.frame == Frame::backer) {
    // "Poland has been one of Ukraine's staunchest backers": the subject backs the state
    // whose backer it is called.
    std::optional<std::size_t> owner;
    for (std::size_t m = 0; m < c.mentions.size(); ++m) {
      const Mention& mention = c.mentions[m];
      if (mention.possessive && !mention.pronoun && mention.last <= a && a - mention.last <= 3) owner = m;
    }
    // The sentence's first actor is the subject ("The three states, all members of the
    // EU and once part of the Soviet Union, have been among Kyiv's backers"), after an
    // opening clause if there is one ("Two years after Russia invaded, Estonia ...").
    std::size_t subject = 0;
    while (subject < c.mentions.size() && c.clause_comma < c.tokens.size() &&
           c.mentions[subject].first < c.clause_comma) {
      ++subject;
    }
    if (!owner || *owner <= subject) return;
    emit(out, c, trigger, a, b, actors_of_group(c, subject), actors_of_group(c, *owner), false);
    return;
  }

  if (trigger.frame == Frame::modifier) {
    // The actor right before: "the IMF bailout", "US sanctions on Iran", "Russia's
    // full-scale invasion".
    std::optional<std::size_t> source;
    for (std::size_t m = 0; m < c.mentions.size(); ++m) {
      if (c.mentions[m].last == a || (c.mentions[m].possessive && only_hyphenated_between(c, c.mentions[m].last, a))) {
        source = m;
      }
    }
    if (!source) return;
    sources = actors_of_group(c, *source);
    if (const auto target = right_mention(c, b, sources)) {
      targets = actors_of_group(c, *target);
    } else if (tokens[a].norm == "invasion") {
      const auto victim = invasion_victim(c, sources);
      if (!victim) return;
      targets.push_back(*victim);
      guessed = true;
    } else if (trigger.type == "conflict") {
      return;  // "condemning the attacks" does not say on whom
    } else if (const auto other = other_in_sentence(c, a, sources)) {
      targets.push_back(*other);
    }
    emit(out, c, trigger, a, b, sources, targets, guessed);
    return;
  }

  // Passive voice: "was banned by X", "were signed".
  bool passive = false;
  std::size_t aux = a;
  if (aux > 0 && adverb(tokens[aux - 1])) --aux;
  const bool nominal = trigger.frame == Frame::nominal || trigger.frame == Frame::noun;
  // "was breaking off relations" is progressive, not passive.
  const bool progressive = tokens[a].norm.size() > 4 && tokens[a].norm.compare(tokens[a].norm.size() - 3, 3, "ing") == 0;
  if (aux > 0 && is_be(tokens[aux - 1].norm) && !nominal && !progressive) passive = true;
  if (aux > 0 && is_be(tokens[aux - 1].norm) && nominal && tokens[a].norm.size() > 2 &&
      tokens[a].norm.compare(tokens[a].norm.size() - 2, 2, "ed") == 0) {
    passive = true;
  }
  // "Lima hosted X": whatever this trigger emits, on every path below, has the host (its
  // target) as the clause's subject.
  struct MarkHosts {
    std::vector<EventCandidate>& out;
    std::size_t from;
    bool host_subject;
    ~MarkHosts() {
      for (std::size_t e = from; host_subject && e < out.size(); ++e) out[e].subject_is_target = true;
    }
  } mark_hosts{out, out.size(), trigger.frame == Frame::reverse && !passive};

  if (nominal) {
    // "X's visit", "his trip", "the visit of X", "a visit by X", else the subject.
    std::optional<std::size_t> source;
    std::size_t subject_end = a;  ///< where the subject search starts (before a place name)
    for (std::size_t m = 0; m < c.mentions.size(); ++m) {
      const Mention& mention = c.mentions[m];
      if (mention.last > a || a - mention.last > 4) continue;
      bool plain = true;  // "Russia's full-scale invasion": a hyphenated word is plain
      for (std::size_t k = mention.last; k < a; ++k) {
        // "his first visit since the invasion": "since the" starts another phrase.
        if ((tokens[k].punct && tokens[k].norm != "-") || tokens[k].capitalised || (c.marks[k] & kStop)) {
          plain = false;
        }
      }
      if (!plain) continue;
      if (mediator_compound(c, mention)) {
        subject_end = mention.first;
        continue;
      }
      // "the Washington agreement", "the Minsk accords": a city names where it was signed.
      const bool place_name = mention.via == MentionVia::capital && !mention.possessive && mention.first > 0 &&
                              tokens[mention.first - 1].norm == "the";
      if (place_name) {
        subject_end = mention.first;
        continue;
      }
      if (mention.possessive || mention.last == a) source = m;
    }
    std::size_t after = b;
    // "threats made by X", "a statement issued by X", "a joint statement published on
    // Friday by the two sides": a participle (and a day) before "by".
    std::size_t agent_word = after;
    if (agent_word + 1 < tokens.size() && !tokens[agent_word].punct && !tokens[agent_word].capitalised &&
        tokens[agent_word].norm.size() > 3 && tokens[agent_word].norm.compare(tokens[agent_word].norm.size() - 2, 2, "ed") == 0) {
      for (std::size_t j = agent_word + 1; j < tokens.size() && j <= agent_word + 4; ++j) {
        if (tokens[j].norm == "by") {
          agent_word = j;
          break;
        }
        if (tokens[j].punct) break;
      }
    } else if (agent_word + 1 < tokens.size() && !tokens[agent_word].punct && !tokens[agent_word].capitalised &&
               tokens[agent_word + 1].norm == "by") {
      ++agent_word;
    }
    if (!source && agent_word < tokens.size() && (tokens[agent_word].norm == "of" || tokens[agent_word].norm == "by")) {
      after = agent_word;
      std::size_t at = after + 1;
      while (at < tokens.size() && (tokens[at].norm == "the" || tokens[at].norm == "a" || tokens[at].norm == "an" ||
                                    (!tokens[at].punct && !tokens[at].capitalised && at < after + 4))) {
        bool starts = false;
        for (const auto& mention : c.mentions) {
          if (mention.first == at) starts = true;
        }
        if (starts) break;
        ++at;
      }
      for (std::size_t m = 0; m < c.mentions.size(); ++m) {
        if (c.mentions[m].first == at) {
          source = m;
          after = c.mentions[m].last;
          for (std::size_t k = m + 1; k < c.mentions.size() && c.group[k] == c.group[m]; ++k) {
            after = c.mentions[k].last;
          }
        }
      }
    }
    // "threats made by the minister from Rabat against Algeria": where the agent
    // came from is no target.
    if (source && after > b) {
      for (const auto& mention : c.mentions) {
        if (after < tokens.size() && tokens[after].norm == "from" && mention.first == after + 1) after = mention.last;
      }
    }
    // "Opening the meeting, X said": the meeting was told before, and what else the
    // sentence names is no party to it.
    if (!source && definite(c, a) && !actor_follows(c, b)) return;
    // "The Omani visit coincided with ...": an event told before, and a demonym does
    // not say whether Oman visited or was visited.
    if (source && c.mentions[*source].via == MentionVia::demonym && definite(c, c.mentions[*source].first) &&
        !actor_follows(c, b)) {
      return;
    }
    if (hypothetical_noun(c, a, after)) return;
    if (source) {
      sources = actors_of_group(c, *source);
    } else if (in_time_phrase(c, a)) {
      // The agent is found below, once the target is known.
    } else if (const auto subject = participle_subject(c, a)) {
      sources = actors_of_group(c, *subject);
    } else if (const auto opener = opening_phrase_subject(c, a); opener && trigger.frame == Frame::nominal) {
      sources = actors_of_group(c, *opener);
    } else if (auto previous = previous_act_sources(out, c, a, symmetric); !previous.empty() && trigger.frame == Frame::nominal) {
      sources = std::move(previous);
    } else if (const auto shared = shared_subject(c, a); shared && trigger.frame == Frame::nominal) {
      sources = actors_of_group(c, *shared);
    } else if (!passive && trigger.frame == Frame::nominal) {
      if (const auto left = left_mention(c, subject_end, {})) sources = actors_of_group(c, *left);
    }
    if (symmetric) {
      if (const auto between = between_mention(c, b)) {
        const auto pair = actors_of_group(c, *between);
        if (pair.size() >= 2) {
          sources = {pair.front()};
          targets.assign(pair.begin() + 1, pair.end());
          emit(out, c, trigger, a, b, sources, targets, false);
          return;
        }
      }
    }
    const bool venue_is_no_party = trigger.type == "meeting" || trigger.type == "agreement";
    if (const auto target = right_mention(c, after, sources, false, venue_is_no_party)) {
      // "discussed the Iranian nuclear programme": a topic is no party.
      if (!trigger.topic_object || c.mentions[*target].via != MentionVia::demonym) {
        targets = actors_of_group(c, *target);
      }
    }
    // "Modi's first visit since the invasion of Ukraine" in a story about Russia: the
    // state in focus that is neither the victim nor the clause's subject.
    if (sources.empty() && trigger.type == "conflict" && targets.size() == 1 && in_time_phrase(c, a)) {
      std::vector<ActorRef> excluded = targets;
      if (!c.mentions.empty() && c.mentions.front().last <= a) {  // the sentence's first actor: its subject
        for (const auto& actor : actors_of_group(c, 0)) {
          excluded.push_back(actor.kind == core::ActorKind::person && actor.state ? state_actor(*actor.state) : actor);
        }
      }
      for (const auto& candidate : c.focus.focus_states()) {
        if (sources.empty() && !has_key(excluded, state_actor(candidate))) sources.push_back(state_actor(candidate));
      }
      if (sources.empty()) return;
      guessed = true;
    }
  } else if (trigger.frame == Frame::reverse && passive) {
    // "X was welcomed by Y": the visitor before, the host after "by".
    if (const auto host = right_mention(c, b, {}, true)) targets = actors_of_group(c, *host);
    if (const auto visitor = left_mention(c, a, targets)) sources = actors_of_group(c, *visitor);
  } else if (trigger.frame == Frame::reverse) {
    // "Islamabad hosted Lukashenko": the visitor after, the host before.
    // The visitor is the direct object: "hosted their leaders for talks in the
    // Turkish capital" names no visitor, the capital is the place.
    // "welcomed China's proposal" welcomes a thing, not a visitor.
    if (const auto visitor = right_mention(c, b, {}); visitor && c.mentions[*visitor].first <= b + 4 &&
                                                       c.tokens[c.mentions[*visitor].first - 1].norm != "in" &&
                                                       !c.mentions[*visitor].possessive) {
      sources = actors_of_group(c, *visitor);
    }
    // "Sheikh Mohamed received him at the palace": a person pronoun is the visitor; when
    // it points at the host's compatriot ("talks with Xi, who welcomed him"), the visitor
    // is the other person the sentence named.
    if (sources.empty()) {
      std::optional<ActorRef> pronoun;
      for (const auto& mention : c.mentions) {
        if (mention.first == b && mention.pronoun && !mention.possessive && mention.actors.size() == 1 &&
            mention.actors.front().kind != core::ActorKind::org &&
            (c.tokens[b].norm == "him" || c.tokens[b].norm == "her" || c.tokens[b].norm == "them")) {
          pronoun = mention.actors.front();
        }
      }
      const auto host = pronoun ? left_mention(c, a, {}) : std::nullopt;
      const std::string host_state = host ? c.mentions[*host].actors.front().key() : std::string();
      if (pronoun && pronoun->key() != host_state) {
        sources = {*pronoun};
      } else if (pronoun) {
        for (const auto& mention : c.mentions) {
          if (!sources.empty() || mention.first > a || mention.actors.size() != 1) continue;
          // A person, or a titled one the text leaves unnamed ("the Egyptian president").
          const ActorRef& person = mention.actors.front();
          const bool someone = person.kind == core::ActorKind::person || mention.via == MentionVia::title;
          if (someone && person.usable() && person.key() != host_state) sources = {person};
        }
      }
    }
    // "X welcomed the result": no visitor, no visit and no meeting.
    if (sources.empty()) return;
    if (const auto host = left_mention(c, a, sources)) {
      targets = actors_of_group(c, *host);
      // "Putin hosted Modi": a leader who hosts meets the guest; "Egypt hosted the
      // talks" or "Qatar hosted delegations" is no meeting of the host.
      if (trigger.host_person && (targets.size() != 1 || targets.front().kind != core::ActorKind::person ||
                                  sources.front().kind != core::ActorKind::person)) {
        return;
      }
    }
  } else {
    if (passive) {
      std::optional<std::size_t> agent;
      for (std::size_t m = 0; m < c.mentions.size(); ++m) {
        const Mention& mention = c.mentions[m];
        if (mention.first <= b || mention.first > b + 6) continue;
        // "by Canada", "by the European Union"
        const std::size_t by = mention.first - (tokens[mention.first - 1].norm == "the" ? 2 : 1);
        if (by >= b && tokens[by].norm == "by") {
          agent = m;
          break;
        }
      }
      if (agent) sources = actors_of_group(c, *agent);
      if (const auto left = left_mention(c, a, sources)) targets = actors_of_group(c, *left);
      // "Sanctions were imposed on Iran by Canada": no actor before, the one after "on".
      const std::string& last_word = tokens[b - 1].norm;
      if (targets.empty() && agent && (last_word == "on" || last_word == "against") && b < tokens.size()) {
        for (std::size_t m = 0; m < c.mentions.size(); ++m) {
          if (c.mentions[m].first == b || (c.mentions[m].first == b + 1 && determiner(tokens[b].norm))) {
            if (m != *agent) targets = actors_of_group(c, m);
          }
        }
      }
      if (!symmetric && sources.empty()) return;
    } else {
      if (const auto joined = joined_subject(c, a)) {
        sources = actors_of_group(c, *joined);
      } else if (const auto subject = participle_subject(c, a)) {
        sources = actors_of_group(c, *subject);
      } else if (auto previous = previous_act_sources(out, c, a, symmetric); !previous.empty()) {
        sources = std::move(previous);
      } else if (const auto shared = shared_subject(c, a)) {
        sources = actors_of_group(c, *shared);
      } else if (const auto left = left_mention(c, a, {})) {
        sources = actors_of_group(c, *left);
      }
      const bool venue_is_no_party = trigger.type == "meeting" || trigger.type == "agreement";
      // "recalled the Algerian ambassadors to Mali": a name inside that is the subject's
      // own is not the target; the one after the phrase is.
      const auto inner = possessive_inside(c, a, b);
      const bool own_inner = inner && same_key(actors_of_group(c, *inner), sources);
      if (inner && !own_inner) {
        targets = actors_of_group(c, *inner);
      } else if (const auto target = right_mention(c, b, sources, false, venue_is_no_party)) {
        targets = actors_of_group(c, *target);
        if (complaint_venue(c, a, b, *target)) {
          venue = targets;
          targets.clear();
        }
      }
      if (symmetric) {
        if (const auto between = between_mention(c, b)) {
          const auto pair = actors_of_group(c, *between);
          if (pair.size() >= 2 && sources.empty()) {
            sources = {pair.front()};
            targets.assign(pair.begin() + 1, pair.end());
          }
        }
      }
    }
  }

  if (symmetric) {
    // Sources, then targets, each key once (no joined copy of both lists).
    std::vector<ActorRef> distinct;
    for (const std::vector<ActorRef>* side : {&sources, &targets}) {
      for (const auto& actor : *side) {
        if (!has_key(distinct, actor)) distinct.push_back(actor);
      }
    }
    if (distinct.empty()) return;
    std::vector<ActorRef> subject_states;
    for (const auto& actor : sources) {
      if (!has_key(subject_states, actor)) subject_states.push_back(actor);
    }
    // "Peru, Chile and Bolivia signed a declaration with Ecuador": each subject with the
    // partner "with" names, not with each other.
    bool partner_with = false;
    if (subject_states.size() >= 2 && !targets.empty() && !has_key(subject_states, targets.front())) {
      for (const auto& mention : c.mentions) {
        if (mention.first >= b && mention.first <= b + 8 && c.tokens[mention.first - 1].norm == "with" &&
            has_key(mention.actors, targets.front())) {
          partner_with = true;
        }
      }
    }
    // "American, British and French warships fired missiles at Syria": the attackers
    // each fought the target, not each other.
    bool target_near = false;  // "fired missiles at Syria", not "fought a war ... ended by a Russian deal"
    for (const auto& mention : c.mentions) {
      if (mention.first >= b && mention.first <= b + 4 && same_key(mention.actors, targets)) target_near = true;
    }
    const bool joint_attack =
        trigger.type == "conflict" && !targets.empty() && !same_key(targets, subject_states) && target_near;
    if (partner_with || (subject_states.size() >= 2 && joint_attack)) {
      emit(out, c, trigger, a, b, subject_states, targets, false);
      return;
    }
    if (subject_states.size() >= 2 && trigger.frame != Frame::reverse) {
      // "Ethiopia and Somalia agreed ...": the two are the parties; three signatories
      // are three pairs.
      for (std::size_t k = 0; k + 1 < subject_states.size(); ++k) {
        emit(out, c, trigger, a, b, {subject_states[k]},
             std::vector<ActorRef>(subject_states.begin() + static_cast<std::ptrdiff_t>(k) + 1, subject_states.end()),
             false);
      }
      return;
    }
    if (!sources.empty() && !targets.empty() && same_key(sources, targets) == false) {
      emit(out, c, trigger, a, b, sources, targets, false);
      return;
    }
    if (distinct.size() >= 2) {
      // "The accord was signed by A, B and C": every pair of the signatories.
      const std::size_t firsts = passive && sources.empty() ? distinct.size() - 1 : 1;
      for (std::size_t k = 0; k < firsts; ++k) {
        emit(out, c, trigger, a, b, {distinct[k]},
             std::vector<ActorRef>(distinct.begin() + static_cast<std::ptrdiff_t>(k) + 1, distinct.end()), false);
      }
      return;
    }
    // One side named: the other is the nearest other actor of the sentence, else the
    // focus. Not for conflicts: "the conflict with the Palestinians" names no state.
    if (trigger.type == "conflict") return;
    if (const auto between = between_mention(c, b); between && between_names_non_actor(c, *between)) return;
    if (partner_is_no_actor(c, b)) return;
    if (const auto other = other_in_sentence(c, a, distinct, true)) {
      emit(out, c, trigger, a, b, distinct, {*other}, false);
      return;
    }
    // "discussed the Bolivian pipeline": a topic, not a hint at the other side.
    if (trigger.type != "meeting" || trigger.topic_object) return;
    const std::string other = c.focus.focus_state_other_than(distinct.front().key());
    // The place of the meeting is not the other side ("met a rival in Ecuador"), nor the
    // party of a quarrel the sentence names ("at the height of its dispute with Chile").
    for (const auto& mention : c.mentions) {
      const bool place_or_quarrel =
          (mention.first > 0 && c.tokens[mention.first - 1].norm == "in") || quarrel_partner(c, b, mention);
      if (place_or_quarrel && mention.actors.size() == 1 && mention.actors.front().key() == other) return;
    }
    if (!other.empty()) emit(out, c, trigger, a, b, distinct, {state_actor(other)}, true);
    return;
  }

  // "economists had warned", "business leaders on both sides have warned": commentators,
  // not a state, warn or reject.
  if (trigger.type == "threat" || trigger.type == "reject") {
    std::size_t k = a;
    while (k > 0 && (adverb(tokens[k - 1]) || is_be(tokens[k - 1].norm) || tokens[k - 1].norm == "have" ||
                     tokens[k - 1].norm == "has" || tokens[k - 1].norm == "had" || tokens[k - 1].norm == "also")) {
      --k;
    }
    // the subject's head, or the head before "on both sides", "in Seoul", ...
    for (std::size_t j = k; j-- > 0 && j + 5 >= k;) {
      if (c.lex.is(tokens[j], "pundit") || (j + 1 < tokens.size() && c.lex.cue_at(tokens, j, "pundit") > 1)) return;
      if (tokens[j].punct) break;
    }
  }
  if (sources.empty()) return;
  // "Both countries have called their envoys home", "India and Pakistan expelled
  // diplomats": two states and no object act on each other.
  if (targets.empty() && sources.size() == 2 && sources[0].kind == core::ActorKind::state &&
      sources[1].kind == core::ActorKind::state && reciprocal(c, a) &&
      (trigger.type == "sanction" || trigger.type == "reject" || trigger.type == "threat" ||
       trigger.type == "conflict")) {
    emit(out, c, trigger, a, b, {sources[0]}, {sources[1]}, false);
    emit(out, c, trigger, a, b, {sources[1]}, {sources[0]}, false);
    return;
  }
  // "Algeria, which backs the Polisario movement, ...": the object was no actor.
  if (targets.empty() && in_relative_clause(c, a + 1) && trigger.type != "visit" && trigger.type != "threat") return;
  // "Modi arrived in Chennai", "flew back to Beijing": a trip at home is no visit.
  if (targets.empty() && trigger.type == "visit") {
    if (const auto object = right_mention(c, b, {})) {
      const Mention& place = c.mentions[*object];
      const std::string& before = place.first > 0 ? c.tokens[place.first - 1].norm : std::string();
      const bool destination = place.first == b || (place.first == b + 1 && (before == "to" || before == "in"));
      const bool named = place.via == MentionVia::name || place.via == MentionVia::capital;
      if (destination && named && !place.possessive && same_key(place.actors, sources)) return;
    }
  }
  // "called the decision disappointing", "endorsed the application": the decision is the
  // latest act's, not that of whichever state was named last.
  if (targets.empty() && (trigger.type == "reject" || trigger.type == "support") && names_a_deed(c, a, b)) {
    const auto& actor = c.focus.last_actor();
    if (actor && !has_key(sources, *actor)) {
      emit(out, c, trigger, a, b, sources, {*actor}, true);
      return;
    }
  }
  // "condemned the attack", "denounced the bombing": a violent incident whose author the
  // sentence does not name is no state's act; whoever is in focus is more often its victim.
  if (targets.empty() && trigger.type == "reject") {
    for (std::size_t k = b; k < b + 4 && k < tokens.size(); ++k) {
      if (c.lex.is(tokens[k], "incident")) return;
    }
  }
  // "warned against any change of borders", "would not allow anyone to": a warning
  // against a thing or anyone names no state; the one in focus is no better a guess.
  if (targets.empty() && trigger.type == "threat") {
    for (std::size_t k = b; k < b + 4 && k < tokens.size(); ++k) {
      if (tokens[k].norm == "against" || tokens[k].norm == "anyone" || tokens[k].norm == "anybody") return;
    }
  }
  if (targets.empty()) {
    std::vector<ActorRef> not_these = sources;
    not_these.insert(not_these.end(), venue.begin(), venue.end());
    // "speaking in Santiago, praised the deal": where someone was is no target of praise.
    if (const auto other = other_in_sentence(c, a, not_these, false, trigger.type != "visit")) {
      targets.push_back(*other);
      guessed = true;
    } else if (trigger.type == "visit" || trigger.type == "reject" || trigger.type == "threat" || trigger.focus_target ||
               (trigger.type == "conflict" && trigger.frame == Frame::verb)) {
      std::string other;
      for (const auto& candidate : c.focus.focus_states()) {
        if (other.empty() && !has_key(sources, state_actor(candidate)) && !only_in_later_clause(c, a, candidate)) {
          other = candidate;
        }
      }
      if (other.empty()) return;
      targets.push_back(state_actor(other));
      guessed = true;
    } else {
      return;
    }
  }
  emit(out, c, trigger, a, b, sources, targets, guessed);
}

/// The mention (one state) of the place a meeting or signing at token `b` took place in: "talks in
/// Doha", "met X in Kyiv on Wednesday", "signed at a ceremony in Istanbul". Only a
/// capital, city or state's name right after "in", within the clause, and not after a
/// topic noun ("the war in Gaza").
const Mention* venue_after(const Context& c, std::size_t b) {
  for (const auto& mention : c.mentions) {
    if (mention.first < b + 1) continue;
    if (mention.first > b + 24) break;
    bool clause_ends = false;
    // "met Modi, but on neutral ground, ... in Dubai": a "but" adding where is no new clause.
    for (std::size_t k = b; k < mention.first && !clause_ends; ++k) {
      const bool contrast = (c.marks[k] & kBut) && k + 1 < c.tokens.size() && preposition(c.tokens[k + 1].norm);
      if ((c.marks[k] & (kStop | kAfter)) && !contrast) clause_ends = true;
      // "held talks with Y, and on March 1 he was received in La Paz": another clause's place.
      if (c.tokens[k].norm == "," && k + 1 < c.tokens.size() && c.tokens[k + 1].norm == "and") clause_ends = true;
    }
    if (clause_ends) break;
    // "talks in Doha", "met him at his residence outside Moscow", "met Trump at the White
    // House" (a seat of government, which names its state as a capital does)
    const std::string& before = c.tokens[mention.first - 1].norm;
    const bool at_seat = mention.via == MentionVia::capital && mention.first >= 2 && before == "the" &&
                         c.tokens[mention.first - 2].norm == "at";
    if (before != "in" && before != "outside" && before != "near" && !at_seat) continue;
    // "talks on the war in Gaza": the place of the war, not of the talks.
    if (mention.first >= 2 && c.lex.is(c.tokens[mention.first - 2], "topic")) continue;
    if (mention.via != MentionVia::capital && mention.via != MentionVia::name) continue;
    if (mention.actors.size() != 1 || mention.actors.front().kind != core::ActorKind::state) continue;
    if (mention.possessive) continue;
    return &mention;
  }
  return nullptr;
}

/// The state a gathering's place names, from token `at` right after its "in": "in Kazan",
/// "in the Cook Islands", "in a Vilnius hotel", "in the Chinese city of Chengdu", "in that
/// Turkish resort", "in Rarotonga, Cook Islands".
const Mention* venue_of_gathering(const Context& c, std::size_t at) {
  static const std::set<std::string> place_nouns = {"city", "town", "resort", "port", "capital", "hotel",
                                                    "village", "island", "region", "province"};
  std::size_t k = at;
  while (k < c.tokens.size() && k < at + 2 && (determiner(c.tokens[k].norm) || c.tokens[k].norm == "that")) ++k;
  for (const auto& mention : c.mentions) {
    if (mention.actors.size() != 1 || mention.actors.front().kind != core::ActorKind::state) continue;
    const bool named = mention.via == MentionVia::capital || mention.via == MentionVia::name;
    // "in Kazan", "in the Cook Islands", "in a Vilnius hotel", "in the Bahraini capital"
    if ((mention.first == k || mention.first == at) && named && !mention.possessive) return &mention;
    // "in that Turkish resort", "in the Chinese city of Chengdu"
    if (mention.first == k && mention.via == MentionVia::demonym && mention.last < c.tokens.size() &&
        place_nouns.count(c.tokens[mention.last].norm) > 0) {
      return &mention;
    }
    // "in Rarotonga, Cook Islands": a town the gazetteer lacks, then its state
    if (mention.first == k + 2 && named && k + 1 < c.tokens.size() && c.tokens[k].capitalised &&
        !c.tokens[k].punct && c.tokens[k + 1].norm == ",") {
      return &mention;
    }
  }
  return nullptr;
}

/// "At the SCO summit in Samarkand, Modi told Putin ...", "attended the BRICS summit in
/// Kazan": the leaders a sentence names at a summit held in a state's city visit it
/// (convention 8), unless it is their own.
void add_summit_visits(std::vector<EventCandidate>& out, const Context& c) {
  static const std::set<std::string> gatherings = {"summit", "summits", "conference", "forum",
                                                    "assembly", "meeting", "gathering"};
  for (std::size_t k = 0; k + 2 < c.tokens.size(); ++k) {
    const std::string& where = c.tokens[k + 1].norm;
    if ((where != "in" && where != "near" && where != "outside") || gatherings.count(c.tokens[k].norm) == 0) continue;
    const Mention* venue = venue_of_gathering(c, k + 2);
    if (!venue) continue;
    // "held a meeting in Vienna with farmers": no diplomacy.
    bool with_private_people = false;
    for (std::size_t j = k + 2; j + 1 < c.tokens.size() && j < k + 12 && c.tokens[j].norm != ";"; ++j) {
      if (c.tokens[j].norm == "with" && c.lex.is(c.tokens[j + 1], "civilian")) with_private_people = true;
    }
    if (with_private_people) continue;
    // "will attend the summit in Kazan", "a summit in Hanoi is planned": not yet.
    Trigger gathering;
    gathering.type = "visit";
    gathering.frame = Frame::noun;
    if (blocked(c, gathering, k) || hypothetical_noun(c, k, k + 1)) continue;
    const ActorRef& place = venue->actors.front();
    for (const auto& mention : c.mentions) {
      if (mention.actors.size() != 1 || mention.pronoun) continue;
      const ActorRef& leader = mention.actors.front();
      const bool person = leader.kind == core::ActorKind::person || mention.via == MentionVia::title;
      if (!person || !leader.usable() || leader.key() == place.key()) continue;
      EventCandidate visit;
      visit.type = "visit";
      visit.source = leader;
      visit.target = place;
      visit.trigger_begin = c.tokens[k].begin;
      visit.trigger_end = c.tokens[k].end;
      out.push_back(std::move(visit));
    }
  }
}

/// "Moscow described the Finnish move as a grave mistake", "the Kremlin called the
/// sanctions imposed by the EU illegal", "Beijing said the remarks by Tokyo were
/// irresponsible": a judging or saying verb followed, in its clause, by a word of
/// censure rejects the first other actor named before that word (or right after it).
void add_judgements(std::vector<EventCandidate>& out, const Context& c) {
  const auto& tokens = c.tokens;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const bool saying = c.lex.is(tokens[k], "say");
    if (!saying && !c.lex.is(tokens[k], "judge")) continue;
    std::size_t censure = 0;
    bool negated = false;
    bool not_only_said = false;  ///< "not only false but outrageous": "but" goes on
    for (std::size_t j = k + 1; j < tokens.size() && j < k + 18 && censure == 0; ++j) {
      const std::string& w = tokens[j].norm;
      if (w == "but" && not_only_said) continue;
      if (w == ";" || w == "." || w == "," || w == ":" || w == "but" || w == "while" || w == "because" ||
          w == "after" || w == "before" || w == "when" || w == "although") {
        break;
      }
      // A censure that itself says "no" ("had no basis", "no right") is still one.
      if (c.lex.cue_at(tokens, j, "censure") > 0) {
        censure = j;
        break;
      }
      // "was not a violation", "would be a provocation": no censure made; "not only false
      // but outrageous" is one.
      const bool not_only = w == "not" && j + 1 < tokens.size() && tokens[j + 1].norm == "only";
      not_only_said = not_only_said || not_only;
      if (!not_only && (c.lex.cue_at(tokens, j, "negation") > 0 || judgement_modal(tokens[j].norm) || w == "not" ||
                        w == "no" || w == "never")) {
        negated = true;
      }
    }
    if (censure == 0 || negated) continue;
    Trigger reject;
    reject.type = "reject";
    reject.words = {tokens[k].norm};
    if (blocked(c, reject, k)) continue;
    // "Quito expelled the ambassador, Raquel Serur, calling the remarks offensive": the
    // sentence's subject speaks, not the name just before the participle.
    auto speaker = participle_subject(c, k);
    if (!speaker) speaker = left_mention(c, k, {});
    if (!speaker) continue;
    const std::vector<ActorRef> sources = actors_of_group(c, *speaker);
    // The censured actor sits in the judged clause: at most three words on, not past a ";".
    std::size_t reach = censure;
    while (reach < censure + 3 && reach + 1 < tokens.size() && tokens[reach + 1].norm != ";" &&
           tokens[reach + 1].norm != ":" && tokens[reach + 1].norm != ".") {
      ++reach;
    }
    std::vector<ActorRef> targets;
    for (std::size_t m = 0; m < c.mentions.size() && targets.empty(); ++m) {
      const Mention& mention = c.mentions[m];
      if (mention.first <= k || mention.first > reach || c.phrase_lead[m]) continue;
      if (saying && mention.first > censure) continue;  // what was said names whom it censures
      if (same_key(mention.actors, sources)) continue;
      targets = actors_of_group(c, m);
    }
    // "said the sanctions were illegal": the deed is the latest act's.
    bool guessed = false;
    if (targets.empty() && names_a_deed(c, k, k + 1) && c.focus.last_actor() &&
        !has_key(sources, *c.focus.last_actor())) {
      targets.push_back(*c.focus.last_actor());
      guessed = true;
    }
    if (!targets.empty()) emit(out, c, reject, k, k + 1, sources, targets, guessed);
  }
}

/// "Albares said Milei had insulted Spain's institutions", "Caracas said Bogota had
/// threatened it": a speaker who tells of a rejection or threat aimed at their own side
/// rejects its author.
void add_accusations(std::vector<EventCandidate>& out, const Context& c) {
  const auto& tokens = c.tokens;
  const std::size_t told = out.size();
  for (std::size_t e = 0; e < told; ++e) {
    const EventCandidate event = out[e];  // a copy: emit grows `out`
    if (event.guessed || (event.type != "reject" && event.type != "threat")) continue;
    const std::size_t at = token_at(tokens, event.trigger_begin);
    // The saying verb nearest before the act, with only the reported clause between.
    std::optional<std::size_t> say;
    for (std::size_t k = at; k-- > 0 && k + 12 >= at;) {
      const std::string& w = tokens[k].norm;
      if (w == ";" || w == "." || w == ":" || w == "but") break;
      if (c.lex.is(tokens[k], "say")) {
        say = k;
        break;
      }
    }
    if (!say) continue;
    const auto speaker = left_mention(c, *say, {});
    if (!speaker || c.mentions[*speaker].last + 3 < *say) continue;
    const std::vector<ActorRef> sources = actors_of_group(c, *speaker);
    if (sources.size() != 1 || sources.front().key() != event.target.key() ||
        sources.front().key() == event.source.key()) {
      continue;
    }
    Trigger reject;
    reject.type = "reject";
    reject.words = {tokens[*say].norm};
    emit(out, c, reject, *say, *say + 1, sources, {event.source}, false);
  }
}

/// "\"Pakistan's claims are baseless,\" India's foreign ministry said", "\"This is
/// unacceptable,\" Manila said of China's actions": a quotation opening the sentence with a
/// word of censure rejects the actor it names (or the one after "said of") on behalf of
/// the speaker named after it.
void add_quoted_judgements(std::vector<EventCandidate>& out, const Context& c) {
  const auto& tokens = c.tokens;
  if (tokens.size() < 6 || tokens.front().norm != "\"") return;
  std::size_t close = 1;
  while (close < tokens.size() && tokens[close].norm != "\"") ++close;
  if (close + 2 >= tokens.size()) return;
  std::size_t censure = 0;
  for (std::size_t j = 1; j < close; ++j) {
    const std::string& w = tokens[j].norm;
    // "would be a provocation", "is not a violation": no censure made
    if (c.lex.cue_at(tokens, j, "negation") > 0 || judgement_modal(tokens[j].norm) || w == "not" || w == "no" ||
        w == "never") {
      return;
    }
    if (censure == 0 && c.lex.cue_at(tokens, j, "censure") > 0) censure = j;
  }
  if (censure == 0) return;
  // The speaker: the first actor after the quotation, before or right after the saying verb.
  std::size_t say = close + 1;
  while (say < tokens.size() && say < close + 8 && !c.lex.is(tokens[say], "say")) ++say;
  if (say >= tokens.size() || !c.lex.is(tokens[say], "say")) return;
  std::optional<std::size_t> speaker, named, of_target;
  for (std::size_t m = 0; m < c.mentions.size(); ++m) {
    const Mention& mention = c.mentions[m];
    if (mention.first < close && !named && !mention.pronoun) named = m;
    if (mention.first > close && mention.first <= say + 3 && !speaker && !mention.pronoun &&
        (mention.first < say || tokens[say + 1].norm != "of")) {
      speaker = m;
    }
    if (mention.first > say && say + 1 < tokens.size() && tokens[say + 1].norm == "of" && mention.first <= say + 4 &&
        !of_target) {
      of_target = m;
    }
  }
  const auto target = of_target ? of_target : named;
  if (!speaker || !target) return;
  const std::vector<ActorRef> sources = actors_of_group(c, *speaker);
  if (same_key(c.mentions[*target].actors, sources)) return;
  Trigger reject;
  reject.type = "reject";
  reject.words = {tokens[say].norm};
  emit(out, c, reject, say, say + 1, sources, actors_of_group(c, *target), false);
}

/// Convention 8: the parties of a meeting or signing held in some state's city
/// each visit that state, unless it is their own.
void add_venue_visits(std::vector<EventCandidate>& out, const Context& c) {
  const std::size_t count = out.size();
  for (std::size_t e = 0; e < count; ++e) {
    if ((out[e].type != "meeting" && out[e].type != "agreement") || out[e].guessed) continue;
    const auto after = std::partition_point(c.tokens.begin(), c.tokens.end(),
                                            [&](const Token& token) { return token.end <= out[e].trigger_end; });
    const auto b = static_cast<std::size_t>(after - c.tokens.begin());
    const Mention* venue = venue_after(c, b);
    if (!venue) continue;
    const ActorRef& place = venue->actors.front();
    const EventCandidate event = out[e];  // out grows below
    for (const ActorRef& party : {event.source, event.target}) {
      if (party.key() == place.key() || party.kind == core::ActorKind::org || !party.usable()) continue;
      EventCandidate visit = event;
      visit.type = "visit";
      visit.source = party;
      visit.target = place;
      out.push_back(std::move(visit));
    }
  }
}

/// "Erdogan held talks in Athens", "Erdogan and Mitsotakis met in Athens" (the other
/// side unknown): talks whose one known party is named before them, held in another
/// state's city, are that party's visit there (convention 8), even with no meeting to report.
void add_lone_visit(std::vector<EventCandidate>& out, const Context& c, const Trigger& trigger, std::size_t a,
                    std::size_t b) {
  // "received billions in U.S. assistance": a host's verb, and a name that modifies a noun.
  if (trigger.frame == Frame::reverse) return;
  const Mention* place = venue_after(c, b);
  if (!place) return;
  if (place->last < c.tokens.size() && !c.tokens[place->last].punct && !preposition(c.tokens[place->last].norm) &&
      !c.tokens[place->last].capitalised) {
    return;
  }
  // "held a meeting in Vienna with farmers": talks with private people are no diplomacy.
  for (std::size_t k = b; k + 1 < c.tokens.size() && !(c.marks[k] & kStop); ++k) {
    if (c.tokens[k].norm != "with") continue;
    std::size_t j = k + 1;
    while (j < c.tokens.size() && determiner(c.tokens[j].norm)) ++j;
    if (j < c.tokens.size() && c.lex.is(c.tokens[j], "civilian")) return;
  }
  const auto subject = left_mention(c, a, {});
  if (!subject) return;
  const Mention& party = c.mentions[*subject];
  if (party.actors.size() != 1 || party.possessive) return;
  Trigger visit;
  visit.type = "visit";
  emit(out, c, visit, a, b, party.actors, {place->actors.front()}, false);
}

}  // namespace

/// "X would impose tariffs on Y", "could extend its ban": a sanction a state says it
/// would take is a threat. True when "would", "could" or "will" comes right before the
/// trigger at `a` (an adverb may sit between) and nothing negates or hedges it.
bool conditional_act(const Context& c, std::size_t a) {
  if (c.first_hedge < a) return false;
  std::size_t k = a;
  if (k > 0 && adverb(c.tokens[k - 1])) --k;
  if (k == 0) return false;
  const std::string& w = c.tokens[k - 1].norm;
  if (w != "would" && w != "could" && w != "will" && w != "'ll") return false;
  for (std::size_t j = a >= 6 ? a - 6 : 0; j < a; ++j) {
    if (c.lex.cue_at(c.tokens, j, "negation") > 0) return false;
  }
  return true;
}

/// "Moscow said on Saturday it would expel 23 diplomats": a decision announced, reported
/// in the future of the telling, is the act. A conditional act ("if ...", "unless ...")
/// or one that merely "could" happen stays a threat.
bool announced_decision(const Context& c, std::size_t a) {
  if (!conditional_act(c, a)) return false;
  std::size_t modal = a - 1;
  if (adverb(c.tokens[modal])) --modal;
  if (c.tokens[modal].norm != "would" && c.tokens[modal].norm != "will") return false;
  for (const auto& token : c.tokens) {
    if (token.norm == "if" || token.norm == "unless" || token.norm == "should") return false;
  }
  for (std::size_t k = modal >= 8 ? modal - 8 : 0; k < modal; ++k) {
    if (c.lex.is(c.tokens[k], "announce")) return true;
  }
  return false;
}

/// "an Arab League summit", "a meeting of G20 ministers": the organisation that holds
/// the meeting is its forum, not a party to it. Drops such meetings from `out[from...]`.
void drop_forum(std::vector<EventCandidate>& out, std::size_t from, const Context& c, const Trigger& trigger,
                std::size_t a, std::size_t b) {
  // "NATO's chief met Zelensky": an organisation as a verb's subject is a side, not a forum.
  if (trigger.frame == Frame::verb) return;
  std::vector<ActorRef> forums;
  for (std::size_t m = 0; m < c.mentions.size(); ++m) {
    const Mention& mention = c.mentions[m];
    std::size_t of = b;
    if (of < c.tokens.size() && c.tokens[of].norm == "of") ++of;
    if (of < c.tokens.size() && c.tokens[of].norm == "the" && of > b) ++of;
    const bool attached = mention.last == a || (of > b && mention.first == of);
    if (!attached) continue;
    // "Britain and the EU held talks": an organisation listed with another side is a party.
    const bool listed = (m > 0 && c.group[m - 1] == c.group[m]) ||
                        (m + 1 < c.mentions.size() && c.group[m + 1] == c.group[m]);
    if (listed && mention.last == a) continue;
    for (const auto& actor : mention.actors) {
      if (actor.kind == core::ActorKind::org) forums.push_back(actor);
    }
  }
  if (forums.empty()) return;
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                           [&](const EventCandidate& event) {
                             return has_key(forums, event.source) || has_key(forums, event.target);
                           }),
            out.end());
}

/// "China, which hosted the final round of negotiations", "Norway hosted the secret talks
/// between X and Y": the host or mediator of talks is no party to them (convention 10),
/// unless they are its own ("hosted talks with Y").
void drop_host(std::vector<EventCandidate>& out, std::size_t from, const Context& c, std::size_t a,
               std::size_t b) {
  if (b < c.tokens.size() && c.tokens[b].norm == "with") return;
  std::optional<std::size_t> host_verb;
  for (std::size_t k = a, steps = 0; k-- > 0 && steps < 6; ++steps) {
    if (c.lex.is(c.tokens[k], "host")) {
      host_verb = k;
      break;
    }
    if (c.tokens[k].punct || mention_starts_at(c, k)) return;
  }
  if (!host_verb) return;
  const auto host = left_mention(c, *host_verb, {});
  if (!host) return;
  const std::vector<ActorRef>& hosts = c.mentions[*host].actors;
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                           [&](const EventCandidate& event) {
                             return has_key(hosts, event.source) || has_key(hosts, event.target);
                           }),
            out.end());
}

bool symmetric_type(std::string_view type) {
  if (const core::EventType* known = core::find_event_type(type)) return !known->directed;
  return false;
}

std::vector<EventCandidate> find_events(std::string_view sentence, const std::vector<Token>& tokens,
                                        const std::vector<Mention>& mentions, const MentionFinder& focus) {
  std::vector<EventCandidate> out;
  // "Fighting broke out on September 27": an outbreak needs no actor named.
  const auto outbreak = [&] {
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return Lexicons::get().is(t, "outbreak"); });
  };
  if (mentions.empty() && !outbreak()) return out;
  const TriggerTable& table = trigger_table();
  Context c{sentence, tokens, mentions, focus, Lexicons::get(), {}, {}, tokens.size(), {}, {}};
  // Token marks, filled once the sentence turns out to hold a trigger.
  const auto mark_tokens = [&] {
    if (!c.marks.empty()) return;
    c.marks.resize(tokens.size(), 0);
    c.stops_before.assign(tokens.size() + 1, 0);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      c.marks[k] = token_marks(tokens[k].norm);
      // "His trip went unnoticed since the focus was on ...": a clause of its own.
      if (tokens[k].norm == "since" && k + 1 < tokens.size() && determiner(tokens[k + 1].norm)) c.marks[k] |= kStop;
      // "would not allow anyone to threaten it, as he hosted X": a clause of its own; not
      // ", as well as" or ", as part of".
      if (tokens[k].norm == "as" && k > 0 && tokens[k - 1].norm == "," && k + 1 < tokens.size() &&
          tokens[k + 1].norm != "well" && tokens[k + 1].norm != "part") {
        c.marks[k] |= kStop;
      }
      c.stops_before[k + 1] = c.stops_before[k] + ((c.marks[k] & kStop) ? 1 : 0);
    }
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (c.lex.cue_at(tokens, k, "hedge") > 0) {
      c.first_hedge = k;
      break;
    }
  }
  // Coordinated mentions ("Pakistan and Belarus", "Islamabad, Pakistan and Belarus") form a group.
  c.group.resize(mentions.size());
  c.phrase_lead.assign(mentions.size(), 0);
  int group = 0;
  c.clause_comma = opening_clause_comma(tokens);
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (m > 0) {
      bool joined = mentions[m].first - mentions[m - 1].last <= 4;
      // "Two years after Russia invaded Ukraine, Estonia, Latvia and Lithuania remain ...".
      if (mentions[m - 1].last <= c.clause_comma && c.clause_comma < mentions[m].first) joined = false;
      bool has_link = mentions[m].first == mentions[m - 1].last;
      for (std::size_t k = mentions[m - 1].last; k < mentions[m].first && joined; ++k) {
        const std::string& w = tokens[k].norm;
        if (w == "," || w == "and" || w == "&" || w == "(" || w == ")") {
          has_link = true;
        } else if (w == "as" && k + 2 < mentions[m].first && tokens[k + 1].norm == "well" &&
                   tokens[k + 2].norm == "as") {
          has_link = true;
          k += 2;
        } else if (w != "the" && w != "-") {
          joined = false;
        }
      }
      // "with Niger, and France halted": a comma before "and" after a single name
      // starts a new clause (a list would read "Niger, Mali, and Chad").
      const bool comma_and = mentions[m].first == mentions[m - 1].last + 2 &&
                             tokens[mentions[m - 1].last].norm == "," &&
                             tokens[mentions[m - 1].last + 1].norm == "and";
      const bool list_before = m >= 2 && c.group[m - 1] == c.group[m - 2];
      if (comma_and && !list_before) joined = false;
      // "his Azerbaijani counterpart", "Moldova's EU bid": a possessive is no coordination.
      if (mentions[m - 1].possessive) joined = false;
      // "In Lima, Chile's president said", "at a summit in Quito, Peru's leader", "From
      // Moscow Modi flew": a place after "in", "at" or "from" is no party listed with what
      // follows it.
      const Mention& previous = mentions[m - 1];
      const std::string& place_word = previous.first > 0 ? tokens[previous.first - 1].norm : std::string();
      const bool comma_then_next = previous.last < tokens.size() && tokens[previous.last].norm == "," &&
                                   mentions[m].first == previous.last + 1;
      if ((place_word == "in" || place_word == "at" || place_word == "from") && comma_then_next) joined = false;
      if (place_word == "from" && mentions[m].first == previous.last) joined = false;
      // "between Putin and his Uzbek counterpart Mirziyoyev": the pronoun only leads the
      // phrase that names the party; the party takes its place in the group.
      bool pronoun_leads = mentions[m - 1].possessive && mentions[m - 1].pronoun &&
                           mentions[m].first - mentions[m - 1].last <= 3 && !mentions[m].pronoun &&
                           mentions[m].actors.size() == 1 && mentions[m].actors.front().kind == core::ActorKind::person;
      for (std::size_t k = mentions[m - 1].last; k < mentions[m].first && pronoun_leads; ++k) {
        if (tokens[k].punct || preposition_or_of(tokens[k].norm)) pronoun_leads = false;  // "its war with Chile"
      }
      if (pronoun_leads) {
        c.phrase_lead[m - 1] = 1;
        c.group[m] = c.group[m - 1];
        continue;
      }
      if (!(joined && has_link)) ++group;
    }
    c.group[m] = group;
  }
  std::vector<char> inside(tokens.size(), 0);
  for (const auto& mention : mentions) {
    for (std::size_t k = mention.first; k < mention.last && k < tokens.size(); ++k) inside[k] = 1;
  }
  std::optional<std::size_t> last_sanction_end;
  std::vector<const Trigger*> matched;  ///< the triggers at the current token
  GapCounts gaps(tokens);
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (inside[i] || tokens[i].punct) {
      ++i;
      continue;
    }
    const auto* found = table.index.find(tokens[i].norm, tokens[i].hash);
    if (found == nullptr) {
      ++i;
      continue;
    }
    // The longest phrase wins; phrases of that length with other types report
    // them too ("received" is a visit and a meeting).
    matched.clear();
    std::size_t length = 0;
    for (const std::size_t t : *found) {
      if (!table.triggers[t].may_start(tokens, i)) continue;
      // The index found the phrase by its first word: the rest is left to match.
      const Trigger& trigger = table.triggers[t];
      std::size_t n = 1;
      if (trigger.words.size() > 1) {
        const std::size_t rest = match_words(c.lex, tokens, i + 1, trigger, gaps, 1);
        n = rest > 0 ? 1 + rest : 0;
      }
      if (n > length) {
        length = n;
        matched.clear();
      }
      if (n > 0 && n == length) matched.push_back(&table.triggers[t]);
    }
    if (matched.empty()) {
      ++i;
      continue;
    }
    mark_tokens();
    for (const Trigger* trigger : matched) {
      // "suspended its aid to", "halted arms deliveries": the aid is what stopped.
      bool stopped = false;
      if (trigger->type == "aid" && last_sanction_end) {
        stopped = i <= *last_sanction_end + 3;
        for (std::size_t k = *last_sanction_end; k < i && stopped; ++k) {
          if (tokens[k].punct) stopped = false;
        }
      }
      if (trigger->type == "sanction") last_sanction_end = i + length;
      if (!stopped && !blocked(c, *trigger, i)) {
        const std::size_t before = out.size();
        find_arguments(out, c, *trigger, i, i + length);
        if (trigger->type == "meeting") {
          drop_forum(out, before, c, *trigger, i, i + length);
          drop_host(out, before, c, i, i + length);
        }
        if (trigger->type == "meeting" && out.size() == before) add_lone_visit(out, c, *trigger, i, i + length);
      } else if (!stopped && (trigger->type == "sanction" || trigger->type == "support") && announced_decision(c, i)) {
        find_arguments(out, c, *trigger, i, i + length);
      } else if (!stopped && trigger->type == "sanction" && conditional_act(c, i)) {
        Trigger threat = *trigger;
        threat.type = "threat";
        find_arguments(out, c, threat, i, i + length);
      }
    }
    i += length;
  }
  const bool judging = std::any_of(tokens.begin(), tokens.end(), [&](const Token& token) {
    return c.lex.is(token, "say") || c.lex.is(token, "judge");
  });
  if (judging) {
    mark_tokens();
    add_accusations(out, c);
    add_judgements(out, c);
    add_quoted_judgements(out, c);
  }
  add_venue_visits(out, c);
  add_summit_visits(out, c);
  // "signed an agreement" names one agreement, not two.
  std::vector<EventCandidate> unique;
  for (auto& event : out) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const EventCandidate& kept) {
      if (kept.type != event.type) return false;
      if (kept.source.key() == event.source.key() && kept.target.key() == event.target.key()) return true;
      if (!symmetric_type(event.type) || kept.source.key() != event.target.key() ||
          kept.target.key() != event.source.key()) {
        return false;
      }
      // "X struck Y two days after Y's missiles hit X": a strike answering another, told by
      // its own verb, is a second attack.
      const bool apart = event.trigger_begin > kept.trigger_end + 20 || kept.trigger_begin > event.trigger_end + 20;
      return !(event.type == "conflict" && apart);
    });
    if (!seen) unique.push_back(std::move(event));
  }
  return unique;
}

}  // namespace dipgraph::importers::article
