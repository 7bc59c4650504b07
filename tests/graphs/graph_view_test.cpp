#include "graphs/graph_view.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace dipgraph::graphs;
using dipgraph::UsageError;
using dipgraph::core::ActorKind;
using dipgraph::core::Date;
using dipgraph::core::Document;
using dipgraph::core::NewEvent;
using dipgraph::core::Store;

namespace {

Date day(const char* text) { return *Date::parse(text); }

struct Fixture {
  Store store = Store::open_in_memory();
  long long doc = store.ensure_document(Document{"facts", "facts/graph.csv", {}, {}, {}});

  void add(const char* type, const char* source, const char* target, const char* date,
           const char* date_end = nullptr, std::optional<double> weight = std::nullopt) {
    NewEvent event;
    event.type = type;
    event.source_code = source;
    event.target_code = target;
    event.date = day(date);
    if (date_end != nullptr) event.date_end = day(date_end);
    event.weight = weight;
    store.add_event(event, doc, {});
  }
  GraphView build(const GraphViewOptions& options = {}) { return build_graph_view(store, options); }
};

std::vector<std::string> codes(const GraphView& view) {
  std::vector<std::string> result;
  for (const auto vertex : boost::make_iterator_range(boost::vertices(view.graph))) {
    result.push_back(view.graph[vertex].code);
  }
  return result;
}

bool has_edge(const GraphView& view, const char* a, const char* b) {
  const auto u = view.find(a);
  const auto v = view.find(b);
  return u && v && boost::edge(*u, *v, view.graph).second;
}

const EdgeProps& edge(const GraphView& view, const char* a, const char* b) {
  REQUIRE(has_edge(view, a, b));
  return view.graph[boost::edge(*view.find(a), *view.find(b), view.graph).first];
}

}  // namespace

