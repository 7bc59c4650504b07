#!/usr/bin/env python3
"""Check an annotated article set: SET/gold.jsonl against the article files SET/<id>.txt.

Run: python3 tests/data/articles/check_gold.py tests/data/articles/dev   (exit 0 when everything holds)
The sets: dev (a1-a16), dev-h (h1-h14), dev-k (k1-k14), dev-m (m1-m16), dev-n (n1-n16), dev-p (p1-p12), dev-q (q1-q14), dev-r (r1-r16), dev-s (s1-s16), dev-t (t1-t18) and the held-out heldout9 (u1-u18) and heldout10 (v1-v18). ctest runs it on each.

Checks that every evidence is an exact substring of its article, types and dates are valid,
actors are ISO alpha-3 codes from data/states.tsv or organisation codes from data/orgs.tsv,
role facts name a person and a state, article ids match the article files (every file has gold),
each (article, type, source, target, date) tuple appears once, and facts marked date_inferred
carry the article's publication date: line 2 in the dev layout, else SET/published.tsv
(article, date) for articles as published, whose date sits in the text.
"""
import json, os, re, sys
from datetime import date

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
TYPES = {"visit", "meeting", "agreement", "sanction", "support", "aid", "conflict", "threat", "reject", "role"}
ARTICLE = re.compile(r"([a-z]+\d+)\.txt")


def as_published(folder):
    """Publication dates of the articles as published: SET/published.tsv, "article<TAB>date"."""
    path = os.path.join(folder, "published.tsv")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#"))


def dev_layout_date(text):
    """Line 2 when the article is in the dev layout (headline, date, URL, blank line), else None."""
    lines = text.split("\n")
    if len(lines) > 3 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[1]) and lines[3] == "":
        return lines[1]
    return None


def publication_dates(folder):
    """Each article's publication date: line 2 in the dev layout, else SET/published.tsv."""
    pub = {}
    for name in sorted(os.listdir(folder)):
        m = ARTICLE.fullmatch(name)
        if m:
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                day = dev_layout_date(fh.read())
            if day:
                pub[m.group(1)] = day
    pub.update(as_published(folder))
    return pub


def codes(path, col=0):
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.rstrip("\n").split("\t")[col])
    return out


def valid_date(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    try:
        date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return False
    # Old treaties are facts too ("the 1951 defence treaty"); the bound only catches typos.
    return 1800 <= int(m.group(1)) <= 2100


def main(folder):
    states = codes(os.path.join(ROOT, "data", "states.tsv")) - {"code"}
    orgs = codes(os.path.join(ROOT, "data", "orgs.tsv")) - {"code"}
    texts = {}
    for name in sorted(os.listdir(folder)):
        m = ARTICLE.fullmatch(name)
        if m:
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                texts[m.group(1)] = fh.read()
    pub = publication_dates(folder)
    errors, seen, per_article = [], set(), {}
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"gold.jsonl:{n}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})"); continue
            extra = set(g) - {"article", "type", "source", "target", "date", "evidence", "date_inferred"}
            if extra:
                errors.append(f"{where}: unexpected keys {sorted(extra)}")
            art = g.get("article")
            if art not in texts:
                errors.append(f"{where}: no article file for {art!r}"); continue
            per_article[art] = per_article.get(art, 0) + 1
            if g.get("type") not in TYPES:
                errors.append(f"{where}: bad type {g.get('type')!r}")
            if not valid_date(str(g.get("date", ""))):
                errors.append(f"{where}: bad date {g.get('date')!r}")
            if g.get("evidence", "") == "" or g["evidence"] not in texts[art]:
                errors.append(f"{where}: evidence not found in {art}.txt: {g.get('evidence')!r}")
            if g.get("date_inferred") and g.get("date") != pub.get(art):
                errors.append(f"{where}: inferred date {g.get('date')} is not the publication date {pub.get(art)}")
            if "date_inferred" in g and g["date_inferred"] is not True:
                errors.append(f"{where}: date_inferred must be true when present")
            if g.get("type") == "role":
                if g.get("source") in states or g.get("source") in orgs or " " not in str(g.get("source")).strip():
                    errors.append(f"{where}: role source should be a person's full name: {g.get('source')!r}")
                if g.get("source") and g["source"] not in texts[art]:
                    errors.append(f"{where}: role person {g['source']!r} not named in {art}.txt")
                if g.get("target") not in states:
                    errors.append(f"{where}: role target must be a state code: {g.get('target')!r}")
            else:
                for side in ("source", "target"):
                    a = g.get(side)
                    if a not in states and a not in orgs:
                        errors.append(f"{where}: {side} {a!r} is neither a state code nor an org code")
                if g.get("source") == g.get("target"):
                    errors.append(f"{where}: source equals target")
            key = (art, g.get("type"), g.get("source"), g.get("target"), g.get("date"))
            if g.get("type") in ("meeting", "agreement", "conflict"):
                key = (art, g.get("type"), *sorted([str(g.get("source")), str(g.get("target"))]), g.get("date"))
            if key in seen:
                errors.append(f"{where}: duplicate tuple {key}")
            seen.add(key)
    for art in texts:
        if art not in per_article:
            errors.append(f"{art}.txt has no gold facts")
        if art not in pub:
            errors.append(f"{art}.txt: publication date unknown")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"{len(texts)} articles, {sum(per_article.values())} facts, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_gold.py SET_FOLDER")
    sys.exit(main(sys.argv[1]))
