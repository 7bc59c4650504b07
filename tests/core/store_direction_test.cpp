// EventFilter::source / EventFilter::target: who acted on whom.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/store.hpp"

using namespace dipgraph::core;

namespace {

NewEvent make_event(const char* type, const char* source, const char* target, const char* date) {
  NewEvent event;
  event.type = type;
  event.source_code = source;
  event.target_code = target;
  event.date = *Date::parse(date);
  return event;
}

struct DirectionFixture {
  Store store = Store::open_in_memory();
  long long doc = store.ensure_document(Document{"facts", "direction.csv", {}, {}, {}});
  long long add(const char* type, const char* source, const char* target, const char* date) {
    return store.add_event(make_event(type, source, target, date), doc, {}).event_id;
  }
};

std::vector<long long> ids(const std::vector<EventRecord>& events) {
  std::vector<long long> result;
  for (const auto& event : events) result.push_back(event.id);
  return result;
}

EventFilter directed(std::optional<std::string> source, std::optional<std::string> target) {
  EventFilter filter;
  filter.source = std::move(source);
  filter.target = std::move(target);
  return filter;
}

}  // namespace

TEST_SUITE("store_direction") {
  TEST_CASE("source and target keep the direction of directed events") {
    DirectionFixture f;
    const long long fra_visits_deu = f.add("visit", "FRA", "DEU", "2024-05-01");
    const long long deu_visits_fra = f.add("visit", "DEU", "FRA", "2024-06-01");
    const long long fra_sanctions_irn = f.add("sanction", "FRA", "IRN", "2024-07-01");

    CHECK(ids(f.store.events(directed("FRA", std::nullopt))) ==
          std::vector<long long>{fra_visits_deu, fra_sanctions_irn});
    CHECK(ids(f.store.events(directed(std::nullopt, "FRA"))) == std::vector<long long>{deu_visits_fra});
    CHECK(ids(f.store.events(directed("FRA", "DEU"))) == std::vector<long long>{fra_visits_deu});
    CHECK(ids(f.store.events(directed("DEU", "FRA"))) == std::vector<long long>{deu_visits_fra});
    CHECK(f.store.events(directed("IRN", "FRA")).empty());
    CHECK(f.store.count_events(directed(std::nullopt, "IRN")) == 1);
  }

  TEST_CASE("direction filters combine with types and dates") {
    DirectionFixture f;
    f.add("visit", "FRA", "DEU", "2023-05-01");
    const long long late = f.add("visit", "FRA", "DEU", "2024-05-01");
    f.add("threat", "FRA", "DEU", "2024-06-01");
    EventFilter filter = directed("FRA", "DEU");
    filter.types = {"visit"};
    filter.since = Date::parse("2024");
    CHECK(ids(f.store.events(filter)) == std::vector<long long>{late});
  }

  TEST_CASE("for symmetric types either side counts, since their stored order is arbitrary") {
    DirectionFixture f;
    // Stored in canonical order whichever way round they were reported.
    const long long meeting = f.add("meeting", "FRA", "DEU", "2024-05-01");
    const long long agreement = f.add("agreement", "DEU", "FRA", "2024-05-02");
    const long long visit = f.add("visit", "DEU", "FRA", "2024-05-03");

    CHECK(ids(f.store.events(directed("FRA", std::nullopt))) == std::vector<long long>{meeting, agreement});
    CHECK(ids(f.store.events(directed(std::nullopt, "FRA"))) ==
          std::vector<long long>{meeting, agreement, visit});
    CHECK(ids(f.store.events(directed("FRA", "DEU"))) == std::vector<long long>{meeting, agreement});
    CHECK(ids(f.store.events(directed("DEU", "FRA"))) == std::vector<long long>{meeting, agreement, visit});
  }

  TEST_CASE("a state matches as source or target the events of the people who represented it") {
    DirectionFixture f;
    f.store.ensure_person("Dora Directionperson", std::string("POL"));
    const long long person_visit = f.add("visit", "dora-directionperson", "DEU", "2024-05-01");
    const long long visited = f.add("visit", "DEU", "dora-directionperson", "2024-05-02");

    CHECK(ids(f.store.events(directed("POL", std::nullopt))) == std::vector<long long>{person_visit});
    CHECK(ids(f.store.events(directed(std::nullopt, "POL"))) == std::vector<long long>{visited});
    CHECK(ids(f.store.events(directed("dora-directionperson", "DEU"))) ==
          std::vector<long long>{person_visit});
    CHECK(f.store.events(directed("DEU", "dora-directionperson")).size() == 1);
  }

  TEST_CASE("an unknown source or target is NotFoundError") {
    DirectionFixture f;
    CHECK_THROWS_AS(f.store.events(directed("NOPE", std::nullopt)), dipgraph::NotFoundError);
    CHECK_THROWS_AS(f.store.count_events(directed(std::nullopt, "NOPE")), dipgraph::NotFoundError);
  }
}
