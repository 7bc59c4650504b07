#pragma once
// Minimal SQLite statement handling for graphs/ over the connection the store
// lends out (core/sqlite.hpp is private to core/). Errors throw StoreError
// with the failing step's context, e.g. "ties: no such table".

#include <sqlite3.h>

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace dipgraph::graphs::sql {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;
using Param = std::variant<std::string, long long>;

/// SQL text and the values of its parameters, in order (?1, ?2, ...).
struct Query {
  std::string sql;
  std::vector<Param> params;

  /// Appends `value` as the next parameter and returns its placeholder "?N".
  std::string param(Param value);
};

Statement prepare(sqlite3* db, const std::string& sql, const char* context);
void bind(sqlite3* db, sqlite3_stmt* statement, const std::vector<Param>& params, const char* context);
/// prepare + bind.
Statement prepare(sqlite3* db, const Query& query, const char* context);
/// True for a row, false when done.
bool step(sqlite3* db, sqlite3_stmt* statement, const char* context);
std::string text(sqlite3_stmt* statement, int column);

}  // namespace dipgraph::graphs::sql
