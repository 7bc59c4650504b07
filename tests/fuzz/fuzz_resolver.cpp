// Feeds the input as a name to core/resolver (resolve in structured and text
// context, resolve_one, suggestions) over the built-in gazetteer, and an
// unresolved name to importers/actor_lookup for the row problem it becomes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "importers/actor_lookup.hpp"
#include "tests/fuzz/builtin_store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dipgraph;
  const core::Resolver& resolver = fuzz::builtin_resolver();
  const std::string_view name(reinterpret_cast<const char*>(data), size);
  for (const auto context : {core::NameContext::structured, core::NameContext::text}) {
    const core::Resolution resolution = resolver.resolve(name, context);
    if (resolution.resolved()) {
      (void)importers::describe(resolution.candidates.front());
    } else {
      (void)importers::unresolved_reason(resolver, "actor", name, resolution);
    }
    try {
      (void)resolver.resolve_one(name, context);
    } catch (const NotFoundError&) {
    } catch (const AmbiguousNameError&) {
    }
  }
  return 0;
}
