#include "importers/article/merge.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

namespace dipgraph::importers::article {
namespace {

std::string pair_key(const Fact& fact) {
  // Built in one string: merging asks for a few keys per fact.
  const std::string* a = &fact.source.key();
  const std::string* b = &fact.target.key();
  if (fact.type == "role") {
    a = &fact.source.code;
  } else if (symmetric_type(fact.type) && *b < *a) {
    std::swap(a, b);
  }
  std::string key;
  key.reserve(a->size() + 1 + b->size());
  key += *a;
  key += '|';
  key += *b;
  return key;
}

long day_number(const core::Date& date) {
  // Days since a fixed origin, good enough to compare nearby days.
  const int m = date.month == 0 ? 1 : date.month;
  const int d = date.day == 0 ? 1 : date.day;
  const int y = m <= 2 ? date.year - 1 : date.year;
  const int era = y / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe;
}

// Evidence is only appended here; merge_facts() sorts and deduplicates it once
// at the end, so that a fact reported thousands of times costs linear time.
void absorb(Fact& kept, Fact& other) {
  for (auto& evidence : other.evidence) kept.evidence.push_back(std::move(evidence));
  const auto upgrade = [](ActorRef& mine, const ActorRef& theirs) {
    if (mine.kind != core::ActorKind::person && theirs.kind == core::ActorKind::person) mine = theirs;
  };
  if (kept.source.key() == other.source.key()) {
    upgrade(kept.source, other.source);
    upgrade(kept.target, other.target);
  } else {
    upgrade(kept.source, other.target);
    upgrade(kept.target, other.source);
  }
  kept.confidence = std::max(kept.confidence, other.confidence);
  if (kept.type == "role" && kept.title.empty()) kept.title = other.title;
}

/// Moves the facts `keep` says to keep to the front, in order, and drops the
/// rest. Facts are big: one that stays where it is is not moved at all (most are).
void keep_only(std::vector<Fact>& facts, const std::vector<bool>& keep) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!keep[i]) continue;
    if (kept != i) facts[kept] = std::move(facts[i]);
    ++kept;
  }
  facts.erase(facts.begin() + static_cast<std::ptrdiff_t>(kept), facts.end());
}

/// Two people of one state on the same side: "Xi received him on Friday" and "Li received
/// him on Thursday" are two meetings, not the two days of one.
bool other_people(const Fact& a, const Fact& b) {
  for (const ActorRef* x : {&a.source, &a.target}) {
    for (const ActorRef* y : {&b.source, &b.target}) {
      if (x->kind == core::ActorKind::person && y->kind == core::ActorKind::person && x->key() == y->key() &&
          x->code != y->code) {
        return true;
      }
    }
  }
  return false;
}

/// A visit, talks or a signing the text dates nowhere, between the same two states as
/// one it dated in the week before (the lede's "on Friday"), belongs to that day: "Biden
/// hosted Kishida and Yoon at the compound" a paragraph after "pledged on Friday ...
/// after a day of talks".
void date_from_the_story(std::vector<Fact>& facts) {
  const auto occasion = [](const Fact& fact) {
    return fact.type == "visit" || fact.type == "meeting" || fact.type == "agreement";
  };
  const auto states = [](const Fact& fact) {
    std::string a = fact.source.key();
    std::string b = fact.target.key();
    if (b < a) std::swap(a, b);
    return a + "|" + b;
  };
  for (Fact& fact : facts) {
    if (!fact.date_inferred || !occasion(fact)) continue;
    const Fact* dated = nullptr;
    for (const Fact& other : facts) {
      if (other.date_inferred || !occasion(other) || other.date.precision != core::DatePrecision::day ||
          other.evidence.front().sentence >= fact.evidence.front().sentence || states(other) != states(fact)) {
        continue;
      }
      const long days = day_number(fact.date) - day_number(other.date);
      if (days >= 0 && days <= 7 && (!dated || day_number(other.date) > day_number(dated->date))) dated = &other;
    }
    if (dated) {
      fact.date = dated->date;
      fact.date_inferred = false;
    }
  }
}

}  // namespace

