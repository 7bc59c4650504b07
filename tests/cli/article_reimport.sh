#!/usr/bin/env bash
# An article's facts do not depend on which other articles the store holds:
# the people and roles that articles stored are kept for queries but never read
# by extraction (docs/schema.md, article_person and article_role). So, over
# every article of the test sets (many introduce people that others name):
# importing them all again adds nothing; an import interrupted between two
# articles and run again ends exactly as a clean import (store_check.py dump);
# importing them in reverse order stores the same events; and a roles file
# naming one of those people makes them curated.
source "$(dirname "$0")/lib.bash"

PY=/usr/bin/python3
dump() { "$PY" "$here/store_check.py" dump "$1"; }
# events_of DB: every event with its actors, dates and state-level nodes, sorted.
events_of() {
  "$PY" - "$1" <<'PY'
import pathlib, sqlite3, sys
db = sqlite3.connect(pathlib.Path(sys.argv[1]).resolve().as_uri() + "?mode=ro", uri=True)
rows = db.execute("""
  SELECT e.type, s.code, t.code, e.date, coalesce(e.date_end, ''), sn.code, tn.code
  FROM event e JOIN actor s ON s.id = e.source_id JOIN actor t ON t.id = e.target_id
  JOIN actor sn ON sn.id = e.source_node_id JOIN actor tn ON tn.id = e.target_node_id""")
for row in sorted(rows):
    print(*row, sep="\t")
PY
}

articles=("$DATA"/articles/dev*/*.txt)
half=$((${#articles[@]} / 2))
reversed=()
for ((i = ${#articles[@]} - 1; i >= 0; i--)); do reversed+=("${articles[i]}"); done

init_db
cp "$DB" "$WORK/empty.db"
run --db "$DB" import article "${articles[@]}"
expect_status 0
people=$(sqlite3 "$DB" "SELECT count(*) FROM article_person")
[[ "$people" -ge 20 ]] || fail "expected the articles to introduce at least 20 people, got $people"
dump "$DB" >"$WORK/clean.dump"

# Importing everything again: every article reports 0 added, 0 merged.
run --db "$DB" import article "${articles[@]}"
expect_status 0
changed=$(grep -v " 0 added, 0 merged, " "$WORK/err" | grep -c "\.txt: " || true)
[[ "$changed" -eq 0 ]] || fail "re-import changed $changed articles" "$(grep -v ' 0 added, 0 merged, ' "$WORK/err" | head)"
dump "$DB" >"$WORK/again.dump"
diff -q "$WORK/clean.dump" "$WORK/again.dump" >/dev/null || fail "re-import changed the store"

# Interrupted after the first half (as a kill between two articles leaves it),
# then run again in full: the same store as one clean import.
cp "$WORK/empty.db" "$WORK/rerun.db"
run --db "$WORK/rerun.db" -q import article "${articles[@]:0:half}"
expect_status 0
run --db "$WORK/rerun.db" -q import article "${articles[@]}"
expect_status 0
dump "$WORK/rerun.db" >"$WORK/rerun.dump"
diff -q "$WORK/clean.dump" "$WORK/rerun.dump" >/dev/null ||
  fail "a re-run after half the articles differs from a clean import" \
    "$(diff "$WORK/clean.dump" "$WORK/rerun.dump" | head -20)"

# The other order: the same events (roles may keep another article's start date).
cp "$WORK/empty.db" "$WORK/reverse.db"
run --db "$WORK/reverse.db" -q import article "${reversed[@]}"
expect_status 0
events_of "$DB" >"$WORK/forward.events"
events_of "$WORK/reverse.db" >"$WORK/reverse.events"
[[ $(wc -l <"$WORK/forward.events") -ge 1000 ]] || fail "expected at least 1000 events"
diff -q "$WORK/forward.events" "$WORK/reverse.events" >/dev/null ||
  fail "importing in reverse order stores other events" \
    "$(diff "$WORK/forward.events" "$WORK/reverse.events" | head -20)"
# A roles file naming one of them makes them known to extraction, as curated data.
name=$(sqlite3 "$DB" "SELECT a.name FROM article_person p JOIN actor a ON a.id = p.person_id ORDER BY a.code LIMIT 1")
printf 'person,title,state,start,source\n"%s",envoy,FRA,2020,test roles\n' "${name//\"/\"\"}" >"$WORK/roles.csv"
run --db "$DB" import roles "$WORK/roles.csv"
expect_status 0
[[ $(sqlite3 "$DB" "SELECT count(*) FROM article_person") -eq $((people - 1)) ]] ||
  fail "a roles file naming '$name' should make them curated"
echo "article_reimport: ${#articles[@]} articles, $people people from articles" >&2
