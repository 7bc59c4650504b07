#pragma once
// The store reads the mention finder repeats for every article (a known
// person's state and roles, an actor's display name), remembered across
// articles. People and roles come from curated knowledge only
// (core::Knowledge::curated): what other articles stored never changes what an
// article yields. Every answer is the store's own; the memory is dropped
// whenever the store was written to since and when it grows past a bound, so it
// stays flat over any corpus.

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/date.hpp"
#include "core/store.hpp"

namespace dipgraph::importers::article {

class StoreLookup {
 public:
  /// `store` is only read and must outlive the lookup.
  explicit StoreLookup(const core::Store& store) : store_(store) {}

  /// Store::state_of, from curated knowledge.
  std::optional<std::string> state_of(const std::string& person_code, const core::Date& on);
  /// Store::roles_of, from curated knowledge; the reference holds until the next call.
  const std::vector<core::Role>& roles_of(const std::string& person_code);
  /// The actor's name (Store::find_actor), the code itself when unknown.
  std::string name_of(const std::string& code);

 private:
  /// Forgets everything when the store changed or the memory is full.
  void refresh();

  const core::Store& store_;
  long long writes_seen_ = -1;
  std::unordered_map<std::string, core::PersonStates> states_;  ///< person code -> what state_of reads
  std::unordered_map<std::string, std::vector<core::Role>> roles_;
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace dipgraph::importers::article
