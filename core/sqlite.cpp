#include "core/sqlite.hpp"

#include <sqlite3.h>

#include <utility>

#include "core/error.hpp"

namespace dipgraph::core::sqlite {

void throw_error(sqlite3* db, int code, std::string_view context) {
  std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  if (!context.empty()) message = std::string(context) + ": " + message;
  throw StoreError(code, message);
}

// ---- Statement ----

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    // The SQL is ours, never user input; quoting its start locates the bug.
    const std::string head(sql.substr(0, 80));
    throw_error(db, rc, "preparing \"" + head + (sql.size() > 80 ? "...\"" : "\""));
  }
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::fail(int code) const { throw_error(db_, code); }

Statement& Statement::bind(int index, std::nullopt_t) {
  if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(rc);
  return *this;
}

Statement& Statement::bind(int index, int value) {
  if (const int rc = sqlite3_bind_int(stmt_, index, value); rc != SQLITE_OK) fail(rc);
  return *this;
}

Statement& Statement::bind(int index, long long value) {
  if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(rc);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(rc);
  return *this;
}

Statement& Statement::bind(int index, bool value) { return bind(index, value ? 1 : 0); }

Statement& Statement::bind(int index, std::string_view value) {
  // A zero-length text must stay text (''), not become NULL: pass a valid pointer.
  const char* data = value.data() != nullptr ? value.data() : "";
  const int rc = sqlite3_bind_text64(stmt_, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) fail(rc);
  return *this;
}

Statement& Statement::bind(int index, const std::string& value) {
  return bind(index, std::string_view(value));
}

Statement& Statement::bind(int index, const char* value) {
  return bind(index, std::string_view(value));
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // sqlite3_reset returns the same code; resetting releases the statement's locks.
  sqlite3_reset(stmt_);
  fail(rc);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int Statement::column_int(int column) const { return sqlite3_column_int(stmt_, column); }

long long Statement::column_int64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::column_double(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::string Statement::column_text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::column_optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return column_text(column);
}

std::optional<long long> Statement::column_optional_int64(int column) const {
  if (is_null(column)) return std::nullopt;
  return column_int64(column);
}

// ---- Database ----

namespace {

/// Turns off SQLite's memory statistics, once, before its first connection:
/// nothing here reads them, and keeping them takes a process-wide mutex on
/// every allocation SQLite makes (thousands per listing).
void configure_sqlite_once() {
  static const bool configured = [] {
    // SQLITE_MISUSE when SQLite was initialised already (e.g. by a host
    // program): the statistics then stay on, which changes no result.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

}  // namespace

Database::Database(const std::string& path, int flags) : path_(path) {
  configure_sqlite_once();
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    close();
    throw StoreError(rc, path + ": cannot open database: " + message);
  }
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

Database::~Database() { close(); }

void Database::close() noexcept {
  cache_.clear();  // statements must be finalized before the connection closes
  if (db_ != nullptr) sqlite3_close_v2(db_);
  db_ = nullptr;
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw StoreError(rc, message);
  }
}

bool Database::try_exec(std::string_view sql) noexcept {
  try {
    const std::string text(sql);
    return sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
  } catch (...) {
    return false;  // std::string allocation failed
  }
}

ReadTransaction::ReadTransaction(Database& db) {
  if (db.in_transaction()) return;
  db.exec("BEGIN");
  db_ = &db;
}

// A read transaction has nothing to lose: if COMMIT fails, closing the
// connection ends it.
ReadTransaction::~ReadTransaction() {
  if (db_ != nullptr) db_->try_exec("COMMIT");
}

Statement Database::prepare(std::string_view sql) const { return Statement(db_, sql); }

Statement& Database::cached(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    it = cache_.emplace(sql, Statement(db_, sql)).first;
  } else {
    it->second.reset();
  }
  return it->second;
}

std::optional<long long> Database::query_int64(std::string_view sql) const {
  Statement statement(db_, sql);
  if (!statement.step()) return std::nullopt;
  return statement.column_optional_int64(0);
}

long long Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

}  // namespace dipgraph::core::sqlite
