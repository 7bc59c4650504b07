#include "graphs/ties.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/graphs/path_codes.hpp"

using namespace dipgraph::graphs;
using dipgraph::test::path_codes;
using dipgraph::NotFoundError;
using dipgraph::UsageError;
using dipgraph::core::Date;
using dipgraph::core::Document;
using dipgraph::core::NewEvent;
using dipgraph::core::Store;

namespace {

using Codes = std::vector<std::string>;

struct Fixture {
  Store store = Store::open_in_memory();
  long long doc = store.ensure_document(Document{"facts", "facts/ties.csv", {}, {}, {}});

  void add(const char* type, const char* source, const char* target, const char* date,
           const char* evidence = nullptr) {
    NewEvent event;
    event.type = type;
    event.source_code = source;
    event.target_code = target;
    event.date = *Date::parse(date);
    if (evidence != nullptr) event.evidence = evidence;
    store.add_event(event, doc, {});
  }

  TiesResult ties(const char* a, const char* b, TiesOptions options = {}) const {
    return find_ties(store, a, b, options);
  }
};

/// Pakistan and Russia as in the demo data, in miniature.
Fixture pakistan_russia() {
  Fixture f;
  f.add("visit", "PAK", "RUS", "2022-02-23", "Imran Khan in Moscow");
  f.add("meeting", "vladimir-putin", "shehbaz-sharif", "2022-09-15");
  f.add("visit", "alexei-overchuk", "PAK", "2024-09-18", "Overchuk in Islamabad");
  f.add("agreement", "RUS", "PAK", "2024-09-18");
  f.add("visit", "mikhail-mishustin", "PAK", "2024-10-15", "Mishustin in Islamabad");
  f.add("visit", "aleksandr-lukashenko", "PAK", "2024-11-25");
  f.add("agreement", "PAK", "BLR", "2024-11-26");
  f.add("meeting", "BLR", "RUS", "2024-05-01");
  f.add("visit", "BLR", "RUS", "2024-06-01");
  f.add("sanction", "USA", "RUS", "2024-02-23");
  f.add("reject", "PAK", "USA", "2024-04");
  f.add("visit", "KIR", "TUV", "2024-01-01");
  return f;
}

Codes dates_and_types(const std::vector<dipgraph::core::EventRecord>& events) {
  Codes dates;
  for (const auto& event : events) dates.push_back(event.date.to_string() + " " + event.type);
  return dates;
}

}  // namespace

