#pragma once
// Bounds that keep per-record memory small whatever the input holds.

#include <cstddef>

namespace dipgraph::importers {

/// A longer field makes its record bad (never a crash or a huge allocation).
inline constexpr std::size_t kMaxFieldBytes = std::size_t{1} << 20;
/// A longer record (all fields, or a whole JSON line) is bad as well.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{4} << 20;

}  // namespace dipgraph::importers
