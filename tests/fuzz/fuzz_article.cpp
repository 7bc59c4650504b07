// Feeds the input as an article's text to the article pipeline
// (importers/article/extractor: document, sentences, mentions, events, dates,
// merge), as `dipgraph extract` does, with names from the built-in gazetteer.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "importers/article/extractor.hpp"
#include "tests/fuzz/builtin_store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dipgraph::importers::article::Extractor extractor(dipgraph::fuzz::builtin_store());
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)extractor.extract(text, "fuzz");
  } catch (const dipgraph::InputError&) {
    // Not an article (empty, binary, no sentence): the documented rejection.
  }
  return 0;
}
