#!/usr/bin/env bash
# Hostile names and evidence: SQL, markup, HTML entities, quotes and
# backslashes, control characters (CR, LF, tab, ESC, C1), bidi overrides,
# zero-width characters and 100 000-byte tokens, imported through roles, facts
# (CSV and JSON Lines) and an article. JSON and CSV give them back exactly; the
# table keeps each record on one line with no control character left; DOT
# reads back through Graphviz; SVG is well-formed with the names as text and no
# live markup; the SQL did nothing. (special_names.sh covers plain quotes,
# markup and other scripts; this test goes further.)
source "$(dirname "$0")/lib.bash"

init_db
# One file of what went in: the checks below compare against it.
python3 - "$WORK" <<'PY'
import csv, json, sys
work = sys.argv[1]
long_token = 'Q' + 'x' * 99_998 + 'Z'  # 100 000 bytes, one word
names = {
    'sql': "'; DROP TABLE event; --",
    'script': '<script>alert(1)</script>',
    'entities': 'Ann &amp; Bo &lt;i&gt; &#x27;Cy&#x27;',
    'quotes': 'Dee "Dq" \'Sq\' C:\\new\\table \\" \\\\',
    'controls': 'Eve\tTab\rCR\nLF \x1b[2J\u009b31m End',
    'rtl': 'Farah \u202eesrever\u202c فرح',
    'zero_width': 'Gil\u200bZero\u200dWidth\ufeffName',
    'long': long_token,
}
states = dict(zip(names, ['CHL', 'PER', 'BOL', 'ECU', 'URY', 'PRY', 'COL', 'VEN']))
with open(f'{work}/roles.csv', 'w', encoding='utf-8', newline='') as f:
    out = csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_ALL)
    out.writerow(['person', 'title', 'state', 'start', 'end'])
    for key, name in names.items():
        out.writerow([name, 'Envoy', states[key], '2020', ''])
# (date, type, source, target, evidence, title): the first three by CSV, the rest by JSON Lines.
facts = [
    ('2024-03-01', 'meeting', 'sql', 'script',
     "Talks; DROP TABLE actor; -- then <script>alert('x')</script><img src=x onerror=alert(2)>",
     '<script>alert("title")</script>'),
    ('2024-03-02', 'visit', 'entities', 'quotes',
     'A &amp; B &lt;b&gt;bold&lt;/b&gt; &#x27;q&#x27; "dq" \'sq\' C:\\dir\\n \\t', "O'Title \"&amp;\""),
    ('2024-03-03', 'agreement', 'controls', 'rtl',
     'line one\nline two\rafter CR\ttabbed \u202ereversed\u202c ]]> --> <!--', None),
    ('2024-03-04', 'support', 'zero_width', 'long', long_token, None),
    ('2024-03-05', 'threat', 'rtl', 'sql',
     'CRLF\r\nhere \x1b]0;title\x07 bell \u2028 sep \u2029 para \u0085 nel \x00 NUL', 'Line\nbreak title'),
    ('2024-03-06', 'visit', 'long', 'zero_width', 'Zero\u200bwidth\u200d evidence\ufeff', None),
]
with open(f'{work}/facts.csv', 'w', encoding='utf-8', newline='') as f:
    out = csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_ALL)
    out.writerow(['date', 'type', 'source', 'target', 'evidence', 'title'])
    for date, kind, a, b, evidence, title in facts[:3]:
        out.writerow([date, kind, names[a], names[b], evidence, title or ''])
with open(f'{work}/facts.jsonl', 'w', encoding='utf-8') as f:
    for date, kind, a, b, evidence, title in facts[3:]:
        record = {'date': date, 'type': kind, 'source': names[a], 'target': names[b], 'evidence': evidence}
        if title: record['title'] = title
        f.write(json.dumps(record, ensure_ascii=False) + '\n')
# An article whose one event sentence quotes hostile text; the headline too.
annex = ("'; DROP TABLE event; -- <script>alert(3)</script> &amp; &#x27;q&#x27; "
         '"C:\\new\\table" \u202edesrever\u202c zero\u200bwidth')
