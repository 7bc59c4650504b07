#pragma once
// Index builds sort every row, in memory up to cache_size and then in temporary
// files. A store's temp_store = MEMORY would hold the whole sort (about 1 GB for
// 10M events): while one of these lives, the cache is 8 MiB and sorts spill to
// files, so memory stays flat however large the table. (With 32 MiB the sorter
// of a 10M-row import took 50 MiB more than the load before it; at 8 MiB the
// rebuild is no longer the peak.)

#include <string>

#include "core/sqlite.hpp"

namespace dipgraph::core::sqlite {

class ScopedSortBounds {
 public:
  explicit ScopedSortBounds(Database& db)
      : db_(db),
        cache_(db.query_int64("PRAGMA cache_size").value_or(-2000)),
        temp_store_(db.query_int64("PRAGMA temp_store").value_or(0)) {
    db.exec("PRAGMA cache_size = -8192");
    db.exec("PRAGMA temp_store = FILE");
  }
  ScopedSortBounds(const ScopedSortBounds&) = delete;
  ScopedSortBounds& operator=(const ScopedSortBounds&) = delete;
  ~ScopedSortBounds() {
    db_.try_exec("PRAGMA temp_store = " + std::to_string(temp_store_));
    db_.try_exec("PRAGMA cache_size = " + std::to_string(cache_));
  }

 private:
  Database& db_;
  long long cache_;
  long long temp_store_;
};

}  // namespace dipgraph::core::sqlite
