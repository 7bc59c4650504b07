#!/usr/bin/python3
"""Runs networkx on the same state-level graph dipgraph builds and prints
dipgraph's times as a ratio of networkx's.

    /usr/bin/python3 bench/networkx_reference.py --db DB --busy A,B --sparse C,D
        --around X [--around-small Y] [--ours RESULTS.json] [--edges OUT.tsv] [--runs N]

Debian's python3-networkx (2.8.8, with scipy and pygraphviz) is what /usr/bin/python3 has.

The graph is graphs/graph_view.cpp's view, state level, whole span: one
undirected edge per pair of nodes (event.source_node_id / target_node_id,
smaller id first), weighted by its event count; events whose two sides are the
same node are left out. Edge attributes: count (events), distance =
1 / log2(1 + count) (graphs/strength.hpp's tie_cost, which `path` minimises),
inverse = 1 / count (`centrality --weighted`'s distance).

Two times per case:
  algorithm      networkx on the graph already in memory;
  load+algorithm reading the edges from the same database (the rollup
                 table graph_view.cpp reads, pair_total, or for ties its rows
                 around the two actors), building the nx.Graph, then the algorithm.
dipgraph's times (from time_commands.py's JSON) are whole processes: start-up,
opening the store, the SQL, the algorithm and the output. So "ours / load+alg"
is the fair ratio; "ours / alg" is the harsh one.
"""

import argparse
import json
import math
import os
import sqlite3
import statistics
import tempfile
import time

import networkx as nx

# What graphs/graph_view.cpp reads for a state-level view of the whole span:
# the rollup table pair_total, a row per node pair and type (docs/schema.md).
PAIRS_SQL = (
    "SELECT p.lo_node_id AS lo, p.hi_node_id AS hi, p.type, p.events, p.first_day, p.last_day, "
    "p.net_weight, p.cooperative, p.conflictual FROM pair_total p WHERE 1{focus}"
)
FOCUS_SQL = " AND (p.lo_node_id IN ({ids}) OR p.hi_node_id IN ({ids}))"


def tie_cost(count):
    return 1.0 / math.log2(1.0 + count)


def path_strength(counts):
    return 1.0 / sum(tie_cost(c) for c in counts)


