// Store: what `dipgraph actor` and `dipgraph stats` show.
#include <sqlite3.h>

#include "core/error.hpp"
#include "core/store.hpp"
#include "core/store_impl.hpp"

namespace dipgraph::core {
namespace {

constexpr long long kTopPartners = 10;

std::vector<CountByName> counts(sqlite::Statement& query) {
  std::vector<CountByName> result;
  while (query.step()) result.push_back(CountByName{query.column_text(0), query.column_int64(1)});
  return result;
}

long long count_rows(const sqlite::Database& db, std::string_view sql) {
  return db.query_int64(sql).value_or(0);
}

}  // namespace

ActorProfile Store::profile(std::string_view code) const {
  auto& impl = *impl_;
  const sqlite::ReadTransaction snapshot(impl.db);
  const auto ref = require_ref_for_query(impl.db, code);
  ActorProfile profile;
  profile.actor = *find_actor(code);

  auto aliases = impl.db.prepare("SELECT DISTINCT alias FROM alias WHERE actor_id = ?1 ORDER BY alias");
  aliases.bind(1, ref.id);
  while (aliases.step()) profile.aliases.push_back(aliases.column_text(0));

  if (ref.kind == ActorKind::person) {
    profile.roles = roles_of(code);
  } else if (ref.kind == ActorKind::state) {
    profile.roles = select_roles(impl.db, "r.state_id = ?1", ref.id);
  }
  profile.memberships = memberships(code);

  const auto [source, target] = event_columns(ref.kind);
  auto by_type = impl.db.prepare("SELECT e.type, count(*) AS n FROM event e WHERE " + source + " = ?1 OR " +
                                 target + " = ?1 GROUP BY e.type ORDER BY n DESC, e.type");
  by_type.bind(1, ref.id);
  profile.events_by_type = counts(by_type);

  // The partner is the other side at the same level as the actor: the other
  // node for states and orgs, the other actor for people. Self-loops (a
  // state's own people projected onto it) are not partnerships.
  auto partners = impl.db.prepare(
      "SELECT a.code, a.name, a.kind, p.n FROM ("
      "SELECT CASE WHEN " + source + " = ?1 THEN " + target + " ELSE " + source + " END AS partner, "
      "count(*) AS n FROM event e WHERE " + source + " = ?1 OR " + target + " = ?1 GROUP BY partner"
      ") p JOIN actor a ON a.id = p.partner WHERE p.partner <> ?1 ORDER BY p.n DESC, a.code LIMIT ?2");
  partners.bind_all(ref.id, kTopPartners);
  while (partners.step()) {
    const auto kind = parse_actor_kind(partners.column_text(2));
    profile.top_partners.push_back(Partner{partners.column_text(0), partners.column_text(1),
                                           kind.value_or(ActorKind::state), partners.column_int64(3)});
  }
  return profile;
}

StoreStats Store::stats() const {
  // One snapshot: counted across an import's commit, the events and their
  // count by type could disagree.
  const sqlite::ReadTransaction snapshot(impl_->db);
  const auto& db = impl_->db;
  StoreStats stats;
  stats.schema_version = schema_version();
  auto kinds = db.prepare("SELECT kind, count(*) FROM actor GROUP BY kind");
  while (kinds.step()) {
    const auto kind = parse_actor_kind(kinds.column_text(0));
    const long long n = kinds.column_int64(1);
    if (kind == ActorKind::state) stats.states = n;
    if (kind == ActorKind::person) stats.people = n;
    if (kind == ActorKind::org) stats.orgs = n;
  }
  stats.aliases = count_rows(db, "SELECT count(*) FROM alias");
  stats.roles = count_rows(db, "SELECT count(*) FROM role");
  stats.memberships = count_rows(db, "SELECT count(*) FROM membership");
  stats.events = count_rows(db, "SELECT count(*) FROM event");
  stats.event_sources = count_rows(db, "SELECT count(*) FROM event_source");
  stats.documents = count_rows(db, "SELECT count(*) FROM document");
  auto by_type = db.prepare("SELECT type, count(*) AS n FROM event GROUP BY type ORDER BY n DESC, type");
  stats.events_by_type = counts(by_type);
  // First and last day an event starts on (both via the event_by_day index).
  auto span = db.prepare("SELECT min(day_from), max(day_from) FROM event");
  if (span.step()) {
    stats.first_date = span.column_optional_text(0);
    stats.last_date = span.column_optional_text(1);
  }
  return stats;
}

}  // namespace dipgraph::core
