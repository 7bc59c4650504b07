#!/usr/bin/env bash
# `centrality` on the demo data: every measure and format, ordering, --top,
# the window options, usage errors. Reference values from networkx 2.8.8 on the
# same graph (computed once; this test runs no Python).
source "$(dirname "$0")/lib.bash"

: "${DIPGRAPH_SOURCE_DIR:?set DIPGRAPH_SOURCE_DIR to the source tree}"
init_db
run --db "$DB" -q import facts "$DIPGRAPH_SOURCE_DIR/data/demo/facts.csv"
expect_status 0
export LC_ALL=C

# csv_sorted: the csv in $WORK/out has the header and rows highest value
# first, equal values by code (the demo has no commas in names or codes).
csv_sorted() {
  tr -d '\r' <"$WORK/out" >"$WORK/csv"
  head -n 1 "$WORK/csv" | grep -qx 'code,name,kind,value' || fail "bad csv header"
  tail -n +2 "$WORK/csv" | awk -F, '{ print $NF "," $1 }' >"$WORK/keys"
  sort -c -t, -k1,1gr -k2,2 "$WORK/keys" || fail "rows not by value desc, then code"
}

# The view at state level has 49 nodes (actors with an event in the window).
for measure in degree strength betweenness closeness pagerank eigenvector; do
  run --db "$DB" centrality --measure "$measure" --format csv
  expect_status 0
  expect_stderr_empty
  expect_lines "$WORK/out" 50
  csv_sorted
done
for measure in betweenness closeness; do
  run --db "$DB" centrality --measure "$measure" --weighted --format csv
  expect_status 0
  expect_lines "$WORK/out" 50
  csv_sorted
done

# Values equal networkx's (degree_centrality, betweenness_centrality,
# closeness_centrality, pagerank(weight=events), eigenvector_centrality(weight=events)).
run --db "$DB" centrality --measure degree --format csv
sed -n 2p "$WORK/out" | tr -d '\r' | grep -qx 'USA,United States,state,0.375' || fail "degree: USA 18/48 first"
run --db "$DB" centrality --measure strength --format csv
sed -n 2p "$WORK/out" | tr -d '\r' | grep -qx 'RUS,Russia,state,65' || fail "strength: RUS 65 first"
run --db "$DB" centrality --measure betweenness --format csv
expect_stdout_contains 'RUS,Russia,state,0.235786'
expect_stdout_contains 'USA,United States,state,0.210713'
run --db "$DB" centrality --measure closeness --format csv
expect_stdout_contains 'RUS,Russia,state,0.548507'
run --db "$DB" centrality --measure pagerank --format csv
expect_stdout_contains 'RUS,Russia,state,0.12144'
run --db "$DB" centrality --measure eigenvector --format csv
expect_stdout_contains 'RUS,Russia,state,0.529502'
# Zeros are included: actors with one partner lie on no shortest path.
run --db "$DB" centrality --measure betweenness --format csv
tr -d '\r' <"$WORK/out" | grep -q ',0$' || fail "betweenness should list zeros"

# --top: a table shows 20 rows by default, csv and json all; --top 0 is all.
run --db "$DB" centrality --measure pagerank
expect_status 0
expect_stderr_empty
expect_lines "$WORK/out" 21
head -n 1 "$WORK/out" | grep -q '^CODE  NAME  *KIND  *PAGERANK$' || fail "bad table header"
sed -n 2p "$WORK/out" | grep -q '^RUS  *Russia  *state  *0\.121440$' || fail "bad first table row"
run --db "$DB" centrality --measure pagerank --top 0
expect_lines "$WORK/out" 50
run --db "$DB" centrality --measure pagerank --top 3 --format csv
expect_lines "$WORK/out" 4

# json: an array of {code, name, kind, value}; jsonl: one object a line.
run --db "$DB" centrality --measure strength --top 1 --format json
expect_status 0
expect_stdout_text '[
  {
    "code": "RUS",
    "name": "Russia",
    "kind": "state",
    "value": 65
  }
]'
run --db "$DB" centrality --measure degree --top 2 --format jsonl
expect_stdout_text '{"code": "USA", "name": "United States", "kind": "state", "value": 0.375}
{"code": "RUS", "name": "Russia", "kind": "state", "value": 0.354167}'

# The window: types, dates, level, min-events.
run --db "$DB" centrality --type conflict --format csv
expect_status 0
expect_lines "$WORK/out" 11
run --db "$DB" centrality --level actor --format csv
expect_lines "$WORK/out" 62
expect_stdout_contains ',person,'
run --db "$DB" centrality --since 2025-01 --until 2025-03-31 --measure strength --format csv
expect_status 0
csv_sorted
run --db "$DB" centrality --min-events 3 --measure degree --format csv
expect_lines "$WORK/out" 50
expect_stdout_contains 'ARE,United Arab Emirates,state,0'

# An empty window is an empty listing, a success.
run --db "$DB" centrality --since 2040 --format csv
expect_status 0
expect_stderr_empty
expect_lines "$WORK/out" 1
run --db "$DB" centrality --since 2040 --format json
expect_stdout_text '[]'
run --db "$DB" centrality --since 2040
expect_stdout_empty

# Usage errors: exit 2, one line on stderr, nothing on stdout.
for args in "--measure katz" "--measure degree --weighted" "--measure pagerank --weighted" \
  "--top -1" "--min-events 0" "--level country" "--type visits" "--since 2024-13" \
  "--since 2025 --until 2024" "--format dot"; do
  # shellcheck disable=SC2086
  run --db "$DB" centrality $args
  expect_status 2
  expect_stdout_empty
  expect_lines "$WORK/err" 1
done
run --db "$DB" centrality --type visits
expect_stderr_contains "did you mean 'visit'"
run --db "$DB" centrality --measure degree --weighted
expect_stderr_contains '--measure strength'

run --db "$DB" centrality --help
expect_status 0
expect_stdout_contains 'dipgraph centrality --measure betweenness'
