#include "core/event_batch.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <unordered_map>

#include "core/error.hpp"
#include "core/event_type.hpp"
#include "core/store_impl.hpp"

namespace dipgraph::core {
namespace {

/// What a batch adds to one rollup row; the same columns as pair_month.
struct RollupDelta {
  long long events = 0;
  std::string first_day;
  std::string last_day;
  double net_weight = 0;
  long long cooperative = 0;
  long long conflictual = 0;

  void add(std::string_view day, double weight) {
    if (events == 0 || day < first_day) first_day = day;
    if (events == 0 || day > last_day) last_day = day;
    ++events;
    net_weight += weight;
    cooperative += weight > 0;
    conflictual += weight < 0;
  }
};

/// A rollup key: the pair, the type (its name's address in the store's type
/// table, stable while the store lives) and a month or year as a number.
struct RollupKey {
  long long lo = 0;
  long long hi = 0;
  const std::string* type = nullptr;  ///< nullptr in pair_year keys
  int period = 0;                     ///< YYYYMM (pair_month), YYYY (pair_year), 0 (pair_total)

  bool operator==(const RollupKey&) const = default;
};

struct RollupKeyHash {
  std::size_t operator()(const RollupKey& key) const {
    std::size_t h = std::hash<long long>()(key.lo);
    h = h * 1000003u ^ std::hash<long long>()(key.hi);
    h = h * 1000003u ^ std::hash<const void*>()(key.type);
    return h * 1000003u ^ std::hash<int>()(key.period);
  }
};

using RollupMap = std::unordered_map<RollupKey, RollupDelta, RollupKeyHash>;

int digits(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

std::string period_text(int period, bool month) {
  char buffer[16];
  if (month) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", period / 100, period % 100);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", period);
  }
  return buffer;
}

// Adds a delta row to the stored one; `target` is the table's primary key.
std::string upsert_delta(const std::string& target) {
  return "ON CONFLICT (" + target + ") DO UPDATE SET "
    "events = events + excluded.events, first_day = min(first_day, excluded.first_day), "
    "last_day = max(last_day, excluded.last_day), net_weight = net_weight + excluded.net_weight, "
    "cooperative = cooperative + excluded.cooperative, "
    "conflictual = conflictual + excluded.conflictual";
}

}  // namespace

struct EventBatch::Impl {
  Impl(Store::Impl& store, long long document)
      : store(store),
        db(store.db),
        document_id(document),
        known(db.prepare("SELECT 1 FROM event_source WHERE record = ?1")),
        insert(db.prepare(
            "INSERT INTO event (type, source_id, target_id, source_node_id, target_node_id, date, "
            "precision, day_from, day_to, cameo, weight) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'day', ?6, ?6, ?7, ?8) ON CONFLICT DO NOTHING")),
        find(db.prepare(
            "SELECT id FROM event WHERE type = ?1 AND source_id = ?2 AND target_id = ?3 AND "
            "date = ?4 AND coalesce(date_end, '') = '' AND cameo = ?5")),
        add_source(db.prepare(
            "INSERT INTO event_source (event_id, document_id, url, record, articles) "
            "VALUES (?1, ?2, ?3, ?4, ?5)")) {}

  Store::Impl& store;
  sqlite::Database& db;
  long long document_id;
  sqlite::Statement known, insert, find, add_source;
  std::unordered_map<std::string, std::optional<ActorRef>> actors;
  std::unordered_map<long long, ActorKind> kinds;
  RollupMap months;
  RollupMap years;  ///< only `events` is used
  RollupMap totals;

  long long node(long long actor_id, std::string_view day) {
    if (kinds.at(actor_id) != ActorKind::person) return actor_id;
    return node_of(db, actor_id, std::string(day));
  }

  void count(long long source_node, long long target_node, const std::string& type,
             std::string_view day, double weight) {
    // Events within one node are not in the rollup (docs/schema.md).
    if (source_node == target_node) return;
    const long long lo = std::min(source_node, target_node);
    const long long hi = std::max(source_node, target_node);
    const int year = digits(day.substr(0, 4));
    months[{lo, hi, &type, year * 100 + digits(day.substr(5, 2))}].add(day, weight);
    ++years[{lo, hi, nullptr, year}].events;
    totals[{lo, hi, &type, 0}].add(day, weight);
  }
};

