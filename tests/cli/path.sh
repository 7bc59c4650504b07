#!/usr/bin/env bash
# `path A B`: the strongest and the fewest-hop path, each hop explained; no path exits 1.
source "$(dirname "$0")/lib.bash"

DEMO="$WORK/demo.db"
run --db "$DEMO" -q init
run --db "$DEMO" -q import facts "${DIPGRAPH_SOURCE_DIR:-$here/../..}/data/demo/facts.csv"
expect_status 0

run --db "$DEMO" path Pakistan Ukraine --format json
expect_status 0
expect_stderr_empty
python3 - "$WORK/out" <<'PY' || fail "path json"
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["a", "b", "strongest", "shortest"], list(d)
for key in ("strongest", "shortest"):
    p = d[key]
    assert p["nodes"][0] == "PAK" and p["nodes"][-1] == "UKR", p["nodes"]
    assert len(p["hops"]) == len(p["nodes"]) - 1
    for hop, (a, b) in zip(p["hops"], zip(p["nodes"], p["nodes"][1:])):
        assert (hop["from"], hop["to"]) == (a, b)
        assert hop["events"] == sum(hop["by_type"].values()) > 0
        assert 0 < len(hop["newest"]) <= 3
        dates = [e["date"] for e in hop["newest"]]
        assert dates == sorted(dates, reverse=True), dates
assert len(d["shortest"]["hops"]) <= len(d["strongest"]["hops"])
assert d["strongest"]["strength"] >= d["shortest"]["strength"]
PY

run --db "$DEMO" path Pakistan Ukraine
expect_status 0
expect_stdout_contains "Strongest path: Pakistan - "
expect_stdout_contains "Hop 1, Pakistan - "

run --db "$DEMO" path Pakistan Ukraine --format csv --per-hop 0
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "path csv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][0] == "path" and all(len(r) == len(rows[0]) for r in rows)
assert {r[0] for r in rows[1:]} == {"strongest", "shortest"}
PY

# No path: a one-line message, exit 1; null paths in JSON.
run --db "$DEMO" path Pakistan Kiribati --format json
expect_status 1
expect_lines "$WORK/err" 1
expect_stderr_contains "no path between Pakistan (PAK) and Kiribati (KIR)"
python3 - "$WORK/out" <<'PY' || fail "no-path json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["strongest"] is None and d["shortest"] is None
PY

# Filters apply to the whole search; an empty window has no path.
run --db "$DEMO" path Pakistan Ukraine --until 2000
expect_status 1

run --db "$DEMO" path Pakistan Pakistan
expect_status 2

run --db "$DEMO" path Pakistan Ukraine -o "$WORK/path.svg"
expect_status 0
grep -q "<svg" "$WORK/path.svg" || fail "path -o did not write an SVG"
