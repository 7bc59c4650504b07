// Generates a deterministic dipgraph store for the graph benchmarks: N events
// among 200 real states and 2,000 generated people, written through
// core::Store exactly as `dipgraph import` would write them.
//
//   bench_gen_store --out PATH [--events N] [--seed S]
//
// The same arguments give the same database on every machine: the random
// numbers come from our own SplitMix64 and integer arithmetic, not from the
// implementation-defined std:: distributions.

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/store.hpp"

namespace {

using dipgraph::core::Date;
using dipgraph::core::DatePrecision;
using dipgraph::core::Store;

/// Bump when the generated data changes, so that cached stores are rebuilt.
constexpr int kGeneratorVersion = 2;
constexpr std::size_t kStates = 200;
constexpr std::size_t kPeople = 2000;
constexpr long long kBatch = 50000;  // events per transaction, at least
constexpr long long kEventsPerDocument = 1000;

/// SplitMix64: tiny, fast, and the same on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Uniform in [0, n).
  long long below(long long n) { return static_cast<long long>(unit() * static_cast<double>(n)); }
  bool chance(double p) { return unit() < p; }

 private:
  std::uint64_t state_;
};

/// Samples an index from fixed weights by binary search over the cumulative sums.
class Weighted {
 public:
  explicit Weighted(const std::vector<double>& weights) {
    double sum = 0;
    for (const double w : weights) cumulative_.push_back(sum += w);
  }
  std::size_t sample(Random& random) const {
    const double x = random.unit() * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
    return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                 cumulative_.size() - 1);
  }

 private:
  std::vector<double> cumulative_;
};

template <typename T>
void shuffle(std::vector<T>& items, Random& random) {
  for (std::size_t i = items.size(); i > 1; --i) {
    std::swap(items[i - 1], items[static_cast<std::size_t>(random.below(static_cast<long long>(i)))]);
  }
}

// States that dominate real news coverage come first in the Zipf ranking, so
// the busiest pairs look like the real ones (USA-CHN, RUS-UKR, ...).
const std::vector<std::string> kProminent = {
    "USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "IND", "JPN", "TUR", "IRN", "ISR",
    "SAU", "BRA", "KOR", "PRK", "PAK", "EGY", "ITA", "POL", "CAN", "AUS", "QAT", "ARE",
    "SYR", "BLR", "MEX", "ZAF", "NGA", "IDN"};

/// Event types with their share of the events (the weights are the types' defaults).
const std::vector<std::pair<std::string, double>> kTypeShares = {
    {"meeting", 0.28}, {"visit", 0.18}, {"support", 0.12}, {"agreement", 0.09}, {"aid", 0.07},
    {"reject", 0.08},  {"threat", 0.07}, {"sanction", 0.06}, {"conflict", 0.05}};

const std::vector<std::string> kTitles = {"president",        "prime minister", "foreign minister",
                                          "defence minister", "ambassador",     "trade minister"};

const std::vector<std::string> kSyllables = {
    "ka", "lo", "mir", "ta", "ve", "son", "ri", "dan", "el", "no", "va", "sha", "ber", "tu",
    "ga", "lin", "mo", "rek", "si", "ha", "dor", "pa", "len", "qui", "zo", "mar", "ti", "ul"};

constexpr int kFirstDay = 0;  // 2015-01-01, as days since then
const std::chrono::sys_days kEpoch{std::chrono::year{2015} / 1 / 1};
const int kLastDay = static_cast<int>(
    (std::chrono::sys_days{std::chrono::year{2025} / 12 / 31} - kEpoch).count());

Date date_of(int day_index, DatePrecision precision) {
  const std::chrono::year_month_day ymd{kEpoch + std::chrono::days{day_index}};
  Date date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())), precision};
  if (precision != DatePrecision::day) date.day = 0;
  if (precision == DatePrecision::year) date.month = 0;
  return date;
}

std::string capitalised(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

std::string made_up_word(Random& random, int syllables) {
  std::string word;
  for (int i = 0; i < syllables; ++i) {
    word += kSyllables[static_cast<std::size_t>(random.below(static_cast<long long>(kSyllables.size())))];
  }
  return capitalised(word);
}

/// How likely an event of `type` is to span several days, and at most how many.
std::pair<double, int> span_of(const std::string& type) {
  if (type == "conflict") return {0.6, 730};
  if (type == "sanction") return {0.5, 1500};
  if (type == "aid") return {0.1, 90};
  if (type == "visit" || type == "meeting") return {0.08, 4};
  return {0.03, 30};
}

struct Options {
  std::string out;
  long long events = 1000000;
  std::uint64_t seed = 20240601;
};

Options parse_arguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw dipgraph::UsageError(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--out") {
      options.out = value();
    } else if (arg == "--events") {
      options.events = std::stoll(value());
    } else if (arg == "--seed") {
      options.seed = std::stoull(value());
    } else if (arg == "--version") {
      std::printf("%d\n", kGeneratorVersion);
      std::exit(0);
    } else {
      throw dipgraph::UsageError("unknown argument '" + std::string(arg) +
                                 "' (usage: bench_gen_store --out PATH [--events N] [--seed S])");
    }
  }
  if (options.out.empty()) throw dipgraph::UsageError("--out PATH is required");
  if (options.events < 1) throw dipgraph::UsageError("--events must be at least 1");
  return options;
}

