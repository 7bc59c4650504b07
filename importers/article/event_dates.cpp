#include "importers/article/event_dates.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string_view>

namespace dipgraph::importers::article {
namespace {

bool after_publication(const DateMention& mention, const std::optional<core::Date>& published) {
  return published && mention.date.first_day() > published->last_day();
}

/// "a decade-old deal", "a 30-year-old treaty": years before publication.
std::optional<int> age_years(const std::vector<Token>& tokens, std::size_t trigger_token) {
  const Lexicons& lex = Lexicons::get();
  const std::size_t from = trigger_token >= 6 ? trigger_token - 6 : 0;
  for (std::size_t k = from; k < trigger_token; ++k) {
    if (lex.cue_at(tokens, k, "age") > 0) return tokens[k].norm.rfind("decades", 0) == 0 ? 20 : 10;
    if (k + 2 < tokens.size() && tokens[k + 1].norm == "year" && tokens[k + 2].norm == "old" &&
        tokens[k + 2].after_hyphen) {
      const int years = std::atoi(tokens[k].norm.c_str());
      if (years > 0 && years < 200) return years;
    }
  }
  return std::nullopt;
}

/// "the 2015 nuclear agreement", "a 1951 defence treaty": a year before the event noun,
/// after its determiner, names when it happened.
std::optional<int> year_before_noun(const std::vector<Token>& tokens, std::size_t trigger_token) {
  const std::size_t from = trigger_token >= 4 ? trigger_token - 4 : 0;
  for (std::size_t k = trigger_token; k-- > from;) {
    const std::string& w = tokens[k].norm;
    if (tokens[k].punct) return std::nullopt;
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
    const int year = std::atoi(w.c_str());
    const std::string& before = k > 0 ? tokens[k - 1].norm : std::string();
    const bool determiner = before == "the" || before == "a" || before == "its" || before == "their" ||
                            before == "his" || before == "her";
    if (year >= 1900 && year <= 2100 && determiner && !(k + 1 < tokens.size() && tokens[k + 1].punct)) return year;
    return std::nullopt;
  }
  return std::nullopt;
}

/// "travels", "heads", "flies": a verb of going or meeting in the present tense, which
/// with a weekday tells a schedule ("travels to Bordeaux on Friday").
bool present_tense_trip(std::string_view word) {
  static constexpr std::string_view kVerbs[] = {"travels", "heads", "flies", "visits", "meets",
                                                "hosts",   "goes",  "leaves", "arrives", "returns",
                                                "tours",   "holds", "receives"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), word) != std::end(kVerbs);
}

/// True when ", after" or ", before" starts a clause between the date at token
/// `date` and the trigger at token `trigger`.
bool separated_by_after(const std::vector<Token>& tokens, std::size_t date, std::size_t trigger) {
  // "In February 2019, Kenya recalled its envoy, after ...": a date opening the
  // sentence dates all of it.
  if (date <= 2 && date < trigger) return false;
  const std::size_t from = std::min(date, trigger);
  const std::size_t to = std::max(date, trigger);
  for (std::size_t k = from + 1; k < to; ++k) {
    // "held talks on Friday, after which ministers signed": the day the clause went on.
    if (k + 1 < tokens.size() && tokens[k + 1].norm == "which") continue;
    if ((tokens[k].norm == "after" || tokens[k].norm == "before") && tokens[k - 1].norm == ",") return true;
    // "applied in May 2022 after Russia invaded Ukraine": a clause right after "after" with a
    // subject of its own ("Russia") tells what led to the dated act, without a date of its
    // own. Not "a day after", "left on Monday after a visit".
    if (tokens[k].norm == "after" && date < k && trigger > k + 1 && trigger <= k + 3 && tokens[k + 1].capitalised) {
      const std::string& unit = tokens[k - 1].norm;
      const bool counted = unit == "day" || unit == "days" || unit == "week" || unit == "weeks" || unit == "month" ||
                           unit == "months" || unit == "year" || unit == "years" || unit == "hours";
      if (!counted) return true;
    }
  }
  return false;
}

/// True when the date at token `date` sits in a relative clause (", who was sworn
/// in on May 23,") that the trigger at token `trigger` is not part of.
bool in_other_relative_clause(const std::vector<Token>& tokens, std::size_t date, std::size_t trigger) {
  for (std::size_t k = date; k-- > 0;) {
    const std::string& w = tokens[k].norm;
    if (w == "," || w == ";" || w == ".") return false;
    // ", who was sworn in on May 23," and ", a former general who was sworn in on October 20,"
    if ((w == "who" || w == "which") && k > 0) {
      // "China's ban on seafood, which Beijing imposed on August 24": a clause right
      // after the trigger's own noun phrase tells of that event.
      const std::string& before = trigger > 0 ? tokens[trigger - 1].norm : w;
      const bool noun = before == "'s" || before == "the" || before == "a" || before == "an" || before == "its" ||
                        before == "their" || before == "his" || before == "her";
      if (w == "which" && noun && trigger < k && k - trigger <= 7 && tokens[k - 1].norm == ",") {
        bool own = true;
        for (std::size_t j = trigger + 1; j + 1 < k; ++j) own = own && !tokens[j].punct;
        if (own) return false;
      }
      std::size_t end = date;
      while (end < tokens.size() && tokens[end].norm != "," && tokens[end].norm != ";") ++end;
      return trigger < k || trigger > end;
    }
  }
  return false;
}

/// "his first trip abroad since he took office in December": a date in a "since" clause
/// after the trigger dates what began then, not the trigger's event.
bool in_later_since_clause(const std::vector<Token>& tokens, std::size_t date, std::size_t trigger) {
  if (date <= trigger) return false;
  for (std::size_t k = trigger + 1; k + 1 < date; ++k) {
    if (tokens[k].norm == "since") return true;
  }
  return false;
}

/// "rejected the claims on Friday, pointing out that troops went in in October 2011":
/// a date in a participle clause after the trigger's belongs to that clause. The clause
/// ends at its comma: "decided to expel envoys, cutting its staff, the ministry announced
/// on Wednesday" dates the decision.
bool in_later_participle_clause(const std::vector<Token>& tokens, std::size_t date, std::size_t trigger) {
  if (date <= trigger) return false;
  bool inside = false;
  for (std::size_t k = trigger + 1; k + 1 < date; ++k) {
    if (tokens[k].norm != ",") continue;
    inside = participle_word(tokens[k + 1].norm);
  }
  return inside;
}

/// True when a coordinated clause (", and", ", but", ";", "and" before a name) begins between the date at
/// token `date` and the trigger at token `trigger`: "India sent doctors in April 2020,
/// and Kuwait shipped oxygen in May 2021" dates the shipment by May. A date opening
/// the sentence still dates all of it.
bool in_other_coordinated_clause(const std::vector<Token>& tokens, std::size_t date, std::size_t trigger) {
  if (date <= 2 && date < trigger) return false;
  const std::size_t from = std::min(date, trigger);
  const std::size_t to = std::max(date, trigger);
  for (std::size_t k = from + 1; k < to; ++k) {
    const std::string& w = tokens[k].norm;
    if (w == ";") return true;
    // "Kenya expelled the envoy in 2019 and Somalia recalled its own in May": a new subject.
    if (w == "and" && date < trigger && k + 1 < to && tokens[k + 1].capitalised) return true;
    if (w == "," && k + 1 < to && (tokens[k + 1].norm == "and" || tokens[k + 1].norm == "but" ||
                                   tokens[k + 1].norm == "while" || tokens[k + 1].norm == "whereas")) {
      return true;
    }
  }
  return false;
}

/// "After Canberra called for an inquiry in April 2020, Beijing imposed duties in May":
/// a date in an opening "after/when/since ..." clause belongs to it, not to the main
/// clause after its comma.
bool in_opening_subordinate_clause(const std::vector<Token>& tokens, std::size_t date, std::size_t trigger) {
  if (tokens.empty()) return false;
  const std::string& first = tokens.front().norm;
  if (first != "after" && first != "when" && first != "since" && first != "before" && first != "following" &&
      first != "once" && first != "while" && first != "as") {
    return false;
  }
  std::size_t comma = 1;
  while (comma < tokens.size() && tokens[comma].norm != ",") ++comma;
  return date < comma && trigger > comma;
}

}  // namespace

