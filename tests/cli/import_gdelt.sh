#!/usr/bin/env bash
# import gdelt: both GDELT versions, counts by type, the per-file summary and its
# reasons, malformed rows as FILE:LINE, idempotent re-import, stdin, --strict, and
# input that is no GDELT export (refused whole, nothing written).
source "$(dirname "$0")/lib.bash"

gdelt=$(cd -P "$DATA/gdelt" && pwd)
v2="$gdelt/events_v2.tsv"
v58="$gdelt/events_v1_58.tsv"
v57="$gdelt/events_v1_57.tsv"

# stats_types: the "TYPE EVENTS" table of `stats`, one "type count" a line.
stats_types() {
  "$DIPGRAPH" --db "$DB" stats | awk 'found && NF == 2 { print $1, $2 } /^TYPE/ { found = 1 }' | sort
}

init_db
run --db "$DB" import gdelt "$v2" "$v58" "$v57"
expect_status 3
expect_stdout_empty
expect_stderr_contains "$v2:12: SQLDATE '20241345' is not a date YYYYMMDD"
expect_stderr_contains "$v2:13: 60 columns where this GDELT 2.0 file has 61"
expect_stderr_contains "$v2:14: "
expect_stderr_contains "$v2:15: unknown CAMEO event code '99'"
expect_stderr_contains "$v2: 21 rows: 10 added, 2 merged, 1 unchanged, 4 malformed, 4 out of scope"
expect_stderr_contains "$v2:   1 row without two actors"
expect_stderr_contains "$v2:   1 row with a region as actor"
expect_stderr_contains "$v2:   1 row with an actor that is no state or organisation"
expect_stderr_contains "$v2:   1 row with the same actor on both sides"
expect_stderr_contains "$v2: warning: actor codes that are no state or organisation (rows): TAL 1"
expect_stderr_contains "$v58: 3 rows: 2 added, 0 merged, 0 unchanged, 0 malformed, 1 out of scope"
expect_stderr_contains "$v57: 2 rows: 2 added, 0 merged, 0 unchanged, 0 malformed, 0 out of scope"
expect_stderr_contains "dipgraph: error: import gdelt: 4 malformed rows in 1 file; the other rows were imported"
expected_types="agreement 2
aid 1
conflict 2
meeting 1
other 2
reject 1
sanction 1
threat 1
visit 3"
[[ "$(stats_types)" == "$expected_types" ]] || fail "counts by type: $(stats_types)"

# The CAMEO code stays on the event; 043 (host a visit) is the guest's visit.
run --db "$DB" events --between USA CHN --type visit --format csv
expect_status 0
expect_stdout_contains "visit,042,CONSULT,USA,United States,state,,CHN,China,state,,2024-01-05"
expect_stdout_contains "visit,043,CONSULT,USA,United States,state,,CHN,China,state,,2024-01-05"

# Importing again changes nothing; the same rows come back as unchanged.
run --db "$DB" import gdelt "$v2"
expect_status 3
expect_stderr_contains "$v2: 21 rows: 0 added, 0 merged, 13 unchanged, 4 malformed, 4 out of scope"
[[ "$(stats_types)" == "$expected_types" ]] || fail "re-import changed the counts: $(stats_types)"

# stdin, and a clean file exits 0 with its summary only.
init_db
run --db "$DB" import gdelt - <"$v58"
expect_status 0
expect_stderr_contains "stdin: 3 rows: 2 added"
[[ "$(event_count)" -eq 2 ]] || fail "stdin import"

# -q: no summary.
init_db
run --db "$DB" -q import gdelt "$v57"
expect_status 0
expect_stderr_empty

# --strict stops at the first malformed row; rows of earlier batches stay.
init_db
run --db "$DB" import gdelt --strict --batch 5 "$v2"
expect_status 3
expect_stderr_contains "$v2:12: "
expect_stderr_lacks "$v2:13: "
expect_stderr_contains "stopped at the first malformed row (--strict)"
[[ "$(event_count)" -eq 4 ]] || fail "--strict kept $(event_count) events, expected the 4 of two batches"

# Input that is no GDELT export: a clear message, exit 3, nothing stored.
init_db
: >"$WORK/empty.tsv"
printf '\x7fELF\x02\x01\x01\x00\x00\x00\n' >"$WORK/binary.tsv"
printf '\xff\xfe1\x002\x00\n\x00' >"$WORK/utf16.tsv"
printf 'date,type,source,target\n2024-01-01,visit,FRA,DEU\n' >"$WORK/facts.csv"
head -c 2000000 /dev/zero | tr '\0' 'x' >"$WORK/huge.tsv"
for file in empty binary utf16 facts huge; do
  path="$WORK/$file.tsv"
  [[ "$file" == facts ]] && path="$WORK/facts.csv"
  run --db "$DB" import gdelt "$path"
  expect_status 3
  expect_stderr_contains "dipgraph: error: import gdelt: 1 file rejected and not imported"
done
run --db "$DB" import gdelt "$WORK/utf16.tsv"
expect_stderr_contains "the file is UTF-16"
run --db "$DB" import gdelt "$WORK/empty.tsv"
expect_stderr_contains "empty file"
run --db "$DB" import gdelt "$WORK/facts.csv"
expect_stderr_contains "not a GDELT event export"
[[ "$(event_count)" -eq 0 ]] || fail "rejected files stored events"
[[ "$("$DIPGRAPH" --db "$DB" stats | awk '/^documents/ { print $2 }')" -eq 0 ]] || fail "rejected files stored a document"

# A missing file is an I/O failure (exit 4).
run --db "$DB" import gdelt "$WORK/nope.tsv"
expect_status 4
