#include "importers/gdelt/actor_codes.hpp"

#include "core/error.hpp"
#include "core/tsv.hpp"

namespace dipgraph::importers::gdelt {
namespace {
constexpr std::string_view kFile = "cameo_actor_codes.tsv";
}  // namespace

ActorCodes::ActorCodes(core::EventBatch& batch) : batch_(batch) {
  const core::TsvTable table = core::embedded_tsv(kFile);
  const auto cameo = table.column("cameo", kFile);
  const auto kind = table.column("kind", kFile);
  const auto actor = table.column("actor", kFile);
  for (const auto& row : table.rows) {
    const std::string& k = row.fields[kind];
    Mapping mapping{k == "region", row.fields[actor]};
    if (k == "org") {
      groups_.emplace(row.fields[cameo], mapping);
    } else if (k == "state" || k == "region") {
      countries_.emplace(row.fields[cameo], mapping);
    } else {
      throw Error(std::string(kFile) + ":" + std::to_string(row.line) + ": unknown kind '" + k + "'");
    }
  }
}

std::string_view ActorCodes::specific_group(const GdeltActor& actor) const {
  // GDELT's known-group column holds the first known group of the code, and
  // CAMEO files many bodies under the UN (IGOUNOWBK, IGOUNOIAE, IGOUNOWHO):
  // the last three-letter group of the code that we map names the body itself.
  if (actor.known_group.empty()) return actor.known_group;
  for (std::size_t end = actor.code.size() - actor.code.size() % 3; end >= 3; end -= 3) {
    const std::string_view part = actor.code.substr(end - 3, 3);
    if (groups_.count(std::string(part))) return part;
  }
  return actor.known_group;
}

std::variant<long long, NoActor> ActorCodes::resolve(const GdeltActor& actor) {
  std::string key;
  key.reserve(actor.country.size() + actor.known_group.size() + actor.code.size() + 2);
  key.append(actor.country).append("|").append(actor.known_group).append("|").append(actor.code);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  const auto result = lookup(actor.country, specific_group(actor));
  cache_.emplace(std::move(key), result);
  return result;
}

std::variant<long long, NoActor> ActorCodes::lookup(std::string_view country, std::string_view group) {
  if (country.empty() && group.empty()) return NoActor::missing;
  bool region = false;
  if (!country.empty()) {
    std::string code(country);
    if (auto it = countries_.find(code); it != countries_.end()) {
      region = it->second.region;
      code = it->second.actor;
    }
    // Only a state: a three-letter country code must not land on an
    // organisation or person that happens to share it.
    if (!region) {
      if (auto id = batch_.actor_id(code); id && batch_.is_state(*id)) return *id;
    }
  }
  if (!group.empty()) {
    if (auto it = groups_.find(std::string(group)); it != groups_.end()) {
      if (auto id = batch_.actor_id(it->second.actor)) return *id;
    }
  }
  return region ? NoActor::region : NoActor::unknown;
}

}  // namespace dipgraph::importers::gdelt
