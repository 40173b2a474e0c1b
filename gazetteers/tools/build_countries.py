#!/usr/bin/env python3
"""Builds gazetteers/countries.tsv from mledoze/countries (ODbL 1.0) plus the
curated additions below (seats of power, plurals, historic states, clashes).

Usage: python3 gazetteers/tools/build_countries.py ../shared/data > gazetteers/countries.tsv

Facts only (names, codes, capitals, demonyms); no prose is copied. The output is
deterministic: running it twice on the same data gives the same file.
"""
import json
import re
import sys
import unicodedata

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"

# Ids that differ from mledoze's cca3 (Kosovo: the user-assigned code in wide use).
ID_FIX = {"UNK": "XKX"}

# Curated aliases per country: (kind, alias). Written by the newsie authors. A "description"
# ("Islamic Republic") stands for its country only after "the" in a document that names the
# country (the names stage reads it); one key per country: a later key would replace an earlier.
EXTRA = {
    "USA": [("name", "U.S."), ("name", "U.S.A."), ("name", "America"), ("name", "United States"),
            ("abbr", "US"), ("abbr", "USA"), ("capital", "Washington"), ("capital", "Washington, D.C."),
            ("seat", "White House"), ("seat", "Oval Office"), ("demonym", "Americans")],
    "GBR": [("name", "Britain"), ("name", "Great Britain"), ("name", "U.K."), ("abbr", "UK"),
            ("demonym", "Briton"), ("demonym", "Britons"), ("demonym", "Brits"), ("seat", "Downing Street"),
            ("seat", "Number 10"), ("seat", "Whitehall")],
    "RUS": [("seat", "Kremlin"), ("name", "Russian Federation")],
    "FRA": [("seat", "Elysee"), ("seat", "Élysée"), ("seat", "Elysee Palace"), ("seat", "Élysée Palace"),
            ("seat", "Quai d'Orsay"), ("demonym", "Frenchman"), ("demonym", "Frenchmen")],
    "CHN": [("seat", "Zhongnanhai"), ("name", "People's Republic of China"), ("abbr", "PRC"),
            ("name", "mainland China"), ("capital", "Peking")],
    "UKR": [("capital", "Kiev"), ("seat", "Bankova")],
    "IRN": [("capital", "Teheran"), ("description", "Islamic Republic")],
    "KOR": [("name", "Korea"), ("abbr", "ROK"), ("demonym", "Korean"), ("demonym", "Koreans"),
            ("seat", "Blue House")],
    "PRK": [("name", "N. Korea"), ("abbr", "DPRK"), ("demonym", "North Koreans"),
            ("description", "Hermit Kingdom")],
    "DEU": [("seat", "Chancellery"), ("name", "Federal Republic of Germany")],
    "COD": [("name", "Democratic Republic of Congo"), ("name", "DR Congo"), ("abbr", "DRC"),
            ("name", "Congo-Kinshasa"), ("name", "Zaire"), ("demonym", "Congolese")],
    "COG": [("name", "Congo-Brazzaville"), ("name", "Republic of Congo")],
    "TUR": [("name", "Turkey"), ("name", "Türkiye"), ("demonym", "Turks")],
    "CZE": [("name", "Czech Republic"), ("demonym", "Czechs")],
    "MMR": [("name", "Burma"), ("demonym", "Burmese")],
    "CIV": [("name", "Côte d'Ivoire"), ("name", "Cote d'Ivoire")],
    "NLD": [("name", "Holland"), ("name", "The Netherlands"), ("demonym", "Dutchman")],
    "PSE": [("name", "Palestinian territories"), ("demonym", "Palestinians")],
    "SWZ": [("name", "Swaziland")],
    "TLS": [("name", "East Timor")],
    "CPV": [("name", "Cape Verde")],
    "MKD": [("name", "Macedonia")],
    "VAT": [("seat", "Holy See"), ("name", "Vatican")],
    "SAU": [("seat", "Riyadh"), ("demonym", "Saudis")],
    "IND": [("seat", "New Delhi")],
    "JPN": [("seat", "Kantei")],
    "PAK": [("demonym", "Pakistanis")],
    "DOM": [("demonym", "Dominican"), ("demonym", "Dominicans")],
    "AFG": [("demonym", "Afghans")],
    "ARE": [("abbr", "UAE"), ("name", "U.A.E."), ("name", "Emirates"), ("demonym", "Emirati"),
            ("demonym", "Emiratis")],
    "PHL": [("demonym", "Filipinos"), ("demonym", "Philippine")],
    "NZL": [("demonym", "New Zealanders"), ("demonym", "Kiwis")],
    "THA": [("demonym", "Thais")],
    "GRC": [("demonym", "Greeks")],
    "ESP": [("demonym", "Spaniards"), ("demonym", "Spaniard")],
    "POL": [("demonym", "Poles")],
    "DNK": [("demonym", "Danes")],
    "SWE": [("demonym", "Swedes")],
    "FIN": [("demonym", "Finns")],
    "SRB": [("demonym", "Serbs"), ("demonym", "Serb")],
    "HRV": [("demonym", "Croats"), ("demonym", "Croat")],
    "SVK": [("demonym", "Slovaks")],
    "LVA": [("demonym", "Latvians")],
    "XKX": [("demonym", "Kosovars")],
    "BIH": [("demonym", "Bosnian"), ("demonym", "Bosnians")],
    "ARG": [("demonym", "Argentine"), ("demonym", "Argentines")],
    "YEM": [("demonym", "Yemenis")],
    "QAT": [("demonym", "Qataris")],
    "OMN": [("demonym", "Omanis")],
    "KWT": [("demonym", "Kuwaitis")],
    "BHR": [("demonym", "Bahrainis")],
    "SOM": [("demonym", "Somalis")],
    "IRQ": [("demonym", "Iraqis")],
    "ISR": [("capital", "Jerusalem"), ("demonym", "Israelis"), ("description", "Jewish state"),
            ("description", "Zionist regime"), ("description", "Zionist entity")],
}

