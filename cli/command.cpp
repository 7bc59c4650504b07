#include "cli/command.hpp"

namespace dipgraph::cli {

std::string_view to_string(OutputFormat format) {
  switch (format) {
    case OutputFormat::table:
      return "table";
    case OutputFormat::json:
      return "json";
    case OutputFormat::jsonl:
      return "jsonl";
    case OutputFormat::csv:
      return "csv";
    case OutputFormat::dot:
      return "dot";
  }
  return "table";
}

std::optional<OutputFormat> parse_output_format(std::string_view text) {
  for (const auto format :
       {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl, OutputFormat::csv,
        OutputFormat::dot}) {
    if (to_string(format) == text) return format;
  }
  return std::nullopt;
}

}  // namespace dipgraph::cli
