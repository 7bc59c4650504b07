#pragma once
// JSON Lines records (one object per line) from a stream.

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "importers/byte_source.hpp"

namespace dipgraph::importers {

struct JsonlField {
  std::string key;
  std::optional<std::string> value;  ///< nullopt for JSON null and for non-text values
  bool text = true;  ///< false: an array or object, which no column accepts
};

struct JsonlRecord {
  long line = 0;                     ///< 1-based line number
  std::vector<JsonlField> fields;    ///< in the object's key order; empty when `error` is set
  std::optional<std::string> error;  ///< set: bad JSON, not an object, invalid UTF-8, too long
};

/// Streams JSON Lines: each non-blank line one JSON object whose values are
/// strings or null (numbers and booleans are taken as their JSON text). Blank
/// lines are skipped, CRLF and a leading BOM tolerated. A line over
/// kMaxRecordBytes or a value over kMaxFieldBytes gives a record with `error`.
class JsonlReader {
 public:
  explicit JsonlReader(std::istream& in);

  /// The next non-blank line's record, or nullopt at the end of the input.
  std::optional<JsonlRecord> next();

  bool failed() const { return source_.failed(); }

 private:
  ByteSource source_;
  long line_ = 0;  ///< number of the line last read
};

}  // namespace dipgraph::importers
