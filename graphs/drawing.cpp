// Drawings through Graphviz, in-process: libcgraph builds the graph (and quotes
// DOT strings when it writes them), libgvc lays it out and renders it. Both
// are loaded on first use (graphs/graphviz_library.hpp).
#include "graphs/drawing.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string_view>

#include "core/error.hpp"
#include "graphs/graphviz_library.hpp"

namespace dipgraph::graphs {
namespace {

// The layout engine: dot. It places edge labels as part of the layout, so no
// label overlaps another or a node, which the force-directed engines (neato
// with overlap=prism, sfdp) do not ensure: at 50 nodes and 150 labelled edges
// their cores were unreadable. dot is also the fastest of them here.
constexpr const char* kEngine = "dot";
constexpr const char* kFont = "Helvetica,Arial,sans-serif";

// Graphviz's C API takes char* for strings it only reads or copies.
char* c_str(const std::string& text) { return const_cast<char*>(text.c_str()); }
char* c_str(const char* text) { return const_cast<char*>(text); }

struct ColourGroup {
  const char* colour;
  const char* legend;
  std::array<std::string_view, 3> types;
};

// Most conflictual first: an edge whose top groups tie gets the earlier one.
constexpr std::array<ColourGroup, 4> kGroups{{
    {"#d62728", "conflict", {"conflict", "", ""}},
    {"#e6820e", "sanction, threat, reject", {"sanction", "threat", "reject"}},
    {"#2ca02c", "agreement, support, aid", {"agreement", "support", "aid"}},
    {"#1f77b4", "visit, meeting", {"visit", "meeting", ""}},
}};
constexpr const char* kOtherColour = "#7f7f7f";

const ColourGroup* group_of(std::string_view type) {
  for (const auto& group : kGroups) {
    if (std::find(group.types.begin(), group.types.end(), type) != group.types.end() &&
        !type.empty()) {
      return &group;
    }
  }
  return nullptr;
}

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

/// A name as one line of an ordinary Graphviz label. Backslashes are doubled
/// (in labels `\n`, `\l`, `\N` ... are escapes, and a lone backslash before
/// another letter is dropped); '&' becomes &amp; because Graphviz decodes HTML
/// entities in every label; newlines and other control characters become
/// spaces. Double quotes stay: cgraph escapes them when it writes DOT.
std::string label_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '&') {
      out += "&amp;";
    } else if (is_control(c)) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

/// Text inside an HTML-like label: markup characters as entities, control
/// characters as spaces (expat rejects most of them).
std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += is_control(c) ? ' ' : c;
    }
  }
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

const char* shape_of(core::ActorKind kind) {
  switch (kind) {
    case core::ActorKind::state: return "ellipse";
    case core::ActorKind::org: return "hexagon";
    case core::ActorKind::person: return "note";
  }
  return "ellipse";
}

const char* fill_of(core::ActorKind kind) {
  switch (kind) {
    case core::ActorKind::state: return "#eaf1fb";
    case core::ActorKind::org: return "#fdf0dc";
    case core::ActorKind::person: return "#f1f1f1";
  }
  return "#ffffff";
}

/// The title, what was left out, and the legend, as one HTML-like label.
std::string graph_label(const Drawing& drawing) {
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">)";
  html += R"(<TR><TD><FONT POINT-SIZE="18"><B>)" + html_text(drawing.title) + "</B></FONT></TD></TR>";
  if (!drawing.omitted.empty()) {
    html += R"(<TR><TD><FONT POINT-SIZE="12" COLOR="#444444"><I>)" + html_text(drawing.omitted) +
            "</I></FONT></TD></TR>";
  }
  if (drawing.legend) {
    html += R"(<TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="0"><TR>)";
    for (const auto& group : kGroups) {
      html += std::string(R"(<TD BGCOLOR=")") + group.colour +
              R"(" WIDTH="26" HEIGHT="6" FIXEDSIZE="TRUE"></TD>)" +
              R"(<TD ALIGN="LEFT"><FONT POINT-SIZE="11">)" + group.legend + "</FONT></TD>";
    }
    html += "</TR></TABLE></TD></TR>";
    html += R"(<TR><TD><FONT POINT-SIZE="11" COLOR="#444444">)"
            "ellipse: state &#183; hexagon: organisation &#183; note: person &#183; "
            "thick outline: the actors asked about<BR/>"
            "node size: events in the window &#183; line width: tie strength &#183; "
            "line colour: most events &#183; line label: events, first..last month"
            "</FONT></TD></TR>";
  }
  html += "</TABLE>";
  return html;
}

