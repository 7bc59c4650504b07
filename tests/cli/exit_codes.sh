#!/usr/bin/env bash
# One exit code per meaning (cli/exit_code.hpp), with a helpful message on stderr.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0

# 0: help, for the program and every command, with examples and the exit codes.
run --help
expect_status 0
expect_stderr_empty
expect_stdout_contains "Exit codes:"
expect_stdout_contains "4  store or I/O failure"
for command in init "import facts" "import roles" events actors actor stats; do
  # shellcheck disable=SC2086  # split "import facts" into two words
  run $command --help
  expect_status 0
  expect_stdout_contains "Example"
done

# 2: usage errors.
run --db "$DB" events --no-such-option
expect_status 2
expect_stderr_contains "dipgraph: error: "
expect_stderr_contains "--no-such-option"
run --db "$DB" events --sinse 2024
expect_status 2
expect_stderr_contains "did you mean '--since'?"
run --db "$DB" evnts
expect_status 2
expect_stderr_contains "did you mean 'events'?"
run --db "$DB"
expect_status 2
run --db "$DB" events --actor Belaruss
expect_status 2
expect_stdout_empty
expect_stderr_contains "dipgraph: error: events: --actor: "
expect_stderr_contains "did you mean"
expect_stderr_contains "Belarus"
run --db "$DB" events --between Belarus Pakistn
expect_status 2
expect_stderr_contains "--between: "
expect_stderr_contains "Pakistan"
run --db "$DB" actor "Republic of Nowhere"
expect_status 2
expect_stderr_contains "dipgraph: error: actor: "
run --db "$DB" events --since 2024-13
expect_status 2
expect_stderr_contains "'2024-13' is not a date"
run --db "$DB" events --until yesterday
expect_status 2
run --db "$DB" events --type vist
expect_status 2
expect_stderr_contains "did you mean 'visit'?"
run --db "$DB" events --limit 0
expect_status 2
run --db "$DB" events --format xml
expect_status 2
run --db "$DB" actor Belarus --format csv
expect_status 2
expect_stderr_contains "--format csv does not apply to \`actor\`"
run --db "$DB" events --actor BLR --between BLR PAK
expect_status 2

# 3: an import with bad rows.
run --db "$DB" import facts "$FIXTURES/bad_rows.csv"
expect_status 3

# 4: store or I/O failures.
run --db "$WORK/no/such/dir/test.db" init
expect_status 4
expect_stderr_contains "dipgraph: error: init: "
run --db "$WORK/missing.db" events
expect_status 4
expect_stderr_contains "missing.db: no such database; create it with"
[[ ! -e "$WORK/missing.db" ]] || fail "a query created a database"
printf 'SQLite format 3\0 but not really a database at all, just text\n' >"$WORK/fake.db"
run --db "$WORK/fake.db" stats
expect_status 4
sqlite3 "$WORK/other.db" 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
run --db "$WORK/other.db" init
expect_status 4
expect_stderr_contains "not a dipgraph database"
run --db "$WORK/other.db" events
expect_status 4
[[ $(sqlite3 "$WORK/other.db" 'SELECT x FROM t') == 1 ]] || fail "a foreign database was changed"
run --db "$DB" import facts "$WORK/no-such-file.csv"
expect_status 4
expect_stderr_contains "no-such-file.csv"
run --db "$DB" import facts "$WORK"
expect_status 4

# The output sink failing is an I/O failure too.
if [[ -w /dev/full ]]; then
  set +e
  "$DIPGRAPH" --db "$DB" events --format jsonl >/dev/full 2>"$WORK/err"
  status=$?
  set -e
  expect_status 4
fi