TEST_SUITE("graph_view") {
  TEST_CASE("parallel events in both directions aggregate into one edge") {
    Fixture f;
    f.add("visit", "RUS", "BLR", "2024-01-10");
    f.add("visit", "BLR", "RUS", "2024-03-05");
    f.add("agreement", "BLR", "RUS", "2024-02");
    f.add("threat", "BLR", "RUS", "2024-04-01");
    f.add("meeting", "RUS", "BLR", "2024-05-01", "2024-05-03", 0.0);
    f.add("sanction", "USA", "BLR", "2024-06-01");
    const GraphView view = f.build();

    CHECK(codes(view) == std::vector<std::string>{"BLR", "RUS", "USA"});
    CHECK(boost::num_edges(view.graph) == 2);
    CHECK(boost::out_degree(*view.find("RUS"), view.graph) == 1);
    CHECK(view.graph[*view.find("BLR")].name == "Belarus");
    CHECK(view.graph[*view.find("BLR")].kind == ActorKind::state);

    const EdgeProps& ties = edge(view, "RUS", "BLR");
    CHECK(ties.events == 5);
    CHECK(ties.by_type == std::map<std::string, long long>{
                              {"agreement", 1}, {"meeting", 1}, {"threat", 1}, {"visit", 2}});
    CHECK(ties.first_day == "2024-01-10");
    CHECK(ties.last_day == "2024-05-03");
    CHECK(ties.net_weight == doctest::Approx(1.9 + 1.9 + 8.0 - 4.4));
    CHECK(ties.cooperative == 3);
    CHECK(ties.conflictual == 1);

    const EdgeProps& sanctions = edge(view, "BLR", "USA");
    CHECK(sanctions.events == 1);
    CHECK(sanctions.net_weight == doctest::Approx(-8.0));
    CHECK(sanctions.conflictual == 1);
    CHECK(sanctions.cooperative == 0);
  }

  TEST_CASE("people project onto their state at state level and are own nodes at actor level") {
    Fixture f;
    f.add("visit", "aleksandr-lukashenko", "RUS", "2024-01-10");
    f.add("meeting", "shehbaz-sharif", "aleksandr-lukashenko", "2024-04-11");
    f.add("meeting", "aleksandr-lukashenko", "BLR", "2024-05-01");  // BLR with itself at state level
    f.add("visit", "BLR", "RUS", "2024-06-01");

    SUBCASE("state level") {
      const GraphView view = f.build();
      CHECK(codes(view) == std::vector<std::string>{"BLR", "PAK", "RUS"});
      CHECK(boost::num_edges(view.graph) == 2);
      CHECK_FALSE(has_edge(view, "BLR", "BLR"));
      CHECK(edge(view, "BLR", "RUS").events == 2);
      CHECK(edge(view, "BLR", "RUS").first_day == "2024-01-10");
      CHECK(edge(view, "PAK", "BLR").by_type == std::map<std::string, long long>{{"meeting", 1}});
      CHECK_FALSE(view.find("aleksandr-lukashenko"));
    }
    SUBCASE("actor level") {
      GraphViewOptions options;
      options.level = Level::actor;
      const GraphView view = f.build(options);
      CHECK(codes(view) ==
            std::vector<std::string>{"BLR", "RUS", "aleksandr-lukashenko", "shehbaz-sharif"});
      CHECK(boost::num_edges(view.graph) == 4);
      CHECK(edge(view, "aleksandr-lukashenko", "RUS").events == 1);
      CHECK(edge(view, "aleksandr-lukashenko", "shehbaz-sharif").events == 1);
      CHECK(edge(view, "aleksandr-lukashenko", "BLR").events == 1);
      CHECK(edge(view, "BLR", "RUS").events == 1);
      const auto person = view.find("shehbaz-sharif");
      REQUIRE(person);
      CHECK(view.graph[*person].kind == ActorKind::person);
      CHECK(view.graph[*person].name == "Shehbaz Sharif");
    }
  }

  TEST_CASE("the time window and the type filter select events as EventFilter does") {
    Fixture f;
    f.add("visit", "RUS", "BLR", "2023-12-30");
    f.add("visit", "RUS", "BLR", "2024-01-10");
    f.add("conflict", "RUS", "UKR", "2022-02-24", "2025");
    f.add("agreement", "BLR", "CHN", "2024");
    f.add("sanction", "USA", "RUS", "2024-08-01");

    SUBCASE("window") {
      GraphViewOptions options;
      options.since = day("2024");
      options.until = day("2024-06");
      const GraphView view = f.build(options);
      CHECK(codes(view) == std::vector<std::string>{"BLR", "CHN", "RUS", "UKR"});
      CHECK(boost::num_edges(view.graph) == 3);
      CHECK(edge(view, "RUS", "BLR").events == 1);
      CHECK(edge(view, "RUS", "BLR").first_day == "2024-01-10");
      CHECK(edge(view, "RUS", "UKR").first_day == "2022-02-24");
      CHECK(edge(view, "RUS", "UKR").last_day == "2025-12-31");
      CHECK(edge(view, "CHN", "BLR").last_day == "2024-12-31");
    }
    SUBCASE("types") {
      GraphViewOptions options;
      options.types = {"visit", "sanction"};
      const GraphView view = f.build(options);
      CHECK(codes(view) == std::vector<std::string>{"BLR", "RUS", "USA"});
      CHECK(edge(view, "RUS", "BLR").events == 2);
      CHECK(edge(view, "RUS", "USA").events == 1);
      CHECK(boost::num_edges(view.graph) == 2);
    }
    SUBCASE("types and window together") {
      GraphViewOptions options;
      options.types = {"visit"};
      options.since = day("2024-01-05");
      const GraphView view = f.build(options);
      CHECK(codes(view) == std::vector<std::string>{"BLR", "RUS"});
      CHECK(edge(view, "RUS", "BLR").events == 1);
    }
  }

  TEST_CASE("min_events drops thin edges but keeps their nodes") {
    Fixture f;
    f.add("visit", "RUS", "BLR", "2024-01-10");
    f.add("visit", "BLR", "RUS", "2024-02-10");
    f.add("meeting", "RUS", "BLR", "2024-03-10");
    f.add("meeting", "RUS", "UKR", "2024-03-10");
    GraphViewOptions options;
    options.min_events = 2;
    GraphView view = f.build(options);
    CHECK(codes(view) == std::vector<std::string>{"BLR", "RUS", "UKR"});
    CHECK(boost::num_edges(view.graph) == 1);
    CHECK(edge(view, "RUS", "BLR").events == 3);
    CHECK(boost::out_degree(*view.find("UKR"), view.graph) == 0);

    options.min_events = 4;
    view = f.build(options);
    CHECK(boost::num_vertices(view.graph) == 3);
    CHECK(boost::num_edges(view.graph) == 0);
  }

  TEST_CASE("validate rejects bad options") {
    GraphViewOptions options;
    CHECK_NOTHROW(options.validate());
    SUBCASE("min_events below one") {
      options.min_events = 0;
      CHECK_THROWS_AS(options.validate(), UsageError);
    }
    SUBCASE("since after until") {
      options.since = day("2024-06");
      options.until = day("2024-05");
      CHECK_THROWS_AS(options.validate(), UsageError);
      options.until = day("2024-06-01");  // overlapping spans are a valid window
      CHECK_NOTHROW(options.validate());
    }
    SUBCASE("unknown type") {
      options.types = {"visit", "visits"};
      CHECK_THROWS_AS(options.validate(), UsageError);
      Store store = Store::open_in_memory();
      CHECK_THROWS_AS(build_graph_view(store, options), UsageError);
    }
  }

  TEST_CASE("the view is loaded with one rollup query and one name query, parameters bound") {
    Fixture f;
    f.add("visit", "RUS", "BLR", "2024-01-10");
    f.add("sanction", "USA", "RUS", "2024-08-01");
    std::vector<std::string> statements;
    const auto trace = [](unsigned, void* out, void* statement, void*) {
      static_cast<std::vector<std::string>*>(out)->emplace_back(
          sqlite3_sql(static_cast<sqlite3_stmt*>(statement)));
      return 0;
    };
    sqlite3_trace_v2(f.store.handle(), SQLITE_TRACE_STMT, trace, &statements);
    GraphViewOptions options;
    options.types = {"visit"};
    options.since = day("2024");
    const GraphView view = f.build(options);
    sqlite3_trace_v2(f.store.handle(), 0, nullptr, nullptr);
    CHECK(boost::num_edges(view.graph) == 1);
    REQUIRE(statements.size() == 2);
    // 2024 is whole months of the monthly rollup, plus the spans reaching into it.
    CHECK(statements[0].find("FROM pair_month") != std::string::npos);
    for (const auto& sql : statements) {
      CHECK(sql.find("2024") == std::string::npos);
      CHECK(sql.find("'visit'") == std::string::npos);
    }

    SUBCASE("and a view of every event reads the whole-span rollup alone") {
      statements.clear();
      sqlite3_trace_v2(f.store.handle(), SQLITE_TRACE_STMT, trace, &statements);
      f.build(GraphViewOptions{});
      sqlite3_trace_v2(f.store.handle(), 0, nullptr, nullptr);
      REQUIRE(statements.size() == 2);
      CHECK(statements[0].find("FROM pair_total") != std::string::npos);
      CHECK(statements[0].find("FROM event") == std::string::npos);
    }
  }

  TEST_CASE("an empty store gives an empty graph") {
    Fixture f;
    const GraphView view = f.build();
    CHECK(boost::num_vertices(view.graph) == 0);
    CHECK(boost::num_edges(view.graph) == 0);
    CHECK_FALSE(view.find("RUS"));
  }

  TEST_CASE("a focus keeps only the edges touching the focus actors") {
    Fixture f;
    f.add("visit", "PAK", "BLR", "2024-01-10");
    f.add("visit", "BLR", "RUS", "2024-01-11");
    f.add("visit", "RUS", "CHN", "2024-01-12");
    f.add("meeting", "shehbaz-sharif", "CHN", "2024-01-13");
    GraphViewOptions options;
    options.focus = {"PAK", "XXX"};  // unknown codes contribute nothing
    const GraphView view = f.build(options);
    CHECK(codes(view) == std::vector<std::string>{"BLR", "CHN", "PAK"});
    CHECK(has_edge(view, "PAK", "BLR"));
    CHECK(has_edge(view, "PAK", "CHN"));  // a person counts for the focus state
    CHECK_FALSE(has_edge(view, "BLR", "RUS"));
    options.focus = {"XXX"};
    CHECK(boost::num_vertices(f.build(options).graph) == 0);
  }
}
