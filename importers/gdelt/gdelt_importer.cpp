#include "importers/gdelt/gdelt_importer.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "core/cameo.hpp"
#include "core/error.hpp"
#include "importers/dataset_import.hpp"
#include "importers/gdelt/actor_codes.hpp"
#include "importers/gdelt/gdelt_row.hpp"

namespace dipgraph::importers {
namespace {

using gdelt::NoActor;

/// Why an in-format row is not imported, in the order of the summary.
enum OutOfScope : std::size_t { kMissing, kRegion, kUnknown, kSameActor };

std::size_t reason_of(NoActor no_actor) {
  switch (no_actor) {
    case NoActor::missing: return kMissing;
    case NoActor::region: return kRegion;
    case NoActor::unknown: break;
  }
  return kUnknown;
}

class GdeltImport : public DatasetImport {
 public:
  GdeltImport(core::Store& store, const std::string& path, const DatasetImportOptions& options)
      : DatasetImport(store, path, options, "gdelt", "a GDELT event export",
                      {"without two actors", "with a region as actor (EUR, AFR, ...)",
                       "with an actor that is no state or organisation",
                       "with the same actor on both sides"}) {}

 protected:
  bool start(const Line& first) override {
    check_text_line(path_, first, "a GDELT event export");
    const std::size_t columns = gdelt::count_columns(first.text);
    const auto version = gdelt::version_of(columns);
    if (!version) {
      throw InputError(path_, 1,
                       "not a GDELT event export: the first line has " + std::to_string(columns) +
                           " tab-separated columns (GDELT 2.0 has 61, 1.0 has 57 or 58)");
    }
    version_ = *version;
    return true;
  }

  void row(const Line& line) override {
    auto parsed = gdelt::parse_row(line.text, version_);
    if (auto* problem = std::get_if<std::string>(&parsed)) return reject(line, std::move(*problem));
    const auto& row = std::get<gdelt::GdeltRow>(parsed);
    const core::CameoCode* code = core::find_cameo(row.event_code);
    if (!code) return reject(line, "unknown CAMEO event code '" + std::string(row.event_code) + "'");

    if (!actors_) actors_.emplace(*batch_);
    const auto source = actors_->resolve(row.actor1);
    const auto target = actors_->resolve(row.actor2);
    if (const auto* none = std::get_if<NoActor>(&source)) return skip_side(row.actor1, *none);
    if (const auto* none = std::get_if<NoActor>(&target)) return skip_side(row.actor2, *none);
    long long source_id = std::get<long long>(source);
    long long target_id = std::get<long long>(target);
    if (source_id == target_id) return out_of_scope(kSameActor);
    if (code->reversed) std::swap(source_id, target_id);

    record_.assign("gdelt:").append(row.id);
    core::BatchEvent event;
    event.type = code->type;
    event.source_id = source_id;
    event.target_id = target_id;
    event.day = row.day;
    event.cameo = row.event_code;
    event.weight = row.goldstein.value_or(code->weight);
    event.record = record_;
    event.url = row.url;
    event.articles = row.articles;
    add_event(event);
  }

  /// Names the codes that are no actor of ours, most rows first, so that a
  /// missing mapping (data/cameo_actor_codes.tsv) is easy to spot.
  void finish() override {
    if (unknown_codes_.empty()) return;
    std::vector<std::pair<long long, std::string>> ranked;
    for (const auto& [code, rows] : unknown_codes_) ranked.emplace_back(-rows, code);
    std::sort(ranked.begin(), ranked.end());
    std::string list;
    for (std::size_t i = 0; i < ranked.size() && i < kListedCodes; ++i) {
      list += (i ? ", " : "") + ranked[i].second + " " + std::to_string(-ranked[i].first);
    }
    if (ranked.size() > kListedCodes) list += ", ...";
    warn("actor codes that are no state or organisation (rows): " + list);
  }

 private:
  static constexpr std::size_t kListedCodes = 10;

  void skip_side(const gdelt::GdeltActor& actor, NoActor none) {
    if (none == NoActor::unknown) {
      // Country codes are three letters, group codes too: the map stays small.
      ++unknown_codes_[std::string(actor.country.empty() ? actor.known_group : actor.country)];
    }
    out_of_scope(reason_of(none));
  }

  std::map<std::string, long long> unknown_codes_;
  gdelt::Version version_ = gdelt::Version::v2;
  std::optional<gdelt::ActorCodes> actors_;
  std::string record_;
};

}  // namespace

ImportReport import_gdelt(core::Store& store, const std::string& path,
                          const DatasetImportOptions& options) {
  return GdeltImport(store, path, options).run();
}

}  // namespace dipgraph::importers
