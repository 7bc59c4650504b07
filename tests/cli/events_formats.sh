#!/usr/bin/env bash
# `events --between` in every format, against golden files; filters; clean stderr.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" import facts "$FIXTURES/facts.csv"
expect_status 0
expect_stderr_contains "facts.csv: 7 added, 0 merged, 0 unchanged, 0 skipped"

for format in jsonl json csv table; do
  run --db "$DB" events --between Belarus Pakistan --format "$format"
  expect_status 0
  expect_stderr_empty
  expect_stdout_golden "$FIXTURES/between_blr_pak.golden.$format"
done

# Codes, aliases and either order name the same pair; global options may come first.
run --db "$DB" --format jsonl events --between pak by
expect_status 0
expect_stdout_golden "$FIXTURES/between_blr_pak.golden.jsonl"

# A state's people count for it: the leaders' meeting is among Belarus's events.
run --db "$DB" events --actor BLR --type meeting --format jsonl
expect_status 0
expect_lines "$WORK/out" 1
expect_stdout_contains '"source": {"code": "shehbaz-sharif", "name": "Shehbaz Sharif", "kind": "person", "state": "PAK"}'

# A person matches only their own events.
run --db "$DB" events --actor "Aleksandr Lukashenko" --format jsonl
expect_status 0
expect_lines "$WORK/out" 1

# --type is repeatable and takes comma lists; the order is date, then id.
# A month sorts by its first day, before the days of that month.
run --db "$DB" events --type conflict --type sanction,agreement --format jsonl
expect_status 0
sed -E 's/.*"type": "([a-z]+)".*"date": "([0-9-]+)".*/\1,\2/' "$WORK/out" >"$WORK/types"
diff -u <(printf '%s\n' sanction,2022-02 conflict,2022-02-24 agreement,2022-07-22 \
  agreement,2024-11) "$WORK/types" >&2 || fail "wrong events or order for --type"

# --since/--until compare the days a date covers; --limit and --newest-first.
run --db "$DB" events --since 2023 --until 2023-12 --format jsonl
expect_status 0
expect_lines "$WORK/out" 1
expect_stdout_contains '"type": "visit", "cameo": "042"'
run --db "$DB" events --newest-first --limit 2 --format csv
expect_status 0
expect_lines "$WORK/out" 3
cut -d, -f1 "$WORK/out" | tr -d '\r' | tail -n 2 | tr '\n' ' ' >"$WORK/ids"
[[ "$(cat "$WORK/ids")" == "2 1 " ]] || fail "newest first should list events 2 then 1, got $(cat "$WORK/ids")"

# An empty listing is a success: [] in json, nothing in jsonl and table, the header in csv.
run --db "$DB" events --between Belarus Ukraine --format json
expect_status 0
expect_stderr_empty
expect_stdout_text "[]"
run --db "$DB" events --between Belarus Ukraine --format jsonl
expect_status 0
expect_stdout_empty
run --db "$DB" events --between Belarus Ukraine
expect_status 0
expect_stdout_empty
run --db "$DB" events --between Belarus Ukraine --format csv
expect_status 0
expect_lines "$WORK/out" 1

# Every output is valid in its format: each jsonl line parses, the json array too.
run --db "$DB" events --format jsonl
expect_status 0
expect_lines "$WORK/out" 7
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$WORK/out" ||
  fail "jsonl output does not parse"
run --db "$DB" events --format json
python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 7' "$WORK/out" ||
  fail "json output does not parse as an array of 7"
run --db "$DB" events --format csv
python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 8 and all(len(r) == len(rows[0]) for r in rows), rows
assert any("\n" in field for row in rows for field in row)' "$WORK/out" ||
  fail "csv output does not parse as 8 records of equal width"
