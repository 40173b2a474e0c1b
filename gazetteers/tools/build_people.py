#!/usr/bin/env python3
"""Builds gazetteers/people.tsv from public data:

- the curated people (gazetteers/people_curated.tsv), copied as they are; they win;
- every speaker of the UN General Debate from 1990 to 2024 (UNGDC speakers list, CC0), with
  country, latest post and the years they spoke;
- the office-holders of the Phoenix actor dictionaries (PETRARCH2, MIT) in government, armed
  forces, intelligence or an international organization whose coded tenure reaches
  MIN_LAST_YEAR (1990) or later and spans MIN_TENURE_YEARS (2) or more, with country (or
  organization), role and years, whether or not the entry carries a CountryInfo comment;
- the individuals on the US Treasury OFAC SDN list of 2024-05-03 (public domain) who hold an
  official title under a program on states in conflict, terrorism or proliferation (see
  OFAC_PROGRAMS_KEPT): "LAST, First" turned round, the a.k.a. names of the remarks, country from
  the remarks (nationality, citizenship, place of birth) or the program, the title, and the
  programs as `sanctions=` (also on people already listed from another source).

Usage: python3 gazetteers/tools/build_people.py ../shared/data --census DIR [--all] > gazetteers/people.tsv

DIR holds the US Census 1990 name files of the PyPI package `names` 0.3.0 (see
build_names_lists.py): they tell given names from family names in Spanish names, and keep very
common surnames and given names from being surname aliases.

The cut-offs keep `Extractor::default()` within its build-time budget (gazetteers/README.md,
"Volumes and their limits"); `--all` lifts them (every OFAC individual, every Phoenix tenure,
short forms for every long name) for a file to load with `--gazetteer`.

One person, one entry. Spellings of the same person (same country or organization) are merged:
two names are the same person when their words agree after folding (see `ident`: diacritics,
case, hyphens, the Arabic article al/el, initials, and a few transliteration variants of common
Arabic given names such as Muhammad/Mohammed/Mohamed), when one name's words are a subset of
the other's with the same surname ("Nawaz Sharif" and "Muhammad Nawaz Sharif"), or when the
surname is the same and the given names have the same consonants and differ by at most two
letters ("Yasir"/"Yasser Arafat", "Haidar"/"Haider al-Abadi"). The
other spellings become aliases.

Aliases added by rule (the library matches them as written; it does not fold particles):
- the Arabic article: a name with "al"/"el" before a word also gets the forms with "al-",
  "el-" and without the article ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Abdel Fattah
  Sisi"); a hyphenated alias also matches with a space or nothing for the hyphen, so "el Sisi"
  and "El-Sisi" are covered. Ruling houses (Al Thani, Al Sabah, ...) keep their "Al".
- short forms of names of three words or more, where safe: first given name + surname ("Vladimir
  Vladimirovich Putin" -> "Vladimir Putin"), and for three-word names or names opening with
  Muhammad, second given name + surname ("Recep Tayyip Erdogan" -> "Tayyip Erdogan", "Muhammad
  Shehbaz Sharif" -> "Shehbaz Sharif"), unless that second given name is a common US given name
  (Census 1990: "Simon Paul Richards" is not the "Paul Richards" of news); not for names with
  particles, family-name-first names
  (Chinese, Korean, Vietnamese, ...), compound given names (Abdel ..., Abu ...), patronymics as
  the given name; and never a form another person has.
- OFAC names with a Russian-style patronymic get the form without it ("Mikhail Gennadyevich
  Delyagin" -> "Mikhail Delyagin").
- surname aliases (weak: resolved only after the full name or when unique) for heads of state
  and government and foreign ministers (UNGDC posts) and for the Phoenix office-holders whose
  dictionary entry lists the bare surname or "TITLE SURNAME" ("PRESIDENT_HOLLANDE"), when the
  surname is at least four letters, is not a common US surname or given name (Census 1990), nor the
  first word of ten names or more, is not a common lower-case English word
  (rules/names/common_words.txt, or written in lower case at least three times in the BBC and
  AG News corpora), not a country alias, not a city of over 200,000 people and, unless the
  dictionaries list it, not the name of a province or state (ISO 3166-2). Surnames keep their
  particles ("von der Leyen"); Arabic-article surnames get the al-/el-/bare forms.

Aliases shared by two people are dropped from both (the canonical name of the one listed first
stays). Everything is compared folded the way the library folds keys (`phoenix.fold`).
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phoenix  # noqa: E402
from phoenix import fold, key, slug  # noqa: E402

CENSUS = sys.argv[sys.argv.index("--census") + 1] if "--census" in sys.argv else None
ARGS = [a for a in sys.argv[1:] if not a.startswith("--") and a != CENSUS]
DATA = ARGS[0] if ARGS else "../shared/data"
# `--all` lifts the volume cut-offs below (OFAC programs, short forms of Phoenix names): the
# output then builds too slowly for the embedded defaults, but can be loaded with --gazetteer.
ALL = "--all" in sys.argv

HONORIFICS = re.compile(r"^(H\.?\s?E\.?|H\.?\s?R?\.?\s?[HM]\.?|(His|Her)( Royal| Serene)? (Highness|Majesty|Excellency)|Mr\.?|Mrs\.?|Ms\.?|"
                        r"Mme\.?|Madame|Madam|Dr\.?|Sheikh|Sheikha|Sheik|Shaikh|Shaykh|Sir|Dame|Crown Prince|Prince|Princess|"
                        r"King|Queen|Emir|Amir|General|Gen\.?|Lt\.?|Colonel|Col\.?|Archbishop|Cardinal|Monsignor|Msgr\.?|"
                        r"Rev\.?|Hon\.?|Honourable|Honorable|Dato'?|Datuk|Tan Sri|Tun|Excmo\.?)\s+", re.I)
# Words that are a title or an honorific even inside a name: no short form is made from it.
TITLE_IN_NAME = {"sheikh", "sheik", "shaikh", "shaykh", "mullah", "haji", "hajji", "prince", "emir", "king", "sultan",
                 "sir", "dr", "lord", "lady", "imam", "ayatollah", "sayyid", "sayyed", "sayed", "seyed", "seyyed", "shaikha",
                 "sheikha", "maulana", "mawlana", "mufti", "qari", "hafiz", "mullah", "molla"}
LEADER_POSTS = re.compile(r"president|prime minister|king|queen|emir|amir|chancellor|head of (state|government)|foreign affairs|foreign minister|sultan|crown prince|premier", re.I)

# Phoenix agent codes -> the role the person holds.
ROLES = {"GOV": "government", "MIL": "military", "ELI": "elite", "SPY": "intelligence", "JUD": "judiciary",
         "LEG": "legislature", "OPP": "opposition", "BUS": "business", "COP": "police", "REB": "rebel",
         "MED": "media", "EDU": "education", "HRI": "human rights", "ENV": "environment", "LAB": "labour",
         "REF": "refugees", "DEV": "development", "HLH": "health", "AGR": "agriculture", "CVL": "civilian",
         "PTY": "party", "REL": "religion", "IGO": "international"}

# Phoenix office-holders whose coded tenure ends before this year are left out. The dictionaries
# stop around 2015; office-holders since 1990 still appear in news (as former ministers, in
# retrospectives, in court), and keeping them all costs about 11,000 aliases (~25 ms of build).
MIN_LAST_YEAR = 1990
# Phoenix office-holders whose coded tenure (first start to last end) spans fewer years than this
# are left out unless another source lists them. On CoNLL-2003 train/testa and re3d dev, the 4,648
# with a span of 0-1 year (mostly single-year cabinet entries of the 2000s) were matched 6 times,
# the 1,792 with a span of six years or more 134 times; leaving them out saves about 16 ms of build.
MIN_TENURE_YEARS = 2
# A word that opens this many names or more is a given name first: not a surname alias alone.
COMMON_GIVEN = 10
# Nor are US Census 1990 surnames of at least this share of people (Davis, Moore, Carter, Lopez,
# Powell, Rice: about the 600 most common) or given names of at least this share (Alexander,
# Christopher, Henry). On the BBC and AG News corpora such surnames matched other people
# ("Davis" 59 times for a Bahamian prime minister).
COMMON_SURNAME_PERCENT = 0.02
COMMON_GIVEN_PERCENT = 0.1

# Lower-case name particles: kept inside a name, never a name word of their own.
PARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "ud", "bin", "ibn", "bint", "ben", "ould",
             "abu", "de", "da", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den", "ter",
             "ten", "la", "le", "y", "e", "zu", "af", "mac", "bte"}
ARTICLE = {"al", "el"}
# Western particles that are part of a surname ("von der Leyen", "de Gaulle").
SURNAME_PARTICLES = {"de", "da", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den", "ter",
                     "ten", "la", "le", "zu"}
# Ruling houses written with a capital "Al" ("family of"), never without it.
HOUSES = {"thani", "sabah", "saud", "nahyan", "khalifa", "maktoum", "qasimi", "nuaimi", "mualla", "sharqi",
          "said", "hussein", "busaidi", "jaber", "ahmad", "hashimi", "hashemi"}
# Transliterations of common Arabic given names that are one name for identity.
VARIANTS = {}
for group in ["muhammad mohammad mohammed muhammed mohamed mohamad mohamud mahamat muhamad mohammod",
              "ahmad ahmed ahmet", "mahmoud mahmud mahmood", "abdel abdul abdal abd", "abdullah abdallah abdulla",
              "hussein husein hussain husain hossein", "hassan hasan", "yusuf youssef yousef yousif yusif",
              "omar umar", "osman othman uthman", "khalid khaled", "said saeed saeid sayed", "ibrahim ebrahim",
              "mustafa moustafa mostafa", "ali aly", "abdelaziz abdulaziz", "abdelkader abdulqadir abdelqader",
              "sergey sergei", "dmitry dmitri dmitriy", "alexander aleksandr alexandr", "yevgeny evgeny evgeniy",
              "yury yuri yuriy", "andrei andrey", "aleksei alexei aleksey alexey", "nikolai nikolay",
              "oleksii oleksiy", "dmytro dmitro", "volodymyr volodimir"]:
    names = group.split()
    for n in names:
        VARIANTS[n] = names[0]
MUHAMMAD = {n for n, v in VARIANTS.items() if v == "muhammad"}
# Countries whose names put the family name first: "Kim Jong Un", "Nguyen Xuan Phuc".
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "SGP", "MMR", "HUN", "JPN", "MNG", "LAO"}
PATRONYMIC = re.compile(r"(ovich|evich|yevich|ovna|evna|yevna|ichna|ovych|ovych|ivna|yovych|ogly|oglu|ovic)$", re.I)
ORG_WORDS = {"ARMY", "FORCE", "FORCES", "LIBERATION", "BRIGADE", "BRIGADES", "PARTY", "MOVEMENT", "FRONT", "MINISTRY",
             "COUNCIL", "JAYSH", "COMMITTEE", "ORGANIZATION", "ORGANISATION", "GUARD", "POLICE", "MILITIA", "CORPS",
             "COMMAND", "ALLIANCE", "TREATY", "GOVERNMENT", "UNION", "ASSOCIATION", "AGENCY", "SERVICE", "OFFICE",
             "AUTHORITY", "COMMISSION", "BANK", "MISSION", "DELEGATION", "SECRETARIAT", "COURT", "ASSEMBLY",
             "PARLIAMENT", "CABINET", "ADMINISTRATION", "REGIME", "CONGRESS", "SENATE", "DEPARTMENT"}
SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
GUARDED_START = re.compile(r"^(abd|abu|umm|abo|bin|ibn|bint)", re.I)


def words_of(name):
    return name.replace("\u00a0", " ").split()


def is_initial(w):
    return bool(re.fullmatch(r"[A-Za-z]\.?|[A-Z]\.[A-Z]\.?", w))


def ident(name):
    """The words that identify a person: folded, hyphens and apostrophes as spaces, particles,
    initials and generational suffixes left out, given-name variants unified."""
    out = []
    for w in re.split(r"[\s\-']+", fold(name)):
        w = w.strip(".,")
        if not w or w in PARTICLES or w in SUFFIX or len(w) == 1:
            continue
        out.append(VARIANTS.get(w, w))
    return tuple(out)


POST_NOMINALS = re.compile(r"(,?\s+(MP|M\.P\.|QC|KC|CBE|OBE|MBE|KBE|GCMG|KCMG|CMG|PhD|Ph\.D\.|MD|Esq\.?))+$")


def census(fname, min_percent):
    """Names of a US Census 1990 file (public domain; shipped in the PyPI package `names` 0.3.0,
    MIT) at or above `min_percent` per cent of people, folded; empty without --census."""
    if not CENSUS:
        return set()
    with open(os.path.join(CENSUS, fname), encoding="ascii") as f:
        return {line.split()[0].lower() for line in f if float(line.split()[1]) >= min_percent}


def edits(a, b):
    """Levenshtein distance of two short words."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def skeleton(t):
    """Identity words with the given names reduced to their consonants (vowels, y, w and h
    dropped, doubles collapsed; the first letter kept): "yasser arafat" and "yasir arafat" agree,
    "ali hassan" and "ali hussein" do not (the surname is kept whole)."""
    def cons(w):
        rest = re.sub(r"[aeiouyhw]", "", w[1:])
        return w[0] + re.sub(r"(.)\1+", r"\1", rest)
    return tuple(cons(w) for w in t[:-1]) + t[-1:]


