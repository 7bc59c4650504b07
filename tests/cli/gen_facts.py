#!/usr/bin/python3
"""Writes N deterministic fact rows (docs/cli.md, import facts) as CSV or JSON Lines.

usage: gen_facts.py csv|jsonl N SEED > FILE

Dates fall in 2001-2010, before those of bench/gen-gdelt, so that a fact and a
GDELT row never report the same event (which one came first would then show).
"""
import csv
import json
import random
import sys

STATES = "USA CHN RUS UKR FRA DEU GBR IND PAK IRN TUR JPN BRA POL BLR".split()
TYPES = "visit meeting agreement sanction support aid threat reject conflict".split()


def main():
    layout, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    writer = csv.writer(sys.stdout, lineterminator="\n") if layout == "csv" else None
    if writer:
        writer.writerow(["date", "type", "source", "target", "evidence", "source_note"])
    for i in range(n):
        source, target = rng.sample(STATES, 2)
        row = {"date": f"{rng.randint(2001, 2010)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "type": rng.choice(TYPES), "source": source, "target": target,
               "evidence": f"{source} and {target}, report {seed}-{i}.",
               "source_note": f"generated, seed {seed}"}
        if writer:
            writer.writerow(row.values())
        else:
            print(json.dumps(row))


main()
