# The annotated article sets (tests/data/articles/{dev,dev-h,dev-k,dev-m,dev-n,dev-p,dev-q,dev-r,dev-s,dev-t,heldout9,heldout10}) pass the shared gold
# check, and the check does reject a set with a wrong fact.
source "$(dirname "$0")/lib.bash"

articles="$DATA/articles"
for set in dev dev-h dev-k dev-m dev-n dev-p dev-q dev-r dev-s dev-t heldout9 heldout10; do
  python3 "$articles/check_gold.py" "$articles/$set" >"$WORK/out" 2>"$WORK/err" ||
    fail "the gold of $set has problems"
  grep -q ' 0 problems$' "$WORK/out" || fail "no problem count for $set"
done

# A set with one article and three wrong facts: evidence not in the text, an unknown
# actor code, and an inferred date that is not the publication date.
mkdir "$WORK/bad"
printf 'Talks in the capital\n2024-03-05\nhttps://example.org/news/b1\n\nFrance and Germany met on Monday.\n' \
  >"$WORK/bad/b1.txt"
cat >"$WORK/bad/gold.jsonl" <<'JSON'
{"article": "b1", "type": "meeting", "source": "FRA", "target": "DEU", "date": "2024-03-04", "evidence": "France and Germany met on Monday"}
{"article": "b1", "type": "visit", "source": "FRA", "target": "DEU", "date": "2024-03-04", "evidence": "France visited Germany"}
{"article": "b1", "type": "visit", "source": "FRA", "target": "XYZ", "date": "2024-03-04", "evidence": "France and Germany"}
{"article": "b1", "type": "reject", "source": "DEU", "target": "FRA", "date": "2024-03-01", "evidence": "met", "date_inferred": true}
JSON
set +e
python3 "$articles/check_gold.py" "$WORK/bad" >"$WORK/out" 2>"$WORK/err"
status=$?
set -e
expect_status 1
expect_stderr_contains "evidence not found in b1.txt: 'France visited Germany'"
expect_stderr_contains "target 'XYZ' is neither a state code nor an org code"
expect_stderr_contains "inferred date 2024-03-01 is not the publication date 2024-03-05"
grep -q '1 articles, 4 facts, 3 problems' "$WORK/out" || fail "wrong problem count"
