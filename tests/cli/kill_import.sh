#!/usr/bin/env bash
# Crash safety: imports killed with SIGKILL at random points, at least 24 times,
# across articles (several in one command), fact files (CSV and JSON Lines) and
# a GDELT file of many batches. After every kill the file is sound (integrity,
# foreign keys, pair rollup), holds whole units only (the articles or fact files
# committed so far, exactly as a clean import of just those stores them; GDELT:
# whole batches, see gdelt_batches.py), and running the same import again (maybe
# killed again) ends with exactly what a clean import stores.
# Delays are random; KILL_IMPORT_SEED=N repeats a run's.
# That a re-run's articles extract as in a clean run, though earlier articles
# were stored by the killed run, is shown over many articles that introduce
# people in article_reimport.sh.
source "$(dirname "$0")/lib.bash"

seed=${KILL_IMPORT_SEED:-$(($(date +%s%N) % 32768))}
echo "kill_import: seed $seed (repeat with KILL_IMPORT_SEED=$seed)" >&2
RANDOM=$seed

PY=/usr/bin/python3
check() { "$PY" "$here/store_check.py" "$@"; }

init_db
cp "$DB" "$WORK/template.db"
# fresh_db PATH: an initialised store, empty of events.
fresh_db() {
  rm -f "$1" "$1-wal" "$1-shm"
  cp "$WORK/template.db" "$1"
}

now_ms() { date +%s%3N; }

# run_killed MS DB ARGS...: runs `dipgraph --db DB -q ARGS` and SIGKILLs it after
# MS milliseconds; $killed is 1 when the kill cut the run short, else 0.
killed=0
run_killed() {
  local ms=$1 db=$2 pid code
  shift 2
  "$DIPGRAPH" --db "$db" -q "$@" >/dev/null 2>"$WORK/err" &
  pid=$!
  sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  set +e
  wait "$pid" 2>/dev/null  # without bash's "Killed" notice
  code=$?
  set -e
  killed=0
  if [[ $code == 137 ]]; then
    killed=1
  elif [[ $code != 0 ]]; then
    fail "dipgraph $* exited with $code"
  fi
}

# clean_import NAME ARGS...: imports into a fresh $WORK/NAME.db; sets $clean_ms
# to how long it took.
clean_ms=0
clean_import() {
  local name=$1 start
  shift
  fresh_db "$WORK/$name.db"
  start=$(now_ms)
  run --db "$WORK/$name.db" -q "$@"
  expect_status 0
  clean_ms=$(($(now_ms) - start))
  check dump "$WORK/$name.db" >"$WORK/$name.dump"
}

# units_in DB KEYS...: how many of the document KEYS DB holds; fails unless
# they are the first ones (units are imported in order, each committed whole).
units_in() {
  local db=$1 stored n=0 key
  shift
  stored=$(check sources "$db" | cut -f1)
  for key in "$@"; do
    grep -qxF -- "$key" <<<"$stored" || break
    n=$((n + 1))
  done
  for key in "${@:n+1}"; do
    ! grep -qxF -- "$key" <<<"$stored" || fail "$key stored, but not the unit before it"
  done
  echo "$n"
}

# expect_prefix_equal NAME N FILES...: the store $WORK/victim.db equals a clean
# import of the first N FILES (`import NAME`), made once per N.
expect_prefix_equal() {
  local kind=$1 n=$2 ref
  shift 2
  ref="$WORK/$kind-prefix-$n"
  if [[ ! -f "$ref.dump" ]]; then
    fresh_db "$ref.db"
    if ((n > 0)); then
      run --db "$ref.db" -q import "$kind" "${@:1:n}"
      expect_status 0
    fi
    check dump "$ref.db" >"$ref.dump"
  fi
  check dump "$WORK/victim.db" >"$WORK/victim.dump"
  diff -q "$ref.dump" "$WORK/victim.dump" >/dev/null ||
    fail "$kind: with $n units in, the store differs from a clean import of just those" \
      "$(diff "$ref.dump" "$WORK/victim.dump" | head -20)"
}

kills=0
# A chain of kills: the import killed, run again on what it left and killed
# again, up to this many times, before a run may complete.
kills_per_chain=2

