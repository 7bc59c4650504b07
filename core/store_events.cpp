// Store: documents, events and their provenance; event queries.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "core/event_type.hpp"
#include "core/store.hpp"
#include "core/store_impl.hpp"

namespace dipgraph::core {
namespace {

// At most this many ids per `IN (...)` when loading sources: well below
// SQLITE_MAX_VARIABLE_NUMBER on every SQLite version.
constexpr std::size_t kIdsPerQuery = 500;

// The event row alone: its type's PLOVER category and its actors come from
// memory (EventReader), not from five joins repeated on every row.
// Every one of them is in the indexes event_by_nodes and event_spans_by_nodes.
constexpr const char* kEventColumnList =
    "e.id, e.type, e.cameo, e.source_id, e.source_node_id, e.target_id, e.target_node_id, "
    "e.date, e.date_end, e.weight, e.confidence, e.evidence";
constexpr int kEventColumnCount = 12;
const std::string kEventColumns = std::string("SELECT ") + kEventColumnList + " FROM event e";

Date stored_date(const sqlite::Statement& statement, int column) {
  const auto text = statement.column_text(column);
  auto date = Date::parse(text);
  if (!date) throw StoreError(SQLITE_CORRUPT, "bad event date '" + text + "' in the database");
  return *date;
}

/// Turns rows of kEventColumns into records. A listing names few distinct
/// actors (a busy pair: a handful of states and people over thousands of
/// rows), so each is read once and remembered for the rest of the listing.
class EventReader {
 public:
  EventReader(sqlite::Database& db, const TypeTable& types) : db_(db), types_(types) {}

  EventRecord read(const sqlite::Statement& statement) {
    EventRecord record;
    record.id = statement.column_int64(0);
    record.type = statement.column_text(1);
    record.cameo = statement.column_text(2);
    const auto type = types_.find(record.type);
    if (type == types_.end()) {
      throw StoreError(SQLITE_CORRUPT, "unknown event type '" + record.type + "' in the database");
    }
    record.plover = type->second.plover;
    record.source = side(statement.column_int64(3), statement.column_int64(4));
    record.target = side(statement.column_int64(5), statement.column_int64(6));
    record.date = stored_date(statement, 7);
    if (!statement.is_null(8)) record.date_end = stored_date(statement, 8);
    record.weight = statement.column_double(9);
    record.confidence = statement.column_double(10);
    record.evidence = statement.column_optional_text(11);
    return record;
  }

 private:
  /// A person is listed with the state they represented (their node), when
  /// they had one on the day; a state or org is its own node.
  EventActor side(long long actor_id, long long node_id) {
    const EventActor& actor = known(actor_id);
    EventActor result = actor;
    if (actor.kind == ActorKind::person && node_id != actor_id) result.state = known(node_id).code;
    return result;
  }

  const EventActor& known(long long id) {
    const auto found = actors_.find(id);
    if (found != actors_.end()) return found->second;
    auto& query = db_.cached("SELECT code, name, kind FROM actor WHERE id = ?1");
    sqlite::ScopedReset reset(query);
    query.bind(1, id);
    if (!query.step()) {
      throw StoreError(SQLITE_CORRUPT, "event names actor id " + std::to_string(id) +
                                           ", which is not in the database");
    }
    const auto kind = parse_actor_kind(query.column_text(2));
    if (!kind) throw StoreError(SQLITE_CORRUPT, "unknown actor kind in the database");
    return actors_.emplace(id, EventActor{query.column_text(0), query.column_text(1), *kind, {}})
        .first->second;
  }

