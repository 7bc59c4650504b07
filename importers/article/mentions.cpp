#include "importers/article/mentions.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "core/store.hpp"
#include "importers/article/store_lookup.hpp"
#include "core/text_normalize.hpp"
#include "core/tsv.hpp"

namespace dipgraph::importers::article {
namespace {

bool space_at(std::string_view s, std::size_t i, std::size_t& width) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    width = 2;  // no-break space
    return true;
  }
  return false;
}

/// ASCII letters and digits, as a table: the tokenizer asks for every byte,
/// and three range tests branch badly on running text.
constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  return table;
}();

bool alnum(unsigned char c) { return kAlnum[c]; }

/// Three-byte punctuation of General Punctuation (quotes, dashes, ellipsis).
/// Returns 'q' for quotes, '\'' for right single quote (apostrophe), '-' for
/// dashes, '.' for the ellipsis, 0 when `i` starts none of them.
char wide_punct(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2 ||
      static_cast<unsigned char>(s[i + 1]) != 0x80) {
    return 0;
  }
  switch (static_cast<unsigned char>(s[i + 2])) {
    case 0x9C: case 0x9D: case 0x98: return 'q';
    case 0x99: return '\'';
    case 0x93: case 0x94: return '-';
    case 0xA6: return '.';
    default: return 0;
  }
}

bool word_byte(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (alnum(c)) return true;
  if (c < 0x80) return false;
  std::size_t width = 0;
  if (space_at(s, i, width)) return false;
  if (c == 0xC2 && i + 1 < s.size()) {
    const auto next = static_cast<unsigned char>(s[i + 1]);
    if (next == 0xAB || next == 0xBB) return false;  // guillemets
  }
  return wide_punct(s, i) == 0;
}

/// Sets `out` to the lookup key of a word: written in place (no temporary
/// string), as this runs for every word of every sentence.
void fold_into(std::string& out, std::string_view text) {
  out.resize(text.size());
  std::size_t n = 0;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      out = core::normalize_name(text);
      return;
    }
    if (c == '.' || c == '\'') continue;
    out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  out.resize(n);
}

/// `fold_into` for a word of ASCII letters and digits only (most words): no byte
/// to drop or to fold beyond case.
void lower_into(std::string& out, std::string_view text) {
  out.resize(text.size());
  std::size_t k = 0;
  // Eight bytes a step (all below 0x80, so no byte carries into the next): the
  // high bit of `from_a` is set for bytes >= 'A', of `past_z` for bytes > 'Z';
  // where exactly one is set, the byte is a capital and takes 0x20.
  for (; k + 8 <= text.size(); k += 8) {
    std::uint64_t v;
    std::memcpy(&v, text.data() + k, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    const std::uint64_t from_a = v + kOnes * (0x80 - 'A');
    const std::uint64_t past_z = v + kOnes * (0x80 - 'Z' - 1);
    v |= ((from_a ^ past_z) & (kOnes * 0x80)) >> 2;
    std::memcpy(out.data() + k, &v, 8);
  }
  for (; k < text.size(); ++k) out[k] = ascii_lower(text[k]);
}

/// `fold_into` and word_hash() at once for a plain word (ASCII letters and
/// digits only) of at most sixteen bytes at `at` when sixteen bytes can be read
/// there; false (nothing written) otherwise. Most words: their key is the word
/// lower-cased, made from two eight-byte loads, and hashed from the same words
/// instead of reading the key back byte by byte.
bool plain_key(std::string_view s, std::size_t at, std::size_t size, std::string& out, std::uint64_t& hash) {
  if constexpr (std::endian::native != std::endian::little) {
    return false;  // word_hash reads partial chunks as little-endian
  } else {
    if (size > 16 || at + 16 > s.size()) return false;
    std::uint64_t chunk[2];
    std::memcpy(chunk, s.data() + at, 16);
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    for (std::uint64_t& v : chunk) {
      // As lower_into: bytes past the word may be anything, but a carry only runs
      // towards later bytes, and those are masked off below.
      const std::uint64_t from_a = v + kOnes * (0x80 - 'A');
      const std::uint64_t past_z = v + kOnes * (0x80 - 'Z' - 1);
      v |= ((from_a ^ past_z) & (kOnes * 0x80)) >> 2;
    }
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;  // as word_hash
    std::uint64_t h = size * kMultiplier;
    if (size < 8) {
      chunk[0] &= (std::uint64_t{1} << (8 * size)) - 1;
    } else if (size < 16) {
      chunk[1] &= (std::uint64_t{1} << (8 * (size - 8))) - 1;
    }
    h = (h ^ chunk[0]) * kMultiplier;
    h ^= h >> 29;
    if (size > 8) {
      h = (h ^ chunk[1]) * kMultiplier;
      h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ULL;
    hash = h ^ (h >> 32);
    char bytes[16];
    std::memcpy(bytes, chunk, 16);
    // clear + append: the token's key is a fresh empty string, and append's plain
    // copy into its capacity costs a third of assign's general replace.
    out.clear();
    out.append(bytes, size);
    return true;
  }
}

bool upper_initial(std::string_view text) {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 supplement capitals (À..Þ) and Latin Extended-A capitals (even code points).
  if (c == 0xC3 && text.size() > 1) {
    const auto n = static_cast<unsigned char>(text[1]);
    return n >= 0x80 && n <= 0x9E && n != 0x97;
  }
  if ((c == 0xC4 || c == 0xC5) && text.size() > 1) return (static_cast<unsigned char>(text[1]) & 1) == 0;
  return false;
}

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> words;
  for (const auto& token : tokenize(phrase)) words.push_back(token.norm);
  return words;
}

std::string abbrev_shape(std::string_view text) {
  std::string shape;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (alnum(byte) || byte >= 0x80) shape += c;
  }
  return shape;
}

std::vector<bool> alias_capitals(std::string_view alias) {
  std::vector<bool> caps;
  bool start = true;
  for (const char c : alias) {
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start) caps.push_back(c >= 'A' && c <= 'Z');
    start = false;
  }
  return caps;
}

std::vector<std::uint64_t> hashes_of(const std::vector<std::string>& words) {
  std::vector<std::uint64_t> hashes;
  for (const auto& word : words) hashes.push_back(word_hash(word));
  return hashes;
}

PhraseRef phrase_ref(std::size_t item, const std::vector<std::uint64_t>& hashes) {
  return PhraseRef{item, hashes.size(), hashes.size() > 1 ? hashes[1] : 0};
}

/// True when the tokens from `at` read `words`, whose hashes are `hashes`: the
/// hashes tell most mismatches without reading the words.
inline bool words_at(const std::vector<Token>& tokens, std::size_t at, const std::vector<std::string>& words,
                     const std::vector<std::uint64_t>& hashes) {
  if (at + words.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (tokens[at + k].hash != hashes[k] || tokens[at + k].norm != words[k]) return false;
  }
  return true;
}

/// words_at for a phrase an index found by its first word at `at`: that word is
/// known to match, so only the words after it are compared.
inline bool words_after_first_at(const std::vector<Token>& tokens, std::size_t at,
                                 const std::vector<std::string>& words, const std::vector<std::uint64_t>& hashes) {
  if (at + words.size() > tokens.size()) return false;
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (tokens[at + k].hash != hashes[k] || tokens[at + k].norm != words[k]) return false;
  }
  return true;
}

/// How many distinct codes were added: none, one, or more (what a std::set's
/// size told, without allocating).
class DistinctCodes {
 public:
  void add(const std::string& code) {
    if (!first_) {
      first_ = &code;
    } else if (*first_ != code) {
      several_ = true;
    }
  }
  bool none() const { return first_ == nullptr; }
  bool one() const { return first_ != nullptr && !several_; }

 private:
  const std::string* first_ = nullptr;
  bool several_ = false;
};

/// The particles of people's names ("bin", "al", "van"), asked of the token's key.
bool name_particle(const Token& token) {
  static const WordIndex<char> particles = [] {
    WordIndex<char> index;
    for (const char* word : {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "dos", "das", "do", "van", "von",
                             "der", "den", "ben", "la", "le", "du", "del", "y"}) {
      index[word] = 1;
    }
    return index;
  }();
  return particles.find(token.norm, token.hash) != nullptr;
}

}  // namespace

std::vector<Token> tokenize(std::string_view sentence) {
  std::vector<Token> tokens;
  tokenize(sentence, tokens);
  return tokens;
}