# Alternative spellings of the data that news writes as adjectives ("a Thai farmer", "Saudi
# officials", "the Saudi riyal"): demonyms, so that they qualify a noun as "Iranian" does.
ADJECTIVE_SPELLINGS = {"Thai", "Saudi"}

# Historic and partially recognised states news still names: id, name, aliases.
HISTORIC = [
    ("SUN", "Soviet Union", [("name", "USSR"), ("name", "U.S.S.R."), ("demonym", "Soviet"), ("demonym", "Soviets")]),
    ("YUG", "Yugoslavia", [("name", "Federal Republic of Yugoslavia"), ("demonym", "Yugoslav"), ("demonym", "Yugoslavs")]),
    ("CSK", "Czechoslovakia", [("demonym", "Czechoslovak")]),
    ("DDR", "East Germany", [("name", "German Democratic Republic"), ("abbr", "GDR"), ("demonym", "East German"), ("demonym", "East Germans")]),
    ("SCG", "Serbia and Montenegro", []),
    ("ANT", "Netherlands Antilles", []),
]

# Capitals that are also common first names, English town names or words:
# they stand for the state far too rarely to be worth the false matches.
# Alternative spellings that are given names more often than the country: "Dominique" (the
# French name of Dominica) broke "Dominique Baratelli" into Dominica and a surname.
ALT_STOP = {"Dominique"}
CAPITAL_STOP = {"Victoria", "Kingston", "Georgetown", "Hamilton", "Jamestown", "Plymouth", "Male",
                "Washington D.C.", "Kingstown", "Saint John's", "St. John's", "Avarua", "King Edward Point",
                "Adamstown", "Flying Fish Cove", "West Island", "The Valley", "Road Town", "Charlotte Amalie",
                "Philipsburg", "Marigot", "Gustavia", "Douglas", "Saint Helier", "St. Peter Port",
                "Saint-Pierre", "Mata-Utu", "Hagåtña", "Saipan", "Pago Pago", "Longyearbyen", "Torshavn",
                "Tórshavn", "Nuuk", "Mamoudzou", "Saint-Denis", "Cayenne", "Fort-de-France", "Basse-Terre",
                "Papeete", "Nouméa", "Oranjestad", "Willemstad", "Kralendijk", "George Town", "Stanley",
                "Cockburn Town", "Brades", "Alofi", "Fakaofo", "Kingston", "Diego Garcia", "Port-aux-Français",
                "Mariehamn", "Gibraltar", "Monaco", "Singapore", "San Marino", "Luxembourg", "Vatican City",
                "Djibouti", "Kuwait City", "Guatemala City", "Mexico City", "Panama City", "Belize City"}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def plural(demonym):
    d = demonym
    if " " in d or d.endswith(("ese", "ss", "sh", "ch", "s", "x", "z")):
        return None
    return d + "s"


