// Times the graph pipeline in-process, without the process start-up, CLI
// parsing and output that `dipgraph` adds: build_graph_view (the SQL
// aggregate), the algorithms on the view, and the drawing.
//
//   bench_graph --db PATH --busy A,B --sparse C,D --around X [--runs N]
//
// Prints one line per step: min and median wall-clock milliseconds, and the
// median CPU milliseconds of this process (what the step costs on an idle
// machine; the code is single-threaded). Steps whose graphs/ unit is not in
// the build are left out (bench/CMakeLists.txt checks which exist).

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/event_type.hpp"
#include "core/store.hpp"
#include "graphs/graph_view.hpp"
#ifdef DIPGRAPH_BENCH_HAVE_PATHS
#include "graphs/paths.hpp"
#endif
#ifdef DIPGRAPH_BENCH_HAVE_CENTRALITY
#include "graphs/centrality.hpp"
#endif
#ifdef DIPGRAPH_BENCH_HAVE_TIES
#include "graphs/ties.hpp"
#endif
#ifdef DIPGRAPH_BENCH_HAVE_GRAPH_SELECTION
#include "graphs/drawing.hpp"
#include "graphs/graph_selection.hpp"
#endif

namespace {

using dipgraph::graphs::GraphView;
using dipgraph::graphs::GraphViewOptions;

/// Runs `work` `runs` times and prints min and median wall-clock and median CPU milliseconds.
void measure(const std::string& name, int runs, const std::function<void()>& work) {
  std::vector<double> wall;
  std::vector<double> cpu;
  for (int i = 0; i < runs; ++i) {
    const std::clock_t cpu_start = std::clock();
    const auto start = std::chrono::steady_clock::now();
    work();
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  const auto median = [](std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  };
  std::printf("  %-52s min %9.2f ms  median %9.2f ms  cpu %9.2f ms  (%d runs)\n", name.c_str(),
              *std::min_element(wall.begin(), wall.end()), median(wall), median(cpu), runs);
  std::fflush(stdout);
}

std::pair<std::string, std::string> parse_pair(std::string_view text) {
  const auto comma = text.find(',');
  if (comma == std::string_view::npos) throw dipgraph::UsageError("expected A,B, not '" + std::string(text) + "'");
  return {std::string(text.substr(0, comma)), std::string(text.substr(comma + 1))};
}

/// What build_graph_view's aggregate could cost without SQLite's GROUP BY:
/// the same columns streamed in table order, summed per node pair and type in
/// a hash map. Not dipgraph code; it shows how much of build_graph_view is the
/// temp B-tree SQLite sorts the million rows into.
std::size_t stream_and_aggregate(sqlite3* db) {
  struct Cell {
    long long events = 0;
    double weight = 0;
    long long cooperative = 0;
    long long conflictual = 0;
    std::string first_day;
    std::string last_day;
  };
  const auto& types = dipgraph::core::event_types();
  std::unordered_map<unsigned long long, std::array<Cell, 16>> pairs;
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT source_node_id, target_node_id, type, day_from, day_to, weight FROM event "
                     "WHERE source_node_id <> target_node_id",
                     -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW) {
    auto a = static_cast<unsigned long long>(sqlite3_column_int64(statement, 0));
    auto b = static_cast<unsigned long long>(sqlite3_column_int64(statement, 1));
    if (a > b) std::swap(a, b);
    const std::string_view type(reinterpret_cast<const char*>(sqlite3_column_text(statement, 2)),
                                static_cast<std::size_t>(sqlite3_column_bytes(statement, 2)));
    std::size_t index = 0;
    while (index < types.size() && types[index].name != type) ++index;
    Cell& cell = pairs[(a << 32) | b][std::min<std::size_t>(index, 15)];
    const std::string_view from(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)));
    const std::string_view to(reinterpret_cast<const char*>(sqlite3_column_text(statement, 4)));
    if (cell.events++ == 0 || from < cell.first_day) cell.first_day = from;
    if (to > cell.last_day) cell.last_day = to;
    const double weight = sqlite3_column_double(statement, 5);
    cell.weight += weight;
    cell.cooperative += weight > 0;
    cell.conflictual += weight < 0;
  }
  sqlite3_finalize(statement);
  return pairs.size();
}

}  // namespace

