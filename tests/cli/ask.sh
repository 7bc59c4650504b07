#!/usr/bin/env bash
# `ask "QUESTION"`: maps a question onto a command, prints it, runs it.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0

# --dry-run prints the mapped command on stdout and runs nothing.
run --db "$DB" ask --dry-run "who visited Pakistan in 2024"
expect_status 0
expect_stderr_empty
expect_stdout_text "dipgraph events --to PAK --type visit --since 2024 --until 2024"
run --db "$DB" ask --dry-run "ties between Belarus and Pakistan since 2024"
expect_stdout_text "dipgraph ties BLR PAK --since 2024"
run --db "$DB" ask --dry-run "What sanctions has the EU imposed on Russia since 2022?"
expect_stdout_text "dipgraph events --from EU --to RUS --type sanction --since 2022"
run --db "$DB" ask --dry-run "most influential countries between 2022 and 2023"
expect_stdout_text "dipgraph centrality --measure pagerank --level state --since 2022 --until 2023"
run --db "$DB" ask --dry-run "Show me the connection from Iran to Ukraine"
expect_stdout_text "dipgraph path IRN UKR"
run --db "$DB" ask --dry-run "tell me about Lukashenko"
expect_stdout_text "dipgraph actor aleksandr-lukashenko"
# Unquoted words make one question; global options may come anywhere.
run ask who are Belarus\'s partners --dry-run --db "$DB"
expect_status 0
expect_stdout_text "dipgraph neighbors BLR"

# A real run: the same stdout as the command itself, the command on stderr.
run --db "$DB" ask "who visited Pakistan in 2024" --format jsonl
expect_status 0
expect_stderr_contains "running: dipgraph events --to PAK --type visit --since 2024 --until 2024"
expect_lines "$WORK/out" 1
cp "$WORK/out" "$WORK/asked"
run --db "$DB" events --to PAK --type visit --since 2024 --until 2024 --format jsonl
cmp -s "$WORK/asked" "$WORK/out" || fail "ask and events print different results"

# -q: nothing on stderr.
run --db "$DB" -q ask "sanctions against Russia" --format jsonl
expect_status 0
expect_stderr_empty
expect_lines "$WORK/out" 1
expect_stdout_contains '"source": {"code": "EU"'
run --db "$DB" -q ask "sanctions by Russia" --format jsonl
expect_status 0
expect_stdout_empty

# Commands ask maps onto run too, with the mapped command's exit code.
run --db "$DB" ask "ties between Belarus and Pakistan" --format json
expect_status 0
cp "$WORK/out" "$WORK/asked"
run --db "$DB" ties BLR PAK --format json
cmp -s "$WORK/asked" "$WORK/out" || fail "ask and ties print different results"

# Misspelt names: exit 2, the forms understood and "did you mean".
run --db "$DB" ask "ties between Pakistn and Russia"
expect_status 2
expect_stdout_empty
expect_stderr_contains "dipgraph: error: ask: cannot understand 'ties between Pakistn and Russia'"
expect_stderr_contains "try forms like: ties between A and B [since YEAR] | path from A to B"
expect_stderr_contains "did you mean 'Pakistan'?"
expect_stderr_lacks "running:"
# No intent at all.
run --db "$DB" ask "what is the meaning of life"
expect_status 2
expect_stderr_contains "cannot understand 'what is the meaning of life'; try forms like:"
# An ambiguous name.
run --db "$DB" ask "who visited Congo"
expect_status 2
expect_stderr_contains "ambiguous name 'Congo'"

# No database: a store error, as for any query.
run --db "$WORK/none.db" ask "who visited Pakistan"
expect_status 4
