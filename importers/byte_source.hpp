#pragma once
// A buffered byte-at-a-time view of an input stream, shared by the readers.

#include <array>
#include <cstddef>
#include <istream>

namespace dipgraph::importers {

/// Reads an istream through its own 64 KiB buffer so that the readers can
/// look at single bytes cheaply and stream files of any size.
class ByteSource {
 public:
  static constexpr int kEnd = -1;

  explicit ByteSource(std::istream& in) : in_(in) {}

  /// The next byte (0..255), or kEnd at the end of the input.
  int get() {
    if (pos_ == len_ && !fill()) return kEnd;
    return static_cast<unsigned char>(buffer_[pos_++]);
  }

  /// The next byte without consuming it, or kEnd.
  int peek() {
    if (pos_ == len_ && !fill()) return kEnd;
    return static_cast<unsigned char>(buffer_[pos_]);
  }

  /// Drops a leading UTF-8 byte order mark. Only meaningful before the first get().
  void skip_bom();

  /// True when the underlying stream failed for a reason other than its end.
  bool failed() const { return in_.bad(); }

 private:
  bool fill();

  std::istream& in_;
  std::array<char, 65536> buffer_{};
  std::size_t pos_ = 0;
  std::size_t len_ = 0;
};

}  // namespace dipgraph::importers
