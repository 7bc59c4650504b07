#pragma once
// Resolves names, aliases and codes to actors.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/actor.hpp"

namespace dipgraph::core {

/// One alias row as the store holds it (table `alias`).
struct AliasEntry {
  std::string code;  ///< actor code
  ActorKind kind = ActorKind::state;
  std::string actor_name;  ///< the actor's display name
  std::string alias;
  AliasKind alias_kind = AliasKind::name;
};

/// Where a name comes from. Codes resolve only in structured input and CLI
/// arguments; in running text "IN", "it" or "be" must never become a state.
enum class NameContext { structured, text };

/// The actors a name may denote: none (unknown), one (resolved) or several (ambiguous).
struct ActorMatch {
  std::string code;
  ActorKind kind = ActorKind::state;
  std::string name;
};

struct Resolution {
  std::vector<ActorMatch> candidates;  ///< distinct actors, sorted by code
  bool resolved() const { return candidates.size() == 1; }
  bool ambiguous() const { return candidates.size() > 1; }
};

class Resolver {
 public:
  explicit Resolver(std::vector<AliasEntry> aliases);

  /// Every actor the name may denote (lookup via normalize_name). An actor's
  /// own code and display name are always indexed, even without alias rows;
  /// its code still matches in structured context only.
  Resolution resolve(std::string_view name, NameContext context = NameContext::structured) const;

  /// The one actor `name` denotes. Throws NotFoundError (with up to 3 near
  /// misses as suggestions) or AmbiguousNameError (listing "CODE (Name, kind)").
  ActorMatch resolve_one(std::string_view name,
                         NameContext context = NameContext::structured) const;

  /// Up to `max` display names or aliases closest to `name` by edit distance.
  std::vector<std::string> suggest(std::string_view name, std::size_t max = 3) const;

 private:
  std::vector<AliasEntry> aliases_;
  std::unordered_multimap<std::string, std::size_t> by_key_;  ///< normalized alias -> index
};

}  // namespace dipgraph::core
