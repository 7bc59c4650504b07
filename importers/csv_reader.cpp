#include "importers/csv_reader.hpp"

#include "importers/reader_limits.hpp"

namespace dipgraph::importers {
namespace {

constexpr int kEnd = ByteSource::kEnd;

enum class FieldState { start, unquoted, quoted, after_quote };

bool all_blank(const std::string& text) {
  return text.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

CsvReader::CsvReader(std::istream& in) : source_(in) { source_.skip_bom(); }

std::optional<CsvRecord> CsvReader::next() {
  // Empty lines separate nothing; skipping them keeps a trailing newline (or
  // several) from becoming a one-field record.
  for (;;) {
    int c = source_.peek();
    if (c == kEnd) return std::nullopt;
    if (c == '\n') {
      source_.get();
      ++line_;
    } else if (c == '\r') {
      source_.get();
    } else {
      break;
    }
  }

  CsvRecord record;
  record.line = line_;
  std::string field;
  std::size_t record_bytes = 0;
  std::optional<std::string> too_long;  // which limit was passed
  FieldState state = FieldState::start;
  long quote_line = 0;

  // Past a limit the record is only scanned to its end, never stored, so
  // memory per record stays bounded.
  auto append = [&](int c) {
    if (too_long) return;
    if (field.size() >= kMaxFieldBytes) {
      too_long = "field longer than 1 MiB";
    } else if (record_bytes >= kMaxRecordBytes) {
      too_long = "record longer than 4 MiB";
    } else {
      field.push_back(static_cast<char>(c));
      ++record_bytes;
    }
  };
  auto end_field = [&] {
    // The separator counts, so that a line of nothing but commas is bounded too.
    if (!too_long && ++record_bytes > kMaxRecordBytes) too_long = "record longer than 4 MiB";
    if (!too_long) record.fields.push_back(std::move(field));
    field.clear();
    state = FieldState::start;
  };

  for (;;) {
    int c = source_.get();
    if (c == kEnd) {
      if (state == FieldState::quoted) {
        std::string reason = "unterminated quoted field";
        if (quote_line != record.line) {
          reason += " (quote opened on line " + std::to_string(quote_line) + ")";
        }
        record.error = reason;
      }
      end_field();
      break;
    }
    if (state == FieldState::quoted) {
      if (c == '"') {
        if (source_.peek() == '"') {
          source_.get();
          append('"');
        } else {
          state = FieldState::after_quote;
        }
      } else if (c == '\r' && source_.peek() == '\n') {
        // CRLF inside a quoted field is stored as LF, like the line ends outside.
      } else {
        if (c == '\n') ++line_;
        append(c);
      }
      continue;
    }
    if (c == ',') {
      end_field();
    } else if (c == '\n') {
      ++line_;
      end_field();
      break;
    } else if (c == '\r' && source_.peek() == '\n') {
      source_.get();
      ++line_;
      end_field();
      break;
    } else if (c == '"' && (state == FieldState::start ||
                            (state == FieldState::unquoted && all_blank(field)))) {
      record_bytes -= field.size();
      field.clear();
      state = FieldState::quoted;
      quote_line = line_;
    } else {
      append(c);
      if (state == FieldState::start) state = FieldState::unquoted;
    }
  }

  if (too_long && !record.error) record.error = too_long;
  if (record.error) record.fields.clear();
  return record;
}

}  // namespace dipgraph::importers
