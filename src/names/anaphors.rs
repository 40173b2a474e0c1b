//! References to an actor the text has just named: "the country", "the
//! company", "the group", "the military" and "It" as the subject of a
//! clause ("Hungary vetoed the aid package. The country has accused Kyiv
//! of ..."; "South Korea will not arm Ukraine, although the country has
//! sold tanks to Poland"; "Colombia suspended the talks. It accused the
//! rebels of ...").
//!
//! Such a phrase becomes a mention of the actor it refers to (alias kind
//! [`AliasKind::Inferred`], evidence [`EvidenceKind::Pronoun`] with the
//! actor's words, as a pronoun that stands for a person is), so that the
//! relations read it as they read the name, and give the name instead
//! when their sentence holds it (`named` in `rule/emit.rs`): "South Korea
//! will not arm Ukraine, although the country has sold tanks to Poland"
//! gives South Korea as the supplier; a name in the sentence before is
//! not given (an argument lies in its relation's sentence), the
//! reference is, with the name's id. News writes the reference for the subject of the
//! sentence before, or of its own sentence's clause before it, and this
//! reads no more than that:
//! - the phrase is "the" and a word of `anaphor_country` ("country"),
//!   `anaphor_organization` ("company", "group"), `anaphor_body`
//!   ("agency", "ministry") or `anaphor_military` ("military", "army"),
//!   or "It", in the position of a subject: opening its sentence, or after
//!   a word of `anaphor_opener` ("although", "and"), or after a comma as a
//!   possessor ("said Ann Vega, the company's chief executive"; not ", the
//!   military said": "Russian drones hit Kyiv, the military said" is
//!   Ukraine's military); and before a verb in the past or the third
//!   person (not a participle before "by": "The group led by ..." goes on
//!   with its noun phrase), a word of `description_end_verb` ("has",
//!   "will") or "'s" ("the country's air force"). "It" only opens its
//!   sentence, and not before a copula (`name_copula`: "It was unclear");
//! - its actor is the first actor of its own sentence when the phrase does
//!   not open it, else of the sentence before, and only when that actor
//!   opens the sentence's subject (within [`SUBJECT_REACH`] tokens of its
//!   start; a possessor before it, "Germany's Rheinmetall", is passed
//!   over; a member of a list, "Egypt and Jordan" (`anaphor_list`), stands
//!   for no reference in the singular): a country for "the country" and
//!   "the military", an organization for "the company" and "the group",
//!   an organization or a country's body for "the agency" ("Ukraine's
//!   military intelligence agency"; not "Japanese soldiers" for "the
//!   group"), a country or an organization for "It". A first actor of
//!   another kind (a person, "Amnesty" for "the country") gives the
//!   phrase no actor: the reference is then to something else.
//!
//! Cost: one pass over the tokens with a look at a word's classes, and for
//! each reference a look at no more than [`SUBJECT_REACH`] tokens of the
//! sentence before it.

use std::ops::Range;

use super::{Doc, Target, What};
use crate::entity::{AliasKind, EntityType, Evidence, EvidenceKind};

/// How far into its sentence the actor a reference stands for may start
/// ("On Monday, Peru said": three tokens in).
const SUBJECT_REACH: usize = 6;

/// What a reference may stand for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wants {
    Country,
    Organization,
    /// An organization or a country's body ("the agency").
    Body,
    Either,
}

