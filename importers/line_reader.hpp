#pragma once
// Lines of a file, of the one file in a .zip archive, or of stdin, read in
// large blocks: the fast path for the tab-separated dataset importers (GDELT,
// ICEWS), whose rows hold no quoting.

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::importers {

/// A line without its "\n" or "\r\n"; `too_long` when it exceeded the limit
/// (its text is then cut, and the rest of the line skipped).
struct Line {
  long number = 0;  ///< 1-based
  std::string_view text;
  bool too_long = false;
};

class LineReader {
 public:
  /// "-" reads stdin; a name ending in .zip reads the one file the archive
  /// holds. Throws InputError when the file cannot be opened, or the archive
  /// is unreadable or holds other than one file.
  explicit LineReader(const std::string& path, std::size_t max_line = std::size_t{1} << 20);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  /// The next line, valid until the next call; nullopt at the end. Throws
  /// InputError on a read error.
  std::optional<Line> next();
  /// Bytes consumed so far (for progress against total_bytes()).
  long long bytes_read() const { return consumed_; }
  /// The size of what is read (a zip's entry uncompressed), or 0 when unknown (stdin).
  long long total_bytes() const { return total_; }

 private:
  bool fill();
  void skip_rest_of_line();

  std::string path_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  struct Zip;
  std::unique_ptr<Zip> zip_;
  long long total_ = 0;
  std::size_t max_line_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  long number_ = 0;
  long long consumed_ = 0;
  std::string overlong_;  ///< the kept part of an over-long line
};

}  // namespace dipgraph::importers
