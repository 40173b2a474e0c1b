#!/usr/bin/env python3
"""Builds gazetteers/organizations_generated.tsv from public data:

- the Phoenix actor dictionaries (PETRARCH2, MIT): international organizations, NGOs and
  multinational companies (Phoenix.International.actors.txt) and non-state armed groups
  (Phoenix.MilNonState.actors.txt), with the CAMEO code's country where it names one;
- the US Treasury OFAC SDN list (public domain): sanctioned entities (not individuals, vessels or
  aircraft), with their sanctions programs and the country the program or registration names.

Usage: python3 gazetteers/tools/build_organizations.py ../shared/data --lexicon INFL_LU_CSV_GZ \
           > gazetteers/organizations_generated.tsv

The curated gazetteers win: an entry whose name or alias is already an alias anywhere in
countries.tsv, locations.tsv, organizations.tsv or people.tsv is left out, as is a name made only of
common lower-case English words (rules/names/common_words.txt), which would fire on ordinary text.

A name or alias of one word is an English word more often than a name ("Lightning", "Falcon",
"Avengers", "Tigers" stand for armed groups in the dictionaries, and for weather, birds, films and
teams in news), and is left out, when it is
- a lower-case word form of the English lexicon that rules/tools/build_lexicon.py reads (INFL_LU_CSV_GZ:
  `lemminflect/resources/infl_lu.csv.gz` of the PyPI package lemminflect 0.2.3, MIT; its word
  forms derive from the NIH SPECIALIST Lexicon, open source): a lemma or inflected form written in
  lower case there, or
- written in lower case in running text (after a lower-case word or a comma) of the BBC, AG News
  and UNGDC 1990-2024 corpora of ../shared/data at least twice and at least a third as often as
  capitalized there (counts only; no text is taken).
Acronyms (all capitals) are kept: the gazetteer matches them in their own case.
"""
import argparse
import collections
import csv
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import phoenix  # noqa: E402
from phoenix import key, slug  # noqa: E402

ARGS = argparse.ArgumentParser(description="Builds gazetteers/organizations_generated.tsv.")
ARGS.add_argument("data", nargs="?", default="../shared/data", help="the shared data folder")
ARGS.add_argument("--lexicon", required=True,
                  help="lemminflect 0.2.3's resources/infl_lu.csv.gz (the English word forms)")
OPTS = ARGS.parse_args()
DATA = OPTS.data

PERSON_HINT = re.compile(r"spokesm|president|secretary|director|minister|chairman|leader|ruler|head of|ambassador|envoy|chief", re.I)
# Words of organizations' names: a synonym with one is no person ("Abu Bakr Brigade").
ORG_WORDS = set("brigade brigades battalion battalions army front movement group organization organisation party council committee forces force martyrs company corps union league club association society foundation institute center centre network".split())
OFAC_PROGRAM_COUNTRY = {"RUSSIA": "RUS", "UKRAINE": "RUS", "IRAN": "IRN", "IFSR": "IRN", "IRGC": "IRN", "DPRK": "PRK",
                        "NKSPEA": "PRK", "CUBA": "CUB", "SYRIA": "SYR", "VENEZUELA": "VEN", "BELARUS": "BLR",
                        "BURMA": "MMR", "IRAQ": "IRQ", "LIBYA": "LBY", "SOMALIA": "SOM", "SUDAN": "SDN",
                        "SOUTH SUDAN": "SSD", "YEMEN": "YEM", "LEBANON": "LBN", "NICARAGUA": "NIC",
                        "ZIMBABWE": "ZWE", "BALKANS": None, "CAR": "CAF", "DRCONGO": "COD", "MALI": "MLI",
                        "ETHIOPIA": "ETH", "HONGKONG": "HKG", "AFGHANISTAN": "AFG"}


def existing_keys():
    keys = set()
    for f in ["countries.tsv", "locations.tsv", "organizations.tsv", "people.tsv", "weapons.tsv"]:
        for eid, names, _ in phoenix.gazetteer_rows(f):
            keys.add(slug(eid))
            keys.update(key(n) for n in names)
    return keys