def clean(name):
    name = " ".join(name.replace("\u00a0", " ").split())
    name = re.sub(r"^(The\s+)?(Right\s+)?(Hon\.?|Honourable|Honorable)\s+", "", name, flags=re.I)
    name = POST_NOMINALS.sub("", name)
    # All-capital surnames in mixed-case names ("Tamim bin Hamad AL-THANI") are written as names.
    if any(c.islower() for c in name):
        name = " ".join(phoenix.title([w]) if len(w) > 2 and re.fullmatch(r"[A-Z'\-]+", w) else w
                        for w in name.split())
    while True:
        new = HONORIFICS.sub("", name)
        if new == name:
            break
        name = new
    return name.strip(" ,.")


def title_case_post(post):
    post = " ".join(post.split())
    return post[:1].upper() + post[1:] if post else ""


def lowercase_words(data, min_count=3):
    """Words seen in lower case at least `min_count` times in the BBC and AG News corpora."""
    import gzip
    import json
    counts = Counter()
    for name in ("bbc_zitros_2004_2005.jsonl.gz", "agnews_test.jsonl.gz"):
        with gzip.open(f"{data}/corpus/{name}", "rt", encoding="utf-8") as f:
            for line in f:
                counts.update(re.findall(r"(?<![\w'])[a-z][a-z'-]+", json.loads(line).get("text", "")))
    return {w for w, n in counts.items() if n >= min_count}


