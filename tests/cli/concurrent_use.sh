#!/usr/bin/env bash
# Concurrent use of one store: a GDELT import of many batches and, started once
# its first batch is in, fact files then articles imported by a second process,
# while a third runs queries in a loop. Every import completes (no "database is
# locked"); the second writer gets its turn between the GDELT batches instead of
# waiting for the last; every query succeeds and sees each article and fact
# file whole or not at all and the GDELT file in whole batches; the store ends
# up holding what the same imports made one after the other hold.
source "$(dirname "$0")/lib.bash"

PY=/usr/bin/python3
check() { "$PY" "$here/store_check.py" "$@"; }
source_dir=${DIPGRAPH_SOURCE_DIR:-$here/../..}

# Under 10 MB: a larger file would have its indexes deferred, and the second
# writer's open would rebuild them in the middle of the import.
rows=500
gdelt="$WORK/events.tsv"
"$PY" "$source_dir/bench/gen-gdelt" 30001 11 >"$gdelt"
make_fact_files 4 500
articles=("$DATA"/articles/dev/*.txt)

import_gdelt() { "$DIPGRAPH" --db "$1" -q import gdelt --batch "$rows" "$gdelt"; }
import_facts_then_articles() {
  "$DIPGRAPH" --db "$1" -q import facts "${facts[@]}" &&
    "$DIPGRAPH" --db "$1" -q import article "${articles[@]}"
}

# The same imports one after the other: what the store must end up holding.
init_db
cp "$DB" "$WORK/template.db"
import_gdelt "$DB" 2>/dev/null || fail "import gdelt alone failed"
import_facts_then_articles "$DB" || fail "import facts and articles alone failed"
# Event ids depend on the order the writers took turns; the rest may not.
"$DIPGRAPH" --db "$DB" events --format csv | cut -d, -f2- | sort >"$WORK/expected.csv"
check sources "$DB" >"$WORK/expected.sources"

shared="$WORK/shared.db"
cp "$WORK/template.db" "$shared"
import_gdelt "$shared" 2>"$WORK/gdelt.err" &
gdelt_pid=$!
until check reports "$shared" "$(realpath "$gdelt")" >/dev/null 2>&1; do
  kill -0 "$gdelt_pid" 2>/dev/null || fail "import gdelt ended before its first batch was seen"
  sleep 0.01
done
import_facts_then_articles "$shared" 2>"$WORK/facts.err" &
facts_pid=$!

# Queries until both imports are done, each recording what it saw.
queries=0
: >"$WORK/seen.tsv"
while kill -0 "$gdelt_pid" 2>/dev/null || kill -0 "$facts_pid" 2>/dev/null; do
  queries=$((queries + 1))
  "$DIPGRAPH" --db "$shared" events --format jsonl >"$WORK/events.jsonl" 2>"$WORK/err" ||
    fail "query $queries (events) failed during the imports"
  "$PY" "$here/seen_counts.py" count <"$WORK/events.jsonl" | sed "s/^/$queries\t/" >>"$WORK/seen.tsv"
  "$DIPGRAPH" --db "$shared" stats --format json >"$WORK/out" 2>"$WORK/err" ||
    fail "query $queries (stats) failed during the imports"
  "$PY" -c 'import json, sys; s = json.load(sys.stdin); sys.exit(s["events"] != sum(s["events_by_type"].values()))' \
    <"$WORK/out" || fail "query $queries: stats mixed two states of the store (events vs. events by type)"
done

gdelt_status=0
wait "$gdelt_pid" || gdelt_status=$?
facts_status=0
wait "$facts_pid" || facts_status=$?
[[ $gdelt_status == 0 ]] || fail "import gdelt failed beside another import: $(cat "$WORK/gdelt.err")"
[[ $facts_status == 0 ]] || fail "import facts/article failed beside another import: $(cat "$WORK/facts.err")"
((queries >= 3)) || fail "only $queries queries ran during the imports"

check sound "$shared"
read -r _ gdelt_last < <(check reports "$shared" "$(realpath "$gdelt")")
read -r facts_first _ < <(check reports "$shared" "$(realpath "${facts[0]}")")
((facts_first < gdelt_last)) ||
  fail "the second writer waited for the whole GDELT import instead of one batch"
seen=$("$PY" "$here/seen_counts.py" check "$gdelt" "$rows" "$shared" <"$WORK/seen.tsv") ||
  fail "a query saw part of an import"
check sources "$shared" | diff -u "$WORK/expected.sources" - >&2 ||
  fail "reports per document differ from the imports run one after the other"
"$DIPGRAPH" --db "$shared" events --format csv | cut -d, -f2- | sort | diff -q "$WORK/expected.csv" - >/dev/null ||
  fail "events differ from the imports run one after the other"
echo "concurrent_use: $queries queries during the imports, $seen of them citing a document" >&2
