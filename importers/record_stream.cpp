#include "importers/record_stream.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"
#include "core/text_normalize.hpp"
#include "importers/csv_reader.hpp"
#include "importers/jsonl_reader.hpp"

namespace dipgraph::importers {
namespace {

std::string_view trim(std::string_view text) {
  constexpr std::string_view kBlank = " \t\r\n\f\v";
  auto first = text.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

std::string column_name(std::string_view raw) {
  std::string name(trim(raw));
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  });
  return name;
}

/// Throws when the file starts like UTF-16 or holds NUL bytes early on: such a
/// file would otherwise surface as a puzzling "missing required columns".
void reject_non_text(std::ifstream& in, const std::string& path) {
  char prefix[4096];
  in.read(prefix, sizeof prefix);
  const std::string_view head(prefix, static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    throw InputError(path, 1, "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
  }
  if (head.find('\0') != std::string_view::npos) {
    throw InputError(path, 1, "binary data (NUL bytes); expected UTF-8 CSV or JSON Lines");
  }
}

/// Opens `path` for binary reading, or throws InputError naming it and why.
void open_input(std::ifstream& in, const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(path, 0, "is a directory");
  in.open(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    throw InputError(path, 0, std::string("cannot open: ") +
                                  (error != 0 ? std::strerror(error) : "unknown error"));
  }
  if (in.peek() == std::char_traits<char>::eof()) {
    if (in.bad()) throw InputError(path, 0, "read error");
    throw InputError(path, 0, "empty file");
  }
  reject_non_text(in, path);
}

}  // namespace

std::optional<std::string> NamedRecord::get(std::string_view column) const {
  for (const auto& [name, value] : fields) {
    if (name != column) continue;
    auto trimmed = trim(value);
    if (trimmed.empty()) return std::nullopt;
    return std::string(trimmed);
  }
  return std::nullopt;
}

RecordFormat detect_format(const std::string& path) {
  std::string extension = column_name(std::filesystem::path(path).extension().string());
  if (extension == ".csv") return RecordFormat::csv;
  if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") {
    return RecordFormat::jsonl;
  }
  std::ifstream in;
  open_input(in, path);
  ByteSource source(in);
  source.skip_bom();
  int c = source.get();
  while (c == ' ' || c == '\t' || c == '\r' || c == '\n') c = source.get();
  return c == '{' ? RecordFormat::jsonl : RecordFormat::csv;
}

RecordStream::RecordStream(const std::string& path, ColumnSpec spec)
    : path_(path), spec_(std::move(spec)), format_(detect_format(path)) {
  open_input(in_, path_);
  if (format_ == RecordFormat::csv) {
    csv_ = std::make_unique<CsvReader>(in_);
    read_header();
  } else {
    jsonl_ = std::make_unique<JsonlReader>(in_);
  }
}

RecordStream::~RecordStream() = default;

bool RecordStream::known(const std::string& column) const {
  auto in = [&](const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), column) != names.end();
  };
  return in(spec_.required) || in(spec_.optional);
}

void RecordStream::warn_unknown(const std::string& column) {
  if (!warned_.insert(column).second) return;
  warnings_.push_back(column.empty() ? "column without a name ignored"
                                     : "unknown column '" + column + "' ignored");
}

void RecordStream::read_header() {
  auto header = csv_->next();
  if (!header) {
    if (csv_->failed()) throw InputError(path_, 0, "read error");
    throw InputError(path_, 0, "no header row");
  }
  if (header->error) throw InputError(path_, header->line, "bad header: " + *header->error);
  for (const auto& raw : header->fields) {
    std::string name = column_name(raw);
    if (!known(name)) {
      warn_unknown(name);
      header_.emplace_back();
      continue;
    }
    if (std::find(header_.begin(), header_.end(), name) != header_.end()) {
      throw InputError(path_, header->line, "duplicate column '" + name + "'");
    }
    header_.emplace_back(name);
  }
  std::vector<std::string> missing;
  for (const auto& name : spec_.required) {
    if (std::find(header_.begin(), header_.end(), name) == header_.end()) missing.push_back(name);
  }
  if (missing.empty()) return;
  std::string reason = missing.size() == 1 ? "missing required column " : "missing required columns ";
  for (std::size_t i = 0; i < missing.size(); ++i) {
    reason += (i == 0 ? "'" : ", '") + missing[i] + "'";
  }
  throw InputError(path_, header->line, reason);
}

std::optional<NamedRecord> RecordStream::next() {
  auto record = format_ == RecordFormat::csv ? next_csv() : next_jsonl();
  if (!record && (csv_ ? csv_->failed() : jsonl_->failed())) {
    throw InputError(path_, 0, "read error");
  }
  return record;
}

std::optional<NamedRecord> RecordStream::next_csv() {
  auto csv = csv_->next();
  if (!csv) return std::nullopt;
  NamedRecord record;
  record.line = csv->line;
  if (csv->error) {
    record.error = std::move(csv->error);
    return record;
  }
  if (csv->fields.size() != header_.size()) {
    record.error = "expected " + std::to_string(header_.size()) + " fields, found " +
                   std::to_string(csv->fields.size());
    return record;
  }
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (!header_[i]) continue;
    if (!core::is_valid_utf8(csv->fields[i])) {
      record.fields.clear();
      record.error = "invalid UTF-8 in column '" + *header_[i] + "'";
      return record;
    }
    record.fields.emplace_back(*header_[i], std::move(csv->fields[i]));
  }
  return record;
}

std::optional<NamedRecord> RecordStream::next_jsonl() {
  auto jsonl = jsonl_->next();
  if (!jsonl) return std::nullopt;
  NamedRecord record;
  record.line = jsonl->line;
  if (jsonl->error) {
    record.error = std::move(jsonl->error);
    return record;
  }
  for (auto& field : jsonl->fields) {
    std::string name = column_name(field.key);
    if (!known(name)) {
      warn_unknown(name);
    } else if (!field.text) {
      record.fields.clear();
      record.error = "value of '" + name + "' must be a string or null";
      return record;
    } else if (field.value) {
      record.fields.emplace_back(std::move(name), std::move(*field.value));
    }
  }
  return record;
}

}  // namespace dipgraph::importers
