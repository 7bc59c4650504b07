#pragma once
// Test helper shared by the path and ties tests: paths as "PAK-BLR-RUS" strings.

#include <string>
#include <vector>

#include "graphs/paths.hpp"

namespace dipgraph::test {

inline std::vector<std::string> path_codes(const std::vector<graphs::Path>& paths) {
  std::vector<std::string> joined;
  for (const auto& path : paths) {
    std::string text;
    for (const auto& node : path.nodes) text += (text.empty() ? "" : "-") + node;
    joined.push_back(text);
  }
  return joined;
}

}  // namespace dipgraph::test
