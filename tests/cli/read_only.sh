#!/usr/bin/env bash
# Query commands open the store read-only: they answer from a file and directory
# made read-only (chmod) and leave the file byte for byte as it was, with no
# -wal or -shm file beside it; a write command there fails with exit code 4.
# Run as root (who may write anyway), the queries run as user nobody.
source "$(dirname "$0")/lib.bash"

dir="$WORK/store"
mkdir "$dir"
DB="$dir/test.db"
init_db
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0
run --db "$DB" -q import article "$DATA"/articles/dev/a1.txt
expect_status 0
[[ ! -e "$DB-wal" && ! -e "$DB-shm" ]] || fail "an import left its -wal or -shm file behind"

before=$(sha256sum <"$DB")
chmod 444 "$DB"
chmod 555 "$dir"
as_reader=()
if [[ $(id -u) == 0 ]]; then
  chmod o+x "$WORK"
  as_reader=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
trap 'chmod -R u+w "$WORK"; rm -rf "$WORK"' EXIT

# query ARGS...: runs a query as the reader; it must succeed, print something and
# write nothing on stderr.
query() {
  set +e
  "${as_reader[@]}" "$DIPGRAPH" --db "$DB" "$@" >"$WORK/out" 2>"$WORK/err"
  status=$?
  set -e
  expect_status 0
  [[ -s "$WORK/out" ]] || fail "$*: printed nothing"
  expect_stderr_empty
}

query events --between Belarus Pakistan --format jsonl
expect_stdout_contains '"type": "visit"'
query events --format csv
query ties Belarus Pakistan
query path Belarus Pakistan
query stats --format json
expect_stdout_contains '"documents": 2'
query actors --kind person
query actor Belarus
query neighbors Belarus --format csv
query centrality --measure degree --format csv
query components --format csv
query graph --all --format dot
query -q ask "who visited Pakistan in 2024"  # -q: without the "running:" line
query extract --format jsonl "$DATA"/articles/dev/a1.txt

[[ "$(sha256sum <"$DB")" == "$before" ]] || fail "a query changed the store file"
[[ "$(ls -A "$dir")" == test.db ]] || fail "queries left files beside the store: $(ls -A "$dir")"

# Writing there is refused as a store failure, and changes nothing either.
set +e
"${as_reader[@]}" "$DIPGRAPH" --db "$DB" -q import facts "$FIXTURES/facts.csv" >"$WORK/out" 2>"$WORK/err"
status=$?
set -e
expect_status 4
expect_stderr_contains "dipgraph: error:"
[[ "$(sha256sum <"$DB")" == "$before" ]] || fail "a refused import changed the store file"
