#pragma once
// Names in structured input -> one actor, or the reason a row is rejected.

#include <string>
#include <string_view>

#include "core/resolver.hpp"

namespace dipgraph::importers {

/// Why `resolution` (of `name`) does not give one actor, for a row problem:
/// "unknown actor 'Pakistn' (did you mean Pakistan?)" or "ambiguous actor
/// 'Georgia': GEO (Georgia, state), ...". `what` names the role ("actor", "state").
std::string unresolved_reason(const core::Resolver& resolver, std::string_view what,
                              std::string_view name, const core::Resolution& resolution);

/// "CODE (Name, kind)".
std::string describe(const core::ActorMatch& match);

}  // namespace dipgraph::importers
