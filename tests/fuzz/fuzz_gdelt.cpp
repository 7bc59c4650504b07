// Feeds the input as a GDELT event export to import_gdelt, into a fresh
// in-memory copy of the built-in store: importers/dataset_import reads the
// lines, the first row's column count picks the version, gdelt/gdelt_row parses
// each row, gdelt/actor_codes maps its CAMEO actor codes, the event is written.
// The input reaches the importer as a memory file (see memory_file.hpp).

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/store.hpp"
#include "core/store_image/builtin_store_image.hpp"
#include "importers/gdelt/gdelt_importer.hpp"
#include "tests/fuzz/memory_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dipgraph;
  const std::string path = fuzz::memory_file(data, size);
  core::Store store = core::Store::open_in_memory(core::builtin_store_image());
  try {
    (void)importers::import_gdelt(store, path);
  } catch (const InputError&) {
    // Not a GDELT event export at all (empty, binary, wrong first line): documented.
  }
  return 0;
}
