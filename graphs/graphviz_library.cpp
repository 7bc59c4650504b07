#include "graphs/graphviz_library.hpp"

#include "core/shared_library.hpp"

namespace dipgraph::graphs {

namespace {

Cgraph load_cgraph(const core::SharedLibrary& lib) {
  return Cgraph{
      lib.symbol<decltype(agopen)>("agopen"),
      lib.symbol<decltype(agclose)>("agclose"),
      lib.symbol<decltype(agattr)>("agattr"),
      lib.symbol<decltype(agsafeset)>("agsafeset"),
      lib.symbol<decltype(agxset)>("agxset"),
      lib.symbol<decltype(agnode)>("agnode"),
      lib.symbol<decltype(agedge)>("agedge"),
      lib.symbol<decltype(agstrdup_html)>("agstrdup_html"),
      lib.symbol<decltype(agstrfree)>("agstrfree"),
      lib.symbol<decltype(agseterrf)>("agseterrf"),
      lib.symbol<decltype(agseterr)>("agseterr"),
      lib.symbol<decltype(agwrite)>("agwrite"),
      lib.symbol<Agdesc_t>("Agundirected"),
      lib.symbol<Agmemdisc_t>("AgMemDisc"),
      lib.symbol<Agiddisc_t>("AgIdDisc"),
      lib.symbol<Agiodisc_t>("AgIoDisc"),
  };
}

Gvc load_gvc(const core::SharedLibrary& lib) {
  return Gvc{
      lib.symbol<decltype(gvContext)>("gvContext"),
      lib.symbol<decltype(gvLayout)>("gvLayout"),
      lib.symbol<decltype(gvFreeLayout)>("gvFreeLayout"),
      lib.symbol<decltype(gvRenderData)>("gvRenderData"),
      lib.symbol<decltype(gvFreeRenderData)>("gvFreeRenderData"),
  };
}

}  // namespace

// The sonames and packages come from CMake (the libraries found at configure time).
const Cgraph& cgraph() {
  static const core::SharedLibrary lib(DIPGRAPH_CGRAPH_SONAME, DIPGRAPH_CGRAPH_PACKAGE);
  static const Cgraph symbols = load_cgraph(lib);
  return symbols;
}

const Gvc& gvc() {
  static const core::SharedLibrary lib(DIPGRAPH_GVC_SONAME, DIPGRAPH_GVC_PACKAGE);
  static const Gvc symbols = load_gvc(lib);
  return symbols;
}

}  // namespace dipgraph::graphs