def given_names():
    """The given names of the names stage (rules/names/given_names.rules, class `given_name`)."""
    names, inside = set(), False
    with open(os.path.join(HERE, "..", "..", "rules", "names", "given_names.rules"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("words "):
                inside = line.startswith("words given_name:")
                line = line.split(":", 1)[1]
            elif not line.startswith(" "):
                inside = False
                continue
            if inside:
                names.update(w for w in line.split() if "|" not in w)
    return names


def lexicon_words(path):
    """The lower-case word forms of lemminflect's infl_lu.csv.gz: `lemma,pos,form/form,...`."""
    words = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split(",")
            for field in [fields[0]] + fields[2:]:
                words.update(w for w in field.split("/") if w.isalpha() and w.islower())
    return words


def lowercase_in_news(data):
    """Folded words written in lower case in running text of the BBC, AG News and UNGDC 1990-2024
    corpora at least twice and at least a third as often as capitalized there."""
    lower, upper = collections.Counter(), collections.Counter()
    for text in phoenix.corpus_texts(data):
        for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z][\w'\-.]*\w)", text):
            w = m.group(1)
            if w.islower():
                lower[key(w)] += 1
            elif w[0].isupper():
                upper[key(w)] += 1
    return {w for w, n in lower.items() if n >= 2 and 3 * n >= upper[w]}


def main():
    common = phoenix.common_words()
    # One-word names that are English words (see the module's docs), and the ones left out.
    english = lexicon_words(OPTS.lexicon) | lowercase_in_news(DATA)
    dropped = []

    def english_word(name):
        """Whether a name is one English word (see the module's docs); counts those left out."""
        if " " in name or name.isupper() or key(name) not in english:
            return False
        dropped.append(name)
        return True

    given = given_names()
    country_names = {key(names[0]): cid for cid, names, _ in phoenix.gazetteer_rows("countries.tsv")}
    countries = set(country_names.values())
    taken = existing_keys()
    ids = set()
    rows = []

    calendar = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday"}

    def distinctive(name):
        ws = key(name).split()
        return any(w not in common and w not in calendar and not re.fullmatch(r"\d+(st|nd|rd|th)?", w) for w in ws)

    def add(name, aliases, attrs, source):
        # A leading article is not part of a name: "the" is matched by the rules, and
        # "The United Nations" must not shadow the curated "United Nations".
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        aliases = [re.sub(r"^the\s+", "", a, flags=re.I) for a in aliases]
        k = key(name)
        if not k or k in taken or not distinctive(name) or len(k) < 4 or english_word(name):
            return False
        oid = slug(name)
        if oid in ids:
            return False
        kept = []
        for a in aliases:
            ak = key(a)
            if (ak and ak not in taken and ak != k and distinctive(a) and len(ak) >= 4 and a not in kept
                    and not english_word(a)):
                kept.append(a)
        ids.add(oid)
        taken.add(k)
        taken.update(key(a) for a in kept)
        attrs = attrs + [f"source={source}"]
        rows.append(f"{oid}\tORGANIZATION\t{name}\t{'|'.join(kept)}\t{';'.join(attrs)}")
        return True

    counts = {}
    for fname, source in [("Phoenix.MilNonState.actors.txt", "phoenix"), ("Phoenix.International.actors.txt", "phoenix")]:
        for e in phoenix.parse(f"{DATA}/actors/petrarch2/{fname}"):
            if any(c[1] or c[2] for c in e.codes) or PERSON_HINT.search(e.comment):
                continue  # an office-holder, not an organization
            ws = phoenix.words(e.name)
            while len(ws) > 1 and len(ws[-1]) == 1:
                ws.pop()  # a TABARI prefix pattern cut inside a word ("COLGATE_PALMOLIVE_C")
            if not ws or len(ws) > 10 or not all(re.fullmatch(r"[A-Z0-9][A-Z0-9'&.\-]*", w) for w in ws):
                continue
            if len(ws) == 1 and (len(ws[0]) < 4 or ws[0].lower() in common):
                continue
            if len(ws) <= 3 and ws[0] in ("ABU", "ABOU", "UMM", "IBN", "BIN", "SHEIKH", "MULLAH", "MR.", "DR."):
                continue  # a person's name or kunya listed among groups
            # A person listed among the groups under a longer name ("AYMAN_AL_ZAWAHIRI",
            # "ABU_AYYUB_AL_MASRI", "HAFIZ_SAEED"), coded as an international militant
            # (IMG...): a given name or kunya, two to five words, and no word of an
            # organization's name. (Not a group named after a person, which has another code:
            # "IZZ_AD-DIN_AL_QASSAM", coded PSEREB.)
            if (e.codes and e.codes[0][0].startswith("IMG") and 2 <= len(ws) <= 5
                    and (ws[0].lower() in given or ws[0] in ("ABU", "ABOU", "UMM"))
                    and not any(w.lower() in ORG_WORDS for w in ws)):
                continue
            name = phoenix.title(ws)
            aliases = []
            for syn in e.synonyms:
                sw = phoenix.words(syn)
                if sw and len(sw) <= 10 and all(re.fullmatch(r"[A-Z0-9][A-Z0-9'&.\-]*", w) for w in sw):
                    # (A head word alone names no one group: "ORGANIZATION" under Tanzim
                    # matched inside every "... Liberation Organization".)
                    if len(sw) == 1 and (len(sw[0]) < 4 or sw[0].lower() in common or sw[0].lower() in ORG_WORDS):
                        continue
                    # A leader or member listed among the group's names ("MOHAMMED_DEIF" under
                    # the Qassam Brigades): a given name and a surname are a person, whom
                    # the people gazetteer or the names stage finds.
                    if len(sw) in (2, 3) and sw[0].lower() in given and not any(w.lower() in ORG_WORDS for w in sw):
                        continue
                    aliases.append(sw[0] if len(sw) == 1 and len(sw[0]) <= 5 else phoenix.title(sw))
            code = e.codes[0][0] if e.codes else ""
            attrs = []
            for c in (code[0:3], code[3:6]):
                if c in countries:
                    attrs.append(f"country={c}")
                    break
            if code.startswith("MNC"):
                continue  # multinational companies: Phoenix lists thousands of US retailers and banks
            kind = {"IGO": "igo", "NGO": "ngo", "IMG": "armed_group"}.get(code[:3])
            if kind is None and code[3:6] in ("REB", "INS", "UAF", "MIL"):
                kind = "armed_group"
            if kind:
                attrs.append(f"category={kind}")  # "kind" is the alias kind in output records
            if code:
                attrs.append(f"cameo={code}")
            if add(name, aliases, attrs, source):
                counts[fname] = counts.get(fname, 0) + 1

    with open(f"{DATA}/orgs/ofac_sdn_2024-05-03.csv", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if row["sdn_type"].strip() != "-0-":
                continue
            raw = " ".join(row["sdn_name"].split()).strip(" .,")
            ws = raw.replace(",", " ").split()
            # Long registered names ("Limited Liability Company Scientific-Production Association ...")
            # are rarely written out in news; three words keep the names news does use.
            if not ws or len(ws) > 3 or not all(re.fullmatch(r"[A-Z0-9][A-Z0-9'&.\-()/]*", w) for w in ws):
                continue
            if len(ws) == 1 and (len(ws[0]) < 5 or ws[0].lower() in common):
                continue
            name = phoenix.title([w.strip("()") for w in ws if w.strip("()")])
            aliases = []
            for aka in re.findall(r"a\.k\.a\. '([^']+)'", row["remarks"]):
                aw = aka.replace(",", " ").split()
                if 2 <= len(aw) <= 10 and all(re.fullmatch(r"[A-Z0-9][A-Z0-9'&.\-]*", w) for w in aw):
                    aliases.append(phoenix.title(aw))
            programs = [p.strip(" []") for p in row["program"].split("] [")]
            attrs = []
            country = None
            m = re.search(r"Registration Country ([A-Za-z ]+?)[;.]", row["remarks"])
            if m:
                country = country_names.get(key(m.group(1)))
            if not country:
                for p in programs:
                    country = OFAC_PROGRAM_COUNTRY.get(re.sub(r"[-0-9].*$", "", p))
                    if country:
                        break
            if country:
                attrs.append(f"country={country}")
            attrs.append("sanctions=" + ",".join(p for p in programs if p))
            if add(name, aliases, attrs, "ofac"):
                counts["ofac"] = counts.get("ofac", 0) + 1

    out = sys.stdout
    out.write("# newsie organizations gazetteer, generated part: international organizations, NGOs, companies and\n")
    out.write("# armed groups from the Phoenix actor dictionaries (PETRARCH2, MIT), and entities on the US Treasury\n")
    out.write("# OFAC SDN list of 2024-05-03 (public domain). Generated by gazetteers/tools/build_organizations.py;\n")
    out.write("# the curated organizations.tsv is loaded first and wins.\n")
    out.write("# id\ttype\tname\taliases\tattributes\n")
    for r in sorted(rows):
        out.write(r + "\n")
    print(f"{len(rows)} organizations: {counts}", file=sys.stderr)
    print(f"{len(dropped)} one-word names and aliases left out as English words: {', '.join(sorted(set(dropped)))}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
