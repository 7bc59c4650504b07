#include "importers/icews/icews_importer.hpp"

#include <cctype>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "core/actor.hpp"
#include "core/cameo.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/resolver.hpp"
#include "core/tsv.hpp"
#include "importers/dataset_import.hpp"
#include "importers/icews/icews_row.hpp"
#include "importers/icews/sector_roles.hpp"

namespace dipgraph::importers {
namespace {

enum OutOfScope : std::size_t { kNoCountry, kUnknownCountry, kDomestic, kSameActor };

/// FNV-1a 64 as 16 hex digits.
std::string content_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

/// Lower case, surrounding blanks dropped.
std::string folded(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto begin = out.find_first_not_of(' ');
  const auto end = out.find_last_not_of(' ');
  return begin == std::string::npos ? std::string() : out.substr(begin, end - begin + 1);
}

struct GroupMarks {
  std::set<std::string> words;
  std::set<std::string> sectors;
};

GroupMarks load_group_marks() {
  constexpr std::string_view kFile = "icews_group_words.tsv";
  const core::TsvTable table = core::embedded_tsv(kFile);
  const auto word = table.column("word", kFile);
  const auto kind = table.column("kind", kFile);
  GroupMarks marks;
  for (const auto& row : table.rows) {
    (row.fields[kind] == "sector" ? marks.sectors : marks.words).insert(folded(row.fields[word]));
  }
  return marks;
}

/// ICEWS country names the gazetteer leaves to two states (data/icews_countries.tsv).
const std::unordered_map<std::string, std::string>& fixed_country_names() {
  static const std::unordered_map<std::string, std::string> names = [] {
    constexpr std::string_view kFile = "icews_countries.tsv";
    const core::TsvTable table = core::embedded_tsv(kFile);
    const auto name = table.column("name", kFile);
    const auto code = table.column("code", kFile);
    std::unordered_map<std::string, std::string> out;
    for (const auto& row : table.rows) out.emplace(row.fields[name], row.fields[code]);
    return out;
  }();
  return names;
}

class IcewsImport : public DatasetImport {
 public:
  IcewsImport(core::Store& store, const std::string& path, const DatasetImportOptions& options)
      : DatasetImport(store, path, options, "icews", "an ICEWS event file",
                      {"without a source or target country", "with a country name that is no known state",
                       "within one country (domestic)", "with the same actor on both sides"}),
        resolver_(store.resolver()),
        marks_(load_group_marks()) {}

 protected:
  bool start(const Line& first) override {
    check_text_line(path_, first, "an ICEWS event file");
    auto header = icews::read_header(first.text);
    if (auto* problem = std::get_if<std::string>(&header)) {
      throw InputError(path_, 1, "not an ICEWS event file: " + *problem);
    }
    columns_ = std::get<icews::IcewsColumns>(header);
    if (!columns_.cameo_code) {
      warn("no CAMEO Code column: codes are taken from Event Text");
    }
    return false;
  }

  void row(const Line& line) override {
    auto parsed = icews::parse_row(line.text, columns_);
    if (auto* problem = std::get_if<std::string>(&parsed)) return reject(line, std::move(*problem));
    const auto& row = std::get<icews::IcewsRow>(parsed);
    const core::CameoCode* code = nullptr;
    std::string cameo(row.cameo_code);
    if (!cameo.empty()) {
      code = core::find_cameo(cameo);
      if (!code) return reject(line, "unknown CAMEO Code '" + cameo + "'");
    } else {
      code = core::find_cameo_by_name(row.event_text);
      if (!code) {
        return reject(line, "no CAMEO Code, and Event Text '" + std::string(row.event_text.substr(0, 60)) +
                                "' names no CAMEO event");
      }
      cameo = code->code;
    }
    if (row.source_country.empty() || row.target_country.empty()) return out_of_scope(kNoCountry);
    const auto source_state = state(row.source_country);
    const auto target_state = state(row.target_country);
    if (!source_state || !target_state) return out_of_scope(kUnknownCountry);
    if (*source_state == *target_state) return out_of_scope(kDomestic);

    const Side source = actor(row.source_name, row.source_sectors, *source_state);
    const Side target = actor(row.target_name, row.target_sectors, *target_state);
    if (source.id == target.id) return out_of_scope(kSameActor);
    for (const Side& side : {source, target}) {
      if (side.role) roles_[*side.role].seen_on(row.day);
    }
    long long source_id = source.id;
    long long target_id = target.id;
    if (code->reversed) std::swap(source_id, target_id);

    // The Event ID alone is not unique across releases; with the event's
    // content it is, and it stays the same for a row repeated in any format.
    std::string content = row.day;
    for (std::string_view part : {row.source_name, row.source_country, row.target_name,
                                  row.target_country, std::string_view(cameo)}) {
      content.append("\t").append(part);
    }
    record_.assign("icews:").append(row.id).append(":").append(content_hash(content));
    core::BatchEvent event;
    event.type = code->type;
    event.source_id = source_id;
    event.target_id = target_id;
    event.day = row.day;
    event.cameo = cameo;
    event.weight = row.intensity.value_or(code->weight);
    event.record = record_;
    add_event(event);
  }

