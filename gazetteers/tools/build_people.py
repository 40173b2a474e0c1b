#!/usr/bin/env python3
"""Builds gazetteers/people.tsv: the curated people (gazetteers/people_curated.tsv), every
speaker of the UN General Debate from 1990 to 2024 (UNGDC speakers list, CC0), with country,
latest title and the years they spoke, and the office-holders of the Phoenix actor dictionaries
(PETRARCH2, MIT) whose coded tenure reaches 1990 or later, with country (or international
organization), role and years.

Usage: python3 gazetteers/tools/build_people.py ../shared/data > gazetteers/people.tsv

Surname-only aliases are added for heads of state and government and foreign ministers when the
surname is at least four letters, is not a common lower-case English word
(tests/data/common_words.txt) and is not a country alias. They are weak aliases: newsie resolves
them only when the document named the person in full earlier, or the surname is unique.
"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phoenix  # noqa: E402
from phoenix import slug  # noqa: E402

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"

HONORIFICS = re.compile(r"^(H\.?\s?E\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sheikh|Shaikh|Sir|Dame|Prince|Princess|King|Queen|Emir|Amir|General|Gen\.?|Lt\.?|Colonel|Col\.?|Archbishop|Cardinal|Monsignor|Msgr\.?|Rev\.?)\s+", re.I)
LEADER_POSTS = re.compile(r"president|prime minister|king|queen|emir|amir|chancellor|head of (state|government)|foreign affairs|foreign minister|sultan|crown prince|premier", re.I)


# Phoenix agent codes -> the role the person holds.
ROLES = {"GOV": "government", "MIL": "military", "ELI": "elite", "SPY": "intelligence", "JUD": "judiciary",
         "LEG": "legislature", "OPP": "opposition", "BUS": "business", "COP": "police", "REB": "rebel",
         "MED": "media", "EDU": "education", "HRI": "human rights", "ENV": "environment", "LAB": "labour",
         "REF": "refugees", "DEV": "development", "HLH": "health", "AGR": "agriculture", "CVL": "civilian",
         "PTY": "party", "REL": "religion", "IGO": "international"}


# Phoenix office-holders whose coded tenure ends before this year are left out: the dictionaries
# stop around 2012, and recent office-holders are the ones news names.
MIN_LAST_YEAR = 2011


def lowercase_words(data, min_count=3):
    """Words seen in lower case at least `min_count` times in the BBC and AG News corpora."""
    import collections
    import gzip
    import json
    counts = collections.Counter()
    for name in ("bbc_zitros_2004_2005.jsonl.gz", "agnews_test.jsonl.gz"):
        with gzip.open(f"{data}/corpus/{name}", "rt", encoding="utf-8") as f:
            for line in f:
                counts.update(re.findall(r"(?<![\w'])[a-z][a-z'-]+", json.loads(line).get("text", "")))
    return {w for w, n in counts.items() if n >= min_count}


def big_cities(data, min_population=200000):
    import gzip
    import json
    with gzip.open(f"{data}/countries/geonames/geonames_cities15000.json.gz", "rt", encoding="utf-8") as f:
        cities = json.load(f)
    return {c["name"].lower() for c in cities.values() if c.get("population", 0) >= min_population}


def first_last(name):
    parts = slug(name).split("_")
    return (parts[0], parts[-1])


def clean(name):
    name = " ".join(name.replace("\u00a0", " ").split())
    while True:
        new = HONORIFICS.sub("", name)
        if new == name:
            break
        name = new
    return name.strip(" ,.")


def title_case_post(post):
    post = " ".join(post.split())
    return post[:1].upper() + post[1:] if post else ""


def main():
    common = phoenix.common_words()
    # A surname that news writes in lower case ("green", "king", "bishop") or that names a large
    # city ("Lagos") is not a safe alias on its own.
    common |= lowercase_words(DATA) | big_cities(DATA)
    countries = list(phoenix.gazetteer_rows("countries.tsv"))
    country_ids = {cid for cid, _, _ in countries}
    country_aliases = {n.lower() for _, names, _ in countries for n in names}

    curated = []
    curated_ids = set()
    curated_names = set()
    for pid, names, line in phoenix.gazetteer_rows("people_curated.tsv"):
        curated.append(line)
        curated_ids.add(pid)
        curated_names.update(slug(n) for n in names)

    curated_first_lasts = {first_last(line.split("\t")[2]) for line in curated}
    people = {}
    with open(f"{DATA}/leaders/ungdc_speakers_by_session.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            year = int(row["year"])
            if year < 1990:
                continue
            name = clean(row["speaker"])
            words = name.split()
            if len(words) < 2 or not all(w[0].isupper() or w.lower() in ("bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "das", "del", "di") for w in words):
                continue
            pid = slug(name)
            if not pid or pid in curated_ids or pid in curated_names or first_last(name) in curated_first_lasts:
                continue
            p = people.setdefault(pid, {"name": name, "years": [], "posts": [], "countries": []})
            p["years"].append(year)
            p["posts"].append((year, title_case_post(row["post"])))
            p["countries"].append((year, row["iso3"]))

    phoenix_people = {}
    taken = set(people) | curated_ids | curated_names
    first_lasts = {first_last(p["name"]) for p in people.values()}
    for line in curated:
        first_lasts.add(first_last(line.split("\t")[2]))
    sources = [("Phoenix.Countries.actors.txt", True), ("Phoenix.International.actors.txt", False)]
    for fname, national in sources:
        for e in phoenix.parse(f"{DATA}/actors/petrarch2/{fname}"):
            if national and "CountryInfo" not in e.comment:
                continue
            dated = [c for c in e.codes if c[1] or c[2]]
            if not dated or (e.last_year() or 0) < MIN_LAST_YEAR:
                continue
            # Officials of government, armed forces and intelligence services, and international
            # officials: the actors of conflict and sanctions news.
            agents = {c[0][3:6] if national else c[0][:3] for c in dated}
            if not agents & {"GOV", "MIL", "SPY", "IGO"}:
                continue
            ws = phoenix.words(e.name)
            if not 2 <= len(ws) <= 5 or not all(re.fullmatch(r"[A-Z][A-Z'\-]*\.?", w) for w in ws):
                continue
            name = clean(phoenix.title(ws))
            ws = name.upper().split()
            pid = slug(name)
            # Skip initials-first forms ("K. Annan") and other spellings of a person already
            # listed under the same first and last name ("Kofi Atta Annan").
            if (not pid or pid in taken or len(ws) < 2 or re.fullmatch(r"[A-Z]\.?", ws[0])
                    or first_last(name) in first_lasts):
                continue
            taken.add(pid)
            first_lasts.add(first_last(name))
            latest = max(dated, key=lambda c: (9999 if c[3] else (c[2] or 0)))
            code = latest[0]
            aliases = []
            first_words = {w.upper() for w in ws}
            for syn in e.synonyms:
                sw = phoenix.words(syn)
                if len(sw) == 1 and sw[0] == ws[-1]:
                    surname = phoenix.title(sw)
                    if (len(surname) >= 4 and surname.lower() not in common and surname.lower() not in country_aliases
                            and re.fullmatch(r"[A-Za-z'\-]+", surname)):
                        aliases.append("surname:" + surname)
                    continue
                if 2 <= len(sw) <= 5 and sw[-1] == ws[-1] and (sw[0] in first_words or re.fullmatch(r"[A-Z]\.", sw[0])):
                    alias = phoenix.title(sw)
                    if slug(alias) != pid and slug(alias) not in taken and alias not in aliases:
                        aliases.append(alias)
            attrs = []
            if national and code[:3] in country_ids:
                attrs.append(f"country={code[:3]}")
            elif not national:
                attrs.append(f"organization={code[:6].lower()}")
            else:
                continue
            role = ROLES.get(code[3:6] if national else code[6:9])
            if role:
                attrs.append(f"role={role}")
            starts = [c[1] for c in dated if c[1]]
            if starts:
                attrs.append(f"from={min(starts)}")
            last = e.last_year()
            if last and last != 9999:
                attrs.append(f"to={last}")
            phoenix_people[pid] = (name, aliases, attrs)

    # Surnames claimed by several generated people are still listed (the matcher
    # resolves them from context), so count them here only to report.
    out = sys.stdout
    out.write("# newsie people gazetteer: curated officials (people_curated.tsv) plus every UN General Debate\n")
    out.write("# speaker 1990-2024 (UNGDC speakers list, Jankin/Baturo/Dasandi, CC0), with country, latest\n")
    out.write("# post and first/last year spoken; plus office-holders of the Phoenix actor dictionaries (PETRARCH2,\n")
    out.write("# MIT) in office 1990 or later. Generated by gazetteers/tools/build_people.py.\n")
    out.write("# id\ttype\tname\taliases\tattributes\n")
    for line in curated:
        out.write(line + "\n")
    for pid in sorted(people):
        p = people[pid]
        name = p["name"]
        country = max(p["countries"])[1]
        posts = [x for x in p["posts"] if x[1]]
        post = max(posts)[1] if posts else ""
        aliases = []
        stripped = re.sub(r"\s[A-Z]\.\s", " ", name)
        if stripped != name:
            aliases.append(stripped)
        surname = name.split()[-1]
        if (any(LEADER_POSTS.search(x[1]) for x in posts) and len(surname) >= 4 and surname[0].isupper()
                and surname.lower() not in common and surname.lower() not in country_aliases
                and not re.search(r"[^A-Za-z\u00c0-\u024f'\-]", surname) and not re.fullmatch(r"[IVX]+", surname)):
            aliases.append("surname:" + surname)
        attrs = [f"country={country}"] if re.fullmatch(r"[A-Z]{3}", country) else [f"organization={country.lower()}"]
        if post:
            attrs.append("title=" + post.replace(";", ",").replace("\t", " "))
        attrs.append(f"from={min(p['years'])}")
        attrs.append(f"to={max(p['years'])}")
        out.write(f"{pid}\tPERSON\t{name}\t{'|'.join(aliases)}\t{';'.join(attrs)}\n")
    for pid in sorted(phoenix_people):
        name, aliases, attrs = phoenix_people[pid]
        out.write(f"{pid}\tPERSON\t{name}\t{'|'.join(aliases)}\t{';'.join(attrs)}\n")
    print(f"{len(curated)} curated + {len(people)} UNGDC + {len(phoenix_people)} Phoenix people", file=sys.stderr)


if __name__ == "__main__":
    main()
