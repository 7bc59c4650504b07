#!/usr/bin/env bash
# `neighbors A` on the demo data: formats, ordering, depth, negative answers, names.
source "$(dirname "$0")/lib.bash"

: "${DIPGRAPH_SOURCE_DIR:?set DIPGRAPH_SOURCE_DIR to the source tree}"
init_db
run --db "$DB" -q import facts "$DIPGRAPH_SOURCE_DIR/data/demo/facts.csv"
expect_status 0
export LC_ALL=C

# Sorted by distance, then events (most first), then code.
csv_sorted() {
  tr -d '\r' <"$WORK/out" | tail -n +2 | awk -F, '{ print $4 "," $5 "," $1 }' >"$WORK/keys"
  sort -c -t, -k1,1n -k2,2nr -k3,3 "$WORK/keys" || fail "rows not by distance, events desc, code"
}

run --db "$DB" neighbors Belarus --format csv
expect_status 0
expect_stderr_empty
expect_lines "$WORK/out" 8
tr -d '\r' <"$WORK/out" >"$WORK/csv"
diff -u - <(head -n 3 "$WORK/csv") >&2 <<'CSV' || fail "neighbors csv differs"
code,name,kind,distance,events,by_type,net_weight,cooperative,conflictual,first_day,last_day,via
PAK,Pakistan,state,1,7,agreement:1 meeting:3 visit:3,16.7,7,0,2015-05-28,2025-04-11,BLR
RUS,Russia,state,1,7,agreement:2 meeting:1 support:1 visit:3,26.2,7,0,2022-02-24,2025-05-09,BLR
CSV
csv_sorted
expect_stdout_contains 'USA,United States,state,1,4,meeting:1 sanction:2 visit:1,-13.1,2,2,'

# Names, aliases and codes name the same actor.
run --db "$DB" neighbors by --format csv
tr -d '\r' <"$WORK/out" | diff -u "$WORK/csv" - >&2 || fail "BY should give Belarus's neighbours"

# json: an array with the documented keys in order.
run --db "$DB" neighbors Belarus --format json
expect_status 0
tr -d ' \n' <"$WORK/out" | grep -q '^\[{"code":"PAK","name":"Pakistan","kind":"state","distance":1,"events":7,"by_type":{"agreement":1,"meeting":3,"visit":3},"net_weight":16.7,"cooperative":7,"conflictual":0,"first_day":"2015-05-28","last_day":"2025-04-11","via":\["BLR"\]},' ||
  fail "bad json"
run --db "$DB" neighbors Belarus --format jsonl
expect_lines "$WORK/out" 7

# table: no VIA column at depth 1.
run --db "$DB" neighbors Belarus
expect_status 0
expect_lines "$WORK/out" 8
head -n 1 "$WORK/out" | grep -q '^HOPS  CODE  NAME  *KIND  *EVENTS  *NET  FIRST  *LAST  *TYPES$' ||
  fail "bad table header"
expect_stdout_contains 'agreement 1, meeting 3, visit 3'

# --depth 2: the partners' partners, via the nearer ring; never the actor itself.
run --db "$DB" neighbors Belarus --depth 2 --format csv
expect_status 0
csv_sorted
grep -q ',2,[0-9]*,' "$WORK/out" || fail "no actor at distance 2"
! grep -q '^BLR,' "$WORK/out" || fail "the actor itself is listed"
expect_stdout_contains 'UKR,Ukraine,state,2,'
run --db "$DB" neighbors Belarus --depth 2
head -n 1 "$WORK/out" | grep -q '  VIA  *TYPES$' || fail "depth 2 table lacks VIA"

# Window options narrow the edges.
run --db "$DB" neighbors Belarus --type sanction --format csv
expect_status 0
! tr -d '\r' <"$WORK/out" | tail -n +2 | grep -qv 'sanction:' || fail "--type sanction kept other types"
run --db "$DB" neighbors Lukashenko --level actor --format csv
expect_status 0
expect_stdout_contains 'xi-jinping,Xi Jinping,person,1,'

# No partner in the window: a negative answer, exit 1, one line, empty result.
run --db "$DB" neighbors Belarus --since 2040 --format json
expect_status 1
expect_stdout_text '[]'
expect_lines "$WORK/err" 1
expect_stderr_contains 'Belarus (BLR) has no events with another actor in the window'
run --db "$DB" neighbors Belarus --since 2040 --format csv
expect_status 1
expect_lines "$WORK/out" 1
run --db "$DB" neighbors Belarus --min-events 8
expect_status 1
expect_stdout_empty
expect_stderr_contains 'fewer than 8 events'

# Usage errors: exit 2.
run --db "$DB" neighbors Belaruss
expect_status 2
expect_stdout_empty
expect_stderr_contains "did you mean 'Belarus'"
run --db "$DB" neighbors Congo
expect_status 2
expect_stderr_contains 'ambiguous'
run --db "$DB" neighbors Lukashenko
expect_status 2
expect_stderr_contains 'name that state (BLR), or use --level actor'
run --db "$DB" neighbors Belarus --depth 0
expect_status 2
run --db "$DB" neighbors
expect_status 2
run --db "$DB" neighbors Belarus --format dot
expect_status 2
