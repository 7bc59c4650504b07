#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements
// with typed bind and column helpers. Every failure throws StoreError carrying
// SQLite's result code and message. Used only inside core/ (store, schema, seed).

#include <map>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace dipgraph::core::sqlite {

/// A prepared statement. Parameters are 1-based (as in SQLite), columns 0-based.
class Statement {
 public:
  /// Prepares `sql` (one statement); throws StoreError quoting the SQL on failure.
  Statement(sqlite3* db, std::string_view sql);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::nullopt_t);
  Statement& bind(int index, int value);
  Statement& bind(int index, long long value);
  Statement& bind(int index, double value);
  Statement& bind(int index, bool value);
  /// Text is copied (SQLITE_TRANSIENT), so temporaries are fine.
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const std::string& value);
  Statement& bind(int index, const char* value);
  template <class T>
  Statement& bind(int index, const std::optional<T>& value) {
    if (value) return bind(index, *value);
    return bind(index, std::nullopt);
  }
  /// Binds the arguments to parameters 1, 2, ...
  template <class... Args>
  Statement& bind_all(const Args&... args) {
    int index = 0;
    (bind(++index, args), ...);
    return *this;
  }

  /// Advances: true when a row is available, false when done. Throws StoreError.
  bool step();
  /// Steps to completion (for statements without result rows), then resets.
  void run();
  /// Resets the statement and clears its bindings so it can be reused.
  void reset();

  bool is_null(int column) const;
  int column_int(int column) const;
  long long column_int64(int column) const;
  double column_double(int column) const;
  /// The column as text ("" for NULL).
  std::string column_text(int column) const;
  std::optional<std::string> column_optional_text(int column) const;
  std::optional<long long> column_optional_int64(int column) const;

  sqlite3_stmt* handle() const { return stmt_; }

 private:
  [[noreturn]] void fail(int code) const;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

/// Resets a statement (typically a cached one) when the scope ends, so that a
/// query stopped after its first row does not keep a read transaction open.
class ScopedReset {
 public:
  explicit ScopedReset(Statement& statement) : statement_(statement) {}
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;
  ~ScopedReset() { statement_.reset(); }

 private:
  Statement& statement_;
};

/// One connection. Closing is automatic; cached statements are finalized first.
class Database {
 public:
  /// sqlite3_open_v2 with `flags`; throws StoreError naming `path` on failure.
  Database(const std::string& path, int flags);
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  /// Runs one or more statements without results (DDL, PRAGMA, BEGIN...).
  void exec(std::string_view sql);
  /// Like exec, but reports failure by returning false: for ROLLBACK in
  /// destructors and catch blocks, where a second exception must not escape.
  bool try_exec(std::string_view sql) noexcept;
  /// A fresh statement owned by the caller.
  Statement prepare(std::string_view sql) const;
  /// A statement prepared once per connection and reused: reset and with cleared
  /// bindings on return. Callers must not hold it across another use of the same SQL.
  Statement& cached(const std::string& sql);
  /// The single integer (or nullopt for NULL / no row) the query returns.
  std::optional<long long> query_int64(std::string_view sql) const;

  long long last_insert_rowid() const;
  /// Rows changed by the last INSERT/UPDATE/DELETE (0 after ON CONFLICT DO NOTHING).
  int changes() const;
  bool in_transaction() const;
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  void close() noexcept;
  sqlite3* db_ = nullptr;
  std::string path_;
  std::map<std::string, Statement, std::less<>> cache_;
};

/// Holds one read transaction (a deferred BEGIN) while it lives, so that the
/// statements run meanwhile see one snapshot and do not each begin and end a
/// transaction of their own (a row read by id costs less than that). Does
/// nothing inside a transaction that is already open.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db);
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;
  ~ReadTransaction();

 private:
  Database* db_ = nullptr;  // null: the caller's transaction is in use
};

/// Throws StoreError with SQLite's current message for `db` and `code`.
[[noreturn]] void throw_error(sqlite3* db, int code, std::string_view context = {});

}  // namespace dipgraph::core::sqlite
