#pragma once
// News articles (plain text) -> events and roles with provenance, through the
// article pipeline (importers/article/extractor.hpp).

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/store.hpp"
#include "importers/article/extractor.hpp"
#include "importers/import_report.hpp"

namespace dipgraph::importers {

/// Extracts the facts of one article and stores them in one transaction:
/// unknown people are created (with the state the text gives), roles the
/// store does not hold are added, every event gets one source per evidence
/// sentence (document key = the article id). People and roles are stored as
/// the article's (core::Origin::article), which the extractor never reads: so
/// importing the same article again adds nothing, and the facts of one article
/// do not depend on which other articles are stored. report.rows counts facts; added/merged/unchanged
/// count events and roles. Throws InputError (nothing written) when the text
/// is not an article, StoreError when SQLite fails (rolled back).
ImportReport import_article(core::Store& store, const article::Extractor& extractor, std::string_view text,
                            const std::string& id, std::optional<core::Date> date = std::nullopt);

/// Stores facts already extracted from `article` (same contract as above).
ImportReport store_article_facts(core::Store& store, const article::ArticleFacts& article);

}  // namespace dipgraph::importers
