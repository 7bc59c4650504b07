#pragma once
// Actors: states, people (who hold roles in a state) and organisations.

#include <optional>
#include <string>
#include <string_view>

namespace dipgraph::core {

enum class ActorKind { state, person, org };

std::string_view to_string(ActorKind kind);
std::optional<ActorKind> parse_actor_kind(std::string_view text);

/// How an alias names its actor. Decides where the alias may match:
/// `code` only in structured input and CLI arguments, never in running text.
enum class AliasKind {
  name,      ///< the display name ("Russia")
  official,  ///< official name ("Russian Federation")
  alt,       ///< alternative spelling or transliteration
  capital,   ///< capital standing for the government ("Moscow")
  demonym,   ///< adjective or demonym ("Russian")
  abbrev,    ///< upper-case abbreviation written in prose ("U.S.", "UK", "NATO")
  code,      ///< ISO alpha-2/alpha-3 or organisation code; structured input only
  surname,   ///< a person's surname alone ("Lukashenko")
};

std::string_view to_string(AliasKind kind);
std::optional<AliasKind> parse_alias_kind(std::string_view text);

/// An actor as stored: `code` is ISO alpha-3 for states, the usual
/// abbreviation for orgs, a slug of the name for people.
struct Actor {
  long long id = 0;
  std::string code;
  ActorKind kind = ActorKind::state;
  std::string name;
  /// For people: the state they belong to when no role says otherwise.
  std::optional<std::string> home_state;
};

/// A stable slug of a person's name: lower-case ASCII letters and digits
/// joined by '-', diacritics removed ("Aleksandr Lukashenko" -> "aleksandr-lukashenko").
/// A name with neither keeps its letters in other scripts ("李强" -> "李强");
/// empty when it has no letters at all.
std::string person_code(std::string_view name);

}  // namespace dipgraph::core