  sqlite::Database& db_;
  const TypeTable& types_;
  std::unordered_map<long long, EventActor> actors_;
};

void load_sources(sqlite::Database& db, std::vector<EventRecord>& events) {
  std::unordered_map<long long, std::size_t> index;
  for (std::size_t i = 0; i < events.size(); ++i) index[events[i].id] = i;
  for (std::size_t begin = 0; begin < events.size(); begin += kIdsPerQuery) {
    const std::size_t end = std::min(events.size(), begin + kIdsPerQuery);
    std::string sql =
        "SELECT es.event_id, d.key, es.url, es.title, es.published, es.evidence, es.note, "
        "es.sentence FROM event_source es JOIN document d ON d.id = es.document_id "
        "WHERE es.event_id IN (";
    for (std::size_t i = begin; i < end; ++i) sql += i == begin ? "?" : ",?";
    sql += ") ORDER BY es.event_id, es.document_id, coalesce(es.sentence, -1)";
    auto query = db.prepare(sql);
    for (std::size_t i = begin; i < end; ++i) query.bind(static_cast<int>(i - begin + 1), events[i].id);
    while (query.step()) {
      EventSource source;
      source.document = query.column_text(1);
      source.url = query.column_optional_text(2);
      source.title = query.column_optional_text(3);
      source.published = query.column_optional_text(4);
      source.evidence = query.column_optional_text(5);
      source.note = query.column_optional_text(6);
      if (!query.is_null(7)) source.sentence = query.column_int(7);
      events[index.at(query.column_int64(0))].sources.push_back(std::move(source));
    }
  }
}

/// One part of a pair's window: its condition, and whether it is the spans
/// from before the window's month.
struct WindowPart {
  SqlWhere where;
  bool spans = false;  ///< read from event_spans_by_nodes, in day_to order
};

/// The window "ends on or after `since`" (e.day_to >= day) as disjoint parts
/// that each seek on an index of a pair rather than scan the pair from its
/// first event: events starting on or after the day (event_by_nodes, ordered by
/// day_from); events starting earlier in its month (a month of the pair); and
/// spans starting in an earlier month, which are exactly the rows of the
/// partial index event_spans_by_nodes (ordered by day_to, holding every listed
/// column: no event row is read to find, order or list them) that reach the day.
/// No `since`: one part without a condition.
std::vector<WindowPart> since_parts(const std::optional<Date>& since) {
  if (!since) return {WindowPart{}};
  const std::string day = since->first_day();
  const std::string month_start = day.substr(0, 8) + "01";
  std::vector<WindowPart> parts;
  parts.push_back({{"e.day_from >= ?", {day}}});
  if (day != month_start) {
    parts.push_back({{"e.day_from >= ? AND e.day_from < ? AND e.day_to >= ?", {month_start, day, day}}});
  }
  // The unary + keeps the planner off event_by_nodes' day_from range (the
  // pair's whole past) so that it takes the spans index and its day_to range.
  parts.push_back(
      {{"+e.day_from < ? AND e.day_to >= ? AND substr(e.day_from, 1, 7) <> substr(e.day_to, 1, 7)", {month_start, day}},
       true});
  return parts;
}

/// Caps the connection's page cache while it lives. A listing reads each row's
/// page once, in page order, and then only needs the interior pages above the
/// rows; SQLite allocates every cached page afresh, and on a 10M-event store the
/// default 2 MB cost more in page faults than the few pages a small cache reads
/// twice (measured there: 386 fewer page faults, 157 more reads, 5% less CPU).
class ScopedCacheLimit {
 public:
  ScopedCacheLimit(sqlite::Database& db, long long kib) : db_(db) {
    const long long current = db.query_int64("PRAGMA cache_size").value_or(0);
    // Negative: KiB; positive: pages (of at most 64 KiB).
    const long long current_kib = current < 0 ? -current : current * 64;
    if (current_kib <= kib) return;
    db.exec("PRAGMA cache_size = " + std::to_string(-kib));
    previous_ = current;
  }
  ScopedCacheLimit(const ScopedCacheLimit&) = delete;
  ScopedCacheLimit& operator=(const ScopedCacheLimit&) = delete;
  ~ScopedCacheLimit() {
    if (previous_) db_.try_exec("PRAGMA cache_size = " + std::to_string(*previous_));
  }

