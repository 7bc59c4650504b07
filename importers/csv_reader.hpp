#pragma once
// RFC 4180 CSV records from a stream, with their physical start lines.

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "importers/byte_source.hpp"

namespace dipgraph::importers {

struct CsvRecord {
  long line = 0;                     ///< physical line (1-based) where the record starts
  std::vector<std::string> fields;   ///< unquoted, "" unescaped; empty when `error` is set
  std::optional<std::string> error;  ///< set: the record is malformed and its fields unusable
};

/// Streams CSV records: comma separated, fields optionally in double quotes
/// ("" inside quotes is one quote, quoted fields may span lines), CRLF or LF
/// line ends, a leading UTF-8 BOM ignored, empty lines skipped. Lenient where
/// RFC 4180 is silent: text after a closing quote is kept, blanks before an
/// opening quote are dropped. A field over kMaxFieldBytes or a record over
/// kMaxRecordBytes, and a quote still open at the end of input, give a record
/// with `error` set; reading continues with the next record.
class CsvReader {
 public:
  explicit CsvReader(std::istream& in);

  /// The next record, or nullopt at the end of the input.
  std::optional<CsvRecord> next();

  /// True when reading failed (I/O error) rather than reaching the end.
  bool failed() const { return source_.failed(); }

 private:
  ByteSource source_;
  long line_ = 1;  ///< physical line of the next unread byte
};

}  // namespace dipgraph::importers
