#pragma once
// The SQLite store: actors, aliases, roles, memberships, events and their
// provenance. One file; schema documented in docs/schema.md.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/resolver.hpp"

struct sqlite3;

namespace dipgraph::core {

/// Who told the store about a person or a role: curated data (seed data,
/// roles and fact files, datasets) or an article.
enum class Origin { curated, article };
/// Which people and roles a read sees: all, or only what curated data told the
/// store. Article extraction reads the curated ones, so that what one article
/// stored never changes what another article yields.
enum class Knowledge { all, curated };

/// A person holding a title in a state over a span (end empty: still in office).
struct Role {
  std::string person_code;
  std::string person_name;
  std::string title;  ///< lower case: "president", "prime minister", "foreign minister", ...
  std::string state_code;
  std::optional<Date> start;
  std::optional<Date> end;
  std::string source;  ///< where the row comes from (outlet, data file, user file)
  Origin origin = Origin::curated;  ///< article: read from one, left out of Knowledge::curated
};

/// A state's membership of an organisation.
struct Membership {
  std::string org_code;
  std::string state_code;
  std::optional<Date> joined;
  std::optional<Date> left;
};

/// Something events were imported from: a fact file, an article, a dataset file.
struct Document {
  std::string kind;  ///< "facts", "article", ...
  std::string key;   ///< unique per document (canonical path, article id)
  std::optional<std::string> uri;
  std::optional<std::string> title;
  std::optional<std::string> published;  ///< YYYY[-MM[-DD]]
};

/// An event to store. Actors are given by code and must exist.
struct NewEvent {
  std::string type;  ///< an event_types() name
  std::string source_code;
  std::string target_code;
  Date date;
  std::optional<Date> date_end;
  std::optional<std::string> cameo;  ///< default: the type's code
  std::optional<double> weight;      ///< default: the type's Goldstein weight
  double confidence = 1.0;
  std::optional<std::string> evidence;
};

/// Who reported an event, where, and in which words.
struct Provenance {
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;
  std::optional<std::string> evidence;
  std::optional<std::string> note;  ///< free text, e.g. "Reuters, 2024-11-26"
  std::optional<int> sentence;      ///< 1-based sentence index within an article
};

struct AddEventResult {
  long long event_id = 0;
  bool new_event = false;   ///< false: the same event was already stored
  bool new_source = false;  ///< false: this document already reported it (a no-op)
};

/// One side of a stored event. `state` is the state a person represented on the
/// event's date (nullopt for states, orgs, and people with no known state).
struct EventActor {
  std::string code;
  std::string name;
  ActorKind kind = ActorKind::state;
  std::optional<std::string> state;
};

struct EventSource {
  std::string document;  ///< the document's key
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;
  std::optional<std::string> evidence;
  std::optional<std::string> note;
  std::optional<int> sentence;
};

struct EventRecord {
  long long id = 0;
  std::string type;
  std::string cameo;
  std::string plover;
  EventActor source;
  EventActor target;
  Date date;
  std::optional<Date> date_end;
  double weight = 0;
  double confidence = 1;
  std::optional<std::string> evidence;
  std::vector<EventSource> sources;  ///< ordered by document id, then sentence
};

/// Which events to list. A state or org matches the events of its people too
/// (people are projected onto the state they represented on the event's date);
/// a person matches only their own events.
struct EventFilter {
  std::optional<std::string> actor;  ///< code; events in which it takes part
  std::optional<std::string> other;  ///< code; with `actor`: only events between the two
  /// code; only events whose source is, or is represented by, this actor. For
  /// symmetric types (meeting, agreement, conflict), stored in an arbitrary
  /// order, either side counts.
  std::optional<std::string> source;
  /// code; only events whose target is, or is represented by, this actor
  /// (either side for symmetric types, as with `source`).
  std::optional<std::string> target;
  std::vector<std::string> types;    ///< empty: every type
  std::optional<Date> since;         ///< events ending on or after since.first_day()
  std::optional<Date> until;         ///< events starting on or before until.last_day()
  std::optional<long long> limit;
  bool newest_first = false;         ///< default order: date, then id
  /// false: EventRecord::sources stays empty, saving a few page reads an
  /// event for listings that do not show provenance.
  bool with_sources = true;
};

struct CountByName {
  std::string name;
  long long count = 0;
};

struct Partner {
  std::string code;
  std::string name;
  ActorKind kind = ActorKind::state;
  long long events = 0;
};

/// What `dipgraph actor NAME` shows.
struct ActorProfile {
  Actor actor;
  std::vector<std::string> aliases;      ///< text aliases and codes, sorted
  std::vector<Role> roles;               ///< for people: their roles; for states: roles held in it
  std::vector<Membership> memberships;   ///< for states: orgs; for orgs: members
  std::vector<CountByName> events_by_type;
  std::vector<Partner> top_partners;     ///< most events first, at most 10
};

struct StoreStats {
  int schema_version = 0;
  long long states = 0, people = 0, orgs = 0, aliases = 0, roles = 0, memberships = 0;
  long long events = 0, event_sources = 0, documents = 0;
  std::vector<CountByName> events_by_type;
  std::optional<std::string> first_date;  ///< earliest event day
  std::optional<std::string> last_date;
};

/// The rows Store::state_of reads for one person, to answer it for many days from
/// memory: the article extractor asks it for every person of every article.
struct PersonStates {
  bool person = false;  ///< the code is a person's (else state_on is always nullopt)
  bool exact = true;    ///< false when a day is stored as other than text: ask state_of
  long long id = 0;
  std::optional<long long> home_state_id;
  std::optional<std::string> home_state;  ///< its code
  struct Role {
    long long id = 0;
    long long state_id = 0;
    std::optional<std::string> state;  ///< the state's code
    bool in_home_state = false;
    std::optional<std::string> start_day, end_day;  ///< YYYY-MM-DD
  };
  std::vector<Role> roles;
  /// Store::state_of(person, on) where `day` is on.first_day(): the role in office
  /// that day (in the home state first, then the latest start, then the latest
  /// row), else the home state, as schema::node_of_sql picks it.
  std::optional<std::string> state_on(const std::string& day) const;
};

enum class OpenMode { read_write, read_only };

/// A dipgraph database. One thread at a time may use a Store (its SQLite
/// connection is opened without a mutex); open one Store per thread.
class Store {
 public:
  /// Opens the database (read_write creates it), applies forward migrations
  /// and (re)seeds the embedded reference data when it changed. WAL, foreign
  /// keys on, busy timeout. Throws StoreError when the file is not a dipgraph
  /// database, has a newer schema version, or cannot be opened. read_only
  /// never writes the file, nor creates any beside it in a read-only directory,
  /// and reads one snapshot, taken at its first read, for the Store's life.
  static Store open(const std::string& path, OpenMode mode = OpenMode::read_write);
  /// A fresh seeded in-memory store, for tests.
  static Store open_in_memory();
  /// The same store read from `image`, the serialize() of a fresh open_in_memory()
  /// made at build time: seeding takes most of the start-up of `extract`. An image
  /// of another schema version or other reference data (or an empty one) is
  /// ignored: the store is then seeded as open_in_memory() does.
  static Store open_in_memory(std::string_view image);
  /// The database as its file's bytes (sqlite3_serialize).
  std::string serialize() const;

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  /// RAII transaction (BEGIN IMMEDIATE); rolls back unless commit() was called.
  /// On a file store, a transaction that would extend 100 ms of back-to-back
  /// writing first leaves the write lock free for a few milliseconds, so that
  /// another process waiting to write gets its turn between an import's units.
  class Transaction {
   public:
    explicit Transaction(Store& store);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

