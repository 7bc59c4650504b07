#!/usr/bin/env bash
# `dipgraph init` creates a seeded database, reopens it, and honours --db, $DIPGRAPH_DB and -q.
source "$(dirname "$0")/lib.bash"

run --db "$DB" init
expect_status 0
[[ -f "$DB" ]] || fail "init did not create $DB"
expect_stderr_contains "dipgraph: created $DB (schema version"
expect_stdout_contains "states"
# The embedded gazetteer is in: well over a hundred states, no events yet.
states=$(awk '$1 == "states" {print $2}' "$WORK/out")
[[ "$states" -gt 150 ]] || fail "expected more than 150 states, got '$states'"
grep -qE '^events +0$' "$WORK/out" || fail "a new database should hold 0 events"

run --db "$DB" init
expect_status 0
expect_stderr_contains "dipgraph: opened $DB"

run --db "$DB" --quiet init
expect_status 0
expect_stderr_empty

run --db "$DB" init -q --format json
expect_status 0
expect_stderr_empty
expect_stdout_contains '"schema_version": '
expect_stdout_contains '"events": 0'

# No --db: $DIPGRAPH_DB, else ./dipgraph.db in the working directory.
DIPGRAPH_DB="$WORK/from-env.db" run -q init
expect_status 0
[[ -f "$WORK/from-env.db" ]] || fail "init ignored \$DIPGRAPH_DB"
[[ ! -e "$WORK/dipgraph.db" ]] || fail "init wrote ./dipgraph.db although \$DIPGRAPH_DB was set"
run -q init
expect_status 0
[[ -f "$WORK/dipgraph.db" ]] || fail "init without --db did not create ./dipgraph.db"

# stats reads what init wrote, and writes nothing to stderr.
run --db "$DB" stats
expect_status 0
expect_stderr_empty
expect_stdout_contains "schema version"
