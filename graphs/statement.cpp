#include "graphs/statement.hpp"

#include "core/error.hpp"

namespace dipgraph::graphs::sql {
namespace {

[[noreturn]] void fail(sqlite3* db, int code, const char* context) {
  throw StoreError(code, std::string(context) + ": " + sqlite3_errmsg(db));
}

}  // namespace

std::string Query::param(Param value) {
  params.push_back(std::move(value));
  return "?" + std::to_string(params.size());
}

Statement prepare(sqlite3* db, const std::string& sql, const char* context) {
  sqlite3_stmt* statement = nullptr;
  const int code = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
  if (code != SQLITE_OK) {
    sqlite3_finalize(statement);
    fail(db, code, context);
  }
  return Statement(statement, &sqlite3_finalize);
}

void bind(sqlite3* db, sqlite3_stmt* statement, const std::vector<Param>& params, const char* context) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    int code = SQLITE_OK;
    if (const auto* number = std::get_if<long long>(&params[i])) {
      code = sqlite3_bind_int64(statement, index, *number);
    } else {
      const auto& value = std::get<std::string>(params[i]);
      code = sqlite3_bind_text(statement, index, value.data(), static_cast<int>(value.size()),
                               SQLITE_TRANSIENT);
    }
    if (code != SQLITE_OK) fail(db, code, context);
  }
}

Statement prepare(sqlite3* db, const Query& query, const char* context) {
  auto statement = prepare(db, query.sql, context);
  bind(db, statement.get(), query.params, context);
  return statement;
}

bool step(sqlite3* db, sqlite3_stmt* statement, const char* context) {
  const int code = sqlite3_step(statement);
  if (code == SQLITE_ROW) return true;
  if (code != SQLITE_DONE) fail(db, code, context);
  return false;
}

std::string text(sqlite3_stmt* statement, int column) {
  const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace dipgraph::graphs::sql
