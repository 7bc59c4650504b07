#include "importers/line_reader.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"
#include "importers/zip_library.hpp"

namespace dipgraph::importers {

namespace {

bool is_zip_name(const std::string& path) {
  if (path.size() < 4) return false;
  std::string end = path.substr(path.size() - 4);
  for (char& c : end) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return end == ".zip";
}

}  // namespace

/// The one file of a zip archive, open for reading.
struct LineReader::Zip {
  const ZipLibrary& lib;
  zip_t* archive = nullptr;
  zip_file_t* file = nullptr;
  explicit Zip(const ZipLibrary& library) : lib(library) {}
  ~Zip() {
    if (file) lib.fclose(file);
    if (archive) lib.discard(archive);
  }
};

namespace {

const ZipLibrary& zip_library_for(const std::string& path) {
  try {
    return zip_library();
  } catch (const Error& e) {
    throw InputError(path, 0, std::string("cannot read the zip archive: ") + e.what());
  }
}

}  // namespace

LineReader::LineReader(const std::string& path, std::size_t max_line)
    : path_(path), max_line_(max_line), buffer_(std::max<std::size_t>(max_line * 2, 1 << 20)) {
  if (path == "-") {
    file_ = stdin;
  } else if (is_zip_name(path)) {
    zip_ = std::make_unique<Zip>(zip_library_for(path));
    const ZipLibrary& lib = zip_->lib;
    int error = 0;
    zip_->archive = lib.open(path.c_str(), ZIP_RDONLY, &error);
    if (!zip_->archive) {
      zip_error_t reason;
      lib.error_init_with_code(&reason, error);
      const std::string message = lib.error_strerror(&reason);
      lib.error_fini(&reason);
      throw InputError(path, 0, "cannot read the zip archive: " + message);
    }
    const zip_int64_t entries = lib.get_num_entries(zip_->archive, 0);
    if (entries != 1) {
      throw InputError(path, 0, "the zip archive holds " + std::to_string(entries) +
                                    " files; expected one (unzip it and import the files)");
    }
    zip_stat_t stat;
    if (lib.stat_index(zip_->archive, 0, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
      total_ = static_cast<long long>(stat.size);
    }
    zip_->file = lib.fopen_index(zip_->archive, 0, 0);
    if (!zip_->file) {
      throw InputError(path, 0, std::string("cannot read the zip archive: ") +
                                    lib.strerror(zip_->archive));
    }
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    owned_ = true;
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (!error) total_ = static_cast<long long>(size);
  }
}

LineReader::~LineReader() {
  if (owned_) std::fclose(file_);
}

bool LineReader::fill() {
  if (eof_) return false;
  // Keep the unread tail, then top the buffer up.
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  std::size_t got = 0;
  if (zip_) {
    const zip_int64_t n = zip_->lib.fread(zip_->file, buffer_.data() + end_, buffer_.size() - end_);
    if (n < 0) {
      throw InputError(path_, 0, std::string("read error in the zip archive: ") +
                                     zip_->lib.file_strerror(zip_->file));
    }
    got = static_cast<std::size_t>(n);
  } else {
    got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    if (got == 0 && std::ferror(file_)) {
      throw InputError(path_, 0, std::string("read error: ") + std::strerror(errno));
    }
  }
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

void LineReader::skip_rest_of_line() {
  for (;;) {
    const char* start = buffer_.data() + begin_;
    const std::size_t available = end_ - begin_;
    if (const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available))) {
      const auto used = static_cast<std::size_t>(newline - start) + 1;
      begin_ += used;
      consumed_ += static_cast<long long>(used);
      return;
    }
    begin_ = end_;
    consumed_ += static_cast<long long>(available);
    if (!fill()) return;
  }
}

std::optional<Line> LineReader::next() {
  for (;;) {
    const char* start = buffer_.data() + begin_;
    const std::size_t available = end_ - begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available));
    std::size_t length = newline ? static_cast<std::size_t>(newline - start) : available;
    if (!newline && available >= max_line_) {
      // An over-long line: keep its first max_line_ bytes, drop the rest.
      overlong_.assign(start, max_line_);
      begin_ = end_;
      consumed_ += static_cast<long long>(available);
      skip_rest_of_line();
      return Line{++number_, overlong_, true};
    }
    if (newline || (!fill() && available > 0)) {
      if (!newline) start = buffer_.data() + begin_;  // fill() may have moved the tail
      const std::size_t used = length + (newline ? 1 : 0);
      if (length > 0 && start[length - 1] == '\r') --length;
      const bool too_long = length > max_line_;
      if (too_long) length = max_line_;
      Line line{++number_, std::string_view(start, length), too_long};
      begin_ += used;
      consumed_ += static_cast<long long>(used);
      return line;
    }
    if (available == 0 && eof_) return std::nullopt;
  }
}

}  // namespace dipgraph::importers