def subdivisions(data):
    """Names of provinces, states and regions (ISO 3166-2 via pycountry, used here only as a
    filter): "Guerrero", "Assam", "Kerry" stand for places too often to be a surname alone."""
    import json
    with open(f"{data}/countries/pycountry/iso3166-2.json", encoding="utf-8") as f:
        return {fold(s["name"]) for s in json.load(f)["3166-2"]}


def big_cities(data, min_population=200000):
    import gzip
    import json
    with gzip.open(f"{data}/countries/geonames/geonames_cities15000.json.gz", "rt", encoding="utf-8") as f:
        cities = json.load(f)
    return {fold(c["name"]) for c in cities.values() if c.get("population", 0) >= min_population}


class Person:
    def __init__(self, name, scope, source):
        self.name = name
        self.forms = [name]
        self.surnames = []
        self.scope = scope  # "XXX" country code, "org:..." organization, or "" unknown
        self.posts = []  # (year, post)
        self.years = []
        self.open_end = False
        self.role = ""
        self.leader = False
        self.sanctions = []
        self.source = source
        self.curated_line = None
        self.spellings = Counter()  # UNGDC: spelling -> sessions

    def add_form(self, form):
        # Spellings that differ only in case or hyphens are kept: the case policy of an alias
        # depends on how it is written ("Al Sisi" needs the capital, "al-Sisi" does not).
        if form and form not in self.forms:
            self.forms.append(form)


