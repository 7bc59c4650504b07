#pragma once
// Pieces `ties` and `path` print alike: a hop and a path as JSON, CSV rows and
// text, the query's window as words, and the drawing of the paths they printed.

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.hpp"
#include "cli/output_json.hpp"
#include "core/actor.hpp"
#include "graphs/drawing.hpp"
#include "graphs/graph_view.hpp"
#include "graphs/paths.hpp"

namespace CLI {
class App;
class Option;
}

namespace dipgraph::cli {

/// {"code", "name", "kind"} of an actor the query is about.
Json actor_ref_json(const core::Actor& actor);

/// A hop with its aggregated events, keys in this order (a contract, see
/// docs/cli.md): from, to, events, by_type {type: count}, first_day, last_day,
/// net_weight, cooperative, conflictual.
Json hop_json(const graphs::Hop& hop);

/// {"nodes": [codes], "strength", "hops": [hop_json...]}.
Json path_json(const graphs::Path& path);

/// The columns of `ties` and `path` CSV: one row per hop of each path.
const std::vector<std::string>& path_csv_columns();

/// One CSV row per hop of `path`, its first column `label` ("direct", "1", "strongest").
void write_path_csv_rows(std::ostream& out, std::string_view label, const graphs::Path& path);

/// "Pakistan - Belarus - Russia".
std::string path_names(const graphs::Path& path);

/// "agreement 1, meeting 2, visit 3".
std::string by_type_text(const std::map<std::string, long long>& by_type);

/// The window and filters of a query in words (", since 2024, types visit, meeting,
/// actor level"); empty for the defaults.
std::string window_text(const graphs::GraphViewOptions& options);

/// The `-o, --output FILE` option: draw the result into an image or DOT file.
CLI::Option* add_drawing_option(CLI::App& app, std::string& file);

/// A drawing holding just the two actors (emphasised).
graphs::Drawing two_actor_drawing(const core::Actor& a, const core::Actor& b, std::string title);

/// Adds the path's nodes and hops to `drawing`, each node and tie once.
void add_path(graphs::Drawing& drawing, const graphs::Path& path);

/// Renders `drawing` into `file` (format by extension). Graphviz and file
/// failures become IoError (exit 4) naming the file; UsageError for a bad extension.
void render_drawing(const graphs::Drawing& drawing, const std::string& file);

}  // namespace dipgraph::cli