# kill_units KIND KILLS KEYS_VAR FILES...: kills `import KIND FILES` KILLS times at
# random points in chains, checking the store after each kill; each chain ends
# with the import run to completion, equal to a clean import, and the next
# starts on a fresh store. KEYS_VAR names the array of the files' document keys.
kill_units() {
  local kind=$1 wanted=$2 keys_var=$3 n done=0 chain=0 delay
  shift 3
  local -n keys=$keys_var
  clean_import "clean-$kind" import "$kind" "$@"
  cp "$WORK/clean-$kind.dump" "$WORK/$kind-prefix-${#keys[@]}.dump"
  fresh_db "$WORK/victim.db"
  while ((done < wanted)); do
    delay=$((RANDOM % clean_ms))
    run_killed "$delay" "$WORK/victim.db" import "$kind" "$@"
    if ((killed == 1)); then
      done=$((done + 1))
      chain=$((chain + 1))
      kills=$((kills + 1))
      check sound "$WORK/victim.db" || fail "$kind: store unsound after a kill at $delay ms"
      n=$(units_in "$WORK/victim.db" "${keys[@]}")
      echo "kill $kills: import $kind after $delay of $clean_ms ms: $n of ${#keys[@]} units in" >&2
      expect_prefix_equal "$kind" "$n" "$@"
      ((chain < kills_per_chain && done < wanted)) && continue
      run --db "$WORK/victim.db" -q import "$kind" "$@"
      expect_status 0
    fi
    expect_prefix_equal "$kind" "${#keys[@]}" "$@"
    fresh_db "$WORK/victim.db"
    chain=0
  done
}

# (a) Articles: one transaction each, in the order given; document key = article id.
articles=("$DATA"/articles/dev/*.txt)
article_keys=()
for file in "${articles[@]}"; do article_keys+=("$(basename "$file" .txt)"); done
kill_units article 8 article_keys "${articles[@]}"

# (b) Fact files, CSV and JSON Lines: one transaction each; key = canonical path.
make_fact_files 4 500
kill_units facts 8 facts "${facts[@]}"

# (c) A GDELT file of many batches (--batch ROWS lines each, one transaction
# each), over 10 MB so that the import drops the secondary event indexes first
# and builds them at the end (a kill in between leaves that to the next open).
rows=5000
gdelt="$WORK/events.tsv"
"$PY" "${DIPGRAPH_SOURCE_DIR:-$here/../..}/bench/gen-gdelt" 42001 7 >"$gdelt"
clean_import clean-gdelt import gdelt --batch "$rows" "$gdelt"
# same_as_clean_gdelt: the victim store equals the clean import.
same_as_clean_gdelt() {
  check dump "$WORK/victim.db" >"$WORK/victim.dump"
  diff -q "$WORK/clean-gdelt.dump" "$WORK/victim.dump" >/dev/null ||
    fail "gdelt: completed after kills, the store differs from a clean import" \
      "$(diff "$WORK/clean-gdelt.dump" "$WORK/victim.dump" | head -20)"
}
fresh_db "$WORK/victim.db"
done_kills=0
chain=0
while ((done_kills < 8)); do
  delay=$((RANDOM % clean_ms))
  run_killed "$delay" "$WORK/victim.db" import gdelt --batch "$rows" "$gdelt"
  if ((killed == 1)); then
    done_kills=$((done_kills + 1))
    chain=$((chain + 1))
    kills=$((kills + 1))
    check sound "$WORK/victim.db" || fail "gdelt: store unsound after a kill at $delay ms"
    batches=$("$PY" "$here/gdelt_batches.py" "$gdelt" "$rows" "$WORK/clean-gdelt.db" "$WORK/victim.db") ||
      fail "gdelt: partial batch after a kill at $delay ms"
    echo "kill $kills: import gdelt after $delay of $clean_ms ms: $batches whole batches in" >&2
    ((chain < kills_per_chain && done_kills < 8)) && continue
    run --db "$WORK/victim.db" -q import gdelt --batch "$rows" "$gdelt"
    expect_status 0
  fi
  same_as_clean_gdelt
  fresh_db "$WORK/victim.db"
  chain=0
done

echo "kill_import: $kills kills, every one survived" >&2