   private:
    Store* store_;
    bool done_ = false;
  };

  int schema_version() const;

  // Actors and names.
  std::optional<Actor> find_actor(std::string_view code) const;
  std::vector<Actor> actors(std::optional<ActorKind> kind = std::nullopt) const;
  /// Every alias with its actor, for building a Resolver. Knowledge::curated
  /// leaves out the people only articles have named.
  std::vector<AliasEntry> aliases(Knowledge knowledge = Knowledge::all) const;
  /// A Resolver over aliases().
  Resolver resolver() const;
  /// A Resolver over the aliases of just the actors `name` may denote: those
  /// with an alias that normalises as `name` does, or whose code it is. It
  /// resolves `name` as resolver() does, reading a few rows instead of every
  /// alias; its suggestions for misspellings are not resolver()'s.
  Resolver resolver_for(std::string_view name) const;
  /// The person with code person_code(name), created (with its name as alias)
  /// if missing. Created by an article, the person counts as known only from
  /// articles until curated data names them; then its home state, if given,
  /// replaces the article's.
  Actor ensure_person(std::string_view name, std::optional<std::string> home_state,
                      Origin origin = Origin::curated);
  /// Adds an alias; a no-op when present.
  void add_alias(std::string_view code, std::string_view alias, AliasKind kind);

