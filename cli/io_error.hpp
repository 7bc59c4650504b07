#pragma once
// A file the command line names could not be read or written (exit code 4).

#include "core/error.hpp"

namespace dipgraph::cli {

/// Thrown by cli/ code for I/O failures outside the store: an unreadable input
/// file, stdout that cannot be written. main.cpp maps it to store_failure.
class IoError : public Error {
 public:
  using Error::Error;
};

}  // namespace dipgraph::cli
