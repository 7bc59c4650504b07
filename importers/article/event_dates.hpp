#pragma once
// Stage 5 of the article pipeline, second half: the date of each event, chosen
// from the dates its sentence mentions and the annotation conventions
// (a visit is dated by its first day; no date: the publication date).

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "importers/article/date_expressions.hpp"
#include "importers/article/mentions.hpp"

namespace dipgraph::importers::article {

struct EventDate {
  core::Date date;
  std::optional<core::Date> end;
  bool inferred = false;  ///< the text gives none: the publication date
  /// "The king travels to Bordeaux on Friday": a present-tense trip on a weekday is a
  /// plan for the coming days, no act that happened.
  bool planned = false;
  /// "Poland has sent Kyiv 300 tanks": a present perfect with no date of its own tells
  /// where things stand now; no date of the sentences before carries on to it.
  bool perfect = false;
};

/// The date of an event whose trigger sits at byte `trigger` of `sentence`:
/// the date mention nearest the trigger, skipping validity periods ("for the
/// period 2025-2027"), open starts ("since 1994") and dates after publication.
/// Visits: a span gives start and end; "returned ... after a three-day visit"
/// on a day gives the first day. "A decade-old agreement" gives a year.
/// Nothing usable: the publication date (today without one), inferred.
EventDate choose_event_date(std::string_view type, std::string_view sentence, const std::vector<Token>& tokens,
                            std::size_t trigger, const std::vector<DateMention>& dates,
                            const std::optional<core::Date>& published);

/// The year a role began when the sentence says so ("became head of state in
/// 1994", "president since 2012"), else nullopt.
std::optional<core::Date> role_start(const std::vector<Token>& tokens, const std::vector<DateMention>& dates);

}  // namespace dipgraph::importers::article
