#!/usr/bin/python3
"""Writes the ICEWS test fixtures of this folder (see README.md): made-up rows in the real
ICEWS layout (tab-separated, header row, NA for missing values)."""

HEADER = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
          "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
          "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
          "Longitude"]


def row(event_id, date, source, source_sectors, source_country, text, code, intensity, target,
        target_sectors, target_country, story="900", sentence="1"):
    return [str(event_id), date, source, source_sectors, source_country, text, code, intensity,
            target, target_sectors, target_country, story, sentence, "Example Wire", "NA", "NA",
            "NA", "NA", "NA", "NA"]


def write(name, header, rows):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        for r in [header] + rows:
            f.write("\t".join(r) + "\n")


GOV = "Government,Executive"
rows = [
    row(1, "2018-06-01", "Foreign Affairs (Bangladesh)", GOV, "Bangladesh", "Consult", "040", "1",
        "Military (Vietnam)", "Military", "Vietnam"),                                  # 2 meeting BGD-VNM
    row(2, "2018-06-01", "Ana Example", GOV + ",Foreign Ministry", "Russian Federation",
        "Make a visit", "042", "1.9", "Japan", "NA", "Japan"),                         # 3 person visit
    row(3, "2018-06-01", "Japan", "NA", "Japan", "Host a visit", "043", "2.8",
        "Ana Example", GOV, "Russian Federation"),                                     # 4 host: same visit, code 043
    row(3, "2018-06-01", "Japan", "NA", "Japan", "Host a visit", "043", "2.8",
        "Ana Example", GOV, "Russian Federation"),                                     # 5 fully duplicated row
    row(5, "2018-06-02", "Citizen (Japan)", "Social", "Japan", "Demonstrate or rally", "141", "-6.5",
        "Police (Japan)", "Police", "Japan"),                                          # 6 domestic
    row(6, "2018-06-02", "Hamas Example Front", "Insurgents", "NA", "Threaten", "130", "-4.4",
        "Israel", "NA", "Israel"),                                                     # 7 no source country
    row(7, "2018-06-02", "Reuters", "News,Media", "United Kingdom", "Criticize or denounce", "111",
        "-2", "Occupied Palestinian Territory", "NA", "Occupied Palestinian Territory"),  # 8 outlet -> GBR
    row(8, "2018-06-02", "Atlantis", "NA", "Atlantis", "Consult", "040", "1",
        "France", "NA", "France"),                                                     # 9 unknown country
    row(9, "2018-13-02", "France", "NA", "France", "Consult", "040", "1",
        "Germany", "NA", "Germany"),                                                   # 10 malformed date
    row(10, "2018-06-02", "France", "NA", "France", "Consult", "999", "1",
        "Germany", "NA", "Germany"),                                                   # 11 unknown code
    row(11, "2018-06-03", "Moldova, Republic of", "NA", "Moldova, Republic of", "Sign formal agreement",
        "057", "8", "Romania", "NA", "Romania"),                                       # 12 agreement
]
write("events.tab", HEADER, rows)

# One release writes M/D/YYYY and has no CAMEO Code column; Event IDs repeat rows of events.tab.
no_code = [h for h in HEADER if h != "CAMEO Code"]
mdy = []
for r in [
    row(1, "6/1/2018", "Foreign Affairs (Bangladesh)", GOV, "Bangladesh", "Consult", "040", "1",
        "Military (Vietnam)", "Military", "Vietnam"),                                  # 2 same event as events.tab:2
    row(20, "6/4/2018", "India", "NA", "India", "Impose embargo, boycott, or sanctions", "163", "-8",
        "Pakistan", "NA", "Pakistan"),                                                 # 3 sanction by Event Text
    row(21, "6/4/2018", "India", "NA", "India", "Do something unheard of", "", "",
        "Pakistan", "NA", "Pakistan"),                                                 # 4 unknown Event Text
]:
    del r[6]
    mdy.append(r)
write("events_mdy_no_code.tab", no_code, mdy)
