#include "cli/command_support.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <sqlite3.h>

#include "core/error.hpp"
#include "core/event_type.hpp"
#include "core/text_normalize.hpp"

namespace dipgraph::cli {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> event_type_list() {
  std::vector<std::string> names;
  for (const auto& type : core::event_types()) names.push_back(type.name);
  return names;
}

}  // namespace

core::Store open_store(const GlobalOptions& globals, core::OpenMode mode) {
  std::error_code error;
  if (mode == core::OpenMode::read_only && !std::filesystem::exists(globals.db, error)) {
    throw StoreError(SQLITE_CANTOPEN, globals.db + ": no such database; create it with `dipgraph --db " +
                                          globals.db + " init` or pass --db PATH");
  }
  try {
    return core::Store::open(globals.db, mode);
  } catch (const StoreError& e) {
    const std::string message = e.what();
    // The store may already name the path; say it once.
    if (message.find(globals.db) != std::string::npos) throw;
    throw StoreError(e.sqlite_code(), globals.db + ": " + message);
  }
}

CLI::Option* add_type_option(CLI::App& app, std::vector<std::string>& types) {
  const CLI::Validator known_type(
      [](std::string& value) -> std::string {
        value = lower(value);
        if (core::find_event_type(value)) return {};
        std::string message = "'" + value + "' is not an event type";
        const auto close = near_misses(value, event_type_list());
        if (!close.empty()) message += "; did you mean " + quoted_alternatives(close) + "?";
        return message + " (types: " + core::event_type_names() + ")";
      },
      "");
  return app
      .add_option("--type", types,
                  "only events of this type; repeat or separate by commas for several (" +
                      core::event_type_names() + ")")
      ->delimiter(',')
      ->check(known_type)
      ->type_name("TYPE");
}

CLI::Option* add_date_option(CLI::App& app, const std::string& name, std::string& value,
                             const std::string& description) {
  const CLI::Validator date_check(
      [](std::string& text) -> std::string {
        if (core::Date::parse(text)) return {};
        return "'" + text + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD";
      },
      "");
  return app.add_option(name, value, description)->check(date_check)->type_name("DATE");
}

std::optional<core::Date> date_argument(const std::string& value) {
  if (value.empty()) return std::nullopt;
  auto date = core::Date::parse(value);
  // The option's validator already rejected bad dates; this guards direct callers.
  if (!date) throw UsageError("'" + value + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
  return date;
}

core::ActorMatch resolve_actor_argument(const core::Resolver& resolver, std::string_view name,
                                        std::string_view what) {
  const std::string context = what.empty() ? std::string() : std::string(what) + ": ";
  try {
    return resolver.resolve_one(name, core::NameContext::structured);
  } catch (const NotFoundError& e) {
    throw NotFoundError(context + e.what(), e.suggestions());
  } catch (const AmbiguousNameError& e) {
    throw AmbiguousNameError(context + e.what(), e.candidates());
  }
}

core::ActorMatch resolve_actor_argument(const core::Store& store, std::string_view name,
                                        std::string_view what) {
  core::Resolution quick = store.resolver_for(name).resolve(name, core::NameContext::structured);
  if (quick.resolved()) return std::move(quick.candidates.front());
  return resolve_actor_argument(store.resolver(), name, what);
}

void require_format(const GlobalOptions& globals, std::initializer_list<OutputFormat> allowed,
                    std::string_view command) {
  if (std::find(allowed.begin(), allowed.end(), globals.format) != allowed.end()) return;
  std::vector<std::string> names;
  for (const auto format : allowed) names.emplace_back(to_string(format));
  throw UsageError("--format " + std::string(to_string(globals.format)) + " does not apply to `" +
                   std::string(command) + "`; use " + quoted_alternatives(names));
}

std::vector<std::string> near_misses(std::string_view word,
                                     const std::vector<std::string>& candidates) {
  const std::string key = lower(word);
  const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& candidate : candidates) {
    const std::size_t distance = core::edit_distance(key, lower(candidate));
    if (distance <= limit) scored.emplace_back(distance, candidate);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> result;
  for (const auto& [distance, candidate] : scored) {
    if (result.size() == 3) break;
    result.push_back(candidate);
  }
  return result;
}

std::string quoted_alternatives(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += i + 1 == words.size() ? " or " : ", ";
    text += "'" + words[i] + "'";
  }
  return text;
}

}  // namespace dipgraph::cli
