"""Writes a set's gold.jsonl from its annotation table (each set's make_gold.py holds the
table). A fact whose date is I takes the article's publication date, marked date_inferred."""
import json, os

from check_gold import publication_dates

I = None  # marker: date not in the text, the fact takes the publication date


def write_gold(folder, facts):
    """facts: (article, type, source, target, date or I, evidence) rows."""
    pub = publication_dates(folder)
    with open(os.path.join(folder, "gold.jsonl"), "w", encoding="utf-8") as out:
        for art, typ, src, tgt, d, ev in facts:
            g = {"article": art, "type": typ, "source": src, "target": tgt, "date": d or pub[art], "evidence": ev}
            if d is None:
                g["date_inferred"] = True
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(facts), "facts")
