#!/usr/bin/env python3
"""Derive the project's reference tables under data/ from the raw sources in shared/data/.

usage: python3 scripts/derive-reference-data.py [SOURCES]
       python3 scripts/derive-reference-data.py --holidays YYYY.json [YYYY.json ...]

SOURCES defaults to ../shared/data relative to the repository (the repository's parent folder
holds shared/). Needs Python 3.11 and pypinyin (pip install pypinyin). The outputs are committed,
so builds and tests never run Python; run this again when a source has a new release and review
the diff and data/occupations-report.md.

--holidays takes a newly published year: holiday-cn's YYYY.json (or the same shape transcribed
from the State Council's notice, with its address in "papers") is checked and merged into
data/holidays.csv and data/calendar-years.csv; nothing else is touched and pypinyin is not needed.
A year already in the tables is replaced by the file's days.

Writes:
- data/occupations.csv              occupations (osta-dadian is the primary list)
- data/occupation-categories.csv    large/middle/small categories named by osta-dadian
- assets/occupation-definitions.json  definitions from csco22, fetched by the app on demand
- data/occupations-report.md        every disagreement between the two occupation sources
- data/places.csv, data/counties.csv  Henan's receiving places and the counties under each
- data/holidays.csv, data/calendar-years.csv  statutory holidays, adjusted working days, and the
                                    years for which the calendar has been published
"""

import csv
import json
import re
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parent.parent
SOURCES = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "--holidays" else REPO.parent / "shared" / "data"
DATA = REPO / "data"
ASSETS = REPO / "assets"

CODE = re.compile(r"^\d-\d\d-\d\d-\d\d$")
# The official marks are glued to the end of csco22 names: S digital, L green, L/S both.
CSCO_MARKS = re.compile(r"^(.*?)(L/S|S|L)?$")


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff"


def syllables(name):
    """One pinyin syllable per character of the name (empty for punctuation), so that the search
    can map a pinyin match back to the characters it covers. pypinyin reads the whole name at once
    so that its phrase dictionary picks the reading of polyphonic characters (行, 重, 调) in context."""
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: [""] * len(chars))
    if len(readings) != len(name):
        raise SystemExit(f"pinyin: {name!r}: {len(readings)} readings for {len(name)} characters")
    out = []
    for ch, reading in zip(name, readings):
        if is_han(ch):
            if not re.fullmatch(r"[a-z]+", reading):
                raise SystemExit(f"pinyin: {name!r}: no plain reading for {ch!r}: {reading!r}")
            out.append(reading)
        else:
            out.append("")
    return out