def load_graph(db, focus_codes=None):
    """The aggregated edge list as an nx.Graph (and the connection's codes)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    params = []
    focus = ""
    if focus_codes:
        ids = [row[0] for code in focus_codes for row in con.execute("SELECT id FROM actor WHERE code = ?", (code,))]
        marks = ", ".join("?" for _ in ids) or "NULL"
        focus = FOCUS_SQL.format(ids=marks)
        params = ids + ids
    counts = {}
    for lo, hi, _type, count, *_rest in con.execute(PAIRS_SQL.format(focus=focus), params):
        counts[(lo, hi)] = counts.get((lo, hi), 0) + count
    ids = {i for pair in counts for i in pair}
    code = {}
    for actor_id, actor_code in con.execute("SELECT id, code FROM actor"):
        if actor_id in ids:
            code[actor_id] = actor_code
    con.close()
    graph = nx.Graph()
    graph.add_nodes_from(sorted(code.values()))
    for (lo, hi), count in counts.items():
        graph.add_edge(code[lo], code[hi], count=count, distance=tie_cost(count), inverse=1.0 / count)
    return graph


def ties(graph, a, b, limit=10):
    """The direct tie and the strongest 2-hop paths through common neighbours."""
    direct = graph.get_edge_data(a, b)
    paths = []
    if a in graph and b in graph:
        for middle in nx.common_neighbors(graph, a, b):
            paths.append((path_strength([graph[a][middle]["count"], graph[middle][b]["count"]]), middle))
    paths.sort(key=lambda p: (-p[0], p[1]))
    return direct, paths[:limit]


def timed(work, runs, budget_s=30.0):
    """Median wall and CPU (this process's user + system) ms of up to `runs`
    runs (fewer when they exceed the budget)."""
    wall, cpu = [], []
    started = time.perf_counter()
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.process_time() - cpu_start) * 1000.0)
        if time.perf_counter() - started > budget_s:
            break
    return statistics.median(wall), statistics.median(cpu)


def fmt(ms):
    return f"{ms:10.2f}" if ms is not None else f"{'-':>10}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--busy", required=True)
    parser.add_argument("--sparse", required=True)
    parser.add_argument("--around", required=True)
    parser.add_argument("--around-small")
    parser.add_argument("--ours", help="time_commands.py's JSON")
    parser.add_argument("--edges", help="also write the aggregated edge list here (TSV: a, b, events)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--layout-prog", default="neato", help="Graphviz engine for the pygraphviz drawing")
    args = parser.parse_args()
    busy, sparse = args.busy.split(","), args.sparse.split(",")

    load_wall, load_cpu = timed(lambda: load_graph(args.db), args.runs)
    graph = load_graph(args.db)
    print(f"networkx {nx.__version__}: state-level graph of {graph.number_of_nodes()} nodes and "
          f"{graph.number_of_edges()} edges; load (rollup rows + nx.Graph): "
          f"wall {load_wall:.2f} ms, cpu {load_cpu:.2f} ms")
    if args.edges:
        with open(args.edges, "w", encoding="utf-8") as out:
            for a, b, data in sorted(graph.edges(data=True)):
                out.write(f"{a}\t{b}\t{data['count']}\n")
        read_wall, read_cpu = timed(lambda: nx.read_edgelist(args.edges, delimiter="\t", data=[("count", int)]),
                                    args.runs)
        print(f"  (edge list written to {args.edges}; nx.read_edgelist of it: wall {read_wall:.2f} ms, "
              f"cpu {read_cpu:.2f} ms)")

    svg_dir = tempfile.mkdtemp(prefix="networkx-bench-")

    def ego_spring(center):
        ego = nx.ego_graph(graph, center, radius=2)
        return nx.spring_layout(ego, seed=1, weight="count")

    def ego_graphviz_svg(center):
        # As `dipgraph graph` draws it: at most 50 nodes (the centre and those
        # with the most events) and 150 edges (the strongest), neato with
        # prism overlap removal, SVG.
        ego = nx.ego_graph(graph, center, radius=2)
        strength = dict(ego.degree(weight="count"))
        keep = [center] + sorted((n for n in ego if n != center), key=lambda n: -strength[n])[:49]
        picture = ego.subgraph(keep)
        edges = sorted(picture.edges(data="count"), key=lambda e: -e[2])[:150]
        drawn = nx.Graph()
        drawn.add_nodes_from(keep)
        drawn.add_weighted_edges_from(edges, weight="count")
        drawing = nx.nx_agraph.to_agraph(drawn)
        drawing.graph_attr.update(overlap="prism", splines="true")
        drawing.layout(prog=args.layout_prog)
        drawing.draw(os.path.join(svg_dir, f"{center}.svg"), format="svg")

    # (case name as in time_commands.py, label, algorithm, load function)
    cases = [
        ("ties busy", "direct tie + 2-hop common neighbours, top 10", lambda: ties(graph, *busy),
         lambda: ties(load_graph(args.db, busy), *busy)),
        ("ties sparse", "direct tie + 2-hop common neighbours, top 10", lambda: ties(graph, *sparse),
         lambda: ties(load_graph(args.db, sparse), *sparse)),
        ("path busy", "dijkstra_path (distance = tie_cost)",
         lambda: nx.dijkstra_path(graph, *busy, weight="distance"), None),
        ("path sparse", "dijkstra_path (distance = tie_cost)",
         lambda: nx.dijkstra_path(graph, *sparse, weight="distance"), None),
        ("centrality betweenness", "betweenness_centrality (hops)", lambda: nx.betweenness_centrality(graph), None),
        ("centrality betweenness", "betweenness_centrality (weight = 1/count)",
         lambda: nx.betweenness_centrality(graph, weight="inverse"), None),
        ("centrality pagerank", "pagerank (weight = count)", lambda: nx.pagerank(graph, weight="count"), None),
        ("graph around busy depth 2 svg", f"ego_graph({args.around}, 2) + spring_layout",
         lambda: ego_spring(args.around), None),
        ("graph around busy depth 2 svg", f"ego_graph({args.around}, 2), top 50/150, {args.layout_prog} SVG",
         lambda: ego_graphviz_svg(args.around), None),
    ]
    if args.around_small:
        cases += [
            ("graph around quiet depth 2 svg", f"ego_graph({args.around_small}, 2) + spring_layout",
             lambda: ego_spring(args.around_small), None),
            ("graph around quiet depth 2 svg", f"ego_graph({args.around_small}, 2), top 50/150, {args.layout_prog} SVG",
             lambda: ego_graphviz_svg(args.around_small), None),
        ]

    ours = {}
    if args.ours:
        with open(args.ours, encoding="utf-8") as source:
            ours = json.load(source)

    print()
    print(f"{'case':<32} {'networkx':<50} {'nx alg':>10} {'nx ld+alg':>10} {'dipgraph':>10} "
          f"{'ours/alg':>9} {'ours/ld+alg':>11}")
    for name, label, algorithm, with_load in cases:
        cheap = name.startswith(("ties", "path"))
        _, alg = timed(algorithm, 100 if cheap else args.runs)
        if with_load is not None:
            _, total = timed(with_load, 10 if cheap else args.runs)
        else:
            total = load_cpu + alg
        mine = ours.get(name, {})
        mine_ms = mine.get("cpu_median_ms") if mine.get("status") == "ok" else None
        ratio_alg = f"{mine_ms / alg:9.2f}" if mine_ms is not None and alg > 0 else f"{'-':>9}"
        ratio_total = f"{mine_ms / total:11.2f}" if mine_ms is not None and total > 0 else f"{'-':>11}"
        print(f"{name:<32} {label:<50} {fmt(alg)} {fmt(total)} {fmt(mine_ms)} {ratio_alg} {ratio_total}")
    print()
    print("Median CPU milliseconds (user + system), which other work on the machine does not")
    print("stretch as it stretches wall-clock time. dipgraph: the whole `dipgraph` process")
    print("(time_commands.py); nx alg: the algorithm on the in-memory graph; nx ld+alg: plus")
    print("reading the rollup rows and building the nx.Graph (for ties: the focus query on the two")
    print("actors only). A ratio below 1 means dipgraph is faster.")


if __name__ == "__main__":
    main()
