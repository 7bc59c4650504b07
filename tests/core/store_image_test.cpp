#include "core/store_image/builtin_store_image.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>

#include "core/store.hpp"

using namespace dipgraph::core;

namespace {

std::string seeded_at(const Store& store) {
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(store.handle(), "SELECT value FROM meta WHERE key = 'seeded_at'", -1, &statement,
                             nullptr) == SQLITE_OK);
  std::string value;
  if (sqlite3_step(statement) == SQLITE_ROW) value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  sqlite3_finalize(statement);
  return value;
}

}  // namespace

TEST_CASE("the built-in image opens as the store open_in_memory seeds") {
  const std::string_view image = builtin_store_image();
  REQUIRE(image.size() > 100);
  const Store fresh = Store::open_in_memory();
  const Store opened = Store::open_in_memory(image);
  CHECK(seeded_at(opened) == Date::today().to_string());
  CHECK(seeded_at(opened) == seeded_at(fresh));
  // Page for page the same database; only the header's change counters differ.
  const std::string a = fresh.serialize();
  const std::string b = opened.serialize();
  REQUIRE(a.size() == b.size());
  CHECK(a.compare(100, std::string::npos, b, 100, std::string::npos) == 0);
  CHECK(opened.aliases().size() == fresh.aliases().size());
  CHECK(opened.schema_version() == fresh.schema_version());
}

TEST_CASE("a store opened from the image can be written to") {
  Store store = Store::open_in_memory(builtin_store_image());
  const long long before = store.write_count();
  {
    Store::Transaction transaction(store);
    REQUIRE(sqlite3_exec(store.handle(), "UPDATE meta SET value = 'x' WHERE key = 'seeded_at'", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
  }  // rolled back
  CHECK(seeded_at(store) == Date::today().to_string());
  {
    Store::Transaction transaction(store);
    REQUIRE(sqlite3_exec(store.handle(), "UPDATE meta SET value = 'y' WHERE key = 'seeded_at'", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    transaction.commit();
  }
  CHECK(seeded_at(store) == "y");
  CHECK(store.write_count() > before);
}

TEST_CASE("an empty or foreign image falls back to seeding") {
  const Store empty = Store::open_in_memory(std::string_view());
  CHECK(seeded_at(empty) == Date::today().to_string());
  const std::string garbage(8192, 'x');
  const Store foreign = Store::open_in_memory(garbage);
  CHECK(seeded_at(foreign) == Date::today().to_string());
  CHECK(foreign.aliases().size() == empty.aliases().size());
}
