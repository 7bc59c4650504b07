#!/usr/bin/env python3
"""Lists every weekday named in kN.txt with the date it resolves to (same day or the most recent
one before the publication date), to check them against the gold by eye; also checks the
publication date each article's layout gives."""
import re, sys
from datetime import date, timedelta
from check_gold import AS_PUBLISHED

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ok = True
for n in range(1, 15):
    art = f"k{n}"
    text = open(f"{art}.txt", encoding="utf-8").read()
    lines = text.split("\n")
    if n <= 9:
        pub = lines[1]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and lines[2] == f"https://example.org/news/{art}" and lines[3] == "", art
    else:
        pub = AS_PUBLISHED[art]
    d = date.fromisoformat(pub)
    print(f"{art} published {pub} ({DAYS[d.weekday()]})")
    for m in re.finditer(r"\b(" + "|".join(DAYS) + r")\b", text):
        back = (d.weekday() - DAYS.index(m.group(1))) % 7
        ctx = text[max(0, m.start() - 40): m.end() + 15].replace("\n", " ")
        print(f"    {m.group(1):9} -> {d - timedelta(days=back)}   ...{ctx}...")
sys.exit(0 if ok else 1)