def latin(s):
    return all(ord(c) < 0x250 or c in "’ʻ" for c in s)


def main():
    countries = json.load(open(f"{DATA}/countries/mledoze_countries.json", encoding="utf-8"))
    rows = []
    owners = {}  # normalized alias -> set of ids, to find clashes
    for c in countries:
        cid = ID_FIX.get(c["cca3"], c["cca3"])
        name = c["name"]["common"]
        aliases = []
        official = c["name"]["official"]
        if official != name:
            aliases.append(("name", official))
        for alt in c.get("altSpellings", []):
            if len(alt) >= 4 and latin(alt) and "," not in alt and alt[0].isupper() and alt not in ALT_STOP:
                aliases.append(("demonym" if alt in ADJECTIVE_SPELLINGS else "name", alt))
        for cap in c.get("capital", []):
            if cap not in CAPITAL_STOP and latin(cap):
                aliases.append(("capital", cap))
        dem = (c.get("demonyms") or {}).get("eng") or {}
        for d in sorted({dem.get("m"), dem.get("f")} - {None, ""}):
            aliases.append(("demonym", d))
            p = plural(d)
            if p:
                aliases.append(("demonym", p))
        aliases.extend(EXTRA.get(cid, []))
        attrs = [f"iso2={c['cca2']}", f"region={c.get('region', '')}"]
        if c.get("unMember"):
            attrs.append("un=yes")
        rows.append([cid, name, aliases, attrs, bool(c.get("unMember"))])
    for hid, hname, haliases in HISTORIC:
        rows.append([hid, hname, list(haliases), ["region=historic"], False])

    # Resolve aliases claimed by several states: a UN member wins over a
    # territory ("French" is France, not French Guiana); curated aliases win
    # over generated ones; otherwise the alias is dropped.
    curated = {(cid, a) for cid, lst in EXTRA.items() for _, a in lst}
    for cid, name, aliases, _, _ in rows:
        for kind, a in [("name", name)] + aliases:
            owners.setdefault(strip_accents(a).lower(), set()).add(cid)
    member = {r[0]: r[4] for r in rows}
    drop = {}
    for key, ids in owners.items():
        if len(ids) < 2:
            continue
        cur = [i for i in ids if any(strip_accents(a).lower() == key and (i, a) in curated for i2, a in curated if i2 == i)]
        if len(cur) == 1:
            keep = cur[0]
        else:
            members = [i for i in ids if member.get(i)]
            keep = members[0] if len(members) == 1 else None
        for i in ids:
            if i != keep:
                drop.setdefault(i, set()).add(key)
        print(f"# clash {key!r}: {sorted(ids)} -> {keep}", file=sys.stderr)

    out = sys.stdout
    out.write("# newsie countries gazetteer: every ISO 3166-1 country and territory, plus historic states.\n")
    out.write("# Generated by gazetteers/tools/build_countries.py from mledoze/countries (ODbL 1.0,\n")
    out.write("# https://github.com/mledoze/countries) and curated additions by the newsie authors.\n")
    out.write("# This file is a Derivative Database under ODbL 1.0; see gazetteers/README.md.\n")
    out.write("# id\ttype\tname\taliases\tattributes\n")
    for cid, name, aliases, attrs, _ in sorted(rows, key=lambda r: r[0]):
        seen = {strip_accents(name).lower()}
        keep = []
        for kind, a in aliases:
            k = strip_accents(a).lower()
            if k in seen or k in drop.get(cid, set()):
                continue
            seen.add(k)
            keep.append(a if kind == "name" else f"{kind}:{a}")
        out.write(f"{cid}\tCOUNTRY\t{name}\t{'|'.join(keep)}\t{';'.join(attrs)}\n")


if __name__ == "__main__":
    main()
