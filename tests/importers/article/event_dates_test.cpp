#include "importers/article/event_dates.hpp"

#include <doctest/doctest.h>

#include <string>

using dipgraph::core::Date;
using dipgraph::core::DatePrecision;
using dipgraph::importers::article::choose_event_date;
using dipgraph::importers::article::find_dates;
using dipgraph::importers::article::role_start;
using dipgraph::importers::article::tokenize;

namespace {

dipgraph::importers::article::EventDate date_of(const std::string& type, const std::string& sentence,
                                               const std::string& trigger) {
  const auto published = Date::parse("2024-05-10");  // a Friday
  return choose_event_date(type, sentence, tokenize(sentence), sentence.find(trigger),
                           find_dates(sentence, published), published);
}

}  // namespace

TEST_SUITE("article event dates") {
  TEST_CASE("the date nearest the trigger is the event's") {
    const auto when = date_of("meeting", "On 2 May the envoys met, a week before the vote of 9 May.", "met");
    CHECK(when.date.to_string() == "2024-05-02");
    CHECK_FALSE(when.inferred);
  }

  TEST_CASE("a present-tense trip on a weekday is planned; a past one is not") {
    CHECK(date_of("visit", "The king travels to Lima on Friday to meet the president.", "travels").planned);
    CHECK(date_of("visit", "The king travels to Lima on Friday to meet and visit the president.", "visit").planned);
    CHECK_FALSE(date_of("visit", "The king travelled to Lima on Friday.", "travelled").planned);
    CHECK_FALSE(date_of("visit", "The king travels to Lima in May.", "travels").planned);
  }

  TEST_CASE("a date in the possessive dates only the noun it qualifies") {
    const auto remarks =
        date_of("reject", "On Thursday Lima called remarks about last year's election offensive.", "called");
    CHECK(remarks.date.to_string() == "2024-05-09");
    const auto talks = date_of("meeting", "On Friday Chile and Peru praised Thursday's talks.", "talks");
    CHECK(talks.date.to_string() == "2024-05-09");
    // The only date of its sentence: "a recap of Sunday's summit: leaders suspended trade".
    const auto only = date_of("sanction", "A recap of Thursday's summit: Peru suspended trade.", "suspended");
    CHECK(only.date.to_string() == "2024-05-09");
  }

  TEST_CASE("'N days after' dates the event that follows it, not the one before") {
    const auto before = date_of("meeting", "On 2 May the envoys met, a week before the vote.", "met");
    CHECK(before.date.to_string() == "2024-05-02");
    const auto after = date_of("meeting", "The strike came on 9 May, a week after the envoys met.", "met");
    CHECK(after.date.to_string() == "2024-05-02");
  }

  TEST_CASE("a date before ', after ...' belongs to the main clause, not to what 'after' tells") {
    const auto when = date_of("conflict", "Peru joined the pact in May 2022, after the invasion of Chile.", "invasion");
    CHECK(when.inferred);
  }

  TEST_CASE("', after which' goes on the same day: what it tells takes the date before it") {
    const auto when = date_of("agreement", "The leaders held talks on 14 April, after which their ministers signed deals.",
                              "signed");
    CHECK(when.date.to_string() == "2024-04-14");
  }

  TEST_CASE("a date in a participle clause after the trigger's is skipped, one opening the sentence is not") {
    const auto later = date_of("reject", "Lima rejected the claims, pointing out that it sent troops in October 2011.",
                               "rejected");
    CHECK(later.inferred);
    const auto opening = date_of("sanction", "In February 2019, Quito recalled its envoy, after Lima accused it.",
                                 "recalled");
    CHECK(opening.date.to_string() == "2019-02");
    const auto accused = date_of("reject", "In February 2019, Quito recalled its envoy, after Lima accused it.",
                                 "accused");
    CHECK(accused.date.to_string() == "2019-02");
  }

  TEST_CASE("a participle clause ends at its comma: a date after it is the sentence's") {
    const auto when = date_of("sanction",
                              "Quito has decided to expel the envoys, cutting its staff, the ministry announced on Wednesday.",
                              "expel");
    CHECK(when.date.to_string() == "2024-05-08");
    CHECK_FALSE(when.inferred);
  }

  TEST_CASE("a date in a relative clause the trigger is not part of is skipped") {
    const auto when = date_of("visit", "Ana Ruiz, who became minister on 2 May, flew to Lima last Thursday.", "flew");
    CHECK(when.date.to_string() == "2024-05-09");
  }

  TEST_CASE("a date of another coordinated clause comes after every date of the trigger's own") {
    const std::string sentence = "Peru sent doctors to Chile in April 2020, and Chile shipped masks to Peru in May 2021.";
    CHECK(date_of("aid", sentence, "shipped").date.to_string() == "2021-05");
    CHECK(date_of("aid", sentence, "sent").date.to_string() == "2020-04");
    const std::string alone = "Chile shipped masks in May 2021; Peru thanked it on Friday.";
    CHECK(date_of("reject", alone, "thanked").date.to_string() == "2024-05-10");
    const std::string only_other = "Peru sent doctors in April 2020, and Chile shipped masks to Peru.";
    CHECK(date_of("aid", only_other, "shipped").date.to_string() == "2020-04");  // no date of its own: the other
    const std::string new_subject = "Peru expelled the envoy in 2019 and Chile recalled its own in May 2019.";
    CHECK(date_of("sanction", new_subject, "recalled").date.to_string() == "2019-05");
    CHECK(date_of("sanction", new_subject, "expelled").date.to_string() == "2019");
    const std::string opening = "In May 2021, Peru sent doctors, and Chile shipped masks on 2 June.";
    CHECK(date_of("aid", opening, "sent").date.to_string() == "2021-05");
  }

  TEST_CASE("a month in a 'since' clause after a visit dates what began then, not the visit") {
    const std::string trip = "It is her first trip abroad since she took office in December last year.";
    CHECK(date_of("visit", trip, "trip").inferred);
    const std::string talks = "They held their first talks since she took office in Lima on Wednesday.";
    CHECK(date_of("meeting", talks, "talks").date.to_string() == "2024-05-08");
    const std::string sanctions = "Peru has imposed sanctions since Chile invaded Bolivia in February 2022.";
    CHECK(date_of("sanction", sanctions, "imposed").date.to_string() == "2022-02");
  }

  TEST_CASE("a year between the determiner and the event noun dates the event") {
    CHECK(date_of("agreement", "Peru left the 2015 nuclear agreement on Friday.", "agreement").date.to_string() == "2015");
    CHECK(date_of("agreement", "Chile is bound to Peru by a 1951 defence treaty.", "treaty").date.to_string() == "1951");
    CHECK(date_of("agreement", "They signed some 2000 pages of agreements on Friday.", "agreements").date.to_string() ==
          "2024-05-10");
  }

  TEST_CASE("a date in an opening 'after' clause is that clause's, not the main clause's") {
    const std::string sentence = "After Lima called for an inquiry in April 2020, Chile imposed duties in May 2020.";
    CHECK(date_of("sanction", sentence, "imposed").date.to_string() == "2020-05");
    const std::string only = "After Lima called for an inquiry in April 2020, Chile imposed duties.";
    CHECK(date_of("sanction", only, "imposed").date.to_string() == "2020-04");  // the only date, then
  }

  TEST_CASE("a visit that ended on a day after three days started two days before") {
    const auto when = date_of("visit", "The president returned home on Wednesday after a three-day visit to Peru.", "visit");
    CHECK(when.date.to_string() == "2024-05-06");
    REQUIRE(when.end);
    CHECK(when.end->to_string() == "2024-05-08");
  }

  TEST_CASE("validity periods and future dates are not event dates; no date means publication") {
    const auto when = date_of("agreement", "They signed a plan for the period 2025-2030.", "signed");
    CHECK(when.inferred);
    CHECK(when.date.to_string() == "2024-05-10");
  }

  TEST_CASE("a decade-old treaty dates from ten years before publication") {
    const auto when = date_of("agreement", "A decade-old treaty between them lapsed.", "treaty");
    CHECK(when.date.precision == DatePrecision::year);
    CHECK(when.date.year == 2014);
  }

  TEST_CASE("the year someone became president starts the role") {
    const std::string sentence = "She became president in 2019.";
    const auto start = role_start(tokenize(sentence), find_dates(sentence, Date::parse("2024-05-10")));
    REQUIRE(start);
    CHECK(start->to_string() == "2019");
  }

  TEST_CASE("a state of affairs with only an open start is dated by that start; a visit is not") {
    const auto sanction = date_of("sanction", "Peru has been under Chilean sanctions since 2015.", "sanctions");
    CHECK(sanction.date.to_string() == "2015");
    CHECK_FALSE(sanction.inferred);
    const auto stated = date_of("sanction", "Since 2015 Chile has renewed its sanctions on Peru on 3 May.", "sanctions");
    CHECK(stated.date.to_string() == "2024-05-03");
    const auto visit = date_of("visit", "No Chilean leader has visited Peru since 2015.", "visited");
    CHECK(visit.inferred);
  }

  TEST_CASE("anything but a visit over a span of years is dated by its first year") {
    const auto war = date_of("conflict", "Peru and Chile fought a war from 1879 to 1884.", "fought");
    CHECK(war.date.to_string() == "1879");
    CHECK_FALSE(war.end);
  }

  TEST_CASE("a 'which' clause right after the trigger's noun dates that event") {
    const auto ban = date_of("sanction", "Quito demanded an end to Lima's ban on fish, which Lima imposed on 2 April.",
                             "ban");
    CHECK(ban.date.to_string() == "2024-04-02");
    // The clause tells of the object, not of the verb that is the trigger.
    const auto signed_on = date_of("agreement", "Quito signed the pact with Lima, which Lima drafted in March.", "signed");
    CHECK(signed_on.inferred);
  }

  TEST_CASE("a verb joined by 'and' takes the date after it, not the first verb's") {
    const auto met = date_of("meeting", "Lula arrived earlier in the week and met Petro on Wednesday.", "met");
    CHECK(met.date.to_string() == "2024-05-08");
    // "before" ends the verb's clause: the later date is another act's.
    const auto talks = date_of("meeting", "Lula arrived on Sunday and met Petro before leaving on Monday.", "met");
    CHECK(talks.date.to_string() == "2024-05-05");
  }

  TEST_CASE("with no date of its own clause, an opening clause's date comes before the next clause's") {
    const auto when = date_of("sanction", "After the coup in July 2021, Lima shut the border, and in 2022 it built a wall.",
                              "shut");
    CHECK(when.date.to_string() == "2021-07");
  }

  TEST_CASE("a clause with its own subject right after 'after' is not dated by the date before it") {
    const auto invaded = date_of("conflict", "Quito applied in May 2022 after Lima invaded Bolivia.", "invaded");
    CHECK(invaded.inferred);
    // "a day after" is itself the date of what follows it.
    const auto fired = date_of("conflict", "Quito voted on Monday, a day after Lima fired on Bolivia.", "fired");
    CHECK(fired.date.to_string() == "2024-05-05");
  }
}