TEST_SUITE("ties") {
  TEST_CASE("direct events come newest first and count the states' people") {
    const Fixture f = pakistan_russia();
    const TiesResult result = f.ties("PAK", "RUS");
    CHECK(result.a.name == "Pakistan");
    CHECK(result.b.code == "RUS");
    // Newest first: by date, then the later stored first.
    CHECK(dates_and_types(result.direct) == Codes{"2024-10-15 visit", "2024-09-18 agreement",
                                         "2024-09-18 visit", "2022-09-15 meeting",
                                         "2022-02-23 visit"});
    CHECK(result.direct_total == 5);
    CHECK(result.direct[0].source.code == "mikhail-mishustin");
    CHECK(result.direct[0].evidence == "Mishustin in Islamabad");
    REQUIRE(result.direct_tie);
    CHECK(result.direct_tie->hops.front().props.events == 5);
    CHECK(result.direct_tie->hops.front().props.by_type.at("visit") == 3);
    CHECK_FALSE(result.none());
  }

  TEST_CASE("the limit cuts the list but not the total or the summary") {
    const Fixture f = pakistan_russia();
    TiesOptions options;
    options.limit = 2;
    const TiesResult result = f.ties("PAK", "RUS", options);
    CHECK(dates_and_types(result.direct) == Codes{"2024-10-15 visit", "2024-09-18 agreement"});
    CHECK(result.direct_total == 5);
    CHECK(result.summary.total.events == 5);
  }

  TEST_CASE("the summary counts cooperation, conflict and net weight by year") {
    Fixture f = pakistan_russia();
    f.add("threat", "RUS", "PAK", "2024-12-01");
    const TiesResult result = f.ties("PAK", "RUS");
    CHECK(result.summary.total.events == 6);
    CHECK(result.summary.total.cooperative == 5);
    CHECK(result.summary.total.conflictual == 1);
    REQUIRE(result.summary.by_year.size() == 2);
    const TieCounts& y2022 = result.summary.by_year.at("2022");
    CHECK(y2022.events == 2);
    CHECK(y2022.net_weight == doctest::Approx(1.9 + 1.0));
    const TieCounts& y2024 = result.summary.by_year.at("2024");
    CHECK(y2024.events == 4);
    CHECK(y2024.conflictual == 1);
    CHECK(y2024.net_weight == doctest::Approx(1.9 + 8.0 + 1.9 - 4.4));
    CHECK(result.summary.total.net_weight ==
          doctest::Approx(y2022.net_weight + y2024.net_weight));
  }

  TEST_CASE("indirect ties go through intermediaries, strongest first, with aggregated hops") {
    const Fixture f = pakistan_russia();
    const TiesResult result = f.ties("PAK", "RUS");
    // PAK - BLR (2 events) - RUS (2): 1 / (2 / log2 3); PAK - USA (1) - RUS (1): 0.5.
    CHECK(path_codes(result.paths) == Codes{"PAK-BLR-RUS", "PAK-USA-RUS"});
    CHECK(result.paths[0].strength == doctest::Approx(std::log2(3.0) / 2));
    CHECK(result.paths[1].strength == doctest::Approx(0.5));
    const Hop& hop = result.paths[0].hops[0];
    CHECK(hop.from == "PAK");
    CHECK(hop.to == "BLR");
    CHECK(hop.props.events == 2);
    CHECK(hop.props.by_type == std::map<std::string, long long>{{"agreement", 1}, {"visit", 1}});
    CHECK(hop.props.first_day == "2024-11-25");
    CHECK(hop.props.last_day == "2024-11-26");
    CHECK(hop.props.cooperative == 2);
    CHECK(result.paths[1].hops[1].props.conflictual == 1);
  }

  TEST_CASE("the quick two-hop search agrees with the search over the whole view") {
    const Fixture f = pakistan_russia();
    const TiesResult quick = f.ties("PAK", "RUS");
    const GraphView whole = build_graph_view(f.store, GraphViewOptions{});
    const auto full = indirect_paths(whole, "PAK", "RUS", 2, 10);
    REQUIRE(quick.paths.size() == full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
      CHECK(quick.paths[i].nodes == full[i].nodes);
      CHECK(quick.paths[i].strength == doctest::Approx(full[i].strength));
      for (std::size_t h = 0; h < full[i].hops.size(); ++h) {
        const auto& q = quick.paths[i].hops[h].props;
        const auto& w = full[i].hops[h].props;
        CHECK(q.events == w.events);
        CHECK(q.by_type == w.by_type);
        CHECK(q.first_day == w.first_day);
        CHECK(q.last_day == w.last_day);
        CHECK(q.net_weight == doctest::Approx(w.net_weight));
      }
    }
    // A since filter takes the general way (the focused view); same answer.
    TiesOptions options;
    options.view.since = Date::parse("1990");
    CHECK(path_codes(f.ties("PAK", "RUS", options).paths) == path_codes(quick.paths));
  }

  TEST_CASE("filters narrow the direct events, the summary and the paths") {
    const Fixture f = pakistan_russia();
    TiesOptions options;
    options.view.types = {"visit"};
    options.view.since = Date::parse("2024");
    const TiesResult result = f.ties("PAK", "RUS", options);
    CHECK(dates_and_types(result.direct) == Codes{"2024-10-15 visit", "2024-09-18 visit"});
    CHECK(result.direct_total == 2);
    CHECK(result.summary.by_year.size() == 1);
    // BLR - RUS still has a visit, but PAK - BLR's visit is Lukashenko's; USA has none.
    CHECK(path_codes(result.paths) == Codes{"PAK-BLR-RUS"});

    TiesOptions until;
    until.view.until = Date::parse("2023");
    const TiesResult early = f.ties("PAK", "RUS", until);
    CHECK(early.direct_total == 2);
    CHECK(early.paths.empty());
  }

  TEST_CASE("longer searches find longer indirect ties") {
    Fixture f = pakistan_russia();
    f.add("visit", "KIR", "PAK", "2024-01-02");
    f.add("visit", "TUV", "RUS", "2024-01-03");
    TiesOptions options;
    options.max_hops = 3;
    const TiesResult result = f.ties("PAK", "RUS", options);
    CHECK(path_codes(result.paths) == Codes{"PAK-BLR-RUS", "PAK-USA-RUS", "PAK-KIR-TUV-RUS"});
  }

  TEST_CASE("no tie at all gives empty lists") {
    const Fixture f = pakistan_russia();
    const TiesResult result = f.ties("PAK", "KIR");
    CHECK(result.direct.empty());
    CHECK(result.direct_total == 0);
    CHECK(result.paths.empty());
    CHECK_FALSE(result.direct_tie);
    CHECK(result.summary.by_year.empty());
    CHECK(result.none());
  }

  TEST_CASE("people are their own nodes at actor level only") {
    const Fixture f = pakistan_russia();
    CHECK_THROWS_AS(f.ties("mikhail-mishustin", "PAK"), UsageError);
    TiesOptions options;
    options.view.level = Level::actor;
    const TiesResult result = f.ties("mikhail-mishustin", "PAK", options);
    CHECK(dates_and_types(result.direct) == Codes{"2024-10-15 visit"});
    // At actor level Russia itself has only the agreement with Pakistan (and a
    // visit of its own), not its ministers' visits.
    const TiesResult states = f.ties("RUS", "PAK", options);
    CHECK(dates_and_types(states.direct) == Codes{"2024-09-18 agreement", "2022-02-23 visit"});
    CHECK(states.direct_total == 2);
  }

  TEST_CASE("bad options and bad actors are refused") {
    const Fixture f = pakistan_russia();
    TiesOptions hops;
    hops.max_hops = kMaxIndirectHops + 1;
    CHECK_THROWS_AS(f.ties("PAK", "RUS", hops), UsageError);
    TiesOptions limit;
    limit.limit = 0;
    CHECK_THROWS_AS(f.ties("PAK", "RUS", limit), UsageError);
    CHECK_THROWS_AS(f.ties("PAK", "PAK"), UsageError);
    CHECK_THROWS_AS(f.ties("PAK", "XXX"), NotFoundError);
  }
}
