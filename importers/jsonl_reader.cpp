#include "importers/jsonl_reader.hpp"

#include <nlohmann/json.hpp>

#include "core/text_normalize.hpp"
#include "importers/reader_limits.hpp"

namespace dipgraph::importers {
namespace {

constexpr int kEnd = ByteSource::kEnd;

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string::npos;
}

/// nlohmann's what() starts with "[json.exception.parse_error.101] "; the
/// user needs only the part after it.
std::string parse_message(const nlohmann::json::parse_error& error) {
  std::string message = error.what();
  auto bracket = message.find("] ");
  if (message.starts_with("[") && bracket != std::string::npos) message.erase(0, bracket + 2);
  return "bad JSON: " + message;
}

JsonlRecord to_record(long line, const std::string& text) {
  JsonlRecord record;
  record.line = line;
  if (!core::is_valid_utf8(text)) {
    record.error = "invalid UTF-8";
    return record;
  }
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    record.error = parse_message(error);
    return record;
  }
  if (!object.is_object()) {
    record.error = "not a JSON object";
    return record;
  }
  for (const auto& [key, value] : object.items()) {
    JsonlField field;
    field.key = key;
    if (value.is_string()) {
      field.value = value.get<std::string>();
      if (field.value->size() > kMaxFieldBytes) {
        record.fields.clear();
        record.error = "field longer than 1 MiB";
        return record;
      }
    } else if (value.is_number() || value.is_boolean()) {
      field.value = value.dump();
    } else if (!value.is_null()) {
      field.text = false;
    }
    record.fields.push_back(std::move(field));
  }
  return record;
}

}  // namespace

JsonlReader::JsonlReader(std::istream& in) : source_(in) { source_.skip_bom(); }

std::optional<JsonlRecord> JsonlReader::next() {
  std::string line;
  for (;;) {
    if (source_.peek() == kEnd) return std::nullopt;
    ++line_;
    line.clear();
    bool too_long = false;
    // Read to the end of the line even when it is too long, storing at most
    // the limit, so that one huge line costs no more memory than a normal one.
    for (int c = source_.get(); c != kEnd && c != '\n'; c = source_.get()) {
      if (line.size() < kMaxRecordBytes) {
        line.push_back(static_cast<char>(c));
      } else {
        too_long = true;
      }
    }
    if (too_long) {
      JsonlRecord record;
      record.line = line_;
      record.error = "line longer than 4 MiB";
      return record;
    }
    if (!is_blank(line)) return to_record(line_, line);
  }
}

}  // namespace dipgraph::importers
