//! Places no gazetteer lists, found from the key words around their names.
//!
//! News names the towns, ports, camps and districts where things happen,
//! and most are on no list; but it says they are places by the words it
//! puts around them, as GATE's ANNIE finds locations from its `loc_key`
//! words. A run of capitalized words that no other evidence took is a
//! place (a [`What::Location`], evidence [`EvidenceKind::PlaceWord`]
//! naming the key word) when:
//!
//! | evidence | the name | example |
//! | --- | --- | --- |
//! | a `place_noun` in lower case and "of" before it | the run | "the coastal town of Wrenhaven" |
//! | a `place_name_word` that ends it, or a `place_after_modifier` and a `place_after_modified` | the run with the key words | "Wrenhaven Province", "Lorn Harbour", "Tarsk Air Base" |
//! | a `place_after` word in lower case after it, or a `place_after_modifier` and a `place_after_modified` | the run | "Wrenhaven province", "the Lorn refugee camp", "the Tarsk air base" |
//! | a `place_preposition` (not "of") before it and a comma and a country after it (named, not by its capital, and no list's) | the run | "in Wrenhaven, Peru" |
//! | a `place_taking_verb` in lower case right before it, or a `place_projectile` and a `place_aim_preposition` (not a given name, nor an owner before "'s") | the run | "invaded Wrenhaven", "fired rockets at Wrenhaven", "an air strike on Wrenhaven" |
//!
//! The key words are word classes of `rules/names/evidence.rules`. A name
//! the gazetteer knows is no run ("the city of Kyiv" stays the capital), nor
//! one that other evidence of the sentence took first; and a run that holds
//! a title, a head word of an organization, a calendar word or a word that
//! is no name ("Mr Harbor", "the port of Rotterdam Authority", "Province
//! officials", "in January, Peru") is none, nor one that goes on from a
//! name of the gazetteer ("Lima International Airport"), nor one that opens with a known given name after "of" ("the camp
//! of Ann Vega": a person's).
//!
//! Cost: asked once per run of capitalized words of running text: a bit
//! per word id says whether the word before "of", the run's last word or
//! the word after it is a key word (`place_key`, the union of the others),
//! and a comparison of word ids whether the word before the run is "of";
//! only then are the classes read.

use std::ops::Range;

use super::features::*;
use super::{Doc, What};
use crate::entity::{AliasKind, EntityType, EntryRef, EvidenceKind};