int main(int argc, char** argv) try {
  std::string db;
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> pairs;
  std::string around;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) throw dipgraph::UsageError(std::string(arg) + " needs a value");
    const std::string value = argv[++i];
    if (arg == "--db") db = value;
    else if (arg == "--busy") pairs.push_back({"busy", parse_pair(value)});
    else if (arg == "--sparse") pairs.push_back({"sparse", parse_pair(value)});
    else if (arg == "--around") around = value;
    else if (arg == "--runs") runs = std::max(1, std::stoi(value));
    else throw dipgraph::UsageError("unknown argument '" + std::string(arg) + "'");
  }
  if (db.empty()) {
    throw dipgraph::UsageError("usage: bench_graph --db PATH --busy A,B --sparse C,D --around X [--runs N]");
  }
  const int heavy_runs = std::max(1, std::min(runs, 3));

  std::printf("in-process (bench_graph, %s):\n", db.c_str());
  measure("open store read-only", runs,
          [&] { (void)dipgraph::core::Store::open(db, dipgraph::core::OpenMode::read_only); });
  const auto store = dipgraph::core::Store::open(db, dipgraph::core::OpenMode::read_only);

  GraphView full;
  measure("build_graph_view (state level, whole span)", heavy_runs,
          [&] { full = dipgraph::graphs::build_graph_view(store, GraphViewOptions{}); });
  std::printf("    view: %zu nodes, %zu edges\n", boost::num_vertices(full.graph), boost::num_edges(full.graph));
  std::size_t streamed = 0;
  measure("  for comparison: stream rows + hash aggregate", heavy_runs,
          [&] { streamed = stream_and_aggregate(store.handle()); });
  std::printf("    %zu node pairs\n", streamed);

#ifdef DIPGRAPH_BENCH_HAVE_CENTRALITY
  using dipgraph::graphs::Measure;
  for (const auto& [measure_kind, weighted] :
       {std::pair{Measure::betweenness, false}, std::pair{Measure::betweenness, true},
        std::pair{Measure::pagerank, false}, std::pair{Measure::closeness, false}}) {
    dipgraph::graphs::CentralityOptions options;
    options.measure = measure_kind;
    options.weighted = weighted;
    measure("centrality " + std::string(dipgraph::graphs::to_string(measure_kind)) +
                (weighted ? " --weighted" : "") + " (on the view)",
            heavy_runs, [&] { (void)dipgraph::graphs::centrality(full.graph, options); });
  }
#endif

#ifdef DIPGRAPH_BENCH_HAVE_GRAPH_SELECTION
  if (!around.empty()) {
    dipgraph::graphs::SelectionOptions selection;
    selection.mode = dipgraph::graphs::SelectionMode::around;
    selection.focus = {around};
    selection.depth = 2;
    dipgraph::graphs::Drawing drawing;
    measure("select_drawing --around " + around + " --depth 2 (on the view)", heavy_runs,
            [&] { drawing = dipgraph::graphs::select_drawing(full, selection); });
    const std::string svg = (std::filesystem::temp_directory_path() / "dipgraph-bench-around.svg").string();
    measure("render_to_file svg (" + std::to_string(drawing.nodes.size()) + " nodes, " +
                std::to_string(drawing.edges.size()) + " edges)",
            heavy_runs, [&] { dipgraph::graphs::render_to_file(drawing, svg); });
  }
#endif

  for (const auto& [label, pair] : pairs) {
    const auto& [a, b] = pair;
    GraphViewOptions options;
    options.focus = {a, b};
    GraphView focused;
    measure("build_graph_view focus " + a + "," + b + " (" + label + ")", runs,
            [&] { focused = dipgraph::graphs::build_graph_view(store, options); });
    std::printf("    focus view: %zu nodes, %zu edges\n", boost::num_vertices(focused.graph),
                boost::num_edges(focused.graph));
#ifdef DIPGRAPH_BENCH_HAVE_PATHS
    measure("indirect_paths " + a + "," + b + " 2 hops, 10 paths (focus view)", runs,
            [&] { (void)dipgraph::graphs::indirect_paths(focused, a, b, 2, 10); });
    measure("strongest_path " + a + "," + b + " (on the whole view)", runs,
            [&] { (void)dipgraph::graphs::strongest_path(full, a, b); });
#endif
#ifdef DIPGRAPH_BENCH_HAVE_TIES
    measure("find_ties " + a + "," + b + " (defaults; what `ties` runs)", runs,
            [&] { (void)dipgraph::graphs::find_ties(store, a, b, dipgraph::graphs::TiesOptions{}); });
#endif
  }
  return 0;
} catch (const std::exception& error) {
  std::fprintf(stderr, "bench_graph: error: %s\n", error.what());
  return 1;
}
