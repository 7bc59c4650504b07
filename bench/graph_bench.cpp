// Times the graph pipeline in-process, without the process start-up, CLI
// parsing and output that `dipgraph` adds: build_graph_view (the SQL
// aggregate) and the algorithms on the view.
//
//   bench_graph --db PATH --busy A,B --sparse C,D [--runs N]
//
// Prints one line per measurement: name, min and median milliseconds, runs.

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/store.hpp"
#include "graphs/graph_view.hpp"
#include "graphs/strength.hpp"
#ifdef DIPGRAPH_BENCH_HAVE_PATHS
#include "graphs/paths.hpp"
#endif

namespace {

using dipgraph::graphs::GraphView;
using dipgraph::graphs::GraphViewOptions;

/// Runs `work` `runs` times and prints min and median wall-clock milliseconds.
void measure(const std::string& name, int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  const double median = ms.size() % 2 == 1 ? ms[ms.size() / 2]
                                           : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
  std::printf("  %-48s min %9.2f ms  median %9.2f ms  (%d runs)\n", name.c_str(), ms.front(), median, runs);
  std::fflush(stdout);
}

std::pair<std::string, std::string> parse_pair(std::string_view text) {
  const auto comma = text.find(',');
  if (comma == std::string_view::npos) throw dipgraph::UsageError("expected A,B, not '" + std::string(text) + "'");
  return {std::string(text.substr(0, comma)), std::string(text.substr(comma + 1))};
}

/// Brandes betweenness, unweighted (hops) or with tie_cost as edge length.
std::vector<double> betweenness(const GraphView& view, bool weighted) {
  const auto& graph = view.graph;
  std::vector<double> values(boost::num_vertices(graph));
  auto centrality = boost::make_iterator_property_map(values.begin(), boost::get(boost::vertex_index, graph));
  if (weighted) {
    auto cost = boost::make_transform_value_property_map(
        [](const dipgraph::graphs::EdgeProps& edge) { return dipgraph::graphs::tie_cost(edge); },
        boost::get(boost::edge_bundle, graph));
    boost::brandes_betweenness_centrality(graph, boost::centrality_map(centrality).weight_map(cost));
  } else {
    boost::brandes_betweenness_centrality(graph, boost::centrality_map(centrality));
  }
  return values;
}

}  // namespace

int main(int argc, char** argv) try {
  std::string db;
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> pairs;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) throw dipgraph::UsageError(std::string(arg) + " needs a value");
    const std::string value = argv[++i];
    if (arg == "--db") db = value;
    else if (arg == "--busy") pairs.push_back({"busy", parse_pair(value)});
    else if (arg == "--sparse") pairs.push_back({"sparse", parse_pair(value)});
    else if (arg == "--runs") runs = std::max(1, std::stoi(value));
    else throw dipgraph::UsageError("unknown argument '" + std::string(arg) + "'");
  }
  if (db.empty()) throw dipgraph::UsageError("usage: bench_graph --db PATH --busy A,B --sparse C,D [--runs N]");

  std::printf("in-process (bench_graph, %s):\n", db.c_str());
  measure("open store read-only", runs, [&] { (void)dipgraph::core::Store::open(db, dipgraph::core::OpenMode::read_only); });
  const auto store = dipgraph::core::Store::open(db, dipgraph::core::OpenMode::read_only);

  GraphView full;
  measure("build_graph_view (state level, whole span)", runs,
          [&] { full = dipgraph::graphs::build_graph_view(store, GraphViewOptions{}); });
  std::printf("  view: %zu nodes, %zu edges\n", boost::num_vertices(full.graph), boost::num_edges(full.graph));
  const int heavy_runs = std::max(1, std::min(runs, 3));
  measure("betweenness, hops (boost brandes)", heavy_runs, [&] { (void)betweenness(full, false); });
  measure("betweenness, tie_cost lengths (boost brandes)", heavy_runs, [&] { (void)betweenness(full, true); });

  for (const auto& [label, pair] : pairs) {
    const auto& [a, b] = pair;
    GraphViewOptions options;
    options.focus = {a, b};
    GraphView focused;
    measure("build_graph_view focus " + a + "," + b + " (" + label + ")", runs,
            [&] { focused = dipgraph::graphs::build_graph_view(store, options); });
    std::printf("  focus view: %zu nodes, %zu edges\n", boost::num_vertices(focused.graph),
                boost::num_edges(focused.graph));
#ifdef DIPGRAPH_BENCH_HAVE_PATHS
    measure("indirect_paths " + a + "," + b + " 2 hops, 10 paths (focus view)", runs,
            [&] { (void)dipgraph::graphs::indirect_paths(focused, a, b, 2, 10); });
    measure("strongest_path " + a + "," + b + " (full view)", runs,
            [&] { (void)dipgraph::graphs::strongest_path(full, a, b); });
#endif
  }
  return 0;
} catch (const std::exception& error) {
  std::fprintf(stderr, "bench_graph: error: %s\n", error.what());
  return 1;
}
