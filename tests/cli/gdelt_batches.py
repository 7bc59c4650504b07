#!/usr/bin/python3
"""Checks that an interrupted `import gdelt --batch ROWS FILE` left whole batches:
batch k is lines (k-1)*ROWS+1 .. k*ROWS of FILE, blank lines included, each one
transaction (importers/dataset_import.cpp). Prints how many batches DB holds
at least (later ones may have had no row to store).

usage: gdelt_batches.py FILE ROWS CLEAN_DB DB

CLEAN_DB holds a clean import of FILE and DB part of one, and no other events.
DB must hold exactly the records CLEAN_DB took from the first k batches, for
some k, each reporting the event it reports there, and no other event; the
document is marked complete only once every batch is in. Exits 1 otherwise.
"""
import pathlib
import sqlite3
import sys


def connect(path):
    return sqlite3.connect(pathlib.Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def event_by_record(db):
    """record -> the whole row of the event it reports."""
    return {row[0]: row[1:] for row in db.execute(
        "SELECT s.record, e.* FROM event_source s JOIN event e ON e.id = s.event_id "
        "WHERE s.record IS NOT NULL")}


def main():
    if len(sys.argv) != 5:
        fail(__doc__)
    path, rows, clean_path, killed_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    line_of = {}
    lines = 0
    with open(path, encoding="utf-8") as f:
        for lines, line in enumerate(f, start=1):
            line_of["gdelt:" + line.split("\t", 1)[0]] = lines
    batches = -(-lines // rows)

    clean = event_by_record(connect(clean_path))
    killed_db = connect(killed_path)
    killed = event_by_record(killed_db)
    stray = killed.keys() - clean.keys()
    if stray:
        fail(f"records a clean import does not store: {sorted(stray)[:5]}")
    whole = -(-max((line_of[r] for r in killed), default=0) // rows)
    missing = sorted((r for r in clean if line_of[r] <= whole * rows and r not in killed), key=line_of.get)
    if missing:
        fail(f"{len(missing)} records of the first {whole} batches (of {batches}) missing, "
             f"the first at line {line_of[missing[0]]}")
    for record, event in killed.items():
        if event != clean[record]:
            fail(f"{record}: event {event} where a clean import has {clean[record]}")
    events = killed_db.execute("SELECT count(*) FROM event").fetchone()[0]
    if events != len(set(killed.values())):
        fail(f"{events} events, but the stored records report {len(set(killed.values()))}")
    complete = killed_db.execute(
        "SELECT count(*) FROM document WHERE completed_at IS NOT NULL").fetchone()[0]
    if complete and killed.keys() != clean.keys():
        fail(f"document marked complete with {whole} of {batches} batches in")
    print(whole)


main()