void tokenize(std::string_view s, std::vector<Token>& tokens) {
  tokens.clear();
  tokens.reserve(s.size() / 5 + 1);
  bool pending_hyphen = false;
  std::size_t i = 0;
  const auto punct = [&](std::size_t begin, std::size_t end, std::string_view norm) {
    Token& token = tokens.emplace_back();
    token.begin = begin;
    token.end = end;
    token.norm.append(norm);  // a fresh empty string: append copies, assign would replace
    // Most marks are one ASCII byte (",", "."): their hashes are computed once.
    static const auto kByteHashes = [] {
      std::array<std::uint64_t, 128> hashes{};
      for (std::size_t c = 0; c < hashes.size(); ++c) {
        const char byte = static_cast<char>(c);
        hashes[c] = word_hash(std::string_view(&byte, 1));
      }
      return hashes;
    }();
    const bool one_ascii_byte = norm.size() == 1 && static_cast<unsigned char>(norm[0]) < 0x80;
    token.hash = one_ascii_byte ? kByteHashes[static_cast<unsigned char>(norm[0])] : word_hash(token.norm);
    token.punct = true;
    pending_hyphen = false;
  };
  while (i < s.size()) {
    // Fast paths for the commonest bytes; they answer as the checks below would.
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead == ' ') {
      ++i;
      pending_hyphen = false;
      continue;
    }
    if (!alnum(lead)) {
      std::size_t width = 0;
      if (space_at(s, i, width)) {
        i += width;
        pending_hyphen = false;
        continue;
      }
      const char wide = wide_punct(s, i);
      const bool apostrophe = s[i] == '\'' || wide == '\'';
      if (apostrophe) {
        const std::size_t after = i + (wide ? 3 : 1);
        const bool glued = !tokens.empty() && tokens.back().end == i && !tokens.back().punct;
        if (glued && after < s.size() && (s[after] == 's' || s[after] == 'S') &&
            (after + 1 >= s.size() || !word_byte(s, after + 1))) {
          Token& token = tokens.emplace_back();
          token.begin = i;
          token.end = after + 1;
          token.norm = "'s";
          static const std::uint64_t kPossessiveHash = word_hash("'s");
          token.hash = kPossessiveHash;
          i = after + 1;
          continue;
        }
        punct(i, after, "'");
        i = after;
        continue;
      }
      if (wide) {
        punct(i, i + 3, wide == 'q' ? std::string_view("\"") : std::string_view(&wide, 1));
        i += 3;
        continue;
      }
      if (s[i] == '-') {
        const bool between = !tokens.empty() && tokens.back().end == i && !tokens.back().punct &&
                             i + 1 < s.size() && word_byte(s, i + 1);
        if (between) {
          pending_hyphen = true;
          ++i;
          continue;
        }
        punct(i, i + 1, "-");
        ++i;
        continue;
      }
      if (!word_byte(s, i)) {
        std::size_t end = i + 1;
        // Keep a multi-byte character that is not a word byte together.
        while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
        punct(i, end, s.substr(i, end - i));
        i = end;
        continue;
      }
    }
    const std::size_t begin = i;
    bool has_dot = false;
    bool plain = true;  // ASCII letters and digits only
    i = skip_ascii_alnum(s, i);  // most words end here
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (alnum(c)) {
        ++i;
        continue;
      }
      if (c >= 0x80 && word_byte(s, i)) {
        plain = false;
        ++i;
        continue;
      }
      if (s[i] == '.' && i + 1 < s.size() && alnum(static_cast<unsigned char>(s[i + 1])) && i > begin &&
          alnum(static_cast<unsigned char>(s[i - 1]))) {
        has_dot = true;
        plain = false;
        ++i;
        continue;
      }
      // An apostrophe inside a name (O'Brien), not a possessive 's.
      if (s[i] == '\'' && i + 1 < s.size() && alnum(static_cast<unsigned char>(s[i + 1])) &&
          !((s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= s.size() || !word_byte(s, i + 2))) &&
          i > begin) {
        plain = false;
        ++i;
        continue;
      }
      break;
    }
    // "U.S." and "J." keep their final dot; "Washington." does not.
    if (i < s.size() && s[i] == '.' && (has_dot || (i - begin == 1 && upper_initial(s.substr(begin, 1))))) {
      plain = false;
      ++i;
    }
    Token& token = tokens.emplace_back();
    token.begin = begin;
    token.end = i;
    if (plain) {
      if (!plain_key(s, begin, i - begin, token.norm, token.hash)) {
        lower_into(token.norm, s.substr(begin, i - begin));
        token.hash = word_hash(token.norm);
      }
      token.capitalised = is_ascii_upper(s[begin]);  // what upper_initial says of an ASCII letter or digit
    } else {
      fold_into(token.norm, s.substr(begin, i - begin));
      token.hash = word_hash(token.norm);
      token.capitalised = upper_initial(s.substr(begin, i - begin));
    }
    token.after_hyphen = pending_hyphen;
    pending_hyphen = false;
  }
}

// ---------------------------------------------------------------------------

Gazetteer::Gazetteer(const std::vector<core::AliasEntry>& aliases) {
  std::map<std::string, std::size_t> by_key;
  std::set<std::string> named;
  const auto add = [&](const core::AliasEntry& alias) {
    if (alias.alias_kind == core::AliasKind::code) return;
    const std::string key = core::normalize_name(alias.alias);
    // "The West", "Western countries": a loose grouping no event can be pinned on
    // (and "the West African bloc" names another).
    if (key.empty() || alias.code == "WEST") return;
    auto [it, fresh] = by_key.emplace(key, entries_.size());
    if (fresh) {
      std::vector<std::string> words = words_of(alias.alias);
      std::vector<std::uint64_t> hashes = hashes_of(words);
      entries_.push_back(Entry{std::move(words), {}, std::move(hashes)});
    }
    aliases_.push_back(alias);
    alias_caps_.push_back(alias_capitals(alias.alias));
    alias_shapes_.push_back(alias.alias_kind == core::AliasKind::abbrev ? abbrev_shape(alias.alias) : std::string());
    entries_[it->second].actors.push_back(aliases_.size() - 1);
  };
  for (const auto& alias : aliases) {
    if (named.insert(alias.code).second) {
      add(core::AliasEntry{alias.code, alias.kind, alias.actor_name, alias.actor_name, core::AliasKind::name});
    }
    add(alias);
  }
  for (std::size_t e = 0; e < entries_.size(); ++e) {
    if (entries_[e].words.empty()) continue;
    first_[entries_[e].words.front()].push_back(phrase_ref(e, entries_[e].hashes));
  }
  for (auto& [word, hash, list] : first_.entries()) {
    std::stable_sort(list.begin(), list.end(),
                     [](const PhraseRef& a, const PhraseRef& b) { return a.length > b.length; });
  }
  narrowing_.build(first_);
}

void PhraseNarrowing::build(const WordIndex<std::vector<PhraseRef>>& index) {
  splits_.clear();
  std::unordered_map<std::uint64_t, int> lists_per_hash;
  for (const auto& entry : index.entries()) ++lists_per_hash[entry.hash];
  for (const auto& [word, hash, list] : index.entries()) {
    // Two words of one hash (never seen) would share a split: theirs stay whole.
    if (list.size() < kLong || lists_per_hash[hash] > 1) continue;
    Split& split = splits_[hash];
    for (const PhraseRef& ref : list) {
      if (ref.length < 2) split.singles.push_back(ref);
      if (ref.length >= 2) split.by_second.emplace(ref.second, std::vector<PhraseRef>());
    }
    for (auto& [second, refs] : split.by_second) {
      for (const PhraseRef& ref : list) {
        if (ref.length < 2 || ref.second == second) refs.push_back(ref);
      }
    }
  }
}

const std::vector<PhraseRef>& PhraseNarrowing::narrowed(const std::vector<PhraseRef>& list,
                                                        const std::vector<Token>& tokens, std::size_t at) const {
  const auto split = splits_.find(tokens[at].hash);
  if (split == splits_.end()) return list;
  if (at + 1 < tokens.size()) {
    const auto refs = split->second.by_second.find(tokens[at + 1].hash);
    if (refs != split->second.by_second.end()) return refs->second;
  }
  return split->second.singles;
}

bool Gazetteer::whole_alias(const std::string& norm) const {
  const auto* found = first_.find(norm);
  if (found == nullptr) return false;
  for (const PhraseRef& ref : *found) {
    if (ref.length == 1) return true;
  }
  return false;
}

