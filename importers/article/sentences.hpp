#pragma once
// Stage 2 of the article pipeline: sentences.

#include <string>
#include <string_view>
#include <vector>

#include "importers/article/document.hpp"

namespace dipgraph::importers::article {

struct Sentence {
  int index = 0;  ///< 1-based, counted over the whole body (headline excluded)
  std::string text;
};

/// Splits text into sentences; survives "U.S.", "Mr.", "Gen.", "No. 5",
/// initials ("J. R. Smith"), decimals, quotes ("...," he said.) and list items.
std::vector<std::string> split_sentences(std::string_view text);

/// The body's paragraphs split into sentences, numbered from 1.
std::vector<Sentence> sentences_of(const Document& document);

}  // namespace dipgraph::importers::article
