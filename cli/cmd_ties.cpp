#include "cli/cmd_ties.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command_support.hpp"
#include "cli/event_json.hpp"
#include "cli/event_output.hpp"
#include "cli/output_csv.hpp"
#include "cli/output_table.hpp"
#include "cli/output_text.hpp"
#include "cli/ties_output.hpp"

namespace dipgraph::cli {
namespace {

Json counts_json(const graphs::TieCounts& counts) {
  Json json = Json::object();
  json["events"] = counts.events;
  json["cooperative"] = counts.cooperative;
  json["conflictual"] = counts.conflictual;
  json["net_weight"] = round_for_output(counts.net_weight);
  return json;
}

std::string actor_label(const core::Actor& actor) { return one_line(actor.name) + " (" + actor.code + ")"; }

void print_table(std::ostream& out, const graphs::TiesResult& result, int max_hops) {
  out << "Ties between " << actor_label(result.a) << " and " << actor_label(result.b) << "\n\n";

  if (result.direct_total == 0) {
    out << "Direct events: none\n";
  } else {
    out << "Direct events: " << result.direct_total;
    if (static_cast<long long>(result.direct.size()) < result.direct_total) {
      out << ", the newest " << result.direct.size() << " shown (--limit)";
    } else {
      out << ", newest first";
    }
    out << "\n";
    print_events(out, result.direct, OutputFormat::table);
  }

  out << "\nIndirect ties, " << max_hops << " hops at most: ";
  if (result.paths.empty()) {
    out << "none\n";
  } else {
    out << result.paths.size() << ", strongest first\n";
    Table paths({{"#", Align::right}, {"STRENGTH", Align::right}, {"HOPS", Align::right}, {"PATH"}});
    Table hops({{"#", Align::right}, {"FROM"}, {"TO"}, {"EVENTS", Align::right},
                {"COOP", Align::right}, {"CONFL", Align::right}, {"NET", Align::right},
                {"FIRST"}, {"LAST"}, {"TYPES"}});
    for (std::size_t i = 0; i < result.paths.size(); ++i) {
      const auto& path = result.paths[i];
      const std::string rank = std::to_string(i + 1);
      paths.add_row({rank, format_fixed(path.strength, 3), std::to_string(path.hops.size()),
                     path_names(path)});
      for (std::size_t h = 0; h < path.hops.size(); ++h) {
        const auto& hop = path.hops[h];
        hops.add_row({rank, path.node_props[h].name, path.node_props[h + 1].name,
                      std::to_string(hop.props.events), std::to_string(hop.props.cooperative),
                      std::to_string(hop.props.conflictual), format_fixed(hop.props.net_weight, 1),
                      hop.props.first_day, hop.props.last_day, by_type_text(hop.props.by_type)});
      }
    }
    paths.print(out);
    out << "\nHops of the indirect ties\n";
    hops.print(out);
  }

  if (result.direct_total > 0) {
    out << "\nSummary of the direct events\n";
    Table summary({{"YEAR"}, {"EVENTS", Align::right}, {"COOPERATIVE", Align::right},
                   {"CONFLICTUAL", Align::right}, {"NET", Align::right}});
    const auto add = [&summary](const std::string& label, const graphs::TieCounts& counts) {
      summary.add_row({label, std::to_string(counts.events), std::to_string(counts.cooperative),
                       std::to_string(counts.conflictual), format_fixed(counts.net_weight, 1)});
    };
    for (const auto& [year, counts] : result.summary.by_year) add(year, counts);
    add("total", result.summary.total);
    summary.print(out);
  }
}

}  // namespace

Json ties_json(const graphs::TiesResult& result) {
  Json json = Json::object();
  json["a"] = actor_ref_json(result.a);
  json["b"] = actor_ref_json(result.b);
  Json direct = Json::array();
  for (const auto& event : result.direct) direct.push_back(event_json(event));
  json["direct"] = std::move(direct);
  json["direct_total"] = result.direct_total;
  Json paths = Json::array();
  for (const auto& path : result.paths) paths.push_back(path_json(path));
  json["paths"] = std::move(paths);
  Json summary = counts_json(result.summary.total);
  Json by_year = Json::object();
  for (const auto& [year, counts] : result.summary.by_year) by_year[year] = counts_json(counts);
  summary["by_year"] = std::move(by_year);
  json["summary"] = std::move(summary);
  return json;
}

graphs::Drawing ties_drawing(const graphs::TiesResult& result, const std::string& title) {
  graphs::Drawing drawing = two_actor_drawing(result.a, result.b, title);
  if (result.direct_tie) add_path(drawing, *result.direct_tie);
  for (const auto& path : result.paths) add_path(drawing, path);
  return drawing;
}

void print_ties(std::ostream& out, const graphs::TiesResult& result, OutputFormat format,
                const std::string& title, int max_hops) {
  switch (format) {
    case OutputFormat::table:
      print_table(out, result, max_hops);
      return;
    case OutputFormat::json:
      write_json(out, ties_json(result));
      return;
    case OutputFormat::jsonl:
      write_jsonl(out, ties_json(result));
      return;
    case OutputFormat::csv:
      write_csv_row(out, path_csv_columns());
      if (result.direct_tie) write_path_csv_rows(out, "direct", *result.direct_tie);
      for (std::size_t i = 0; i < result.paths.size(); ++i) {
        write_path_csv_rows(out, std::to_string(i + 1), result.paths[i]);
      }
      return;
    case OutputFormat::dot:
      graphs::write_dot(ties_drawing(result, title), out);
      return;
  }
}

void TiesCommand::configure(CLI::App& app) {
  app.add_option("A", a_, "an actor: name, alias or code")->required();
  app.add_option("B", b_, "the other actor")->required();
  window_.add_to(app);
  app.add_option("--hops", hops_, "indirect ties have 2 to K hops (K at most 4)")
      ->check(CLI::Range(2, graphs::kMaxIndirectHops))
      ->capture_default_str()
      ->type_name("K");
  app.add_option("--limit", limit_, "list at most N direct events, newest first")
      ->check(CLI::Range(1LL, 1000000000LL))
      ->capture_default_str()
      ->type_name("N");
  app.add_option("--max-paths", max_paths_, "show at most N indirect ties, strongest first")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str()
      ->type_name("N");
  add_drawing_option(app, output_);
  app.footer(
      "Direct events are listed newest first (direct_total counts them all); indirect ties\n"
      "are paths through intermediaries, strongest first: a tie's strength is log2(1 + its\n"
      "events), a path's 1 / (sum of 1/strength over its hops). No tie at all: exit 1.\n"
      "Formats: table, json (one object), csv (one row per hop), dot. Keys: docs/cli.md.\n"
      "Examples:\n"
      "  dipgraph ties Pakistan Russia\n"
      "  dipgraph ties PAK RUS --since 2024 --hops 3 --format json\n"
      "  dipgraph ties Belarus China --type visit,agreement -o ties.svg");
}

ExitCode TiesCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::json, OutputFormat::csv,
                           OutputFormat::dot}, name());
  if (!output_.empty()) graphs::image_format_for(output_);  // a bad extension fails before work
  const core::Store store = open_store(globals, core::OpenMode::read_only);
  const std::string a = resolve_actor_argument(store, a_, "A").code;
  const std::string b = resolve_actor_argument(store, b_, "B").code;

  graphs::TiesOptions options;
  options.view = window_.view_options();
  options.max_hops = hops_;
  options.limit = limit_;
  options.max_paths = static_cast<std::size_t>(max_paths_);
  const graphs::TiesResult result = graphs::find_ties(store, a, b, options);

  const std::string title =
      "ties " + result.a.name + " - " + result.b.name + window_text(options.view);
  print_ties(std::cout, result, globals.format, title, hops_);
  if (!output_.empty()) render_drawing(ties_drawing(result, title), output_);
  if (result.none()) {
    std::cout.flush();
    std::cerr << "dipgraph: no tie between " << actor_label(result.a) << " and "
              << actor_label(result.b) << " within " << hops_ << " hops"
              << window_text(options.view) << '\n';
    return ExitCode::negative;
  }
  return ExitCode::success;
}

}  // namespace dipgraph::cli
