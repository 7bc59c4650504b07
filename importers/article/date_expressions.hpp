#pragma once
// Stage 5 of the article pipeline: the dates a sentence mentions, resolved
// against the publication date.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace dipgraph::importers::article {

struct DateMention {
  std::size_t begin = 0;  ///< byte offsets of the expression in the sentence
  std::size_t end = 0;
  core::Date date;                      ///< at the precision the text gives
  std::optional<core::Date> date_end;   ///< spans: "March 2-3", "2025-2027", "from May to July"
  bool relative = false;                ///< resolved from the publication date
  bool since = false;                   ///< "since 1994": a start, open-ended
  bool future = false;  ///< after publication: "next Monday", "tomorrow", "next year"
  /// Dates only what follows it: "(A on Saturday,) three days after B met C" dates B.
  bool dates_following = false;
};

/// Every date expression in `sentence`: explicit dates ("November 28, 2024",
/// "28 November 2024", "2024-11-28", "November 2024", "in 1994"), weekdays and
/// relative expressions resolved against `published` ("on Wednesday" -> the
/// latest such day on or before publication, "in April this year", "last month",
/// "earlier this week", "yesterday", "last year"), spans ("2025-2027",
/// "March 2-3"), "since 1994". Without a publication date, relative expressions
/// are skipped.
///
/// `anchor` is the date the story stood at before this sentence (the last date
/// an earlier sentence stated). Anaphoric expressions resolve against the
/// latest date earlier in the same sentence, else against it: "the same day",
/// "that evening", "earlier in the day", "the next day", "three days later",
/// "two days after" / "a week before" (the event
/// that follows: the anchor minus or plus), "later that month", "in November that year".
/// Without either they are skipped. `story_day` is the last day an earlier
/// sentence stated: day counts ("the next day") move from it when the anchor is
/// a coarser date before it ("..., which broke away in 1991. The next day ...").
std::vector<DateMention> find_dates(std::string_view sentence,
                                    const std::optional<core::Date>& published,
                                    const std::optional<core::Date>& anchor = std::nullopt,
                                    const std::optional<core::Date>& story_day = std::nullopt);

/// "a three-day visit" -> 3 (words one..thirty or digits, "-day"/" days");
/// nullopt when the sentence states no duration.
std::optional<int> duration_days(std::string_view sentence);

/// The day `days` after (negative: before) a day-precision date.
core::Date add_days(const core::Date& day, int days);

}  // namespace dipgraph::importers::article
