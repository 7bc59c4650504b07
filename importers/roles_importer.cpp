#include "importers/roles_importer.hpp"

#include <optional>
#include <vector>

#include "core/error.hpp"
#include "importers/actor_lookup.hpp"
#include "importers/date_field.hpp"
#include "importers/import_session.hpp"

namespace dipgraph::importers {
namespace {

const ColumnSpec& role_columns() {
  static const ColumnSpec kColumns{{"person", "title", "state"}, {"start", "end", "source"}};
  return kColumns;
}

/// Titles are stored lower case with single spaces ("Prime  Minister" -> "prime minister").
std::string normalize_title(const std::string& title) {
  std::string out;
  for (char c : title) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// The actor `name` resolves to when it has the wanted kind; otherwise the
/// reason goes to problems. Unknown names are left to the caller (nullopt,
/// no problem) when `unknown_ok`.
std::optional<core::ActorMatch> lookup(const core::Resolver& resolver, std::string_view column,
                                       const std::string& name, core::ActorKind kind,
                                       bool unknown_ok, std::vector<std::string>& problems) {
  auto resolution = resolver.resolve(name, core::NameContext::structured);
  if (resolution.candidates.empty() && unknown_ok) return std::nullopt;
  if (!resolution.resolved()) {
    problems.push_back(unresolved_reason(resolver, column, name, resolution));
    return std::nullopt;
  }
  const auto& match = resolution.candidates.front();
  if (match.kind != kind) {
    problems.push_back(std::string(column) + " '" + name + "' is " + describe(match) +
                       ", not a " + std::string(core::to_string(kind)));
    return std::nullopt;
  }
  return match;
}

}  // namespace

ImportReport import_roles(core::Store& store, const std::string& path,
                          const RolesImportOptions& options) {
  ImportSession session(store, path, role_columns(), options.strict);
  const core::Resolver resolver = store.resolver();
  const std::string default_source = document_key(path);

  while (auto record = session.next()) {
    if (record->error) {
      session.reject(*record, *record->error);
      continue;
    }
    std::vector<std::string> problems;
    for (const auto& column : role_columns().required) {
      if (!record->get(column)) problems.push_back("missing '" + column + "'");
    }
    auto start = date_field(*record, "start", problems);
    auto end = date_field(*record, "end", problems);
    if (start && end && ends_before(*end, *start)) {
      problems.push_back("end " + end->to_string() + " is before start " + start->to_string());
    }
    std::optional<core::ActorMatch> state;
    if (auto name = record->get("state")) {
      state = lookup(resolver, "state", *name, core::ActorKind::state, false, problems);
    }
    std::optional<core::ActorMatch> person;
    const auto person_name = record->get("person");
    if (person_name) {
      person = lookup(resolver, "person", *person_name, core::ActorKind::person, true, problems);
    }
    if (!problems.empty()) {
      session.reject(*record, join_problems(problems));
      continue;
    }
    if (!session.writing()) continue;

    core::Role role;
    if (person) {
      role.person_code = person->code;
      role.person_name = person->name;
    } else {
      // Unknown people are created with the role's state as home state; the
      // resolver snapshot does not see them, but ensure_person is idempotent.
      auto created = store.ensure_person(*person_name, state->code);
      role.person_code = created.code;
      role.person_name = created.name;
    }
    role.title = normalize_title(*record->get("title"));
    role.state_code = state->code;
    role.start = start;
    role.end = end;
    role.source = record->get("source").value_or(default_source);
    try {
      session.count(store.add_role(role) ? RowOutcome::added : RowOutcome::unchanged);
    } catch (const InputError& error) {
      session.reject(*record, error.what());
    }
  }
  return session.finish();
}

}  // namespace dipgraph::importers
