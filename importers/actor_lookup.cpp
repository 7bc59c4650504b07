#include "importers/actor_lookup.hpp"

namespace dipgraph::importers {

std::string describe(const core::ActorMatch& match) {
  return match.code + " (" + match.name + ", " + std::string(core::to_string(match.kind)) + ")";
}

std::string unresolved_reason(const core::Resolver& resolver, std::string_view what,
                              std::string_view name, const core::Resolution& resolution) {
  std::string reason;
  if (resolution.ambiguous()) {
    reason = "ambiguous " + std::string(what) + " '" + std::string(name) + "': could be ";
    for (std::size_t i = 0; i < resolution.candidates.size(); ++i) {
      if (i > 0) reason += i + 1 == resolution.candidates.size() ? " or " : ", ";
      reason += describe(resolution.candidates[i]);
    }
    return reason;
  }
  reason = "unknown " + std::string(what) + " '" + std::string(name) + "'";
  auto suggestions = resolver.suggest(name);
  if (!suggestions.empty()) {
    reason += " (did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      if (i > 0) reason += i + 1 == suggestions.size() ? " or " : ", ";
      reason += suggestions[i];
    }
    reason += "?)";
  }
  return reason;
}

}  // namespace dipgraph::importers
