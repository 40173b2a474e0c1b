//! The grammar check of relations found by token patterns.
//!
//! A token pattern binds what stands near its trigger; the grammar stage
//! says who does what in the sentence. When the two disagree (the pattern
//! read a noun as its verb, or bound as the doer a phrase that is the
//! object of a preposition, the modifier of an unrelated noun, or not the
//! subject the parse found), the relation is dropped. Patterns keep their
//! reach where the parse finds nothing, and lose the readings the sentence
//! rules out.

use crate::entity::Entity;
use crate::grammar::{vg, Parse, Tag, WordClass, NONE};
use crate::relation::Relation;

/// The syntax check of relations found by token patterns: a pattern binds
/// what stands near its trigger, and the parse tells when that reading
/// contradicts the sentence's structure.
pub(super) struct Check<'c, 'a> {
    pub(super) parse: &'c Parse,
    pub(super) entities: &'c [Entity<'a>],
    pub(super) keys: &'c [&'c str],
    pub(super) stand_ins: &'c [u64],
    pub(super) in_any: &'c dyn Fn(&[u64], usize) -> bool,
}

impl Check<'_, '_> {
    /// Says why a relation is dropped, when `NEWSIE_EXPLAIN_CHECK` is set
    /// (for rule writers).
    fn explain(&self, why: &str) {
        if std::env::var_os("NEWSIE_EXPLAIN_CHECK").is_some() {
            eprintln!("grammar check: {why}");
        }
    }

    /// The unit that holds entity `e`.
    fn unit_of(&self, e: usize) -> Option<u32> {
        self.parse
            .units
            .iter()
            .position(|u| u.mention == Some(e as u32))
            .map(|u| u as u32)
    }

    /// Whether a relation a pattern found with its verb at sentence token
    /// `trigger` contradicts the parse:
    /// - the parse reads the trigger as a noun or adjective ("the Freedonian
    ///   striker", "trains and locomotives");
    /// - an actor is the object of a preposition other than "by" ("selling
    ///   weapons to Peru to kill ..."), or a modifier of a noun that does not
    ///   stand for it ("Peru's claims", "Chilean businesses");
    /// - an actor before the verb is not in the verb's subject ("provides
    ///   Peru an arena to strike"), or, for a passive verb, not in its "by"
    ///   phrase.
    pub(super) fn contradicts(&self, rel: &Relation<'_>, trigger: Option<usize>) -> bool {
        let p = self.parse;
        let trigger_unit = trigger.and_then(|t| p.unit_of.get(t).copied());
        if let Some(u) = trigger_unit {
            if matches!(p.units[u as usize].tag, Tag::Noun | Tag::Adj | Tag::Name)
                && p.units[u as usize].mention.is_none()
            {
                self.explain("the verb is read as a noun");
                return true;
            }
        }
        let group = trigger_unit
            .map(|u| p.group_of[u as usize])
            .filter(|&g| g != NONE);
        for arg in rel.arguments() {
            let Some(e) = arg.entity else {
                continue;
            };
            if super::kind_class(self.entities[e].entity_type()) != 0 {
                continue;
            }
            let Some(u) = self.unit_of(e) else {
                continue;
            };
            let ph = p.phrase_of[u as usize];
            if ph == NONE {
                continue;
            }
            let phrase = p.phrases[ph as usize];
            let list = p.phrases[phrase.list_head as usize];
            let (Some(g), Some(t)) = (group, trigger) else {
                continue;
            };
            let vgroup = p.groups[g as usize];
            if (p.units[u as usize].first as usize) >= t {
                continue;
            }
            // The actor before the verb: it must be where the parse puts
            // the doer, when the parse found one.
            // The doer's phrase, its possessor, or a "by" phrase right after
            // it ("a car bomb by Chilean rebels kills ...").
            let holds = |x: u32| {
                x != NONE
                    && p.conjuncts(x).any(|c| {
                        let cp = p.phrases[c as usize];
                        let by_after = list.prep != NONE
                            && list.prep == cp.end
                            && self.keys[p.units[list.prep as usize].word as usize] == "by";
                        c == phrase.list_head || c == ph || cp.possessor == phrase.list_head || by_after
                    })
            };
            let passive = vgroup.flags & vg::PASSIVE != 0 && vgroup.flags & vg::REDUCED == 0;
            // For a passive, the subject is the "by" phrase.
            let doer = vgroup.subject;
            if holds(doer) {
                continue;
            }
            if passive {
                self.explain("passive, not in the by phrase");
                return true;
            }
            if doer != NONE {
                self.explain("before the verb, not its subject");
                return true;
            }
            if list.prep != NONE
                && !matches!(self.keys[p.units[list.prep as usize].word as usize], "by" | "of")
            {
                self.explain("object of a preposition");
                return true;
            }
            if phrase.head != u {
                let head = p.units[phrase.head as usize];
                let stands = (self.in_any)(self.stand_ins, head.word as usize)
                    || head.classes & WordClass::TimeWord.bit() != 0
                    || head.tag != Tag::Noun;
                if !stands {
                    self.explain("modifier of a noun that does not stand for it");
                    return true;
                }
            }
        }
        false
    }
}
