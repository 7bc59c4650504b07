#pragma once
// Graphviz, loaded the first time a drawing is made. Linking libgvc and
// libcgraph would load them and their six dependencies into every run of
// dipgraph, about 0.5 ms of dynamic loading in each quick query.

#include <gvc.h>

namespace dipgraph::graphs {

/// The libcgraph functions and variables drawing.cpp uses (building graphs,
/// writing DOT), with the types of <cgraph.h>.
struct Cgraph {
  decltype(&agopen) open;
  decltype(&agclose) close;
  decltype(&agattr) attr;
  decltype(&agsafeset) safeset;
  decltype(&agxset) xset;
  decltype(&agnode) node;
  decltype(&agedge) edge;
  decltype(&agstrdup_html) strdup_html;
  decltype(&agstrfree) strfree;
  decltype(&agseterrf) seterrf;
  decltype(&agseterr) seterr;
  decltype(&agwrite) write;
  Agdesc_t* undirected;
  Agmemdisc_t* mem_disc;
  Agiddisc_t* id_disc;
  Agiodisc_t* io_disc;
};

/// The libgvc functions for layout and rendering, with the types of <gvc.h>.
struct Gvc {
  decltype(&gvContext) context;
  decltype(&gvLayout) layout;
  decltype(&gvFreeLayout) free_layout;
  decltype(&gvRenderData) render_data;
  decltype(&gvFreeRenderData) free_render_data;
};

/// Loads the library on first use (the soname dipgraph was built against) and
/// keeps it loaded. Throws Error naming the library and its Debian package
/// when it is missing or lacks one of the symbols.
const Cgraph& cgraph();
const Gvc& gvc();

}  // namespace dipgraph::graphs
