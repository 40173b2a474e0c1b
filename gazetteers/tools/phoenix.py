"""Shared by the gazetteer generators: canonical ids and match keys, and a reader for the
TABARI/PETRARCH actor dictionaries (the Phoenix dictionaries, MIT).

Format (see dictionaries.rst in the PETRARCH2 repository): an entry starts with a line
`NAME_WITH_UNDERSCORES [CODE date-range] # comment`; lines starting with `+` are synonyms of the
entry above; indented `[CODE date-range]` lines add codes; `#` starts a comment. A date is
YYMMDD or YYYYMMDD; a range is `a-b`, `>a` (from a) or `<b` (until b).
"""
import gzip
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def common_words():
    """The frequent lower-case English words of rules/names/common_words.txt."""
    with open(os.path.join(ROOT, "rules/names/common_words.txt"), encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and not w.startswith("#")}


# The news corpora of ../shared/data/corpus whose word counts the generators use as evidence of
# how English writes a word (counts only; no text is kept).
NEWS_CORPORA = ("bbc_zitros_2004_2005.jsonl.gz", "agnews_test.jsonl.gz", "ungdc_1990_2024.jsonl.gz")


def corpus_texts(data, names=NEWS_CORPORA):
    """The `text` of every document of the gzipped JSON Lines corpora `names` under DATA/corpus."""
    for name in names:
        with gzip.open(f"{data}/corpus/{name}", "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line).get("text", "")


def gazetteer_rows(name):
    """(id, names, line) for each entry of gazetteers/NAME: names are the name and every alias,
    without alias kind (`surname:`) or case override (`=`, `~`)."""
    with open(os.path.join(ROOT, "gazetteers", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names = [cols[2]] + [a.split(":", 1)[-1].lstrip("=~") for a in cols[3].split("|") if a]
            yield cols[0], names, line.rstrip("\n")


# Quotes and dashes that the tokenizer unifies (src/token.rs, `push_key`).
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
          "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
          "\ufe58": "-", "\ufe63": "-", "\uff0d": "-"}


def fold(text):
    """The library's key folding: Unicode canonical decomposition (NFD) with the combining marks
    (category Mn) dropped, lower case, curly quotes and dash variants unified. "Erdoğan" and
    "Erdogan" agree; letters that do not decompose ("ø", "ł", "æ") stay as they are, exactly as
    in the library, so the generators and the matcher call the same names equal."""
    s = unicodedata.normalize("NFD", text)
    s = "".join(QUOTES.get(c, c) for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def slug(name):
    """The schema's canonical id: the lower-case ASCII slug of a name ("Bashar al-Assad" -> bashar_al_assad)."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def key(name):
    """A loose match key for comparing names across files: folded, punctuation as spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())


CODE = re.compile(r"\[([A-Z0-9]+)\s*([<>]?\d*)(?:-(\d+))?\s*\]")


def year(date):
    """The year of a TABARI date: YYMMDD (YY < 30 is 20YY) or YYYYMMDD; None if absent."""
    date = date.lstrip("<>")
    if len(date) >= 8:
        return int(date[:4])
    if len(date) >= 6:
        yy = int(date[:2])
        return 2000 + yy if yy < 30 else 1900 + yy
    return None


def words(name):
    """`VLADIMIR_V._PUTIN_` -> ['VLADIMIR', 'V.', 'PUTIN']."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return [w for w in name.replace("_", " ").split() if w]


class Entry:
    def __init__(self, name, comment):
        self.name = name
        self.synonyms = []
        self.codes = []  # (code, start_year, end_year, open_end)
        self.comment = comment

    def add_codes(self, text):
        for code, a, b in CODE.findall(text):
            if a.startswith("<"):
                self.codes.append((code, None, year(a), False))
            elif a.startswith(">"):
                self.codes.append((code, year(a), None, True))
            elif a:
                self.codes.append((code, year(a), year(b) if b else None, False))
            else:
                self.codes.append((code, None, None, True))

    def last_year(self):
        """The last year any code is known to hold (9999 for an open end after a date)."""
        best = None
        for _, start, end, open_end in self.codes:
            y = 9999 if open_end and start else end
            if y is not None and (best is None or y > best):
                best = y
        return best


def parse(path):
    entries = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            body, _, comment = line.partition("#")
            if not body.strip():
                continue
            if body[0] in " \t":
                if current is not None:
                    current.add_codes(body)
                continue
            if body.startswith("+"):
                if current is not None:
                    for syn in body[1:].split("+"):
                        syn = CODE.sub("", syn).strip()
                        if syn:
                            current.synonyms.append(syn)
                    current.add_codes(body)
                continue
            name = CODE.sub("", body).strip()
            current = Entry(name, comment.strip())
            current.add_codes(body)
            entries.append(current)
    return entries


LOWER_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "dos",
                   "das", "del", "di", "of", "the", "and", "for", "in", "on", "y"}
KEEP_UPPER = {"LLC", "JSC", "PJSC", "OJSC", "CJSC", "OAO", "ZAO", "OOO", "AO", "PAO", "LTD", "SA", "S.A.",
              "PLC", "AG", "GMBH", "FZE", "FZCO", "NV", "BV", "II", "III", "IV", "UN", "EU", "USA", "UK"}


def title(ws, first_particle_upper=True):
    """Upper-case source words -> display case: 'BASHAR AL-ASSAD' -> 'Bashar al-Assad'."""
    out = []
    for i, w in enumerate(ws):
        if w.upper() in KEEP_UPPER:
            out.append(w.upper())
            continue
        parts = []
        for j, p in enumerate(w.split("-")):
            low = p.lower()
            if low in LOWER_PARTICLES and (i > 0 or j > 0 or not first_particle_upper):
                parts.append(low)
            elif low.startswith("mc") and len(low) > 2:
                parts.append("Mc" + low[2:].capitalize())
            elif "'" in low:
                parts.append("'".join(s.capitalize() for s in low.split("'")))
            else:
                parts.append(low.capitalize())
        out.append("-".join(parts))
    return " ".join(out)
