#!/usr/bin/python3
"""Checks and canonical dumps of a dipgraph database, for the crash and
concurrency tests (tests/cli/kill_import.sh, concurrent_use.sh).

usage: store_check.py sound DB       integrity_check ok, foreign keys hold, the pair
                                     rollup equals the aggregate of `event`
       store_check.py dump DB        every table's rows sorted, and the schema; the
                                     times a document was imported are left out
       store_check.py sources DB     "document-key<TAB>event_source rows" per document
       store_check.py reports DB KEY "FIRST LAST": the lowest and highest id of the
                                     reports (event_source rows) citing document KEY

Opens the file read-only and prints a reason on stderr and exits 1 on failure.
"""
import pathlib
import sqlite3
import sys


def connect(path):
    uri = pathlib.Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


# docs/schema.md: pair_month is always exactly this aggregate of `event`.
ROLLUP = """
SELECT min(source_node_id, target_node_id), max(source_node_id, target_node_id), type,
       substr(day_from, 1, 7), count(*), min(day_from), max(day_to), total(weight),
       sum(weight > 0), sum(weight < 0)
FROM event WHERE source_node_id <> target_node_id GROUP BY 1, 2, 3, 4"""
STORED_ROLLUP = """
SELECT lo_node_id, hi_node_id, type, month, events, first_day, last_day, net_weight,
       cooperative, conflictual FROM pair_month"""


def rollup_rows(db, sql):
    # Sums of weights in another order may differ in the last bits.
    return sorted(row[:7] + (round(row[7], 6),) + row[8:] for row in db.execute(sql))


def sound(path):
    db = connect(path)
    result = db.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        fail(f"{path}: integrity_check: {result[:5]}")
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        fail(f"{path}: foreign_key_check: {broken[:5]}")
    if rollup_rows(db, ROLLUP) != rollup_rows(db, STORED_ROLLUP):
        fail(f"{path}: pair_month differs from the aggregate of event")


def dump(path):
    db = connect(path)
    for row in sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")):
        print("schema", *row, sep="\t")
    tables = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in sorted(tables):
        columns = [column[1] for column in db.execute(f'PRAGMA table_info("{table}")')]
        if table == "document":
            # When it was imported differs from run to run; whether it is complete must not.
            columns = ["completed_at IS NOT NULL" if c == "completed_at" else c
                       for c in columns if c != "imported_at"]
        rows = db.execute(f'SELECT {", ".join(columns)} FROM "{table}"').fetchall()
        for row in sorted(rows, key=repr):
            print(table, repr(row), sep="\t")


def sources(path):
    db = connect(path)
    for key, count in db.execute(
            "SELECT d.key, count(s.id) FROM document d LEFT JOIN event_source s ON s.document_id = d.id "
            "GROUP BY d.id ORDER BY d.key"):
        print(key, count, sep="\t")


def reports(path, key):
    db = connect(path)
    first, last = db.execute("SELECT min(s.id), max(s.id) FROM event_source s "
                             "JOIN document d ON d.id = s.document_id WHERE d.key = ?", (key,)).fetchone()
    if first is None:
        fail(f"{path}: no report cites {key}")
    print(first, last)


def main():
    commands = {"sound": sound, "dump": dump, "sources": sources, "reports": reports}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        fail(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])


main()
