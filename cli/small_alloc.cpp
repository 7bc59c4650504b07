// operator new and delete for the dipgraph executable: small blocks (up to 1 KiB)
// from per-size free lists, the rest from malloc.
//
// `extract` allocates about 600 small blocks per article (token keys, actor
// references, the vectors of mentions and candidates) and frees them soon after,
// often many of one size in a row, which overflows glibc's per-thread cache: malloc
// and free then took a tenth of the instructions. Here a block of class c (sizes
// 16c-15 .. 16c bytes) comes off that class's free list, or is cut from the
// class's current 64 KiB page; freeing pushes it back. Pages come from one
// address range reserved at the first allocation, so that `delete` tells a small
// block (in the range: its page names its class) from a malloc'd one without a
// header. Memory is never returned to the system, but it is reused: what the
// program holds is bounded by the most it ever held of each class, so it stays
// flat in the input size as long as the live data does.
//
// Only the executable uses this file (not the libraries or the tests), and not
// with the sanitizers, which bring their own operator new.

#include <sys/mman.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t kGranule = 16;
constexpr std::size_t kMaxSmall = 1024;
constexpr std::size_t kClasses = kMaxSmall / kGranule + 1;  // class 0 unused
constexpr std::size_t kPageShift = 16;                      // 64 KiB pages
constexpr std::size_t kPageBytes = std::size_t{1} << kPageShift;
constexpr std::size_t kRegionBytes = std::size_t{1} << 30;  // 1 GiB of address space, touched as used
constexpr std::size_t kPages = kRegionBytes >> kPageShift;

struct FreeBlock {
  FreeBlock* next;
};

/// The reserved range: set once, by the first allocation (before main, on one thread).
char* region_begin = nullptr;
bool region_failed = false;
std::atomic<std::size_t> next_page{0};
unsigned char page_class[kPages];  ///< the size class of each page handed out

/// Per thread: free lists and the unused rest of each class's current page.
/// Plain zero-initialised data, so that access needs no guard.
struct Cache {
  FreeBlock* free[kClasses];
  char* cursor[kClasses];
  char* limit[kClasses];
};
thread_local Cache cache;

bool reserve_region() {
  if (region_begin != nullptr) return true;
  if (region_failed) return false;
  void* base = ::mmap(nullptr, kRegionBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                      -1, 0);
  if (base == MAP_FAILED) {
    region_failed = true;  // small blocks then come from malloc too
    return false;
  }
  region_begin = static_cast<char*>(base);
  return true;
}

void* large_alloc(std::size_t size) {
  if (size == 0) size = 1;
  while (true) {
    if (void* p = std::malloc(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

[[gnu::noinline]] void* refill(std::size_t c) {
  if (!reserve_region()) return large_alloc(c * kGranule);
  const std::size_t page = next_page.fetch_add(1, std::memory_order_relaxed);
  if (page >= kPages) return large_alloc(c * kGranule);  // range used up: malloc from now on
  page_class[page] = static_cast<unsigned char>(c);
  char* begin = region_begin + (page << kPageShift);
  const std::size_t block = c * kGranule;
  cache.cursor[c] = begin + block;
  cache.limit[c] = begin + kPageBytes - kPageBytes % block;
  return begin;
}

inline void* small_alloc(std::size_t size) {
  const std::size_t c = (size + kGranule - 1) / kGranule + (size == 0 ? 1 : 0);
  if (FreeBlock* block = cache.free[c]) {
    cache.free[c] = block->next;
    return block;
  }
  char* cursor = cache.cursor[c];
  if (cursor != cache.limit[c]) {
    cache.cursor[c] = cursor + c * kGranule;
    return cursor;
  }
  return refill(c);
}

inline void* allocate(std::size_t size) {
  if (size <= kMaxSmall) [[likely]] return small_alloc(size);
  return large_alloc(size);
}

inline void release(void* p) {
  const std::uintptr_t offset = reinterpret_cast<std::uintptr_t>(p) - reinterpret_cast<std::uintptr_t>(region_begin);
  if (region_begin != nullptr && offset < kRegionBytes) [[likely]] {
    const std::size_t c = page_class[offset >> kPageShift];
    auto* block = static_cast<FreeBlock*>(p);
    block->next = cache.free[c];
    cache.free[c] = block;
    return;
  }
  std::free(p);
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
