#!/usr/bin/env python3
"""Builds the word lists of the `names` stage, rules/names/*.rules, as rule-file word classes:

- given_names.rules: `given_name`, first names from the people of gazetteers/people.tsv, the
  Phoenix actor dictionaries (PETRARCH2, MIT), the UNGDC speakers (CC0), the OFAC SDN individuals
  (public domain), and the US Census 1990 first-name files (public domain, as shipped inside the
  MIT-licensed PyPI package `names` 0.3.0), less common English words, places and calendar words;
- titles.rules: person titles and roles by sector (`title_gov`, `title_military`, ...), their
  modifiers (`title_modifier`), abbreviated titles (`title_abbrev`) and honorifics (`honorific`),
  from the role nouns of Phoenix.agents.txt (PETRARCH2, MIT) filtered and sorted by sector by the
  newsie authors, plus the newsie authors' own words;
- particles.rules: `name_particle`;
- organizations.rules: organization head words (`org_gov`, `org_force`, `org_company_suffix`,
  `org_party`, `org_group`);
- agents.rules: agent nouns of a country, one class per agent (`agent_military`, `agent_police`,
  ...), from the Phoenix agents' sectors and the newsie authors.

Usage:
    pip download names==0.3.0 --no-deps --no-binary :all: -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    git clone https://github.com/commenthol/wikidata-names /tmp/wikidata-names  # commit b5a40a0
    python3 gazetteers/tools/build_names_lists.py ../shared/data --census /tmp/names/names-0.3.0/names --wikidata /tmp/wikidata-names/data [--one-line]

Keys are lower-case and folded the way the library folds (`phoenix.fold`); a multi-word entry is
written with `|` between its words ("chief|executive"). Each class is written as `words NAME:`
followed by indented lines of words (continuation lines); `--one-line` writes each class on one
line instead, for a rule parser without continuation lines.
"""
import collections
import csv
import gzip
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phoenix  # noqa: E402
from phoenix import fold  # noqa: E402

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
DATA = ARGS[0] if ARGS else "../shared/data"
ONE_LINE = "--one-line" in sys.argv
CENSUS = sys.argv[sys.argv.index("--census") + 1] if "--census" in sys.argv else None
WIKIDATA = sys.argv[sys.argv.index("--wikidata") + 1] if "--wikidata" in sys.argv else None
OUT = os.path.join(phoenix.ROOT, "rules", "names")

# ---------------------------------------------------------------------------------------------
# Given names

# Census 1990 names at or above this frequency (per cent of people) are kept: about the 1,500 most
# common male and female names; the long tail (Lashawna, Zoraida) adds little to news.
CENSUS_MIN_PERCENT = 0.006
# A Census first name is a woman's (a man's) when its share among women (men) is at least this
# many times its share among men (women).
GENDER_RATIO = 9


def census_gender():
    """The Census 1990 first names given mostly to women, and mostly to men."""
    share = collections.defaultdict(lambda: [0.0, 0.0])
    if CENSUS:
        for i, fname in enumerate(("dist.female.first", "dist.male.first")):
            with open(os.path.join(CENSUS, fname), encoding="ascii") as f:
                for line in f:
                    name, percent = line.split()[:2]
                    share[name.lower()][i] += float(percent)
    female = {n for n, (f, m) in share.items() if f >= GENDER_RATIO * m}
    male = {n for n, (f, m) in share.items() if m >= GENDER_RATIO * f}
    return female, male