class People:
    """Everyone, with the indexes that find a person again under another spelling."""

    def __init__(self):
        self.all = []
        self.by_ident = {}  # (scope, ident) -> person
        self.by_last = defaultdict(list)  # (scope, last ident word) -> persons
        self.by_skeleton = {}  # (scope, given-name consonants + surname) -> person
        self.ids = set()

    def find(self, name, scope):
        t = ident(name)
        if len(t) < 2:
            return None
        p = self.by_ident.get((scope, t))
        if p:
            return p
        # A subset with the same surname, when exactly one person matches: "Nawaz Sharif" is
        # "Muhammad Nawaz Sharif"; "Mokgweetsi Masisi" is "Mokgweetsi Eric Keabetswe Masisi".
        # Spanish names are also found by the first family name.
        s = set(t)
        lasts = {t[-1], t[-2]} if scope in HISPANIC and len(t) >= 3 else {t[-1]}
        hits = []
        for last in sorted(lasts):
            for q in self.by_last[(scope, last)]:
                # A shorter spelling of a known name, or a known name with one more word
                # ("Nicolás Maduro" + "Moros"); not a name that shares only a short form
                # (the son "Nicolás Ernesto Maduro Guerra" is not "Nicolás Maduro").
                if q not in hits and any(len(u) >= 2 and (s <= set(u) or (set(u) <= s and len(s - set(u)) == 1))
                                         for u in map(ident, q.forms)):
                    hits.append(q)
        if len(hits) == 1:
            return hits[0]
        # Transliterations of the given names ("Yasir"/"Yasser Arafat", "Haidar"/"Haider
        # al-Abadi"): the same surname and the same consonants in the other words.
        q = self.by_skeleton.get((scope, skeleton(t)))
        if q and any(len(u) == len(t) and skeleton(u) == skeleton(t) and all(edits(a, b) <= 2 for a, b in zip(t, u))
                     for u in map(ident, q.forms)):
            return q  # and not "Abdiweli"/"Abdullahi Mohamed Ali", whose consonants agree too
        return None

    def index(self, p, form):
        t = ident(form)
        if len(t) >= 2:
            self.by_ident.setdefault((p.scope, t), p)
            self.by_skeleton.setdefault((p.scope, skeleton(t)), p)
            # Spanish names are also known by the first of two family names ("Nicolás Maduro").
            for last in {t[-1], t[-2]} if p.scope in HISPANIC and len(t) >= 3 else {t[-1]}:
                if p not in self.by_last[(p.scope, last)]:
                    self.by_last[(p.scope, last)].append(p)

    def add(self, name, scope, source):
        """The person called `name` in `scope`, new or found; None when the id is taken by
        someone else."""
        p = self.find(name, scope)
        if p is None and scope:
            # A curated person, or one of unknown country, with exactly the same words.
            p = self.by_ident.get(("", ident(name)))
        if p is not None:
            p.add_form(name)
            self.index(p, name)
            return p
        pid = slug(name)
        if not pid or pid in self.ids:
            return None
        p = Person(name, scope, source)
        self.ids.add(pid)
        self.all.append(p)
        self.index(p, name)
        return p


def article_forms(form):
    """"Abdel Fattah el Sisi" -> ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Abdel Fattah Sisi"]:
    every Arabic article before a name word, hyphenated as al- and el-, and left out."""
    ws = form.split()
    parts = []  # (article or None, word)
    i = 0
    found = False
    while i < len(ws):
        w = ws[i]
        m = re.fullmatch(r"([AaEe]l)-(\w[\w'\-]*)", w)
        if i > 0 and m:
            parts.append((m.group(1).lower(), m.group(2)))
            found = True
            i += 1
            continue
        if i > 0 and w.lower() in ARTICLE and i + 1 < len(ws) and ws[i + 1][:1].isupper():
            parts.append((w.lower(), ws[i + 1]))
            found = True
            i += 2
            continue
        parts.append((None, w))
        i += 1
    if not found:
        return []
    out = []
    for art in ("el", "al", None):
        words = []
        for a, w in parts:
            if a is None:
                words.append(w)
            elif fold(w) in HOUSES:
                words.append(f"al-{w}")  # "Al Thani" is never "Thani"
            else:
                words.append(f"{art}-{w}" if art else w)
        form = " ".join(words)
        if form not in out:
            out.append(form)
    return out


