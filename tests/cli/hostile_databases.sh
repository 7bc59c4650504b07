#!/usr/bin/env bash
# --db pointing at something hostile: a text or binary file, another
# application's SQLite database, a newer dipgraph schema, a file cut short, a
# read-only file, a disk that fills up during an import. Each time: one error
# line naming the file, exit code 4, no crash, and the file unchanged (or, for
# the full disk, still whole with everything imported before it). exit_codes.sh
# already covers queries on a fake header and `init`/`events` on another
# application's database.
source "$(dirname "$0")/lib.bash"

printf '%s\n' 'date,type,source,target,evidence' \
  '2024-01-05,visit,Chile,Peru,A visit made up for this test.' >"$WORK/one.csv"

# expect_refused FILE: the last run failed with exit 4 naming FILE, and FILE
# still has the checksum saved in $WORK/sum.
expect_refused() {
  expect_status 4
  expect_stdout_empty
  expect_stderr_contains "dipgraph: error: "
  expect_stderr_contains "$1"
  [[ $(wc -l <"$WORK/err") -eq 1 ]] || fail "expected one error line"
  sha256sum --quiet -c "$WORK/sum" || fail "$1 was changed"
  # A reader may leave an empty -wal (SQLite's way with WAL files); never a write.
  [[ ! -s "$1-wal" && ! -e "$1-journal" ]] || fail "a journal with writes was left beside $1"
}

# (a) Not SQLite at all: text, and random bytes.
printf 'name,score\nalice,3\n' >"$WORK/text.db"
head -c 65536 /dev/urandom >"$WORK/binary.db"
for file in "$WORK/text.db" "$WORK/binary.db"; do
  sha256sum "$file" >"$WORK/sum"
  for command in "import facts $WORK/one.csv" init events; do
    # shellcheck disable=SC2086  # split the command into words
    run --db "$file" $command
    expect_refused "$file"
    expect_stderr_contains "not a dipgraph database"
  done
done

# (b) Another application's SQLite database, written to by an import.
sqlite3 "$WORK/other.db" "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('keep');"
sha256sum "$WORK/other.db" >"$WORK/sum"
run --db "$WORK/other.db" import facts "$WORK/one.csv"
expect_refused "$WORK/other.db"
expect_stderr_contains "another application's data"

# (c) A dipgraph database from a newer dipgraph: refused by writes and reads alike.
init_db
run --db "$DB" -q import facts "$WORK/one.csv"
expect_status 0
newer=$(( $(sqlite3 "$DB" 'PRAGMA user_version') + 1 ))
sqlite3 "$DB" "PRAGMA user_version = $newer"
sha256sum "$DB" >"$WORK/sum"
for command in "import facts $WORK/one.csv" init events stats; do
  # shellcheck disable=SC2086
  run --db "$DB" $command
  expect_refused "$DB"
  expect_stderr_contains "schema version $newer is newer than this dipgraph supports"
  expect_stderr_contains "upgrade dipgraph"
done

# A dipgraph database cut short (a copy that stopped half-way): reads and
# writes both refuse it, naming the file.
cp "$DB" "$WORK/cut.db"
sqlite3 "$WORK/cut.db" "PRAGMA user_version = $(( newer - 1 ))"
truncate -s $(( $(stat -c %s "$DB") / 2 )) "$WORK/cut.db"
sha256sum "$WORK/cut.db" >"$WORK/sum"
for command in "import facts $WORK/one.csv" events; do
  # shellcheck disable=SC2086
  run --db "$WORK/cut.db" $command
  expect_refused "$WORK/cut.db"
  expect_stderr_contains "malformed"
done

# (d) A read-only database file in a writable directory. Root may write to any
# file, so as root the runs switch to an ordinary user (nobody) who owns the
# directory but cannot write the file.
mkdir "$WORK/ro"
DB="$WORK/ro/test.db"
init_db
run --db "$DB" -q import facts "$WORK/one.csv"
expect_status 0
chmod 444 "$DB"
if [[ $EUID -eq 0 ]]; then
  chmod 755 "$WORK"
  chown -R 65534:65534 "$WORK/ro"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
else
  as_user=()
fi
# run_as_user ARGS...: run, as the ordinary user.
run_as_user() {
  set +e
  "${as_user[@]}" "$DIPGRAPH" "$@" >"$WORK/out" 2>"$WORK/err"
  status=$?
  set -e
}
sha256sum "$DB" >"$WORK/sum"
printf '%s\n' 'date,type,source,target' '2024-02-05,meeting,Chile,Bolivia' >"$WORK/two.csv"
chmod 644 "$WORK/two.csv"
run_as_user --db "$DB" import facts "$WORK/two.csv"
expect_refused "$DB"
expect_stderr_contains "read-only"
# Reading it still works.
run_as_user --db "$DB" events --format jsonl
expect_status 0
expect_lines "$WORK/out" 1
sha256sum --quiet -c "$WORK/sum" || fail "a query changed the read-only database"

# (e) A full disk, simulated by a file-size limit (ulimit -f) with SIGXFSZ
# ignored, so writes past it fail with EFBIG as on a full disk instead of
# killing the process. The import that hits it is rolled back whole; what was
# imported before stays.
DB="$WORK/full.db"
init_db
run --db "$DB" -q import facts "$WORK/one.csv"
expect_status 0
python3 - "$WORK/big.csv" <<'PY'
import csv, sys
states = ['CHL', 'PER', 'BOL', 'ECU', 'URY', 'PRY', 'COL', 'VEN', 'ARG', 'BRA']
with open(sys.argv[1], 'w', newline='') as f:
    out = csv.writer(f, lineterminator='\n')
    out.writerow(['date', 'type', 'source', 'target', 'evidence'])
    for i in range(8000):
        a, b = states[i % 10], states[(i // 10 + 1 + i) % 10]
        if a == b: b = 'MEX'
        day = f'{2000 + i // 336}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}'
        out.writerow([day, 'meeting', a, b, f'Made-up talks number {i} ' + 'padding ' * 30])
PY
sha256sum "$DB" >"$WORK/sum"
limit_kib=$(( $(stat -c %s "$DB") / 1024 + 512 ))
set +e
( trap '' XFSZ; ulimit -f "$limit_kib"; exec "$DIPGRAPH" --db "$DB" -q import facts "$WORK/big.csv" ) \
  >"$WORK/out" 2>"$WORK/err"
status=$?
set -e
expect_status 4
expect_stderr_contains "dipgraph: error: import: $DB: "
expect_stderr_contains "check the free disk space and file size limits"
[[ $(wc -l <"$WORK/err") -eq 1 ]] || fail "expected one error line"
[[ $(sqlite3 "$DB" 'PRAGMA integrity_check') == ok ]] || fail "the database is damaged"
[[ $(event_count) -eq 1 ]] || fail "the failed import left events behind, or lost the earlier one"
# With room again, the same import goes through.
run --db "$DB" -q import facts "$WORK/big.csv"
expect_status 0
[[ $(event_count) -gt 1000 ]] || fail "the import after the full disk stored too little"
