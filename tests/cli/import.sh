#!/usr/bin/env bash
# Imports: per-file summary and FILE:LINE problems on stderr, exit 3 on bad rows,
# --strict, idempotent re-import, -q, role files.
source "$(dirname "$0")/lib.bash"

bad="$FIXTURES/bad_rows.csv"

init_db
run --db "$DB" import facts "$bad"
expect_status 3
expect_stdout_empty
expect_stderr_contains "$bad: 1 added, 0 merged, 0 unchanged, 2 skipped"
expect_stderr_contains "$bad:3: "
expect_stderr_contains "$bad:4: "
expect_stderr_contains "Belaruss"
expect_stderr_contains "dipgraph: error: import facts: 2 rows rejected in 1 file"
[[ "$(event_count)" -eq 1 ]] || fail "the good row should be stored"

# Re-import adds nothing; the problems are reported again.
run --db "$DB" import facts "$bad"
expect_status 3
expect_stderr_contains "$bad: 0 added, 0 merged, 1 unchanged, 2 skipped"
[[ "$(event_count)" -eq 1 ]] || fail "re-import duplicated an event"

# -q drops the summary, keeps the problems and the final error.
run --db "$DB" -q import facts "$bad"
expect_status 3
expect_stderr_lacks "added"
expect_stderr_contains "$bad:3: "
expect_stderr_contains "dipgraph: error: import facts:"

# --strict: a file with a bad row is not imported at all.
init_db
run --db "$DB" import facts --strict "$bad"
expect_status 3
expect_stderr_contains "$bad:4: "
expect_stderr_contains "nothing imported (--strict)"
[[ "$(event_count)" -eq 0 ]] || fail "--strict stored events of a file with bad rows"

# Several files: each its own transaction; good files go in whatever the others hold.
run --db "$DB" import facts --strict "$FIXTURES/facts.csv" "$bad"
expect_status 3
[[ "$(event_count)" -eq 7 ]] || fail "the good file should be imported under --strict"

# A file unusable as a whole (no required columns) is rejected too: exit 3, nothing stored.
printf 'foo,bar\n1,2\n' >"$WORK/no_columns.csv"
init_db
run --db "$DB" import facts "$WORK/no_columns.csv"
expect_status 3
expect_stderr_contains "dipgraph: error: import: $WORK/no_columns.csv:1: "
[[ "$(event_count)" -eq 0 ]] || fail "an unusable file stored events"

# A clean import exits 0; re-importing it reports everything unchanged.
init_db
run --db "$DB" import facts "$FIXTURES/facts.csv"
expect_status 0
run --db "$DB" import facts "$FIXTURES/facts.csv"
expect_status 0
expect_stderr_contains "facts.csv: 0 added, 0 merged, 7 unchanged, 0 skipped"
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0
expect_stderr_empty
[[ "$(event_count)" -eq 7 ]] || fail "re-import changed the event count"

# Roles: two terms the gazetteer lacks for a known person, visible in the profile.
run --db "$DB" import roles "$FIXTURES/roles.csv"
expect_status 0
expect_stderr_contains "roles.csv: 2 added"
run --db "$DB" import roles "$FIXTURES/roles.csv"
expect_status 0
expect_stderr_contains "roles.csv: 0 added"
run --db "$DB" actor "Radosław Sikorski" --format json
expect_status 0
expect_stderr_empty
expect_stdout_contains '"kind": "person"'
expect_stdout_contains '"title": "foreign minister"'
expect_stdout_contains '"start": "2005-10-31"'

# The shared 100-row fixture: 3 bad records at known lines.
hundred="$DATA/facts/hundred_rows_three_bad.csv"
if [[ -f "$hundred" ]]; then
  init_db
  run --db "$DB" import facts "$hundred"
  expect_status 3
  expect_stderr_contains "$hundred: 97 added, 0 merged, 0 unchanged, 3 skipped"
  for line in 12 48 83; do expect_stderr_contains "$hundred:$line: "; done
  [[ "$(grep -c "^$hundred:[0-9]*: " "$WORK/err")" -eq 3 ]] || fail "expected exactly 3 FILE:LINE lines"
  [[ "$(event_count)" -eq 97 ]] || fail "expected 97 events"

  run --db "$DB" import facts "$hundred"
  expect_status 3
  expect_stderr_contains "$hundred: 0 added"
  [[ "$(event_count)" -eq 97 ]] || fail "re-import changed the event count"

  init_db
  run --db "$DB" import facts --strict "$hundred"
  expect_status 3
  [[ "$(event_count)" -eq 0 ]] || fail "--strict stored events"
fi
