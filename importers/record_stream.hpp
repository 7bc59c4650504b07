#pragma once
// A CSV or JSON Lines file read as records of named columns, for the importers.

#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipgraph::importers {

class CsvReader;
class JsonlReader;

enum class RecordFormat { csv, jsonl };

/// The columns an importer reads; names are lower case. Others are warned
/// about once and ignored.
struct ColumnSpec {
  std::vector<std::string> required;
  std::vector<std::string> optional;
};

/// One data record: the known columns it has, or why it is unusable.
struct NamedRecord {
  long line = 0;  ///< physical line where the record starts
  std::vector<std::pair<std::string, std::string>> fields;  ///< (column, raw value)
  std::optional<std::string> error;  ///< set: reject the record with this reason

  /// The value of `column` with surrounding white space trimmed; nullopt when
  /// the record lacks the column or the value is blank.
  std::optional<std::string> get(std::string_view column) const;
};

/// CSV by extension .csv, JSON Lines by .jsonl/.ndjson/.json, else by the
/// first non-blank byte ('{': JSON Lines). Throws InputError when the file
/// cannot be opened or is empty.
RecordFormat detect_format(const std::string& path);

/// Streams a file's records, mapping CSV header names (case-insensitive, any
/// order) or JSON keys onto `spec`. Column values that are not valid UTF-8, a
/// CSV record with more or fewer fields than the header, and a JSON value
/// that is an array or object make the record bad (NamedRecord::error).
class RecordStream {
 public:
  /// Opens the file and, for CSV, reads the header. Throws InputError when the
  /// file cannot be opened, is empty (0 bytes), has no header, repeats a column
  /// or misses a required column (at the header's line).
  RecordStream(const std::string& path, ColumnSpec spec);
  ~RecordStream();
  RecordStream(const RecordStream&) = delete;
  RecordStream& operator=(const RecordStream&) = delete;

  /// The next record, or nullopt at the end. Throws InputError on a read error.
  std::optional<NamedRecord> next();

  RecordFormat format() const { return format_; }
  /// "unknown column 'x' ignored", once per column, in the order met.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  void read_header();
  void warn_unknown(const std::string& column);
  bool known(const std::string& column) const;
  std::optional<NamedRecord> next_csv();
  std::optional<NamedRecord> next_jsonl();

  std::string path_;
  ColumnSpec spec_;
  RecordFormat format_;
  std::ifstream in_;
  std::unique_ptr<CsvReader> csv_;
  std::unique_ptr<JsonlReader> jsonl_;
  std::vector<std::optional<std::string>> header_;  ///< CSV: column per position, nullopt = ignored
  std::vector<std::string> warnings_;
  std::set<std::string> warned_;
};

}  // namespace dipgraph::importers
