#!/usr/bin/env python3
"""Lists every weekday named in an article set with the date it resolves to (the same day or
the most recent one before the publication date), to check them against the gold by eye.

Run: python3 tests/data/articles/check_weekdays.py tests/data/articles/dev-m
"""
import os
import re
import sys
from datetime import date, timedelta

from check_gold import ARTICLE, as_published, dev_layout_date

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def main(folder):
    published = as_published(folder)
    names = sorted((m.group(1) for m in map(ARTICLE.fullmatch, os.listdir(folder)) if m),
                   key=lambda art: (re.sub(r"\d+", "", art), int(re.sub(r"\D+", "", art))))
    for art in names:
        with open(os.path.join(folder, f"{art}.txt"), encoding="utf-8") as fh:
            text = fh.read()
        pub = dev_layout_date(text) or published.get(art)
        if pub is None:
            print(f"{art}: publication date unknown", file=sys.stderr)
            return 1
        day = date.fromisoformat(pub)
        print(f"{art} published {pub} ({DAYS[day.weekday()]})")
        for m in re.finditer(r"\b(" + "|".join(DAYS) + r")\b", text):
            back = (day.weekday() - DAYS.index(m.group(1))) % 7
            context = text[max(0, m.start() - 40): m.end() + 15].replace("\n", " ")
            print(f"    {m.group(1):9} -> {day - timedelta(days=back)}   ...{context}...")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_weekdays.py SET_FOLDER")
    sys.exit(main(sys.argv[1]))