// ---- cgraph plumbing ------------------------------------------------------

/// Where agwrite sends DOT: the std::ostream passed as its channel.
int put_string(void* channel, const char* text) {
  auto& out = *static_cast<std::ostream*>(channel);
  out << text;
  return out ? 0 : EOF;
}

int flush_stream(void* channel) {
  auto& out = *static_cast<std::ostream*>(channel);
  out.flush();
  return out ? 0 : EOF;
}

struct GraphClose {
  void operator()(Agraph_t* graph) const { cgraph().close(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphClose>;

/// One Graphviz context for the whole process, deliberately never freed:
/// Graphviz 2.42's pango plugin keeps a static pointer to the last font name,
/// which the context's font table owns, so rendering with a second context
/// after freeing the first reads freed memory (AddressSanitizer caught it in
/// the tests). The context stays reachable, so LeakSanitizer does not report it.
GVC_t* graphviz_context() {
  static GVC_t* const context = gvc().context();
  return context;
}

/// The disciplines of every graph we build: cgraph's own, except that I/O
/// goes to a std::ostream. Must outlive the graphs (cgraph keeps a pointer).
Agdisc_t* stream_disc() {
  static Agiodisc_t stream_io{cgraph().io_disc->afread, put_string, flush_stream};
  static Agdisc_t disc{cgraph().mem_disc, cgraph().id_disc, &stream_io};
  return &disc;
}

/// Declares a default for an attribute (written once in DOT as node [...]).
void declare(Agraph_t* graph, int kind, const char* name, const std::string& value) {
  cgraph().attr(graph, kind, c_str(name), c_str(value));
}

void set(void* object, const char* name, const std::string& value) {
  cgraph().safeset(object, c_str(name), c_str(value), c_str(""));
}

Agnode_t* node_for(Agraph_t* graph, const std::string& code) {
  return cgraph().node(graph, c_str(code), 1);
}

/// Hops from the nearest emphasised node over the drawing's edges, per node
/// code; empty when no node is emphasised, kUnreachable beyond reach.
std::map<std::string, std::size_t> hops_from_emphasis(const Drawing& drawing) {
  constexpr std::size_t kUnreachable = static_cast<std::size_t>(-1);
  std::map<std::string, std::size_t> hops;
  std::vector<std::string> frontier;
  for (const auto& node : drawing.nodes) {
    if (node.emphasis) {
      hops[node.code] = 0;
      frontier.push_back(node.code);
    }
  }
  if (frontier.empty()) return hops;
  std::map<std::string, std::vector<std::string>> adjacent;
  for (const auto& edge : drawing.edges) {
    adjacent[edge.a].push_back(edge.b);
    adjacent[edge.b].push_back(edge.a);
  }
  for (std::size_t distance = 1; !frontier.empty(); ++distance) {
    std::vector<std::string> next;
    for (const auto& code : frontier) {
      for (const auto& other : adjacent[code]) {
        if (hops.emplace(other, distance).second) next.push_back(other);
      }
    }
    frontier = std::move(next);
  }
  for (const auto& node : drawing.nodes) hops.emplace(node.code, kUnreachable);
  return hops;
}

GraphPtr build_graph(const Drawing& drawing) {
  const Cgraph& cg = cgraph();
  GraphPtr graph(cg.open(c_str("dipgraph"), *cg.undirected, stream_disc()));
  if (!graph) throw Error("graphviz: cannot create a graph");
  Agraph_t* g = graph.get();

  declare(g, AGRAPH, "layout", kEngine);
  declare(g, AGRAPH, "nodesep", "0.3");
  declare(g, AGRAPH, "outputorder", "edgesfirst");
  declare(g, AGRAPH, "bgcolor", "white");
  declare(g, AGRAPH, "pad", "0.3");
  declare(g, AGRAPH, "fontname", kFont);
  declare(g, AGRAPH, "labelloc", "t");
  declare(g, AGNODE, "fontname", kFont);
  declare(g, AGNODE, "style", "filled");
  declare(g, AGNODE, "color", "#555555");
  declare(g, AGEDGE, "fontname", kFont);
  declare(g, AGEDGE, "fontsize", "8");
  declare(g, AGEDGE, "fontcolor", "#555555");

  if (!drawing.title.empty() || !drawing.omitted.empty() || drawing.legend) {
    // HTML-like labels go in through agstrdup_html so that cgraph writes <...>, not "...".
    char* html = cg.strdup_html(g, c_str(graph_label(drawing)));
    cg.xset(g, cg.attr(g, AGRAPH, c_str("label"), c_str("")), html);
    cg.strfree(g, html);
  }

  for (const auto& node : drawing.nodes) {
    Agnode_t* n = node_for(g, node.code);
    const double size = std::clamp(node.size, 0.0, 1.0);
    set(n, "label", label_text(node.name.empty() ? node.code : node.name));
    set(n, "shape", shape_of(node.kind));
    set(n, "fillcolor", node.emphasis ? "#ffe08a" : fill_of(node.kind));
    set(n, "fontsize", number(10 + 10 * size));
    set(n, "width", number(0.4 + 0.8 * size));
    set(n, "height", number(0.3 + 0.3 * size));
    if (node.emphasis) {
      set(n, "penwidth", "3");
      set(n, "color", "#222222");
    }
  }

  // dot ranks an edge's tail above its head. Pointing edges away from the
  // actors asked about (fewer hops first, then by code) puts them on top and
  // their partners on the ranks below; without such actors, code order, which
  // kept the layouts tried compact. Either order is acyclic.
  const std::map<std::string, std::size_t> hops = hops_from_emphasis(drawing);
  const auto above = [&](const std::string& a, const std::string& b) {
    const auto ha = hops.find(a);
    const auto hb = hops.find(b);
    const std::size_t da = ha == hops.end() ? 0 : ha->second;
    const std::size_t db = hb == hops.end() ? 0 : hb->second;
    return da != db ? da < db : a < b;
  };
  double strongest = 0;
  for (const auto& edge : drawing.edges) strongest = std::max(strongest, edge.strength);
  for (const auto& edge : drawing.edges) {
    const bool forward = above(edge.a, edge.b);
    Agedge_t* e = cg.edge(g, node_for(g, forward ? edge.a : edge.b),
                         node_for(g, forward ? edge.b : edge.a), nullptr, 1);
    const double width = strongest > 0 ? edge.strength / strongest : 0.5;
    set(e, "color", edge_colour(edge.props));
    set(e, "penwidth", number(0.8 + 4.2 * std::clamp(width, 0.0, 1.0)));
    set(e, "label", edge_label(edge.props));
  }
  return graph;
}

/// Routes Graphviz's messages away from stderr for the lifetime of the object
/// (a successful command writes nothing there) and keeps the last error, which
/// the exception then names.
class MessageCapture {
 public:
  MessageCapture()
      : previous_function_(cgraph().seterrf(&capture)),
        previous_level_(cgraph().seterr(AGWARN)) {
    text().clear();
  }
  ~MessageCapture() {
    cgraph().seterrf(previous_function_);
    cgraph().seterr(previous_level_);
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

  /// The messages so far on one line, or "no message" when there were none.
  static std::string summary() {
    std::string line;
    for (const char c : text()) line += is_control(c) ? ' ' : c;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line.empty() ? "no message" : line;
  }

 private:
  static std::string& text() {
    static std::string messages;
    return messages;
  }
  static int capture(char* message) {
    text() += message;
    return 0;
  }
  agusererrf previous_function_;
  agerrlevel_t previous_level_;
};

const char* device_of(ImageFormat format) {
  switch (format) {
    case ImageFormat::svg: return "svg";  // Graphviz's own SVG writer: text stays text
    case ImageFormat::png: return "png:cairo";
    case ImageFormat::pdf: return "pdf:cairo";
    case ImageFormat::dot: return "dot";
  }
  return "svg";
}

std::string lower_extension(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string extension = path.substr(dot);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

}  // namespace

std::string type_colour(const std::string& type) {
  const ColourGroup* group = group_of(type);
  return group == nullptr ? kOtherColour : group->colour;
}

std::string edge_colour(const EdgeProps& props) {
  std::array<long long, kGroups.size()> counts{};
  long long other = 0;
  for (const auto& [type, events] : props.by_type) {
    const ColourGroup* group = group_of(type);
    if (group == nullptr) {
      other += events;
    } else {
      counts[static_cast<std::size_t>(group - kGroups.data())] += events;
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < counts.size(); ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  if (counts[best] == 0 || other > counts[best]) return kOtherColour;
  return kGroups[best].colour;
}

std::string edge_label(const EdgeProps& props) {
  std::string label = std::to_string(props.events) + (props.events == 1 ? " event" : " events");
  const std::string first = props.first_day.substr(0, 7);
  const std::string last = props.last_day.substr(0, 7);
  if (!first.empty()) {
    label += "\\n" + first;
    if (!last.empty() && last != first) label += ".." + last;
  }
  return label;
}

ImageFormat image_format_for(const std::string& path) {
  const std::string extension = lower_extension(path);
  if (extension == ".dot" || extension == ".gv") return ImageFormat::dot;
  if (extension == ".svg") return ImageFormat::svg;
  if (extension == ".png") return ImageFormat::png;
  if (extension == ".pdf") return ImageFormat::pdf;
  throw UsageError("'" + path + "': cannot tell the image format from " +
                   (extension.empty() ? std::string("a name without extension")
                                      : "the extension '" + extension + "'") +
                   "; end the file name in .dot, .svg, .png or .pdf");
}

void write_dot(const Drawing& drawing, std::ostream& out) {
  const MessageCapture messages;
  const GraphPtr graph = build_graph(drawing);
  if (cgraph().write(graph.get(), &out) != 0 || !out) {
    throw Error("graphviz: cannot write DOT: " + MessageCapture::summary());
  }
}

std::string render(const Drawing& drawing, ImageFormat format) {
  if (format == ImageFormat::dot) {
    std::ostringstream out;
    write_dot(drawing, out);
    return out.str();
  }
  const MessageCapture messages;
  GVC_t* const context = graphviz_context();
  if (context == nullptr) throw Error("graphviz: cannot create a rendering context");
  const GraphPtr graph = build_graph(drawing);
  if (gvc().layout(context, graph.get(), kEngine) != 0) {
    throw Error(std::string("graphviz: ") + kEngine + " layout failed: " +
                MessageCapture::summary());
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvc().render_data(context, graph.get(), device_of(format), &data, &length);
  std::string bytes;
  if (data != nullptr) {
    bytes.assign(data, length);
    gvc().free_render_data(data);
  }
  gvc().free_layout(context, graph.get());
  if (status != 0 || bytes.empty()) {
    throw Error(std::string("graphviz: cannot render ") + device_of(format) + ": " +
                MessageCapture::summary() + " (the Graphviz plugins come with Debian's libgvc6)");
  }
  return bytes;
}

void render_to_file(const Drawing& drawing, const std::string& path) {
  const std::string bytes = render(drawing, image_format_for(path));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw ImageWriteError(path + ": cannot open for writing");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw ImageWriteError(path + ": write failed");
}

}  // namespace dipgraph::graphs