headline = 'Port <script>alert(1)</script> talks & a "deal" for \'both\''
with open(f'{work}/article.txt', 'w', encoding='utf-8') as f:
    f.write(f'{headline}\n2024-06-14\nhttps://example.org/news/port?a=1&b=%3Cx%3E\n\n'
            f'SANTIAGO (Test Wire) - Chile and Peru signed a port agreement on Tuesday, '
            f'with an annex named {annex}.\n')
expected = {'annex': annex, 'headline': headline, 'names': names, 'events': [
    {'date': d, 'type': t, 'source': names[a], 'target': names[b], 'evidence': e, 'title': ti}
    for d, t, a, b, e, ti in facts]}
json.dump(expected, open(f'{work}/expected.json', 'w', encoding='utf-8'))
PY

run --db "$DB" -q import roles "$WORK/roles.csv"
expect_status 0
expect_stderr_empty
run --db "$DB" -q import facts "$WORK/facts.csv" "$WORK/facts.jsonl"
expect_status 0
expect_stderr_empty

# The SQL in a name and in evidence was stored as text: every table is still
# there, and the rows are exactly the ones imported.
python3 - "$DB" <<'PY' || fail "the SQL injection string changed the database"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tables = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
assert {'event', 'actor', 'alias', 'role'} <= tables, tables
assert db.execute('SELECT count(*) FROM event').fetchone()[0] == 6
assert db.execute("SELECT count(*) FROM actor WHERE name = ?", ("'; DROP TABLE event; --",)).fetchone()[0] == 1
assert db.execute("SELECT count(*) FROM actor WHERE kind = 'person' AND code IN "
                  "(SELECT code FROM actor GROUP BY code HAVING count(*) > 1)").fetchone()[0] == 0
assert db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
PY

# check_exact FORMAT: every event's names, evidence and title, and every
# person's name, read back by Python's parsers equal what went in.
check_exact() {
  python3 - "$1" "$WORK/out" "$WORK/expected.json" <<'PY' || fail "$1 output changed a hostile text"
import csv, json, sys
form, path, expected_path = sys.argv[1:4]
expected = json.load(open(expected_path, encoding='utf-8'))
text = open(path, encoding='utf-8', newline='').read()
if form == 'events-json' or form == 'events-jsonl':
    events = json.loads(text) if form == 'events-json' else [json.loads(l) for l in text.split('\n') if l]
    got = [{'date': e['date'], 'type': e['type'], 'source': e['source']['name'],
            'target': e['target']['name'], 'evidence': e['evidence'],
            'title': e['sources'][0]['title']} for e in events]
    assert got == expected['events'], [(g, w) for g, w in zip(got, expected['events']) if g != w]
elif form == 'events-csv':
    rows = list(csv.DictReader(text.splitlines(keepends=True)))
    got = [{'date': r['date'], 'type': r['type'], 'source': r['source_name'],
            'target': r['target_name'], 'evidence': r['evidence']} for r in rows]
    want = [{k: v for k, v in e.items() if k != 'title'} for e in expected['events']]
    assert got == want, [(g, w) for g, w in zip(got, want) if g != w]
elif form == 'actors-csv':
    names = {r['name'] for r in csv.DictReader(text.splitlines(keepends=True))}
    missing = set(expected['names'].values()) - names
    assert not missing, missing
elif form == 'actor-json':
    assert json.loads(text)['name'] == expected['names']['sql'], text[:200]
PY
}

run --db "$DB" events --since 2024-03 --format jsonl
expect_status 0
check_exact events-jsonl
run --db "$DB" events --since 2024-03 --format json
expect_status 0
check_exact events-json
run --db "$DB" events --since 2024-03 --format csv
expect_status 0
check_exact events-csv
run --db "$DB" actors --kind person --format csv
expect_status 0
check_exact actors-csv
run --db "$DB" actor "'; DROP TABLE event; --" --format json
expect_status 0
check_exact actor-json

