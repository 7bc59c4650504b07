#!/usr/bin/env bash
# `dipgraph import article`: facts stored with provenance, one transaction per
# article, idempotent re-import, one event with two sources, stdin with --id,
# bad input rejected with nothing written.
source "$(dirname "$0")/lib.bash"

ARTICLES="$DATA/articles/extract"
visit="$ARTICLES/andes_visit.txt"
followup="$ARTICLES/andes_followup.txt"

init_db
run --db "$DB" import article "$visit"
expect_status 0
expect_stdout_empty
expect_stderr_contains "$visit: "
expect_stderr_contains " added, 0 merged, 0 unchanged"
before=$(event_count)
[[ "$before" -ge 3 ]] || fail "expected at least 3 events, got $before"

# The visit is there, by its state, with the article as source.
run --db "$DB" events --between Chile Peru --type visit --format jsonl
expect_status 0
expect_stdout_contains '"date": "2024-05-06"'
expect_stdout_contains '"document": "andes_visit"'
expect_stdout_contains '"url": "https://example.org/news/chile-peru-port-pact"'

# The person and the role the text gave were created.
run --db "$DB" actor "Marta Olivares Rojas"
expect_status 0
expect_stdout_contains "president"

# Importing the same article again adds nothing.
run --db "$DB" import article "$visit"
expect_status 0
expect_stderr_contains " 0 added, 0 merged"
[[ "$(event_count)" -eq "$before" ]] || fail "re-import added events"

# Another article reporting the same visit: one event, two sources.
run --db "$DB" import article "$followup"
expect_status 0
run --db "$DB" events --between Chile Peru --type visit --format jsonl
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "the visit should be one event with two sources"
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
spans = [e for e in events if e["date"] == "2024-05-06"]
assert len(spans) == 1, events
assert {s["document"] for s in spans[0]["sources"]} == {"andes_visit", "andes_followup"}, spans[0]["sources"]
PY

# stdin with --id.
set +e
"$DIPGRAPH" --db "$DB" import article --id wire-copy - <"$visit" >"$WORK/out" 2>"$WORK/err"
status=$?
set -e
expect_status 0
expect_stderr_contains "stdin: "
run --db "$DB" events --between Chile Peru --type agreement --format jsonl
expect_stdout_contains '"document": "wire-copy"'

# Bad input: exit 3, nothing of it written.
count=$(event_count)
run --db "$DB" import article "$ARTICLES/binary.bin"
expect_status 3
expect_stderr_contains "binary data, not an article"
expect_stderr_contains "dipgraph: error: import article: 1 of 1 file rejected"
run --db "$DB" import article "$ARTICLES/empty.txt"
expect_status 3
[[ "$(event_count)" -eq "$count" ]] || fail "a rejected article wrote events"

# --id names one article only.
run --db "$DB" import article --id x "$visit" "$followup"
expect_status 2