std::vector<Fact> merge_facts(std::vector<Fact> facts) {
  date_from_the_story(facts);
  // Pass 1: identical tuples, found through a hash of the tuple; the first of
  // each absorbs the others.
  std::vector<bool> first_of_tuple(facts.size(), false);
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    Fact& fact = facts[i];
    // type|pair, and for events |date|date_end and |i when inferred.
    const std::string pair = pair_key(fact);
    std::string key;
    key.reserve(fact.type.size() + pair.size() + 28);
    key += fact.type;
    key += '|';
    key += pair;
    if (fact.type != "role") {
      key += '|';
      key += fact.date.to_string();
      key += '|';
      if (fact.date_end) key += fact.date_end->to_string();
      if (fact.date_inferred) key += "|i";
    }
    const auto found = index.find(key);
    if (found == index.end()) {
      index.emplace(std::move(key), i);
      first_of_tuple[i] = true;
      continue;
    }
    Fact& kept = facts[found->second];
    if (fact.type == "role" && kept.date_inferred && !fact.date_inferred) {
      // Keep the stated start over the publication date.
      kept.date = fact.date;
      kept.date_inferred = false;
    }
    absorb(kept, fact);
  }
  keep_only(facts, first_of_tuple);
  std::vector<Fact>& out = facts;  // the distinct tuples
  // Pass 2: undated facts join a dated one; nearby days of one meeting are one, and so are
  // the days of one week of a visit (a leader seldom goes back within the week: a caption or
  // a later paragraph dating the same stay by another of its days).
  std::vector<bool> gone(out.size(), false);
  std::vector<std::string> pairs;  // pair_key of each, built once: the loop below is quadratic
  pairs.reserve(out.size());
  for (const auto& fact : out) pairs.push_back(pair_key(fact));
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (gone[i] || out[i].type == "role") continue;
    for (std::size_t j = 0; j < out.size(); ++j) {
      if (i == j || gone[j] || out[j].type != out[i].type || pairs[j] != pairs[i]) continue;
      // Only into an event of the last weeks: "Pyongyang cut ties" in the lede is not the
      // break of 2017 told in the background.
      const bool recent = day_number(*core::Date::parse(out[i].date.last_day())) + 45 >= day_number(out[j].date);
      // And only back to one told before it, or into the days around its own (publication)
      // date: "received the three leaders" is not the talks of 11 June told after it.
      const bool told_before = out[i].evidence.front().sentence < out[j].evidence.front().sentence;
      const bool same_days = std::labs(day_number(out[i].date) - day_number(out[j].date)) <= 7;
      const bool undated_into_dated =
          out[j].date_inferred && !out[i].date_inferred && recent && (told_before || same_days);
      const bool near = !out[i].date_inferred && !out[j].date_inferred &&
                        out[i].date.precision == core::DatePrecision::day &&
                        out[j].date.precision == core::DatePrecision::day &&
                        (out[i].type == "meeting" || out[i].type == "agreement" || out[i].type == "visit") &&
                        day_number(out[i].date) <= day_number(out[j].date) &&
                        day_number(out[j].date) - day_number(out[i].date) <= (out[i].type == "visit" ? 6 : 1) &&
                        !other_people(out[i], out[j]);
      // A day inside a visit's span is that visit ("the visit, which ended on Wednesday").
      const bool inside = out[i].type == "visit" && out[i].date_end && !out[j].date_inferred &&
                          out[j].date.precision == core::DatePrecision::day &&
                          out[i].date.precision == core::DatePrecision::day &&
                          day_number(out[i].date) <= day_number(out[j].date) &&
                          day_number(out[j].date) <= day_number(*out[i].date_end);
      if (undated_into_dated || near || inside) {
        absorb(out[i], out[j]);
        pairs[i] = pair_key(out[i]);
        gone[j] = true;
      }
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (gone[i]) continue;
    auto& evidence = out[i].evidence;
    const auto by_sentence = [](const Fact::Evidence& a, const Fact::Evidence& b) { return a.sentence < b.sentence; };
    // Usually in order already; a stable sort would still move every item.
    if (!std::is_sorted(evidence.begin(), evidence.end(), by_sentence)) {
      std::stable_sort(evidence.begin(), evidence.end(), by_sentence);
    }
    evidence.erase(std::unique(evidence.begin(), evidence.end(),
                               [](const Fact::Evidence& a, const Fact::Evidence& b) { return a.sentence == b.sentence; }),
                   evidence.end());
  }
  gone.flip();
  keep_only(facts, gone);
  const auto by_first_sentence = [](const Fact& a, const Fact& b) {
    return a.evidence.front().sentence < b.evidence.front().sentence;
  };
  if (!std::is_sorted(facts.begin(), facts.end(), by_first_sentence)) {
    std::stable_sort(facts.begin(), facts.end(), by_first_sentence);
  }
  return facts;
}

}  // namespace dipgraph::importers::article
