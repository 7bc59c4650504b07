#!/usr/bin/env bash
# `actors`, `actor NAME` and `stats`: formats, clean stderr, name resolution.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0

run --db "$DB" actors --kind org --format csv
expect_status 0
expect_stderr_empty
head -n 1 "$WORK/out" | tr -d '\r' | grep -qx 'code,kind,name,home_state' || fail "bad csv header"
grep -q '^EU,org,European Union,' "$WORK/out" || fail "EU missing from orgs"
! grep -q ',state,' "$WORK/out" || fail "--kind org listed a state"

run --db "$DB" actors --kind person --format jsonl
expect_status 0
expect_stdout_contains '{"code": "aleksandr-lukashenko", "kind": "person", "name": "Aleksandr Lukashenko", "home_state": "BLR"}'

run --db "$DB" actors --kind planet
expect_status 2

# Any name, alias or code of an actor gives the same profile.
run --db "$DB" actor Belarus
expect_status 0
expect_stderr_empty
cp "$WORK/out" "$WORK/by_name"
grep -qE '^code +BLR$' "$WORK/by_name" || fail "profile lacks its code"
grep -q '^Events by type$' "$WORK/by_name" || fail "profile lacks events by type"
grep -q '^Top partners$' "$WORK/by_name" || fail "profile lacks top partners"
run --db "$DB" actor blr
expect_status 0
expect_stdout_golden "$WORK/by_name"

run --db "$DB" actor Pakistan --format json
expect_status 0
python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
assert list(p)[:5] == ["code", "kind", "name", "home_state", "aliases"], list(p)
assert p["code"] == "PAK" and p["kind"] == "state"
assert p["events_by_type"] == {"agreement": 1, "meeting": 1, "visit": 1}, p["events_by_type"]
assert p["top_partners"][0]["code"] == "BLR" and p["top_partners"][0]["events"] == 3, p["top_partners"]
assert any(r["person"] == "shehbaz-sharif" for r in p["roles"])' "$WORK/out" ||
  fail "unexpected Pakistan profile"

run --db "$DB" stats --format jsonl
expect_status 0
expect_stderr_empty
expect_lines "$WORK/out" 1
expect_stdout_contains '"events": 7'
expect_stdout_contains '"first_date": "2022-02-01"'

# Table columns are aligned by characters, not bytes: with non-ASCII names
# ("Alberto Fernández") every person row still has the same width.
run --db "$DB" actors --kind person
expect_status 0
grep -q 'Fernández' "$WORK/out" || fail "expected a non-ASCII name among people"
python3 -c '
import sys
rows = open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]
widths = {len(r) for r in rows if r.split()[-1].isupper()}
assert len(widths) == 1, widths' "$WORK/out" || fail "table rows are not aligned"
