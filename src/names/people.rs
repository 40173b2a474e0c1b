//! Runs of capitalized words, and what the words around them make them: a
//! person (a title, a given name, an apposition, an initial, a results
//! line) or an organization (a head word); and a country's agents.

use std::ops::Range;

use super::features::*;
use super::{Doc, Shape, Target, What, PLAIN_PERSON};
use crate::entity::{AliasKind, EntityType, Entry, EntryRef, EvidenceKind};
use crate::words::{key_hash, NO_WORD};

/// The most words a person's name has here ("Abu Bakr al-Baghdadi" has
/// three, "Maria da Conceição Tavares" four).
const MAX_NAME_WORDS: usize = 4;
/// How far an apposition's title may be from its comma: "Ann Smith, the
/// country's former deputy foreign minister".
const APPOSITION_REACH: usize = 6;
/// The most words of a title's complement before the comma of its
/// apposition ("the spokesman for the Ruritanian border militia, Ann
/// Smith,").
const MAX_COMPLEMENT: usize = 8;
/// How far before "for" and a portfolio its title may be ("Secretary of
/// State for Near Eastern Affairs").
const PORTFOLIO_REACH: usize = 3;
/// How many words may open a sentence before the comma and the given
/// name spoken to at its end ("Go ahead, Ivo.", "Thank you very much,
/// Ana.").
const ADDRESS_OPENING: usize = 5;

