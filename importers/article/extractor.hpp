#pragma once
// The article pipeline: text -> document -> sentences -> mentions -> events ->
// dates -> merged facts. Offline, rule-based, driven by data/article_*.tsv.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "importers/article/document.hpp"
#include "importers/article/events.hpp"

namespace dipgraph::core {
class Store;
}

namespace dipgraph::importers::article {

class Gazetteer;
class StoreLookup;

/// What one article gave.
struct ArticleFacts {
  Document document;
  std::optional<std::string> url;  ///< the first line that is only a URL, if any
  std::size_t sentences = 0;
  std::size_t mentions = 0;  ///< actor mentions found
  std::vector<Fact> facts;   ///< events and roles, in order of first evidence
};

/// Extracts facts from articles. Built once per store (the gazetteer is
/// indexed then), used for any number of articles; the store is only read and
/// must outlive the extractor. It reads only what curated data taught the
/// store (core::Knowledge::curated), never people or roles read from articles,
/// so an article yields the same facts whichever articles are stored. It
/// remembers the store's answers across articles (see StoreLookup), so one
/// extractor serves one thread at a time.
class Extractor {
 public:
  explicit Extractor(const core::Store& store);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  /// Reads `text` as an article with this id (file name without extension).
  /// `date` overrides the publication date the text gives. Throws InputError
  /// (no file name: the caller adds it) when the text is not an article: empty,
  /// binary (NUL bytes or mostly control characters), or without a sentence.
  ArticleFacts extract(std::string_view text, std::string id,
                       std::optional<core::Date> date = std::nullopt) const;

  /// The facts of an already read document.
  std::vector<Fact> extract(const Document& document, std::size_t* sentences = nullptr,
                            std::size_t* mentions = nullptr) const;

 private:
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<StoreLookup> lookup_;  ///< store answers shared by all articles
};

/// The article id of a path: its file name without the last extension.
std::string article_id(std::string_view path);

}  // namespace dipgraph::importers::article