# The table: one line per event, no control character at all (they show as
# spaces), no bidi override to flip the columns after it, every text there.
run --db "$DB" events --since 2024-03
expect_status 0
python3 - "$WORK/out" "$WORK/expected.json" <<'PY' || fail "the table lets control characters through"
import json, re, sys
text = open(sys.argv[1], encoding='utf-8', newline='').read()
expected = json.load(open(sys.argv[2], encoding='utf-8'))
lines = text.split('\n')
assert lines.pop() == '', 'no final newline'
assert len(lines) == 1 + len(expected['events']), len(lines)
bad = re.compile('[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')
for line in lines:
    assert not bad.search(line), repr(bad.search(line).group())
def shown(s):
    return bad.sub(lambda m: '' if '\u202a' <= m.group() <= '\u2069' else ' ', s)
for line, event in zip(lines[1:], expected['events']):
    for key in ('evidence',):
        assert shown(event[key]) in line, (shown(event[key])[:80], line[:200])
for name in expected['names'].values():
    assert any(shown(name) in line for line in lines), shown(name)[:80]
PY

# Text around tables and error lines quote names too: one line each, with no
# control character (a name's ESC [2J would clear the terminal).
expect_no_controls() {
  python3 - "$1" <<'PY' || fail "$1 holds a control character or a broken line"
import re, sys
text = open(sys.argv[1], encoding='utf-8', newline='').read()
bad = re.search('[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]', text)
assert not bad, repr(bad.group())
PY
}
run --db "$DB" path eve-tab-cr-lf-2j31m-end drop-table-event --level actor
expect_status 0
expect_stdout_contains "Paths from Eve Tab CR LF  [2J"
expect_no_controls "$WORK/out"
run --db "$DB" ties farah-esrever drop-table-event --level actor
expect_status 0
expect_stdout_contains "Ties between Farah esrever"
expect_no_controls "$WORK/out"
run --db "$DB" actor $'No\nSuch \e[2J Person'
expect_status 2
expect_lines "$WORK/err" 1
expect_no_controls "$WORK/err"
printf '%s\n' 'date,type,source,target' $'2024-04-01,visit,Chile,"Nobody\n\e[2J here"' >"$WORK/unknown.csv"
run --db "$DB" -q import facts "$WORK/unknown.csv"
expect_status 3
expect_lines "$WORK/err" 2
expect_no_controls "$WORK/err"

# DOT: Graphviz itself (libcgraph via ctypes) parses it back and finds every
# name as a label; it lays it out as SVG too.
run --db "$DB" graph --all --level actor --since 2024-03 --format dot
expect_status 0
python3 - "$WORK/out" "$WORK/expected.json" "$WORK/from-dot.svg" <<'PY' || fail "Graphviz cannot read the DOT back"
import ctypes, json, re, sys
dot = open(sys.argv[1], 'rb').read()
expected = json.load(open(sys.argv[2], encoding='utf-8'))
cg = ctypes.CDLL('libcgraph.so.6')
gvc = ctypes.CDLL('libgvc.so.6')
cg.agmemread.restype = ctypes.c_void_p
cg.agmemread.argtypes = [ctypes.c_char_p]
cg.agfstnode.restype = cg.agnxtnode.restype = ctypes.c_void_p
cg.agfstnode.argtypes = [ctypes.c_void_p]
cg.agnxtnode.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
cg.agget.restype = ctypes.c_char_p
cg.agget.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
graph = cg.agmemread(dot)
assert graph, 'agmemread failed'
labels = set()
node = cg.agfstnode(graph)
while node:
    labels.add(cg.agget(node, b'label').decode('utf-8'))
    node = cg.agnxtnode(graph, node)
def label(name):  # how a name is written as a plain Graphviz label
    return re.sub('[\x00-\x1f\x7f]', ' ', name).replace('\\', '\\\\').replace('&', '&amp;')
