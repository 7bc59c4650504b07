#include <doctest/doctest.h>

#include <string>

#include "core/date.hpp"
#include "core/store.hpp"
#include "tests/importers/temp_dir.hpp"

using namespace dipgraph::core;

namespace {

void add_visit(Store& store, long long document, const char* date) {
  NewEvent event;
  event.type = "visit";
  event.source_code = "PAK";
  event.target_code = "RUS";
  event.date = *Date::parse(date);
  store.add_event(event, document, {});
}

}  // namespace

TEST_SUITE("store snapshot") {
  // A query reads in several statements (a listing, then its counts; a graph,
  // then its actors): all of them must see the store as it was when it opened.
  TEST_CASE("a read-only store keeps reading the state it opened on while another connection commits") {
    dipgraph::test::TempDir dir;
    const std::string path = (dir.path() / "snapshot.db").string();
    Store writer = Store::open(path);
    const long long document = writer.ensure_document(Document{"facts", "facts/snapshot.csv", {}, {}, {}});
    add_visit(writer, document, "2024-01-10");

    Store reader = Store::open(path, OpenMode::read_only);
    CHECK(reader.stats().events == 1);
    add_visit(writer, document, "2024-02-10");
    CHECK(reader.stats().events == 1);
    EventFilter pair;
    pair.actor = "PAK";
    pair.other = "RUS";
    CHECK(reader.events(pair).size() == 1);

    Store later = Store::open(path, OpenMode::read_only);
    CHECK(later.stats().events == 2);
  }
}
