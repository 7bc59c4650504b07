#!/usr/bin/env python3
"""Reports 6-word sequences that a set's articles share with every other article the project
holds (the other sets here, the shared corpus's sample article and d1-d6), to show a new
set's wording is its own.

Run: python3 tests/data/articles/check_overlap.py tests/data/articles/dev-n
"""
import glob, os, re, sys

ARTICLES = os.path.dirname(os.path.abspath(__file__))  # tests/data/articles
SHARED = os.environ.get("SHARED", os.path.join(ARTICLES, "..", "..", "..", "..", "shared"))


def shingles(path, n=6):
    w = re.findall(r"[a-z0-9']+", open(path, encoding="utf-8").read().lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_overlap.py SET_DIR")
    own_dir = os.path.abspath(sys.argv[1])
    own = sorted(glob.glob(os.path.join(own_dir, "*.txt")))
    # The annotated sets: the folders with a gold.jsonl.
    sets = [os.path.dirname(g) for g in glob.glob(os.path.join(ARTICLES, "*", "gold.jsonl"))]
    others = [p for d in sets if os.path.abspath(d) != own_dir for p in glob.glob(os.path.join(d, "*.txt"))]
    others += glob.glob(os.path.join(SHARED, "corpus", "000_*.txt"))
    others += glob.glob(os.path.join(SHARED, "corpus", "dev", "d*.txt"))
    seen = {}
    for p in others:
        for s in shingles(p):
            seen.setdefault(s, os.path.relpath(p, ARTICLES))
    hits = 0
    for p in own:
        for s in sorted(shingles(p) & seen.keys()):
            hits += 1
            print(f"{os.path.basename(p)}: '{s}' also in {seen[s]}")
    print(f"{len(own)} articles against {len(others)} other files, {hits} shared 6-word sequences")


if __name__ == "__main__":
    main()
