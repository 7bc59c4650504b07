#pragma once
// A picture of part of the graph, independent of how it was chosen: `graph`,
// `ties -o` and `path -o` each build a Drawing, and one renderer (libcgraph for
// the DOT graph, libgvc for layout and SVG/PNG/PDF) draws them all.

#include <ostream>
#include <string>
#include <vector>

#include "core/actor.hpp"
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
};

enum class ImageFormat { dot, svg, png, pdf };

/// The format named by a file's extension (".svg" ...); throws UsageError otherwise.
ImageFormat image_format_for(const std::string& path);

/// Writes the drawing as DOT (built with libcgraph; every name escaped).
void write_dot(const Drawing& drawing, std::ostream& out);

/// Lays the drawing out and renders it in-process with libgvc into `path`, in
/// the format its extension names. Throws UsageError (unknown extension) or
/// dipgraph::Error (Graphviz failed, file not writable).
void render_to_file(const Drawing& drawing, const std::string& path);

}  // namespace dipgraph::graphs
