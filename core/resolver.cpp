#include "core/resolver.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "core/error.hpp"
#include "core/text_normalize.hpp"

namespace dipgraph::core {
namespace {

/// An abbreviation as written, minus punctuation and spacing but with its case:
/// "U.S." and "US" both give "US", "us" gives "us". Non-ASCII bytes are kept.
std::string abbrev_shape(std::string_view text) {
  std::string shape;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80) {
      shape += c;
    }
  }
  return shape;
}

/// The case of each word's first letter: 'U' an ASCII capital, 'l' an ASCII
/// lower-case letter, '?' anything else (digits, non-ASCII letters).
std::string word_initials(std::string_view text) {
  std::string initials;
  bool at_word_start = true;
  for (const char c : text) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
      at_word_start = true;
      continue;
    }
    if (!at_word_start) continue;
    at_word_start = false;
    initials += (c >= 'A' && c <= 'Z') ? 'U' : (c >= 'a' && c <= 'z') ? 'l' : '?';
  }
  return initials;
}

/// Whether every word the alias capitalises is not written in lower case in
/// `text`; when the word counts differ, only the first words are compared.
bool keeps_capitals(std::string_view alias, std::string_view text) {
  const std::string wanted = word_initials(alias);
  const std::string written = word_initials(text);
  const std::size_t words =
      wanted.size() == written.size() ? wanted.size() : std::min<std::size_t>(1, written.size());
  for (std::size_t i = 0; i < words && i < wanted.size(); ++i) {
    if (wanted[i] == 'U' && written[i] == 'l') return false;
  }
  return true;
}

/// Whether `entry` may match `name` (already equal by lookup key) in `context`.
///
/// In running text, codes never match: "in", "it", "be" and "IN" are words
/// far more often than India, Italy or Belgium. Abbreviations match only when
/// written like the alias, up to dots and spaces: "US" and "U.S." name the
/// United States, the pronoun "us" does not. Other aliases match only when the
/// words they capitalise are capitalised in the text: "Turkey", "Malé"/"Male"
/// and "the West" are actors, "turkey", "male" and "the west" are not.
/// Structured input (fact files, CLI arguments) lets everything match, codes
/// case-insensitively ("pak", "PAK").
bool allowed(const AliasEntry& entry, std::string_view name, NameContext context) {
  if (context == NameContext::structured) return true;
  switch (entry.alias_kind) {
    case AliasKind::code: return false;
    case AliasKind::abbrev: return abbrev_shape(name) == abbrev_shape(entry.alias);
    default: return keeps_capitals(entry.alias, name);
  }
}

/// edit_distance(a, b) when it is at most `limit`, otherwise some value above
/// `limit`: gives up as soon as a whole row exceeds it, and reuses `row` so
/// that scanning thousands of keys allocates nothing.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit,
                                  std::vector<std::size_t>& row) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > limit) return limit + 1;
  row.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return row[b.size()];
}

std::string describe(const ActorMatch& match) {
  return match.code + " (" + match.name + ", " + std::string(to_string(match.kind)) + ")";
}

}  // namespace

// Every actor's display name and code are indexed even when no alias row
// repeats them, as kinds `name` and `code`; the code therefore follows the
// same context rule as any other code ("PAK" only in structured input).
Resolver::Resolver(std::vector<AliasEntry> aliases) {
  std::set<std::tuple<std::string, std::string, AliasKind>> seen;
  const auto add = [&](AliasEntry entry) {
    if (!seen.emplace(entry.code, entry.alias, entry.alias_kind).second) return;
    aliases_.push_back(std::move(entry));
  };
  std::set<std::string> actors;
  for (auto& entry : aliases) {
    if (actors.insert(entry.code).second) {
      add(AliasEntry{entry.code, entry.kind, entry.actor_name, entry.actor_name, AliasKind::name});
      add(AliasEntry{entry.code, entry.kind, entry.actor_name, entry.code, AliasKind::code});
    }
    add(std::move(entry));
  }
  for (std::size_t i = 0; i < aliases_.size(); ++i) {
    std::string key = normalize_name(aliases_[i].alias);
    if (!key.empty()) by_key_.emplace(std::move(key), i);
  }
}

Resolution Resolver::resolve(std::string_view name, NameContext context) const {
  std::map<std::string, ActorMatch> by_code;  // distinct actors, ordered by code
  const auto [first, last] = by_key_.equal_range(normalize_name(name));
  for (auto it = first; it != last; ++it) {
    const AliasEntry& entry = aliases_[it->second];
    if (!allowed(entry, name, context)) continue;
    by_code.try_emplace(entry.code, ActorMatch{entry.code, entry.kind, entry.actor_name});
  }
  Resolution resolution;
  for (auto& [code, match] : by_code) resolution.candidates.push_back(std::move(match));
  return resolution;
}

ActorMatch Resolver::resolve_one(std::string_view name, NameContext context) const {
  if (normalize_name(name).empty()) throw NotFoundError("empty actor name", {});
  Resolution resolution = resolve(name, context);
  if (resolution.resolved()) return std::move(resolution.candidates.front());
  if (resolution.candidates.empty()) {
    throw NotFoundError("unknown actor '" + std::string(name) + "'", suggest(name));
  }
  std::vector<std::string> candidates;
  std::string message = "ambiguous name '" + std::string(name) + "': ";
  for (const auto& match : resolution.candidates) {
    candidates.push_back(describe(match));
    if (candidates.size() > 1) message += ", ";
    message += candidates.back();
  }
  throw AmbiguousNameError(message, std::move(candidates));
}

// A linear scan over every key: keys whose length alone puts them out of reach
// are skipped, the others abandoned once a row of the distance table exceeds
// the limit; about a millisecond for 15,000 keys.
std::vector<std::string> Resolver::suggest(std::string_view name, std::size_t max) const {
  const std::string key = normalize_name(name);
  if (key.empty() || max == 0) return {};
  const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
  std::map<std::string, std::pair<std::size_t, std::string>> best;  // code -> (distance, name)
  std::vector<std::size_t> row;
  for (const auto& [alias_key, index] : by_key_) {
    const std::size_t distance = bounded_edit_distance(key, alias_key, limit, row);
    if (distance > limit) continue;
    const AliasEntry& entry = aliases_[index];
    auto candidate = std::make_pair(distance, entry.actor_name);
    auto [it, inserted] = best.try_emplace(entry.code, candidate);
    if (!inserted && candidate < it->second) it->second = std::move(candidate);
  }
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (auto& [code, candidate] : best) ranked.push_back(std::move(candidate));
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> suggestions;
  for (auto& [distance, actor_name] : ranked) {
    if (suggestions.size() == max) break;
    // Two actors may share a display name ("Congo"); saying it twice helps nobody.
    if (std::find(suggestions.begin(), suggestions.end(), actor_name) != suggestions.end()) continue;
    suggestions.push_back(std::move(actor_name));
  }
  return suggestions;
}

}  // namespace dipgraph::core
