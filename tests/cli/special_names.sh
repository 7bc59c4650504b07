# Names with quotes, backslashes, markup characters, a line break and
# non-Latin scripts come out intact in JSON, CSV, DOT and SVG.
source "$(dirname "$0")/lib.bash"

cat >"$WORK/roles.csv" <<'CSV'
person,title,state,start,end
"Tom ""Q"" O'Neil & <Co>",Envoy,PAK,2020,
Back\slash Person,Envoy,BLR,2020,
Владимир Тестов,Envoy,RUS,2020,
李测试,Envoy,CHN,2020,
محمد اختبار,Envoy,SAU,2020,
"Two
Lines",Envoy,IND,2020,
CSV
cat >"$WORK/facts.csv" <<'CSV'
date,type,source,target,evidence
2024-05-01,meeting,"Tom ""Q"" O'Neil & <Co>",Back\slash Person,"An ""odd"" talk, with a comma & <b>markup</b>"
2024-05-02,visit,Владимир Тестов,李测试,Визит
2024-05-03,agreement,محمد اختبار,"Two
Lines",اتفاق
CSV
run --db "$DB" -q import roles "$WORK/roles.csv"
expect_status 0
run --db "$DB" -q import facts "$WORK/facts.csv"
expect_status 0

# check_names FORMAT FILE: every name (and the first evidence) is read back
# exactly from FILE by Python's own json/csv parsers.
check_names() {
  python3 - "$1" "$2" <<'PY' || fail "$1 output lost a name"
import csv, json, sys
form, path = sys.argv[1], sys.argv[2]
names = {'Tom "Q" O\'Neil & <Co>', 'Back\\slash Person', 'Владимир Тестов', '李测试',
         'محمد اختبار', 'Two\nLines'}
text = open(path, encoding='utf-8', newline='').read()
found = set()
if form == 'jsonl':
    for line in text.splitlines():
        event = json.loads(line)
        found |= {event['source']['name'], event['target']['name']}
        if event['type'] == 'meeting':
            assert event['evidence'] == 'An "odd" talk, with a comma & <b>markup</b>', event['evidence']
elif form == 'ties-json':
    ties = json.loads(text)
    found |= {ties['a']['name'], ties['b']['name']}
    assert ties['direct'][0]['target']['name'] == ties['b']['name']
    names = {'Владимир Тестов', '李测试'}
else:
    rows = list(csv.DictReader(text.splitlines(keepends=True)))
    for row in rows:
        found |= {row[key] for key in ('name', 'source_name', 'target_name') if key in row}
missing = names - found
assert not missing, missing
PY
}

run --db "$DB" events --since 2024-05 --format jsonl
expect_status 0
check_names jsonl "$WORK/out"
run --db "$DB" events --since 2024-05 --format csv
expect_status 0
check_names csv "$WORK/out"
run --db "$DB" centrality --level actor --since 2024-05 --format csv
expect_status 0
check_names csv "$WORK/out"
run --db "$DB" ties "Владимир Тестов" 李测试 --level actor --format json
expect_status 0
check_names ties-json "$WORK/out"

run --db "$DB" graph --all --level actor --since 2024-05 --format dot
expect_status 0
# cgraph quotes an ID only when it must: a name in one script is left bare.
for label in 'label="Владимир Тестов"' 'label=李测试' 'label="محمد اختبار"' \
             'label="Back\\slash Person"' 'label="Tom \"Q\" O'"'"'Neil &amp; <Co>"'; do
  expect_stdout_contains "$label"
done
run --db "$DB" graph --all --level actor --since 2024-05 -o "$WORK/names.svg"
expect_status 0
for text in '>Владимир Тестов</text>' '>李测试</text>' '>محمد اختبار</text>' \
            '>Tom &quot;Q&quot; O&#39;Neil &amp; &lt;Co&gt;</text>'; do
  grep -qF "$text" "$WORK/names.svg" || fail "names.svg lacks $text"
done