 private:
  sqlite::Database& db_;
  std::optional<long long> previous_;
};

/// An event's place in a listing: its first day (YYYYMMDD), then its id; and
/// where its record is among those the key query read (covered listings).
struct ListingKey {
  int day_from = 0;
  long long id = 0;
  std::size_t row = 0;
};

/// "YYYY-MM-DD" as the number YYYYMMDD, which sorts the same way.
int day_number(const sqlite::Statement& statement, int column) {
  const auto text = statement.column_text(column);
  int number = 0;
  for (const char c : text) {
    if (c == '-') continue;
    if (c < '0' || c > '9' || number > 99999999) {
      throw StoreError(SQLITE_CORRUPT, "bad event day '" + text + "' in the database");
    }
    number = number * 10 + (c - '0');
  }
  return number;
}

/// The events between two actors (filter.actor and filter.other) in a window
/// or up to a limit. Each direction of the pair, and each part of the window,
/// is read from its own index, seeking straight to the window (and taking
/// `limit` keys, in order, when there is a limit): a busy pair's list costs
/// the rows listed, not all of the pair's events. Between two states or orgs
/// those indexes (event_by_nodes, event_spans_by_nodes) hold every listed
/// column, so the records come from their adjacent entries and no event row
/// is read. With a person, the keys come from the person's indexes and the
/// rows are then read in id order, which is the order of the table's pages.
/// Either way the listing's order is made here rather than by SQLite's
/// sorter, which copied every row twice.
std::vector<EventRecord> pair_events(sqlite::Database& db, const TypeTable& types,
                                     const EventFilter& filter) {
  const bool covered = require_ref_for_query(db, *filter.actor).kind != ActorKind::person &&
                       require_ref_for_query(db, *filter.other).kind != ActorKind::person;
  const std::string columns = covered ? std::string(kEventColumnList) + ", e.day_from" : "e.id, e.day_from";
  const int day_column = covered ? kEventColumnCount : 1;
  const std::string order =
      filter.newest_first ? " ORDER BY e.day_from DESC, e.id DESC" : " ORDER BY e.day_from, e.id";
  const long long limit = std::max(0LL, filter.limit.value_or(0));
  EventFilter rest = filter;
  rest.since.reset();
  // With a limit, the spans are sorted by an expression that no index is in
  // the order of: otherwise SQLite would walk event_by_nodes, which is in
  // (day_from, id) order, through the pair's whole past to skip the sorter.
  const std::string spans_order = filter.newest_first ? " ORDER BY +e.day_from DESC, +e.id DESC"
                                                      : " ORDER BY +e.day_from, +e.id";
  const std::vector<WindowPart> parts = since_parts(filter.since);
  std::vector<SqlWhere> branches;
  std::string sql;
  for (const auto direction : {PairDirection::actor_to_other, PairDirection::other_to_actor}) {
    const SqlWhere pair = event_where(db, types, rest, direction);
    for (const auto& part : parts) {
      SqlWhere branch = pair;
      if (!part.where.sql.empty()) branch.sql += " AND " + part.where.sql;
      branch.params.insert(branch.params.end(), part.where.params.begin(), part.where.params.end());
      sql += std::string(sql.empty() ? "" : " UNION ALL ") +
             "SELECT * FROM (SELECT " + columns + " FROM event e" + branch.sql +
             (filter.limit ? (part.spans ? spans_order : order) + " LIMIT ?" : "") + ")";
      branches.push_back(std::move(branch));
    }
  }
  auto query = db.prepare(sql);
  int next = 1;
  for (const auto& branch : branches) {
    next = branch.bind(query, next);
    if (filter.limit) query.bind(next++, limit);
  }
  std::vector<ListingKey> keys;
  std::vector<EventRecord> rows;  // covered: every key's record, in the order read
  EventReader reader(db, types);
  while (query.step()) {
    keys.push_back({day_number(query, day_column), query.column_int64(0), rows.size()});
    if (covered) rows.push_back(reader.read(query));
  }

  const auto before = [&](const ListingKey& a, const ListingKey& b) {
    if (a.day_from != b.day_from) return filter.newest_first ? a.day_from > b.day_from : a.day_from < b.day_from;
    return filter.newest_first ? a.id > b.id : a.id < b.id;
  };
  std::sort(keys.begin(), keys.end(), before);
  // `--between X X` reads the same rows in both directions: list each once.
  keys.erase(std::unique(keys.begin(), keys.end(),
                         [](const ListingKey& a, const ListingKey& b) { return a.id == b.id; }),
             keys.end());
  if (filter.limit && keys.size() > static_cast<std::size_t>(limit)) keys.resize(static_cast<std::size_t>(limit));
  std::vector<EventRecord> result(keys.size());
  if (covered) {
    for (std::size_t i = 0; i < keys.size(); ++i) result[i] = std::move(rows[keys[i].row]);
    return result;
  }

  std::vector<std::size_t> by_id(keys.size());
  for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return keys[a].id < keys[b].id; });
  const ScopedCacheLimit cache(db, 512);
  auto& row = db.cached(kEventColumns + " WHERE e.id = ?1");
  for (const std::size_t i : by_id) {
    sqlite::ScopedReset reset(row);
    row.bind(1, keys[i].id);
    if (!row.step()) throw StoreError(SQLITE_NOTFOUND, "event " + std::to_string(keys[i].id) + " vanished");
    result[i] = reader.read(row);
  }
  return result;
}

