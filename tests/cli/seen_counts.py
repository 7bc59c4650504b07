#!/usr/bin/python3
"""What a query saw of each import, for tests/cli/concurrent_use.sh.

usage: seen_counts.py count < EVENTS.jsonl
           prints "DOCUMENT<TAB>REPORTS" for each document the `events --format
           jsonl` listing cites (its reports: sources citing it)
       seen_counts.py check GDELT ROWS FINAL_DB < SEEN
           SEEN holds "QUERY<TAB>DOCUMENT<TAB>REPORTS" lines; each must be 0 or all
           of the document's reports in FINAL_DB, or for the GDELT file imported
           with --batch ROWS, the reports of its first k batches (k >= 0)
"""
import collections
import json
import pathlib
import sqlite3
import sys


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def count():
    reports = collections.Counter()
    for line in sys.stdin:
        for source in json.loads(line)["sources"]:
            reports[source["document"]] += 1
    for document, n in sorted(reports.items()):
        print(document, n, sep="\t")


def check(gdelt, rows, final_path):
    db = sqlite3.connect(pathlib.Path(final_path).resolve().as_uri() + "?mode=ro", uri=True)
    final = dict(db.execute("SELECT d.key, count(*) FROM event_source s "
                            "JOIN document d ON d.id = s.document_id GROUP BY d.key"))
    allowed = {key: {0, n} for key, n in final.items()}
    gdelt_key = str(pathlib.Path(gdelt).resolve())
    records = {record for (record,) in db.execute(
        "SELECT record FROM event_source s JOIN document d ON d.id = s.document_id WHERE d.key = ?",
        (gdelt_key,))}
    whole = 0
    allowed[gdelt_key] = {0}
    with open(gdelt, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            whole += "gdelt:" + line.split("\t", 1)[0] in records
            if number % rows == 0:
                allowed[gdelt_key].add(whole)
    allowed[gdelt_key].add(whole)
    queries = set()
    for line in sys.stdin:
        query, document, n = line.rstrip("\n").split("\t")
        queries.add(query)
        if int(n) not in allowed.get(document, {0}):
            fail(f"query {query} saw {n} reports of {document}; a whole import gives one of "
                 f"{sorted(allowed.get(document, {0}))[:12]}")
    print(len(queries))


def main():
    if sys.argv[1:2] == ["count"]:
        count()
    elif len(sys.argv) == 5 and sys.argv[1] == "check":
        check(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        fail(__doc__)


main()