EventDate choose_event_date(std::string_view type, std::string_view sentence, const std::vector<Token>& tokens,
                            std::size_t trigger, const std::vector<DateMention>& dates,
                            const std::optional<core::Date>& published) {
  (void)sentence;
  const Lexicons& lex = Lexicons::get();
  const std::size_t trigger_token = token_at(tokens, trigger);
  // Nearest first; the clause checks below run only until one date passes them.
  std::vector<std::pair<std::size_t, const DateMention*>> candidates;
  std::vector<std::pair<std::size_t, const DateMention*>> since_candidates;
  for (const auto& mention : dates) {
    if (after_publication(mention, published)) continue;
    if (mention.dates_following && mention.begin > trigger) continue;  // "met, a week before the vote"
    const std::size_t distance = mention.begin > trigger ? mention.begin - trigger : trigger - mention.begin;
    (mention.since ? since_candidates : candidates).emplace_back(distance, &mention);
  }
  const auto nearest_first = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(candidates.begin(), candidates.end(), nearest_first);
  // "arrived earlier in the week and spent four hours with Biden on Wednesday": a verb
  // joined by "and" has its own date when one follows it; the one before is the first verb's.
  const bool joined_verb = trigger_token >= 1 && tokens[trigger_token - 1].norm == "and" &&
                           std::any_of(candidates.begin(), candidates.end(), [&](const auto& candidate) {
                             const std::size_t at = token_at(tokens, candidate.second->begin);
                             if (at <= trigger_token) return false;
                             for (std::size_t k = trigger_token + 1; k < at; ++k) {
                               const std::string& w = tokens[k].norm;
                               if (w == "," || w == "before" || w == "after" || w == "when" || w == "while") return false;
                             }
                             return true;
                           });
  // Dates of the trigger's own clause first, nearest first within each group.
  const auto own_clause = [&](const auto& candidate) {
    const std::size_t at = token_at(tokens, candidate.second->begin);
    return !in_other_coordinated_clause(tokens, at, trigger_token) &&
           !in_opening_subordinate_clause(tokens, at, trigger_token) && !(joined_verb && at < trigger_token);
  };
  const auto others = std::stable_partition(candidates.begin(), candidates.end(), own_clause);
  // Then "After the coup in July 2021, Lima shut the border, and in 2022 it ...": the opening
  // clause's date, close to the act it leads to, before the next clause's.
  std::stable_partition(others, candidates.end(), [&](const auto& candidate) {
    return in_opening_subordinate_clause(tokens, token_at(tokens, candidate.second->begin), trigger_token);
  });
  // "and Moscow has since delivered drones": a present perfect with no date of its own
  // is a state of affairs, not dated by the clause before it.
  const bool perfect_since = trigger_token >= 2 && tokens[trigger_token - 1].norm == "since" &&
                             (tokens[trigger_token - 2].norm == "has" || tokens[trigger_token - 2].norm == "have");
  if (perfect_since) {
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const auto& candidate) {
                                      const std::size_t at = token_at(tokens, candidate.second->begin);
                                      return in_other_coordinated_clause(tokens, at, trigger_token);
                                    }),
                     candidates.end());
  }
  std::stable_sort(since_candidates.begin(), since_candidates.end(), nearest_first);
  const auto possessive = [&](const DateMention& mention) {
    const std::size_t after = token_at(tokens, mention.end);
    return after < tokens.size() && tokens[after].norm == "'s";
  };
  const auto qualifies_trigger = [&](const DateMention& mention) {
    const std::size_t after = token_at(tokens, mention.end);
    return trigger_token > after && trigger_token <= after + 3;
  };
  const bool has_plain_date = std::any_of(candidates.begin(), candidates.end(),
                                          [&](const auto& candidate) { return !possessive(*candidate.second); });
  const DateMention* best = nullptr;
  const DateMention* main_clause = nullptr;  ///< the nearest date "after" separated from the trigger
  for (const auto& [distance, mention] : candidates) {
    const std::size_t at = token_at(tokens, mention->begin);
    bool period = false;
    for (std::size_t k = at >= 3 ? at - 3 : 0; k < at; ++k) {
      if (lex.cue_at(tokens, k, "period") > 0 && k + lex.cue_at(tokens, k, "period") >= at - 1) period = true;
    }
    if (period) continue;
    // "On Thursday Quito called remarks about last year's election offensive": a date in
    // the possessive dates the noun it qualifies; another date of the sentence dates the
    // act, unless that noun is the trigger ("Thursday's talks").
    if (possessive(*mention) && has_plain_date && !qualifies_trigger(*mention)) continue;
    // "applied in May 2022, after Russia's invasion of Ukraine": the date is the main
    // clause's, not the event "after" introduces (nor "before").
    if (separated_by_after(tokens, at, trigger_token)) {
      if (!main_clause) main_clause = mention;
      continue;
    }
    if (in_other_relative_clause(tokens, at, trigger_token)) continue;
    if (in_later_participle_clause(tokens, at, trigger_token)) continue;
    // A visit or talks, which happen once; a state of affairs ("sanctions since Moscow
    // invaded in February") is dated by its start. "since Biden took office, in Geneva on
    // Wednesday": a day may be the main clause's again.
    const bool once = type == "visit" || type == "meeting" || type == "agreement";
    const bool coarse = mention->date.precision != core::DatePrecision::day;
    if (once && coarse && in_later_since_clause(tokens, at, trigger_token)) continue;
    best = mention;
    break;
  }
  EventDate result;
  if (const auto year = year_before_noun(tokens, trigger_token);
      year && !(published && *year > published->year)) {
    result.date = core::Date{*year, 0, 0, core::DatePrecision::year};
    return result;
  }
  if (const auto years = age_years(tokens, trigger_token); years && published) {
    result.date = core::Date{published->year - *years, 0, 0, core::DatePrecision::year};
    return result;
  }
  if (!best && (type == "sanction" || type == "support" || type == "aid" || type == "conflict")) {
    // A state of affairs with only an open start ("under sanctions since 2006") is dated
    // by that start, as a role is; events that happen once (visits, talks) are not.
    for (const auto& [distance, mention] : since_candidates) {
      if (!in_other_relative_clause(tokens, token_at(tokens, mention->begin), trigger_token)) {
        best = mention;
        break;
      }
    }
  }
  // "Turkey agreed on Thursday to a pause after hours of talks with Pence": talks that
  // led to the main clause's act were held by then, most often that day.
  if (!best && type == "meeting" && main_clause && main_clause->begin < trigger) best = main_clause;
  if (!best) {
    result.date = published.value_or(core::Date::today());
    result.inferred = true;
    std::size_t k = trigger_token;
    while (k > 0 && (tokens[k - 1].norm == "also" || tokens[k - 1].norm == "already" || tokens[k - 1].norm == "since" ||
                     tokens[k - 1].norm == "now")) {
      --k;
    }
    result.perfect = k > 0 && (tokens[k - 1].norm == "has" || tokens[k - 1].norm == "have");
    return result;
  }
  result.date = best->date;
  result.end = best->date_end;
  // "travels to Bordeaux on Friday to meet firefighters and visit a forest": the verb
  // that rules the trigger, up to it, sets the tense.
  if (best->relative && weekday_from_name(sentence.substr(best->begin, best->end - best->begin))) {
    for (std::size_t k = 0; k <= trigger_token && k < tokens.size(); ++k) {
      if (present_tense_trip(tokens[k].norm)) result.planned = true;
    }
  }
  if (type == "visit" && !result.end && result.date.precision == core::DatePrecision::day) {
    if (const auto days = duration_days(sentence); days && *days > 1 && *days <= 31) {
      bool returned = false;
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (lex.cue_at(tokens, k, "return") > 0) returned = true;
      }
      if (returned) {
        result.end = result.date;
        result.date = add_days(result.date, -(*days - 1));
      } else {
        result.end = add_days(result.date, *days - 1);
      }
    }
  }
  if (type != "visit" && result.end) {
    result.end.reset();  // a meeting during "March 2-3", a war "from 1998 to 2000": the first day or year
  }
  return result;
}

std::optional<core::Date> role_start(const std::vector<Token>& tokens, const std::vector<DateMention>& dates) {
  if (dates.empty()) return std::nullopt;  // checked first: this runs for every titled person
  static constexpr std::string_view kStartWords[] = {"became",    "elected", "sworn", "inaugurated",
                                                     "appointed", "assumed", "since"};
  bool start_word = false;
  for (const auto& token : tokens) {
    const std::string_view w = token.norm;
    if (std::find(std::begin(kStartWords), std::end(kStartWords), w) != std::end(kStartWords)) {
      start_word = true;
      break;
    }
  }
  for (const auto& mention : dates) {
    if (mention.since || start_word) {
      core::Date year = mention.date;
      year.month = 0;
      year.day = 0;
      year.precision = core::DatePrecision::year;
      if (mention.since || mention.date.precision == core::DatePrecision::year) return year;
    }
  }
  return std::nullopt;
}

}  // namespace dipgraph::importers::article