impl<'a> Doc<'_, 'a> {
    /// Reads the run of capitalized words that starts at `i` in the
    /// sentence `range` (number `s`): explains it by its evidence, or keeps
    /// it for the document-level step. Returns where the run ends.
    pub(super) fn run_at(&mut self, s: usize, i: usize, range: Range<usize>, shape: Shape) -> usize {
        // "super-Powers", "pro-Western": a word joined to a lower-case word
        // by a hyphen opens no name.
        // (But "Khalil al-Hayya": a particle after a person's mention.)
        let particle_after_person = || {
            i >= range.start + 3
                && self.has(i - 2, F_PARTICLE)
                && self
                    .mention_at(i - 3)
                    .is_some_and(|e| e.entity_type() == EntityType::Person && e.tokens.end as usize == i - 2)
        };
        // (Nor "al-Hijri" alone, a name's particle joined to it, which a
        // later mention of "Jamil al-Hijri" writes.)
        let joined = i >= range.start + 2
            && !self.toks[i].space_before()
            && self.is_byte(i - 1, b'-')
            && !self.toks[i - 2].is_capitalized()
            && !particle_after_person();
        // ("al-Hijri" so joined, with no title before it, is looked up in
        // the document's names only: with evidence of its own it may be a
        // paper's name, "the official al-Akhbar newspaper".)
        let particle_name = joined
            && shape == Shape::Text
            && self.has(i - 2, F_PARTICLE)
            && self.toks[i - 2].space_before()
            && self.free(i - 2)
            && !self.toks[i - 1].space_before()
            && self.capital_word(i)
            && !(i >= range.start + 3 && self.has(i - 3, F_PERSON_TITLE | F_TITLE_MODIFIER));
        if particle_name && self.run_end(i, range.end) == i + 1 {
            self.pending.push((i - 2..i + 1, s, shape));
            return i + 1;
        }
        if joined || !self.capital_word(i) {
            return i + 1;
        }
        let mut end = self.run_end(i, range.end);
        // A particle right before the run opens it: "bin Laden", "al-Assad".
        let first = i;
        let i = self.particle_start(i, range.start);
        // "A Magura V9 drone": a code after the run may make its last word a
        // designation, which the weapons read from there. (Not its first
        // word: "de A R2", a particle before one word and a code, is read
        // on from the code, or the pass would stand still.)
        if end > first + 1
            && end < range.end
            && self.toks[end].is_capitalized()
            && self.toks[end].span.len() <= 4
        {
            end -= 1;
        }
        // "Launches Hwasong-19 In ...", "Two J-16 fighters": so may a family
        // of designations that a hyphen joins to a number, in a headline
        // (of two letters or more) or after a number word opening the run
        // (not "Omicron COVID-19 variant", "the Ford F-150 Lightning").
        if end > i + 1
            && end + 1 < range.end
            && !self.toks[end].space_before()
            && self.is_byte(end, b'-')
            && !self.toks[end + 1].space_before()
            && self.text.as_bytes()[self.toks[end + 1].span.start].is_ascii_digit()
            && (shape != Shape::Text && self.key(end - 1).len() >= 2
                || end == i + 2 && self.is(i, self.c.number_word))
            && self.weapon_family(end - 1)
        {
            end -= 1;
        }
        // "Two F/A-18 jets": so may a capital or two written on to a slash.
        if end > i + 1
            && end < range.end
            && self.is_byte(end, b'/')
            && !self.toks[end].space_before()
            && self.toks[end - 1].span.len() <= 2
            && self.all_caps(end - 1)
        {
            end -= 1;
        }
        // "Joe Rogan Backs Chile", a headline with too few small words to
        // tell its title case: a verb in the third person or the past after
        // two words of the run, before another capitalized word, ends the
        // name (not "Ann Marks said", "Acme World Markets").
        if shape == Shape::Text {
            if let Some(k) = (i + 2..end).find(|&k| {
                k + 1 < range.end
                    && self.toks[k + 1].is_word()
                    && self.toks[k + 1].is_capitalized()
                    && self.toks[k].space_before()
                    && !self.has(k, F_GIVEN_NAME)
                    && self.tensed_verb(k)
            }) {
                end = k;
            }
        }
        if shape == Shape::Text {
            if let Some(after) = self.place_at(s, i..end, range.clone()) {
                return after;
            }
        }
        if shape == Shape::Text && self.place_surname(s, i..end, range.clone()) {
            return end + 1;
        }
        if shape == Shape::Text && self.given_name_mention_before(s, i..end, range.clone()) {
            return end;
        }
        if shape == Shape::Text {
            if let Some(after) = self.word_before_person(s, i..end, range.clone()) {
                return after;
            }
        }
        if shape == Shape::Text {
            if let Some(after) = self.place_in_name(s, i..end, range.clone()) {
                return after;
            }
            self.explain(s, i..end, range.clone());
        } else {
            if shape == Shape::TitleCase {
                self.title_case_people(s, i..end, range.clone());
            } else {
                self.pending.push((i..end, s, shape));
            }
        }
        end.max(first + 1)
    }

    /// In a headline in title case every word is capitalized, so a run is
    /// no name; but a known given name before one or two capitalized words
    /// that are no English word of the lexicon is a person's name, as in
    /// running text ("Ann Vega Backs Peru Bid", "Tom Dawes Named Acme
    /// Chief"): each such part of the run is explained on its own.
    fn title_case_people(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) {
        // (The words around them wait for the document's names.)
        let mut rest = run.start;
        let mut t = run.start;
        while t + 1 < run.end {
            // (The given name first: one load, where `all_caps` reads the
            // word, and most words of a headline are no given name.)
            if self.listed_given_name(t) && self.free(t) && !self.all_caps(t) && self.foreign_name_word(t + 1)
            {
                // (A third word only after a middle name that is a given
                // name: "Ann Marie Vega"; "Ann Vega Biography" is two.)
                let mut e = t + 2;
                if e < run.end && self.has(t + 1, F_GIVEN_NAME) && self.foreign_name_word(e) {
                    e += 1;
                }
                if rest < t {
                    self.pending.push((rest..t, s, Shape::TitleCase));
                }
                self.explain(s, t..e, sentence.clone());
                t = e;
                rest = e;
            } else if let Some((a, e)) = self.titled_foreign_name(t, run.clone()) {
                if rest < a {
                    self.pending.push((rest..a, s, Shape::TitleCase));
                }
                self.explain(s, a..e, sentence.clone());
                t = e;
                rest = e;
            } else {
                t += 1;
            }
        }
        if rest < run.end {
            self.pending.push((rest..run.end, s, Shape::TitleCase));
        }
    }

    /// In a title-case headline, a title right before two capitalized words
    /// that are no English word of the lexicon (the second may be joined
    /// to a third by a hyphen) is that person's title, whatever the given
    /// name ("Defence Minister Wladyslaw Kosiniak-Kamysz Visits Troops"):
    /// the title's first word and the name's end, for a name that starts
    /// at `t` of the run.
    fn titled_foreign_name(&self, t: usize, run: Range<usize>) -> Option<(usize, usize)> {
        // (Not after an honorific, "Miss Universe Pageant", nor a title
        // joined to the word before it, "Second-Gen Starlink Satellites";
        // not an adverb, "Justice Vega Expertly Exposed".)
        if t == run.start
            || t + 1 >= run.end
            || !self.has(t - 1, F_PERSON_TITLE)
            || self.is(t - 1, self.c.honorific)
            || t >= 2 && self.is_byte(t - 2, b'-') && !self.toks[t - 1].space_before()
            || !self.foreign_name_word(t)
            || !self.foreign_name_word(t + 1)
            || self.adverb(t)
            || self.adverb(t + 1)
        {
            return None;
        }
        let mut e = t + 2;
        if e + 1 < run.end
            && self.is_byte(e, b'-')
            && !self.toks[e].space_before()
            && !self.toks[e + 1].space_before()
            && self.foreign_name_word(e + 1)
        {
            e += 2;
        }
        let mut a = t - 1;
        while a > run.start && self.has(a - 1, F_PERSON_TITLE | F_TITLE_MODIFIER) {
            a -= 1;
        }
        Some((a, e))
    }

    /// Whether the word `t` is an adverb the lexicon lacks: "-ly" after a
    /// word of the lexicon ("quickly"; not "Kelly", "Daly").
    fn adverb(&self, t: usize) -> bool {
        let key = self.key(t);
        // ("-edly", "-tly" and a long "-ally" are adverbs whatever their
        // stem: "reportedly", "expertly", "literally"; not "McNally".)
        if key.ends_with("edly") || key.ends_with("tly") || key.len() >= 8 && key.ends_with("ally") {
            return true;
        }
        let Some(stem) = key.strip_suffix("ly").filter(|stem| stem.len() >= 3) else {
            return false;
        };
        let id = self.lexicon.id(stem.as_bytes(), key_hash(stem.as_bytes()));
        id != NO_WORD && self.lexicon_word_id(id)
    }

    /// A known given name right before a one-word place of the gazetteer is
    /// a person whose surname is that place ("MaliVai Washington", "Anthony
    /// Jordan"): the person replaces the place. Only for a given name that
    /// is no common word ("Will Jordan respond?"), with no determiner or
    /// preposition of place before it, and no capitalized word after the
    /// place ("Ann Paris Hotel").
    fn place_surname(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> bool {
        let (a, b) = (run.start, run.end);
        if b != a + 1 || b >= sentence.end || !self.has(a, F_GIVEN_NAME) || self.common(a) {
            return false;
        }
        if a > sentence.start && self.free(a - 1) && self.has(a - 1, F_NOT_BEFORE_NAME) {
            return false;
        }
        let Some(m) = self.mention_index(b) else {
            return false;
        };
        let e = &self.mentions[m];
        let place = matches!(e.entity_type(), EntityType::Country | EntityType::Location)
            && e.alias_kind() != AliasKind::Demonym;
        let one_word = e.tokens.start as usize == b && e.tokens.end as usize == b + 1;
        let after = b + 1;
        let open = after >= sentence.end || !self.toks[after].is_capitalized();
        if !(place && one_word && open && self.toks[b].is_capitalized()) {
            return false;
        }
        let plain = PLAIN_PERSON;
        let evidence = self.evidence(EvidenceKind::GivenName, a..a + 1);
        self.guess(a..b + 1, m..m + 1, s, plain, evidence);
        true
    }

    /// Whether token `j` is a free capitalized word that is no English word
    /// of the lexicon, title, head word or date, nor written in capitals:
    /// a word only a name is made of ("Vega", "Suu").
    fn foreign_name_word(&self, j: usize) -> bool {
        self.free(j)
            && self.capital_word(j)
            && !self.all_caps(j)
            && !self.has(
                j,
                F_COMMON_WORD | F_MINOR_WORD | F_NOT_A_NAME | F_ORG_HEAD | F_PERSON_TITLE | F_CALENDAR,
            )
            && !self.tensed_verb(j)
            && !self.lexicon_word(j)
    }

    /// A one-word organization or weapon of the gazetteer that is a known
    /// given name, a person's surname alone that is one ("Asim" for
    /// Mohamed Asim) or that comes before a word only a name is made of
    /// ("Claes Hultman", where "Claes" is Willy Claes's surname), or a
    /// country or capital that is one ("Jordan"), right
    /// before one capitalized word, is a person's given name ("IAEA chief
    /// Rafael Grossi", where "Rafael" is also an arms maker; "Jordan
    /// Bardella"): the person replaces the mention. So is one before a
    /// surname with its particle ("Khalil al-Hayya", where "Khalil" is
    /// another person's surname alone). Only for a word that is no
    /// common word, written in capitals only at its first letter, with no
    /// organization's head word after it ("Rafael Systems"). A surname
    /// alone before two or three words only a name is made of opens that
    /// name, given name or not ("Aung San Suu Kyi" is no "Aung").
    fn given_name_mention_before(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> bool {
        let (a, b) = (run.start, run.end);
        // (A mention before the run, or nothing to replace: asked first,
        // by its bit, since most runs have none and the tests of the run's
        // words below read each word.)
        if a <= sentence.start || self.free(a - 1) {
            return false;
        }
        // ("al-Hayya", "bin Zayed": one word of a name after its particle.)
        let particled = b > a + 1 && self.has(a, F_PARTICLE) && self.name_words(run.clone()) == 1;
        // (Not before a given name, which opens another name: "... Damages
        // Trump Brit Hume said", a headline run on into its text; nor after a
        // title, which the gazetteer's person holds: "President Serrano
        // Elias".)
        let long_name = (2..=3).contains(&(b - a))
            && run
                .clone()
                .all(|j| self.foreign_name_word(j) && !self.has(j, F_GIVEN_NAME))
            && a > sentence.start
            && self.title_before(a - 1, sentence.start).is_none();
        if b != a + 1 && !particled && !long_name
            || a <= sentence.start
            || self.has(b - 1, F_ORG_HEAD | F_NOT_A_NAME | F_COMMON_WORD)
        {
            return false;
        }
        let g = a - 1;
        let Some(m) = self.mention_index(g) else {
            return false;
        };
        let e = &self.mentions[m];
        let one_word = e.tokens.start as usize == g && e.tokens.end as usize == a;
        let thing = matches!(e.entity_type(), EntityType::Organization | EntityType::Weapon)
            && self.has(g, F_GIVEN_NAME)
            && (b == a + 1 || particled);
        // ("Asim Munir": a given name that is also a known person's surname
        // alone, "Asim" for Mohamed Asim.)
        // ("Wembley chairman Claes Hultman": a surname alone that is
        // another's given name, before one word only a name is made of and
        // that is no given name, which opens a name of its own.)
        let surname_after = b == a + 1 && self.foreign_name_word(a) && !self.has(a, F_GIVEN_NAME);
        let surname = e.entity_type() == EntityType::Person
            && e.alias_kind() == AliasKind::Surname
            && (self.has(g, F_GIVEN_NAME) || long_name || surname_after);
        // ("Jordan Bardella"; not "Jordan Valley", "Chad Basin", "Jordan
        // Tuesday".)
        let place = matches!(e.entity_type(), EntityType::Country | EntityType::Location)
            && (b == a + 1 || particled)
            && self.is(g, self.c.place_given_name)
            && !self.is(a, self.c.place_feature)
            && !self.has(a, F_NAME_STOP | F_CALENDAR | F_NOT_AFTER_NAME);
        if !(one_word && (thing || place || surname) && !self.common(g) && !self.all_caps(g)) {
            return false;
        }
        if self.all_caps(b - 1) || !self.name_ok(g..b, sentence.start) {
            return false;
        }
        let plain = PLAIN_PERSON;
        let evidence = self.evidence(EvidenceKind::GivenName, g..a);
        self.guess(g..b, m..m + 1, s, plain, evidence);
        true
    }

    /// A given name (also a rare one) right before a person the gazetteer
    /// knows by a full name is a relative's: "Mahamat Idriss Deby" is the
    /// son of Idriss Deby. The person of the two replaces the known one.
    /// Not a word that may be anything else before a name: a title, a
    /// party, a nationality, a frequent word, capitals ("Treasurer Peter
    /// Costello", "Tory Liam Fox", "Scot Ann Vega", "Describing Yasser
    /// Arafat"), nor after "the" ("the Idriss
    /// Deby Foundation"). (A surname alone after a capitalized word is no
    /// mention already.) Before a known name that opens with a particle in
    /// lower case ("bin Laden", "al-Assad") the word need be on no list of
    /// given names: "Hamza bin Laden" (the particle is "son of" or "the",
    /// which only a name goes before). Returns where the name ends.
    fn word_before_person(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> Option<usize> {
        let (a, b) = (run.start, run.end);
        // (One word before a mention, or nothing: asked first, by the
        // mention's bit, before the word is read.)
        if b != a + 1 || b >= sentence.end || self.free(b) {
            return None;
        }
        let particled = b < sentence.end
            && self.has(b, F_PARTICLE)
            && !self.toks[b].is_capitalized()
            && self.toks[a].is_word()
            && self.capital_word(a)
            && self.word(a).chars().count() >= 3;
        if b != a + 1
            || b >= sentence.end
            || !self.toks[b].space_before()
            || !(self.has(a, F_GIVEN_NAME) || particled)
            || self.all_caps(a)
            || self.common(a)
            || self.title_word(a)
            || self.is(a, self.c.party_word)
            || self.is(a, self.c.nationality_noun)
            || a > sentence.start && self.free(a - 1) && self.has(a - 1, F_NOT_BEFORE_NAME)
            || self.has(a, F_NO_NAME_PART | F_NAME_STOP)
        {
            return None;
        }
        let m = self.mention_index(b)?;
        let e = &self.mentions[m];
        // (A full name: before a surname alone the word is as often another
        // name's, and the surname of later sentences stays the known
        // person's: "Naina Yeltsin".)
        let end = e.tokens.end as usize;
        if e.entity_type() != EntityType::Person || e.tokens.start as usize != b || end < b + 2 {
            return None;
        }
        // ("Ann Vega Smith": no more capitalized words after it.)
        if end < sentence.end && self.toks[end].is_capitalized() && self.toks[end].is_word() {
            return None;
        }
        if !self.name_ok(a..end, sentence.start) {
            return None;
        }
        let plain = PLAIN_PERSON;
        let evidence = self.evidence(EvidenceKind::Family, b..end);
        self.guess(a..end, m..m + 1, s, plain, evidence);
        Some(end)
    }

    /// Two capitalized words whose second is the surname of a person the
    /// gazetteer knows (an alias of kind surname, which the gazetteer does
    /// not match after another capitalized word: "Dana Ortiz" is not
    /// Ortiz) are a person's given name and surname, a relative's or a
    /// namesake's: "Bafel Talabani", "Paetongtarn Shinawatra". The known
    /// surname is the evidence that the run is a family's name, so its first
    /// word need be on no list of given names (a listed one is read as
    /// such, with the words around it); it may be nothing else
    /// before a name (a title, a party, a nationality, a frequent word,
    /// capitals, a word after "the" or "in"). Asked last, of the runs that
    /// no other evidence and no name of the document explained.
    pub(super) fn word_before_known_surname(&mut self, s: usize, run: Range<usize>) -> bool {
        let sentence = self.tokens.sentences()[s].tokens.clone();
        let (a, b) = (run.start, run.end);
        if b != a + 2
            || !self.toks[a].is_word()
            || !self.capital_word(a + 1)
            || self.word(a).chars().count() < 3
            || self.listed_given_name(a)
            || (a..b).any(|t| self.all_caps(t) || self.common(t) || self.title_word(t))
            || self.is(a, self.c.party_word)
            || self.is(a, self.c.nationality_noun)
            || a > sentence.start && self.free(a - 1) && self.has(a - 1, F_NOT_BEFORE_NAME)
            || (a..b).any(|t| self.has(t, F_NO_NAME_PART | F_NAME_STOP))
        {
            return false;
        }
        // ("the coastal town of Bou Haroun": a place's name after "of".)
        if a >= sentence.start + 2 && self.key(a - 1) == "of" && self.has(a - 2, F_NOT_A_NAME) {
            return false;
        }
        let known = self
            .gazetteer
            .entries_named(&self.toks[a + 1..b])
            .any(|(e, kind)| kind == AliasKind::Surname && e.ty == EntityType::Person);
        if !known || !self.name_ok(a..b, sentence.start) {
            return false;
        }
        let evidence = self.evidence(EvidenceKind::Family, a + 1..b);
        self.guess(a..b, 0..0, s, PLAIN_PERSON, evidence);
        true
    }

    /// One or two capitalized words right before a place that no evidence
    /// of a person explains name a club, a company or an agency with the
    /// place ("Ajax Amsterdam", "Statistics Canada", "Dinamo Lima"): an
    /// organization replaces the place. Not words that qualify a place
    /// ("Greater Lima", "Central Peru"), titles, given names, sentence
    /// words, initials and abbreviations ("S. Africa", "Calif. Peru"), a
    /// word that goes on a name before it
    /// ("Ana Maria Solano Lima"), nor a word that opens the sentence before a
    /// country's name ("Unlike Peru", "Fertile Peru"): clubs are named after
    /// cities. A results line's country in brackets after the place makes
    /// it a person's name ("Ann Dinamo Lima (Peru)"), which the runs read.
    /// Returns where the name ends.
    /// Whether a post of state (of the government, forces, legislature,
    /// diplomacy or police sectors) starts at token `t`, after its
    /// modifiers ("Prime Minister", "Defence Secretary").
    fn state_title_at(&self, mut t: usize, end: usize) -> bool {
        while t < end && self.has(t, F_TITLE_MODIFIER) && !self.has(t, F_PERSON_TITLE) {
            t += 1;
        }
        t < end
            && self.c.sectors.iter().any(|&(class, role)| {
                matches!(
                    role,
                    "government" | "military" | "legislature" | "diplomacy" | "police"
                ) && self.is(t, class)
            })
    }

    fn place_in_name(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> Option<usize> {
        let (a, b) = (run.start, run.end);
        // (No mention after the run, most runs: asked before the run's
        // words are counted.)
        if b >= sentence.end || !self.toks[b].space_before() || self.free(b) {
            return None;
        }
        if !(1..=2).contains(&self.name_words(run.clone())) {
            return None;
        }
        let m = self.mention_index(b)?;
        let e = &self.mentions[m];
        if e.tokens.start as usize != b
            || e.entity_type() != EntityType::Country
            || !matches!(
                e.alias_kind(),
                AliasKind::Name | AliasKind::Abbreviation | AliasKind::Capital
            )
        {
            return None;
        }
        let no_name = F_PERSON_TITLE
            | F_TITLE_MODIFIER
            | F_GIVEN_NAME
            | F_NAME_OPENER
            | F_CALENDAR
            | F_NAME_STOP
            | F_MINOR_WORD
            | F_NOT_A_NAME
            | F_PARTICLE;
        let words_ok = run.clone().all(|t| {
            !self.toks[t].is_word()
                || self.capital_word(t)
                    && !self.has(t, no_name)
                    && self.word(t).len() > 1
                    && !self.word(t).contains('.')
        });
        let after_name = a > sentence.start
            && (self.has(a - 1, F_PERSON_TITLE | F_TITLE_MODIFIER)
                || self.toks[a - 1].is_word() && self.toks[a - 1].is_capitalized());
        let opens = self.at_start(a, sentence.start);
        if !words_ok || after_name || opens && (self.common(a) || e.alias_kind() != AliasKind::Capital) {
            return None;
        }
        // "Legendary Dinamo Lima coach ...": an adjective of the language
        // that opens the sentence before another word praises; it is no
        // word of the name.
        let a = if opens && b - a > 1 && self.is(a, self.c.adjective) {
            a + 1
        } else {
            a
        };
        let end = e.tokens.end as usize;
        if self.results_after(end, sentence.end).is_some() {
            return None;
        }
        // "Embattled UK Prime Minister Ana Ruiz": a country's name before a
        // post of state is the post's country, not the end of a name (a
        // club named after a city keeps its president or coach: "Dinamo
        // Lima president Ana Ruiz").
        if e.alias_kind() != AliasKind::Capital && self.state_title_at(end, sentence.end) {
            return None;
        }
        let country = match (&e.entry, e.entity_type()) {
            (EntryRef::Known(entry), EntityType::Country) => Some(&*entry.id),
            _ => None,
        };
        let evidence = self.evidence(EvidenceKind::PlaceInName, b..end);
        let what = What::Organization {
            country,
            category: "group",
        };
        self.guess(a..end, m..m + 1, s, what, evidence);
        Some(end)
    }

    /// A capitalized word that may be part of a name: no digits ("V9"),
    /// no day of the week. (Inlined: asked of every word of a run, in a
    /// title-case headline of nearly every word, the call cost as much as
    /// its tests.)
    #[inline]
    pub(super) fn capital_word(&self, t: usize) -> bool {
        let tok = &self.toks[t];
        tok.is_word()
            && tok.is_capitalized()
            && !self.has(t, F_NAME_STOP)
            && (tok.span.len() > 5
                || !self.text.as_bytes()[tok.span.start..tok.span.end]
                    .iter()
                    .any(u8::is_ascii_digit))
    }

    /// A particle joined to a capitalized word: by a hyphen ("al-Assad",
    /// "ad-Din"), or by a space unless it joins only with a hyphen ("bin
    /// Laden", "van Dijk"; not "at Acme").
    pub(super) fn particle_before_name(&self, t: usize, end: usize) -> Option<usize> {
        if !self.has(t, F_PARTICLE) {
            return None;
        }
        let hyphen = t + 2 < end
            && self.free(t + 1)
            && self.free(t + 2)
            && self.key(t + 1) == "-"
            && !self.toks[t + 1].space_before()
            && !self.toks[t + 2].space_before()
            && self.capital_word(t + 2);
        if hyphen {
            return Some(t + 3);
        }
        if self.has(t, F_HYPHEN_PARTICLE)
            || t + 1 >= end
            || !self.free(t + 1)
            || !self.toks[t + 1].space_before()
        {
            return None;
        }
        if self.capital_word(t + 1) {
            return Some(t + 2);
        }
        // Two particles before the name: "de la Sabliere", "van der Berg",
        // "de los Santos" (no more: a third is no name's). The second may
        // be one that alone joins only by a hyphen ("la").
        let second = t + 2 < end
            && self.has(t + 1, F_PARTICLE)
            && !self.toks[t + 1].is_capitalized()
            && self.free(t + 2)
            && self.toks[t + 2].space_before()
            && self.capital_word(t + 2);
        second.then_some(t + 3)
    }

    /// Where a run that starts at the capitalized word `i` starts with the
    /// particle before it ("bin Laden", "al-Assad"), if there is one.
    fn particle_start(&self, i: usize, first: usize) -> usize {
        if i > first
            && self.toks[i].space_before()
            && self.free(i - 1)
            && self.has(i - 1, F_PARTICLE)
            && !self.has(i - 1, F_HYPHEN_PARTICLE)
            && !self.toks[i - 1].is_capitalized()
        {
            return i - 1;
        }
        if i >= first + 2
            && !self.toks[i].space_before()
            && !self.toks[i - 1].space_before()
            && self.free(i - 1)
            && self.free(i - 2)
            && self.is_byte(i - 1, b'-')
            && self.has(i - 2, F_PARTICLE)
            && !self.toks[i - 2].is_capitalized()
        {
            return i - 2;
        }
        i
    }

    fn starts_run(&self, i: usize, end: usize) -> bool {
        self.free(i) && (self.capital_word(i) || self.particle_before_name(i, end).is_some())
    }

    /// The end of the run that starts at `i`.
    fn run_end(&self, i: usize, end: usize) -> usize {
        let mut j = i;
        while j < end && self.free(j) {
            let tok = &self.toks[j];
            if self.capital_word(j) {
                j += 1;
                // (Most words of a run have a space after them: the joined
                // forms below are asked only of a word written on to the
                // next token.)
                if j + 1 < end && !self.toks[j].space_before() {
                    // "Jean-Pierre", "Al-Farouq", "Smith-Jones".
                    if j + 1 < end
                        && !self.toks[j].space_before()
                        && self.free(j)
                        && self.free(j + 1)
                        && self.is_byte(j, b'-')
                        && !self.toks[j + 1].space_before()
                        && self.capital_word(j + 1)
                    {
                        j += 1;
                    } else if j + 2 < end
                        && !self.toks[j].space_before()
                        && self.free(j)
                        && self.is_byte(j, b'-')
                        && !self.toks[j + 1].space_before()
                        && !self.toks[j + 1].is_capitalized()
                        // "Ross-van Dorp": a particle after the hyphen opens
                        // the second half of a double surname, with a space
                        // before its name (its spaced reading: not
                        // "Ambassador-at-Large").
                        && self.particle_before_name(j + 1, end) == Some(j + 3)
                    {
                        j += 3;
                        continue;
                    }
                    // "Ban Ki-moon": a Korean given name's second syllable,
                    // in lower case, after the family name and the first.
                    if j > i + 1
                        && j + 1 < end
                        && !self.toks[j].space_before()
                        && self.is_byte(j, b'-')
                        && !self.toks[j + 1].space_before()
                        && self.free(j)
                        && self.free(j + 1)
                        && !self.toks[j + 1].is_capitalized()
                        && self.is(j + 1, self.c.name_syllable)
                    {
                        j += 2;
                    }
                }
                continue;
            }
            if !tok.is_capitalized() {
                if let Some(next) = self.particle_before_name(j, end) {
                    j = next;
                    continue;
                }
            }
            break;
        }
        j
    }

    /// A title word: a person's title or role, an honorific or an
    /// abbreviated title.
    fn title_word(&self, t: usize) -> bool {
        self.has(t, F_PERSON_TITLE)
    }

    /// The title words right before `a` in lower case ("spokeswoman",
    /// "chief executive"), with their modifiers, if one is a title.
    fn title_before(&self, a: usize, first: usize) -> Option<Range<usize>> {
        let mut j = a;
        let mut head = false;
        while j > first && self.free(j - 1) && self.toks[j - 1].is_word() {
            let t = j - 1;
            if self.title_word(t) {
                head = true;
            } else if !self.has(t, F_TITLE_MODIFIER)
                // ("Labour leader Ana Ruiz": a party, not a portfolio.)
                || self.toks[t].is_capitalized()
                    && self.is(t, self.c.party_word)
                    && self.is(a - 1, self.c.party_post)
            {
                break;
            }
            j -= 1;
        }
        // Only modifiers before the first title word are kept, and the
        // phrase ends in a title word ("major economic Powers" is none).
        while j < a && !self.title_word(j) {
            if head && self.has(j, F_TITLE_MODIFIER) {
                break;
            }
            j += 1;
        }
        if head && j < a && self.title_word(a - 1) {
            return Some(j..a);
        }
        // A mention that ends in a title word: "EU High Representative
        // Federica Mogherini", "UN Special Envoy".
        let last = a.checked_sub(1).filter(|&l| l >= first)?;
        (self.mention_at(last).is_some() && self.title_word(last)).then_some(last..a)
    }

    /// The country mention right before token `t`, or before its `'s`.
    pub(super) fn country_before(&self, t: usize, first: usize) -> Option<&'a str> {
        let mut j = t;
        if j > first && self.free(j - 1) && self.key(j - 1) == "'s" {
            j -= 1;
        }
        let e = self.mention_at(j.checked_sub(1).filter(|&p| p >= first)?)?;
        match (&e.entry, e.entity_type()) {
            (EntryRef::Known(entry), EntityType::Country) if e.alias_kind != AliasKind::Capital => {
                Some(&entry.id)
            }
            _ => None,
        }
    }

    /// The role the title word `t` gives: the sector of the first class
    /// holding it.
    pub(super) fn role(&self, t: usize) -> Option<&'static str> {
        self.c
            .sectors
            .iter()
            .find(|&&(class, _)| self.is(t, class))
            .map(|&(_, role)| role)
            .filter(|r| !r.is_empty())
    }

    /// The number of words of a name (hyphens and particles aside).
    fn name_words(&self, name: Range<usize>) -> usize {
        name.filter(|&t| self.capital_word(t)).count()
    }

    /// Whether the words of `name` may be a person's name at all.
    fn name_ok(&self, name: Range<usize>, sentence_start: usize) -> bool {
        self.name_ok_words(name.clone(), sentence_start, self.name_words(name))
    }

    /// [`name_ok`](Self::name_ok) of a name of `words` words (its
    /// [`name_words`](Self::name_words), which the caller also needs).
    fn name_ok_words(&self, name: Range<usize>, sentence_start: usize, words: usize) -> bool {
        // A name opens with a word or a particle, not with the hyphen of
        // "Secretary-General", nor with a month.
        if words == 0
            || words > MAX_NAME_WORDS
            || self.has(name.start, F_NOT_A_NAME | F_CALENDAR)
            || !self.toks[name.start].is_word()
        {
            return false;
        }
        // No word of it heads an organization or names a cup, a county or a
        // faith ("Davis Cup"), no month is joined to it ("Jan-April"), and
        // no place noun follows it ("Ben Gurion airport").
        let joined_month = |t: usize| !self.toks[t].space_before() && self.has(t, F_CALENDAR);
        let no_part = |t: usize| {
            self.has(t, F_NOT_A_NAME)
                || joined_month(t)
                || self.has(t, F_ORG_HEAD) && self.toks[t].is_capitalized()
        };
        let place_after = name.end < self.toks.len()
            && self.has(name.end, F_NOT_AFTER_NAME)
            && !self.toks[name.end].is_capitalized();
        if name.clone().any(no_part) || place_after || name.clone().any(|t| self.plural_acronym(t)) {
            return false;
        }
        // "Mr. President", "Member States": titles and words that are no name.
        let no_name = |t: usize| self.has(t, F_COMMON_WORD | F_MINOR_WORD | F_PERSON_TITLE | F_NOT_A_NAME);
        if words == 1 {
            // (The capitalized word, after its particle: "de Mistura".)
            let t = name.clone().find(|&t| self.capital_word(t)).unwrap_or(name.start);
            // (A short word in capitals is as often an acronym, but not
            // in a speaker label after its title: "MR LEE:", "MS WU:".)
            let label = t > sentence_start
                && t + 1 < self.toks.len()
                && self.key(t + 1) == ":"
                && self.all_caps(t - 1)
                && self.has(t - 1, F_PERSON_TITLE);
            return !no_name(t) && !self.all_caps(t)
                || (self.all_caps(t) && (self.word(t).len() > 3 || label) && t > sentence_start);
        }
        !name.clone().filter(|&t| self.capital_word(t)).all(no_name)
    }

    /// Explains one run of capitalized words in running text.
    fn explain(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) {
        let mut a = run.start;
        let b = run.end;
        // "The", "In" and, at the start of a sentence, any frequent lower-case
        // word ("Yesterday Ann Smith") are no part of a name. (After a place,
        // a word that is no name stays in a run an organization's head word
        // ends: "Peru District Court".)
        let placed_org = self.has(b - 1, F_ORG_HEAD)
            && (self.place_before(a, sentence.start).is_some()
                || self.country_before(a, sentence.start).is_some());
        // (After "the", such a word opens a name that a head word ends:
        // "The Open Harbour Foundation", "the Catholic Relief Agency".)
        let the_org = |a: usize| {
            a > sentence.start
                && b - a > 2
                && self.has(b - 1, F_ORG_HEAD)
                && self.key(a - 1) == "the"
                && a + 1 < b
                && !self.has(a + 1, F_NOT_A_NAME)
        };
        // (A given name that is also a frequent word opens a name before a
        // surname that is none: "Mark Vorster said".)
        let given_before_surname = |a: usize| {
            a + 1 < b
                && self.toks[a + 1].is_word()
                && self.capital_word(a + 1)
                && !self.all_caps(a + 1)
                && !self.has(
                    a + 1,
                    F_COMMON_WORD | F_MINOR_WORD | F_NOT_A_NAME | F_ORG_HEAD | F_PERSON_TITLE | F_CALENDAR,
                )
        };
        // (After a title in lower case, a frequent word before a surname is
        // a given name: "captain Will Carling".)
        let titled = |a: usize| {
            a == run.start
                && a > sentence.start
                && self.free(a - 1)
                && !self.toks[a - 1].is_capitalized()
                && self.has(a - 1, F_PERSON_TITLE)
                && given_before_surname(a)
        };
        while a < b {
            let f = self.feats(a);
            let strip = (!self.toks[a].is_word()
                || f & (F_PERSON_TITLE | F_TITLE_MODIFIER) == 0
                    && (f & F_MINOR_WORD != 0
                        || f & F_NOT_A_NAME != 0 && f & F_ORG_HEAD == 0 && !placed_org && !the_org(a)
                        || self.at_start(a, sentence.start)
                            && self.common(a)
                            && !self.opens_org_name(a, b)
                            && !(f & F_GIVEN_NAME != 0 && given_before_surname(a))
                            && !self.korean_name(a..b)))
                && !titled(a);
            if !strip {
                break;
            }
            a += 1;
        }
        if a == b {
            return;
        }
        // Only titles ("Mr. President", "Secretary-General"): no name here,
        // though an apposition may follow ("the Minister, Ann Smith", which
        // the run after the comma reads).
        // ("Bank", "District Court": modifiers of titles, but a head word
        // that is no title ends an organization's name.)
        let org_headed = self.has(b - 1, F_ORG_HEAD) && !self.has(b - 1, F_PERSON_TITLE);
        if !org_headed
            && (a..b).all(|t| !self.toks[t].is_word() || self.has(t, F_PERSON_TITLE | F_TITLE_MODIFIER))
        {
            // "the Foreign Secretary", "the Iraqi Foreign Minister": a title
            // after a determiner stands for its holder.
            let mut d = a;
            if d > sentence.start
                && self
                    .mention_at(d - 1)
                    .is_some_and(|e| e.entity_type() == EntityType::Country)
            {
                d = self.mention_at(d - 1).map_or(d, |e| e.tokens.start as usize);
            }
            // (Also a capitalized title that opens a sentence, as headlines
            // write it: "Defence Secretary signs the deal".)
            let the = d > sentence.start && self.key(d - 1) == "the";
            let opens = d == a
                && self.at_start(a, sentence.start)
                && b < sentence.end
                && self.toks[b].is_word()
                && !self.toks[b].is_capitalized()
                && self.key(b) != "of";
            if (the || opens) && self.has(b - 1, F_PERSON_TITLE) {
                self.nominals.push((a..b, s));
            }
            return;
        }
        // A word alone that is a title ("President") or a head word with
        // neither a country before nor "of" after ("Government") is
        // nothing: most runs are such words, and end here.
        if b == a + 1 {
            let f = self.feats(a);
            let of_after = b < sentence.end && matches!(self.key(b), "of" | "for");
            if f & F_PERSON_TITLE != 0 && f & F_ORG_HEAD == 0
                || f & F_ORG_HEAD != 0
                    && !of_after
                    && self.country_before(a, sentence.start).is_none()
                    && self.place_before(a, sentence.start).is_none()
            {
                return;
            }
        }
        if self.organization(s, a..b, sentence.clone()) {
            return;
        }
        if self.after_post(a, sentence.start) {
            // "chief executive of Wrenfield": the organization the post is in.
            // (After "for" or "with" a person may stand: "a spokeswoman for
            // Ann Vega".)
            let of = matches!(self.key(a - 1), "of" | "at");
            match self.organization_after_post(s, a..b, sentence.clone()) {
                Some(true) => return,
                None if of => return,
                _ => {}
            }
        }
        if self.organization_before_owned_post(s, a..b, &sentence) {
            return;
        }
        if self.person(s, a..b, sentence.clone()) {
            return;
        }
        // Kept for the document's names only if a word of it may be a name
        // ("Assembly" and "Member States" are none).
        if (a..b).any(|t| !self.has(t, F_MINOR_WORD | F_NOT_A_NAME | F_ORG_HEAD | F_PERSON_TITLE)) {
            self.pending.push((a..b, s, Shape::Text));
        }
    }

    /// Whether any evidence of a person may be around the run `a..b`: a
    /// title, a given name or an initial in it, a title, mention or comma
    /// right before it, a comma, bracket or number right after it. Most runs have
    /// none, and this says so in a few loads.
    fn may_be_person(&self, a: usize, b: usize, sentence: &Range<usize>) -> bool {
        if (a..b).any(|t| self.has(t, F_PERSON_TITLE | F_GIVEN_NAME | F_NAME_OPENER))
            || self.initial(a)
            || b - a == 4 && self.korean_name(a..b)
        {
            return true;
        }
        let before = a > sentence.start
            && (!self.free(a - 1)
                || self.has(a - 1, F_PERSON_TITLE | F_TITLE_MODIFIER)
                || self.is_byte(a - 1, b','));
        before
            || b < sentence.end
                && (self.is_byte(b, b',')
                    || self.is_byte(b, b'(')
                    || self.text.as_bytes()[self.toks[b].span.start].is_ascii_digit()
                    || self.is(b, self.c.name_copula)
                    || self.is(b, self.c.say_verb))
            || a > sentence.start && self.is(a - 1, self.c.say_verb)
            || b + 1 < sentence.end && self.relative_after(b)
    }

    /// "Ana Vega, better known as Nena": the words of an alias cue
    /// (`alias_cue`, "known as") right before `a`, after a person's name
    /// and at most two words between (a comma, "also", "better", "(").
    fn alias_cue_before(&self, a: usize, sentence: &Range<usize>) -> Option<Range<usize>> {
        if a < sentence.start + 3
            || self.key(a - 1) != "as"
            || !self.is(a - 2, self.c.alias_cue)
            || !self.free(a - 1)
        {
            return None;
        }
        let mut p = a - 3;
        for _ in 0..2 {
            if p > sentence.start && self.free(p) && !self.toks[p].is_capitalized() {
                p -= 1;
            }
        }
        self.person_ends_at(p).then_some(a - 2..a)
    }

    /// The words around the run `name` that only a person's name stands
    /// in, if there are: a noun of a deed done to people and "of" before it
    /// ("the arrest of Ivo Kindiki"), a verb of leading and "by" before it
    /// ("led by Ana Phogat"), a person's name and a verb of meeting ("Ann
    /// Vega met Ivo Kindiki"), or "as", a possessive or an article, and a
    /// title in lower case after it ("named Ivo Kindiki as his deputy",
    /// "appointed Ivo Kindiki as the new envoy"). The name is two to four
    /// capitalized words that are no word of the language (no frequent or
    /// lexicon word), title, head word, date or capitals, with the
    /// particles and hyphens between them: where companies, places and
    /// titles stand as often, only a name no list explains passes.
    fn person_context(&self, name: Range<usize>, sentence: &Range<usize>) -> Option<Range<usize>> {
        let (a, b) = (name.start, name.end);
        let word = |t: usize| {
            self.toks[t].is_word()
                && self.capital_word(t)
                && !self.all_caps(t)
                && self.word(t).chars().count() >= 2
                && !self.has(
                    t,
                    F_COMMON_WORD
                        | F_ORG_HEAD
                        | F_NOT_A_NAME
                        | F_CALENDAR
                        | F_MINOR_WORD
                        | F_PERSON_TITLE
                        | F_TITLE_MODIFIER
                        | F_WEAPON_NOUN
                        | F_AGENT_NOUN,
                )
                && !self.lexicon_word(t)
        };
        let joiner =
            |t: usize| self.has(t, F_PARTICLE) || self.is_byte(t, b'-') && !self.toks[t].space_before();
        let words = (a..b)
            .filter(|&t| self.toks[t].is_word() && !self.has(t, F_PARTICLE))
            .count();
        let shaped = (2..=4).contains(&words)
            && word(a)
            && word(b - 1)
            && (a..b).all(|t| self.free(t) && (word(t) || joiner(t)));
        if !shaped || a < sentence.start + 2 {
            return None;
        }
        // (Before: a noun of deeds and "of", a verb of leading and "by".)
        let cue = a - 2;
        let before = self.free(cue)
            && !self.toks[cue].is_capitalized()
            && (self.key(a - 1) == "of" && self.is(cue, self.c.person_deed_noun)
                || self.key(a - 1) == "by" && self.is(cue, self.c.person_leading_verb));
        if before {
            return Some(cue..a);
        }
        // (Or a person's name and a verb of meeting: "Ann Vega met", "Ann
        // Vega met with".)
        let verb = if self.key(a - 1) == "with" { a - 2 } else { a - 1 };
        if verb > sentence.start
            && self.free(verb)
            && self.is(verb, self.c.person_meeting_verb)
            && self.person_ends_at(verb - 1)
        {
            return Some(verb..a);
        }
        // (After: "as", a possessive or an article, up to two modifiers, a
        // title in lower case that ends its phrase.)
        // (Not after "the": "adopted by the Lib Dems as policy".)
        if b + 2 >= sentence.end || self.key(b) != "as" || self.key(a - 1) == "the" {
            return None;
        }
        let mut t = b + 1;
        if self.is(t, self.c.person_possessive) || matches!(self.key(t), "the" | "a" | "an") {
            t += 1;
        }
        let lower = |t: usize| t < sentence.end && self.toks[t].is_word() && !self.toks[t].is_capitalized();
        // (The title is the phrase's head: a minor word or no word in
        // lower case after it, "as the envoy to Peru", not "as a minister
        // ally".)
        let title = (t..(t + 3).min(sentence.end))
            .take_while(|&u| lower(u))
            .find(|&u| self.has(u, F_PERSON_TITLE))
            .filter(|&u| !lower(u + 1) || self.has(u + 1, F_MINOR_WORD))?;
        Some(b..title + 1)
    }

    /// Whether a person's mention covers token `t`, or one of the last
    /// guesses (a name this pass found just before: the few last are read,
    /// so that a document of many guesses costs no more per cue).
    fn person_ends_at(&self, t: usize) -> bool {
        if self.free(t) {
            return false;
        }
        if let Some(e) = self.mention_at(t) {
            return e.entity_type() == EntityType::Person;
        }
        let n = self.guesses.len();
        (n.saturating_sub(4)..n)
            .rev()
            .find(|&g| self.guesses[g].toks().contains(&t))
            .is_some_and(|g| self.is_person(Target::Guess(g)))
    }

    /// "His mother, Grace, said", "Ms Vega's husband, Ivo Ruiz, died": a
    /// name of one to three capitalized words (no frequent word, head word
    /// or capitals) between commas (or before the sentence's end) after a
    /// relative (`person_kin`) that a possessive pronoun or "'s" owns; the
    /// evidence is the relative.
    fn kin_before(&self, a: usize, b: usize, sentence: &Range<usize>) -> Option<Range<usize>> {
        if a < sentence.start + 3
            || self.key(a - 1) != ","
            || !self.free(a - 2)
            || self.toks[a - 2].is_capitalized()
            || !self.is(a - 2, self.c.person_kin)
            || !(self.key(a - 3) == "'s"
                || self.key(a - 3) == "their"
                || self.has(a - 3, F_PERSON_PRONOUN | F_SPEAKER_PRONOUN))
        {
            return None;
        }
        let closed = b >= sentence.end || matches!(self.key(b), "," | "." | ";" | "and");
        let words = self.name_words(a..b);
        let plain = (a..b).filter(|&t| self.toks[t].is_word()).all(|t| {
            self.capital_word(t)
                && !self.all_caps(t)
                && !self.has(
                    t,
                    F_COMMON_WORD | F_ORG_HEAD | F_NOT_A_NAME | F_CALENDAR | F_PERSON_TITLE,
                )
        });
        (closed && (1..=3).contains(&words) && plain).then(|| a - 2..a - 1)
    }

    /// Whether "'s" and a relative come at `t` ("Ann Vega's widow").
    fn relative_after(&self, t: usize) -> bool {
        // (The first byte first: most tokens are no "'s" nor "’s".)
        t + 1 < self.toks.len()
            && matches!(self.text.as_bytes()[self.toks[t].span.start], b'\'' | 0xE2)
            && self.key(t) == "'s"
            && self.is(t + 1, self.c.person_kin)
    }

    /// Whether `name` is a family name and a Korean given name of two
    /// syllables joined by a hyphen, the second in lower case: "Park
    /// Ji-hoon", "Lee Jae-myung" (the shape is the evidence).
    fn korean_name(&self, name: Range<usize>) -> bool {
        let a = name.start;
        name.len() == 4
            && self.capital_word(a)
            && self.capital_word(a + 1)
            && self.is_byte(a + 2, b'-')
            && !self.toks[a + 3].is_capitalized()
            && self.is(a + 3, self.c.name_syllable)
    }

    /// Whether `name` is one word and a surname with its article joined by
    /// a hyphen, "Muqtada al-Sadr", "Qais al-Khazali": the shape of an
    /// Arabic name, whatever the first word (asked where evidence around
    /// the run says a person may stand). Not a word that opens the names
    /// of places and groups ("Deir al-Balah", "Jaish al-Adl"), a frequent
    /// word, a title or a word that is no name.
    fn article_surname(&self, name: Range<usize>) -> bool {
        let a = name.start;
        self.article_shape(name)
            && self.capital_word(a)
            && !self.all_caps(a)
            && !self.common(a)
            && !self.is(a, self.c.article_name_place)
            && !self.has(a, F_NO_NAME_PART | F_PARTICLE)
    }

    /// Whether `name` is a word, an article in lower case, a hyphen and a
    /// capitalized word: "Muqtada al-Sadr", "Deir al-Balah".
    fn article_shape(&self, name: Range<usize>) -> bool {
        let a = name.start;
        name.len() == 4
            && self.has(a + 1, F_PARTICLE)
            && !self.toks[a + 1].is_capitalized()
            && self.is_byte(a + 2, b'-')
            && !self.toks[a + 2].space_before()
            && !self.toks[a + 3].space_before()
            && self.capital_word(a + 3)
            && !self.all_caps(a + 3)
    }

    /// Whether token `t` opens its sentence, but for punctuation, numbers
    /// and bullets before it.
    pub(super) fn at_start(&self, t: usize, first: usize) -> bool {
        (first..t)
            .rev()
            .all(|j| !self.toks[j].is_word() || !self.word(j).chars().any(char::is_alphabetic))
    }

    /// An organization by its head word: "Defence Ministry", "Acme
    /// Holdings", "Ministry of Defence", "the Ruritanian Navy".
    fn organization(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> bool {
        let (mut a, b) = (run.start, run.end);
        let last = b - 1;
        let f = self.feats(last);
        if f & (F_ORG_HEAD | F_ORG_HEAD_OF) == 0 {
            return false;
        }
        let of_after = b + 1 < sentence.end && self.free(b) && matches!(self.key(b), "of" | "for");
        let head_before_of = f & F_ORG_HEAD == 0;
        if head_before_of && !of_after {
            return false;
        }
        // Two-letter legal suffixes are written in capitals ("SA", "AG").
        if self.word(last).len() <= 2 && !self.all_caps(last) {
            return false;
        }
        // "Former Acme Corp. chairman ...": a word of tenure is no part of
        // the name.
        if a < last && self.is(a, self.c.tenure_word) {
            a += 1;
        }
        a = self.unit_ordinal(a, last, sentence.start);
        // "Ministry of Defence", "Bank of Ruritania and Freedonia".
        let mut end = b;
        // A country's adjective opening the words after "of" ("Federation of
        // Peruvian Miners"), which the name replaces.
        let mut demonym_of = None;
        if of_after {
            let mut j = end + 1;
            if j < sentence.end && self.free(j) && self.key(j) == "the" {
                j += 1;
            }
            if let Some(m) = self.mention_index(j).filter(|&m| {
                let e = &self.mentions[m];
                let next = e.tokens.end as usize;
                e.tokens.start as usize == j
                    && e.entity_type() == EntityType::Country
                    && e.alias_kind() == AliasKind::Demonym
                    && next < sentence.end
                    && self.starts_run(next, sentence.end)
            }) {
                demonym_of = Some(m);
                j = self.mentions[m].tokens.end as usize;
            }
            let mut of_end = None;
            let mut nested = 0;
            while j < sentence.end && self.starts_run(j, sentence.end) {
                let e = self.run_end(j, sentence.end);
                of_end = Some(e);
                j = e;
                // "Ministry of Trade and Industry", not "Ministry of Trade and
                // Acme Holdings".
                let and = j + 1 < sentence.end && self.free(j) && matches!(self.key(j), "and" | "&");
                let next = if and && self.starts_run(j + 1, sentence.end) {
                    Some(self.run_end(j + 1, sentence.end))
                } else {
                    None
                };
                // "Committee for the Protection of Journalists": another
                // "of" and words, twice at most.
                let of_again = nested < 2
                    && j + 1 < sentence.end
                    && self.free(j)
                    && self.key(j) == "of"
                    && self.starts_run(j + 1, sentence.end);
                if of_again && next.is_none() {
                    nested += 1;
                    j += 1;
                    continue;
                }
                match next {
                    Some(e) if e - (j + 1) == 1 || e - (j + 1) == 2 && !self.has(e - 1, F_ORG_HEAD) => j += 1,
                    _ => break,
                }
            }
            match of_end {
                Some(e) => end = e,
                None => demonym_of = None,
            }
        }
        if head_before_of && end == b {
            return false;
        }
        // "Bank of Peru", "the Party of the Andes": a place after "of" ends
        // the name, unless the head word names the place's own government or
        // forces ("the Government of Peru", "the Army of Chile" are Peru
        // and Chile, actors).
        let mut place_of = None;
        if end == b
            && end + 1 < sentence.end
            && self.free(end)
            && self.key(end) == "of"
            && !self.has(last, F_AGENT_NOUN)
        {
            let mut j = end + 1;
            if j < sentence.end && self.free(j) && self.key(j) == "the" {
                j += 1;
            }
            if let Some(m) = self
                .mention_index(j)
                .filter(|&m| self.is_place(m) && self.mentions[m].tokens.start as usize == j)
            {
                place_of = Some(m);
                end = self.mentions[m].tokens.end as usize;
            }
        }
        let country = self.country_before(a, sentence.start).or_else(|| {
            demonym_of.and_then(|m| match &self.mentions[m].entry {
                EntryRef::Known(entry) => Some(&*entry.id),
                _ => None,
            })
        });
        // A place named right before the run, with no "'s", is the first
        // word of the name ("Israel Radio", "Tokyo Stock Exchange"): the
        // organization replaces its mention.
        let place = self.place_before(a, sentence.start);
        if b - a < 2 && end == b && country.is_none() && place.is_none() {
            return false;
        }
        // A run of title words is no organization ("Foreign Minister").
        if (a..b).all(|t| self.title_word(t) || self.has(t, F_TITLE_MODIFIER))
            && end == b
            && country.is_none()
        {
            return false;
        }
        let category = self
            .c
            .org_kinds
            .iter()
            .find(|&&(c, _)| self.is(last, c))
            .map_or("group", |&(_, kind)| kind);
        // "the Peruvian Stock Exchange", "the Chilean Democratic Party": an
        // adjective of a country opens the name of a company, party or
        // group, which replaces it; before a body of the state ("the
        // Peruvian Fisheries Ministry", "the Chilean Navy") it stays the
        // country, an actor.
        let place = place.or_else(|| {
            matches!(category, "company" | "party" | "group")
                .then(|| self.adjective_before(a, sentence.start))
                .flatten()
        });
        let evidence = self.evidence(EvidenceKind::HeadWord, last..b);
        // "the Securities and Exchange Commission", "Oil and Natural Gas
        // Corporation": one or two plain capitalized words and "and" open
        // the name.
        // (Companies are listed more often than named so: "Clear Software
        // and Neon Systems Inc.")
        let a = if place.is_none() && category != "company" {
            self.name_before_and(a, sentence.start).unwrap_or(a)
        } else {
            a
        };
        let place_of = place_of.or(demonym_of);
        let (start, replaces) = match (place, place_of) {
            (Some(m), Some(n)) => (self.mentions[m].tokens.start as usize, m..n + 1),
            (Some(m), None) => (self.mentions[m].tokens.start as usize, m..m + 1),
            (None, Some(n)) => (a, n..n + 1),
            (None, None) => (a, 0..0),
        };
        self.guess(
            start..end,
            replaces,
            s,
            What::Organization { country, category },
            evidence,
        );
        true
    }

    /// Where a name that starts at `a` starts when one or two plain
    /// capitalized words of the language and "and" come before it
    /// ("Securities and Exchange Commission"); `None` if they do not. A
    /// sentence's first word does not count.
    fn name_before_and(&self, a: usize, first: usize) -> Option<usize> {
        if a < first + 2 || !self.free(a - 1) || !matches!(self.key(a - 1), "and" | "&") {
            return None;
        }
        // Words of the language, as the name's other words are ("Food and
        // Drug Administration"): a name before "and" is another
        // organization ("Toshiba and Matsushita Electric").
        let mut c = a - 1;
        while c > first
            && a - 1 - c < 2
            && self.free(c - 1)
            && self.plain_name_words(c - 1..c)
            && self.common(c - 1)
            && !self.all_caps(c - 1)
            && !self.has(c - 1, F_AGENT_NOUN)
        {
            c -= 1;
        }
        // Two names of one shape are a list ("Big Tech and Big Telecom").
        if c < a - 1 && self.key(c) == self.key(a) {
            return None;
        }
        // ... and not the end of a longer name ("Apple Computer and ...").
        let longer = c > first
            && self.toks[c - 1].is_word()
            && self.toks[c - 1].is_capitalized()
            && !self.has(c - 1, F_MINOR_WORD)
            && !self.at_start(c - 1, first);
        (c < a - 1 && !self.at_start(c, first) && !longer).then_some(c)
    }

    /// "Acme chief executive Ann Smith": the capitalized words right before
    /// the lower-case post `title` name the organization it is held in
    /// (see [`organization_before_post`](Self::organization_before_post)).
    fn organization_before_title(&mut self, s: usize, title: Range<usize>, sentence: &Range<usize>) {
        let mut o = title.start;
        while o > sentence.start && self.free(o - 1) && self.capital_word(o - 1) {
            o -= 1;
        }
        if o < title.start && !self.toks[title.start].is_capitalized() {
            self.organization_before_post(s, o..title.start, title.end - 1, sentence);
        }
    }

    /// "Labour leader Keir Starmer", "Acme chief executive Ann Vega" when
    /// the gazetteer holds the person: the organization before the
    /// person's lower-case title, as for a person it does not hold.
    pub(super) fn organizations_before_people(&mut self) {
        let mentions = self.mentions;
        for e in mentions.iter() {
            // (Cheap tests first: most mentions have no title before them.)
            let mut a = e.tokens.start as usize;
            // ("EEF chief economist, Ann Vega": past the apposition's comma.)
            if a >= 2 && self.has(a - 2, F_PERSON_TITLE) && self.is_byte(a - 1, b',') {
                a -= 1;
            }
            if a == 0 || !self.has(a - 1, F_PERSON_TITLE) || e.entity_type() != EntityType::Person {
                continue;
            }
            // ("manager Sir Alex Ferguson": past an honorific.)
            if a >= 2 && self.toks[a - 1].is_capitalized() && self.is(a - 1, self.c.honorific) {
                a -= 1;
                if !self.has(a - 1, F_PERSON_TITLE) {
                    continue;
                }
            }
            let Some(sentence) = self
                .tokens
                .sentences()
                .get(e.sentence())
                .map(|x| x.tokens.clone())
            else {
                continue;
            };
            if a <= sentence.start || self.toks[a - 1].is_capitalized() {
                continue;
            }
            if let Some(title) = self.title_before(a, sentence.start) {
                self.organization_before_title(e.sentence(), title, &sentence);
            }
        }
    }

    /// Whether the frequent word `t`, opening a sentence before a post
    /// whose last word is `post`, reads as no word of a name: a verb of
    /// any tense ("Said", "Told", "Speaking"), an adverb, a word of the
    /// calendar, a function word or a word of a title ("Senior"), unless it is a `name_determiner`
    /// before a post of one person ("All Blacks captain").
    fn no_name_word_at_start(&self, t: usize, post: usize) -> bool {
        let [_, participle, verb_ing, _, _, adverb] = self.c.lexicon_word;
        if self.is(t, self.c.name_determiner) {
            let p = self.key(post);
            return p.ends_with('s') && !p.ends_with("ss");
        }
        self.tensed_verb(t)
            || self.is(t, participle)
            || self.is(t, verb_ing)
            || self.is(t, adverb)
            || self.has(
                t,
                F_MINOR_WORD | F_CALENDAR | F_NOT_A_NAME | F_PERSON_TITLE | F_TITLE_MODIFIER,
            )
    }

    /// "Acme CEO Ann Smith", "Blues boss Ann Smith": the capitalized words
    /// `org` of a run, before the title whose last word `post` is a post
    /// held in an organization, are that organization, when none of them
    /// is a title, a given name or a word that is no name.
    fn organization_before_post(
        &mut self,
        s: usize,
        org: Range<usize>,
        post: usize,
        sentence: &Range<usize>,
    ) {
        let mut org = org;
        // A sentence's first frequent word is no part of it when it reads
        // as no word of a name there: a verb ("Said Acme chief executive
        // ..."), an adverb or a function word ("Meanwhile Acme boss ...",
        // "Yesterday Acme chief ..."); a noun is ("Retail Decisions chief
        // executive"), and so is a determiner that opens a team's name
        // before a post of one person ("All Blacks captain"), when more
        // words follow it: alone, a frequent noun is the kind of the post
        // ("Factory manager", "Market leader"). Not when it
        // says what the post is for with the words after it ("Home Affairs
        // spokesman": no organization). Nor is an adjective of the
        // language before more words ("Legendary Wrenfield Rovers manager
        // ...").
        let portfolio = org.len() > 1 && org.clone().all(|t| self.has(t, F_TITLE_MODIFIER));
        let opener = self.common(org.start)
            && (org.len() == 1 || self.no_name_word_at_start(org.start, post))
            && !self.opens_org_name(org.start, org.end)
            || org.len() > 1 && self.is(org.start, self.c.adjective);
        if !org.is_empty()
            && (self.at_start(org.start, sentence.start) && opener && !portfolio
                || self.is(org.start, self.c.tenure_word))
        {
            org.start += 1;
        }
        if org.is_empty() || !self.is(post, self.c.org_post) {
            return;
        }
        if org.len() == 1 && self.is(org.start, self.c.not_before_post) {
            return;
        }
        // A head word or a place before: the organization reading of
        // the words ("Kenya Airways CEO").
        if self.organization(s, org.clone(), sentence.clone()) {
            return;
        }
        let party =
            org.len() == 1 && self.is(org.start, self.c.party_word) && self.is(post, self.c.party_post);
        let plain = org.clone().all(|t| self.free(t)) && (self.plain_name_words(org.clone()) || party);
        // An acronym ("LSE chief executive") waits for the document's
        // names, which may spell it out ("London Stock Exchange (LSE)"); a
        // head word alone ("Committee chairman") names no one organization.
        let acronym = org.len() == 1 && self.all_caps(org.start);
        let generic = org.len() == 1 && self.has(org.start, F_ORG_HEAD);

        // Words that end a longer name or a part of one are not the
        // organization: "All England Club", "Amazon's Consumer CEO",
        // "Ethics in Tech founder".
        let p = org.start;
        let longer = p > sentence.start
            && (!self.free(p - 1)
                || self.key(p - 1) == "'s"
                || matches!(self.key(p - 1), "of" | "in" | "for" | "on")
                    && p - 1 > sentence.start
                    && self.toks[p - 2].is_capitalized());
        if !plain || generic || longer {
            return;
        }
        if acronym {
            // ("IT manager": a department.)
            if !self.is(org.start, self.c.not_org_acronym) {
                self.posted.push((org.start, s, post));
            }
            return;
        }
        self.post_organization(s, org, post, sentence.start);
    }

    /// "Ann Vega, Wrenfield's chief executive, said": the run `org` before
    /// "'s" and a lower-case post no person holds in another person
    /// (`owner_post`: not "Vega's spokesman") is the organization it is
    /// held in, when the post ends its phrase.
    fn organization_before_owned_post(
        &mut self,
        s: usize,
        org: Range<usize>,
        sentence: &Range<usize>,
    ) -> bool {
        let b = org.end;
        if b + 1 >= sentence.end || org.len() > 3 {
            return false;
        }
        // (A name ending in "s" takes the apostrophe alone: "Barclays'".)
        let owner = match self.key(b) {
            "'s" | "’s" => true,
            "'" | "’" => b > org.start && self.key(b - 1).ends_with('s') && !self.toks[b].space_before(),
            _ => false,
        };
        if !owner {
            return false;
        }
        let mut j = b + 1;
        while j < sentence.end
            && j < b + 5
            && self.free(j)
            && self.toks[j].is_word()
            && !self.toks[j].is_capitalized()
            && self.has(j, F_PERSON_TITLE | F_TITLE_MODIFIER)
        {
            j += 1;
        }
        let post = j - 1;
        let ends = j >= sentence.end
            || !self.toks[j].is_word()
            || self.toks[j].is_capitalized()
            || self.is(j, self.c.say_verb);
        if post == b || !ends || !self.is(post, self.c.owner_post) {
            return false;
        }
        let mut org = org;
        if self.at_start(org.start, sentence.start) && self.common(org.start) {
            org.start += 1;
        }
        if org.is_empty() || !org.clone().all(|t| self.free(t)) || !self.plain_name_words(org.clone()) {
            return false;
        }
        if org.len() == 1 && self.all_caps(org.start) {
            if !self.is(org.start, self.c.not_org_acronym) {
                self.posted.push((org.start, s, post));
            }
            return false;
        }
        self.post_organization(s, org, post, sentence.start);
        true
    }

    /// Whether token `t` comes right after a post held in an organization
    /// and "of" or "at": "chief executive of Wrenfield", "a spokesman at
    /// Wrenfield".
    pub(super) fn after_post(&self, t: usize, first: usize) -> bool {
        self.post_before(t, first).is_some()
    }

    /// The post before token `t` and "of", "at", "for" or "with" (see
    /// [`after_post`](Self::after_post)), also past the post's portfolio
    /// after "at": "vice president of global sales at Wrenfield", "head of
    /// Sales and Marketing at Wrenfield"; and "the" before an acronym: "a
    /// spokeswoman for the WSA".
    fn post_before(&self, t: usize, first: usize) -> Option<usize> {
        if t < first + 2 || !self.free(t - 1) {
            return None;
        }
        let t = match self.key(t - 1) {
            "of" | "at" | "for" | "with" => t,
            "the"
                if t > first + 2
                    && matches!(self.key(t - 2), "of" | "at" | "for" | "with")
                    && self.all_caps(t) =>
            {
                t - 1
            }
            _ => return None,
        };
        if !self.free(t - 1) || !matches!(self.key(t - 1), "of" | "at" | "for" | "with") {
            return None;
        }
        if self.free(t - 2) && self.is(t - 2, self.c.org_member_post) {
            // ("MP for Wrenfield": a constituency.)
            if self.key(t - 1) == "for" && self.is(t - 2, self.c.party_post) {
                return None;
            }
            return Some(t - 2);
        }
        if self.key(t - 1) != "at" {
            return None;
        }
        // At most four words after "of", of no name the document knows.
        let mut j = t - 2;
        while j > first && t - 2 - j < 4 && self.free(j) && self.toks[j].is_word() && self.key(j) != "of" {
            j -= 1;
        }
        (j + 2 < t
            && j > first
            && self.key(j) == "of"
            && self.free(j - 1)
            && self.is(j - 1, self.c.org_member_post))
        .then_some(j - 1)
    }

    /// The run `org` after "CEO of", "spokesman at": the organization, when
    /// its words are capitalized words that are no title, given name or
    /// word that is no name, and the run ends the name (no "of", "'s" or
    /// hyphen after it).
    ///
    /// Returns whether it took the run (`Some(true)`), left it to the
    /// document's names (`Some(false)`: an acronym, or a word alone after
    /// "for" or "with", which may be a surname: "a spokesman for Vega"), or
    /// read no organization (`None`).
    fn organization_after_post(
        &mut self,
        s: usize,
        org: Range<usize>,
        sentence: Range<usize>,
    ) -> Option<bool> {
        let plain = self.plain_name_words(org.clone());
        // (Nor a portfolio: "head of Sales and Marketing at Wrenfield"; nor
        // a modifier: "a spokesman for Wrenfield airport".)
        let open_after = org.end < sentence.end
            && (matches!(self.key(org.end), "of" | "'s" | "-" | "and" | "at")
                || !self.toks[org.end].is_capitalized() && self.has(org.end, F_NOT_AFTER_NAME));
        if !plain || open_after {
            return None;
        }
        let post = self.post_before(org.start, sentence.start)?;
        let acronym = org.len() == 1 && self.all_caps(org.start);
        let alone = org.len() == 1 && !matches!(self.key(org.start - 1), "of" | "at" | "the");
        if acronym || alone {
            // ("head of IT" names no organization.)
            if !self.is(org.start, self.c.not_org_acronym) {
                self.posted.push((org.start, s, post));
            }
            return Some(false);
        }
        self.post_organization(s, org, post, sentence.start);
        Some(true)
    }

    /// Whether the words of `org` are capitalized words that are no title,
    /// given name, minor word, word that is no name or date word: words
    /// that may name an organization a post is held in.
    fn plain_name_words(&self, org: Range<usize>) -> bool {
        let (a, b) = (org.start, org.end);
        org.into_iter().all(|t| {
            // (A hyphen inside joins two words: "T-Mobile", "Rolls-Royce".)
            let joining = t > a
                && t + 1 < b
                && self.is_byte(t, b'-')
                && !self.toks[t].space_before()
                && !self.toks[t + 1].space_before();
            // (A rare given name may be a word of an organization's name:
            // "the Prasar Bharati CEO".)
            let f = self.feats(t);
            let f = if f & F_RARE_GIVEN_NAME != 0 {
                f & !F_GIVEN_NAME
            } else {
                f
            };
            // (A determiner may open a team's name: "All Blacks".)
            let f = if t == a && self.is(t, self.c.name_determiner) {
                f & !F_MINOR_WORD
            } else {
                f
            };
            joining
                || self.toks[t].is_word()
                    && self.capital_word(t)
                    && f & (F_PERSON_TITLE
                        | F_TITLE_MODIFIER
                        | F_GIVEN_NAME
                        | F_MINOR_WORD
                        | F_NOT_A_NAME
                        | F_CALENDAR)
                        == 0
        })
    }

    /// Guesses `org` as the organization that the post at token `post`
    /// is held in.
    pub(super) fn post_organization(&mut self, s: usize, org: Range<usize>, post: usize, first: usize) {
        let what = What::Organization {
            country: self.country_before(org.start, first),
            category: "group",
        };
        let evidence = self.evidence(EvidenceKind::Post, post..post + 1);
        self.guess(org, 0..0, s, what, evidence);
    }

    /// The mention of a country's adjective ("Peruvian") that ends right
    /// before token `a`, if one does.
    fn adjective_before(&self, a: usize, first: usize) -> Option<usize> {
        a.checked_sub(1)
            .filter(|&p| p >= first && self.toks[a].space_before())
            .and_then(|p| self.mention_index(p))
            .filter(|&m| {
                let e = &self.mentions[m];
                e.tokens.end as usize == a
                    && e.entity_type() == EntityType::Country
                    && e.alias_kind() == AliasKind::Demonym
            })
    }

    /// Whether mention `m` names a place: a country by name, abbreviation,
    /// capital or seat, or a sub-national place.
    pub(super) fn is_place(&self, m: usize) -> bool {
        let e = &self.mentions[m];
        matches!(e.entity_type(), EntityType::Country | EntityType::Location)
            && !matches!(e.alias_kind(), AliasKind::Demonym | AliasKind::Agent)
    }

    /// The mention of a place that ends right before token `a` (a space
    /// between them), if one does.
    fn place_before(&self, a: usize, first: usize) -> Option<usize> {
        a.checked_sub(1)
            .filter(|&p| p >= first && self.toks[a].space_before())
            .and_then(|p| self.mention_index(p))
            .filter(|&m| self.mentions[m].tokens.end as usize == a && self.is_place(m))
    }

    /// A person by a title, a given name, an apposition, an initial or a
    /// results line.
    fn person(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> bool {
        let (a, b) = (run.start, run.end);
        // "Dear Ivo, welcome back": a greeting before a given name alone
        // and its comma.
        if b == a + 2 && self.toks[a].is_capitalized() && self.is(a, self.c.address_salutation) {
            if let Some(r) = self.address(a + 1..b, &sentence) {
                let evidence = self.evidence(EvidenceKind::Address, r);
                self.guess(a + 1..b, 0..0, s, PLAIN_PERSON, evidence);
                return true;
            }
        }
        if let Some(r) = self.alias_cue_before(a, &sentence) {
            if self.name_words(a..b) <= 3 && (a..b).all(|t| !self.all_caps(t) && !self.has(t, F_ORG_HEAD)) {
                let evidence = self.evidence(EvidenceKind::Apposition, r);
                self.guess(a..b, 0..0, s, PLAIN_PERSON, evidence);
                return true;
            }
        }
        if let Some(r) = self.kin_before(a, b, &sentence) {
            let evidence = self.evidence(EvidenceKind::Apposition, r);
            self.guess(a..b, 0..0, s, PLAIN_PERSON, evidence);
            return true;
        }
        if !self.may_be_person(a, b, &sentence) {
            return self.person_in_context(s, a..b, &sentence);
        }
        // The last title word of the run, with the title words and modifiers
        // before it: "Defence Minister Ann Smith", "FCO Minister Tobias
        // Ellwood", "Navy Senior Chief Petty Officer Scott C. Dayton".
        let head = (a..b)
            .rev()
            .find(|&t| self.title_word(t) && t + 1 < b && !self.has(t + 1, F_NAME_SUFFIX));
        let (title, k) = match head {
            Some(h) => {
                let mut start = h;
                // ("Labour leader": a party before its post.)
                let party = |t: usize| self.is(h, self.c.party_post) && self.is(t, self.c.party_word);
                while start > a
                    && (self.title_word(start - 1) || self.has(start - 1, F_TITLE_MODIFIER))
                    && !party(start - 1)
                {
                    start -= 1;
                }
                if start > a && party(start - 1) {
                    self.post_organization(s, start - 1..start, h, sentence.start);
                }
                // "Wrenfield manager Sir Ivo Vega": the post before an
                // honorific.
                if start == a && (start..=h).all(|t| self.is(t, self.c.honorific)) {
                    if let Some(title) = self.title_before(start, sentence.start) {
                        self.organization_before_title(s, title, &sentence);
                    }
                }
                (Some(start..h + 1), h + 1)
            }
            None => {
                let title = self.title_before(a, sentence.start);
                if let Some(t) = &title {
                    self.organization_before_title(s, t.clone(), &sentence);
                } else if a >= 2 && self.is_byte(a - 1, b',') {
                    // "EEF chief economist, Ann Vega": the organization of
                    // an appositive post (which is no evidence of a name).
                    if let Some(t) = self.title_before(a - 1, sentence.start) {
                        self.organization_before_title(s, t, &sentence);
                    }
                }
                (title, a)
            }
        };
        // "Amir Ali Hajizadeh": a title that is also a given name, opening
        // the run before two name words, is the first given name.
        let given_title =
            title.as_ref().is_some_and(|t| *t == (a..a + 1)) && self.given_title(a, b, &sentence);
        let title = if given_title { None } else { title };
        // No title: a given name may follow capitalized words that are no
        // name ("Class Charles Keating"), or a name opener ("Abu Jandal").
        let k = match title {
            _ if given_title => a,
            Some(_) => k,
            // (Only after words that are no name: not "San Francisco Giants".)
            None => (a..b)
                .find(|&t| self.has(t, F_GIVEN_NAME) && t + 1 < b && self.capital_word(t))
                .filter(|&t| {
                    (a..t).all(|p| {
                        !self.toks[p].is_word()
                            || !self.has(p, F_GIVEN_NAME)
                                && (self.has(p, F_COMMON_WORD | F_PERSON_TITLE | F_TITLE_MODIFIER)
                                    || self.all_caps(p))
                    }) || self.portfolio_before(a, t, sentence.start)
                })
                .unwrap_or(a),
        };
        let run_end = b;
        // A title in capitals after the name is no part of it ("named Ana
        // Ruiz CEO", "Ann Vega MP"); a word title may be a surname ("Mervyn
        // King").
        let mut b = b;
        while b > k + 1 && self.has(b - 1, F_PERSON_TITLE) && self.all_caps(b - 1) {
            b -= 1;
        }
        // "the Wrenfield CEO, Mr Ivo Vega", "Whig MP": no given name before
        // a post held in an organization in capitals, the organization (a
        // rare given name may be: "the Prasar Bharati CEO").
        // (After a determiner only: "named Ana Ruiz CEO" is a person.)
        if b < run_end
            && title.is_none()
            && k > sentence.start
            && self.is(k - 1, self.c.post_determiner)
            && self.is(run_end - 1, self.c.org_post)
            && !(k..b).any(|t| self.listed_given_name(t))
        {
            self.organization_before_post(s, k..b, run_end - 1, &sentence);
            if !(k..b).all(|t| self.free(t)) {
                return true;
            }
        }
        // (One word before such a title is a party or a place: "Whig MP".)
        if b < run_end && self.name_words(k..b) < 2 {
            return false;
        }
        let name = k..b;
        if name.is_empty() {
            // Only a title: explained, no name.
            return true;
        }
        // "Mrs May", "Mr March": after an honorific a month alone is a
        // surname, unless a day follows it ("Mr May 4" is no writing of a
        // name).
        let honored_month = title
            .as_ref()
            .is_some_and(|t| self.is(t.end - 1, self.c.honorific) && self.toks[t.end - 1].is_capitalized())
            && name.len() == 1
            && self.is(name.start, self.c.month)
            && (name.end >= sentence.end || !self.digit_in(name.end));
        // A capitalized frequent word alone that may be a surname: no
        // title, month, minor word or organization's head ("Mr President").
        let frequent_word = name.len() == 1
            && self.capital_word(name.start)
            && !self.all_caps(name.start)
            && self.has(name.start, F_COMMON_WORD)
            && !self.has(
                name.start,
                F_MINOR_WORD | F_PERSON_TITLE | F_NOT_A_NAME | F_CALENDAR | F_ORG_HEAD,
            );
        // "Mr Power", "Ms Rice": after an honorific that stands only before
        // a surname, such a word is that surname.
        let honored_word = frequent_word
            && title.as_ref().is_some_and(|t| {
                self.is(t.end - 1, self.c.surname_honorific) && self.toks[t.end - 1].is_capitalized()
            });
        // "Ambassador Power said", "Secretary Price told": after a title
        // that is no weak one, capitalized, a frequent word alone is a
        // surname when a verb in the third person or the past follows it
        // (a name, not "Ambassador Bridge traffic"; not "General Motors").
        let titled_word = !honored_word
            && title.as_ref().is_some_and(|t| {
                self.toks[t.end - 1].is_capitalized()
                    && self.title_word(t.end - 1)
                    && !self.has(t.end - 1, F_WEAK_TITLE)
                    && !self.is(t.end - 1, self.c.honorific)
            })
            && frequent_word
            && name.end < sentence.end
            && self.free(name.end)
            && !self.toks[name.end].is_capitalized()
            && (self.tensed_verb(name.end) || self.is(name.end, self.c.say_verb));
        // (Counted once: the test of the name's words needs the count too.)
        let words = self.name_words(name.clone());
        if !honored_month
            && !honored_word
            && !titled_word
            && !self.name_ok_words(name.clone(), sentence.start, words)
        {
            return false;
        }
        // ("Liwa al-Quds", "Jabal al-Sheikh": a place's or a group's name,
        // whatever given name its first word is.)
        if title.is_none()
            && self.article_shape(name.clone())
            && self.is(name.start, self.c.article_name_place)
        {
            return false;
        }
        // A known given name opens the name, or is inside one of three or
        // four words ("Zahid Mohammed Rawi"; not a rare one: "Mount Zion
        // Baptist Church").
        let given = given_title
            || self.has(name.start, F_GIVEN_NAME)
            || self.has(name.start, F_NAME_OPENER)
            || self.korean_name(name.clone())
            || self.article_surname(name.clone())
            || words >= 3
                && (name.start + 1..name.end - 1).any(|t| self.listed_given_name(t))
                && !name.clone().any(|t| self.has(t, F_COMMON_WORD | F_CALENDAR));
        if let Some(title) = title {
            // "General Motors", "Major League": a title that also opens
            // other names needs more than one word after it.
            let heads = title.clone().filter(|&t| self.title_word(t)).count();
            // ("General Haftar": a rank before a word that is no English
            // word is a surname's title.)
            // (Capitalized: "private Ihlas news agency" is no rank.)
            // (Nor before another capitalized word, even one a mention
            // covers: "Lord Howe Island", "General Howe Island".)
            let rank = self.is(title.end - 1, self.c.rank_title)
                && self.toks[title.end - 1].is_capitalized()
                && !(name.end < sentence.end
                    && self.toks[name.end].is_word()
                    && self.toks[name.end].is_capitalized())
                && name.clone().filter(|&t| self.capital_word(t)).all(|t| {
                    !self.lexicon_word(t) && !self.all_caps(t) && !self.has(t, F_COMMON_WORD | F_MINOR_WORD)
                });
            let weak = heads == 1 && self.has(title.end - 1, F_WEAK_TITLE) && words == 1 && !given && !rank;
            // "Dr Martens shares fell": an honorific and one word before a
            // noun of trading and a verb name a brand.
            let brand = words == 1
                && self.is(title.end - 1, self.c.honorific)
                && name.end + 1 < sentence.end
                && !self.toks[name.end].is_capitalized()
                && self.is(name.end, self.c.brand_follower)
                && self.tensed_verb(name.end + 1);
            if brand {
                return true;
            }
            if !weak {
                // (The run leaves out a frequent word opening the sentence,
                // which opens the organization's name when it reads as a
                // word of a name there: "Gravity Payments CEO Ann Vega", not
                // "Said Acme CEO Ann Vega".)
                let opener = a == sentence.start + 1
                    && a < title.start
                    && self.free(sentence.start)
                    && self.capital_word(sentence.start)
                    && self.common(sentence.start)
                    && !self.no_name_word_at_start(sentence.start, title.end - 1);
                let o = if opener { sentence.start } else { a };
                self.organization_before_post(s, o..title.start, title.end - 1, &sentence);
                let what = self.titled(title.clone(), sentence.start);
                // "Honduran President Maduro": a surname the gazetteer's
                // people share, told apart by the title's country or the
                // date, is the one of them it names.
                // ("Mr Putin": the one person the gazetteer knows by the
                // surname, as "Putin" alone is.)
                let holder = match &what {
                    What::Person { country, .. } if words == 1 => self
                        .surname_holder(name.clone(), *country)
                        .or_else(|| self.sole_surname_holder(name.clone(), *country)),
                    _ => None,
                };
                let what = holder.map_or(what, |entry| What::Known {
                    entry,
                    kind: AliasKind::Surname,
                });
                let evidence = self.evidence(EvidenceKind::Title, title);
                self.guess(name, 0..0, s, what, evidence);
                return true;
            }
        }
        let plain = PLAIN_PERSON;
        // "the Orlando Magic", "in Ann Arbor": a determiner or a preposition
        // of place before a name makes it a team, a place or a thing.
        let before = name
            .start
            .checked_sub(1)
            .filter(|&p| p >= sentence.start && self.free(p));
        let placed = before.is_some_and(|p| self.has(p, F_NOT_BEFORE_NAME))
            && !(name.end < sentence.end && self.key(name.end) == "'s");
        // The surname is a word, not an initial ("Vere C.").
        let last_ok = self.toks[name.end - 1].is_word()
            && !self.initial(name.end - 1)
            && self.word(name.end - 1).len() >= 2;
        if given && words >= 2 && !placed && last_ok {
            let evidence = self.evidence(EvidenceKind::GivenName, name.start..name.start + 1);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        // "Ann Vega, who runs the fund": a relative pronoun of people after
        // a name of two or three words that are no frequent word, head word
        // or capitals (teams and companies are "which", or named so).
        // (Or "Ann Vega's widow": a relative of the name's.)
        let who = name.end + 1 < sentence.end
            && (self.is_byte(name.end, b',') && self.is(name.end + 1, self.c.person_relative)
                || self.relative_after(name.end));
        if who
            && (2..=3).contains(&words)
            && !placed
            && last_ok
            && name.clone().filter(|&t| self.toks[t].is_word()).all(|t| {
                self.capital_word(t)
                    && !self.all_caps(t)
                    && !self.has(
                        t,
                        F_COMMON_WORD | F_ORG_HEAD | F_NOT_A_NAME | F_CALENDAR | F_MINOR_WORD,
                    )
            })
        {
            let evidence = self.evidence(EvidenceKind::Apposition, name.end + 1..name.end + 2);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        if self.initial(name.start)
            && words >= 2
            && !self.initial(name.end - 1)
            && self.word(name.end - 1).len() >= 2
        {
            let evidence = self.evidence(EvidenceKind::Initial, name.start..name.start + 1);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        if let Some(title) = self.apposition_after(name.end, sentence.end) {
            // ("Zainab, a teacher from Mosul, said": a given name alone
            // that opens the sentence, before a description with its
            // article; no other word, frequent or capitalized: "However, a
            // minister", "Separately, an official".)
            let described = words == 1
                && matches!(self.key(title.start - 1), "a" | "an")
                && self.has(name.start, F_GIVEN_NAME | F_RARE_GIVEN_NAME)
                && !self.has(name.start, F_COMMON_WORD)
                && !self.all_caps(name.start);
            if words >= 2 || described || !self.at_start(name.start, sentence.start) {
                let what = self.titled(title.clone(), title.start);
                let evidence = self.evidence(EvidenceKind::Apposition, title);
                self.guess(name, 0..0, s, what, evidence);
                return true;
            }
        }
        if let Some(title) = self.copula_title_after(name.end, sentence.end) {
            let what = self.titled(title.clone(), title.start);
            let evidence = self.evidence(EvidenceKind::Apposition, title);
            self.guess(name, 0..0, s, what, evidence);
            return true;
        }
        let title = self
            .apposition_before(name.start, sentence.start)
            .or_else(|| self.complemented_apposition_before(name.clone(), &sentence));
        if let Some(title) = title {
            let what = self.titled(title.clone(), sentence.start);
            let evidence = self.evidence(EvidenceKind::Apposition, title);
            self.guess(name, 0..0, s, what, evidence);
            return true;
        }
        if words >= 2 {
            if let Some(r) = self.results_after(name.end, sentence.end) {
                let evidence = self.evidence(EvidenceKind::Results, r);
                self.guess(name, 0..0, s, plain, evidence);
                return true;
            }
        }
        if let Some(r) = self.score_after(name.end, sentence.end) {
            let evidence = self.evidence(EvidenceKind::Results, r);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        if let Some(r) = self.age_after(name.end, sentence.end) {
            let evidence = self.evidence(EvidenceKind::List, r);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        if let Some(r) = self.speaker(name.clone(), &sentence) {
            let evidence = self.evidence(EvidenceKind::Speaker, r);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        if let Some(r) = self.address(name.clone(), &sentence) {
            let evidence = self.evidence(EvidenceKind::Address, r);
            self.guess(name, 0..0, s, plain, evidence);
            return true;
        }
        self.person_in_context(s, a..b, &sentence)
    }

    /// The run `name` as a person by the words around it
    /// ([`Self::person_context`]), the last evidence asked for.
    fn person_in_context(&mut self, s: usize, name: Range<usize>, sentence: &Range<usize>) -> bool {
        let Some(r) = self.person_context(name.clone(), sentence) else {
            return false;
        };
        let evidence = self.evidence(EvidenceKind::Context, r);
        self.guess(name, 0..0, s, PLAIN_PERSON, evidence);
        true
    }

    /// A known given name alone, spoken to, with its commas and the words
    /// that show it: after a comma that ends a short opening of the
    /// sentence, of frequent words in lower case but the first, at the end
    /// of the sentence ("Go ahead, Ivo.", "Thanks, Ana?"; not "the rebel
    /// group, Eta.", "PLANO, Tex.", "Berra, Webster."),
    /// or before a comma and an `address_follower`, opening the sentence or
    /// after a comma that no free capitalized word stands before ("Ivo, you
    /// had one?", "On the talks, Ana, is there news?"; not "Chatham, Kent,
    /// is"). Not a frequent word ("Will", "Grant"), nor one in capitals.
    fn address(&self, name: Range<usize>, sentence: &Range<usize>) -> Option<Range<usize>> {
        let (a, b) = (name.start, name.end);
        if b != a + 1
            || !self.has(a, F_GIVEN_NAME | F_RARE_GIVEN_NAME)
            || self.has(a, F_COMMON_WORD)
            || self.all_caps(a)
        {
            return None;
        }
        // A transcript's turn opens after its speaker's label and colon
        // ("MS VEGA: Yes, Ivo."). (Looked for only as far back as a short
        // opening reaches: a long sentence of names costs no more per name.)
        let reach = a.saturating_sub(ADDRESS_OPENING + 2).max(sentence.start);
        let first = (reach..a)
            .rev()
            .find(|&t| self.key(t) == ":")
            .map_or(sentence.start, |colon| colon + 1);
        let turn = first > sentence.start;
        // ("Dear Ivo, welcome back": after a greeting, before a comma.)
        if a > sentence.start
            && b < sentence.end
            && self.key(b) == ","
            && self.toks[a - 1].is_capitalized()
            && self.is(a - 1, self.c.address_salutation)
        {
            return Some(a - 1..b + 1);
        }
        let comma_before = a > first + 1 && self.free(a - 1) && self.key(a - 1) == ",";
        let last = b + 1 == sentence.end && matches!(self.key(b), "." | "?" | "!");
        if comma_before && last {
            let opening = first..a - 1;
            // (In a transcript's turn the opening may hold commas: "Yeah,
            // thanks, Ivo."; its first word may be a greeting: "Hi, Ivo.")
            let short = opening.len() <= ADDRESS_OPENING
                && opening.clone().all(|t| {
                    turn && t > first && self.key(t) == ","
                        || self.free(t)
                            && self.toks[t].is_word()
                            && if t == first {
                                !self.all_caps(t)
                                    && (self.common(t)
                                        || self.has(t, F_MINOR_WORD)
                                        || self.lexicon_word(t)
                                        || self.is(t, self.c.address_salutation))
                            } else {
                                !self.toks[t].is_capitalized()
                            }
                });
            return short.then(|| first..b + 1);
        }
        // ("QUESTION: Ivo, I wanted to ask": a questioner's "I" after the
        // name, in a transcript's turn only: not "Paris, I think, is".)
        // ("QUESTION: Ivo, on the talks, is there news?": a given name and
        // its comma opening a transcript's turn is the one asked, whatever
        // word in lower case follows; not a list, "Ferris, Baker Watts".)
        let follows = b + 1 < sentence.end
            && self.key(b) == ","
            && self.free(b + 1)
            && (!self.toks[b + 1].is_capitalized() && self.is(b + 1, self.c.address_follower)
                || turn && self.key(b + 1) == "i"
                || turn && !comma_before && !self.toks[b + 1].is_capitalized() && self.at_start(a, first));
        // ("Look, Ivo, I think": the word that opens the sentence or turn
        // before the comma may be capitalized when it is an English word
        // and no given name; not "Chatham, Kent, is".)
        let opener = |t: usize| {
            t == first
                && !self.all_caps(t)
                && !self.has(t, F_GIVEN_NAME | F_RARE_GIVEN_NAME)
                && (self.common(t) || self.lexicon_word(t))
        };
        let after_clause =
            comma_before && !(self.free(a - 2) && self.toks[a - 2].is_capitalized() && !opener(a - 2));
        (follows && (after_clause || self.at_start(a, first))).then(|| a - usize::from(comma_before)..b + 2)
    }

    /// Whether the title word `a` that opens the run `a..b` is a given name
    /// (`title_given_name`): two name words follow it, the first no title,
    /// modifier or particle ("Amir Sheikh Tamim"), and nothing before it
    /// makes it a title: it opens the sentence, or follows a word in lower
    /// case that is no determiner, possessive, title or modifier ("the
    /// Amir", "Qatar's Amir").
    fn given_title(&self, a: usize, b: usize, sentence: &Range<usize>) -> bool {
        if !self.is(a, self.c.title_given_name)
            || self.all_caps(a)
            || self.name_words(a + 1..b) < 2
            || !self.capital_word(a + 1)
            || self.has(a + 1, F_PERSON_TITLE | F_TITLE_MODIFIER | F_PARTICLE)
        {
            return false;
        }
        self.at_start(a, sentence.start)
            || self.free(a - 1)
                && self.toks[a - 1].is_word()
                && !self.toks[a - 1].is_capitalized()
                && !self.has(a - 1, F_PERSON_TITLE | F_TITLE_MODIFIER)
                && !self.is(a - 1, self.c.post_determiner)
                && !matches!(self.key(a - 1), "the" | "'s" | "a" | "an")
    }

    /// The verb of saying right before a name that ends its clause ("...,
    /// said Vega."), for a name of one or two words, none in capitals
    /// (agencies: "said AFP") nor a frequent word; or a name of two words
    /// before the verb when "he" or "she" follows it ("Ivo Vega said he
    /// ..."). (Not a name alone before the verb: "Vega said" is as often a
    /// company or a plural, "Acme said", "Brokers said".)
    fn speaker(&self, name: Range<usize>, sentence: &Range<usize>) -> Option<Range<usize>> {
        let words = self.name_words(name.clone());
        if !(1..=2).contains(&words)
            || name
                .clone()
                .any(|t| self.all_caps(t) || self.has(t, F_COMMON_WORD))
        {
            return None;
        }
        let verb = |d: &Self, t: usize| d.free(t) && !d.toks[t].is_capitalized() && d.is(t, d.c.say_verb);
        let (a, b) = (name.start, name.end);
        let ends = b >= sentence.end || !self.toks[b].is_word() && self.key(b) != "'s";
        // ("told Bloomberg": the one told, as often a newsroom.)
        if a > sentence.start && verb(self, a - 1) && !self.is(a - 1, self.c.addressee_verb) && ends {
            return Some(a - 1..a);
        }
        // "Ivo Vega said he would ...": two words, a verb of saying and a
        // pronoun of a person right after it (a company says "it").
        let pronoun_after =
            |t: usize| (t..(t + 3).min(sentence.end)).any(|p| self.free(p) && self.has(p, F_PERSON_PRONOUN));
        if words == 2 && b - a == 2 && b < sentence.end && verb(self, b) && pronoun_after(b + 1) {
            return Some(b..b + 1);
        }
        None
    }

    /// The one person of the gazetteer with the surname `name` of the
    /// country `country` and in office on the document's date (either may
    /// be unknown, not both), when several share the surname or the
    /// country is known.
    pub(super) fn surname_holder(&self, name: Range<usize>, country: Option<&str>) -> Option<&'a Entry> {
        if country.is_none() && self.date.is_none() {
            return None;
        }
        let mut found = None;
        let mut count = 0;
        let holders = self
            .gazetteer
            .entries_named(&self.toks[name])
            .filter(|(e, kind)| *kind == AliasKind::Surname && e.ty == EntityType::Person);
        for (entry, _) in holders {
            count += 1;
            let in_time = self
                .date
                .is_none_or(|date| date.within(entry.attribute("from"), entry.attribute("to")));
            let of_country = country.is_none_or(|c| entry.attribute("country") == Some(c));
            if in_time && of_country {
                if found.is_some() {
                    return None;
                }
                found = Some(entry);
            }
        }
        found.filter(|_| count >= 2 || country.is_some())
    }

    /// The person of the gazetteer with the surname `name`, when it is the
    /// only one and not of a country other than `country`.
    fn sole_surname_holder(&self, name: Range<usize>, country: Option<&str>) -> Option<&'a Entry> {
        let mut holders = self
            .gazetteer
            .entries_named(&self.toks[name])
            .filter(|(e, kind)| *kind == AliasKind::Surname && e.ty == EntityType::Person);
        let (entry, _) = holders.next()?;
        let own = entry.attribute("country");
        (holders.next().is_none() && (country.is_none() || own.is_none() || own == country)).then_some(entry)
    }

    /// A person titled by the words `title`: its last title word gives the
    /// role, and a country mention right before it (not before `first`)
    /// the country.
    fn titled(&self, title: Range<usize>, first: usize) -> What<'a> {
        let head = title
            .clone()
            .rev()
            .find(|&t| self.title_word(t))
            .unwrap_or(title.start);
        What::Person {
            title: Some(self.span_text(title.clone())),
            role: self.role(head),
            country: self.country_before(title.start, first),
        }
    }

    /// ", a senior fellow at", ", the country's foreign minister": the
    /// title words of an apposition that starts at `t` (a comma).
    fn apposition_after(&self, t: usize, end: usize) -> Option<Range<usize>> {
        if t >= end || self.key(t) != "," {
            return None;
        }
        let mut j = t + 1;
        if j < end && matches!(self.key(j), "a" | "an" | "the" | "his" | "her" | "its" | "their") {
            j += 1;
        }
        let determined = j > t + 1;
        let from = j;
        while j < end && j - t <= APPOSITION_REACH {
            if self.free(j) && self.title_word(j) {
                // The title phrase: its modifiers and the title words after them.
                let mut e = j + 1;
                while e < end && self.free(e) && self.title_word(e) {
                    e += 1;
                }
                // ", President Ann Smith and ..." is a list of names.
                let named = e < end
                    && (self.capital_word(e)
                        || self
                            .mention_at(e)
                            .is_some_and(|m| m.entity_type() == EntityType::Person));
                return (!named).then_some(from..e);
            }
            // After "a", "the": any adjective ("an accomplished rider").
            let ok = !self.free(j)
                || self.has(j, F_TITLE_MODIFIER)
                || self.key(j) == "'s"
                || matches!(self.key(j), "'" | "’") && j > from && self.key(j - 1).ends_with('s')
                || self.toks[j].is_capitalized()
                || matches!(self.key(j), "-" | "former" | "then" | "new" | "top")
                || determined && self.toks[j].is_word() && !self.has(j, F_MINOR_WORD);
            if !ok {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "was a navy commander", "is the deputy governor": the title words
    /// after a copula of `name_copula` right after a name (at `t`), an
    /// article and at most three modifiers, when the title is a public
    /// role's (government, forces, police, courts, diplomacy, rebels,
    /// religion, ...) and no company's, team's or school's too ("Acme is a
    /// leader in tyres"), and a phrase boundary follows it.
    fn copula_title_after(&self, t: usize, end: usize) -> Option<Range<usize>> {
        if t + 2 >= end || !self.free(t) || !self.is(t, self.c.name_copula) {
            return None;
        }
        if !matches!(self.key(t + 1), "a" | "an" | "the") {
            return None;
        }
        let from = t + 2;
        let mut j = from;
        while j < end && j - from <= 3 {
            if self.free(j) && self.title_word(j) && !self.toks[j].is_capitalized() {
                let mut e = j + 1;
                while e < end && self.free(e) && self.title_word(e) && !self.toks[e].is_capitalized() {
                    e += 1;
                }
                let head = e - 1;
                let private = |r: &str| matches!(r, "business" | "media" | "sports" | "academic" | "health");
                let public = self.role(head).is_some_and(|r| !private(r))
                    && !self
                        .c
                        .sectors
                        .iter()
                        .any(|&(class, r)| private(r) && self.is(head, class));
                let bounded = e >= end || !self.toks[e].is_word() || self.is(e, self.c.title_boundary);
                return (public && bounded).then_some(from..e);
            }
            let ok = !self.free(j)
                || self.has(j, F_TITLE_MODIFIER)
                || matches!(self.key(j), "-" | "former" | "then" | "new" | "top")
                || self.toks[j].is_word() && !self.has(j, F_MINOR_WORD);
            if !ok {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "its foreign minister, Ann Smith": the title words before the comma
    /// right before `t`.
    fn apposition_before(&self, t: usize, first: usize) -> Option<Range<usize>> {
        let comma = t.checked_sub(1).filter(|&c| c > first && self.key(c) == ",")?;
        self.title_phrase_before(comma, first)
    }

    /// The title phrase in lower case that ends right before `end`
    /// (a comma or a title's complement), opened by a determiner, a
    /// possessive or a mention.
    fn title_phrase_before(&self, end: usize, first: usize) -> Option<Range<usize>> {
        let comma = end;
        let head = comma.checked_sub(1).filter(|&h| h >= first)?;
        if !self.free(head) || !self.title_word(head) || self.toks[head].is_capitalized() {
            return None;
        }
        let mut j = head;
        while j > first && self.free(j - 1) && (self.title_word(j - 1) || self.has(j - 1, F_TITLE_MODIFIER)) {
            j -= 1;
        }
        // A determiner or a possessive must open the phrase: "the
        // minister, Ann Smith" but not "to reporters, Ann Smith".
        let opener = j > first
            && (matches!(self.key(j - 1), "the" | "its" | "his" | "her" | "their" | "'s")
                || self.mention_at(j - 1).is_some());
        opener.then_some(j..comma)
    }

    /// "the spokesman for the militia, Ann Smith,": the title words of a
    /// title phrase with its complement (a preposition of
    /// `title_complement` and up to [`MAX_COMPLEMENT`] words, none a verb
    /// in the past or third person, nor punctuation) before the comma right
    /// before the name `name`, when the apposition closes after the name
    /// (punctuation, the sentence's end or a verb of saying follows it).
    fn complemented_apposition_before(
        &self,
        name: Range<usize>,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        let first = sentence.start;
        let comma = name
            .start
            .checked_sub(1)
            .filter(|&c| c > first && self.key(c) == ",")?;
        let closed = name.end >= sentence.end
            || !self.toks[name.end].is_word() && !self.is_byte(name.end, b'-')
            || self.is(name.end, self.c.say_verb);
        if !closed {
            return None;
        }
        let mut j = comma;
        while j > first && comma - j < MAX_COMPLEMENT {
            let q = j - 1;
            // A preposition that opens the complement: the title phrase
            // ends right before it ("the head of the council in Lorn": past
            // "in" to "of").
            if self.free(q) && self.is(q, self.c.title_complement) {
                if let Some(title) = self.title_phrase_before(q, first) {
                    return Some(title);
                }
            }
            let word_ok = !self.free(q)
                || self.toks[q].is_word()
                    && !self.is(q, self.c.say_verb)
                    && (!self.tensed_verb(q) || self.toks[q].is_capitalized())
                || matches!(self.key(q), "'s" | "-" | "'");
            if !word_ok {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// Whether the capitalized words `a..t` before a given name are a
    /// title's portfolio: after "for" that follows a capitalized title
    /// (within [`PORTFOLIO_REACH`] words), ending in a title modifier, with
    /// no given name ("Assistant Secretary of State for Near Eastern
    /// Affairs Ann Vega").
    ///
    /// A portfolio of two parts joined by "and" ("for European and Eurasian
    /// Affairs") reaches back past the "and" and the capitalized words of
    /// its first part (at most [`PORTFOLIO_REACH`]) to its "for".
    fn portfolio_before(&self, a: usize, t: usize, first: usize) -> bool {
        let capital =
            |p: usize| self.toks[p].is_word() && self.toks[p].is_capitalized() && !self.has(p, F_GIVEN_NAME);
        // The "for" of the portfolio: right before the run, or before the
        // first part of one joined by "and".
        let for_at = if a > first && self.key(a - 1) == "and" {
            let mut p = a - 1;
            while p > first && a - 1 - p < PORTFOLIO_REACH && capital(p - 1) {
                p -= 1;
            }
            (p < a - 1 && p > first).then(|| p - 1)
        } else {
            (a > first).then(|| a - 1)
        };
        let Some(f) = for_at.filter(|&f| f > first && self.key(f) == "for") else {
            return false;
        };
        t > a + 1
            && self.has(t - 1, F_TITLE_MODIFIER)
            && (a..t).all(capital)
            && (f.saturating_sub(PORTFOLIO_REACH).max(first)..f)
                .any(|p| self.has(p, F_PERSON_TITLE) && self.toks[p].is_capitalized())
    }

    /// "Squad: Ann Smith, Omar Haddad, Lea Kovac": when a list of the
    /// sentence `range` has two people the evidence found (guesses from
    /// `guesses` on), its other items of two or three name words (runs kept
    /// from `pending` on) are people too.
    pub(super) fn lists(&mut self, s: usize, range: Range<usize>, guesses: usize, pending: usize) {
        if self.pending.len() == pending {
            return;
        }
        let separator = |d: &Doc<'_, 'a>, t: usize| {
            t < range.start
                || t >= range.end
                || [b',', b':', b';', b'(', b')', b'.']
                    .iter()
                    .any(|&b| d.is_byte(t, b))
                || d.key(t) == "and"
        };
        let listed =
            |d: &Doc<'_, 'a>, r: &Range<usize>| separator(d, r.start.wrapping_sub(1)) && separator(d, r.end);
        let people = self.guesses[guesses..]
            .iter()
            .filter(|g| matches!(g.what, What::Person { .. }) && listed(self, &g.toks()))
            .count();
        if people < 2 {
            return;
        }
        let mut kept = Vec::new();
        for (run, sentence, shape) in self.pending.drain(pending..).collect::<Vec<_>>() {
            let words = self.name_words(run.clone());
            let ok = shape == Shape::Text
                && (2..=3).contains(&words)
                && listed(self, &run)
                && self.name_ok_words(run.clone(), range.start, words)
                && run.clone().all(|t| !self.has(t, F_COMMON_WORD | F_MINOR_WORD));
            if ok {
                let what = PLAIN_PERSON;
                let evidence = self.evidence(EvidenceKind::List, run.start..run.end);
                self.guess(run, 0..0, s, what, evidence);
            } else {
                kept.push((run, sentence, shape));
            }
        }
        self.pending.extend(kept);
    }

    /// "38th", "3-0-17-0", "71 68": a minute, bowling figures or two
    /// scores right after a name, as results tables write them.
    fn score_after(&self, t: usize, end: usize) -> Option<Range<usize>> {
        let first = self.toks.get(t).filter(|_| t < end)?;
        let text = &self.text[first.span.start..];
        let mut words = text.split_ascii_whitespace();
        let w = words.next()?;
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = (1..=3).contains(&digits) && matches!(&w[digits..], "st" | "nd" | "rd" | "th");
        // Bowling figures have parts of up to three digits ("10-2-31-3"); a
        // date does not ("1996-08-22").
        let figures = digits > 0
            && w.split('-').count() >= 3
            && w.split('-')
                .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
        // Golf rounds: two to four scores from 55 to 90 (a league table's row
        // of wins and points is none).
        let round = |w: &str| w.len() == 2 && w.parse::<u32>().is_ok_and(|n| (55..=90).contains(&n));
        let scores = round(w) && words.next().is_some_and(round);
        if !(ordinal || figures || scores) {
            return None;
        }
        // The tokens of the first word.
        let stop = first.span.start + w.len();
        let mut e = t + 1;
        while e < end && self.toks[e].span.start < stop {
            e += 1;
        }
        Some(t..e)
    }

    /// ", 45,": an age in commas after a name.
    fn age_after(&self, t: usize, end: usize) -> Option<Range<usize>> {
        if t + 2 >= end || !self.is_byte(t, b',') || !self.is_byte(t + 2, b',') {
            return None;
        }
        let age: u32 = self.word(t + 1).parse().ok()?;
        (15..=110).contains(&age).then_some(t + 1..t + 2)
    }

    /// "(Peru)", "(PER)": a country in brackets after a name, as results
    /// tables write them.
    fn results_after(&self, t: usize, end: usize) -> Option<Range<usize>> {
        if t + 2 >= end || self.key(t) != "(" {
            return None;
        }
        let mut j = t + 1;
        match self.mention_at(j) {
            Some(e) if e.entity_type() == EntityType::Country => j = e.tokens.end as usize,
            _ => return None,
        }
        // A team has a score of one digit after its country ("( Poland ) 5").
        let score =
            j + 1 < end && self.word(j + 1).len() == 1 && self.word(j + 1).as_bytes()[0].is_ascii_digit();
        (j < end && self.key(j) == ")" && !score).then_some(t..j + 1)
    }
}

impl<'a> Doc<'_, 'a> {
    /// A transcript's speaker label that names a role and no one
    /// ("MODERATOR: Our next question ...", "SENIOR STATE DEPARTMENT
    /// OFFICIAL: I would not ..."): the one person who speaks in that role,
    /// a person of their own (evidence `nominal`, as a title no one holds),
    /// whose "I" the label's turn speaks. The label opens its line and its
    /// sentence, in capitals, at most [`MAX_LABEL_WORDS`](super::pronouns::MAX_LABEL_WORDS)
    /// words before a colon, and ends in a title or a word of
    /// `speaker_role` ("OPERATOR"), one person (not "NOTE TO EDITORS:");
    /// the mention is its words after any mention of the gazetteer's
    /// ("OFFICIAL" of "SENIOR STATE DEPARTMENT OFFICIAL"). A label that
    /// names no role ("QUESTION:", "PARTICIPANT:", "BACKGROUND:",
    /// "SYRIA:") is none. Read only at the colons of the text.
    pub(super) fn role_labels(&mut self) {
        let bytes = self.text.as_bytes();
        let sentences = self.tokens.sentences();
        for i in memchr::memchr_iter(b':', bytes) {
            let colon = self.toks.partition_point(|tok| tok.span.end <= i);
            if colon >= self.toks.len() || !self.is_byte(colon, b':') {
                continue;
            }
            let s = sentences.partition_point(|x| x.tokens.end <= colon);
            let Some(first) = sentences.get(s).map(|x| x.tokens.start) else {
                continue;
            };
            if colon == first || colon - first > super::pronouns::MAX_LABEL_WORDS {
                continue;
            }
            // Its line: only spaces before the label.
            let start = self.toks[first].span.start;
            let line = bytes[..start].iter().rev().take_while(|&&b| b != b'\n');
            if !line.clone().all(u8::is_ascii_whitespace) {
                continue;
            }
            let capitals = (first..colon).all(|t| {
                let w = self.word(t);
                self.toks[t].is_word() && w.len() > 1 && self.all_caps(t)
            });
            let last = colon - 1;
            let key = self.key(last);
            let plural = key.ends_with('s') && !key.ends_with("ss");
            let role = self.has(last, F_PERSON_TITLE)
                && !(colon - first == 1 && self.has(last, F_WEAK_TITLE))
                || self.is(last, self.c.speaker_role);
            if !capitals || plural || !role || !self.free(last) {
                continue;
            }
            let mut a = last;
            while a > first && self.free(a - 1) {
                a -= 1;
            }
            let what = What::Person {
                title: Some(self.span_text(a..colon)),
                role: self.role(last),
                country: None,
            };
            let evidence = self.evidence(EvidenceKind::Nominal, a..colon);
            self.guess(a..colon, 0..0, s, what, evidence);
        }
    }
}
