#!/usr/bin/python3
"""Writes the GDELT test fixtures of this folder (see README.md): small files in the real
column layouts (2.0: 61 columns; 1.0: 58 and 57), each row chosen to test one rule."""


def side(country="", group=""):
    # Actor*Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3
    if not country and not group:
        return [""] * 10
    code = country or ("IGO" + group)
    return [code, code, country, group, "", "", "", "GOV" if country else "IGO", "", ""]


def row(version, event_id, day, a1, a2, code, goldstein="", articles="2", url=None):
    fields = [str(event_id), day, day[:6], day[:4], day[:4] + ".0100"]
    fields += side(*a1) + side(*a2)
    fields += ["1", code, code[:3], code[:2], "1", goldstein, "4", "1", articles, "-1.25"]
    geo = 8 if version == 2 else 7
    for _ in range(3):
        fields += (["1", "Somewhere", "XX", "XX", "", "0", "0", ""] if geo == 8
                   else ["1", "Somewhere", "XX", "XX", "0", "0", ""])
    fields.append("20240106001500" if version == 2 else "20240106")
    if version != 157:
        fields.append(url or "https://news.example.org/%d" % event_id)
    return "\t".join(fields)


def write(name, lines):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


USA, CHN, RUS, FRA, SYR, DEU = ("USA",), ("CHN",), ("RUS",), ("FRA",), ("SYR",), ("DEU",)
v2 = [
    row(2, 1001, "20240105", USA, CHN, "042", "1.9", "3"),         # 1 visit USA -> CHN
    row(2, 1002, "20240105", CHN, USA, "043", "2.8"),              # 2 CHN hosts USA: visit USA -> CHN
    row(2, 1003, "20240105", USA, CHN, "042", "1.9", "5"),         # 3 row 1 re-emitted: merged
    row(2, 1001, "20240105", USA, CHN, "042", "1.9", "3"),         # 4 id 1001 again: unchanged
    row(2, 1005, "20240105", ("EUR",), USA, "036", "4.0"),         # 5 region: out of scope
    row(2, 1006, "20240105", RUS, ("",), "010", "0.0"),            # 6 no target: out of scope
    row(2, 1007, "20240105", FRA, FRA, "040", "1.0"),              # 7 same state: out of scope
    row(2, 1008, "20240105", ("", "TAL"), USA, "111", "-2.0"),     # 8 a group no org: out of scope
    row(2, 1009, "20240106", ("", "UNO"), SYR, "073", "7.4"),      # 9 UN -> Syria aid
    row(2, 1010, "20240106", ("", "NAT"), RUS, "1384", ""),        # 10 NATO threat, weight from table
    row(2, 1011, "20240107", ("ROM",), DEU, "057", "8.0"),         # 11 Romania (ROM) agreement
    row(2, 1012, "20241345", USA, CHN, "042", "1.9"),              # 12 malformed: date
    "\t".join(row(2, 1013, "20240107", USA, CHN, "042").split("\t")[:60]),  # 13 malformed: 60 columns
    row(2, 1014, "20240107", USA, CHN, "abc", "1.0"),              # 14 malformed: event code
    row(2, 1015, "20240107", USA, CHN, "99", "1.0"),               # 15 malformed: unknown root
    row(2, 1016, "20240108", ("IRN",), ("ISR",), "190", "-10.0"),  # 16 conflict
    row(2, 1017, "20240108", ("ISR",), ("IRN",), "190", "-10.0"),  # 17 same conflict reversed: merged
    row(2, 1018, "20240109", ("GBR",), RUS, "163", "-8.0"),        # 18 sanction
    row(2, 1019, "20240109", ("KOR",), ("JPN",), "0465", "7.0"),   # 19 unlisted code: meeting (046)
    row(2, 1020, "20240110", USA, CHN, "010", "0.0"),              # 20 other (statement)
    row(2, 1021, "20240110", USA, CHN, "100", "-5.0"),             # 21 other (demand): its own event
]
write("events_v2.tsv", v2)
write("events_v1_58.tsv", [
    row(158, 2001, "20120301", ("PAK",), ("IND",), "042", "1.9"),  # visit
    row(158, 2002, "20120301", ("IND",), ("PAK",), "111", "-2.0"),  # reject (criticize)
    row(158, 2003, "20120302", ("",), ("IND",), "040", "1.0"),      # no source
])
write("events_v1_57.tsv", [
    row(157, 3001, "19990510", ("BRA",), ("ARG",), "057", "8.0"),  # agreement
    row(157, 3002, "19990511", ("ZAR",), ("RWA",), "190", "-10.0"),  # ZAR = DR Congo, conflict
])

# The 58-column file again, as GDELT publishes exports: a zip archive of one file.
import zipfile
with zipfile.ZipFile("events_v1_58.zip", "w", zipfile.ZIP_DEFLATED) as archive:
    info = zipfile.ZipInfo("events_v1_58.tsv", date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with open("events_v1_58.tsv", "rb") as f:
        archive.writestr(info, f.read())