def write_csv(path, header, rows, comment=None):
    with open(path, "w", newline="", encoding="utf-8") as f:
        if comment:
            for line in comment.strip().splitlines():
                f.write(f"# {line}\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def split_category(text):
    code, name = text.split(" ", 1)
    return code, name.strip()


def derive_occupations(report):
    osta_path = SOURCES / "occupations" / "osta-dadian.jsonl"
    csco_path = SOURCES / "occupations" / "csco22.csv"
    osta = [json.loads(line) for line in osta_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(csco_path, encoding="utf-8", newline="") as f:
        csco_rows = list(csv.DictReader(f))

    # csco22: level-4 rows are occupations; levels 1-3 are the categories.
    csco = {}
    csco_duplicates = []
    csco_categories = {}
    for row in csco_rows:
        if row["level"] != "4":
            level = int(row["level"])
            # csco writes categories as full codes padded with zeros: 1-00-00-00, 1-01-00-00.
            short = row["code"][: {1: 1, 2: 4, 3: 7}[level]]
            csco_categories[short] = row["name"].strip()
            continue
        name, mark = CSCO_MARKS.match(row["name"].strip()).groups()
        entry = {"name": name, "marks": set((mark or "").split("/")) - {""}, "definition": row["definition"].strip()}
        if row["code"] in csco:
            csco_duplicates.append((row["code"], csco[row["code"]]["name"], name))
            continue
        csco[row["code"]] = entry

    occupations = []
    categories = {}
    definitions = {}
    renamed, mark_diffs, osta_only, no_definition = [], [], [], []
    for record in osta:
        code = record["standardRef"]
        if not CODE.match(code):
            raise SystemExit(f"{osta_path.name}: {code!r}: not a well-formed occupation code")
        path = record["categoryPath"]
        for level, key in ((1, "large"), (2, "middle"), (3, "small")):
            cat_code, cat_name = split_category(path[key])
            if not code.startswith(cat_code):
                raise SystemExit(f"{osta_path.name}: {code}: {key} category {cat_code} does not match the code")
            known = categories.setdefault(cat_code, (level, cat_name))
            if known != (level, cat_name):
                raise SystemExit(f"{osta_path.name}: {code}: category {cat_code} named twice: {known} {cat_name}")
        name = record["label"].strip()
        marks = set(record.get("dadianMarkers") or [])
        pinyin = syllables(name)
        occupations.append(
            [
                code,
                name,
                ("S" if "S" in marks else "") + ("L" if "L" in marks else ""),
                record["workNum"] if "workNum" in record else "",
                " ".join(pinyin),
                "".join(s[0] if s else "_" for s in pinyin),
            ]
        )
        other = csco.get(code)
        if other is None:
            osta_only.append((code, name))
            continue
        if other["name"] != name:
            renamed.append((code, other["name"], name))
        if other["marks"] != marks:
            mark_diffs.append((code, name, "/".join(sorted(other["marks"])) or "-", "/".join(sorted(marks)) or "-"))
        if other["definition"]:
            definitions[code] = other["definition"]
        else:
            no_definition.append((code, name))
    osta_codes = {row[0] for row in occupations}
    csco_only = [(code, entry["name"]) for code, entry in sorted(csco.items()) if code not in osta_codes]
    category_renamed = [
        (code, csco_categories[code], name)
        for code, (level, name) in sorted(categories.items())
        if code in csco_categories and csco_categories[code] != name
    ]
    category_osta_only = [(code, name) for code, (level, name) in sorted(categories.items()) if code not in csco_categories]

    write_csv(
        DATA / "occupations.csv",
        ["code", "name", "marks", "work_num", "pinyin", "initials"],
        occupations,
        comment="""
Generated by scripts/derive-reference-data.py from osta-dadian.jsonl (see data/SOURCES.md). Do not edit.
marks: S digital occupation, L green occupation. work_num: number of 工种, empty when unknown.
pinyin: one syllable per character of the name, separated by spaces (empty for punctuation);
initials: the first letter of each syllable, _ for punctuation.
""",
    )
    write_csv(
        DATA / "occupation-categories.csv",
        ["code", "level", "name"],
        [[code, level, name] for code, (level, name) in sorted(categories.items())],
        comment="Generated by scripts/derive-reference-data.py from osta-dadian.jsonl categoryPath. Do not edit.\n"
        "level: 1 large (大类), 2 middle (中类), 3 small (小类).",
    )
    ASSETS.mkdir(exist_ok=True)
    with open(ASSETS / "occupation-definitions.json", "w", encoding="utf-8") as f:
        # One line per occupation keeps the diff of a new source release readable.
        f.write("{\n")
        items = sorted(definitions.items())
        for index, (code, text) in enumerate(items):
            comma = "," if index + 1 < len(items) else ""
            f.write(f"{json.dumps(code)}:{json.dumps(text, ensure_ascii=False)}{comma}\n")
        f.write("}\n")

    def table(title, winner, header, rows):
        report.append(f"\n## {title} ({len(rows)})\n\n{winner}\n")
        if rows:
            report.append("| " + " | ".join(header) + " |")
            report.append("|" + "---|" * len(header))
            for row in rows:
                report.append("| " + " | ".join(str(cell) for cell in row) + " |")

    large_counts = {}
    for row in occupations:
        large_counts[row[0][0]] = large_counts.get(row[0][0], 0) + 1
    report.append("# Occupation sources: disagreements\n")
    report.append(
        "Generated by `scripts/derive-reference-data.py`. Do not edit. The primary list is "
        "`osta-dadian.jsonl` (the national skill-evaluation website's classification): wherever the "
        "two sources disagree, **osta-dadian wins**; `csco22.csv` only supplies definitions.\n"
    )
    report.append(f"- osta-dadian occupations: {len(occupations)}")
    report.append(f"- csco22 level-4 rows: {sum(1 for r in csco_rows if r['level'] == '4')}, distinct codes: {len(csco)}")
    report.append(f"- definitions taken from csco22: {len(definitions)}")
    report.append("- occupations per large category (osta-dadian): " + ", ".join(f"{k}: {v}" for k, v in sorted(large_counts.items())))
    table("Codes in osta-dadian only", "Kept (osta-dadian wins); no definition.", ["code", "osta-dadian name"], osta_only)
    table("Codes in csco22 only", "Dropped (osta-dadian wins).", ["code", "csco22 name"], csco_only)
    table("Renamed occupations", "The osta-dadian name is used.", ["code", "csco22 name", "osta-dadian name"], renamed)
    table("Different digital (S) / green (L) marks", "The osta-dadian marks are used.", ["code", "name", "csco22", "osta-dadian"], mark_diffs)
    table("Duplicate codes in csco22", "The first csco22 row's definition is used.", ["code", "first name", "dropped name"], csco_duplicates)
    table("Occupations with an empty csco22 definition", "No definition is shown.", ["code", "name"], no_definition)
    table("Renamed categories", "The osta-dadian name is used.", ["code", "csco22 name", "osta-dadian name"], category_renamed)
    table("Categories in osta-dadian only", "Kept (osta-dadian wins).", ["code", "osta-dadian name"], category_osta_only)
    return large_counts


def derive_places():
    divisions = SOURCES / "divisions"
    with open(divisions / "henan_cities.csv", encoding="utf-8", newline="") as f:
        cities = list(csv.DictReader(f))
    with open(divisions / "henan_areas.csv", encoding="utf-8", newline="") as f:
        areas = list(csv.DictReader(f))
    places = []
    for city in cities:
        if city["code"] == "4190":
            # 省直辖县级行政区划 holds only 济源; the guide names its receiving place 济源示范区.
            places.append(["4190", "济源示范区", "济源产城融合示范区（统计区划 4190 省直辖县级行政区划）"])
        else:
            places.append([city["code"], city["name"], city["name"]])
    # The guide routes 航空港区 to its own authority beside 郑州市 (guide 1.3: 省辖市、济源示范区、航空港区).
    places.append(["410173", "航空港区", "郑州航空港经济综合实验区（统计区划 410173，属郑州市统计）"])
    counties = []
    for area in areas:
        place = "410173" if area["code"] == "410173" else area["cityCode"]
        counties.append([area["code"], area["name"], place])
    write_csv(
        DATA / "places.csv",
        ["code", "name", "full_name"],
        places,
        comment="Generated by scripts/derive-reference-data.py from divisions/henan_cities.csv (see data/SOURCES.md). Do not edit.\n"
        "Henan's receiving places: the 17 省辖市, 济源示范区 and 航空港区, which the guide treats as places of their own.",
    )
    write_csv(
        DATA / "counties.csv",
        ["code", "name", "place"],
        counties,
        comment="Generated by scripts/derive-reference-data.py from divisions/henan_areas.csv (see data/SOURCES.md). Do not edit.\n"
        "place: the receiving place (data/places.csv) the county-level unit files with.",
    )
    return len(places), len(counties)


DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def add_year(doc, rows, years, where):
    """Checks one holiday-cn year document and adds its days to rows ({date: (name, off)}) and
    its notice to years ({year: papers}). Refuses what the app would refuse in a site.json."""
    year = doc.get("year")
    if not isinstance(year, int) or not 2000 <= year <= 2200:
        raise SystemExit(f"{where}: year: not a year between 2000 and 2200")
    papers = doc.get("papers")
    if not papers or not all(isinstance(p, str) and p.startswith(("https://", "http://")) for p in papers):
        raise SystemExit(f"{where}: {year}: papers: the notice's address (https://...) is needed")
    for index, day in enumerate(doc.get("days") or []):
        match = DATE.match(str(day.get("date", "")))
        if not match or int(match[1]) not in (year, year - 1):
            raise SystemExit(f"{where}: {year}: days[{index}].date: not a date YYYY-MM-DD of {year} (or late {year - 1})")
        if not isinstance(day.get("isOffDay"), bool) or not str(day.get("name", "")).strip():
            raise SystemExit(f"{where}: {year}: days[{index}]: needs a name and isOffDay true or false")
        row = (day["name"], "true" if day["isOffDay"] else "false")
        if rows.setdefault(day["date"], row) != row:
            raise SystemExit(f"{where}: {day['date']}: two different entries: {rows[day['date']]} {row}")
    years[year] = " ".join(papers)


def derive_holidays():
    rows = {}
    years = {}
    for path in sorted((SOURCES / "holidays").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not doc["days"]:
            # An empty file means the State Council has not published that year's arrangement.
            continue
        add_year(doc, rows, years, path)
    return write_holiday_tables(rows, years)


def add_holiday_years(paths):
    """Merges newly published years into the committed tables (--holidays)."""
    rows, years = {}, {}
    with open(DATA / "holidays.csv", encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            rows[row["date"]] = (row["name"], row["is_off_day"])
    with open(DATA / "calendar-years.csv", encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            years[int(row["year"])] = row["papers"]
    for path in paths:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        if not doc.get("days"):
            raise SystemExit(f"{path}: days: empty (the arrangement is not published yet)")
        # The file's days replace the year's rows (a corrected notice); late days of the year
        # before stay unless the file lists them again.
        year = doc.get("year")
        rows = {date: row for date, row in rows.items() if not date.startswith(f"{year}-")}
        add_year(doc, rows, years, path)
    return write_holiday_tables(rows, years)


def write_holiday_tables(rows, years):
    years = sorted(years.items())
    write_csv(
        DATA / "holidays.csv",
        ["date", "name", "is_off_day"],
        [[date, name, off] for date, (name, off) in sorted(rows.items())],
        comment="Generated by scripts/derive-reference-data.py from holiday-cn YYYY.json (see data/SOURCES.md). Do not edit.\n"
        "is_off_day true: a statutory holiday day off; false: an adjusted working day (a weekend day that is worked).",
    )
    write_csv(
        DATA / "calendar-years.csv",
        ["year", "papers"],
        years,
        comment="Generated by scripts/derive-reference-data.py. The years whose holiday arrangement has been published\n"
        "(a non-empty holiday-cn file); a date computation that reaches any other year takes the host's site.json\n"
        "or the estimate (Monday to Friday less the fixed-date holidays), shown as such.",
    )
    return len(rows), [y for y, _ in years]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--holidays":
        if len(sys.argv) < 3:
            raise SystemExit("--holidays needs at least one YYYY.json")
        holidays, years = add_holiday_years(sys.argv[2:])
        print(f"holiday rows: {holidays}, years: {years}")
        return
    report = []
    large_counts = derive_occupations(report)
    (DATA / "occupations-report.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    places, counties = derive_places()
    holidays, years = derive_holidays()
    print(f"occupations per large category: {large_counts}")
    print(f"places: {places}, counties: {counties}")
    print(f"holiday rows: {holidays}, years: {years}")


if __name__ == "__main__":
    main()
