#pragma once
// A picture of part of the graph, independent of how it was chosen: `graph`,
// `ties -o` and `path -o` each build a Drawing, and one renderer (libcgraph for
// the DOT graph, libgvc for layout and SVG/PNG/PDF) draws them all.

#include <ostream>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "graphs/graph_view.hpp"

namespace dipgraph::graphs {

struct DrawNode {
  std::string code;
  std::string name;
  core::ActorKind kind = core::ActorKind::state;
  double size = 0;         ///< 0..1, e.g. normalised centrality; drawn as node size
  bool emphasis = false;   ///< the actors the query is about (drawn bold)
};

struct DrawEdge {
  std::string a;  ///< node codes
  std::string b;
  EdgeProps props;        ///< aggregated events: counts per type, dates, net weight
  double strength = 0;    ///< drawn as edge width; see docs/cli.md for how it is computed
};

struct Drawing {
  std::string title;      ///< the query and window, e.g. "ties Pakistan - Russia, 2024"
  std::vector<DrawNode> nodes;
  std::vector<DrawEdge> edges;
  std::string omitted;    ///< what was left out ("12 nodes and 40 edges not drawn"), or empty
  bool legend = true;     ///< draw the key to shapes and colours under the title
};

enum class ImageFormat { dot, svg, png, pdf };

/// The format named by a file's extension (".svg" ...); throws UsageError otherwise.
ImageFormat image_format_for(const std::string& path);

/// Writes the drawing as DOT (built with libcgraph; every name escaped).
void write_dot(const Drawing& drawing, std::ostream& out);

/// Lays the drawing out and renders it in-process with libgvc into `path`, in
/// the format its extension names. Throws UsageError (unknown extension) or
/// dipgraph::Error (Graphviz failed, file not writable).
/// The file is written only after rendering succeeded; a failed write throws
/// ImageWriteError (a dipgraph::Error), which commands report as an I/O failure (exit 4).
void render_to_file(const Drawing& drawing, const std::string& path);

/// The bytes render_to_file would write for `format` (DOT text, SVG text, PNG
/// or PDF data). Throws dipgraph::Error when Graphviz fails.
std::string render(const Drawing& drawing, ImageFormat format);

/// The output file of render_to_file could not be opened or written. Commands
/// report it as an I/O failure (exit code 4), e.g. by rethrowing cli::IoError.
class ImageWriteError : public Error {
 public:
  using Error::Error;
};

/// The colour of an edge whose events are mostly of `type`'s group (visit and
/// meeting blue, agreement/support/aid green, sanction/threat/reject orange,
/// conflict red; unknown types grey), as "#rrggbb".
std::string type_colour(const std::string& type);

/// The colour group that has most events on the edge (ties go to the more
/// conflictual group), as type_colour() of one of its types.
std::string edge_colour(const EdgeProps& props);

/// "12 events\n2022-03..2025-01": the edge label text (months of the first
/// and last event; one month when they agree). DOT escapes included.
std::string edge_label(const EdgeProps& props);

}  // namespace dipgraph::graphs
