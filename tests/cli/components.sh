#!/usr/bin/env bash
# `components` on the demo data: formats, order, window options.
source "$(dirname "$0")/lib.bash"

: "${DIPGRAPH_SOURCE_DIR:?set DIPGRAPH_SOURCE_DIR to the source tree}"
init_db
run --db "$DB" -q import facts "$DIPGRAPH_SOURCE_DIR/data/demo/facts.csv"
expect_status 0

# Largest first; equal sizes by first member (ARM before AU); members by code.
run --db "$DB" components
expect_status 0
expect_stderr_empty
expect_lines "$WORK/out" 4
head -n 1 "$WORK/out" | grep -q '^COMPONENT  SIZE  MEMBERS$' || fail "bad table header"
sed -n 2p "$WORK/out" | grep -q '^ *1  *43  AFG, ARE, AUS, BLR, ' || fail "bad first component"
sed -n '3,4p' "$WORK/out" >"$WORK/small"
diff -u - "$WORK/small" >&2 <<'TABLE' || fail "bad small components"
        2     3  ARM, AZE, CSTO
        3     3  AU, G20, NER
TABLE

# csv: a row per member; the members add up to the 49 actors of the view.
run --db "$DB" components --format csv
expect_status 0
expect_lines "$WORK/out" 50
head -n 1 "$WORK/out" | tr -d '\r' | grep -qx 'component,size,code,name,kind' || fail "bad csv header"
expect_stdout_contains '2,3,CSTO,CSTO,org'
tr -d '\r' <"$WORK/out" | tail -n +2 | cut -d, -f1 | uniq -c | awk '{ print $1 }' |
  tr '\n' ' ' | grep -qx '43 3 3 ' || fail "csv rows not grouped by component"

# json: [{component, size, members: [{code, name, kind}]}].
run --db "$DB" components --type conflict --format json
expect_status 0
tr -d ' \n' <"$WORK/out" >"$WORK/flat"
grep -q '^\[{"component":1,"size":6,"members":\[{"code":"AFG","name":"Afghanistan","kind":"state"},' "$WORK/flat" ||
  fail "bad json"
grep -q '{"component":3,"size":2,"members":\[{"code":"RUS","name":"Russia","kind":"state"},{"code":"UKR","name":"Ukraine","kind":"state"}\]}\]$' "$WORK/flat" ||
  fail "bad last json component"
run --db "$DB" components --type conflict --format jsonl
expect_lines "$WORK/out" 3

# --min-events: actors left without an edge are components of their own.
run --db "$DB" components --min-events 3 --format csv
expect_lines "$WORK/out" 50
expect_stdout_contains ',1,ARE,United Arab Emirates,state'

# An empty window is an empty listing.
run --db "$DB" components --since 2040 --format json
expect_status 0
expect_stdout_text '[]'
run --db "$DB" components --until 1900 --format csv
expect_status 0
expect_lines "$WORK/out" 1

run --db "$DB" components --format dot
expect_status 2
expect_stdout_empty
run --db "$DB" components --level planet
expect_status 2
