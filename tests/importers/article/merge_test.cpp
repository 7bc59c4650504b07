#include "importers/article/merge.hpp"

#include <doctest/doctest.h>

using dipgraph::core::ActorKind;
using dipgraph::core::Date;
using dipgraph::importers::article::ActorRef;
using dipgraph::importers::article::Fact;
using dipgraph::importers::article::merge_facts;

namespace {

ActorRef state(const std::string& code) {
  ActorRef actor;
  actor.code = code;
  return actor;
}

Fact fact(const std::string& type, const ActorRef& source, const ActorRef& target, const std::string& date,
          bool inferred, int sentence) {
  Fact f;
  f.type = type;
  f.source = source;
  f.target = target;
  f.date = *Date::parse(date);
  f.date_inferred = inferred;
  f.evidence.push_back({sentence, "sentence " + std::to_string(sentence)});
  return f;
}

}  // namespace

TEST_SUITE("article merge") {
  TEST_CASE("an undated visit between two states a dated meeting of the week paired takes its day") {
    const auto merged = merge_facts({fact("meeting", state("USA"), state("JPN"), "2023-08-18", false, 1),
                                     fact("visit", state("JPN"), state("USA"), "2023-08-19", true, 3),
                                     fact("visit", state("KOR"), state("USA"), "2023-08-19", true, 3)});
    REQUIRE(merged.size() == 3);
    CHECK(merged[1].date.to_string() == "2023-08-18");
    CHECK_FALSE(merged[1].date_inferred);
    CHECK(merged[2].date_inferred);  // no dated occasion between Korea and the United States
    // Not from a day told after it, nor from one more than a week before.
    const auto later = merge_facts({fact("visit", state("JPN"), state("USA"), "2023-08-19", true, 1),
                                    fact("meeting", state("USA"), state("JPN"), "2023-08-18", false, 2)});
    CHECK(later[0].date_inferred);
    const auto old = merge_facts({fact("meeting", state("USA"), state("JPN"), "2023-08-01", false, 1),
                                  fact("visit", state("JPN"), state("USA"), "2023-08-19", true, 2)});
    CHECK(old[1].date_inferred);
  }

  TEST_CASE("one fact per type, pair and date, with every evidence sentence") {
    const auto merged = merge_facts({fact("meeting", state("PER"), state("CHL"), "2024-05-02", false, 1),
                                     fact("meeting", state("CHL"), state("PER"), "2024-05-02", false, 4)});
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].evidence.size() == 2);
  }

  TEST_CASE("directed facts in opposite directions stay apart") {
    const auto merged = merge_facts({fact("visit", state("PER"), state("CHL"), "2024-05-02", false, 1),
                                     fact("visit", state("CHL"), state("PER"), "2024-05-02", false, 2)});
    CHECK(merged.size() == 2);
  }

  TEST_CASE("an undated mention joins the dated fact, and a person replaces their state") {
    ActorRef person;
    person.kind = ActorKind::person;
    person.code = "ana-torres";
    person.name = "Ana Torres";
    person.state = "CHL";
    const auto merged = merge_facts({fact("visit", state("CHL"), state("PER"), "2024-05-02", false, 1),
                                     fact("visit", person, state("PER"), "2024-05-10", true, 3)});
    REQUIRE(merged.size() == 1);
    CHECK(merged[0].date.to_string() == "2024-05-02");
    CHECK(merged[0].source.kind == ActorKind::person);
    CHECK(merged[0].evidence.size() == 2);
  }

  TEST_CASE("an undated mention does not join an event years before it") {
    // "Pyongyang cut ties" in the lede is not the break told in the background.
    const auto merged = merge_facts({fact("sanction", state("PRK"), state("MYS"), "2017-03", false, 14),
                                     fact("sanction", state("PRK"), state("MYS"), "2021-03-19", true, 2)});
    CHECK(merged.size() == 2);
  }

  TEST_CASE("an undated mention joins a dated fact told after it only when their days are close") {
    // "received the three leaders" (publication day) is not "the talks of 11 June" told after it.
    const auto weeks_apart = merge_facts({fact("meeting", state("TUN"), state("ITA"), "2023-07-16", true, 5),
                                          fact("meeting", state("ITA"), state("TUN"), "2023-06-11", false, 7)});
    CHECK(weeks_apart.size() == 2);
    const auto days_apart = merge_facts({fact("meeting", state("TUN"), state("ITA"), "2023-07-16", true, 5),
                                         fact("meeting", state("ITA"), state("TUN"), "2023-07-14", false, 7)});
    CHECK(days_apart.size() == 1);
  }

  TEST_CASE("meetings on two days with two people of one state stay two; one person's two days are one") {
    auto person = [](const std::string& code, const std::string& of) {
      ActorRef actor;
      actor.kind = ActorKind::person;
      actor.code = code;
      actor.state = of;
      return actor;
    };
    const auto visitor = person("ana-torres", "PER");
    const auto two = merge_facts({fact("meeting", visitor, person("li-wen", "CHL"), "2024-05-02", false, 1),
                                  fact("meeting", visitor, person("jo-soto", "CHL"), "2024-05-03", false, 2)});
    CHECK(two.size() == 2);
    const auto one = merge_facts({fact("meeting", visitor, person("li-wen", "CHL"), "2024-05-02", false, 1),
                                  fact("meeting", visitor, person("li-wen", "CHL"), "2024-05-03", false, 2)});
    CHECK(one.size() == 1);
  }

  TEST_CASE("days of one week of a visit are one visit, dated by the first; meetings a week apart stay two") {
    const auto visits = merge_facts({fact("visit", state("CHL"), state("PER"), "2024-05-06", false, 4),
                                     fact("visit", state("CHL"), state("PER"), "2024-05-09", false, 1)});
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].date.to_string() == "2024-05-06");
    const auto later = merge_facts({fact("visit", state("CHL"), state("PER"), "2024-05-02", false, 1),
                                    fact("visit", state("CHL"), state("PER"), "2024-05-09", false, 2)});
    CHECK(later.size() == 2);
    const auto meetings = merge_facts({fact("meeting", state("CHL"), state("PER"), "2024-05-06", false, 1),
                                       fact("meeting", state("CHL"), state("PER"), "2024-05-09", false, 2)});
    CHECK(meetings.size() == 2);
  }
}