impl<'a> Doc<'_, 'a> {
    /// Adds a mention for each reference to an actor the text has just
    /// named (see the module's documentation).
    pub(super) fn anaphors(&mut self) {
        let sentences = self.tokens.sentences();
        let mut found: Vec<(Range<usize>, usize, Target)> = Vec::new();
        // (The guesses by their first token, made at the first
        // reference: most documents have none.)
        let mut starts: Option<Vec<(u32, u32)>> = None;
        // A reference stands for a name of its own sentence or of the one
        // before: a sentence after one with no name, that has none of its
        // own, is not read (most sentences of a long speech).
        let mut named = vec![false; sentences.len()];
        for s in self
            .mentions
            .iter()
            .map(|e| e.sentence())
            .chain(self.guesses.iter().map(|g| g.sentence()))
        {
            if let Some(x) = named.get_mut(s) {
                *x = true;
            }
        }
        for (s, sentence) in sentences.iter().enumerate() {
            if !(named[s] || s > 0 && named[s - 1]) {
                continue;
            }
            let range = sentence.tokens.clone();
            let mut t = range.start;
            while t + 1 < range.end {
                // (A reference opens its sentence or is "the" before a
                // noun of `anaphor_noun`: the next "the" found by a tight
                // search of word ids, one comparison a token.)
                if t != range.start {
                    let the = self.names.the_word;
                    match self.toks[t..range.end - 1].iter().position(|k| k.word() == the) {
                        Some(i) => t += i,
                        None => break,
                    }
                    if !self.is(t + 1, self.c.anaphor_noun) {
                        t += 1;
                        continue;
                    }
                }
                let Some((toks, wants)) = self.reference_at(t, range.clone()) else {
                    t += 1;
                    continue;
                };
                // The actor: of this sentence before the phrase, else of the
                // sentence before.
                let starts = starts.get_or_insert_with(|| self.guess_starts());
                let antecedent = if toks.start > range.start {
                    self.subject_actor(range.start..toks.start, wants, starts)
                } else if s > 0 {
                    self.subject_actor(sentences[s - 1].tokens.clone(), wants, starts)
                } else {
                    None
                };
                if let Some(target) = antecedent {
                    found.push((toks.clone(), s, target));
                }
                t = toks.end;
            }
        }
        for (toks, s, target) in found {
            let root = self.root(target);
            let name = match root {
                Target::Mention(m) => self.mentions[m].text,
                Target::Guess(g) => self.span_text(self.guesses[g].toks()),
            };
            let kind = EvidenceKind::Pronoun;
            let what = What::Alias {
                of: root,
                kind: AliasKind::Inferred,
            };
            self.guess(toks, 0..0, s, what, Evidence { kind, text: name });
        }
    }

    /// The reference to an actor at token `t` of the sentence `range`, and
    /// what it may stand for.
    fn reference_at(&self, t: usize, range: Range<usize>) -> Option<(Range<usize>, Wants)> {
        let key = self.key(t);
        let (toks, wants) = if key == "it" {
            if t != range.start || !self.toks[t].is_capitalized() {
                return None;
            }
            (t..t + 1, Wants::Either)
        } else if key == "the" {
            let n = t + 1;
            let wants = if self.is(n, self.c.anaphor_country) || self.is(n, self.c.anaphor_military) {
                Wants::Country
            } else if self.is(n, self.c.anaphor_organization) {
                Wants::Organization
            } else if self.is(n, self.c.anaphor_body) {
                Wants::Body
            } else {
                return None;
            };
            // (After a comma only as a possessor, in an apposition: ",
            // the company's chief executive"; ", the military said"
            // closing a sentence is a source, often the other side's.)
            let owner = n + 1 < range.end && matches!(self.key(n + 1), "'s" | "’s");
            let opens = t == range.start
                || self.is(t - 1, self.c.anaphor_opener) && !self.toks[t - 1].is_capitalized()
                || owner && self.is_byte(t - 1, b',');
            if !opens {
                return None;
            }
            (t..n + 1, wants)
        } else {
            return None;
        };
        if !toks.clone().all(|u| self.free(u)) || toks.end >= range.end {
            return None;
        }
        let next = toks.end;
        let possessive = self.key(next) == "'s" || self.key(next) == "’s";
        // (Not a participle that opens a phrase of its own: "The group led
        // by ..." is the subject's noun phrase going on.)
        let participle = next + 1 < range.end && self.key(next + 1) == "by";
        let verb = self.tensed_verb(next) && !participle || self.is(next, self.c.description_end_verb);
        if !(verb || possessive && wants != Wants::Either) {
            return None;
        }
        if wants == Wants::Either && self.is(next, self.c.name_copula) {
            return None;
        }
        Some((toks, wants))
    }

    /// The actor that opens the subject of the sentence (or clause)
    /// `range`, when it is of the kind `wants` (see the module's
    /// documentation).
    fn subject_actor(&self, range: Range<usize>, wants: Wants, starts: &[(u32, u32)]) -> Option<Target> {
        let end = range.end.min(range.start + SUBJECT_REACH + 3);
        let mut t = range.start;
        while t < end {
            let Some((target, ty, toks, agent)) = self.actor_at(t, starts) else {
                t += 1;
                continue;
            };
            if t - range.start > SUBJECT_REACH {
                return None;
            }
            // A possessor is passed over ("Germany's Rheinmetall").
            let after = toks.end;
            let possessor = after < range.end && matches!(self.key(after), "'s" | "’s");
            // A member of a list is no antecedent of a reference in the
            // singular ("Egypt and Jordan", "Egypt, Jordan and Qatar"; not
            // an apposition: "Kongsberg, the Norwegian group,").
            let listed = after < range.end
                && (self.is(after, self.c.anaphor_list)
                    || self.is_byte(after, b',') && self.actor_at(after + 1, starts).is_some());
            if listed {
                return None;
            }
            let fits = match (wants, ty) {
                (Wants::Country, EntityType::Country) => true,
                (Wants::Organization | Wants::Body, EntityType::Organization) => true,
                // A country's body ("Ukraine's military intelligence
                // agency" for "the agency").
                (Wants::Body, EntityType::Country) => agent,
                (Wants::Either, EntityType::Country | EntityType::Organization) => true,
                _ => false,
            };
            if fits && !(possessor && matches!(wants, Wants::Organization | Wants::Body)) {
                return Some(target);
            }
            if !possessor {
                return None;
            }
            t = after + 1;
        }
        None
    }

    /// The guesses as (first token, guess), sorted by token; of two at one
    /// token the last made is found (`actor_at`). A list of the
    /// document's guesses, not an array over its tokens: a reference is
    /// rare, and a long text has few guesses.
    fn guess_starts(&self) -> Vec<(u32, u32)> {
        let mut at: Vec<(u32, u32)> = self
            .guesses
            .iter()
            .enumerate()
            .map(|(g, guess)| (guess.toks().start as u32, g as u32))
            .collect();
        at.sort_unstable();
        at
    }

    /// The name of the document (a guess of this stage or a gazetteer
    /// mention) that starts at token `t`: its target, type and tokens.
    fn actor_at(&self, t: usize, starts: &[(u32, u32)]) -> Option<(Target, EntityType, Range<usize>, bool)> {
        if self.free(t) {
            return None;
        }
        // (A guess replaces the mentions it covers: asked first.)
        // (The last of the guesses at `t`: the one made last.)
        let after = starts.partition_point(|&(s, _)| s as usize <= t);
        let at_t = after.checked_sub(1).filter(|&i| starts[i].0 as usize == t);
        if let Some(g) = at_t.map(|i| starts[i].1 as usize) {
            let ty = match self.guesses[g].what {
                What::Agent { .. } => EntityType::Country,
                What::Known { entry, .. } => entry.ty,
                What::Organization { .. } => EntityType::Organization,
                What::Person { .. } => EntityType::Person,
                What::Alias { of, .. } => match self.root(of) {
                    Target::Mention(m) => self.mentions[m].entity_type(),
                    Target::Guess(r) => match self.guesses[r].what {
                        What::Agent { .. } => EntityType::Country,
                        What::Known { entry, .. } => entry.ty,
                        What::Organization { .. } => EntityType::Organization,
                        _ => return None,
                    },
                },
                _ => return None,
            };
            let agent = matches!(self.guesses[g].what, What::Agent { .. });
            return Some((Target::Guess(g), ty, self.guesses[g].toks(), agent));
        }
        let m = self.mention_index(t)?;
        let e = &self.mentions[m];
        (e.tokens.start as usize == t).then(|| {
            (
                Target::Mention(m),
                e.entity_type(),
                e.tokens.start as usize..e.tokens.end as usize,
                e.alias_kind() == AliasKind::Agent,
            )
        })
    }
}