impl<'a> Doc<'_, 'a> {
    /// The place the run `run` of sentence `s` (`sentence`) names, if its
    /// key words say it names one: records it, and returns the token to go
    /// on from.
    pub(super) fn place_at(&mut self, s: usize, run: Range<usize>, sentence: Range<usize>) -> Option<usize> {
        let (start, b) = (run.start, run.end);
        if start >= b {
            return None;
        }
        // First whether a key word, or a comma and a mention ("in
        // Wrenhaven, Peru"), is around at all, a lookup a word: most runs
        // have none, and end here.
        let near = |t: usize| t < sentence.end && self.place_word(t);
        let of = start >= sentence.start + 2 && self.toks[start - 1].word() == self.names.of_word;
        let comma = b + 1 < sentence.end && self.is_byte(b, b',') && !self.free(b + 1);
        // "invaded Wrenhaven", "fired rockets at Wrenhaven": a verb of
        // taking or shelling places right before the run, or a projectile
        // and a preposition of aim.
        let lower = |t: usize| self.free(t) && !self.toks[t].is_capitalized();
        let aimed = (start > sentence.start
            && near(start - 1)
            && lower(start - 1)
            && self.is(start - 1, self.c.place_taking_verb))
            || (start >= sentence.start + 2
                && near(start - 2)
                && !self.toks[start - 2].is_capitalized()
                && lower(start - 1)
                && self.is(start - 2, self.c.place_projectile)
                && self.is(start - 1, self.c.place_aim_preposition));
        if !(near(b - 1) || of || near(b) || comma || aimed) {
            return None;
        }
        // "Wrenhaven Province": the key word ends the name. ("Tarsk Air
        // Base": a modified key word; "Base" alone is none, "the Secure
        // Computing Base".)
        let suffix = if self.is(b - 1, self.c.place_name_word) {
            1
        } else if b >= start + 3
            && self.is(b - 1, self.c.place_after_modified)
            && self.is(b - 2, self.c.place_after_modifier)
        {
            2
        } else {
            0
        };
        // "the town of Wrenhaven".
        let of_noun = of
            && self.is(start - 2, self.c.place_noun)
            && !self.toks[start - 2].is_capitalized()
            && self.free(start - 2)
            && self.free(start - 1);
        // "Wrenhaven province", "the Lorn refugee camp".
        let after =
            if b < sentence.end && self.free(b) && self.toks[b].is_word() && !self.toks[b].is_capitalized() {
                if self.is(b, self.c.place_after) {
                    Some(b..b + 1)
                } else if b + 1 < sentence.end
                    && self.is(b, self.c.place_after_modifier)
                    && self.free(b + 1)
                    && !self.toks[b + 1].is_capitalized()
                    && self.is(b + 1, self.c.place_after_modified)
                {
                    Some(b..b + 2)
                } else {
                    None
                }
            } else {
                None
            };
        if suffix == 0 && !of_noun && after.is_none() && !comma && !aimed {
            return None;
        }
        let mut a = start;
        // ("The Wrenhaven Province governor": "The" is no part of it.)
        while a < b && (self.has(a, F_MINOR_WORD) || self.at_start(a, sentence.start) && self.common(a)) {
            a += 1;
        }
        // (Nor a run that goes on from a name of the gazetteer: "Lima
        // International Airport" is no place "International Airport".)
        let goes_on = a > sentence.start && !self.free(a - 1) && self.toks[a - 1].is_capitalized();
        if a >= b || goes_on {
            return None;
        }
        if suffix > 0 && b - a > suffix && self.place_name(a..b - suffix) {
            let evidence = self.evidence(EvidenceKind::PlaceWord, b - suffix..b);
            self.guess(a..b, 0..0, s, What::Location { country: None }, evidence);
            return Some(b);
        }
        if !self.place_name(a..b) {
            return None;
        }
        // (Not "the camp of Ann Vega": a person's.)
        if of_noun && a == start && !(b - a >= 2 && self.listed_given_name(a)) {
            let evidence = self.evidence(EvidenceKind::PlaceWord, a - 2..a - 1);
            let country = self.country_of_place_noun(a - 2, sentence.start);
            self.guess(a..b, 0..0, s, What::Location { country }, evidence);
            return Some(b);
        }
        if let Some(key) = after {
            let evidence = self.evidence(EvidenceKind::PlaceWord, key);
            self.guess(a..b, 0..0, s, What::Location { country: None }, evidence);
            return Some(b);
        }
        // (Not a given name, "shelled Ann Vega's house", nor an owner:
        // "shelled Tarsk's office" may be a firm's.)
        if aimed
            && a == start
            && !self.listed_given_name(a)
            && !(b < sentence.end && self.key(b).starts_with(['\'', '\u{2019}']))
        {
            let evidence = self.evidence(
                EvidenceKind::PlaceWord,
                if self.is(a - 1, self.c.place_taking_verb) {
                    a - 1..a
                } else {
                    a - 2..a
                },
            );
            self.guess(a..b, 0..0, s, What::Location { country: None }, evidence);
            return Some(b);
        }
        if comma
            && a > sentence.start
            && self.free(a - 1)
            && !self.toks[a - 1].is_capitalized()
            && self.is(a - 1, self.c.place_preposition)
            && self.key(a - 1) != "of"
        {
            let country = self.mention_at(b + 1).filter(|e| {
                e.entity_type() == EntityType::Country
                    && !matches!(e.alias_kind(), AliasKind::Demonym | AliasKind::Capital)
                    && e.tokens.start as usize == b + 1
            });
            let country = country.map(|e| {
                let id = match &e.entry {
                    EntryRef::Known(entry) => Some(&*entry.id),
                    _ => None,
                };
                (e.tokens.end as usize, id)
            });
            if let Some((end, country)) = country {
                // (Not "in Vega, Peru's envoy", nor a list of names: "in
                // Bosnia, Somalia, Rwanda and Haiti".)
                let name_at =
                    |t: usize| t < sentence.end && self.toks[t].is_word() && self.toks[t].is_capitalized();
                let list_or_owner = |end: usize| {
                    self.key(end).starts_with(['\'', '\u{2019}'])
                        || name_at(end)
                        || matches!(self.key(end), "and" | "or")
                        || self.is_byte(end, b',') && name_at(end + 1)
                };
                let open = end >= sentence.end || !list_or_owner(end);
                if open {
                    let evidence = self.evidence(EvidenceKind::PlaceWord, b..end);
                    self.guess(a..b, 0..0, s, What::Location { country }, evidence);
                    return Some(b);
                }
            }
        }
        None
    }

    /// Whether token `t` is a key word of places (`place_key`).
    #[inline]
    fn place_word(&self, t: usize) -> bool {
        let id = self.toks[t].word() as usize;
        self.names
            .place_words
            .get(id / 64)
            .is_some_and(|w| w >> (id % 64) & 1 == 1)
    }

    /// The country of a country's adjective right before the place noun
    /// `noun` (or before the place nouns before it: "the Ruritanian port
    /// city of X"): the place's country. (The adjective stays a mention;
    /// a role that takes places binds the place, see the frame filler.)
    fn country_of_place_noun(&self, noun: usize, first: usize) -> Option<&'a str> {
        let mut j = noun;
        while j > first && j + 2 > noun && self.free(j - 1) && self.is(j - 1, self.c.place_noun) {
            j -= 1;
        }
        let e = self.mention_at(j.checked_sub(1).filter(|&p| p >= first)?)?;
        match (&e.entry, e.entity_type(), e.alias_kind()) {
            (EntryRef::Known(entry), EntityType::Country, AliasKind::Demonym)
                if e.tokens.end as usize == j =>
            {
                Some(&*entry.id)
            }
            _ => None,
        }
    }

    /// Whether the tokens of `toks` may make a place's name: capitalized
    /// words that are no title, head word of an organization, minor word or
    /// word that is no name, and the particles and hyphens between them
    /// ("Ain al-Asad"); none taken.
    fn place_name(&self, toks: Range<usize>) -> bool {
        !toks.is_empty()
            && toks.clone().all(|t| {
                self.free(t)
                    && if self.toks[t].is_capitalized() && self.toks[t].is_word() {
                        !self.has(
                            t,
                            F_PERSON_TITLE
                                | F_TITLE_MODIFIER
                                | F_ORG_HEAD
                                | F_NOT_A_NAME
                                | F_MINOR_WORD
                                | F_CALENDAR,
                        ) && !self.all_caps(t)
                    } else {
                        self.has(t, F_PARTICLE) || self.is_byte(t, b'-')
                    }
            })
    }
}
