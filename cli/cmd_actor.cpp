#include "cli/cmd_actor.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/output_json.hpp"
#include "cli/output_table.hpp"

namespace dipgraph::cli {
namespace {

std::string date_text(const std::optional<core::Date>& date) {
  return date ? date->to_string() : std::string();
}

Json date_json(const std::optional<core::Date>& date) {
  return date ? Json(date->to_string()) : Json(nullptr);
}

Json profile_json(const core::ActorProfile& profile) {
  Json json = Json::object();
  json["code"] = profile.actor.code;
  json["kind"] = std::string(core::to_string(profile.actor.kind));
  json["name"] = profile.actor.name;
  json["home_state"] = json_or_null(profile.actor.home_state);
  json["aliases"] = profile.aliases;
  Json roles = Json::array();
  for (const auto& role : profile.roles) {
    Json item = Json::object();
    item["person"] = role.person_code;
    item["person_name"] = role.person_name;
    item["title"] = role.title;
    item["state"] = role.state_code;
    item["start"] = date_json(role.start);
    item["end"] = date_json(role.end);
    item["source"] = role.source;
    roles.push_back(std::move(item));
  }
  json["roles"] = std::move(roles);
  Json memberships = Json::array();
  for (const auto& membership : profile.memberships) {
    Json item = Json::object();
    item["org"] = membership.org_code;
    item["state"] = membership.state_code;
    item["joined"] = date_json(membership.joined);
    item["left"] = date_json(membership.left);
    memberships.push_back(std::move(item));
  }
  json["memberships"] = std::move(memberships);
  Json by_type = Json::object();
  for (const auto& count : profile.events_by_type) by_type[count.name] = count.count;
  json["events_by_type"] = std::move(by_type);
  Json partners = Json::array();
  for (const auto& partner : profile.top_partners) {
    Json item = Json::object();
    item["code"] = partner.code;
    item["name"] = partner.name;
    item["kind"] = std::string(core::to_string(partner.kind));
    item["events"] = partner.events;
    partners.push_back(std::move(item));
  }
  json["top_partners"] = std::move(partners);
  return json;
}

/// A titled section of the profile; nothing when the table is empty.
void print_section(std::ostream& out, std::string_view title, const Table& table) {
  if (table.empty()) return;
  out << '\n' << title << '\n';
  table.print(out);
}

void print_profile_table(std::ostream& out, const core::ActorProfile& profile) {
  Table head({{"KEY"}, {"VALUE"}}, false);
  head.add_row({"code", profile.actor.code});
  head.add_row({"kind", std::string(core::to_string(profile.actor.kind))});
  head.add_row({"name", profile.actor.name});
  if (profile.actor.home_state) head.add_row({"home state", *profile.actor.home_state});
  std::string aliases;
  for (const auto& alias : profile.aliases) {
    if (!aliases.empty()) aliases += ", ";
    aliases += alias;
  }
  head.add_row({"aliases", aliases});
  head.print(out);

  Table roles({{"PERSON"}, {"TITLE"}, {"STATE"}, {"START"}, {"END"}, {"SOURCE"}});
  for (const auto& role : profile.roles) {
    roles.add_row({role.person_name, role.title, role.state_code, date_text(role.start),
                   date_text(role.end), role.source});
  }
  print_section(out, "Roles", roles);

  Table memberships({{"ORG"}, {"STATE"}, {"JOINED"}, {"LEFT"}});
  for (const auto& membership : profile.memberships) {
    memberships.add_row({membership.org_code, membership.state_code,
                         date_text(membership.joined), date_text(membership.left)});
  }
  print_section(out, "Memberships", memberships);

  Table by_type({{"TYPE"}, {"EVENTS", Align::right}});
  for (const auto& count : profile.events_by_type) {
    by_type.add_row({count.name, std::to_string(count.count)});
  }
  print_section(out, "Events by type", by_type);

  Table partners({{"CODE"}, {"NAME"}, {"KIND"}, {"EVENTS", Align::right}});
  for (const auto& partner : profile.top_partners) {
    partners.add_row({partner.code, partner.name, std::string(core::to_string(partner.kind)),
                      std::to_string(partner.events)});
  }
  print_section(out, "Top partners", partners);
}

}  // namespace

void ActorCommand::configure(CLI::App& app) {
  app.add_option("NAME", name_, "a name, alias or code: Belarus, BLR, BY, Minsk, NATO")
      ->required();
  app.footer(
      "Unknown or ambiguous names exit with code 2 and suggestions.\n"
      "JSON keys: code, kind, name, home_state, aliases, roles [{person, person_name, title,\n"
      "state, start, end, source}], memberships [{org, state, joined, left}], events_by_type\n"
      "{type: count}, top_partners [{code, name, kind, events}].\n"
      "Examples:\n"
      "  dipgraph actor Belarus\n"
      "  dipgraph actor \"Aleksandr Lukashenko\" --format json");
}

ExitCode ActorCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl}, name());
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  const core::ActorMatch match = resolve_actor_argument(store, name_, "");
  const core::ActorProfile profile = store.profile(match.code);
  switch (globals.format) {
    case OutputFormat::table:
      print_profile_table(std::cout, profile);
      break;
    case OutputFormat::json:
      write_json(std::cout, profile_json(profile));
      break;
    case OutputFormat::jsonl:
      write_jsonl(std::cout, profile_json(profile));
      break;
    case OutputFormat::csv:
    case OutputFormat::dot:
      break;  // rejected by require_format
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
