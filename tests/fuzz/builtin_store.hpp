#pragma once
// The store and resolver every fuzz target reads names through: the built-in
// gazetteer in memory, opened once per process (nothing touches the disk).

#include "core/resolver.hpp"
#include "core/store.hpp"
#include "core/store_image/builtin_store_image.hpp"

namespace dipgraph::fuzz {

inline const core::Store& builtin_store() {
  static const core::Store store = core::Store::open_in_memory(core::builtin_store_image());
  return store;
}

inline const core::Resolver& builtin_resolver() {
  static const core::Resolver resolver = builtin_store().resolver();
  return resolver;
}

}  // namespace dipgraph::fuzz