// Counts the new event `event_id` in its rows of the pair rollup (tables
// pair_month, pair_year and pair_total, docs/schema.md), which must stay equal to the aggregate of the
// event table. Events within one node (self pairs) are not in the rollup.
void add_to_rollup(sqlite::Database& db, long long event_id) {
  auto& upsert = db.cached(
      "INSERT INTO pair_month (lo_node_id, hi_node_id, type, month, events, first_day, last_day, "
      "net_weight, cooperative, conflictual) "
      "SELECT min(source_node_id, target_node_id), max(source_node_id, target_node_id), type, "
      "substr(day_from, 1, 7), 1, day_from, day_to, weight, weight > 0, weight < 0 "
      "FROM event WHERE id = ?1 AND source_node_id <> target_node_id "
      "ON CONFLICT (lo_node_id, hi_node_id, type, month) DO UPDATE SET "
      "events = events + 1, first_day = min(first_day, excluded.first_day), "
      "last_day = max(last_day, excluded.last_day), net_weight = net_weight + excluded.net_weight, "
      "cooperative = cooperative + excluded.cooperative, "
      "conflictual = conflictual + excluded.conflictual");
  upsert.bind_all(event_id).run();
  auto& count = db.cached(
      "INSERT INTO pair_year (lo_node_id, hi_node_id, year, events) "
      "SELECT min(source_node_id, target_node_id), max(source_node_id, target_node_id), "
      "substr(day_from, 1, 4), 1 FROM event WHERE id = ?1 AND source_node_id <> target_node_id "
      "ON CONFLICT (lo_node_id, hi_node_id, year) DO UPDATE SET events = events + 1");
  count.bind_all(event_id).run();
  auto& total = db.cached(
      "INSERT INTO pair_total (lo_node_id, hi_node_id, type, events, first_day, last_day, "
      "net_weight, cooperative, conflictual) "
      "SELECT min(source_node_id, target_node_id), max(source_node_id, target_node_id), type, "
      "1, day_from, day_to, weight, weight > 0, weight < 0 "
      "FROM event WHERE id = ?1 AND source_node_id <> target_node_id "
      "ON CONFLICT (lo_node_id, hi_node_id, type) DO UPDATE SET "
      "events = events + 1, first_day = min(first_day, excluded.first_day), "
      "last_day = max(last_day, excluded.last_day), net_weight = net_weight + excluded.net_weight, "
      "cooperative = cooperative + excluded.cooperative, "
      "conflictual = conflictual + excluded.conflictual");
  total.bind_all(event_id).run();
}

}  // namespace

std::pair<std::string, std::string> event_columns(ActorKind kind) {
  if (kind == ActorKind::person) return {"e.source_id", "e.target_id"};
  return {"e.source_node_id", "e.target_node_id"};
}

int SqlWhere::bind(sqlite::Statement& statement, int first) const {
  int index = first;
  for (const auto& param : params) {
    std::visit([&](const auto& value) { statement.bind(index++, value); }, param);
  }
  return index;
}

