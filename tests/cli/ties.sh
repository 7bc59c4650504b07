#!/usr/bin/env bash
# `ties A B`: direct events, indirect ties and summary in every format, on a small
# fixture and on the demo data; no tie exits 1; -o draws.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" -q import facts "$DATA/ties/facts.csv"
expect_status 0

# JSON: one object; direct events in the `events` shape, paths with hops.
run --db "$DB" ties Pakistan Russia --format json
expect_status 0
expect_stderr_empty
python3 - "$WORK/out" <<'PY' || fail "ties json is not as expected"
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["a", "b", "direct", "direct_total", "paths", "summary"], list(d)
assert d["a"] == {"code": "PAK", "name": "Pakistan", "kind": "state"}, d["a"]
assert d["b"]["code"] == "RUS"
assert d["direct_total"] == 3 and len(d["direct"]) == 3
assert [e["date"] for e in d["direct"]] == ["2024-10-15", "2024-09-18", "2022-02-23"]
assert d["direct"][1]["source"]["code"] == "alexei-overchuk"
assert d["direct"][1]["sources"][0]["url"] == "https://example.org/overchuk"
assert [p["nodes"] for p in d["paths"]] == [["PAK", "BLR", "RUS"], ["PAK", "USA", "RUS"]]
hop = d["paths"][0]["hops"][0]
assert list(hop) == ["from", "to", "events", "by_type", "first_day", "last_day", "net_weight",
                     "cooperative", "conflictual"], list(hop)
assert hop["from"] == "PAK" and hop["to"] == "BLR" and hop["events"] == 2
assert hop["by_type"] == {"agreement": 1, "visit": 1}
assert d["paths"][0]["strength"] > d["paths"][1]["strength"]
assert d["paths"][1]["hops"][1]["conflictual"] == 1
s = d["summary"]
assert s["events"] == 3 and s["cooperative"] == 3 and s["conflictual"] == 0
assert sorted(s["by_year"]) == ["2022", "2024"] and s["by_year"]["2024"]["events"] == 2
PY

# The direct events are exactly those `events --between` prints, newest first.
"$DIPGRAPH" --db "$DB" events --between Pakistan Russia --newest-first --format json >"$WORK/events.json"
python3 - "$WORK/out" "$WORK/events.json" <<'PY' || fail "direct differs from events --between"
import json, sys
assert json.load(open(sys.argv[1]))["direct"] == json.load(open(sys.argv[2]))
PY

# --limit cuts the list, not direct_total; --max-paths and --type narrow.
run --db "$DB" ties PAK RUS --limit 1 --max-paths 1 --type visit --format json
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "--limit/--max-paths/--type"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["direct"]) == 1 and d["direct_total"] == 3, d
# Only visits: Belarus - Russia has none, so no indirect tie is left.
assert d["paths"] == [], d["paths"]
PY
run --db "$DB" ties PAK RUS --max-paths 1 --format json
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "--max-paths"
import json, sys
assert [p["nodes"] for p in json.load(open(sys.argv[1]))["paths"]] == [["PAK", "BLR", "RUS"]]
PY

# Table: the three sections.
run --db "$DB" ties Pakistan Russia
expect_status 0
expect_stderr_empty
expect_stdout_contains "Ties between Pakistan (PAK) and Russia (RUS)"
expect_stdout_contains "Direct events: 3, newest first"
expect_stdout_contains "Pakistan - Belarus - Russia"
expect_stdout_contains "Summary of the direct events"

# CSV: one row per hop, the direct tie first; every row as wide as the header.
run --db "$DB" ties Pakistan Russia --format csv
expect_status 0
expect_lines "$WORK/out" 6
python3 - "$WORK/out" <<'PY' || fail "ties csv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][:6] == ["path", "strength", "hops", "hop", "from", "to"], rows[0]
assert all(len(r) == len(rows[0]) for r in rows)
assert rows[1][0] == "direct" and rows[1][4:7] == ["PAK", "RUS", "3"], rows[1]
assert [r[0] for r in rows[2:]] == ["1", "1", "2", "2"]
PY

# DOT: the drawing, both actors in it.
run --db "$DB" ties Pakistan Russia --format dot
expect_status 0
expect_stdout_contains "graph"
expect_stdout_contains "PAK"
expect_stdout_contains "BLR"

# No tie: empty direct and paths, a one-line message, exit 1.
run --db "$DB" ties Pakistan Kiribati --format json
expect_status 1
python3 - "$WORK/out" <<'PY' || fail "no-tie json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["direct"] == [] and d["paths"] == [] and d["direct_total"] == 0, d
PY
expect_lines "$WORK/err" 1
expect_stderr_contains "no tie between Pakistan (PAK) and Kiribati (KIR)"

# Usage errors: bad --hops, same actor twice, a person at state level, bad format.
run --db "$DB" ties Pakistan Russia --hops 9
expect_status 2
run --db "$DB" ties Pakistan PAK
expect_status 2
run --db "$DB" ties "Mikhail Mishustin" Pakistan
expect_status 2
expect_stderr_contains "--level actor"
run --db "$DB" ties "Mikhail Mishustin" Pakistan --level actor --format json
expect_status 0
run --db "$DB" ties Pakistan Russia --format jsonl
expect_status 2
run --db "$DB" ties Pakistan Russia -o out.txt
expect_status 2

# -o draws what was printed.
run --db "$DB" ties Pakistan Russia -o "$WORK/ties.svg"
expect_status 0
grep -q "<svg" "$WORK/ties.svg" || fail "ties -o did not write an SVG"
run --db "$DB" ties Pakistan Russia -o "$WORK/ties.dot" --format dot
expect_status 0
diff -u "$WORK/out" "$WORK/ties.dot" >&2 || fail "-o x.dot differs from --format dot"

# The demo data: the 2024 Russian visits and the tie through Belarus.
DEMO="$WORK/demo.db"
run --db "$DEMO" -q init
run --db "$DEMO" -q import facts "${DIPGRAPH_SOURCE_DIR:-$here/../..}/data/demo/facts.csv"
expect_status 0
run --db "$DEMO" ties Pakistan Russia --format json
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "demo ties Pakistan Russia"
import json, sys
d = json.load(open(sys.argv[1]))
visits = {(e["source"]["code"], e["date"][:4]) for e in d["direct"] if e["type"] == "visit"}
assert ("alexei-overchuk", "2024") in visits and ("mikhail-mishustin", "2024") in visits, visits
assert ["PAK", "BLR", "RUS"] in [p["nodes"] for p in d["paths"]]
PY
