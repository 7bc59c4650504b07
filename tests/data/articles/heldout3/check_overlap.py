#!/usr/bin/env python3
"""Reports 6-word sequences that nN.txt shares with the other article sets (d1-d6, the sample
article, the team's dev set a1-a16, dev-h h1-h14, dev-k k1-k14, the held-out set m1-m16)."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.dirname(HERE)                      # tests/data/articles
SHARED = os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "corpus")  # next to the checkout
OTHERS = (glob.glob(os.path.join(SHARED, "dev", "d*.txt")) + glob.glob(os.path.join(SHARED, "000_*.txt"))
          + glob.glob(os.path.join(ARTICLES, "dev", "a*.txt")) + glob.glob(os.path.join(ARTICLES, "dev-h", "h*.txt"))
          + glob.glob(os.path.join(ARTICLES, "dev-k", "k*.txt"))
          + glob.glob(os.path.join(ARTICLES, "heldout2", "m*.txt")))


def shingles(path, n=6):
    w = re.findall(r"[a-z0-9']+", open(path, encoding="utf-8").read().lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


other = {}
for p in OTHERS:
    for s in shingles(p):
        other.setdefault(s, os.path.basename(p))
hits = 0
for p in sorted(glob.glob(os.path.join(HERE, "n*.txt"))):
    for s in sorted(shingles(p) & other.keys()):
        hits += 1
        print(f"{os.path.basename(p)}: '{s}' also in {other[s]}")
print(f"{len(OTHERS)} other files, {hits} shared 6-word sequences")