missing = {label(n) for n in expected['names'].values()} - labels
assert not missing, [m[:60] for m in missing]
gvc.gvContext.restype = ctypes.c_void_p
context = gvc.gvContext()
gvc.gvLayout.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
gvc.gvRenderFilename.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
# Graphviz complains on stderr that the 100 000-byte node is overwide, and lays it out anyway.
import os
os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
assert gvc.gvLayout(context, graph, b'dot') == 0
assert gvc.gvRenderFilename(context, graph, b'svg', sys.argv[3].encode()) == 0
PY

# check_svg FILE: well-formed XML, every name as the text of an element, no
# script element and no event-handler attribute anywhere.
check_svg() {
  python3 - "$1" "$WORK/expected.json" <<'PY' || fail "$1 is not safe, well-formed SVG with the names"
import json, re, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
expected = json.load(open(sys.argv[2], encoding='utf-8'))
texts = set()
for element in root.iter():
    tag = element.tag.rsplit('}', 1)[-1].lower()
    assert tag not in ('script', 'foreignobject', 'iframe'), tag
    for attribute in element.attrib:
        assert not attribute.rsplit('}', 1)[-1].lower().startswith('on'), attribute
    # Graphviz writes the second of two spaces as a no-break space.
    if element.text: texts.add(element.text.replace('\xa0', ' '))
shown = {re.sub('[\x00-\x1f\x7f]', ' ', n) for n in expected['names'].values()}
missing = shown - texts
assert not missing, [m[:60] for m in missing]
PY
}
check_svg "$WORK/from-dot.svg"
run --db "$DB" graph --all --level actor --since 2024-03 -o "$WORK/names.svg"
expect_status 0
expect_stderr_empty
check_svg "$WORK/names.svg"

# An article: the extractor carries the sentence, hostile text and all, into
# the evidence, and the headline into the source, byte for byte.
run --db "$DB" -q import article "$WORK/article.txt"
expect_status 0
run --db "$DB" events --between Chile Peru --type agreement --format jsonl
expect_status 0
python3 - "$WORK/out" "$WORK/expected.json" <<'PY' || fail "the article's hostile text was not kept"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]
expected = json.load(open(sys.argv[2], encoding='utf-8'))
assert len(events) == 1, events
assert expected['annex'] in events[0]['evidence'], events[0]['evidence']
assert events[0]['sources'][0]['title'] == expected['headline'], events[0]['sources'][0]['title']
PY

# A 100 000-byte word in an article: read in pieces of at most 1500 bytes
# (docs/extraction.md), cut between characters, never inside one.
python3 -c "
import sys
open(sys.argv[1], 'w', encoding='utf-8').write('Long word\n2024-07-10\n\nSANTIAGO (Test Wire) - Chile and '
    'Uruguay signed a trade agreement on Monday, with an annex named ' + 'ж' * 50000 + ' in full.\n')
" "$WORK/long_article.txt"
run --db "$DB" -q import article "$WORK/long_article.txt"
expect_status 0
run --db "$DB" events --between Chile Uruguay --type agreement --since 2024-07 --format jsonl
expect_status 0
python3 - "$WORK/out" <<'PY' || fail "the long word was not cut cleanly"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]
assert len(events) == 1, events
evidence = events[0]['evidence']
assert evidence.startswith('Chile and Uruguay signed a trade agreement'), evidence[:80]
assert len(evidence.encode()) <= 1500 and evidence.endswith('жж') and '\ufffd' not in evidence, evidence[-20:]
PY

# The title of a drawing quotes the actor asked about inside an HTML-like
# Graphviz label: markup there must stay text too.
run --db "$DB" graph --around script-alert-1-script --level actor -o "$WORK/around.svg"
expect_status 0
python3 - "$WORK/around.svg" <<'PY' || fail "the drawing's title let markup through"
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert not [e for e in root.iter() if e.tag.rsplit('}', 1)[-1].lower() == 'script']
texts = ' '.join(e.text for e in root.iter() if e.text)
assert '<script>alert(1)</script>' in texts, texts[:300]
PY