/// The 200 states of the benchmark, most prominent first (the Zipf rank).
std::vector<std::string> pick_states(const Store& store, Random& random) {
  std::vector<std::string> current;
  {
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(store.handle(),
                       "SELECT code FROM actor WHERE kind = 'state' AND status = 'current' ORDER BY code",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
      current.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
  }
  std::vector<std::string> states;
  for (const auto& code : kProminent) {
    if (std::binary_search(current.begin(), current.end(), code)) states.push_back(code);
  }
  std::vector<std::string> rest;
  for (const auto& code : current) {
    if (std::find(states.begin(), states.end(), code) == states.end()) rest.push_back(code);
  }
  shuffle(rest, random);
  for (const auto& code : rest) {
    if (states.size() == kStates) break;
    states.push_back(code);
  }
  if (states.size() < kStates) throw dipgraph::Error("the seeded actor table has too few current states");
  return states;
}

struct Person {
  std::string code;
  std::vector<std::size_t> states;  // indexes into the state list: home and role states
};

}  // namespace

int main(int argc, char** argv) try {
  const Options options = parse_arguments(argc, argv);
  const std::filesystem::path out(options.out);
  const std::filesystem::path partial = out.string() + ".partial";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(partial.string() + suffix);

  const auto started = std::chrono::steady_clock::now();
  auto seconds_since = [](std::chrono::steady_clock::time_point from) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
  };
  Random random(options.seed);
  std::size_t people_with_roles = 0;
  long long attempts = 0;
  long long person_sides = 0;
  std::map<std::string, long long> by_type;
  {
    Store store = Store::open(partial.string());
    // Events arrive in random key order for every index: with a page cache as
    // large as the store (about 400 bytes an event) no page is read back from
    // the file, and a 10M-event store is written at the speed of a 1M one.
    const long long cache_kib = std::min(options.events * 2 / 5, 6LL << 20);
    if (cache_kib > 65536) {
      const std::string pragma = "PRAGMA cache_size = -" + std::to_string(cache_kib);
      sqlite3_exec(store.handle(), pragma.c_str(), nullptr, nullptr, nullptr);
    }
    // Random keys dirty most index pages in every transaction, and each commit
    // copies them to the WAL: ten large transactions, not one per 50,000
    // events, keep that from growing with the square of the store.
    const long long batch = std::max(kBatch, options.events / 10);
    const std::vector<std::string> states = pick_states(store, random);

    // Zipf-like popularity (weight 1/rank) mixed with a uniform share, so that a
    // few states are in most events and every state still has some.
    std::vector<double> state_weights;
    double harmonic = 0;
    for (std::size_t rank = 1; rank <= kStates; ++rank) harmonic += 1.0 / static_cast<double>(rank);
    for (std::size_t rank = 1; rank <= kStates; ++rank) {
      state_weights.push_back(0.85 / (static_cast<double>(rank) * harmonic) +
                              0.15 / static_cast<double>(kStates));
    }
    const Weighted pick_state(state_weights);

    // People first, roles next, events last: no event needs re-projecting.
    std::vector<Person> people;
    std::vector<std::vector<std::size_t>> people_of_state(kStates);
    {
      Store::Transaction transaction(store);
      std::set<std::string> codes;
      while (people.size() < kPeople) {
        const std::string name = made_up_word(random, 2) + " " + made_up_word(random, 3);
        const std::string code = dipgraph::core::person_code(name);
        if (!codes.insert(code).second || store.find_actor(code)) continue;
        Person person;
        // 2% have no known home state: outside their role they are their own
        // node, as people the gazetteer cannot place are in real data.
        const bool stateless = random.chance(0.02);
        const std::size_t home = pick_state.sample(random);
        const auto actor = store.ensure_person(name, stateless ? std::nullopt : std::optional(states[home]));
        person.code = actor.code;
        if (!stateless) person.states.push_back(home);
        // 30% hold a role over a span; the stateless ones always do. Some serve a
        // state other than their home state, so projection changes their node.
        if (stateless || random.chance(0.30)) {
          const std::size_t role_state = (stateless || random.chance(0.3)) ? pick_state.sample(random) : home;
          const int start = static_cast<int>(random.below(kLastDay - 365));
          const int end = std::min(kLastDay, start + 365 + static_cast<int>(random.below(5 * 365)));
          dipgraph::core::Role role;
          role.person_code = actor.code;
          role.person_name = actor.name;
          role.title = kTitles[static_cast<std::size_t>(random.below(static_cast<long long>(kTitles.size())))];
          role.state_code = states[role_state];
          role.start = date_of(start, random.chance(0.8) ? DatePrecision::day : DatePrecision::month);
          if (random.chance(0.8)) role.end = date_of(end, DatePrecision::day);
          role.source = "bench";
          store.add_role(role);
          ++people_with_roles;
          if (role_state != home || stateless) person.states.push_back(role_state);
        }
        for (const std::size_t s : person.states) people_of_state[s].push_back(people.size());
        people.push_back(std::move(person));
      }
      transaction.commit();
    }
    std::fprintf(stderr, "bench_gen_store: %zu states, %zu people (%zu with roles) in %.1f s\n",
                 kStates, people.size(), people_with_roles, seconds_since(started));

    std::vector<double> type_weights;
    for (const auto& [name, share] : kTypeShares) type_weights.push_back(share);
    const Weighted pick_type(type_weights);

    // A side of an event: a state, or (12%) one of the people attached to it.
    auto side = [&](std::size_t state) -> std::string {
      const auto& attached = people_of_state[state];
      if (!attached.empty() && random.chance(0.12)) {
        ++person_sides;
        return people[attached[static_cast<std::size_t>(random.below(static_cast<long long>(attached.size())))]].code;
      }
      return states[state];
    };

    const auto events_started = std::chrono::steady_clock::now();
    long long stored = 0;
    long long document_id = 0;
    while (stored < options.events) {
      Store::Transaction transaction(store);
      const long long batch_end = std::min(options.events, stored + batch);
      while (stored < batch_end) {
        if (++attempts > options.events * 4) throw dipgraph::Error("too many duplicate events; lower --events");
        if (stored % kEventsPerDocument == 0 || document_id == 0) {
          const long long number = stored / kEventsPerDocument + 1;
          document_id = store.ensure_document(
              {"article", "bench:article:" + std::to_string(number), std::nullopt,
               "Generated article " + std::to_string(number), std::nullopt});
        }
        const std::size_t a = pick_state.sample(random);
        std::size_t b = pick_state.sample(random);
        while (b == a) b = pick_state.sample(random);
        const std::string& type = kTypeShares[pick_type.sample(random)].first;

        // Dates: mostly days, some months and years; spans for conflicts,
        // sanctions, aid and a few multi-day visits and talks.
        const int day = static_cast<int>(random.below(kLastDay - kFirstDay + 1));
        const double p = random.unit();
        const DatePrecision precision =
            p < 0.85 ? DatePrecision::day : (p < 0.96 ? DatePrecision::month : DatePrecision::year);
        const auto [span_chance, max_length] = span_of(type);
        dipgraph::core::NewEvent event;
        event.type = type;
        event.source_code = side(a);
        event.target_code = side(b);
        if (event.source_code == event.target_code) continue;
        event.date = date_of(day, precision);
        if (random.chance(span_chance)) {
          const int end = std::min(kLastDay, day + 1 + static_cast<int>(random.below(max_length)));
          event.date_end = date_of(end, precision);
        }
        dipgraph::core::Provenance provenance;
        provenance.sentence = static_cast<int>(stored % kEventsPerDocument) + 1;
        if (store.add_event(event, document_id, provenance).new_event) {
          ++stored;
          ++by_type[type];
        }
      }
      transaction.commit();
      const double elapsed = seconds_since(events_started);
      std::fprintf(stderr, "bench_gen_store: %lld / %lld events, %.0f rows/s\n", stored, options.events,
                   static_cast<double>(stored) / elapsed);
    }
    const double elapsed = seconds_since(events_started);
    std::printf("generated %lld events (%lld draws, %lld duplicates skipped) in %.1f s: %.0f rows/s\n",
                stored, attempts, attempts - stored, elapsed, static_cast<double>(stored) / elapsed);
    // No ANALYZE: the benchmark must see the query plans a user's store gets.
    sqlite3_exec(store.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  }
  std::printf("people: %zu (%zu with roles); event sides played by people: %lld\n", kPeople,
              people_with_roles, person_sides);
  std::printf("types:");
  for (const auto& [type, count] : by_type) std::printf(" %s=%lld", type.c_str(), count);
  std::printf("\n");
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(out.string() + suffix);
  std::filesystem::rename(partial, out);
  std::printf("wrote %s in %.1f s total\n", out.c_str(), seconds_since(started));
  return 0;
} catch (const std::exception& error) {
  std::fprintf(stderr, "bench_gen_store: error: %s\n", error.what());
  return 1;
}