std::optional<Gazetteer::Match> Gazetteer::match_listed(const std::vector<PhraseRef>& listed, std::string_view sentence,
                                                        const std::vector<Token>& tokens, std::size_t at,
                                                        const std::unordered_map<std::string, int>* named) const {
  for (const PhraseRef& ref : listed) {
    if (!ref.may_start(tokens, at)) continue;
    const Entry& entry = entries_[ref.item];
    if (!words_after_first_at(tokens, at, entry.words, entry.hashes)) continue;  // first_ found its first word
    const std::size_t n = entry.words.size();
    const std::string_view written = sentence.substr(tokens[at].begin, tokens[at + n - 1].end - tokens[at].begin);
    const core::AliasEntry* state = nullptr;
    const core::AliasEntry* other = nullptr;
    const core::AliasEntry* named_state = nullptr;
    DistinctCodes states, others, named_states;
    std::string written_shape;
    for (const std::size_t a : entry.actors) {
      const core::AliasEntry& alias = aliases_[a];
      bool allowed = true;
      if (alias.alias_kind == core::AliasKind::abbrev) {
        if (written_shape.empty()) written_shape = abbrev_shape(written);
        allowed = written_shape == alias_shapes_[a];
      } else {
        const std::vector<bool>& caps = alias_caps_[a];
        const std::size_t words = caps.size() == n ? n : std::min<std::size_t>(1, n);
        for (std::size_t k = 0; k < words && k < caps.size(); ++k) {
          if (caps[k] && !tokens[at + k].capitalised) allowed = false;
        }
      }
      if (!allowed) continue;
      if (alias.kind == core::ActorKind::state) {
        states.add(alias.code);
        state = &alias;
        if (named && named->count(alias.code) > 0) {
          named_states.add(alias.code);
          named_state = &alias;
        }
      } else {
        others.add(alias.code);
        other = &alias;
      }
    }
    if (states.one()) return Match{n, state, state->alias_kind};
    // "Congo" after "the Democratic Republic of Congo": the one the article is about.
    if (named_states.one()) return Match{n, named_state, named_state->alias_kind};
    if (states.none() && others.one()) return Match{n, other, other->alias_kind};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------

const Lexicons& Lexicons::get() {
  static const Lexicons lexicons = [] {
    Lexicons lex;
    const core::TsvTable titles = core::embedded_tsv("article_titles.tsv");
    const auto phrase = titles.column("phrase", "article_titles.tsv");
    const auto title = titles.column("title", "article_titles.tsv");
    const auto role = titles.column("role", "article_titles.tsv");
    const auto head = titles.column("head", "article_titles.tsv");
    for (const auto& row : titles.rows) {
      lex.titles.push_back(Title{words_of(row.fields[phrase]), row.fields[title], row.fields[role] == "1",
                                 row.fields[head] == "1", {}});
      lex.titles.back().hashes = hashes_of(lex.titles.back().words);
      lex.title_index[lex.titles.back().words.front()].push_back(
          phrase_ref(lex.titles.size() - 1, lex.titles.back().hashes));
    }
    const core::TsvTable anaphora = core::embedded_tsv("article_anaphora.tsv");
    const auto a_phrase = anaphora.column("phrase", "article_anaphora.tsv");
    const auto refers = anaphora.column("refers", "article_anaphora.tsv");
    for (const auto& row : anaphora.rows) {
      lex.anaphora.push_back(Anaphor{words_of(row.fields[a_phrase]), row.fields[refers], {}, {}});
      lex.anaphora.back().hashes = hashes_of(lex.anaphora.back().words);
      lex.anaphor_index[lex.anaphora.back().words.front()].push_back(
          phrase_ref(lex.anaphora.size() - 1, lex.anaphora.back().hashes));
    }
    const core::TsvTable descriptions = core::embedded_tsv("article_descriptions.tsv");
    const auto d_phrase = descriptions.column("phrase", "article_descriptions.tsv");
    const auto d_states = descriptions.column("states", "article_descriptions.tsv");
    for (const auto& row : descriptions.rows) {
      lex.anaphora.push_back(Anaphor{words_of(row.fields[d_phrase]), "description", {}, words_of(row.fields[d_states])});
      for (auto& code : lex.anaphora.back().states) {
        for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      }
      Anaphor& added = lex.anaphora.back();
      added.hashes = hashes_of(added.words);
      if (added.words.size() < 2 || added.words.front() != "the") {
        throw std::runtime_error("article_descriptions.tsv: a phrase must open with \"the\" and name a word after it: " +
                                 row.fields[d_phrase]);
      }
      // Keyed by the word after "the"; the ref's "second" is that word's follower.
      const std::vector<std::uint64_t> rest(added.hashes.begin() + 1, added.hashes.end());
      lex.description_index[added.words[1]].push_back(phrase_ref(lex.anaphora.size() - 1, rest));
    }
    const core::TsvTable seats = core::embedded_tsv("article_seats.tsv");
    const auto city = seats.column("city", "article_seats.tsv");
    const auto org = seats.column("org", "article_seats.tsv");
    for (const auto& row : seats.rows) lex.seats.emplace(row.fields[city], row.fields[org]);
    const core::TsvTable cues = core::embedded_tsv("article_cues.tsv");
    const auto cue = cues.column("cue", "article_cues.tsv");
    const auto kind = cues.column("kind", "article_cues.tsv");
    for (const auto& row : cues.rows) {
      std::vector<std::string> words = words_of(row.fields[cue]);
      if (words.empty()) continue;
      if (words.size() == 1) lex.word_kinds[words.front()].push_back(row.fields[kind]);
      lex.cues_by_first_word[words.front()].push_back(Cue{row.fields[kind], words, hashes_of(words)});
      lex.cues[row.fields[kind]].push_back(std::move(words));
    }
    const auto longest_first = [](WordIndex<std::vector<PhraseRef>>& index) {
      for (auto& [word, hash, list] : index.entries()) {
        std::stable_sort(list.begin(), list.end(),
                         [](const PhraseRef& a, const PhraseRef& b) { return a.length > b.length; });
      }
    };
    for (const auto& [word, hash, kinds] : lex.word_kinds.entries()) {
      for (const auto& kind_name : kinds) lex.kind_words.add(hash, kind_name);
    }
    for (const auto& [word, hash, list] : lex.cues_by_first_word.entries()) {
      for (const Cue& listed : list) lex.cue_first_words.add(hash, listed.kind);
    }
    longest_first(lex.title_index);
    longest_first(lex.anaphor_index);
    longest_first(lex.description_index);
    lex.title_narrowing.build(lex.title_index);
    lex.anaphor_narrowing.build(lex.anaphor_index);
    lex.description_narrowing.build(lex.description_index);
    for (auto& [kind_name, list] : lex.cues) {
      std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    }
    for (auto& [word, hash, list] : lex.cues_by_first_word.entries()) {
      std::stable_sort(list.begin(), list.end(),
                       [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
    }
    return lex;
  }();
  return lexicons;
}

bool Lexicons::listed_as(const Token& token, std::string_view kind) const {
  const auto* found = word_kinds.find(token.norm, token.hash);
  if (found == nullptr) return false;
  for (const auto& k : *found) {
    if (k == kind) return true;
  }
  return false;
}

std::size_t Lexicons::listed_cue_at(const std::vector<Token>& tokens, std::size_t at, std::string_view kind) const {
  // One lookup by the first word; most words start no cue at all.
  const auto* found = cues_by_first_word.find(tokens[at].norm, tokens[at].hash);
  if (found == nullptr) return 0;
  for (const Cue& cue : *found) {
    if (cue.kind == kind && words_after_first_at(tokens, at, cue.words, cue.hashes)) return cue.words.size();
  }
  return 0;
}

// ---------------------------------------------------------------------------

MentionFinder::MentionFinder(const Gazetteer& gazetteer, const core::Store& store, std::optional<core::Date> on)
    : gazetteer_(gazetteer),
      own_lookup_(std::make_unique<StoreLookup>(store)),
      lookup_(*own_lookup_),
      on_(std::move(on)) {}

MentionFinder::MentionFinder(const Gazetteer& gazetteer, StoreLookup& lookup, std::optional<core::Date> on)
    : gazetteer_(gazetteer), lookup_(lookup), on_(std::move(on)) {}

MentionFinder::~MentionFinder() = default;

ActorRef MentionFinder::known_actor(const core::AliasEntry& entry) {
  ActorRef actor;
  fill_known_actor(actor, entry);
  return actor;
}

void MentionFinder::fill_known_actor(ActorRef& actor, const core::AliasEntry& entry) {
  actor.kind = entry.kind;
  actor.code = entry.code;
  actor.name = entry.actor_name;
  if (actor.kind == core::ActorKind::person) complete_person(actor);
}

// A known person's state and title on the article's date, from the store's roles.
void MentionFinder::complete_person(ActorRef& person) {
  for (const auto& known : people_) {
    if (known.code == person.code) {
      if (!person.state) person.state = known.state;
      if (person.title.empty()) {
        person.title = known.title;
        person.role = known.role;
      }
      if (person.state) return;
    }
  }
  const core::Date on = on_.value_or(core::Date::today());
  if (!person.state) person.state = lookup_.state_of(person.code, on);
  if (person.title.empty()) {
    const std::string day = on.first_day();
    for (const auto& role : lookup_.roles_of(person.code)) {
      if (person.state && role.state_code != *person.state) continue;
      if (role.start && role.start->first_day() > day) continue;
      if (role.end && role.end->first_day() <= day) continue;
      person.title = role.title;
      person.role = true;
      break;
    }
  }
}

std::optional<ActorRef> MentionFinder::title_holder(const std::string& title) const {
  if (focus_person_ && *focus_person_ < people_.size()) {
    const ActorRef& focus = people_[*focus_person_];
    if (focus.title == title && !focus.former) return focus;
  }
  std::optional<ActorRef> only;
  for (const auto& person : people_) {
    if (person.title != title || person.former) continue;
    if (only) return std::nullopt;
    only = person;
  }
  return only;
}

ActorRef* MentionFinder::remember_person(const ActorRef& person) {
  std::size_t index = people_.size();
  for (std::size_t k = 0; k < people_.size(); ++k) {
    if (people_[k].code == person.code) index = k;
  }
  if (index == people_.size()) {
    people_.push_back(person);
  } else {
    ActorRef& known = people_[index];
    if (!known.state && person.state) known.state = person.state;
    if ((known.title.empty() || !known.role) && !person.title.empty()) {
      known.title = person.title;
      known.role = person.role;
    }
    if (person.former) known.former = true;
  }
  const Lexicons& lex = Lexicons::get();
  for (const auto& token : tokenize(person.name)) {
    if (token.punct || token.norm.size() < 3 || name_particle(token) ||
        lex.is(token, "not_name")) {
      continue;
    }
    if (gazetteer_.whole_alias(token.norm) && person_words_.count(token.norm) == 0) {
      // A word that is also some actor's alias ("Ali", "Jordan") is kept only
      // as part of the full name, never alone.
      continue;
    }
    person_words_[token.norm] = index;
    person_word_hashes_.add(token.hash);
  }
  return &people_[index];
}

const std::string& MentionFinder::name_of(const std::string& code) const {
  auto found = names_.find(code);
  if (found == names_.end()) {
    found = names_.emplace(code, lookup_.name_of(code)).first;
  }
  return found->second;
}

void MentionFinder::note_focus(const Mention& mention, bool place) {
  for (const auto& actor : mention.actors) {
    if (actor.kind == core::ActorKind::org) continue;
    if (!actor.usable()) continue;
    recent_states_.push_back(actor.key());
    recent_is_place_.push_back(place ? 1 : 0);
    if (!place) ++state_counts_[actor.key()];
  }
  if (recent_states_.size() > 256) {
    recent_states_.erase(recent_states_.begin(), recent_states_.begin() + 128);
    recent_is_place_.erase(recent_is_place_.begin(), recent_is_place_.begin() + 128);
    for (auto& start : sentence_starts_) start = start > 128 ? start - 128 : 0;
  }
}

// A state's weight in focus: how often the article named it, plus a bonus for
// the last few mentions. "The two sides" are the two heaviest: the article's
// main pair, not whichever states a side remark named last.
std::vector<std::pair<std::string, int>> MentionFinder::focus_weights(bool count_places) const {
  // Twice the mentions in this sentence and the two before it, plus half of all.
  std::unordered_map<std::string, int> weight;
  for (const auto& [code, count] : state_counts_) weight[code] = count;
  if (count_places) {
    for (std::size_t k = 0; k < recent_states_.size(); ++k) {
      if (recent_is_place_[k]) ++weight[recent_states_[k]];
    }
  }
  std::size_t window = 0;
  if (sentence_starts_.size() >= 3) window = sentence_starts_[sentence_starts_.size() - 3];
  if (window > recent_states_.size()) window = 0;
  for (std::size_t k = window; k < recent_states_.size(); ++k) {
    if (count_places || !recent_is_place_[k]) weight[recent_states_[k]] += 4;
  }
  std::vector<std::pair<std::string, int>> ranked(weight.begin(), weight.end());
  // Ties: the more recent first.
  const auto last_seen = [&](const std::string& code) {
    for (std::size_t k = recent_states_.size(); k-- > 0;) {
      if (recent_states_[k] == code) return static_cast<long>(k);
    }
    return -1L;
  };
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return last_seen(a.first) > last_seen(b.first);
  });
  return ranked;
}

std::vector<std::string> MentionFinder::story_states() const {
  std::vector<std::pair<std::string, int>> ranked(state_counts_.begin(), state_counts_.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<std::string> states;
  for (const auto& [code, count] : ranked) states.push_back(code);
  return states;
}

std::vector<std::string> MentionFinder::focus_pair(const std::vector<std::string>& except) const {
  std::vector<std::string> pair;
  for (const auto& [code, weight] : focus_weights()) {
    if (pair.size() < 2 && std::find(except.begin(), except.end(), code) == except.end()) pair.push_back(code);
  }
  return pair;
}

std::vector<std::string> MentionFinder::focus_states() const {
  std::vector<std::string> states;
  for (auto it = recent_states_.rbegin(); it != recent_states_.rend() && states.size() < 8; ++it) {
    if (std::find(states.begin(), states.end(), *it) == states.end()) states.push_back(*it);
  }
  return states;
}

std::string MentionFinder::focus_state_other_than(const std::string& not_code) const {
  for (auto it = recent_states_.rbegin(); it != recent_states_.rend(); ++it) {
    if (*it != not_code) return *it;
  }
  return {};
}

std::vector<Mention> MentionFinder::find(std::string_view sentence, const std::vector<Token>& tokens) {
  const Lexicons& lex = Lexicons::get();
  std::vector<Mention> mentions;
  std::vector<std::size_t> pending_cataphora;
  sentence_starts_.push_back(recent_states_.size());
  if (sentence_starts_.size() > 64) sentence_starts_.erase(sentence_starts_.begin(), sentence_starts_.begin() + 32);
  std::optional<std::size_t> first_comma;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].norm == ",") {
      first_comma = k;
      break;
    }
  }

  const auto state_ref = [&](const std::string& code) {
    ActorRef actor;
    actor.kind = core::ActorKind::state;
    actor.code = code;
    actor.name = name_of(code);
    return actor;
  };
  const auto title_at = [&](std::size_t at) -> std::optional<std::pair<std::size_t, const Lexicons::Title*>> {
    const auto* found = lex.title_index.find(tokens[at].norm, tokens[at].hash);
    if (found == nullptr) return std::nullopt;
    for (const PhraseRef& ref : lex.title_narrowing.candidates(*found, tokens, at)) {
      const Lexicons::Title& title = lex.titles[ref.item];
      if (ref.may_start(tokens, at) && words_after_first_at(tokens, at, title.words, title.hashes)) {
        return std::make_pair(title.words.size(), &title);
      }
    }
    return std::nullopt;
  };
  const auto person_at = [&](std::size_t at) -> std::optional<std::pair<std::size_t, std::size_t>> {
    // The longest run of a remembered person's words ("Kassym-Jomart Tokayev", "Yoon").
    if (!tokens[at].capitalised) return std::nullopt;
    if (!person_word_hashes_.may_contain(tokens[at].hash)) return std::nullopt;
    const auto found = person_words_.find(tokens[at].norm);
    if (found == person_words_.end()) return std::nullopt;
    std::size_t n = 1;
    while (at + n < tokens.size() && tokens[at + n].capitalised) {
      const auto next = person_words_.find(tokens[at + n].norm);
      if (next == person_words_.end() || next->second != found->second) break;
      ++n;
    }
    return std::make_pair(n, found->second);
  };
  const auto company_at = [&](std::size_t at) -> const ActorRef* {
    if (!tokens[at].capitalised) return nullptr;
    if (!company_word_hashes_.may_contain(tokens[at].hash)) return nullptr;
    const auto found = companies_.find(tokens[at].norm);
    return found == companies_.end() ? nullptr : &found->second;
  };
  const auto state_of_gazetteer = [&](std::size_t at) -> std::optional<std::pair<std::size_t, ActorRef>> {
    if (at >= tokens.size()) return std::nullopt;
    const auto match = gazetteer_.match(sentence, tokens, at);
    if (!match || match->entry->kind != core::ActorKind::state) return std::nullopt;
    return std::make_pair(match->length, known_actor(*match->entry));
  };
  // A capitalised run that can be a person's name: "Sitiveni Rabuka", "Abdullah bin Zayed Al Nahyan".
  const auto name_run = [&](std::size_t at) -> std::size_t {
    std::size_t n = 0;
    while (at + n < tokens.size() && n < 6) {
      const Token& token = tokens[at + n];
      if (token.punct) break;
      const bool particle = !token.capitalised && name_particle(token) && n > 0 &&
                            at + n + 1 < tokens.size() && tokens[at + n + 1].capitalised;
      if (!token.capitalised && !particle) break;
      if (token.capitalised && lex.is(token, "not_name")) break;
      if (n > 0 && token.capitalised && gazetteer_.match(sentence, tokens, at + n) &&
          !(person_word_hashes_.may_contain(token.hash) && person_words_.count(token.norm))) {
        break;
      }
      if (token.norm.size() > 0 && token.norm[0] >= '0' && token.norm[0] <= '9') break;
      ++n;
    }
    while (n > 0 && !tokens[at + n - 1].capitalised) --n;
    return n;
  };

  std::size_t i = 0;
  while (i < tokens.size()) {
    if (tokens[i].punct) {
      ++i;
      continue;
    }
    // "the South China Sea", "the Indian Ocean": a sea or strait named after a state is
    // no mention of it.
    if (tokens[i].capitalised) {
      if (const std::size_t feature = lex.cue_at(tokens, i, "feature"); feature > 0) {
        i += feature;
        continue;
      }
    }
    // "travelled there in May": the place the story was last at, if not the traveller's own.
    // "visited Beijing, and Farrell travelled there": the last place this sentence named,
    // else the last state before it that is not the traveller's own.
    if (tokens[i].norm == "there" && i > 0 && lex.is(tokens[i - 1], "motion")) {
      std::string place;
      std::string own;
      for (const auto& m : mentions) {
        if (m.actors.size() != 1) continue;
        if (own.empty()) own = m.actors.front().key();
        const bool named_place = m.via == MentionVia::capital || m.via == MentionVia::name;
        if (named_place && m.actors.front().kind == core::ActorKind::state && !m.possessive) place = m.actors.front().key();
      }
      const std::size_t before = sentence_starts_.empty() ? recent_states_.size() : sentence_starts_.back();
      for (std::size_t k = std::min(before, recent_states_.size()); place.empty() && k-- > 0;) {
        if (recent_states_[k] != own) place = recent_states_[k];
      }
      if (!place.empty()) {
        Mention mention;
        mention.first = i;
        mention.last = i + 1;
        mention.via = MentionVia::anaphor;
        mention.actors.push_back(state_ref(place));
        mentions.push_back(std::move(mention));
      }
      ++i;
      continue;
    }
    // Anaphora first: "the two sides", "the country", "he", "the kingdom".
    const auto* described = tokens[i].norm == "the" && i + 1 < tokens.size()
                                ? lex.description_index.find(tokens[i + 1].norm, tokens[i + 1].hash)
                                : nullptr;
    const auto* found = lex.anaphor_index.find(tokens[i].norm, tokens[i].hash);
    if (found || described) {
      // `keyed_at`: the token the list's phrases are keyed by (a description's word after "the").
      const auto first_listed = [&](const std::vector<PhraseRef>* list, std::size_t keyed_at,
                                    const PhraseNarrowing& narrowing) -> const Lexicons::Anaphor* {
        if (!list) return nullptr;
        for (const PhraseRef& ref : narrowing.candidates(*list, tokens, keyed_at)) {
          const Lexicons::Anaphor& listed = lex.anaphora[ref.item];
          if (ref.may_start(tokens, keyed_at) && words_at(tokens, i, listed.words, listed.hashes)) return &listed;
        }
        return nullptr;
      };
      const Lexicons::Anaphor* anaphor = first_listed(described, i + 1, lex.description_narrowing);
      if (!anaphor) anaphor = first_listed(found, i, lex.anaphor_narrowing);
      // "the country's" is fine; "the country of Chad" names it. "accused the seven of
      // meddling": a counted list followed by "of" and no name is still the list.
      const std::size_t after = anaphor ? i + anaphor->words.size() : 0;
      const bool of_after = anaphor && after < tokens.size() && tokens[after].norm == "of";
      const bool names_after = of_after && (anaphor->refers != "listed" ||
                                            (after + 1 < tokens.size() && tokens[after + 1].capitalised));
      if (anaphor && !names_after) {
        Mention mention;
        mention.first = i;
        mention.last = i + anaphor->words.size();
        mention.via = MentionVia::anaphor;
        mention.pronoun = anaphor->words.size() == 1;
        const std::string& word = anaphor->words.front();
        mention.possessive = word == "his" || word == "her" || word == "its" || word == "their";
        if (mention.last < tokens.size() && tokens[mention.last].norm == "'s") {
          mention.possessive = true;
          ++mention.last;
        }
        if (anaphor->refers == "person") {
          const Mention* before = nullptr;
          for (const auto& m : mentions) {
            if (!m.actors.empty() && m.actors.front().kind == core::ActorKind::person && m.actors.size() == 1) before = &m;
          }
          const Mention* titled = nullptr;  // "the Venezuelan leader ..., he assured"
          for (const auto& m : mentions) {
            if (m.via == MentionVia::title && m.actors.size() == 1 && m.actors.front().kind == core::ActorKind::state) {
              titled = &m;
            }
          }
          // "X held talks with Y in Lima, the second day of his visit": past a comma, a
          // possessive pronoun points back at the sentence's subject, not the object.
          const Mention* subject = nullptr;
          if (!mentions.empty() && mentions.front().actors.size() == 1 &&
              mentions.front().actors.front().kind == core::ActorKind::person) {
            subject = &mentions.front();
          }
          bool comma_since_before = false;
          for (std::size_t k = before ? before->last : i; k < i && !comma_since_before; ++k) {
            comma_since_before = tokens[k].norm == ",";
          }
          // "X visited Lima, where he met Y, and on March 1 he was received ...": a clause
          // of its own after ", and" has the sentence's subject as its "he".
          bool new_clause = false;
          for (std::size_t k = before ? before->last : i; k + 1 < i && !new_clause; ++k) {
            new_clause = tokens[k].norm == "," && tokens[k + 1].norm == "and";
          }
          if (before && subject && subject != before && ((mention.possessive && comma_since_before) || new_clause)) {
            mention.actors.push_back(subject->actors.front());
          } else if (before) {
            mention.actors.push_back(before->actors.front());
          } else if (titled) {
            mention.actors.push_back(titled->actors.front());
          } else if (mentions.empty() && i <= 1 && previous_title_state_) {
            // "Chad's president flew to Niamey. He met ...": the titled, unnamed subject.
            mention.actors.push_back(state_ref(*previous_title_state_));
          } else if (mention.possessive && first_comma && i < *first_comma) {
            pending_cataphora.push_back(mentions.size());
          } else if (focus_person_ && *focus_person_ < people_.size()) {
            mention.actors.push_back(people_[*focus_person_]);
          }
        } else if (anaphor->refers == "state") {
          // "It warned ...", "Its foreign minister ..." opening a sentence: the
          // previous sentence's subject; elsewhere the latest state.
          // "India withdrew ..., and on February 16 it raised ...", "X recalled its envoy
          // and its parliament voted": "it" opening a clause of its own is the sentence's
          // subject, the state it opened with.
          const std::string& before = i > 0 ? tokens[i - 1].norm : word;
          const bool clause_subject =
              i > 0 && ((word == "it" && (before == "," || before == "and" || before == "then" ||
                                          std::isdigit(static_cast<unsigned char>(before.front())))) ||
                        (word == "its" && before == "and"));
          const bool state_opened = !mentions.empty() && mentions.front().first <= 2 &&
                                    !mentions.front().pronoun && mentions.front().actors.size() == 1 &&
                                    mentions.front().actors.front().kind == core::ActorKind::state;
          // "The European Union said it regretted ...": "it" after a saying verb is the
          // one who said, organisations included.
          std::size_t say = i;
          if (say > 0 && tokens[say - 1].norm == "that") --say;
          const bool said_by_opener = say > 1 && Lexicons::get().is(tokens[say - 1], "say") && !mentions.empty() &&
                                      mentions.front().last == say - 1 && !mentions.front().pronoun &&
                                      mentions.front().actors.size() == 1 &&
                                      mentions.front().actors.front().kind != core::ActorKind::person;
          if (mentions.empty() && previous_subject_ && i <= 2) {
            mention.actors.push_back(state_ref(*previous_subject_));
          } else if (said_by_opener) {
            mention.actors.push_back(mentions.front().actors.front());
          } else if (clause_subject && state_opened) {
            mention.actors.push_back(mentions.front().actors.front());
          } else if (!recent_states_.empty()) {
            mention.actors.push_back(state_ref(recent_states_.back()));
          }
        } else {
          std::vector<std::string> distinct;
          for (auto it = recent_states_.rbegin(); it != recent_states_.rend() && distinct.size() < 2; ++it) {
            if (std::find(distinct.begin(), distinct.end(), *it) == distinct.end()) distinct.push_back(*it);
          }
          // "Biden hosted Yoon and Kishida ... The leaders issued a joint statement": a group
          // word after a sentence that named three or four states means all of them.
          std::vector<std::string> previous;
          if ((anaphor->refers == "group" || anaphor->refers == "pair") && sentence_starts_.size() >= 2) {
            const std::size_t from = sentence_starts_[sentence_starts_.size() - 2];
            const std::size_t to = sentence_starts_.back();
            for (std::size_t k = from; k < to && k < recent_states_.size(); ++k) {
              if (recent_is_place_[k]) continue;
              if (std::find(previous.begin(), previous.end(), recent_states_[k]) == previous.end()) {
                previous.push_back(recent_states_[k]);
              }
            }
          }
          if (anaphor->refers == "group" && previous.size() >= 3 && previous.size() <= 4) {
            for (const auto& code : previous) mention.actors.push_back(state_ref(code));
          } else if (anaphor->refers == "pair" || anaphor->refers == "group") {
            // "he was received by Xi, and the two governments signed": the two sides
            // this sentence already named, else the two in focus.
            std::vector<std::string> named;
            for (const auto& m : mentions) {
              for (const auto& actor : m.actors) {
                if (actor.kind == core::ActorKind::org || !actor.usable()) continue;
                if (std::find(named.begin(), named.end(), actor.key()) == named.end()) named.push_back(actor.key());
              }
            }
            // Else the pair the previous sentence opened with ("Mali and Burkina Faso warned
            // ... The two governments said"), else the two in focus.
            // "Xi had a meeting with Putin. The two leaders signed ...": the two the sentence
            // before named, when it named two.
            const auto pair = named.size() == 2            ? named
                              : previous_pair_.size() == 2 ? previous_pair_
                              : previous.size() == 2       ? previous
                                                           : focus_pair();
            if (pair.size() == 2) {
              mention.actors.push_back(state_ref(pair[0]));
              mention.actors.push_back(state_ref(pair[1]));
            }
          } else if (anaphor->refers == "listed") {
            // "the three governments", "the seven": the states this sentence named when it
            // named that many, else the last list of that many, else (for "the three countries")
            // the three the story is most about.
            std::size_t count = 0;
            for (const auto& word : anaphor->words) {
              if (const auto n = number_from_word(word)) count = static_cast<std::size_t>(*n);
            }
            std::vector<std::string> named;
            for (const auto& m : mentions) {
              for (const auto& actor : m.actors) {
                if (actor.kind != core::ActorKind::state || !actor.usable()) continue;
                if (std::find(named.begin(), named.end(), actor.key()) == named.end()) named.push_back(actor.key());
              }
            }
            if (named.size() != count) {
              const auto listed = last_lists_.find(count);
              named = listed == last_lists_.end() ? std::vector<std::string>{} : listed->second;
            }
            if (named.size() != count && count == 3 && anaphor->words.size() >= 3) {  // "the three" alone may be people
              named.clear();
              for (const auto& [code, weight] : focus_weights()) {
                if (named.size() < 3) named.push_back(code);
              }
            }
            if (count >= 3 && named.size() == count) {
              for (const auto& code : named) mention.actors.push_back(state_ref(code));
            }
          } else if (anaphor->refers == "description") {
            // "the kingdom", "the island nation": the latest state in focus it fits.
            for (auto it = recent_states_.rbegin(); it != recent_states_.rend(); ++it) {
              if (std::find(anaphor->states.begin(), anaphor->states.end(), *it) != anaphor->states.end()) {
                mention.actors.push_back(state_ref(*it));
                break;
              }
            }
          } else if (anaphor->refers == "org") {
            // "the bloc", "the community": the organisation the article named last.
            if (latest_org_) mention.actors.push_back(*latest_org_);
          } else if (anaphor->refers == "other_state" && distinct.size() == 2) {
            mention.actors.push_back(state_ref(distinct[1]));
          }
        }
        if (!mention.actors.empty() || !pending_cataphora.empty()) {
          if (anaphor->refers != "pair" && anaphor->refers != "listed" && anaphor->refers != "group") {
            note_focus(mention);
          }
          mentions.push_back(std::move(mention));
        }
        i += anaphor->words.size();
        continue;
      }
    }

    // A title, with what states it and who holds it.
    if (const auto title = title_at(i)) {
      const Lexicons::Title& t = *title->second;
      std::size_t begin = i;
      std::size_t end = i + title->first;
      std::optional<ActorRef> state;
      bool former = false;
      // Before it: "Russian", "Australia's", "Belarus" (the previous mention), and "former".
      std::size_t look = i;
      while (look > 0 && lex.is(tokens[look - 1], "former")) {
        former = true;
        --look;
      }
      const std::size_t title_start = look;
      if (look > 0 && tokens[look - 1].norm == "'s") --look;
      // "Australia's" ends after its "'s": the mention ends where the title starts.
      if (!mentions.empty() && (mentions.back().last == look || mentions.back().last == title_start) &&
          mentions.back().actors.size() == 1 &&
          mentions.back().actors.front().kind == core::ActorKind::state && mentions.back().via != MentionVia::anaphor) {
        state = mentions.back().actors.front();
        begin = mentions.back().first;
        mentions.pop_back();
        while (begin > 0 && lex.is(tokens[begin - 1], "former")) {
          former = true;
          --begin;
        }
      } else if (!mentions.empty() && mentions.back().last == look && mentions.back().via == MentionVia::anaphor &&
                 mentions.back().possessive && t.title == "counterpart") {
        // "his counterpart": the other side; left to the caller's focus.
      }
      // After it: "of Belarus", "of the Kingdom of Morocco".
      if (end + 1 < tokens.size() && tokens[end].norm == "of") {
        std::size_t at = end + 1;
        if (tokens[at].norm == "the") ++at;
        if (const auto of = state_of_gazetteer(at)) {
          state = of->second;
          end = at + of->first;
        }
      }
      // The holder's name: "President Yoon", "Prime Minister Shehbaz Sharif", ", Irfaan Ali,".
      std::size_t at = end;
      if (at < tokens.size() && tokens[at].norm == "," && state) ++at;
      std::optional<ActorRef> person;
      if (at < tokens.size()) {
        const auto match = gazetteer_.match(sentence, tokens, at);
        if (match && match->entry->kind == core::ActorKind::person) {
          person = known_actor(*match->entry);
          end = at + match->length;
        } else if (const auto local = person_at(at)) {
          person = people_[local->second];
          end = at + local->first;
        } else if (!match) {
          const std::size_t n = name_run(at);
          if (n >= 2 || (n == 1 && tokens[at].after_hyphen == false && at + 1 < tokens.size() &&
                         tokens[at + 1].after_hyphen)) {
            std::size_t stop = at + n;
            while (stop < tokens.size() && tokens[stop].after_hyphen && tokens[stop].capitalised) ++stop;
            ActorRef found;
            found.kind = core::ActorKind::person;
            found.name = std::string(sentence.substr(tokens[at].begin, tokens[stop - 1].end - tokens[at].begin));
            found.code = core::person_code(found.name);
            person = found;
            end = stop;
          }
        }
      }
      if (person && t.title == "counterpart" && person->title.empty()) {
        for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
          if (it->actors.size() == 1 && it->actors.front().kind == core::ActorKind::person &&
              !it->actors.front().title.empty()) {
            person->title = it->actors.front().title;
            person->role = it->actors.front().role;
            break;
          }
        }
      }
      Mention mention;
      mention.first = begin;
      mention.last = end;
      mention.via = MentionVia::title;
      if (person) {
        if (state && !person->state) person->state = state->code;
        if (state && person->state && *person->state != state->code && !person->title.empty()) {
          // The store knows a different state; the text's explicit one wins.
          person->state = state->code;
        }
        if (!person->state) {
          // Inherit from a titled person just listed ("the President of Kazakhstan X, ... and
          // the Prime Minister Y"), else the first state of the sentence, else the focus.
          const Mention* listed = nullptr;
          for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
            if (it->via == MentionVia::title && it->actors.size() == 1 &&
                it->actors.front().kind == core::ActorKind::person) {
              listed = &*it;
              break;
            }
          }
          if (listed) {
            for (std::size_t k = listed->last; k < begin; ++k) {
              const std::string& w = tokens[k].norm;
              if (w != "," && w != "and" && w != "the" && w != "as" && w != "well") listed = nullptr;
              if (!listed) break;
            }
          }
          if (listed && listed->actors.front().state) {
            person->state = listed->actors.front().state;
          } else {
            // A state named before the person in this sentence ("Fiji said ... as Prime
            // Minister Sitiveni Rabuka visited"), else the one in focus; never a guess from
            // further on.
            // A person named earlier in the sentence is the other side ("he held talks
            // with the host, President X"): X is not their compatriot.
            std::vector<std::string> taken;
            for (const auto& m : mentions) {
              for (const auto& actor : m.actors) {
                if (actor.kind == core::ActorKind::person && actor.state) taken.push_back(*actor.state);
              }
            }
            const auto free = [&](const std::string& code) {
              return std::find(taken.begin(), taken.end(), code) == taken.end();
            };
            // The sentence's first state is its subject ("Fiji said it will work with
            // Australia as Prime Minister X visited Canberra": X is Fiji's).
            for (auto it = mentions.begin(); it != mentions.end() && !person->state; ++it) {
              if (it->actors.size() == 1 && it->actors.front().kind == core::ActorKind::state &&
                  free(it->actors.front().code)) {
                person->state = it->actors.front().code;
              }
            }
            // Opening the sentence, the previous sentence's subject ("Honduras established
            // ties with China, leaving Taiwan ... Foreign Minister X signed"): X is Honduras's.
            if (!person->state && begin <= 1 && previous_subject_ && free(*previous_subject_)) {
              person->state = *previous_subject_;
            }
            // Else the state the story is most about ("He held talks with General Secretary
            // X" after a summit elsewhere): weighted focus, the recent counting more.
            // "held talks with the host, President X": the host is where the story is, so
            // places count; otherwise only the sides do.
            bool host = false;
            for (std::size_t k = begin >= 4 ? begin - 4 : 0; k < begin; ++k) {
              if (tokens[k].norm == "host" || tokens[k].norm == "hosts") host = true;
            }
            for (const auto& [code, weight] : focus_weights(host)) {
              if (!person->state && free(code)) person->state = code;
            }
          }
        }
        if (t.title != "counterpart" || person->title.empty()) {
          if (t.title != "counterpart" && (person->title.empty() || t.title != "leader")) {
            person->title = t.title;
            person->role = t.role;
          }
        }
        person->former = person->former || former;
        if (person->former) person->role = false;
        ActorRef* kept = remember_person(*person);
        ActorRef actor = *kept;
        actor.former = person->former;
        actor.role = person->role && !person->former;
        actor.title = person->title;
        mention.actors.push_back(actor);
      } else if (state) {
        // "the Belarusian president": the person the article named for that state and title.
        std::optional<ActorRef> holder;
        for (const auto& known : people_) {
          if (known.state && *known.state == state->code &&
              (known.title == t.title || (t.title == "leader" && !known.title.empty() &&
                                          (known.title == "president" || known.title == "prime minister" ||
                                           known.title == "premier" || known.title == "king")))) {
            holder = known;
          }
        }
        if (holder && !former) {
          mention.actors.push_back(*holder);
        } else {
          mention.actors.push_back(*state);
        }
      } else if (!former && t.role && begin > 0 && tokens[begin - 1].norm == "the" &&
                 !(end < tokens.size() && tokens[end].capitalised)) {
        // "the president" alone: the person in focus holding that title, else the one
        // person the article gave that title ("the chancellor" after talk of others).
        if (const auto holder = title_holder(t.title)) {
          mention.actors.push_back(*holder);
          mention.via = MentionVia::anaphor;
        }
      }
      if (end < tokens.size() && tokens[end].norm == "'s") {
        mention.possessive = true;
        ++end;
        mention.last = end;
      }
      if (!mention.actors.empty()) {
        note_focus(mention);
        mentions.push_back(std::move(mention));
      }
      i = std::max(end, i + 1);
      continue;
    }

    // Gazetteer names, and people and companies the article introduced.
    std::optional<Gazetteer::Match> match = gazetteer_.match(sentence, tokens, i, &state_counts_);
    // "Air China", "Air India": an airline's name is no act of its state.
    if (match && i > 0 && tokens[i - 1].norm == "air" && tokens[i - 1].capitalised) {
      i += match->length;
      continue;
    }
    const auto local = person_at(i);
    if (local && (!match || local->first > match->length)) {
      Mention mention;
      mention.first = i;
      mention.last = i + local->first;
      mention.actors.push_back(people_[local->second]);
      if (mention.last < tokens.size() && tokens[mention.last].norm == "'s") {
        mention.possessive = true;
        ++mention.last;
      }
      note_focus(mention);
      i = mention.last;
      mentions.push_back(std::move(mention));
      continue;
    }
    if (!match) {
      if (const ActorRef* company = company_at(i)) {
        Mention mention;
        mention.first = i;
        mention.last = i + 1;
        mention.via = MentionVia::company;
        mention.actors.push_back(*company);
        if (mention.last < tokens.size() && tokens[mention.last].norm == "'s") {
          mention.possessive = true;
          ++mention.last;
        }
        note_focus(mention);
        i = mention.last;
        mentions.push_back(std::move(mention));
        continue;
      }
      ++i;
      continue;
    }
    // "Russian tourists", "Indian students", "U.S. citizens": private people are no act
    // of their state.
    const bool names_people = match->alias_kind == core::AliasKind::demonym ||
                              ((match->alias_kind == core::AliasKind::abbrev || match->alias_kind == core::AliasKind::name) &&
                               match->entry->kind == core::ActorKind::state);
    if (names_people && i + match->length < tokens.size() && lex.is(tokens[i + match->length], "civilian")) {
      i += match->length + 1;
      continue;
    }
    // "the Vienna Convention", "the Paris Club": a city naming a treaty or a body.
    if (match->alias_kind == core::AliasKind::capital && i + match->length < tokens.size() &&
        lex.is(tokens[i + match->length], "instrument")) {
      i += match->length + 1;
      continue;
    }
    Mention mention;
    mention.first = i;
    mention.last = i + match->length;
    fill_known_actor(mention.actors.emplace_back(), *match->entry);  // in place: no move of its strings
    switch (match->alias_kind) {
      case core::AliasKind::demonym: mention.via = MentionVia::demonym; break;
      case core::AliasKind::capital: mention.via = MentionVia::capital; break;
      default: mention.via = MentionVia::name; break;
    }
    if (mention.actors.front().kind == core::ActorKind::person) remember_person(mention.actors.front());
    std::size_t end = mention.last;
    // "in the Thai capital": the capital, named by its state's demonym, is a city as "Bangkok" is.
    if (mention.via == MentionVia::demonym && i > 0 && tokens[i - 1].norm == "the" && end < tokens.size() &&
        tokens[end].norm == "capital" && !tokens[end].capitalised) {
      mention.first = i - 1;
      mention.via = MentionVia::capital;
      ++end;
    }
    if (mention.actors.front().kind == core::ActorKind::state) {
      // "Minsk-based company", "the U.S. oil company ExxonMobil": the company is its state.
      if (end < tokens.size() && tokens[end].after_hyphen && tokens[end].norm == "based") {
        ++end;
        mention.via = MentionVia::company;
      }
      std::size_t look = end;
      while (look < tokens.size() && look < end + 3 && !tokens[look].punct && !tokens[look].capitalised &&
             !lex.is(tokens[look], "entity")) {
        ++look;
      }
      if (look < tokens.size() && lex.is(tokens[look], "entity") && look < end + 3) {
        end = look + 1;
        mention.via = MentionVia::company;
        const std::size_t n = name_run(end);
        if (n > 0 && n <= 3) {
          for (std::size_t k = end; k < end + n; ++k) {
            if (!gazetteer_.known_word(tokens[k].norm)) {
              companies_[tokens[k].norm] = mention.actors.front();
              company_word_hashes_.add(tokens[k].hash);
            }
          }
          end += n;
        }
      }
    }
    if (end < tokens.size() && tokens[end].norm == "'s") {
      mention.possessive = true;
      ++end;
    }
    mention.last = end;
    // "Rwanda's Olivier Nduhungirehe": a name right after a state's possessive is
    // one of its people (no title, so no role).
    if (mention.possessive && mention.actors.front().kind == core::ActorKind::state && end < tokens.size() &&
        !title_at(end) && !person_at(end) && !gazetteer_.match(sentence, tokens, end)) {
      const std::size_t n = name_run(end);
      if (n >= 2 && n <= 4) {
        ActorRef found;
        found.kind = core::ActorKind::person;
        found.name = std::string(sentence.substr(tokens[end].begin, tokens[end + n - 1].end - tokens[end].begin));
        found.code = core::person_code(found.name);
        found.state = mention.actors.front().code;
        ActorRef* kept = remember_person(found);
        mention.actors.front() = *kept;
        mention.possessive = false;
        mention.via = MentionVia::name;
        end += n;
        if (end < tokens.size() && tokens[end].norm == "'s") {
          mention.possessive = true;
          ++end;
        }
        mention.last = end;
      }
    }
    // "met in Geneva", "talks in Doha": a city or capital named as the place is no side
    // that "the two leaders" could mean.
    const std::string& before_name = mention.first > 0 ? tokens[mention.first - 1].norm : tokens[i].norm;
    const bool place = (mention.via == MentionVia::capital || match->alias_kind == core::AliasKind::alt) &&
                       mention.first > 0 &&
                       (before_name == "in" || before_name == "at" || before_name == "near") && !mention.possessive;
    // "the deal Britain struck with Brussels": a seat of an organisation, named as an actor.
    if (mention.via == MentionVia::capital && !place && before_name != "to" && before_name != "from" &&
        before_name != "outside") {
      if (const auto seat = lex.seats.find(tokens[i].norm); seat != lex.seats.end()) {
        ActorRef org;
        org.kind = core::ActorKind::org;
        org.code = seat->second;
        org.name = lookup_.name_of(seat->second);
        mention.actors.front() = org;
      }
    }
    note_focus(mention, place);
    i = end;
    mentions.push_back(std::move(mention));
  }

  // "During his visit, Lapid ...": a pronoun before the first comma names the
  // person the sentence goes on to name.
  for (const std::size_t index : pending_cataphora) {
    Mention& pronoun = mentions[index];
    for (std::size_t k = index + 1; k < mentions.size(); ++k) {
      // Only the subject of the main clause, right after the comma.
      const bool subject = first_comma && (mentions[k].first == *first_comma + 1 ||
                                           (mentions[k].first == *first_comma + 2 &&
                                            tokens[*first_comma + 1].norm == "the"));
      if (subject && mentions[k].actors.size() == 1 && mentions[k].actors.front().kind == core::ActorKind::person &&
          !mentions[k].pronoun) {
        pronoun.actors.push_back(mentions[k].actors.front());
        break;
      }
    }
    if (pronoun.actors.empty() && focus_person_ && *focus_person_ < people_.size()) {
      pronoun.actors.push_back(people_[*focus_person_]);
    }
  }
  // "EU foreign policy chief Kaja Kallas", "NATO Secretary General Mark Rutte": a person
  // titled by an organisation acts for it, here and later in the article, not for the
  // state they come from.
  for (std::size_t m = 0; m + 1 < mentions.size(); ++m) {
    Mention& org = mentions[m];
    Mention& person = mentions[m + 1];
    if (org.actors.size() != 1 || org.actors.front().kind != core::ActorKind::org || org.via == MentionVia::anaphor ||
        person.actors.size() != 1 || person.actors.front().kind != core::ActorKind::person || person.pronoun) {
      continue;
    }
    const std::size_t between = person.first - org.last;
    bool titles = between <= 5;  // 0: the title is part of the person's mention
    for (std::size_t k = org.last; k < person.first && titles; ++k) {
      titles = !tokens[k].punct || tokens[k].norm == "-";
    }
    if (!titles) continue;
    org_people_[person.actors.front().code] = org.actors.front();
    org.last = person.last;
    person.actors.clear();
  }
  for (auto& mention : mentions) {
    if (mention.actors.size() != 1 || mention.actors.front().kind != core::ActorKind::person) continue;
    if (auto it = org_people_.find(mention.actors.front().code); it != org_people_.end()) {
      mention.actors.front() = it->second;
    }
  }
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.actors.empty(); }),
                 mentions.end());
  if (!mentions.empty() && mentions.front().actors.size() == 1 && mentions.front().actors.front().usable() &&
      mentions.front().actors.front().kind != core::ActorKind::org) {
    previous_subject_ = mentions.front().actors.front().key();
  }
  previous_title_state_.reset();
  if (!mentions.empty() && mentions.front().via == MentionVia::title && mentions.front().actors.size() == 1 &&
      mentions.front().actors.front().kind == core::ActorKind::state) {
    previous_title_state_ = mentions.front().actors.front().code;
  }
  previous_pair_.clear();
  if (!mentions.empty() && mentions.front().actors.size() == 2 && mentions.front().via == MentionVia::anaphor) {
    // "The two countries and China announced ...": the pair carries on.
    previous_pair_ = {mentions.front().actors[0].key(), mentions.front().actors[1].key()};
  } else if (mentions.size() >= 2 && mentions[1].first == mentions[0].last + 1 && tokens[mentions[0].last].norm == "and" &&
      mentions[0].actors.size() == 1 && mentions[1].actors.size() == 1 && mentions[0].actors.front().usable() &&
      mentions[1].actors.front().usable() &&
      mentions[0].actors.front().key() != mentions[1].actors.front().key()) {
    previous_pair_ = {mentions[0].actors.front().key(), mentions[1].actors.front().key()};
  }
  for (const auto& mention : mentions) {
    if (mention.pronoun || mention.actors.size() != 1) continue;
    const ActorRef& actor = mention.actors.front();
    if (actor.kind != core::ActorKind::person) continue;
    for (std::size_t k = 0; k < people_.size(); ++k) {
      if (people_[k].code == actor.code) focus_person_ = k;
    }
    break;
  }
  remember_lists(mentions, tokens);
  for (const auto& mention : mentions) {
    for (const auto& actor : mention.actors) {
      if (actor.kind == core::ActorKind::org && mention.via != MentionVia::anaphor) latest_org_ = actor;
    }
  }
  return mentions;
}