 private:
  /// The state a country name denotes, or nullopt (warned once per name).
  std::optional<std::string> state(std::string_view name) {
    const std::string key(name);
    if (auto it = states_.find(key); it != states_.end()) return it->second;
    if (auto fixed = fixed_country_names().find(key); fixed != fixed_country_names().end()) {
      return states_.emplace(key, fixed->second).first->second;
    }
    std::optional<std::string> code;
    std::vector<std::string> states;
    for (const auto& candidate : resolver_.resolve(name).candidates) {
      if (candidate.kind == core::ActorKind::state) states.push_back(candidate.code);
    }
    if (states.size() == 1) {
      code = states.front();
    } else {
      warn("country '" + key + "' is " + (states.empty() ? "no known state" : "ambiguous") +
           "; its rows are skipped (add it to data/state_aliases_extra.tsv)");
    }
    states_.emplace(key, code);
    return code;
  }

  /// A person's name: plain (no "(Country)" suffix), not a known state or
  /// organisation, without a word or a sector that marks a group or an outlet.
  bool person_name(std::string_view name, std::string_view sectors) const {
    if (name.empty() || name.find('(') != std::string_view::npos) return false;
    for (std::size_t start = 0; start <= sectors.size();) {
      const std::size_t comma = std::min(sectors.find(',', start), sectors.size());
      if (marks_.sectors.count(folded(sectors.substr(start, comma - start)))) return false;
      start = comma + 1;
    }
    for (const auto& candidate : resolver_.resolve(name).candidates) {
      if (candidate.kind != core::ActorKind::person) return false;
    }
    std::string word;
    for (std::size_t i = 0; i <= name.size(); ++i) {
      const char c = i < name.size() ? name[i] : ' ';
      if (std::isalpha(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        if (marks_.words.count(word)) return false;
        word.clear();
      }
    }
    return true;
  }

  /// A person's role as the file shows it: the first and last day of the rows
  /// in which their sectors say it.
  struct SeenRole {
    std::string person, title, state, first, last;
    void seen_on(const std::string& day) {
      if (first.empty() || day < first) first = day;
      if (last.empty() || day > last) last = day;
    }
  };

  /// One side of a row: its actor id, and the role its sectors give a person.
  struct Side {
    long long id = 0;
    std::optional<std::size_t> role;  ///< index into roles_
  };

  /// A side's actor: a named person of the country, else the country.
  Side actor(std::string_view name, std::string_view sectors, const std::string& state) {
    const std::string key = std::string(name) + "\t" + std::string(sectors) + "\t" + state;
    if (auto it = actors_.find(key); it != actors_.end()) return it->second;
    Side side;
    if (person_name(name, sectors) && !core::person_code(name).empty()) {
      // Creating a person may re-project their stored events: count this
      // batch's events into the rollup first.
      flush();
      const core::Actor person = store_.ensure_person(name, state);
      side.id = batch_->actor_id(person.code).value();
      if (auto title = sector_roles_.title(sectors)) {
        const std::string role_key = person.code + "\t" + *title + "\t" + state;
        auto [it, added] = role_index_.emplace(role_key, roles_.size());
        if (added) roles_.push_back(SeenRole{person.code, *title, state, "", ""});
        side.role = it->second;
      }
    } else {
      side.id = batch_->actor_id(state).value();
    }
    actors_.emplace(key, side);
    return side;
  }

  /// Stores each role over the days the file shows it (re-projecting the
  /// person's events); the same file gives the same roles, so importing it
  /// again changes nothing.
  void complete() override {
    flush();
    for (const SeenRole& seen : roles_) {
      if (seen.first.empty()) continue;  // only in rows out of scope
      core::Role role;
      role.person_code = seen.person;
      role.title = seen.title;
      role.state_code = seen.state;
      role.start = core::Date::parse(seen.first);
      role.end = core::Date::parse(seen.last);
      role.source = path_;
      store_.add_role(role);
    }
  }

  icews::IcewsColumns columns_;
  core::Resolver resolver_;
  GroupMarks marks_;
  std::unordered_map<std::string, std::optional<std::string>> states_;
  std::unordered_map<std::string, Side> actors_;
  icews::SectorRoles sector_roles_;
  std::vector<SeenRole> roles_;
  std::unordered_map<std::string, std::size_t> role_index_;  ///< person, title, state -> roles_
  std::string record_;
};

}  // namespace

ImportReport import_icews(core::Store& store, const std::string& path,
                          const DatasetImportOptions& options) {
  return IcewsImport(store, path, options).run();
}

}  // namespace dipgraph::importers
