// EventBatch, the bulk write path of the dataset importers: dedup by record,
// one event per key, and a rollup equal to the events after every flush.
#include "core/event_batch.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>

#include "core/error.hpp"
#include "core/schema.hpp"
#include "core/sqlite.hpp"
#include "core/store.hpp"
#include "tests/importers/temp_dir.hpp"

using namespace dipgraph::core;

namespace {

struct Fixture {
  dipgraph::test::TempDir dir;
  std::string path = (dir.path() / "batch.db").string();
  Store store = Store::open(path);
  long long doc = store.ensure_document(Document{"gdelt", "gdelt/test.tsv", {}, {}, {}});

  long long query(const std::string& sql) const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return db.query_int64(sql).value_or(-1);
  }
  long long mismatches() const {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return schema::rollup_mismatches(db);
  }
};

BatchEvent make(EventBatch& batch, const char* type, const char* source, const char* target,
                const char* day, const char* cameo, double weight, const char* record) {
  BatchEvent event;
  event.type = type;
  event.source_id = batch.actor_id(source).value();
  event.target_id = batch.actor_id(target).value();
  event.day = day;
  event.cameo = cameo;
  event.weight = weight;
  event.record = record;
  event.articles = 2;
  return event;
}

}  // namespace

TEST_SUITE("event_batch") {
  TEST_CASE("a record is stored once, a second record of the same event merges into it") {
    Fixture f;
    {
      Store::Transaction transaction(f.store);
      EventBatch batch(f.store, f.doc);
      CHECK(batch.add(make(batch, "visit", "USA", "CHN", "2024-01-05", "042", 1.9, "gdelt:1")) ==
            BatchOutcome::added);
      CHECK(batch.add(make(batch, "visit", "USA", "CHN", "2024-01-05", "042", 1.9, "gdelt:2")) ==
            BatchOutcome::merged);
      CHECK(batch.add(make(batch, "visit", "USA", "CHN", "2024-01-05", "042", 1.9, "gdelt:1")) ==
            BatchOutcome::unchanged);
      // Another code of the same type and day is another event.
      CHECK(batch.add(make(batch, "visit", "USA", "CHN", "2024-01-05", "043", 2.8, "gdelt:3")) ==
            BatchOutcome::added);
      batch.flush();
      transaction.commit();
    }
    CHECK(f.query("SELECT count(*) FROM event") == 2);
    CHECK(f.query("SELECT count(*) FROM event_source") == 3);
    CHECK(f.query("SELECT sum(articles) FROM event_source WHERE event_id = "
                  "(SELECT id FROM event WHERE cameo = '042')") == 4);
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("symmetric types are stored in canonical order, so both directions are one event") {
    Fixture f;
    Store::Transaction transaction(f.store);
    EventBatch batch(f.store, f.doc);
    CHECK(batch.add(make(batch, "conflict", "ISR", "IRN", "2024-01-08", "190", -10, "r:1")) ==
          BatchOutcome::added);
    CHECK(batch.add(make(batch, "conflict", "IRN", "ISR", "2024-01-08", "190", -10, "r:2")) ==
          BatchOutcome::merged);
    batch.flush();
    transaction.commit();
    CHECK(f.query("SELECT count(*) FROM event WHERE source_id < target_id") == 1);
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("the rollup equals the events after flushes over several batches and an old store") {
    Fixture f;
    // Events through the per-event path first, so batches add to existing rollup rows.
    NewEvent old;
    old.type = "meeting";
    old.source_code = "FRA";
    old.target_code = "DEU";
    old.date = *Date::parse("2024-01-03");
    f.store.add_event(old, f.doc, {});
    const char* states[] = {"FRA", "DEU", "POL", "USA", "CHN"};
    const char* types[][3] = {{"meeting", "040", "1"}, {"visit", "042", "1.9"},
                              {"conflict", "190", "-10"}, {"other", "010", "0"}};
    int record = 0;
    for (int batch_number = 0; batch_number < 3; ++batch_number) {
      Store::Transaction transaction(f.store);
      EventBatch batch(f.store, f.doc);
      for (int i = 0; i < 40; ++i) {
        const char* source = states[(i + batch_number) % 5];
        const char* target = states[(i / 5 + batch_number + 1) % 5];
        if (std::string(source) == target) continue;
        const auto& type = types[i % 4];
        const std::string day = "2024-0" + std::to_string(1 + i % 3) + "-1" + std::to_string(i % 7);
        const std::string id = "r:" + std::to_string(++record);
        batch.add(make(batch, type[0], source, target, day.c_str(), type[1], std::stod(type[2]),
                       id.c_str()));
      }
      batch.flush();
      transaction.commit();
      CHECK(f.mismatches() == 0);
    }
    CHECK(f.query("SELECT count(*) FROM pair_month") > 10);
  }

  TEST_CASE("events left unflushed in a rolled back batch leave no trace") {
    Fixture f;
    {
      Store::Transaction transaction(f.store);
      EventBatch batch(f.store, f.doc);
      batch.add(make(batch, "visit", "USA", "CHN", "2024-01-05", "042", 1.9, "gdelt:1"));
    }
    CHECK(f.query("SELECT count(*) FROM event") == 0);
    CHECK(f.query("SELECT count(*) FROM pair_month") == 0);
    CHECK(f.mismatches() == 0);
  }

  TEST_CASE("unknown actors and types are refused") {
    Fixture f;
    Store::Transaction transaction(f.store);
    EventBatch batch(f.store, f.doc);
    CHECK_FALSE(batch.actor_id("XXX"));
    CHECK(batch.is_state(*batch.actor_id("USA")));
    CHECK_FALSE(batch.is_state(*batch.actor_id("UN")));
    auto event = make(batch, "visit", "USA", "CHN", "2024-01-05", "042", 1.9, "gdelt:1");
    event.type = "parade";
    CHECK_THROWS_AS(batch.add(event), dipgraph::InputError);
  }
}

TEST_SUITE("deferred_indexes") {
  TEST_CASE("deferred event indexes come back with their exact SQL, at the end or on the next open") {
    Fixture f;
    const std::string indexes =
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event'";
    const long long before = f.query(indexes);
    REQUIRE(before >= 6);
    {
      Store::Transaction transaction(f.store);
      f.store.defer_event_indexes();
      transaction.commit();
    }
    CHECK(f.query(indexes) == 1);  // event_key, the dedup key, stays
    SUBCASE("restored by the importer") {
      Store::Transaction transaction(f.store);
      f.store.restore_event_indexes();
      transaction.commit();
    }
    SUBCASE("restored by the next read-write open after an interruption") {
      f.store = Store::open_in_memory();  // closes the file
      f.store = Store::open(f.path);
    }
    CHECK(f.query(indexes) == before);
    CHECK(f.query("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index:%'") == 0);
  }
}