  // Roles and memberships.
  /// Stores a role (creating nothing: the person and state must exist) and
  /// re-projects the person's events. Returns false when it was already stored.
  /// A curated role also makes its person and an article's same role curated.
  bool add_role(const Role& role);
  /// Knowledge::curated leaves out roles read from articles, and every role of
  /// a person only articles have named (as if the store did not know them).
  std::vector<Role> roles_of(std::string_view person_code, Knowledge knowledge = Knowledge::all) const;
  /// The state a person represented on `on` (by role, else home state), from
  /// the roles roles_of(person_code, knowledge) gives.
  std::optional<std::string> state_of(std::string_view person_code, const Date& on,
                                      Knowledge knowledge = Knowledge::all) const;
  /// What state_of reads for a person, for answering it on many days.
  PersonStates person_states(std::string_view person_code, Knowledge knowledge = Knowledge::all) const;
  std::vector<Membership> memberships(std::string_view code) const;

  // Documents and events.
  /// The document's id, inserting it when its key is new.
  long long ensure_document(const Document& document);
  /// Stores an event and its provenance. The same event (type, actors, dates;
  /// source/target order ignored for symmetric types) is stored once; the
  /// same document reporting it again (same sentence) adds nothing.
  /// Throws InputError for an unknown type or actor code.
  AddEventResult add_event(const NewEvent& event, long long document_id,
                           const Provenance& provenance);
  /// The largest event id: a cheap upper bound of the number of events.
  long long max_event_id() const;
  /// For a bulk load much larger than the store: drops the indexes of `event`
  /// and `event_source` that the load does not read (all but the dedup keys
  /// event_key and event_source_by_record), keeping their SQL in `meta`, so
  /// that each new event goes into fewer B-trees. Only EventBatch may write
  /// until they are restored: it never breaks the unique ones. Use inside a transaction; pair with
  /// restore_event_indexes(). Store::open (read-write) restores indexes an
  /// interrupted load left deferred.
  void defer_event_indexes();
  /// Re-creates the indexes defer_event_indexes() dropped; a no-op when none are.
  void restore_event_indexes();
  /// Marks a document's import finished (document.completed_at), after its last batch.
  void mark_document_complete(long long document_id);
  std::vector<EventRecord> events(const EventFilter& filter) const;
  long long count_events(const EventFilter& filter) const;

  // Summaries.
  ActorProfile profile(std::string_view code) const;
  StoreStats stats() const;

  /// The raw connection, for tests and graph loaders that aggregate in SQL.
  sqlite3* handle() const;
  /// Rows inserted, updated or deleted through this store so far; equal counts
  /// mean nothing was written in between, so whatever a reader cached still holds.
  long long write_count() const;

 private:
  friend class EventBatch;
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dipgraph::core
