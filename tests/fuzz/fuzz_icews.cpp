// Feeds the input as an ICEWS event file to importers/icews/icews_row: the
// first line to read_header, every further line to parse_row with the columns
// that header gave, as import_icews reads them.
//
// Rows only, not import_icews itself: it builds the whole gazetteer's resolver
// at every import, which under the fuzzer's instrumentation leaves a handful of
// inputs a second. fuzz_gdelt covers the shared dataset_import path.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "importers/icews/icews_row.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dipgraph::importers::icews;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  auto next_line = [&rest] {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return line;
  };
  const auto header = read_header(next_line());
  const auto* columns = std::get_if<IcewsColumns>(&header);
  if (!columns) return 0;
  while (!rest.empty()) (void)parse_row(next_line(), *columns);
  return 0;
}
