// Feeds the input as an ICEWS event file to import_icews, into a fresh
// in-memory copy of the built-in store: importers/dataset_import reads the
// lines, icews/icews_row maps the header and parses each row, whose names and
// sectors become actors and roles, and the event is written.
// The input reaches the importer as a memory file (see memory_file.hpp).

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/store.hpp"
#include "core/store_image/builtin_store_image.hpp"
#include "importers/icews/icews_importer.hpp"
#include "tests/fuzz/memory_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dipgraph;
  const std::string path = fuzz::memory_file(data, size);
  core::Store store = core::Store::open_in_memory(core::builtin_store_image());
  try {
    (void)importers::import_icews(store, path);
  } catch (const InputError&) {
    // Not an ICEWS event file at all (empty, binary, wrong first line): documented.
  }
  return 0;
}