# Abbreviated days and months, which tables and datelines write capitalized ("TUE", "Sat"): no
# given name of Wikidata alone (the data's people may have them: "Jan").
CALENDAR_ABBREVIATIONS = set("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
# A first name from the data sources must open the names of at least this many distinct people.
MIN_PEOPLE = 2


def wikidata_given():
    """The given names of Wikidata (CC0): the labels, in any language, of the items that are
    instances of male (Q12308941), female (Q11879590) or unisex (Q3409032) given name, as
    extracted by commenthol/wikidata-names (data/male.json, female.json, unisex.json, 2020),
    folded; only labels of one word in Latin letters. Returns {folded name: set of sexes}."""
    sexes = collections.defaultdict(set)
    if WIKIDATA:
        for sex in ("male", "female", "unisex"):
            with open(os.path.join(WIKIDATA, f"{sex}.json"), encoding="utf-8") as f:
                for label in json.load(f):
                    f_ = fold(label.strip())
                    if re.fullmatch(r"[a-z][a-z'\-]*[a-z]", f_) and "--" not in f_:
                        sexes[f_].add(sex)
    return sexes


def small_places():
    """Folded names of every GeoNames city of 15,000 people or more (CC BY 4.0): a Wikidata given
    name no person of the data has is left out when it is also a town ("Aden", "Albany")."""
    with gzip.open(f"{DATA}/countries/geonames/geonames_cities15000.json.gz", "rt", encoding="utf-8") as f:
        return {fold(c["name"]) for c in json.load(f).values()}
# Capitalized words that are not given names in news, though some are in name lists.
NOT_GIVEN = set("""
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday christian christians muslim islam islamic jesus christ god allah
lord sir lady king queen crown prince princess emir sheikh sheik shaikh mr mrs ms dr president general
minister colonel captain major saint san santa st mount lake cape port fort new north south east west
central united national royal grand great little old young big holy
""".split())


# Census given names that are common words and open other names in news more often than a person's.
NOT_WORD_GIVEN = set("brain junior ma mai numbers sang son sun".split())


def corpus_counts():
    """Per folded word, in the BBC, AG News and UNGDC 1990-2024 corpora: the lower-case count, the
    capitalized count not at a sentence start, and how many of those are followed by another
    capitalized word (as a given name is by a surname)."""
    lower = collections.Counter()
    upper = collections.Counter()
    before_name = collections.Counter()
    followers = collections.defaultdict(collections.Counter)
    for text in phoenix.corpus_texts(DATA):
        for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b( [A-Z][a-z]+)?", text):
            w = m.group(1)
            (upper if w[0].isupper() else lower)[fold(w)] += 1
            if w[0].isupper() and m.group(2):
                before_name[fold(w)] += 1
                followers[fold(w)][m.group(2)] += 1
    return lower, upper, before_name, followers


def given_names(places, common, wikidata=None):
    people = collections.defaultdict(set)  # folded first name -> distinct full names
    last_of = collections.defaultdict(set)  # folded last word -> distinct full names
    sources = collections.defaultdict(set)

    def add(first, full, source):
        f = fold(first).strip(".")
        last_of[fold(full.split()[-1]).strip(".,")].add(fold(full))
        if len(f) < 2 or not re.fullmatch(r"[a-z][a-z'\-]*[a-z]", f) or "--" in f:
            return
        people[f].add(fold(full))
        sources[f].add(source)

    def first_of(name):
        """The given name of a full name, after honorifics and "The Honourable"; None for a name
        of one word once those are gone ("Mr. Bandaranaike")."""
        ws = name.split()
        for i, w in enumerate(ws):
            f = fold(w).strip(".")
            if f in PARTICLE_WORDS:
                return None  # "Abu Bakr", "al-...": not a given name in first position
            if f in HONORIFIC_WORDS or f in ("the", "honourable", "honorable", "right", "excellency", "his", "her", "highness", "majesty", "royal")\
                    or len(w.strip(".")) < 2:
                continue
            return w if i + 1 < len(ws) else None
        return None

    for _, names, line in phoenix.gazetteer_rows("people.tsv"):
        cols = line.split("\t")
        if cols[1] != "PERSON":
            continue
        for n in [cols[2]] + [a for a in cols[3].split("|") if a and ":" not in a]:
            if len(n.split()) >= 2 and (w := first_of(n)):
                add(w, n, "people.tsv")
    with open(f"{DATA}/leaders/ungdc_speakers_by_session.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            n = row["speaker"]
            if len(n.split()) >= 2 and (w := first_of(n)):
                add(w, n, "ungdc")
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for e in phoenix.parse(f"{DATA}/actors/petrarch2/{fname}"):
            if not any(c[1] or c[2] for c in e.codes):
                continue  # undated entries are places and organizations
            # The entry name only: synonyms often open with a title ("PRIME_MINISTER_BLAIR").
            for n in [e.name]:
                ws = phoenix.words(n)
                if 2 <= len(ws) <= 4 and (w := first_of(" ".join(ws))):
                    add(w, " ".join(ws), "phoenix")
    with open(f"{DATA}/orgs/ofac_sdn_2024-05-03.csv", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if row["sdn_type"].strip() == "individual" and "," in row["sdn_name"]:
                last, _, given = row["sdn_name"].partition(",")
                if given.split() and (w := first_of(f"{given} {last}")):
                    add(w, row["sdn_name"], "ofac")
    census = set()
    if CENSUS:
        for fname in ("dist.male.first", "dist.female.first"):
            with open(os.path.join(CENSUS, fname), encoding="ascii") as f:
                for line in f:
                    name, percent = line.split()[:2]
                    if float(percent) >= CENSUS_MIN_PERCENT:
                        census.add(name.lower())
                        sources[name.lower()].add("census")

    wikidata = wikidata or {}
    towns = small_places() if wikidata else set()
    # First words of the towns of several words ("Pembroke" of "Pembroke Pines").
    town_openers = {t.split()[0] for t in towns if " " in t}
    lower, upper, before_name, followers = corpus_counts()
    kept, rare, excluded = [], [], collections.defaultdict(list)
    for name in sorted(set(people) | census | set(wikidata)):
        lo, up = lower[name], upper[name]
        if name not in census and len(people[name]) < MIN_PEOPLE:
            if name not in wikidata:
                continue
            # A given name of Wikidata that no person of the data (or one only) has: a world of
            # names news gives without a title ("Kyrylo", "Yoav", "Tedros"), and a long tail of
            # rare and historical ones that are also words, towns and surnames. Kept only when
            # nothing says it is something else: three letters or more, never written in lower
            # case in the corpora nor a frequent word, no country or demonym, no town of 15,000
            # people unless the corpora write it before a capitalized word ("Ngozi"), no more
            # often a surname in the data, and, when news capitalizes it, mostly before another
            # capitalized word.
            sources[name].add("wikidata")
            seen_as_name = before_name[name] >= 1 and before_name[name] * 2 >= up
            if not re.fullmatch(r"[a-z]+", name):
                # Hyphenated and elided labels ("Jean-Marc", "Seong-ho", "D'Arcy") are phrases of
                # several tokens, costly to load, and mostly given names written after the family
                # name, where they open nothing: the first given names of the data cover the rest.
                excluded["Wikidata only: hyphen or apostrophe"].append(name)
                continue
            if (len(name) < 3 or lo >= 1 or name in common or name in places
                    or name in towns and not seen_as_name or name in NOT_GIVEN or name in HONORIFIC_WORDS or name in TITLE_WORDS
                    or name in PARTICLE_WORDS or name in CALENDAR_ABBREVIATIONS):
                excluded["Wikidata only: short, a word or a place"].append(name)
            elif len(last_of[name]) >= 2 and len(last_of[name]) > len(people[name]):
                excluded["Wikidata only: a surname rather"].append(name)
            elif up >= 6 and before_name[name] * 2 < up:
                excluded["Wikidata only: capitalized, but not before names"].append(name)
            elif before_name[name] >= 3 and followers[name].most_common(1)[0][1] * 3 >= before_name[name] * 2:
                # Mostly before one and the same word: a fixed name ("Sao Paulo", "Aston Villa").
                excluded["Wikidata only: mostly before one word"].append(name)
            elif name in town_openers and not seen_as_name:
                excluded["Wikidata only: short, a word or a place"].append(name)
            else:
                rare.append(name)
            continue
        if name not in census and len(last_of[name]) > len(people[name]):
            # More often a surname than a first name in the data ("Blair", "Johnson").
            excluded["surname rather"].append(name)
            continue
        if up >= 20 and before_name[name] * 12 < up and len(people[name]) < 10:
            # Capitalized in news but seldom before another capitalized word, as a given name is
            # before a surname: a place, a club, a brand ("Chelsea", "Carolina", "Mercedes"),
            # unless ten people or more in the data have it as their first name ("Muhammad").
            excluded["capitalized, but not before names"].append(name)
            continue
        # A word news writes in lower case at least a third as often as capitalized inside a
        # sentence is a common word first ("bill", "grant", "hope"), unless it is very name-like:
        # capitalized, it mostly stands before another capitalized word ("Mark", "Frank", "Ray"),
        # it is a given name of the Census or of five people in the data, and the lower-case word
        # is not among the most frequent ("will", "may").
        name_like = (up >= 10 and before_name[name] * 10 >= up * 6 and lo < 1000
                     and (name in census or len(people[name]) >= 5))
        # Too rare in the corpora for their counts to say anything, and the first name of
        # twenty people or more in the data: a given name ("Ana", "Victor").
        name_like = name_like or (lo + up < 20 and len(people[name]) >= 20)
        # "Ben" is a given name before it is a particle ("Ben Wallace"; "Ben Ali" is a name too).
        if name in NOT_GIVEN or name in HONORIFIC_WORDS or name in TITLE_WORDS or (name in PARTICLE_WORDS and name != "ben"):
            excluded["calendar, title, particle or religion word"].append(name)
        elif name_like:
            kept.append(name)
        elif lo >= 3 and lo * 3 > up:
            excluded["common word"].append(name)
        elif name in common and lo * 10 > up:
            excluded["common word"].append(name)
        elif name in places and len(people[name]) < 5:
            # Countries, demonyms and cities of over 200,000 people, unless at least five
            # people in the data have it as their first name ("Vladimir", "Sofia").
            excluded["place or demonym"].append(name)
        else:
            kept.append(name)
    return kept, rare, excluded, sources


# ---------------------------------------------------------------------------------------------
# Titles and roles. The sector classes hold person nouns that stand before a name ("Defence
# Minister Ann Smith", "activist Ann Smith") or after it in apposition ("Ann Smith, a lawyer").
# Phoenix heads (the last word of each agent phrase, or the word before "of") that are person
# nouns are taken into the sector of their Phoenix code; the newsie authors add the rest.

SECTOR_CLASS = {"GOV": "title_gov", "MIL": "title_military", "COP": "title_police", "JUD": "title_judiciary",
                "LEG": "title_legislature", "BUS": "title_business", "MED": "title_media", "EDU": "title_academic",
                "SPY": "title_intelligence", "REL": "title_religion", "CHR": "title_religion", "MUS": "title_religion",
                "JEW": "title_religion", "HIN": "title_religion", "BUD": "title_religion", "REB": "title_rebel",
                "UAF": "title_rebel", "OPP": "title_activist", "HRI": "title_activist", "ENV": "title_activist",
                "LAB": "title_activist", "HLH": "title_health", "PTY": "title_party"}

# Phoenix heads that are person nouns usable as titles or roles (the rest are institutions,
# weapons, groups or plurals): chosen by the newsie authors.
PHOENIX_PERSON_HEADS = set("""
admiral adviser advisor airman ambassador attorney autocrat bishop archbishop archimandrite archpriest
barrister blogger bureaucrat businessman businesswoman businessperson campaigner captain ceo chancellor
chief cleric colonel columnist commandant commander commando commentator commissioner congressman
constable consul corporal correspondent councilor counsel counsellor crusader dean delegate deputy
despot detective dictator diplomat director dissident doctor economist editor editorialist educator
emir emissary emperor empress ensign entrepreneur envoy executive general generalissimo governor
guerrilla historian imam industrialist inspector insurgent intellectual investigator investor journalist
judge jurist lawmaker lawyer leader lecturer legate legislator lieutenant magistrate marshal mayor
militant minister monarch monk mullah nurse officer official operative parliamentarian photographer
physician politician potentate preacher prelate premier president priest professor prosecutor
protester publisher rabbi rebel reformer reporter representative researcher ruler scholar seaman
secretary senator sergeant sheriff soldier sovereign speaker spokesman spokeswoman spokesperson
spy strongman surgeon teacher trooper tycoon tyrant undersecretary warlord writer activist
separatist jihadist gunman militiaman mercenary analyst
""".split())

OWN_TITLES = {
    "title_gov": """president vice-president president-elect premier minister ministers secretary secretary-general
        undersecretary under-secretary chancellor vice-chancellor governor governor-general mayor deputy
        spokesman spokeswoman spokesperson adviser advisor aide official commissioner envoy ambassador
        administrator director director-general regent king queen prince princess crown|prince emir amir
        sultan sheikh monarch emperor chief|minister prime|minister head|of|state head|of|government
        attorney|general chief|of|staff national|security|adviser press|secretary first|lady""",
    "title_military": """general lieutenant|general major|general brigadier|general brigadier colonel
        lieutenant|colonel major captain lieutenant second|lieutenant sergeant staff|sergeant corporal private
        admiral vice|admiral rear|admiral commodore commander field|marshal marshal air|marshal air|commodore
        commandant chief|of|staff chief|of|general|staff defence|chief defense|chief army|chief military|chief
        warrant|officer petty|officer seaman airman marine soldier trooper paratrooper pilot sniper""",
    "title_police": """police|chief police|commissioner commissioner superintendent chief|superintendent
        inspector chief|inspector detective constable sheriff deputy|sheriff marshal police|officer
        officer patrolman trooper""",
    "title_judiciary": """judge justice chief|justice magistrate prosecutor public|prosecutor chief|prosecutor
        prosecutor-general attorney district|attorney lawyer barrister solicitor counsel defence|lawyer
        defense|lawyer jurist""",
    "title_legislature": """senator congressman congresswoman congressperson representative lawmaker
        legislator parliamentarian deputy mp mep speaker whip assemblyman assemblywoman councillor councilor
        alderman""",
    "title_diplomat": """ambassador envoy diplomat consul consul-general charge|d'affaires attache emissary coordinator counselor ambassador-at-large
        special|envoy special|representative high|commissioner negotiator""",
    "title_business": """chairman chairwoman chairperson chair chief|executive ceo cfo coo president founder
        co-founder owner director managing|director executive manager tycoon billionaire magnate
        entrepreneur investor banker economist analyst trader shareholder boss partner broker dealer
        strategist""",
    "title_media": """journalist reporter correspondent editor columnist commentator photographer
        photojournalist anchor presenter broadcaster blogger publisher writer author novelist""",
    "title_academic": """professor prof lecturer researcher scholar fellow senior|fellow academic
        scientist historian economist analyst expert dean rector teacher""",
    "title_religion": """pope cardinal archbishop bishop priest pastor reverend rabbi imam cleric mullah
        ayatollah grand|ayatollah mufti grand|mufti patriarch metropolitan monk nun sheikh preacher
        lama dalai|lama""",
    "title_rebel": """rebel|leader rebel|commander warlord militant insurgent guerrilla|leader commander
        militia|leader field|commander""",
    "title_activist": """activist campaigner dissident protester demonstrator opposition|leader
        human|rights|activist blogger""",
    "title_health": """doctor dr physician surgeon nurse paramedic medic""",
    "title_intelligence": """spy|chief spymaster intelligence|chief intelligence|officer intelligence|director
        agent operative spy""",
    "title_party": """party|leader party|chairman chairman leader candidate nominee""",
    # Sports roles stand before names in results and match reports ("striker Ann Smith",
    # "Chicago Cubs outfielder Ann Smith"); from the misses on CoNLL-2003 train/testa.
    "title_sports": """coach manager striker midfielder defender goalkeeper forward winger captain skipper
        batsman bowler wicketkeeper all-rounder jockey trainer rider driver champion player teammate
        seed quarterback pitcher boxer golfer sprinter runner swimmer cyclist star opener outfielder
        infielder shortstop catcher slugger batter spinner paceman wicketkeeper fullback full-back
        scrum-half fly-half flanker winger playmaker substitute goaltender hurdler skier skater
        medallist medalist olympian titleholder challenger compatriot countryman teammate team-mate
        rival opponent winner runner-up""",
    "title_generic": """leader head chief official spokesman spokeswoman spokesperson member founder
        chairman director colleague mr mrs ms""",
}

# Words between a country or organization and a head ("Defence Minister", "Deputy Foreign
# Minister", "Senior Fellow"): Phoenix GOV modifiers plus the newsie authors'.
OWN_MODIFIERS = """deputy vice acting interim former outgoing incoming caretaker designate senior junior chief
    first second top lead principal associate assistant special permanent executive general supreme
    foreign defence defense interior home finance treasury economy economic trade commerce industry
    energy oil petroleum justice health education labour labor agriculture environment information
    culture tourism transport transportation communications affairs foreign|affairs internal|affairs home|affairs
    security national|security intelligence military armed|forces army navy naval air|force nuclear
    state federal regional provincial local national prime press public foreign|policy policy research
    visiting adjunct nonresident non-resident emeritus managing chief|executive political spiritual ousted
    exiled jailed slain late opposition de|facto self-declared self-proclaimed ch""".split()

ABBREVIATED = """gen. gen lt. lt col. col maj. maj capt. capt sgt. sgt cpl. cpl adm. adm cmdr. cmdr cdr. brig.
    brig lt.-gen. lt-gen maj.-gen. maj-gen lt.-col. lt-col sen. sen rep. rep gov. gov pres. dr. dr
    prof. prof rev. rev fr. fr sr. insp. supt. det. pvt. pfc. spc. amb. hon. rt. gen.-maj.
    insp supt det""".split()

HONORIFIC = """mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame lady lord madam madame mme mme. mlle
    monsieur senor senora herr frau sheikh sheik shaikh sheikha sayyid sayed syed hajji haji mullah
    mawlana maulana ustad ustaz pandit shri sri smt begum bey pasha effendi his|excellency
    her|excellency his|majesty her|majesty his|highness her|highness baroness baron count countess
    duke duchess earl viscount marquess prince princess comrade""".split()

TITLE_WORDS = set()

# ---------------------------------------------------------------------------------------------
# Name particles

PARTICLES = """al el al- el- ad ar as ash at az an ud ul bin ibn bint ben ould abu abou umm bou
    van von der den ter ten de di da du del della dei degli dos das do la le lo les los las y e
    st. ste. mac mc o' zu af av""".split()
PARTICLE_WORDS = {p.rstrip("-") for p in PARTICLES} - {"st.", "ste."}

HONORIFIC_WORDS = {h.rstrip(".") for h in HONORIFIC if "|" not in h} | {a.rstrip(".") for a in ABBREVIATED}

# ---------------------------------------------------------------------------------------------
# Organization head words

ORG_CLASSES = {
    "org_gov": """ministry ministries office department dept. agency council commission committee service
        directorate bureau secretariat parliament assembly congress senate duma knesset majlis
        court tribunal cabinet government administration authority board inspectorate
        prosecutor's|office central|bank embassy consulate mission delegation chamber
        municipality prefecture governorate""",
    "org_force": """armed|forces army navy air|force national|guard guard guards brigade brigades regiment
        battalion division corps fleet flotilla squadron wing command commando commandos
        marines marine|corps special|forces gendarmerie militia militias police border|guard
        coast|guard forces force unit units garrison legion task|force revolutionary|guard
        revolutionary|guards""",
    "org_company_suffix": """inc inc. ltd ltd. limited corp corp. corporation co co. company plc llc l.l.c.
        llp lp group holdings holding ag sa s.a. gmbh nv n.v. bv b.v. spa s.p.a. srl ab asa oyj kk
        pjsc ojsc jsc cjsc oao zao ooo pao pte bhd tbk sarl sas se kg fze fzco industries enterprises
        systems technologies partners bank services concern aerospace""",
    "org_party": """party front movement alliance coalition union league congress bloc federation
        association organisation organization""",
    "org_group": """group network foundation institute institution center centre university college
        society trust fund program programme initiative project council""",
}

# ---------------------------------------------------------------------------------------------
# Agent nouns of a country ("Syrian troops", "Iraqi officials"), one class per agent, from the
# Phoenix agent sectors (plural and collective nouns) and the newsie authors.

AGENT_CLASSES = {
    "agent_military": """military army armies navy navies air|force troops soldiers forces armed|forces
        servicemen service|members marines paratroopers commandos special|forces warplanes jets
        gunships artillery tanks units battalions brigades generals officers commanders command
        infantry ground|forces naval|forces air|forces defence|forces defense|forces mercenaries
        reservists conscripts peacekeepers sailors airmen snipers gunners""",
    "agent_police": """police policemen police|officers officers gendarmes gendarmerie security|forces
        riot|police border|guards border|police coast|guard coastguard""",
    "agent_government": """government governments officials authorities administration regime ministers
        ministry cabinet leaders leadership state officialdom junta presidency""",
    "agent_legislature": """lawmakers legislators parliament parliamentarians mps deputies senators
        congress congressmen""",
    "agent_judiciary": """judges prosecutors courts court judiciary""",
    "agent_rebel": """rebels insurgents militants militias militiamen guerrillas separatists fighters
        jihadists extremists gunmen opposition|fighters armed|groups paramilitaries""",
    "agent_intelligence": """intelligence spies spy|agency intelligence|services intelligence|officials
        agents secret|service secret|police""",
    "agent_diplomat": """diplomats envoys ambassadors embassy negotiators delegation diplomacy""",
    "agent_opposition": """opposition dissidents activists protesters demonstrators""",
    "agent_media": """media press journalists reporters state|media state|television""",
    "agent_business": """companies firms businesses industry manufacturers exporters banks""",
    "agent_civilian": """civilians people residents citizens villagers refugees population farmers
        fishermen herders shepherds passengers pilgrims workers students tourists migrants nationals
        hostages prisoners detainees""",
}


def phoenix_titles():
    """Phoenix heads (person nouns only) per title class, and Phoenix modifiers of GOV, MIL
    and other person titles."""
    heads = collections.defaultdict(set)
    modifiers = set()
    with open(f"{DATA}/actors/petrarch2/Phoenix.agents.txt", encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line or line.startswith("!"):
                continue
            m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~?([A-Z]*)~?[\]}]", line)
            if not m:
                continue
            text = m.group(1).strip().replace("!PERSON!", "_MAN").replace("!MINIST!", "_MINISTER").lower()
            ws = [w for w in text.split("_") if w]
            if "of" in ws:
                ws = ws[: ws.index("of")]
            if not ws:
                continue
            head = ws[-1]
            cls = SECTOR_CLASS.get(m.group(3)[:3])
            if cls and head in PHOENIX_PERSON_HEADS:
                heads[cls].add(head)
                if m.group(3)[:3] in ("GOV", "MIL", "SPY", "COP", "JUD", "LEG"):
                    modifiers.update(w for w in ws[:-1] if re.fullmatch(r"[a-z][a-z\-]+", w))
    return heads, modifiers


def write(fname, header, classes):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as out:
        for line in header.strip("\n").split("\n"):
            out.write(f"# {line}".rstrip() + "\n")
        out.write("# Generated by gazetteers/tools/build_names_lists.py" + (" --one-line" if ONE_LINE else "") + ".\n")
        for name, words in classes:
            words = sorted(set(words))
            out.write("\n")
            if ONE_LINE:
                out.write(f"words {name}: {' '.join(words)}\n")
                continue
            out.write(f"words {name}:\n")
            line = "   "
            for w in words:
                if len(line) + 1 + len(w) > 100:
                    out.write(line + "\n")
                    line = "   "
                line += " " + w
            out.write(line + "\n")


def keyed(text):
    """Whitespace-separated entries of `text`, folded, multi-word entries joined with `|`."""
    return [fold(w) for w in text.split()]


def main():
    common = phoenix.common_words()
    countries = list(phoenix.gazetteer_rows("countries.tsv"))
    places = {fold(n) for _, names, _ in countries for n in names}
    with gzip.open(f"{DATA}/countries/geonames/geonames_cities15000.json.gz", "rt", encoding="utf-8") as f:
        places |= {fold(c["name"]) for c in json.load(f).values() if c.get("population", 0) >= 200000}

    heads, phoenix_mods = phoenix_titles()
    title_classes = []
    for cls, words in OWN_TITLES.items():
        title_classes.append((cls, keyed(words) + sorted(heads.get(cls, ()))))
        TITLE_WORDS.update(w for w in keyed(words) if "|" not in w)
    for cls in sorted(set(heads) - set(OWN_TITLES)):
        title_classes.append((cls, sorted(heads[cls])))
    mods = set(fold(m) for m in OWN_MODIFIERS) | (phoenix_mods - common | {m for m in phoenix_mods if m in common and m in set(OWN_MODIFIERS)})
    # Phoenix modifiers that are not portfolio or rank words (articles, places, "the") stay out.
    mods = {m for m in mods if m not in {"the", "a", "an", "and", "in", "to", "for", "at", "on", "by", "with"}}
    title_classes += [("title_modifier", sorted(mods)), ("title_abbrev", keyed(" ".join(ABBREVIATED))),
                      ("honorific", keyed(" ".join(HONORIFIC)))]

    wikidata = wikidata_given()
    given, rare, excluded, sources = given_names(places, common, wikidata)
    source_counts = collections.Counter(s for g in given + rare for s in sources[g])
    # Census given names left out as common words ("Grant", "Hope", "Will"): given names only before
    # a surname that is no word (see `Doc::word_given_names`).
    # Not those that open other names more often: companies ("Sun Microsystems"), family names written
    # first ("Ma Ying-jeou", "Son Heung-min"), or no given name in news ("Numbers", "Junior").
    word_given = sorted(n for n in excluded["common word"] if "census" in sources[n] and n not in NOT_WORD_GIVEN)
    female, male = census_gender()

    lic = """Sources and licences: see gazetteers/README.md ("Word lists of the names stage")."""
    write("given_names.rules", f"""Given names for the names stage: a capitalized word after one of these is a person's
surname ("Dana Ortiz"). {len(given) + len(rare)} names: first names of the people in gazetteers/people.tsv, of
the Phoenix actor dictionaries (PETRARCH2, MIT), of the UNGDC speakers 1946-2024 (Jankin/Baturo/
Dasandi, CC0) and of the OFAC SDN individuals (US Treasury, public domain) that open the names of
at least {MIN_PEOPLE} people, the US Census 1990 first names of at least {CENSUS_MIN_PERCENT}% (public domain;
from the PyPI package names 0.3.0, MIT), and the given names of Wikidata (CC0, via
commenthol/wikidata-names) that are no word, town or surname in the data. Left out: {sum(len(v) for v in excluded.values())} words that news writes in lower
case (BBC, AG News, UNGDC counts), countries, demonyms and large cities, calendar and title words.
Of them, `female_given_name` and `male_given_name`: the names the Census gives to one sex at
least {GENDER_RATIO} times as often as to the other (so that "he" does not stand for a Mary).
Of them, `rare_given_name` ({len(rare)}): the given names only Wikidata has (the names stage reads
them as given names in sentences of running text only, not in tables and results lines).
Of the words left out, `word_given_name` ({len(word_given)}): the Census given names news writes in
lower case ("Grant", "Hope"); the names stage reads them as given names only before a surname that
is no word of the lexicon ("Grant Shapps", not "Grant Park").
{lic}""", [("given_name", given), ("rare_given_name", rare), ("word_given_name", word_given),
        ("female_given_name", [g for g in given if g in female]),
        ("male_given_name", [g for g in given if g in male])])
    write("titles.rules", f"""Titles and roles of people for the names stage, by sector: a title before a capitalized word
is evidence of a person ("Defence Minister Ann Smith"), and the sector becomes the guessed
person's role. Person nouns among the role words of Phoenix.agents.txt (PETRARCH2, MIT, sorted
by its sector codes) and words of the newsie authors. `|` joins the words of a multi-word entry.
{lic}""", title_classes)
    write("particles.rules", f"""Name particles: lower-case words inside names ("Bashar al-Assad", "Ursula von der Leyen").
Written by the newsie authors. {lic}""", [("name_particle", keyed(" ".join(PARTICLES)))])
    write("organizations.rules", f"""Organization head words for the names stage: a capitalized phrase ending in one of these is an
organization ("Ruritanian Ministry of Defence", "Acme Holdings"), of the kind the class names.
Written by the newsie authors. {lic}""", [(k, keyed(v)) for k, v in ORG_CLASSES.items()])
    write("agents.rules", f"""Agent nouns of a country, one class per agent ("Syrian troops", "Iraqi officials"): the names
stage attaches the agent to the country mention as an attribute. After the sectors of the
Phoenix agents dictionary (PETRARCH2, MIT: MIL, COP, GOV, LEG, JUD, REB/UAF, SPY, ...), words by
the newsie authors. {lic}""", [(k, keyed(v)) for k, v in AGENT_CLASSES.items()])

    print(f"given_name: {len(given)}, rare_given_name: {len(rare)} (sources: {dict(source_counts)}); excluded: "
          + ", ".join(f"{k} {len(v)}" for k, v in excluded.items()), file=sys.stderr)
    for k, v in excluded.items():
        print(f"  excluded ({k}), e.g.: {' '.join(v[:60])}", file=sys.stderr)
    for name, words in title_classes:
        print(f"{name}: {len(set(words))}", file=sys.stderr)


if __name__ == "__main__":
    main()
