#include "importers/article/store_lookup.hpp"

namespace dipgraph::importers::article {
namespace {

/// Entries kept across articles before starting afresh: far more than the
/// people and states a store knows, far less than a memory worth noticing.
constexpr std::size_t kMaxEntries = 1 << 16;

/// What extraction may know: never what articles stored.
constexpr core::Knowledge kKnowledge = core::Knowledge::curated;

}  // namespace

void StoreLookup::refresh() {
  const long long writes = store_.write_count();
  if (writes != writes_seen_ || states_.size() + roles_.size() + names_.size() > kMaxEntries) {
    states_.clear();
    roles_.clear();
    names_.clear();
    writes_seen_ = writes;
  }
}

std::optional<std::string> StoreLookup::state_of(const std::string& person_code, const core::Date& on) {
  refresh();
  // A person's roles and home state, read once: each article asks on its own day.
  auto found = states_.find(person_code);
  if (found == states_.end()) {
    found = states_.emplace(person_code, store_.person_states(person_code, kKnowledge)).first;
  }
  if (!found->second.exact) return store_.state_of(person_code, on, kKnowledge);
  return found->second.state_on(on.first_day());
}

const std::vector<core::Role>& StoreLookup::roles_of(const std::string& person_code) {
  refresh();
  auto found = roles_.find(person_code);
  if (found == roles_.end()) found = roles_.emplace(person_code, store_.roles_of(person_code, kKnowledge)).first;
  return found->second;
}

std::string StoreLookup::name_of(const std::string& code) {
  refresh();
  auto found = names_.find(code);
  if (found == names_.end()) {
    const auto actor = store_.find_actor(code);
    found = names_.emplace(code, actor ? actor->name : code).first;
  }
  return found->second;
}

}  // namespace dipgraph::importers::article
