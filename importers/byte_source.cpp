#include "importers/byte_source.hpp"

namespace dipgraph::importers {

bool ByteSource::fill() {
  pos_ = 0;
  len_ = 0;
  if (!in_.good()) return false;
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  len_ = static_cast<std::size_t>(in_.gcount());
  return len_ > 0;
}

void ByteSource::skip_bom() {
  if (pos_ != 0 || (len_ == 0 && !fill())) return;
  // istream::read fills the whole buffer unless the input ends, so a BOM is
  // never split across two fills here.
  if (len_ >= 3 && static_cast<unsigned char>(buffer_[0]) == 0xEF &&
      static_cast<unsigned char>(buffer_[1]) == 0xBB &&
      static_cast<unsigned char>(buffer_[2]) == 0xBF) {
    pos_ = 3;
  }
}

}  // namespace dipgraph::importers
