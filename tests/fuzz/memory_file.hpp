#pragma once
// The importers read paths; a fuzz input goes into a memfd (memory, never the
// disk) whose /proc/self/fd path they open like any file.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <sys/mman.h>
#include <unistd.h>

namespace dipgraph::fuzz {

/// The path of a memory file holding exactly `size` bytes of `data`. One file
/// per process, rewritten at every call.
inline std::string memory_file(const std::uint8_t* data, std::size_t size) {
  static const int fd = memfd_create("dipgraph-fuzz", 0);
  if (fd < 0 || ftruncate(fd, 0) != 0) std::abort();
  for (std::size_t done = 0; done < size;) {
    const ssize_t wrote = pwrite(fd, data + done, size - done, static_cast<off_t>(done));
    if (wrote <= 0) std::abort();
    done += static_cast<std::size_t>(wrote);
  }
  return "/proc/self/fd/" + std::to_string(fd);
}

}  // namespace dipgraph::fuzz
