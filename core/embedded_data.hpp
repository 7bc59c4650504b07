#pragma once
// The data/ files compiled into the binary (see cmake/EmbedData.cmake).

#include <optional>
#include <string_view>
#include <vector>

namespace dipgraph::core {

/// Contents of the embedded file with this base name ("states.tsv"), or nullopt.
std::optional<std::string_view> embedded_file(std::string_view name);

/// Base names of every embedded file.
std::vector<std::string_view> embedded_file_names();

}  // namespace dipgraph::core
