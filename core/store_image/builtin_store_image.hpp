#pragma once
// The built-in store as a database image (see CMakeLists.txt here).

#include <string_view>

namespace dipgraph::core {

/// Store::open_in_memory().serialize() as it was when dipgraph was built (the
/// seeding date aside: a placeholder), for Store::open_in_memory(image).
std::string_view builtin_store_image();

}  // namespace dipgraph::core
