#!/usr/bin/env bash
# import icews: counts by type, the summary with its reasons and warnings, malformed
# rows as FILE:LINE, the M/D/YYYY release without CAMEO codes, idempotent re-import.
source "$(dirname "$0")/lib.bash"

icews=$(cd -P "$DATA/icews" && pwd)
main="$icews/events.tab"
mdy="$icews/events_mdy_no_code.tab"

stats_types() {
  "$DIPGRAPH" --db "$DB" stats | awk 'found && NF == 2 { print $1, $2 } /^TYPE/ { found = 1 }' | sort
}

init_db
run --db "$DB" import icews "$main" "$mdy"
expect_status 3
expect_stdout_empty
expect_stderr_contains "$main: warning: country 'Atlantis' is no known state"
expect_stderr_contains "$main:10: Event Date '2018-13-02' is not YYYY-MM-DD or M/D/YYYY"
expect_stderr_contains "$main:11: unknown CAMEO Code '999'"
expect_stderr_contains "$main: 11 rows: 5 added, 0 merged, 1 unchanged, 2 malformed, 3 out of scope"
expect_stderr_contains "$main:   1 row within one country (domestic)"
expect_stderr_contains "$mdy: warning: no CAMEO Code column: codes are taken from Event Text"
expect_stderr_contains "$mdy: 3 rows: 1 added, 0 merged, 1 unchanged, 1 malformed, 0 out of scope"
expect_stderr_contains "dipgraph: error: import icews: 3 malformed rows in 2 files"
expected="agreement 1
meeting 1
reject 1
sanction 1
visit 2"
[[ "$(stats_types)" == "$expected" ]] || fail "counts by type: $(stats_types)"

# A person of the file counts for her country at state level.
run --db "$DB" events --between Russia Japan --format csv
expect_status 0
expect_stdout_contains "visit,042,CONSULT,ana-example,Ana Example,person,RUS,JPN,Japan,state,,2018-06-01"

run --db "$DB" import icews "$main" "$mdy"
expect_status 3
expect_stderr_contains "$main: 11 rows: 0 added, 0 merged, 6 unchanged"
[[ "$(stats_types)" == "$expected" ]] || fail "re-import changed the counts"

init_db
run --db "$DB" import icews "$DATA/gdelt/events_v1_57.tsv"
expect_status 3
expect_stderr_contains "not an ICEWS event file: no column 'Event ID' in the header"
