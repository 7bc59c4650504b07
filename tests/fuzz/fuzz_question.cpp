// Feeds the input as a question to `dipgraph ask`'s parser (cli/question:
// words, time expressions, lexicon phrases, actor names through the built-in
// gazetteer's resolver), then turns the query into its command line.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/question.hpp"
#include "core/error.hpp"
#include "tests/fuzz/builtin_store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A fixed today, so that "last year" means the same on every run.
  static const dipgraph::core::Date kToday{2025, 6, 15, dipgraph::core::DatePrecision::day};
  const std::string_view question(reinterpret_cast<const char*>(data), size);
  try {
    const auto query = dipgraph::cli::parse_question(question, dipgraph::fuzz::builtin_resolver(), kToday);
    (void)dipgraph::cli::shell_join(query.arguments());
  } catch (const dipgraph::UsageError&) {
    // No command fits: the documented answer, as are the two below.
  } catch (const dipgraph::NotFoundError&) {
  } catch (const dipgraph::AmbiguousNameError&) {
  }
  return 0;
}