std::size_t opening_clause_comma(const std::vector<Token>& tokens) {
  // The subordinator opens the sentence, or follows a span of time ("Two years after").
  std::size_t k = 0;
  while (k < tokens.size() && k < 3 && !tokens[k].punct && tokens[k].norm != "after" && tokens[k].norm != "before" &&
         tokens[k].norm != "since" && tokens[k].norm != "when" && tokens[k].norm != "as" &&
         tokens[k].norm != "while" && tokens[k].norm != "although" && tokens[k].norm != "though" &&
         tokens[k].norm != "because" && tokens[k].norm != "if" && tokens[k].norm != "once") {
    ++k;
  }
  if (k >= tokens.size() || k >= 3 || tokens[k].punct) return tokens.size();
  for (std::size_t c = k + 1; c < tokens.size(); ++c) {
    if (tokens[c].norm == ",") return c;
  }
  return tokens.size();
}

void MentionFinder::remember_lists(const std::vector<Mention>& mentions, const std::vector<Token>& tokens) {
  // "Mali, Burkina Faso and Niger": states listed, which "the three countries" names later.
  const std::size_t clause_comma = opening_clause_comma(tokens);
  // Names joined only by commas, "and" and "the", not across an opening clause's comma
  // ("After Russia invaded Ukraine, Estonia, Latvia and Lithuania ...": two lists).
  const auto listed_with_previous = [&](std::size_t k) {
    if (mentions[k - 1].last <= clause_comma && clause_comma < mentions[k].first) return false;
    for (std::size_t t = mentions[k - 1].last; t < mentions[k].first; ++t) {
      if (tokens[t].norm != "," && tokens[t].norm != "and" && tokens[t].norm != "the") return false;
    }
    return true;
  };
  for (std::size_t m = 0; m < mentions.size();) {
    std::vector<std::string> listed;
    std::size_t k = m;
    for (; k < mentions.size(); ++k) {
      const Mention& mention = mentions[k];
      if (mention.actors.size() != 1 || mention.actors.front().kind != core::ActorKind::state) break;
      if (k > m && !listed_with_previous(k)) break;
      if (std::find(listed.begin(), listed.end(), mention.actors.front().key()) != listed.end()) break;
      listed.push_back(mention.actors.front().key());
    }
    if (listed.size() >= 3) last_lists_[listed.size()] = listed;
    m = std::max(k, m + 1);
  }
}

}  // namespace dipgraph::importers::article