SqlWhere event_where(sqlite::Database& db, const TypeTable& types, const EventFilter& filter,
                     PairDirection direction) {
  SqlWhere where;
  std::vector<std::string> terms;
  if (filter.other && !filter.actor) throw UsageError("an `other` actor needs an `actor`");
  if (filter.actor) {
    const auto a = require_ref_for_query(db, *filter.actor);
    const auto [a_source, a_target] = event_columns(a.kind);
    if (filter.other) {
      const auto b = require_ref_for_query(db, *filter.other);
      const auto [b_source, b_target] = event_columns(b.kind);
      // Each direction is an equality on both columns of one index, e.g.
      // event_by_nodes (source_node_id, target_node_id, day_from) for two states.
      const std::string forward = "(" + a_source + " = ? AND " + b_target + " = ?)";
      const std::string backward = "(" + b_source + " = ? AND " + a_target + " = ?)";
      if (direction == PairDirection::both) {
        terms.push_back("(" + forward + " OR " + backward + ")");
        where.params.insert(where.params.end(), {a.id, b.id, b.id, a.id});
      } else if (direction == PairDirection::actor_to_other) {
        terms.push_back(forward);
        where.params.insert(where.params.end(), {a.id, b.id});
      } else {
        terms.push_back(backward);
        where.params.insert(where.params.end(), {b.id, a.id});
      }
    } else {
      terms.push_back("(" + a_source + " = ? OR " + a_target + " = ?)");
      where.params.insert(where.params.end(), {a.id, a.id});
    }
  }
  // Symmetric types are stored in canonical order, not as reported, so for
  // them a direction filter accepts the actor on either side.
  std::vector<std::string> symmetric;
  for (const auto& [name, info] : types) {
    if (!info.directed) symmetric.push_back(name);
  }
  std::sort(symmetric.begin(), symmetric.end());  // a stable SQL text across runs
  const auto add_side = [&](const std::string& code, bool is_source) {
    const auto ref = require_ref_for_query(db, code);
    const auto [source_column, target_column] = event_columns(ref.kind);
    const std::string& own = is_source ? source_column : target_column;
    const std::string& far = is_source ? target_column : source_column;
    std::string term = "(" + own + " = ?";
    where.params.emplace_back(ref.id);
    if (!symmetric.empty()) {
      term += " OR (" + far + " = ? AND e.type IN (";
      where.params.emplace_back(ref.id);
      for (std::size_t i = 0; i < symmetric.size(); ++i) {
        term += i == 0 ? "?" : ", ?";
        where.params.emplace_back(symmetric[i]);
      }
      term += "))";
    }
    terms.push_back(term + ")");
  };
  if (filter.source) add_side(*filter.source, true);
  if (filter.target) add_side(*filter.target, false);
  if (!filter.types.empty()) {
    std::string list;
    for (const auto& type : filter.types) {
      if (!types.count(type)) {
        throw InputError("", 0, "unknown event type '" + type + "' (known: " + event_type_names() + ")");
      }
      list += list.empty() ? "?" : ", ?";
      where.params.emplace_back(type);
    }
    terms.push_back("e.type IN (" + list + ")");
  }
  if (filter.since) {
    terms.push_back("e.day_to >= ?");
    where.params.emplace_back(filter.since->first_day());
  }
  if (filter.until) {
    terms.push_back("e.day_from <= ?");
    where.params.emplace_back(filter.until->last_day());
  }
  for (std::size_t i = 0; i < terms.size(); ++i) where.sql += (i == 0 ? " WHERE " : " AND ") + terms[i];
  return where;
}

long long Store::ensure_document(const Document& document) {
  if (document.key.empty()) throw InputError("", 0, "document without a key");
  auto& insert = impl_->db.cached(
      "INSERT INTO document (kind, key, uri, title, published) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT (key) DO NOTHING");
  insert.bind_all(document.kind, document.key, document.uri, document.title, document.published).run();
  if (impl_->db.changes() > 0) return impl_->db.last_insert_rowid();
  auto& query = impl_->db.cached("SELECT id FROM document WHERE key = ?1");
  sqlite::ScopedReset reset(query);
  query.bind(1, document.key);
  if (!query.step()) throw StoreError(SQLITE_NOTFOUND, "document '" + document.key + "' vanished");
  return query.column_int64(0);
}

void Store::mark_document_complete(long long document_id) {
  impl_->db.cached(
          "UPDATE document SET completed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1")
      .bind_all(document_id)
      .run();
}

