// Feeds the input as a fact file (CSV, or JSON Lines when it starts with '{')
// to importers/record_stream (format detection, csv_reader or jsonl_reader,
// header mapping) and each good record to importers/fact_record's to_fact,
// which checks dates, the event type and the actors.
// The input reaches RecordStream as a memory file (see memory_file.hpp).
//
// Names resolve through a small gazetteer: the actors the test fact files
// name. Every unknown name costs a suggestion scan over all keys: 170 of them
// took 25 s under the fuzzer's instrumentation (under 2 ms each in a release
// build), so files of unknown names timed out on the full gazetteer
// (fuzz_resolver covers that); reading and validation run the same either way.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "importers/fact_record.hpp"
#include "importers/record_stream.hpp"
#include "tests/fuzz/builtin_store.hpp"
#include "tests/fuzz/memory_file.hpp"

namespace {

const dipgraph::core::Resolver& small_resolver() {
  static const dipgraph::core::Resolver resolver = [] {
    std::set<std::string> codes;
    for (const char* name : {"ARG", "Australia", "Belarus", "Brazil", "Canada", "China", "Egypt",
                             "European Union", "France", "Germany", "India", "Indonesia", "Iran", "Israel",
                             "Italy", "Japan", "KOR", "Mexico", "NOR", "Pakistan", "Poland", "QAT", "Russia",
                             "Saudi Arabia", "South Africa", "Spain", "Turkey", "Ukraine", "United Kingdom",
                             "United States", "Shehbaz Sharif", "Aleksandr Lukashenko"}) {
      for (const auto& match : dipgraph::fuzz::builtin_resolver().resolve(name).candidates) codes.insert(match.code);
    }
    std::vector<dipgraph::core::AliasEntry> aliases;
    for (auto& entry : dipgraph::fuzz::builtin_store().aliases()) {
      if (codes.count(entry.code)) aliases.push_back(std::move(entry));
    }
    return dipgraph::core::Resolver(std::move(aliases));
  }();
  return resolver;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dipgraph::importers;
  const std::string path = dipgraph::fuzz::memory_file(data, size);
  try {
    RecordStream stream(path, fact_columns());
    while (auto record = stream.next()) {
      if (!record->error) (void)to_fact(*record, small_resolver());
    }
  } catch (const dipgraph::InputError&) {
    // The file as a whole is unusable (empty, binary, no header): documented.
  }
  return 0;
}
