//! People named by a description or a title phrase, not by a name: "a
//! soldier", "an Egyptian diplomat", "a senior Ruritanian general", "one
//! of the pilots", and a title phrase in apposition to a name ("Gen. Ann
//! Vega, commander of the task force, said"; "Ann Vega, the Ruritanian
//! envoy for the talks, met"; "The task force commander, Gen. Ann Vega,").
//!
//! The head of the phrase is a word of `person_title` (an office or
//! occupation: "official", "soldier", "commander", "spokeswoman", "the
//! head of"; or what a person is, `person_description_noun`: "a local
//! resident", "a witness", "a hostage"; not of sports: "a key player", "a way forward"; nor of
//! `not_description_head`, words for states as often: "a full member",
//! "a major partner"; a title word the lexicon also has as an adjective,
//! (`adjective_title`) in lower case, only before a verb: "a general and
//! complete ban", "one of the major advances" are none), the
//! last of the title words it ends with, in the singular (a plural,
//! "officials said", names a group, and re3d's convention, which this
//! follows, marks people one by one), and the phrase must end at the head:
//! before punctuation, a function word, a verb of saying, a copula, a
//! verb in the past or third person or a word of `description_end_verb`
//! ("a soldier was wounded"; not before "and" or "or" and a word that
//! goes on with the phrase, "a sovereign and independent state"; not "the general public", "a general
//! election", "a private company", "a commander-in-chief's order", "the
//! Minister's report", "General Motors"). Before the head, up to
//! [`MAX_DESCRIPTION`] words: adjectives and nouns ("senior", "army",
//! "local"), capitalized words, and mentions of countries and
//! organizations ("a Ruritanian army officer", "a Red Cross worker").
//! Before those (not after a copula, `description_copula`: "Vega was a
//! navy commander" says what she is):
//! - "a", "an", "one", or "one of the" (a plural head then: "one of the
//!   pilots"): a person of their own;
//! - "the", "our", "this": a person of their own, not after "of" ("the
//!   Office of the Special Envoy" names an office); a title alone after
//!   "the" and beside no name ("the prime minister") is [`Doc::titles`]'
//!   to resolve;
//! - a comma after a person ("Ann Vega, commander of ..."), with or
//!   without an article, or a comma and a person right after the head
//!   and its complement ("The commander of the task force, Gen. Ann
//!   Vega,"; "Minister for the Andes, Ann Vega, said" opening the
//!   sentence): that person;
//! - nothing, opening the sentence, for title words alone in capitals
//!   before a verb: a headline's subject ("Defence Secretary announces
//!   new funding"), a person of its own.
//!
//! The mention covers the words from the last mention inside the phrase
//! (or its first word after the article) to the head: "a senior Ruritanian
//! general" is "general" beside the demonym "Ruritanian", whose mention
//! stays what it was, so that mentions never overlap and the relations
//! still bind the country or organization inside the phrase. Its evidence
//! is [`EvidenceKind::Description`] with the phrase, and, like a
//! possessive pronoun, it is no argument of a relation (the extractor
//! leaves it out of the relation stage), nor a person a pronoun stands
//! for (the pronouns keep their antecedents).

use std::ops::Range;

use super::{features::*, Doc, Target, What};
use crate::entity::{AliasKind, EntityType, EntryRef, EvidenceKind};

/// The most words a description reads before its head ("a former senior
/// Ruritanian army intelligence officer").
const MAX_DESCRIPTION: usize = 6;

/// The most title words before a name after a description ("The task
/// force commander, Lt. Gen. Ann Vega").
const MAX_TITLE_WORDS: usize = 3;

/// The most words of a title's complement before a comma and its holder
/// ("The commander of the Ruritanian task force, Gen. Ann Vega").
const MAX_COMPLEMENT: usize = 8;

/// A description found: its mention's tokens, the whole phrase, its
/// sentence, the person it is (if the text names them beside it), and the
/// country inside it.
struct Found<'a> {
    toks: Range<usize>,
    phrase: Range<usize>,
    sentence: usize,
    holder: Option<Target>,
    country: Option<&'a str>,
}

