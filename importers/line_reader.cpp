#include "importers/line_reader.hpp"

#include <cerrno>
#include <cstring>

#include "core/error.hpp"

namespace dipgraph::importers {

LineReader::LineReader(const std::string& path, std::size_t max_line)
    : path_(path), max_line_(max_line), buffer_(std::max<std::size_t>(max_line * 2, 1 << 20)) {
  if (path == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) throw InputError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    owned_ = true;
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
  const std::size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
  if (got == 0) {
    if (std::ferror(file_)) throw InputError(path_, 0, std::string("read error: ") + std::strerror(errno));
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
