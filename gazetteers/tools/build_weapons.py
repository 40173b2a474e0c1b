#!/usr/bin/env python3
"""Builds gazetteers/weapons_oryx.tsv: the weapon systems that Oryx documented as lost in the
Russia-Ukraine war (scarnecchia/oryx_data, CC BY 4.0), with class and country of origin.

Usage: python3 gazetteers/tools/build_weapons.py ../shared/data > gazetteers/weapons_oryx.tsv

Each Oryx system string ("155mm 2S22 'Bohdana' 3.0", "'Orlan-20' reconnaissance UAV") gives one
entry: the name without calibre and quotes, the class from keywords (the schema's class list),
the origin from Oryx's origin country. Aliases: the full Oryx string, the name with and without
its class descriptor, and the bare designation when it holds a digit ("2S22", "T-72B3").
Vehicles that are not weapons (trucks, jeeps, cranes, excavators, ...) are left out, as are
systems already in the curated weapons.tsv (which wins) and bare nicknames that are common words
("Patrol") or the common-word system names of the curated policy (Patriot, Javelin, ...).
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import phoenix  # noqa: E402
from phoenix import key, slug  # noqa: E402

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"

NOT_WEAPONS = re.compile(r"\b(truck|jeep|car|van|bus|tractor|excavator|crane|tanker|fuel|ambulance|motorcycle|trailer|"
                         r"bulldozer|loader|kamaz|ural|gaz|uaz|zil|maz|kraz|tatra|man|iveco|pickup|quad|atv|buggy|"
                         r"minibus|workshop|kitchen|refueller|radiosonde|weather|generator|tug|barge|yacht|unknown|"
                         r"pontoon|decoy|mock-?up)\b", re.I)
CLASSES = [
    ("drone", r"\buav|drone|loitering|\bzala\b|orlan|lancet|shahed|geran|bayraktar|mohajer|forpost|eleron|supercam|"
              r"granat|tachyon|leleka|furia|\bkub\b|punisher"),
    ("air_defense", r"\bsam\b|air defen[cs]e|anti-aircraft|\bbuk\b|\btor\b|pantsir|\bs-[234]00|\bosa\b|strela|tunguska|"
                    r"nasams|iris-t|patriot|gepard|zu-23|\bkub\b|shilka|zsu-|\b9k3[37]|9a3[13]|igla|avenger|hawk\b|"
                    r"crotale|\bspyder"),
    ("aircraft", r"aircraft|helicopter|\bsu-\d|\bmig-\d|\bmi-\d|\bka-\d|\bil-\d|\ban-\d|\btu-\d|\bl-39|\bjet\b|yak-\d|"
                 r"\bf-16|mirage"),
    ("warship", r"\bship\b|corvette|frigate|cruiser|submarine|landing craft|patrol boat|minesweeper|warship|vessel|"
                r"\bboat\b"),
    ("missile", r"missile|\batgm\b|kornet|stugna|konkurs|fagot|metis|shturm|\bnlaw\b|spike|milan|\btow\b|\bkh-\d"),
    ("tank", r"\btank\b|\bt-(54|55|62|64|72|80|90)|leopard|abrams|challenger|pt-91|\bm-55s|\bm-84|stridsvagn"),
    ("artillery", r"howitzer|mortar|\bmrl\b|rocket launcher|artillery|\bgun\b|\b2s\d|\b2a\d|\b2b\d|grad|uragan|smerch|"
                  r"tornado|himars|\bm270|\bd-(20|30)\b|msta|giatsint|pion|krab|caesar|m777|pzh|\bbm-\d|tos-1|"
                  r"zuzana|dana\b|archer|\bfh70|m109|m119|l119|\bah-?s|nona|vasilek|rapira|bohdana"),
    ("armored_vehicle", r"\bbmp|\bbtr|mt-lb|\bbmd|\bbrdm|\bapc\b|\bifv\b|armou?red|\bmrap\b|infantry fighting|"
                        r"personnel carrier|stryker|bradley|\bm113|\bm1117|\bmaxxpro|kozak|varta|novator|bushmaster|"
                        r"\bcv90|marder|\bbtr|\bbmo|\bbrm|\bbtr|roshel|senator|spartan|\bfv\d|\bvab\b|husky|cougar|"
                        r"mastiff|wolfhound|\bpatria|\bamx-10|\bm2a\d|\btigr\b|\btiger\b|\blynx\b|"
                        r"engineering vehicle|recovery vehicle|mine clearing|bridge layer|\bimr|\bbrem|\bmtu-|"
                        r"\bbat-2|\bur-77|\bmdk"),
    ("weapon", r"radar|electronic warfare|jamming|jammer|command post|command and control|command vehicle|"
               r"reconnaissance vehicle|\bew\b|vehicle\b"),
]
DESCRIPTOR = re.compile(r"\s+(reconnaissance |attack |loitering |heavy |light |self-propelled |towed |"
                        r"(?:multi-purpose )?)*(uav|drone|munition|howitzer|mortar|gun mortar|gun|mrl|"
                        r"(?:infantry fighting|armou?red|armou?red personnel|armou?red reconnaissance|"
                        r"armou?red fighting|armou?red combat) vehicle|apc|ifv|mrap|tank|helicopter|aircraft|"
                        r"(?:sam|air defen[cs]e) system|launcher|radar|ship|boat|corvette|frigate|"
                        r"(?:surface-to-air |anti-tank )?missile(?: system| launcher)?|atgm(?: launcher)?)s?\s*$",
                        re.I)
CURATED_POLICY = {"patriot", "javelin", "stinger", "leopard", "caesar", "harpoon", "tomahawk", "lancet", "stryker",
                  "abrams", "iskander", "buk", "tor", "grad", "osa", "strela", "igla", "hawk", "spike", "milan",
                  "tiger", "lynx", "husky", "cougar", "mastiff", "wolfhound", "spartan", "senator", "archer",
                  "tornado", "dana", "kub", "avenger", "marder", "gepard", "challenger", "punisher", "furia"}


def main():
    common = phoenix.common_words()
    country_of = {}
    taken = set()
    for f in ["countries.tsv", "locations.tsv", "organizations.tsv", "people.tsv", "weapons.tsv"]:
        for eid, names, _ in phoenix.gazetteer_rows(f):
            if f == "countries.tsv":
                for n in names:
                    country_of.setdefault(key(n), eid)
            taken.update(key(n) for n in names)
            if f == "weapons.tsv":
                taken.add(slug(eid))
    entries = {}
    order = []
    with open(f"{DATA}/weapons/oryx/oryx_systems_clean.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            raw = " ".join(row["system"].replace('""', '"').split()).strip('" ')
            raw = re.split(r" with ", re.sub(r"\s*\([^)]*\)", "", raw), flags=re.I)[0].strip()
            if not raw or raw in ("NA",) or NOT_WEAPONS.search(raw) or re.search(r"\b(and|or|for)\b|[,:;/()]|\+", raw):
                continue
            cls = next((c for c, rx in CLASSES if re.search(rx, raw, re.I)), None)
            if cls is None:
                continue
            origin = country_of.get(key(row["origin_country"]))
            bare = re.sub(r"^\d+(\.\d+)?mm\s+", "", raw)
            bare = re.sub(r"""['"\u2018\u2019\u201c\u201d]""", "", bare).strip()
            # The designation is the leading run of capitalized or numbered words; Oryx writes the
            # descriptor after it in lower case ("Su-34 strike aircraft" -> "Su-34").
            lead = []
            for w in bare.split():
                if not (w[0].isupper() or w[0].isdigit()):
                    break
                lead.append(w)
            core = DESCRIPTOR.sub("", " ".join(lead)).strip()
            if not core or len(core) < 3:
                continue
            wid = slug(core)
            if not wid or wid in taken or key(core) in taken:
                continue
            e = entries.get(wid)
            if e is None:
                e = entries[wid] = {"name": core, "aliases": [], "class": cls, "origins": set()}
                order.append(wid)
            if origin:
                e["origins"].add(origin)
            cands = [bare, raw.replace("'", "").replace('"', "")]
            first = core.split()[0]
            if len(core.split()) > 1 and re.search(r"\d", first) and re.search(r"[A-Za-z]", first) and len(first) >= 3:
                cands.append(first)
            # A nickname alone ("Bohdana"), only where Oryx quotes it as one.
            for nick in re.findall(r"""['"]([^'"]+)['"]""", raw):
                nick = nick.strip()
                if cls != "warship" and len(nick) >= 5 and nick[0].isupper() and nick.replace("-", "").isalnum() \
                        and nick.lower() not in common and nick.lower() not in CURATED_POLICY:
                    cands.append(nick)
            for a in cands:
                ka = key(a)
                if ka and ka != key(core) and ka not in taken and a not in e["aliases"] and \
                        ka.split()[0] not in CURATED_POLICY:
                    e["aliases"].append(a)
    out = sys.stdout
    out.write("# newsie weapons gazetteer, generated part: weapon systems documented by Oryx in the Russia-Ukraine war\n")
    out.write("# (scarnecchia/oryx_data, CC BY 4.0), with class and origin. Generated by gazetteers/tools/build_weapons.py;\n")
    out.write("# the curated weapons.tsv is loaded first and wins.\n")
    out.write("# id\ttype\tname\taliases\tattributes\n")
    claimed = set()
    n = 0
    for wid in sorted(order):
        e = entries[wid]
        if key(e["name"]) in claimed:
            continue
        aliases = [a for a in e["aliases"] if key(a) not in claimed]
        claimed.add(key(e["name"]))
        claimed.update(key(a) for a in aliases)
        attrs = [f"class={e['class']}"]
        if len(e["origins"]) == 1:
            attrs.append(f"origin={next(iter(e['origins']))}")
        out.write(f"{wid}\tWEAPON\t{e['name']}\t{'|'.join(aliases)}\t{';'.join(attrs)}\n")
        n += 1
    print(f"{n} weapon systems", file=sys.stderr)


if __name__ == "__main__":
    main()