impl<'a> Doc<'_, 'a> {
    /// Adds a mention for each description of a person (see the module's
    /// documentation).
    pub(super) fn descriptions(&mut self) {
        // (A document with no title word has none: most headlines.)
        if self.doc_feats & F_PERSON_TITLE == 0 {
            return;
        }
        let sentences = self.tokens.sentences();
        let mut found: Vec<Found<'a>> = Vec::new();
        // (Which guess covers each token, for the lookups below, made at
        // the first title word: a search of the guesses per description
        // cost their number each, so that a long list of descriptions and
        // names cost its square.)
        let mut guess_at = None;
        // (One pass over the document's features: most sentences have no
        // title word, and are skipped eight tokens at a time.)
        let mut s = 0;
        for t in super::tokens_with(&self.tf, 0..self.toks.len(), F_PERSON_TITLE) {
            if !self.free(t) {
                continue;
            }
            while s + 1 < sentences.len() && sentences[s].tokens.end <= t {
                s += 1;
            }
            let Some(range) = sentences
                .get(s)
                .map(|x| x.tokens.clone())
                .filter(|r| r.contains(&t))
            else {
                continue;
            };
            if let Some(f) =
                self.person_description_at(t, s, range, guess_at.get_or_insert_with(|| self.guess_at()))
            {
                found.push(f);
            }
        }
        for f in found {
            if !f.toks.clone().all(|t| self.free(t)) {
                continue;
            }
            let head = f.toks.end - 1;
            let evidence = self.evidence(EvidenceKind::Description, f.phrase.clone());
            let what = match f.holder {
                Some(target) => What::Alias {
                    of: self.root(target),
                    kind: AliasKind::Inferred,
                },
                None => What::Person {
                    title: Some(self.span_text(f.toks.clone())),
                    role: self.role(head),
                    country: f.country,
                },
            };
            self.guess(f.toks, 0..0, f.sentence, what, evidence);
        }
    }

    /// Per token, the last guess that covers it, or `u32::MAX`.
    fn guess_at(&self) -> Vec<u32> {
        let mut at = vec![u32::MAX; self.toks.len()];
        for (g, guess) in self.guesses.iter().enumerate() {
            for t in guess.toks() {
                if let Some(x) = at.get_mut(t) {
                    *x = g as u32;
                }
            }
        }
        at
    }

    /// The description whose head is token `t`, if it is one.
    fn person_description_at(
        &self,
        t: usize,
        s: usize,
        range: Range<usize>,
        guess_at: &[u32],
    ) -> Option<Found<'a>> {
        if !self.toks[t].is_word() || !self.free(t) {
            return None;
        }
        let next = t + 1;
        // The last title word of the phrase ("police chief": "chief").
        if next < range.end && self.toks[next].is_word() && self.has(next, F_PERSON_TITLE | F_TITLE_MODIFIER)
        {
            return None;
        }
        if !self.description_ends(next, range.end) {
            return None;
        }
        // An office or occupation, not a word of sports ("a key player",
        // "a way forward").
        if self.role(t) == Some("sports") || self.is(t, self.c.not_description_head) {
            return None;
        }
        // A title word that is also an adjective, in lower case ("the
        // general and complete disarmament", "a major, lasting change"):
        // only before a verb or punctuation.
        if self.is(t, self.c.adjective_title)
            && !self.toks[t].is_capitalized()
            && next < range.end
            && self.toks[next].is_word()
        {
            let noun_or_verb = self.c.lexicon_word[3];
            let verb = self.is(next, self.c.say_verb)
                || self.is(next, self.c.name_copula)
                || self.is(next, self.c.description_end_verb)
                || self.tensed_verb(next) && !self.is(next, noun_or_verb);
            if !verb {
                return None;
            }
        }
        let key = self.key(t);
        let plural = key.ends_with('s') && !key.ends_with("ss");
        // The words before the head: `a` opens the mention, `p` the phrase.
        let (mut a, mut p) = (t, t);
        let mut country = None;
        let mut only_titles = true;
        while p > range.start && t - p < MAX_DESCRIPTION {
            let q = p - 1;
            if !self.free(q) {
                // A country or an organization inside the phrase, a
                // mention of its own.
                let Some((start, of_country)) = self.phrase_name(q, guess_at) else {
                    break;
                };
                match of_country {
                    Some(id) => country = country.or(id),
                    None => only_titles = false,
                }
                p = start.min(q);
                continue;
            }
            if self.is_byte(q, b'-') && !self.toks[q].space_before() && !self.toks[p].space_before() {
                if a == p {
                    a = q;
                }
                p = q;
                continue;
            }
            if !self.toks[q].is_word()
                || self.has(
                    q,
                    F_MINOR_WORD | F_PERSON_PRONOUN | F_SPEAKER_PRONOUN | F_CALENDAR,
                )
                || self.is(q, self.c.description_opener)
                || self.is(q, self.c.say_verb)
                || self.is(q, self.c.name_copula)
                || self.is(q, self.c.title_boundary)
                || self.is(q, self.c.description_end_verb)
                || self.tensed_verb(q)
            {
                break;
            }
            if !self.has(q, F_PERSON_TITLE | F_TITLE_MODIFIER) {
                only_titles = false;
            }
            if a == p {
                a = q;
            }
            p = q;
        }
        // (Not a phrase that opens with a hyphen.)
        if self.is_byte(p, b'-') {
            return None;
        }
        let phrase_end = t + 1;
        // What opens the phrase.
        let d = p.checked_sub(1).filter(|&d| d >= range.start);
        // After the head, its complement ("of the task force"), up to a
        // comma before a person.
        let holder_after = || {
            let mut c = next;
            while c < range.end && c - next <= MAX_COMPLEMENT && !self.is_byte(c, b',') {
                let verb = self.is(c, self.c.say_verb)
                    || self.is(c, self.c.name_copula)
                    || self.is(c, self.c.description_end_verb)
                    || self.tensed_verb(c) && self.free(c);
                if verb || c == next && !self.is_byte(c, b',') && !self.is(c, self.c.title_boundary) {
                    return None;
                }
                c += 1;
            }
            (c + 1 < range.end && self.is_byte(c, b','))
                .then(|| self.person_ending_at(self.past_titles(c + 1, range.end), true, guess_at))
                .flatten()
        };
        let found = |holder: Option<Target>| Found {
            toks: a..phrase_end,
            phrase: p..phrase_end,
            sentence: s,
            holder,
            country,
        };
        let Some(d) = d else {
            // Opening the sentence: a title phrase before a comma and a
            // person ("Minister for the Andes, Ann Vega, said"), or a
            // title alone before a verb, a headline's subject ("Defence
            // Secretary announces new funding"; not a plural: "Ministers
            // agreed").
            if let Some(holder) = holder_after() {
                return Some(found(Some(holder)));
            }
            let verb = next < range.end && (self.tensed_verb(next) || self.is(next, self.c.say_verb));
            let capitalized =
                (p..phrase_end).all(|w| !self.toks[w].is_word() || self.toks[w].is_capitalized());
            return (only_titles && capitalized && verb && a == p && !plural).then(|| found(None));
        };
        let dk = self.key(d);
        // "Ann Vega, commander of ...": no article.
        if self.is_byte(d, b',') {
            let holder = d
                .checked_sub(1)
                .filter(|&h| h >= range.start)
                .and_then(|h| self.person_ending_at(h, false, guess_at))?;
            return Some(found(Some(holder)));
        }
        if !self.is(d, self.c.description_opener) {
            return None;
        }
        // Not a predicate ("Vega was a navy commander", "served as the
        // army's commander"): it says what a person named is.
        if d > range.start && self.is(d - 1, self.c.description_copula) {
            return None;
        }
        let one_of = matches!(dk, "the" | "our" | "its" | "their")
            && d >= range.start + 2
            && self.key(d - 1) == "of"
            && self.key(d - 2) == "one";
        if plural && !one_of {
            return None;
        }
        // "Ann Vega, the envoy for the talks," / "The task force
        // commander, Gen. Ann Vega,".
        let before = (d >= range.start + 2 && self.is_byte(d - 1, b','))
            .then(|| self.person_ending_at(d - 2, false, guess_at))
            .flatten();
        let holder = if one_of {
            None
        } else {
            before.or_else(holder_after)
        };
        match dk {
            "a" | "an" | "one" => {}
            _ if one_of => {}
            "the" | "our" | "this" => {
                // "the Office of the Special Envoy".
                if d > range.start && self.key(d - 1) == "of" {
                    return None;
                }
                // A title alone after "the" and beside no name: the
                // nominal's (`Doc::titles`), which knows its holders.
                if holder.is_none() && only_titles && dk == "the" {
                    return None;
                }
            }
            _ => return None,
        }
        Some(found(holder))
    }

    /// Whether the phrase of a description may end before token `next`:
    /// at the sentence's end, punctuation (not a hyphen or "'s"), or a
    /// word that is no noun of the phrase.
    fn description_ends(&self, next: usize, end: usize) -> bool {
        if next >= end {
            return true;
        }
        let tok = &self.toks[next];
        if matches!(self.key(next), "'s" | "'" | "’s" | "’") {
            return false;
        }
        if !tok.is_word() {
            let joined = !tok.space_before() && (self.is_byte(next, b'-') || self.is_byte(next, b'/'));
            let digit = self.text.as_bytes()[tok.span.start].is_ascii_digit();
            return !joined && !digit;
        }
        if tok.is_capitalized() {
            return false;
        }
        // "a sovereign and independent state": the head is a modifier.
        if matches!(self.key(next), "and" | "or")
            && next + 1 < end
            && self.toks[next + 1].is_word()
            && !self.toks[next + 1].is_capitalized()
            && !self.has(next + 1, F_MINOR_WORD)
            && !self.is(next + 1, self.c.description_opener)
        {
            return false;
        }
        self.has(next, F_MINOR_WORD) && !self.has(next, F_PERSON_TITLE | F_TITLE_MODIFIER)
            || self.is(next, self.c.say_verb)
            || self.is(next, self.c.name_copula)
            || self.is(next, self.c.title_boundary)
            || self.is(next, self.c.description_end_verb)
            || self.tensed_verb(next)
    }

    /// The start of the country or organization (a gazetteer mention or a
    /// name this stage found) covering token `q`, and the country's id
    /// (`Some(None)` for a country no gazetteer entry holds), if one does.
    fn phrase_name(&self, q: usize, guess_at: &[u32]) -> Option<(usize, Option<Option<&'a str>>)> {
        if let Some(e) = self.mention_at(q) {
            let start = e.tokens.start as usize;
            return match (e.entity_type(), &e.entry) {
                (EntityType::Country, EntryRef::Known(entry)) => Some((start, Some(Some(&*entry.id)))),
                (EntityType::Country, _) => Some((start, Some(None))),
                (EntityType::Organization, _) => Some((start, None)),
                _ => None,
            };
        }
        let g = covering(guess_at, q)?;
        let start = self.guesses[g].toks().start;
        match self.guesses[g].what {
            What::Agent { country, .. } => Some((start, Some(Some(&*country.id)))),
            What::Organization { .. } => Some((start, None)),
            What::Known { entry, .. } if entry.ty == EntityType::Country => {
                Some((start, Some(Some(&*entry.id))))
            }
            What::Known { entry, .. } if entry.ty == EntityType::Organization => Some((start, None)),
            _ => None,
        }
    }

    /// The first token after the titles that open a name at token `t`
    /// ("Lt. Gen. Ann Vega": "Ann").
    fn past_titles(&self, mut t: usize, end: usize) -> usize {
        let from = t;
        while t + 1 < end
            && t - from < 2 * MAX_TITLE_WORDS
            && self.free(t)
            && (self.toks[t].is_capitalized() && self.has(t, F_PERSON_TITLE) || self.is_byte(t, b'.'))
        {
            t += 1;
        }
        t
    }

    /// The person whose mention ends at token `t` (`starts`: begins at it),
    /// as a target.
    fn person_ending_at(&self, t: usize, starts: bool, guess_at: &[u32]) -> Option<Target> {
        if t >= self.toks.len() {
            return None;
        }
        if let Some(m) = self.mention_index(t) {
            let e = &self.mentions[m];
            let at = if starts { e.tokens.start } else { e.tokens.end - 1 };
            return (e.entity_type() == EntityType::Person && at as usize == t).then_some(Target::Mention(m));
        }
        let g = covering(guess_at, t)?;
        let toks = self.guesses[g].toks();
        let at = if starts { toks.start } else { toks.end - 1 };
        let target = Target::Guess(g);
        let described = self.guesses[g].evidence_kind == EvidenceKind::Description;
        (at == t && !described && self.is_person(target)).then_some(target)
    }
}

/// The guess that covers token `t`, from [`Doc::guess_at`]'s table.
fn covering(guess_at: &[u32], t: usize) -> Option<usize> {
    guess_at.get(t).filter(|&&g| g != u32::MAX).map(|&g| g as usize)
}
