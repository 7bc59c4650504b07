#include "core/actor.hpp"

#include <array>
#include <utility>

#include "core/text_normalize.hpp"

namespace dipgraph::core {
namespace {

// One table per enum, so that to_string and parse cannot drift apart.
constexpr std::array<std::pair<ActorKind, std::string_view>, 3> kActorKinds = {{
    {ActorKind::state, "state"},
    {ActorKind::person, "person"},
    {ActorKind::org, "org"},
}};

constexpr std::array<std::pair<AliasKind, std::string_view>, 8> kAliasKinds = {{
    {AliasKind::name, "name"},
    {AliasKind::official, "official"},
    {AliasKind::alt, "alt"},
    {AliasKind::capital, "capital"},
    {AliasKind::demonym, "demonym"},
    {AliasKind::abbrev, "abbrev"},
    {AliasKind::code, "code"},
    {AliasKind::surname, "surname"},
}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [entry, text] : table) {
    if (entry == value) return text;
  }
  return "?";  // unreachable for valid enumerators
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& table,
                             std::string_view text) {
  for (const auto& [entry, name] : table) {
    if (name == text) return entry;
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(ActorKind kind) { return name_of(kActorKinds, kind); }

std::optional<ActorKind> parse_actor_kind(std::string_view text) {
  return value_of(kActorKinds, text);
}

std::string_view to_string(AliasKind kind) { return name_of(kAliasKinds, kind); }

std::optional<AliasKind> parse_alias_kind(std::string_view text) {
  return value_of(kAliasKinds, text);
}

// Built on normalize_name so that a person's code and the lookup key of their
// name agree on diacritics. Letters outside Latin (a name written only in
// Cyrillic, say) leave nothing, so such a name yields "": callers store people
// under a Latin spelling and must reject an empty code.
std::string person_code(std::string_view name) {
  const std::string key = normalize_name(name);
  // Latin letters and digits make the slug; a name written only in other
  // scripts keeps its (lower-cased) letters instead, so it still gets a code.
  const auto slug = [&key](bool keep_other_scripts) {
    std::string code;
    code.reserve(key.size());
    bool pending_dash = false;
    for (const char c : key) {
      const bool other_script = static_cast<unsigned char>(c) >= 0x80;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (keep_other_scripts && other_script)) {
        if (pending_dash && !code.empty()) code += '-';
        pending_dash = false;
        code += c;
      } else {
        pending_dash = true;
      }
    }
    return code;
  };
  std::string code = slug(false);
  return code.empty() ? slug(true) : code;
}

}  // namespace dipgraph::core