AddEventResult Store::add_event(const NewEvent& event, long long document_id,
                                const Provenance& provenance) {
  auto& impl = *impl_;
  const auto type = impl.types.find(event.type);
  if (type == impl.types.end()) {
    throw InputError("", 0, "unknown event type '" + event.type + "' (known: " + event_type_names() + ")");
  }
  auto source = require_ref(impl.db, event.source_code);
  auto target = require_ref(impl.db, event.target_code);
  if (source.id == target.id) {
    throw InputError("", 0, "source and target are the same actor '" + event.source_code + "'");
  }
  // A span ending on its start date is that date: one key for one event.
  std::optional<Date> date_end = event.date_end;
  if (date_end && *date_end == event.date) date_end.reset();
  const std::string day_from = event.date.first_day();
  const std::string day_to = (date_end ? *date_end : event.date).last_day();
  if (day_to < day_from) throw InputError("", 0, "event ends before it starts");
  if (!(event.confidence >= 0 && event.confidence <= 1)) {
    throw InputError("", 0, "confidence must be between 0 and 1");
  }
  const double weight = event.weight.value_or(type->second.weight);
  if (!std::isfinite(weight)) throw InputError("", 0, "weight must be a number");
  // Symmetric types are stored in canonical order so that "A meets B" and
  // "B meets A" share one key.
  if (!type->second.directed && source.id > target.id) std::swap(source, target);

  auto& document = impl.db.cached("SELECT 1 FROM document WHERE id = ?1");
  {
    sqlite::ScopedReset reset(document);
    document.bind(1, document_id);
    if (!document.step()) throw InputError("", 0, "unknown document id " + std::to_string(document_id));
  }

  // Without a caller's transaction, the event and its source row still land together.
  std::optional<Transaction> own;
  if (!impl.db.in_transaction()) own.emplace(*this);

  const std::optional<std::string> date_end_text =
      date_end ? std::optional(date_end->to_string()) : std::nullopt;
  const std::string date_text = event.date.to_string();
  AddEventResult result;
  auto& insert = impl.db.cached(
      "INSERT INTO event (type, source_id, target_id, source_node_id, target_node_id, date, "
      "date_end, precision, day_from, day_to, cameo, weight, confidence, evidence) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT DO NOTHING");
  insert
      .bind_all(event.type, source.id, target.id,
                source.kind == ActorKind::person ? node_of(impl.db, source.id, day_from) : source.id,
                target.kind == ActorKind::person ? node_of(impl.db, target.id, day_from) : target.id,
                date_text, date_end_text, to_string(event.date.precision), day_from, day_to,
                event.cameo.value_or(type->second.cameo), weight, event.confidence, event.evidence)
      .run();
  if (impl.db.changes() > 0) {
    result.event_id = impl.db.last_insert_rowid();
    result.new_event = true;
    add_to_rollup(impl.db, result.event_id);
  } else {
    auto& find = impl.db.cached(
        "SELECT id FROM event WHERE type = ?1 AND source_id = ?2 AND target_id = ?3 AND date = ?4 "
        "AND coalesce(date_end, '') = ?5 AND cameo = ?6");
    sqlite::ScopedReset reset(find);
    find.bind_all(event.type, source.id, target.id, date_text, date_end_text.value_or(""),
                  event.cameo.value_or(type->second.cameo));
    if (!find.step()) throw StoreError(SQLITE_NOTFOUND, "event vanished after a conflict");
    result.event_id = find.column_int64(0);
  }

  auto& add_source = impl.db.cached(
      "INSERT INTO event_source (event_id, document_id, sentence, url, title, published, evidence, "
      "note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING");
  add_source
      .bind_all(result.event_id, document_id, provenance.sentence, provenance.url, provenance.title,
                provenance.published, provenance.evidence, provenance.note)
      .run();
  result.new_source = impl.db.changes() > 0;
  if (own) own->commit();
  return result;
}

std::vector<EventRecord> Store::events(const EventFilter& filter) const {
  // One snapshot for the keys, the rows, their actors and their sources.
  const sqlite::ReadTransaction snapshot(impl_->db);
  if (filter.actor && filter.other && (filter.limit || filter.since)) {
    std::vector<EventRecord> result = pair_events(impl_->db, impl_->types, filter);
    if (filter.with_sources) load_sources(impl_->db, result);
    return result;
  }
  const std::string order =
      filter.newest_first ? " ORDER BY e.day_from DESC, e.id DESC" : " ORDER BY e.day_from, e.id";
  const SqlWhere where = event_where(impl_->db, impl_->types, filter);
  auto query = impl_->db.prepare(kEventColumns + where.sql + order +
                                 (filter.limit ? " LIMIT ?" : ""));
  const int next = where.bind(query);
  if (filter.limit) query.bind(next, std::max(0LL, *filter.limit));
  std::vector<EventRecord> result;
  EventReader reader(impl_->db, impl_->types);
  while (query.step()) result.push_back(reader.read(query));
  if (filter.with_sources) load_sources(impl_->db, result);
  return result;
}

long long Store::count_events(const EventFilter& filter) const {
  const SqlWhere where = event_where(impl_->db, impl_->types, filter);
  auto query = impl_->db.prepare("SELECT count(*) FROM event e" + where.sql);
  where.bind(query);
  query.step();
  return query.column_int64(0);
}

}  // namespace dipgraph::core
