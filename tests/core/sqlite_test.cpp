#include "core/sqlite.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "core/error.hpp"

using namespace dipgraph::core::sqlite;
using dipgraph::StoreError;

namespace {

Database memory() { return Database(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); }

}  // namespace

TEST_SUITE("sqlite") {
  TEST_CASE("bound values come back with their types") {
    auto db = memory();
    auto query = db.prepare("SELECT ?1, ?2, ?3, ?4, ?5, typeof(?5), ?6");
    query.bind_all(42, 1LL << 40, 2.5, std::string("text"), std::string_view(""),
                   std::optional<std::string>());
    REQUIRE(query.step());
    CHECK(query.column_int(0) == 42);
    CHECK(query.column_int64(1) == (1LL << 40));
    CHECK(query.column_double(2) == 2.5);
    CHECK(query.column_text(3) == "text");
    // An empty string stays text; only nullopt becomes NULL.
    CHECK(query.column_text(5) == "text");
    CHECK_FALSE(query.is_null(4));
    CHECK(query.is_null(6));
    CHECK(query.column_optional_text(6) == std::nullopt);
    CHECK_FALSE(query.step());
  }

  TEST_CASE("a failing statement throws StoreError with the SQLite code") {
    auto db = memory();
    db.exec("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)");
    auto insert = db.prepare("INSERT INTO t (x) VALUES (?1)");
    insert.bind(1, 1).run();
    try {
      insert.bind(1, 1).run();
      FAIL("expected a constraint error");
    } catch (const StoreError& error) {
      CHECK(error.sqlite_code() == SQLITE_CONSTRAINT);
      CHECK(std::string(error.what()).find("UNIQUE") != std::string::npos);
    }
    CHECK_THROWS_AS(db.prepare("SELEKT 1"), StoreError);
    CHECK_THROWS_AS(db.exec("INSERT INTO missing VALUES (1)"), StoreError);
  }

  TEST_CASE("cached statements are prepared once and come back reset") {
    auto db = memory();
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2)");
    auto& first = db.cached("SELECT x FROM t ORDER BY x");
    REQUIRE(first.step());
    CHECK(first.column_int(0) == 1);
    auto& again = db.cached("SELECT x FROM t ORDER BY x");
    CHECK(&again == &first);
    REQUIRE(again.step());
    CHECK(again.column_int(0) == 1);
    again.reset();
  }

  TEST_CASE("changes and last_insert_rowid report the last write") {
    auto db = memory();
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x UNIQUE)");
    db.prepare("INSERT INTO t (x) VALUES (7)").run();
    CHECK(db.changes() == 1);
    CHECK(db.last_insert_rowid() == 1);
    db.prepare("INSERT INTO t (x) VALUES (7) ON CONFLICT DO NOTHING").run();
    CHECK(db.changes() == 0);
    CHECK(db.query_int64("SELECT count(*) FROM t") == 1);
    CHECK(db.query_int64("SELECT NULL") == std::nullopt);
  }

  TEST_CASE("try_exec reports failure instead of throwing") {
    auto db = memory();
    CHECK_FALSE(db.try_exec("ROLLBACK"));
    CHECK(db.try_exec("BEGIN"));
    CHECK(db.in_transaction());
    CHECK(db.try_exec("ROLLBACK"));
    CHECK_FALSE(db.in_transaction());
  }

  TEST_CASE("opening a path in a missing directory fails with the path in the message") {
    try {
      Database db("/nonexistent-dir/x.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      FAIL("expected failure");
    } catch (const StoreError& error) {
      CHECK(error.sqlite_code() == SQLITE_CANTOPEN);
      CHECK(std::string(error.what()).find("/nonexistent-dir/x.db") != std::string::npos);
    }
  }
}