def surname_of(name):
    """The surname as news writes it alone: the last word with the particles before it that
    belong to it ("von der Leyen", "el-Sisi"); None for a name of one word."""
    ws = name.split()
    if len(ws) < 2:
        return None
    i = len(ws) - 1
    while i > 1 and ws[i - 1].lower() in SURNAME_PARTICLES | ARTICLE:
        i -= 1
    return " ".join(ws[i:])


def surname_forms(surname):
    """"el Sisi" -> ["el-Sisi", "al-Sisi", "Sisi"]; "von der Leyen" -> ["von der Leyen"]."""
    ws = surname.split()
    m = re.fullmatch(r"([AaEe]l)[- ](\S+)", surname)
    if m and fold(m.group(2)) not in HOUSES:
        w = m.group(2)
        return [f"el-{w}", f"al-{w}", w]
    if len(ws) > 1 and ws[0].lower() in SURNAME_PARTICLES:
        return [" ".join([w.lower() if w.lower() in SURNAME_PARTICLES else w for w in ws])]
    return [surname]


def hispanic_split(p, given):
    """A Spanish name's given names and its two family names ("Andrés Manuel" + "López Obrador"),
    or None when it is not one: the given names are the leading words known as given names."""
    ws = p.name.split()
    if p.scope not in HISPANIC or len(ws) < 3 or any(w.lower() in PARTICLES for w in ws):
        return None
    n = 1
    while n < len(ws) - 2 and fold(ws[n]) in given:
        n += 1
    if fold(ws[-2]) in given or len(ws) - n != 2:
        return None
    return ws[:n], ws[n:]


def short_forms(p, given, common_given):
    """Safe short forms of a long official name (see the module doc)."""
    ws = [w for w in p.name.split() if fold(w.strip(".,")) not in SUFFIX]
    if len(ws) < 3 or p.scope in FAMILY_FIRST:
        return []
    # "Khandakar Mushtaq Ahmed" is not the "Mushtaq Ahmed" news means: a last word that is also
    # a given name makes a short form that names too many people.
    if fold(ws[-1]) in common_given:
        return []
    if any(w.lower() in PARTICLES or fold(w) in TITLE_IN_NAME or is_initial(w) or not re.fullmatch(r"[A-Z][\w'\-]+", w)
           for w in ws):
        return []
    if GUARDED_START.match(ws[0]):
        return []
    split = hispanic_split(p, given)
    if split:
        # Spanish names end in two family names, of which news keeps the first: "Nicolás
        # Maduro Moros" is "Nicolás Maduro", "Andrés Manuel López Obrador" "Andrés Manuel López".
        names, families = split
        out = [" ".join(names + families[:1])]
        if len(names) > 1:
            out.append(f"{names[0]} {families[0]}")
        return out
    if p.scope in HISPANIC:
        return []  # the middle word may be a given name or a family name: no guess
    out = [f"{ws[0]} {ws[-1]}"]
    # The middle name and the surname ("Tayyip Erdogan"), unless the middle name is a common
    # given name: "Simon Paul Richards" is not the "Paul Richards" of news.
    if ((len(ws) == 3 or fold(ws[0]) in MUHAMMAD) and not PATRONYMIC.search(ws[1])
            and not GUARDED_START.match(ws[1]) and fold(ws[1]) not in COMMON_FIRST):
        out.append(f"{ws[1]} {ws[-1]}")
    return out


COMMON_FIRST = set()

HISPANIC = {"ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "COL", "VEN", "ECU", "PER", "BOL",
            "CHL", "ARG", "URY", "PRY", "GNQ"}


def ungdc(people):
    latest = {}
    with open(f"{DATA}/leaders/ungdc_speakers_by_session.tsv", encoding="utf-8") as f:
        rows = sorted(csv.DictReader(f, delimiter="\t"), key=lambda r: -int(r["year"]))
    for row in rows:
        year = int(row["year"])
        if year < 1990:
            continue
        name = clean(row["speaker"])
        words = name.split()
        if (len(words) < 2 or not all(w[0].isupper() or w.lower() in PARTICLES for w in words)
                or fold(words[0]) in PARTICLES or fold(words[0]) in HOUSES):
            continue
        scope = row["iso3"] if re.fullmatch(r"[A-Z]{3}", row["iso3"]) else "org:" + row["iso3"].lower()
        p = people.add(name, scope, "ungdc")
        if p is None or p.curated_line:
            continue
        p.years.append(year)
        p.spellings[name] += 1
        post = title_case_post(row["post"])
        if post:
            p.posts.append((year, post))
            if LEADER_POSTS.search(post):
                p.leader = True
        latest.setdefault(id(p), year)
    # The name a person is listed under: the full official form (most words), then the spelling
    # of the most sessions, then the latest (rows are read newest first).
    for p in people.all:
        if p.spellings:
            order = list(p.spellings)
            p.name = max(order, key=lambda n: (len(ident(n)), p.spellings[n], -order.index(n)))
            p.forms.sort(key=lambda f: f != p.name)


