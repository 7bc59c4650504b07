#!/usr/bin/env bash
# `events --from A --to B`: who acted on whom; symmetric types count either way round.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0

# ids of the events `events ARGS` lists, space-separated.
ids() {
  run --db "$DB" events "$@" --format csv
  expect_status 0
  expect_stderr_empty
  python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
print(" ".join(row[0] for row in rows[1:]))' "$WORK/out"
}

# Directed: China visited Russia, not the other way round.
[[ "$(ids --from China --type visit)" == "6" ]] || fail "China's visits"
[[ "$(ids --to China --type visit)" == "" ]] || fail "nobody visited China"
# The EU's sanctions on Russia; Russia's (symmetric) conflict and agreement count
# on either side, so all four Russia events have it as a target.
[[ "$(ids --from EU --to RUS)" == "5" ]] || fail "EU sanctions on Russia"
[[ "$(ids --to Russia)" == "5 4 7 6" ]] || fail "events towards Russia"
[[ "$(ids --from Russia)" == "4 7" ]] || fail "Russia's symmetric events"
# A state's people count for it: the leaders' meeting is Belarus -> Pakistan too.
[[ "$(ids --from Belarus --to Pakistan)" == "3 1 2" ]] || fail "Belarus to Pakistan"
[[ "$(ids --from Pakistan --to Belarus --type visit)" == "" ]] || fail "no visit from Pakistan"
# Combines with --between, --type and dates.
[[ "$(ids --between PAK BLR --from BLR --type visit --since 2024-11)" == "1" ]] || fail "combined filters"

# Unknown names: usage error with a suggestion.
run --db "$DB" events --to Pakistn
expect_status 2
expect_stderr_contains "--to: unknown actor 'Pakistn'; did you mean 'Pakistan'?"