EventBatch::EventBatch(Store& store, long long document_id)
    : impl_(std::make_unique<Impl>(*store.impl_, document_id)) {
  // Index pages of a bulk load are touched at random: keep many in memory,
  // with a fixed bound whatever the file size. 32 MiB, not more: a 1M-row
  // file fills it as a 10M-row one does, so peak memory is the same for both
  // (about 58 MiB). A 10M-row import took 101 s CPU with it, 97 s in an
  // earlier run with 128 MiB (bench/README.md).
  impl_->db.exec("PRAGMA cache_size = -32768");
  // Checkpoint the WAL every 256 MiB rather than every 4 MiB: hot index and
  // rollup pages are then copied into the file once per many batches.
  impl_->db.exec("PRAGMA wal_autocheckpoint = 65536");
}

EventBatch::~EventBatch() = default;

std::optional<long long> EventBatch::actor_id(std::string_view code) {
  auto& impl = *impl_;
  auto it = impl.actors.find(std::string(code));
  if (it == impl.actors.end()) {
    it = impl.actors.emplace(std::string(code), find_ref(impl.db, code)).first;
    if (it->second) impl.kinds[it->second->id] = it->second->kind;
  }
  if (!it->second) return std::nullopt;
  return it->second->id;
}

bool EventBatch::is_state(long long id) const {
  const auto it = impl_->kinds.find(id);
  return it != impl_->kinds.end() && it->second == ActorKind::state;
}

BatchOutcome EventBatch::add(const BatchEvent& event) {
  auto& impl = *impl_;
  auto& db = impl.db;
  {
    sqlite::ScopedReset reset(impl.known);
    impl.known.bind(1, event.record);
    if (impl.known.step()) return BatchOutcome::unchanged;
  }
  const auto type = impl.store.types.find(std::string(event.type));
  if (type == impl.store.types.end()) {
    throw InputError("", 0, "unknown event type '" + std::string(event.type) + "' (known: " +
                                event_type_names() + ")");
  }
  if (event.source_id == event.target_id) {
    throw InputError("", 0, "source and target are the same actor");
  }
  long long source = event.source_id;
  long long target = event.target_id;
  // Symmetric types in canonical order, as Store::add_event stores them.
  if (!type->second.directed && source > target) std::swap(source, target);
  const long long source_node = impl.node(source, event.day);
  const long long target_node = impl.node(target, event.day);

  impl.insert.bind_all(event.type, source, target, source_node, target_node, event.day, event.cameo,
                  event.weight)
      .run();
  long long event_id = 0;
  BatchOutcome outcome = BatchOutcome::merged;
  if (db.changes() > 0) {
    event_id = db.last_insert_rowid();
    outcome = BatchOutcome::added;
    impl.count(source_node, target_node, type->first, event.day, event.weight);
  } else {
    sqlite::ScopedReset reset(impl.find);
    impl.find.bind_all(event.type, source, target, event.day, event.cameo);
    if (!impl.find.step()) throw StoreError(SQLITE_NOTFOUND, "event vanished after a conflict");
    event_id = impl.find.column_int64(0);
  }
  const std::optional<std::string_view> url =
      event.url.empty() ? std::nullopt : std::optional<std::string_view>(event.url);
  impl.add_source.bind_all(event_id, impl.document_id, url, event.record, event.articles).run();
  return outcome;
}

void EventBatch::flush() {
  auto& impl = *impl_;
  auto& month = impl.db.cached(
      std::string("INSERT INTO pair_month (lo_node_id, hi_node_id, type, month, events, first_day, "
                  "last_day, net_weight, cooperative, conflictual) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ") +
      upsert_delta("lo_node_id, hi_node_id, type, month"));
  for (const auto& [key, delta] : impl.months) {
    month.bind_all(key.lo, key.hi, *key.type, period_text(key.period, true), delta.events,
                   delta.first_day, delta.last_day, delta.net_weight, delta.cooperative,
                   delta.conflictual)
        .run();
  }
  auto& year = impl.db.cached(
      "INSERT INTO pair_year (lo_node_id, hi_node_id, year, events) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT (lo_node_id, hi_node_id, year) DO UPDATE SET events = events + excluded.events");
  for (const auto& [key, delta] : impl.years) {
    year.bind_all(key.lo, key.hi, period_text(key.period, false), delta.events).run();
  }
  auto& total = impl.db.cached(
      std::string("INSERT INTO pair_total (lo_node_id, hi_node_id, type, events, first_day, "
                  "last_day, net_weight, cooperative, conflictual) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ") +
      upsert_delta("lo_node_id, hi_node_id, type"));
  for (const auto& [key, delta] : impl.totals) {
    total.bind_all(key.lo, key.hi, *key.type, delta.events, delta.first_day, delta.last_day,
                   delta.net_weight, delta.cooperative, delta.conflictual)
        .run();
  }
  impl.months.clear();
  impl.years.clear();
  impl.totals.clear();
}

}  // namespace dipgraph::core