def phoenix_people(people, country_ids, common, country_aliases):
    sources = [("Phoenix.Countries.actors.txt", True), ("Phoenix.International.actors.txt", False)]
    n = 0
    for fname, national in sources:
        for e in phoenix.parse(f"{DATA}/actors/petrarch2/{fname}"):
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
            # A few dated entries of the country files are armed forces or alliances, not people.
            if any(w.strip("'S") in ORG_WORDS for w in ws):
                continue
            name = clean(phoenix.title(ws))
            ws = name.upper().split()
            # Skip initials-first forms ("K. Annan").
            if len(ws) < 2 or re.fullmatch(r"[A-Z]\.?", ws[0]):
                continue
            latest = max(dated, key=lambda c: (9999 if c[3] else (c[2] or 0)))
            code = latest[0]
            if national:
                if code[:3] not in country_ids:
                    continue
                scope = code[:3]
            else:
                scope = "org:" + code[:6].lower()
            starts = [c[1] for c in dated if c[1]]
            last = e.last_year()
            short = last != 9999 and (not starts or not last or last - min(starts) < MIN_TENURE_YEARS)
            if short and not ALL:
                # A short coded tenure: listed only if another source has the person already.
                p = people.find(name, scope)
                if p is not None and not p.curated_line:
                    p.add_form(name)
                    people.index(p, name)
            else:
                p = people.add(name, scope, "phoenix")
            if p is None or p.curated_line:
                continue
            n += 1
            first_words = {w.upper() for w in ws}
            for syn in e.synonyms:
                sw = phoenix.words(syn)
                if not sw:
                    continue
                # Another spelling of the full name ("VLADIMIR_V._PUTIN").
                if 2 <= len(sw) <= 5 and sw[-1] == ws[-1] and (sw[0] == ws[0] or re.fullmatch(r"[A-Z]\.", sw[0])):
                    p.add_form(phoenix.title(sw))
                    people.index(p, phoenix.title(sw))
                # The bare surname, or a title and the surname ("PRESIDENT_HOLLANDE", "EL_SISI"):
                # the dictionary says news names them so.
                elif sw[-1] == ws[-1] and all(w not in first_words or w.lower() in ARTICLE for w in sw[:-1]):
                    surname = phoenix.title(sw[-1:])
                    if surname not in p.surnames:
                        p.surnames.append(surname)
            if p.source != "phoenix":
                continue
            role = ROLES.get(code[3:6] if national else code[6:9])
            if role:
                p.role = role
            p.years += [c[1] for c in dated if c[1]]
            last = e.last_year()
            if last == 9999:
                p.open_end = True
            elif last:
                p.years.append(last)
    return n


# The OFAC individuals kept: those with an official title (ministers, generals, members of
# parliament, company heads: 1,586 of 6,854) under programs on states at war or in conflict,
# terrorism and weapons proliferation, the subjects of conflict and sanctions news. The others
# (narcotics and transnational crime, cyber crime, global human-rights and corruption programs,
# and individuals without a title) are left out for build time; people already listed from
# another source still get their programs as `sanctions=`.
OFAC_PROGRAMS_KEPT = {"RUSSIA", "UKRAINE", "BELARUS", "CAATSA", "IRAN", "IRGC", "IFSR", "NPWMD", "SDGT", "FTO",
                      "SYRIA", "IRAQ", "DPRK", "NKSPEA", "LEBANON", "LIBYA", "YEMEN", "SOMALIA", "SUDAN", "DARFUR",
                      "SOUTH SUDAN", "CAR", "DRCONGO", "MALI", "ETHIOPIA", "BURMA", "VENEZUELA", "NICARAGUA",
                      "CUBA", "BALKANS", "WEST", "HOSTAGES", "SSIDES", "PEESA", "IFCA"}
OFAC_PROGRAM_COUNTRY = {"RUSSIA": "RUS", "UKRAINE": "RUS", "IRAN": "IRN", "IFSR": "IRN", "IRGC": "IRN", "DPRK": "PRK",
                        "NKSPEA": "PRK", "CUBA": "CUB", "SYRIA": "SYR", "VENEZUELA": "VEN", "BELARUS": "BLR",
                        "BURMA": "MMR", "IRAQ": "IRQ", "LIBYA": "LBY", "SOMALIA": "SOM", "SUDAN": "SDN",
                        "SOUTH SUDAN": "SSD", "YEMEN": "YEM", "LEBANON": "LBN", "NICARAGUA": "NIC",
                        "ZIMBABWE": "ZWE", "CAR": "CAF", "DRCONGO": "COD", "MALI": "MLI",
                        "ETHIOPIA": "ETH", "HONGKONG": "HKG", "AFGHANISTAN": "AFG"}
NAME_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\-]*\.?")


def ofac_name(raw, common):
    """'AL-ATRUSH, Abd al-Wahhab Umar' -> 'Abd al-Wahhab Umar al-Atrush'; None if not a name."""
    raw = " ".join(raw.split()).strip(" .,")
    if "," in raw:
        last, _, given = raw.partition(",")
        ws = given.split() + last.split()
        n_given = len(given.split())
    else:
        ws = raw.split()
        n_given = 0
    if not 2 <= len(ws) <= 6 or not all(NAME_WORD.fullmatch(w) for w in ws):
        return None
    if all(fold(w) in common or fold(w) in PARTICLES for w in ws) or fold(ws[0]) == "the":
        return None
    name = phoenix.title(ws)
    return name, n_given


