#pragma once
// The one error hierarchy of the libraries. Only cli/main.cpp catches these and
// turns them into messages and exit codes (see cli/exit_code.hpp).

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace dipgraph {

/// Root of every error dipgraph throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The caller asked for something malformed (bad option value, bad date argument).
class UsageError : public Error {
 public:
  using Error::Error;
};

/// Input data was rejected. file/line are empty/0 when not known.
class InputError : public Error {
 public:
  InputError(std::string file, long line, const std::string& reason)
      : Error(format(file, line, reason)), file_(std::move(file)), line_(line) {}
  const std::string& file() const { return file_; }
  long line() const { return line_; }

 private:
  static std::string format(const std::string& file, long line, const std::string& reason) {
    if (file.empty()) return reason;
    if (line <= 0) return file + ": " + reason;
    return file + ":" + std::to_string(line) + ": " + reason;
  }
  std::string file_;
  long line_;
};

/// SQLite failed or the database is not usable (not dipgraph's, too new, read-only, full).
class StoreError : public Error {
 public:
  StoreError(int sqlite_code, const std::string& message)
      : Error(message), sqlite_code_(sqlite_code) {}
  int sqlite_code() const { return sqlite_code_; }

 private:
  int sqlite_code_;
};

/// A name or code that resolves to nothing; carries near-miss suggestions for "did you mean".
class NotFoundError : public Error {
 public:
  NotFoundError(const std::string& message, std::vector<std::string> suggestions)
      : Error(message), suggestions_(std::move(suggestions)) {}
  const std::vector<std::string>& suggestions() const { return suggestions_; }

 private:
  std::vector<std::string> suggestions_;
};

/// A name that resolves to more than one actor; the message lists the candidates.
class AmbiguousNameError : public Error {
 public:
  AmbiguousNameError(const std::string& message, std::vector<std::string> candidates)
      : Error(message), candidates_(std::move(candidates)) {}
  const std::vector<std::string>& candidates() const { return candidates_; }

 private:
  std::vector<std::string> candidates_;
};

}  // namespace dipgraph
