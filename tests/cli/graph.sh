#!/usr/bin/env bash
# `graph`: DOT on stdout, SVG/PNG/PDF/DOT files rendered in-process, the node and
# edge caps, names that need escaping, and the exit codes.
source "$(dirname "$0")/lib.bash"

init_db
run --db "$DB" -q import facts "$FIXTURES/facts.csv"
expect_status 0

# DOT on stdout: the pair and its three events (people count for their states).
run --db "$DB" graph --around Pakistan --format dot
expect_status 0
expect_stderr_empty
expect_stdout_contains 'graph dipgraph {'
expect_stdout_contains 'label="3 events\n2024-11"'
expect_stdout_contains 'Around Pakistan, depth 1'
grep -q 'PAK.*--.*BLR' "$WORK/out" || fail "no PAK -- BLR edge (the actor asked about first)"
! grep -q 'RUS' "$WORK/out" || fail "Russia is not within one hop of Pakistan"

# Files: the extension picks the format; nothing on stdout or stderr.
run --db "$DB" graph --around Pakistan -o "$WORK/pak.svg"
expect_status 0
expect_stderr_empty
expect_stdout_empty
grep -q '<svg' "$WORK/pak.svg" || fail "pak.svg is not SVG"
grep -q '>Pakistan</text>' "$WORK/pak.svg" || fail "pak.svg lacks Pakistan"
grep -q '>Belarus</text>' "$WORK/pak.svg" || fail "pak.svg lacks Belarus"
run --db "$DB" graph --around Pakistan -o "$WORK/pak.PNG"
expect_status 0
[[ $(head -c 4 "$WORK/pak.PNG" | od -An -c | tr -d ' ') == '211PNG' ]] || fail "pak.PNG is not PNG"
run --db "$DB" graph --around Pakistan -o "$WORK/pak.pdf"
expect_status 0
[[ $(head -c 5 "$WORK/pak.pdf") == '%PDF-' ]] || fail "pak.pdf is not PDF"
run --db "$DB" graph --around Pakistan -o "$WORK/pak.dot"
expect_status 0
"$DIPGRAPH" --db "$DB" graph --around Pakistan --format dot | cmp -s - "$WORK/pak.dot" ||
  fail "pak.dot differs from --format dot"

# --all draws every actor with a tie; --max-nodes keeps the busiest and says so in the title.
run --db "$DB" graph --all --format dot
expect_status 0
for code in BLR PAK RUS UKR CHN TUR; do
  grep -q "^	$code	" "$WORK/out" || fail "--all lacks $code"
done
expect_stdout_contains 'All actors'
! grep -q 'not drawn' "$WORK/out" || fail "nothing should be left out of --all"
run --db "$DB" graph --all --max-nodes 3 --format dot
expect_status 0
expect_stdout_contains 'not drawn: 4 of 7 actors and 4 of 5 ties, the weakest'
run --db "$DB" graph --all --max-edges 1 --format dot
expect_status 0
expect_stdout_contains 'not drawn: 4 of 5 ties, the weakest'

# --between, filters and the window in the title.
run --db "$DB" graph --between Ukraine China --format dot
expect_status 0
expect_stdout_contains 'Between Ukraine and China, depth 1'
for code in UKR RUS CHN; do
  grep -q "^	$code	" "$WORK/out" || fail "--between lacks $code (on the path)"
done
run --db "$DB" graph --all --type conflict,sanction --since 2022 --format dot
expect_status 0
expect_stdout_contains ', since 2022, types conflict, sanction'
! grep -q 'PAK' "$WORK/out" || fail "--type should leave out Pakistan's events"

# At actor level people are nodes of their own, drawn as notes.
run --db "$DB" graph --around "Aleksandr Lukashenko" --level actor --format dot
expect_status 0
expect_stdout_contains 'Shehbaz Sharif'
expect_stdout_contains 'shape=note'

# Exit codes: nothing to draw 1, unknown name or bad usage 2, unwritable file 4.
run --db "$DB" graph --around Ukraine --since 2024 -o "$WORK/none.svg"
expect_status 1
expect_stderr_contains 'dipgraph: graph: nothing to draw: Ukraine (UKR) has no events'
[[ ! -e "$WORK/none.svg" ]] || fail "no file should be written when there is nothing to draw"
run --db "$DB" graph --all --min-events 5 --format dot
expect_status 1
expect_stderr_contains 'nothing to draw: no two actors share at least 5 events'
run --db "$DB" graph --around Pakistn --format dot
expect_status 2
expect_stderr_contains "did you mean 'Pakistan'?"
run --db "$DB" graph --around "Aleksandr Lukashenko" --format dot
expect_status 2
expect_stderr_contains 'is a person'
run --db "$DB" graph --around Pakistan -o "$WORK/pak.jpg"
expect_status 2
expect_stderr_contains "end the file name in .dot, .svg, .png or .pdf"
run --db "$DB" graph --around Pakistan
expect_status 2
expect_stderr_contains 'give -o FILE'
run --db "$DB" graph --around Pakistan --format json
expect_status 2
run --db "$DB" graph --all --depth 2 --format dot
expect_status 2
run --db "$DB" graph --around Pakistan -o "$WORK/no-such-dir/pak.svg"
expect_status 4
expect_stderr_contains 'no-such-dir/pak.svg: cannot open for writing'

# Names that need escaping survive into DOT and SVG (people named by a role file).
cat >"$WORK/roles.csv" <<'EOF'
person,title,state,start,end
"Tom ""Q"" O'Neil & <Co>",Envoy,PAK,2020,
Back\slash Person,Envoy,BLR,2020,
EOF
cat >"$WORK/names.csv" <<'EOF'
date,type,source,target,evidence
2024-05-01,meeting,"Tom ""Q"" O'Neil & <Co>",Back\slash Person,A meeting of two awkward names.
EOF
run --db "$DB" -q import roles "$WORK/roles.csv"
expect_status 0
run --db "$DB" -q import facts "$WORK/names.csv"
expect_status 0
run --db "$DB" graph --all --level actor --since 2024-05 --format dot
expect_status 0
expect_stdout_contains 'label="Tom \"Q\" O'"'"'Neil &amp; <Co>"'
expect_stdout_contains 'label="Back\\slash Person"'
run --db "$DB" graph --all --level actor --since 2024-05 -o "$WORK/names.svg"
expect_status 0
grep -qF '>Tom &quot;Q&quot; O&#39;Neil &amp; &lt;Co&gt;</text>' "$WORK/names.svg" ||
  fail "names.svg lacks the escaped name"
grep -qF '>Back\slash Person</text>' "$WORK/names.svg" || fail "names.svg lacks the backslash"
