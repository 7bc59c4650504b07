#!/usr/bin/env bash
# `dipgraph extract`: facts of plain-text articles as JSON Lines or a table, no
# database needed or written, --date, stdin, and every kind of bad input.
source "$(dirname "$0")/lib.bash"

ARTICLES="$DATA/articles/extract"
visit="$ARTICLES/andes_visit.txt"

# JSON Lines with the contract's fields; no database is created.
run extract --format jsonl "$visit"
expect_status 0
expect_stderr_empty
expect_stdout_contains '{"article": "andes_visit", "type": "visit", "source": {"name": "Marta Olivares Rojas", "kind": "person", "code": "marta-olivares-rojas", "state": "CHL"}, "target": {"name": "Peru", "kind": "state", "code": "PER"}, "date": "2024-05-06", "date_end": "2024-05-08", "precision": "day"'
expect_stdout_contains '"type": "agreement", "source": {"name": "Chile", "kind": "state", "code": "CHL"}, "target": {"name": "Peru", "kind": "state", "code": "PER"}, "date": "2024-05-07"'
expect_stdout_contains '"type": "role", "source": {"name": "Marta Olivares Rojas"'
expect_stdout_contains '"title": "president"'
# The hedged warning and the future summit are not facts.
grep -q '"type": "threat"' "$WORK/out" && fail "a hedged warning was extracted"
grep -q '"date": "2025' "$WORK/out" && fail "a future event was extracted"
python3 - "$WORK/out" "$visit" <<'PY' || fail "a line is not JSON or its evidence is not in the article"
import json, sys
text = open(sys.argv[2], encoding="utf-8").read()
for line in open(sys.argv[1], encoding="utf-8"):
    fact = json.loads(line)
    assert fact["evidence"] in text, fact["evidence"]
    assert isinstance(fact["sentence"], int) and fact["sentence"] >= 1
    assert 0 < fact["confidence"] <= 1
PY
[[ ! -e dipgraph.db ]] || fail "extract created a database"

# The table is the default format.
run extract "$visit"
expect_status 0
expect_stdout_contains "ARTICLE"
expect_stdout_contains "2024-05-06..2024-05-08"

# --date overrides the date in the text: "Wednesday" moves with it.
run extract --format jsonl --date 2024-06-14 "$visit"
expect_status 0
expect_stdout_contains '"date": "2024-06-10", "date_end": "2024-06-12"'

# stdin is the article "stdin".
set +e
"$DIPGRAPH" extract --format jsonl - <"$visit" >"$WORK/out" 2>"$WORK/err"
status=$?
set -e
expect_status 0
expect_stdout_contains '"article": "stdin"'

# Bad input: a clear message, exit 3, the good files still printed.
run extract --format jsonl "$ARTICLES/empty.txt"
expect_status 3
expect_stdout_empty
expect_stderr_contains "empty.txt: empty: no article text"
expect_stderr_contains "dipgraph: error: extract: 1 of 1 file rejected"

run extract --format jsonl "$ARTICLES/binary.bin" "$visit"
expect_status 3
expect_stderr_contains "binary.bin: binary data, not an article"
expect_stdout_contains '"article": "andes_visit"'

# Invalid UTF-8 is replaced, not fatal.
run extract --format jsonl "$ARTICLES/bad_utf8.txt"
expect_status 0
expect_stdout_contains '"type": "meeting"'

# No actor: nothing printed, a warning.
run extract --format jsonl "$ARTICLES/no_actors.txt"
expect_status 0
expect_stdout_empty
expect_stderr_contains "no state, person or organisation named"

# A directory and a missing file are I/O failures.
run extract "$ARTICLES"
expect_status 4
run extract "$WORK/missing.txt"
expect_status 4

# A 5 MB single line: read, no crash.
python3 -c "
import sys
sys.stdout.write('Headline\n2024-05-10\n\n' + 'Chile and Peru held talks on Monday, and the weather was fine, ' * 80000 + 'end.\n')" >"$WORK/long.txt"
run extract --format jsonl "$WORK/long.txt"
expect_status 0
expect_stdout_contains '"type": "meeting"'

# Formats other than table, json and jsonl are refused.
run extract --format csv "$visit"
expect_status 2

# A database with an older schema is not upgraded by extract: a note, then the
# built-in gazetteer.
run --db "$WORK/old.db" init
expect_status 0
python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute('PRAGMA user_version = 1'); db.commit()" "$WORK/old.db"
run --db "$WORK/old.db" extract --format jsonl "$visit"
expect_status 0
expect_stderr_contains "older than this dipgraph's"
expect_stderr_contains "built-in gazetteer"
expect_stdout_contains '"type": "visit"'
