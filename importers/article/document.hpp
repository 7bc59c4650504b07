#pragma once
// Stage 1 of the article pipeline: from a news page's text to a headline, a
// publication date and the body worth reading.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace dipgraph::importers::article {

/// A paragraph of the body with where it starts in the original text.
struct Paragraph {
  std::string text;
  long line = 0;  ///< 1-based line of the original text where it starts
};

struct Document {
  std::string id;  ///< the file name without extension, or "stdin" / --id
  std::string headline;
  std::optional<core::Date> published;  ///< from --date, else the dateline/byline/header
  std::string published_from;           ///< what gave the date: "option", "header line 2", ...
  std::vector<Paragraph> body;          ///< boilerplate (comments, share bars, credits) removed
};

/// Reads `text` (UTF-8; invalid bytes replaced) in the common news layouts:
/// the dev-corpus layout (headline, YYYY-MM-DD, URL, blank line, body) and pages
/// as published (headline, standfirst, byline with a date such as
/// "Kamran Yousaf November 28, 2024", "Istanbul, 7 December 2023",
/// "Published June 30, 2021", "Publish Date : 10/4/2023 7:51:04 PM",
/// "ALGIERS (Agency - 20th March, 2022)", "Written: 2022-12-02 09:43:30", a line
/// holding only 2024-11-08, a date on the last line). `date_override` wins.
Document read_document(std::string_view text, std::string id,
                       std::optional<core::Date> date_override = std::nullopt);

}  // namespace dipgraph::importers::article
