# Helpers for the end-to-end tests (tests/cli/*.sh); sourced, never run alone,
# hence not *.sh (ctest runs every tests/cli/*.sh as a test).
#
# Every test gets its own temporary directory as working directory (so the
# default ./dipgraph.db lands there) and removes it on exit.
set -euo pipefail

: "${DIPGRAPH:?set DIPGRAPH to the dipgraph binary}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA="${DIPGRAPH_TEST_DATA:-$here/../data}"
# Canonical (symlinks resolved): stored document keys are canonical paths.
FIXTURES=$(cd -P "$DATA/cli" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
unset DIPGRAPH_DB
DB="$WORK/test.db"

status=0

# run ARGS...: runs dipgraph; stdout in $WORK/out, stderr in $WORK/err, exit code in $status.
run() {
  set +e
  "$DIPGRAPH" "$@" >"$WORK/out" 2>"$WORK/err"
  status=$?
  set -e
}

fail() {
  {
    echo "FAIL: $*"
    echo "--- stdout:"
    head -c 4000 "$WORK/out" 2>/dev/null || true
    echo "--- stderr:"
    head -c 4000 "$WORK/err" 2>/dev/null || true
  } >&2
  exit 1
}

expect_status() {
  [[ "$status" == "$1" ]] || fail "expected exit code $1, got $status"
}

expect_stderr_empty() {
  [[ ! -s "$WORK/err" ]] || fail "expected nothing on stderr"
}

expect_stdout_empty() {
  [[ ! -s "$WORK/out" ]] || fail "expected nothing on stdout"
}

# expect_stdout_golden FILE: stdout equals FILE byte for byte, once the fixture
# directory (in document keys) is written @FIXTURES@.
expect_stdout_golden() {
  sed "s|$FIXTURES|@FIXTURES@|g" "$WORK/out" >"$WORK/out.normalized"
  diff -u "$1" "$WORK/out.normalized" >&2 || fail "stdout differs from $1"
}

# expect_stdout_text TEXT: stdout equals TEXT (plus one final newline).
expect_stdout_text() {
  diff -u <(printf '%s\n' "$1") "$WORK/out" >&2 || fail "stdout differs from the expected text"
}

expect_stdout_contains() {
  grep -qF -- "$1" "$WORK/out" || fail "stdout lacks: $1"
}

expect_stderr_contains() {
  grep -qF -- "$1" "$WORK/err" || fail "stderr lacks: $1"
}

expect_stderr_lacks() {
  ! grep -qF -- "$1" "$WORK/err" || fail "stderr should not contain: $1"
}

# expect_lines FILE N: FILE has exactly N lines.
expect_lines() {
  local count
  count=$(wc -l <"$1")
  [[ "$count" -eq "$2" ]] || fail "expected $2 lines in $1, got $count"
}

# init_db: a fresh database at $DB, quietly.
init_db() {
  rm -f "$DB" "$DB-wal" "$DB-shm"
  run --db "$DB" -q init
  expect_status 0
}

# event_count: number of events in $DB, from `events --format jsonl`.
event_count() {
  "$DIPGRAPH" --db "$DB" events --format jsonl | wc -l
}

# make_fact_files COUNT ROWS: COUNT generated fact files of ROWS rows each in
# $WORK, CSV and JSON Lines by turns (gen_facts.py); their paths in array `facts`.
make_fact_files() {
  local i layout
  facts=()
  for ((i = 1; i <= $1; i++)); do
    layout=$([[ $((i % 2)) == 1 ]] && echo csv || echo jsonl)
    /usr/bin/python3 "$here/gen_facts.py" "$layout" "$2" "$i" >"$WORK/facts$i.$layout"
    facts+=("$WORK/facts$i.$layout")
  done
}
