// Feeds the input as a fact file (CSV, or JSON Lines when it starts with '{')
// to importers/record_stream (format detection, csv_reader or jsonl_reader,
// header mapping) and each good record to importers/fact_record's to_fact,
// which checks dates, the event type and the actors.
// The input reaches RecordStream as a memory file (see memory_file.hpp).

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "importers/fact_record.hpp"
#include "importers/record_stream.hpp"
#include "tests/fuzz/builtin_store.hpp"
#include "tests/fuzz/memory_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dipgraph::importers;
  const std::string path = dipgraph::fuzz::memory_file(data, size);
  try {
    RecordStream stream(path, fact_columns());
    while (auto record = stream.next()) {
      if (!record->error) (void)to_fact(*record, dipgraph::fuzz::builtin_resolver());
    }
  } catch (const dipgraph::InputError&) {
    // The file as a whole is unusable (empty, binary, no header): documented.
  }
  return 0;
}
