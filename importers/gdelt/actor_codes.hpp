#pragma once
// GDELT's CAMEO actor codes -> dipgraph states and organisations, by
// data/cameo_actor_codes.tsv and the ISO codes of the states in the store.

#include <string>
#include <unordered_map>
#include <variant>

#include "core/event_batch.hpp"
#include "importers/gdelt/gdelt_row.hpp"

namespace dipgraph::importers::gdelt {

/// Why a side of a row names no state or organisation.
enum class NoActor {
  missing,  ///< neither a country code nor a known-group code
  region,   ///< a region or bloc (EUR, AFR, WST, ...)
  unknown,  ///< a code that is no state or organisation we know (rebels, ethnic groups, ...)
};

class ActorCodes {
 public:
  /// Looks actor codes up through `batch` (its cache of actor ids).
  explicit ActorCodes(core::EventBatch& batch);

  /// The actor id of a side: its country code as a state if it is one, else
  /// its known-group code as an organisation (the most specific organisation
  /// its actor code names: IGOUNOWBK, known group UNO, is the World Bank);
  /// else why not.
  std::variant<long long, NoActor> resolve(const GdeltActor& actor);

 private:
  std::string_view specific_group(const GdeltActor& actor) const;
  std::variant<long long, NoActor> lookup(std::string_view country, std::string_view group);

  core::EventBatch& batch_;
  struct Mapping {
    bool region = false;
    std::string actor;  ///< dipgraph actor code
  };
  std::unordered_map<std::string, Mapping> countries_;  ///< non-ISO country codes and regions
  std::unordered_map<std::string, Mapping> groups_;     ///< known-group codes
  std::unordered_map<std::string, std::variant<long long, NoActor>> cache_;  ///< "COUNTRY|GROUP|CODE"
};

}  // namespace dipgraph::importers::gdelt