def ofac(people, country_names, common):
    n = 0
    with open(f"{DATA}/orgs/ofac_sdn_2024-05-03.csv", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if row["sdn_type"].strip() != "individual":
                continue
            got = ofac_name(row["sdn_name"], common)
            if not got:
                continue
            name, n_given = got
            remarks = row["remarks"]
            country = None
            for label in ("nationality", "citizen", "POB"):
                for m in re.finditer(label + r" ([^;]+)", remarks):
                    country = country_names.get(key(m.group(1).split(",")[-1].strip(" .")))
                    if country:
                        break
                if country:
                    break
            programs = [q.strip(" []") for q in row["program"].split("] [") if q.strip(" []")]
            if not country:
                for q in programs:
                    country = OFAC_PROGRAM_COUNTRY.get(re.sub(r"[-0-9].*$", "", q))
                    if country:
                        break
            title = row["title"].strip()
            kept = ALL or (title not in ("", "-0-") and
                           any(re.sub(r"[-0-9 ].*$", "", q) in OFAC_PROGRAMS_KEPT for q in programs))
            if kept:
                p = people.add(name, country or "", "ofac")
            else:
                # Left out for build time, but a person already listed still gets the programs.
                p = people.find(name, country or "") or people.by_ident.get(("", ident(name)))
            if p is None or p.curated_line:
                continue
            n += 1
            p.sanctions += [q for q in programs if q not in p.sanctions]
            if p.source != "ofac":
                continue
            if title and title != "-0-" and not p.posts:
                p.posts.append((0, title.rstrip(".")))
            # "Mikhail Gennadyevich Delyagin" -> "Mikhail Delyagin".
            ws = name.split()
            if n_given == 2 and PATRONYMIC.search(ws[1]):
                form = " ".join([ws[0]] + ws[2:])
                p.add_form(form)
                people.index(p, form)
            for aka in re.findall(r"[afn]\.k\.a\. '([^']+)'", remarks):
                got = ofac_name(aka, common)
                if got and fold(got[0].split()[0]) not in TITLE_IN_NAME:
                    p.add_form(got[0])
                    people.index(p, got[0])
    return n


def main():
    common = phoenix.common_words()
    # A surname that news writes in lower case ("green", "king", "bishop") or that names a large
    # city ("Lagos") is not a safe alias on its own.
    surname_stop = common | lowercase_words(DATA) | big_cities(DATA)
    regions = subdivisions(DATA)
    countries = list(phoenix.gazetteer_rows("countries.tsv"))
    country_ids = {cid for cid, _, _ in countries}
    country_aliases = {fold(n) for _, names, _ in countries for n in names}
    country_names = {key(n): cid for cid, names, _ in countries for n in names}

    people = People()
    curated = []
    for pid, names, line in phoenix.gazetteer_rows("people_curated.tsv"):
        cols = line.split("\t")
        attrs = dict(a.split("=", 1) for a in cols[4].split(";") if "=" in a) if len(cols) > 4 else {}
        p = Person(cols[2], attrs.get("country", ""), "curated")
        p.curated_line = line
        people.all.append(p)
        people.ids.add(pid)
        for n in names:
            p.forms.append(n)
            people.index(p, n)
            # A curated person is found in any scope under its own names.
            people.by_ident.setdefault(("", ident(n)), p)
        curated.append(p)

    ungdc(people)
    n_phoenix = phoenix_people(people, country_ids, common, country_aliases)
    n_ofac = ofac(people, country_names, common)

    # Given names seen in the data, to tell a second family name from a given name.
    firsts = Counter(fold(p.name.split()[0]) for p in people.all)
    given = {g for g, n in firsts.items() if n >= 2} | census("dist.male.first", 0) | census("dist.female.first", 0)
    # Surnames and given names so common that a surname alias would name someone else more
    # often than the listed person ("Davis", "Moore", "Lopez"; "Alexander", "Christopher"): the
    # library resolves a weak surname whenever it is the only one in the gazetteer.
    census_stop = (census("dist.all.last", COMMON_SURNAME_PERCENT) | census("dist.male.first", COMMON_GIVEN_PERCENT)
                   | census("dist.female.first", COMMON_GIVEN_PERCENT))
    if not CENSUS:
        print("warning: no --census DIR: common US surnames and given names are not kept from surname aliases",
              file=sys.stderr)
    # A surname that is also the given name of many ("Ahmed", "Hassan") names too many people to
    # stand alone, unless the dictionaries list it as that person's surname.
    common_given = {g for g, n in firsts.items() if n >= COMMON_GIVEN}
    # US Census given names of at least COMMON_GIVEN_PERCENT: a middle name among them makes no
    # "middle name + surname" short form (see short_forms).
    COMMON_FIRST.update(census("dist.male.first", COMMON_GIVEN_PERCENT) | census("dist.female.first", COMMON_GIVEN_PERCENT))

    # Every alias, folded, and who claims it, and how strongly: a spelling the sources give (2)
    # beats a form made by rule (1); a form claimed as strongly by two people is dropped from both.
    claims = defaultdict(dict)

    def claim(k, p, strength):
        claims[k][id(p)] = max(claims[k].get(id(p), 0), strength)

    def owned(k, p):
        c = claims[k]
        top = max(c.values())
        return c.get(id(p)) == top and list(c.values()).count(top) == 1

    aliases = {}
    for p in people.all:
        if p.curated_line:
            for f in p.forms:
                claim(key(f), p, 3)
            continue
        forms = []
        for f in p.forms:
            forms.append(f)
            claim(key(f), p, 2)
            forms += article_forms(f)
        # Short forms for the UNGDC speakers (heads of state and government, foreign ministers),
        # whose listed names are official forms; Phoenix already lists the forms news uses, and
        # OFAC's full registered names shorten into too many other people's names.
        if p.source == "ungdc" or ALL:
            forms += short_forms(p, given, common_given)
        surnames = []
        if p.leader or p.surnames:
            cands = [surname_of(p.name)] + p.surnames
            split = hispanic_split(p, given)
            if split:
                cands = [" ".join(split[1]), split[1][0]] + p.surnames
            for s in cands:
                if not s:
                    continue
                # The surname without an Arabic article ("el-Sisi" -> "Sisi"); a hyphenated
                # surname is checked whole ("Thorning-Schmidt" is not "Schmidt").
                bare = re.sub(r"^[AaEe]l-", "", s.split()[-1])
                if (len(bare) < 4 or fold(bare) in surname_stop or fold(s) in country_aliases or fold(bare) in country_aliases
                        or (fold(bare) in regions and s not in p.surnames)
                        or fold(bare) in HOUSES or fold(bare) in common_given or fold(bare) in census_stop
                        or not re.fullmatch(r"[A-Za-z\u00c0-\u024f'\- ]+", s) or re.fullmatch(r"[IVX]+", bare)):
                    continue
                for sf in surname_forms(s):
                    if sf not in surnames:
                        surnames.append(sf)
        aliases[id(p)] = (forms, surnames)
        for f in forms:
            claim(key(f), p, 1)

    out = sys.stdout
    out.write("# newsie people gazetteer: curated officials (people_curated.tsv); every UN General Debate speaker\n")
    out.write("# 1990-2024 (UNGDC speakers list, Jankin/Baturo/Dasandi, CC0), with country, latest post and years\n")
    out.write(f"# spoken; office-holders of the Phoenix actor dictionaries (PETRARCH2, MIT) in office {MIN_LAST_YEAR} or later\n")
    out.write(f"# for {MIN_TENURE_YEARS} years or more; individuals on the US Treasury OFAC SDN list of 2024-05-03 (public\n")
    out.write("# domain) with an official title under programs on conflict, terrorism or proliferation, with their\n")
    out.write("# sanctions programs. One entry per person; other spellings, short forms and surnames as aliases.\n")
    out.write("# Generated by gazetteers/tools/build_people.py" + (" --all" if ALL else "") + "; see gazetteers/README.md.\n")
    out.write("# id\ttype\tname\taliases\tattributes\n")
    for p in curated:
        out.write(p.curated_line + "\n")
    counts = Counter()
    rows = []
    out_ids = {line.split("\t")[0] for line in (p.curated_line for p in curated)}
    for p in people.all:
        if p.curated_line:
            continue
        forms, surnames = aliases[id(p)]
        name_key = key(p.name)
        if max(claims[name_key].values()) == 3:
            continue  # a curated person's name
        kept = []
        seen = {p.name}
        hyphenated = {f.replace("-", " ") for f in forms if "-" in f}
        for f in forms:
            # "el Sisi" is matched by the alias "el-Sisi" already (hyphen, space or nothing).
            if f in seen or not owned(key(f), p) or ("-" not in f and f in hyphenated):
                continue
            seen.add(f)
            kept.append(f)
        for s in surnames:
            kept.append("surname:" + s)
        attrs = []
        if re.fullmatch(r"[A-Z]{3}", p.scope):
            attrs.append(f"country={p.scope}")
        elif p.scope.startswith("org:"):
            attrs.append(f"organization={p.scope[4:]}")
        posts = [x for x in p.posts if x[1]]
        if posts:
            attrs.append("title=" + max(posts)[1].replace(";", ",").replace("\t", " ").replace("=", "-"))
        if p.role:
            attrs.append(f"role={p.role}")
        years = [y for y in p.years if y]
        if years:
            attrs.append(f"from={min(years)}")
            if not p.open_end:
                attrs.append(f"to={max(years)}")
        if p.sanctions:
            attrs.append("sanctions=" + ",".join(p.sanctions))
        pid = slug(p.name)
        if pid in out_ids:
            continue
        out_ids.add(pid)
        rows.append((p.source, pid, f"{pid}\tPERSON\t{p.name}\t{'|'.join(kept)}\t{';'.join(attrs)}"))
        counts[p.source] += 1
        counts["aliases"] += 1 + len(kept)
    order = {"ungdc": 0, "phoenix": 1, "ofac": 2}
    for _, _, line in sorted(rows, key=lambda r: (order[r[0]], r[1])):
        out.write(line + "\n")
    print(f"{len(curated)} curated + {counts['ungdc']} UNGDC + {counts['phoenix']} Phoenix + {counts['ofac']} OFAC people "
          f"({n_phoenix} Phoenix and {n_ofac} OFAC entries read), {counts['aliases']} generated names and aliases",
          file=sys.stderr)


if __name__ == "__main__":
    main()
