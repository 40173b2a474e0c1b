//! Frames: rules written over the syntax stage's structure.
//!
//! A token pattern spells out one word order; a frame names a trigger and
//! the grammatical slots that fill each role, and every wording with that
//! structure follows: active and passive voice, infinitives and gerunds
//! (whose subject comes from the verb that governs them), relative and
//! participial clauses, asides between subject and verb, and nominal forms
//! ("Peru's sale of drones to Chile", "new Chile sanctions", "imposed
//! sanctions on Chile").
//!
//! ```text
//! rule supply/transfer
//!   verb: @supply_verb @give_verb
//!   slots: subject=supplier object=item indirect=recipient to=recipient
//!   require: item
//!   example: Peru, facing pressure, sent drones to Chile. => supplier=PER recipient=CHL item=drone
//! ```
//!
//! - `verb: @class ...` triggers on the head verb of a verb group; `noun:
//!   @class ...` on the head of a noun phrase (or the noun right before
//!   it: "arms sale", "aid shipment").
//! - `slots:` maps grammatical slots to roles. For verbs: `subject` (the
//!   doer: for a passive, the "by" phrase), `object` (for a passive, the
//!   phrase written as subject), `indirect` ("promised Peru helicopters"),
//!   and any preposition (`to`, `with`, `against`, ...) for the phrases
//!   after the verb in its clause. For nouns: `possessor` ("Peru's sale"),
//!   `modifier` (mentions inside the phrase before the noun: "Chilean arms
//!   sales", "new Peru sanctions"), `agent` (the subject of the verb whose
//!   object the phrase is: "Peru imposed sanctions"), and prepositions for
//!   the phrases chained after the noun ("sale of drones to Chile by Peru").
//!   A slot may name several roles; each filler goes to the first whose
//!   entity types it has.
//! - `require: role ...`: roles this frame must fill, beyond the relation's
//!   required ones ("supply needs an item").
//! - A phrase fills an actor role with the mention at its head, or, when its
//!   head is a word of the `actor_noun` class ("troops", "government",
//!   "army", "officials") or, for targets, of `target_noun` ("positions",
//!   "bases", "cities"), with the country or organization that modifies it
//!   ("Chilean troops", "Peru's army", "the army of Peru"). Lists fill a role
//!   once per member.
//!
//! Factuality is read from the structure: the verb group's negation and
//! modals, the verbs that govern it ("refused to send", "denied selling",
//! "plans to buy", "accused X of shelling"), the subordinators that open its
//! clauses ("if", "whether"), with the cue classes of the rule files.

use super::syntax::Line;
use super::{type_bit, Place, RelationSchema, ACTOR};
use crate::entity::{Entity, EntityType};
use crate::error::Error;
use crate::grammar::{vg, Parse, Tag, Unit, WordClass, NONE};
use crate::token::phrase_key;

/// A grammatical slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    Subject,
    Object,
    Indirect,
    Possessor,
    Modifier,
    Agent,
    /// The subject and the object of the verb that governs a noun trigger
    /// ("Chile warned Peru of sanctions").
    GovernorSubject,
    GovernorObject,
    /// A prepositional phrase of the verb whose subject a noun trigger is:
    /// "military aid from Chile arrives in Peru" (`governor.in`).
    GovernorPrep(String),
    /// The country or organization that modifies the object of a verb
    /// ("Peru gets Chilean drones"), or names where it was made
    /// ("Chilean-made drones").
    ObjectModifier,
    /// The phrase after this preposition (a normalized key).
    Prep(String),
}

impl Slot {
    pub(super) fn parse(name: &str) -> Slot {
        match name {
            "subject" => Slot::Subject,
            "object" => Slot::Object,
            "indirect" => Slot::Indirect,
            "possessor" => Slot::Possessor,
            "modifier" => Slot::Modifier,
            "agent" => Slot::Agent,
            "governor_subject" => Slot::GovernorSubject,
            "governor_object" => Slot::GovernorObject,
            "object_modifier" => Slot::ObjectModifier,
            p if p.starts_with("governor.") => Slot::GovernorPrep(p["governor.".len()..].to_string()),
            p => Slot::Prep(p.to_string()),
        }
    }
}

/// Whether a frame triggers on verbs or nouns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Trigger {
    Verb,
    Noun,
}

/// Word classes a frame names, by index, and as a mask over all classes
/// once they are known.
#[derive(Clone, Debug, Default)]
pub(super) struct Classes {
    pub(super) sets: Vec<usize>,
    pub(super) mask: Box<[u64]>,
}

impl Classes {
    fn finish(&mut self, mask_words: usize) {
        let mut mask = vec![0u64; mask_words];
        for &set in &self.sets {
            mask[set / 64] |= 1 << (set % 64);
        }
        self.mask = mask.into_boxed_slice();
    }
}

/// A compiled frame.
#[derive(Clone, Debug)]
pub(super) struct Frame {
    pub(super) trigger: Trigger,
    /// The classes whose words trigger the frame.
    pub(super) words: Classes,
    /// (slot, roles in order of preference).
    pub(super) slots: Vec<(Slot, Vec<usize>)>,
    /// Roles that must be filled.
    pub(super) required: Vec<usize>,
    /// For a noun frame: the classes the governing verb must be in
    /// (`governor: @class`), none for any.
    pub(super) governor: Classes,
    /// The classes of nouns that stand for the actor modifying them
    /// (`nouns: @class ...`; default `@actor_noun`).
    pub(super) stand_ins: Classes,
    /// For a noun frame: the preposition its phrase must follow (`prep:
    /// under` for "Cuba is under a US embargo").
    pub(super) prep: Option<String>,
    /// `needs: SLOT @class`: the phrase in this slot (`self` for the noun
    /// trigger's own phrase) must hold a word of one of these classes
    /// ("military aid", "security assistance").
    pub(super) needs: Option<(Slot, Classes)>,
    /// `head: @class`: the head of the `needs` phrase must be in one of
    /// these classes.
    pub(super) needs_head: Classes,
    /// `unless: PREP @class`: no match when a prepositional phrase of the
    /// trigger with this preposition has its head in one of these classes
    /// ("target Chile with sanctions" is no attack).
    pub(super) unless: Option<(String, Classes)>,
}

impl Frame {
    /// Turns the frame's class lists into masks over `mask_words` words.
    pub(super) fn finish(&mut self, mask_words: usize) {
        self.words.finish(mask_words);
        self.governor.finish(mask_words);
        self.stand_ins.finish(mask_words);
        self.needs_head.finish(mask_words);
        if let Some((_, classes)) = &mut self.needs {
            classes.finish(mask_words);
        }
        if let Some((_, classes)) = &mut self.unless {
            classes.finish(mask_words);
        }
    }
}

/// The roles a frame found, each a list of entity indices.
pub(super) struct Filled {
    pub(super) roles: Vec<Vec<usize>>,
    /// The units the frame's trigger and fillers span, for factuality.
    pub(super) trigger_unit: u32,
    /// The verb group whose factuality applies (the trigger's, or for a
    /// noun, the group that governs it), or [`NONE`].
    pub(super) group: u32,
}

/// What the frame matcher needs besides the parse.
pub(super) struct Context<'c, 'a> {
    pub(super) parse: &'c Parse,
    pub(super) entities: &'c [Entity<'a>],
    pub(super) keys: &'c [&'c str],
    /// Whether sentence token `pos` is in one of the word sets of a mask.
    pub(super) in_any: &'c dyn Fn(&[u64], usize) -> bool,
    /// The word sets of nouns that may stand for the actor that modifies
    /// them in this frame ("Chilean troops", "Peruvian positions").
    pub(super) stand_ins: &'c [u64],
    pub(super) quantity_noun: Option<usize>,
    /// Role types per role of the frame's relation.
    pub(super) role_types: &'c [u8],
}

impl Context<'_, '_> {
    fn in_set(&self, set: Option<usize>, pos: usize) -> bool {
        let Some(set) = set else {
            return false;
        };
        let mut mask = vec![0u64; set / 64 + 1];
        mask[set / 64] |= 1 << (set % 64);
        (self.in_any)(&mask, pos)
    }

    fn unit_word(&self, u: u32) -> usize {
        self.parse.units[u as usize].word as usize
    }

    fn mention_type(&self, m: u32) -> u8 {
        type_bit(self.entities[m as usize].entity_type())
    }

    /// The mentions that fill a role of types `types` from phrase `ph` and
    /// its conjuncts.
    fn resolve(&self, ph: u32, types: u8, out: &mut Vec<usize>) {
        for c in self.parse.conjuncts(ph) {
            if let Some(m) = self.resolve_one(c, types) {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
    }

    fn resolve_one(&self, ph: u32, types: u8) -> Option<usize> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let head = p.units[phrase.head as usize];
        if let Some(m) = head.mention {
            if head.tag == Tag::Mention && self.mention_type(m) & types != 0 {
                return Some(m as usize);
            }
        }
        // "80 tonnes of ammunition", "hundreds of Malian soldiers": what a
        // number or collective noun counts is in its "of" phrase.
        if head.mention.is_none()
            && (head.tag == Tag::Num || self.in_set(self.quantity_noun, head.word as usize))
        {
            if let Some(next) = self.of_phrase(phrase.end) {
                return self.resolve_one(next, types);
            }
        }
        if types & ACTOR == 0 {
            // "MLRS M270 installations", "Mi-24 strikers": a weapon named
            // before a head that is none.
            if types & type_bit(EntityType::Weapon) != 0 && head.mention.is_none() {
                return (phrase.first..phrase.head).find_map(|u| {
                    let unit = p.units[u as usize];
                    unit.mention
                        .filter(|&m| {
                            unit.tag == Tag::Mention && self.mention_type(m) == type_bit(EntityType::Weapon)
                        })
                        .map(|m| m as usize)
                });
            }
            return None;
        }
        // "Chilean missiles hit ...": a weapon with a country adjective
        // stands for the country.
        if let Some(m) = head.mention {
            if self.mention_type(m) == type_bit(EntityType::Weapon) {
                for u in (phrase.first..phrase.head).rev() {
                    let unit = p.units[u as usize];
                    if let Some(c) = unit.mention {
                        if unit.tag == Tag::Adj
                            && unit.end - unit.first == 1
                            && self.mention_type(c) & types & type_bit(EntityType::Country) != 0
                        {
                            return Some(c as usize);
                        }
                    }
                }
                return None;
            }
        }
        // "Chilean troops", "Peru's army", "the army of Peru": a noun that
        // stands for an actor, or a target that belongs to one.
        let head_word = self.unit_word(phrase.head);
        if head.mention.is_some() || !(self.in_any)(self.stand_ins, head_word) {
            return None;
        }
        let actor = |m: u32| {
            let t = self.mention_type(m);
            t & (type_bit(EntityType::Country) | type_bit(EntityType::Organization)) != 0 && t & types != 0
        };
        for u in (phrase.first..phrase.head).rev() {
            let unit = p.units[u as usize];
            if let Some(m) = unit.mention {
                if actor(m) && owns(&unit) {
                    return Some(m as usize);
                }
            }
        }
        if phrase.possessor != NONE {
            let pos = p.phrases[phrase.possessor as usize];
            if let Some(m) = p.units[pos.head as usize].mention {
                if actor(m) {
                    return Some(m as usize);
                }
            }
        }
        // "the army of Peru"
        let after = phrase.end as usize;
        if after + 1 < p.units.len() && self.keys[p.units[after].word as usize] == "of" {
            let next = p.phrase_of[after + 1];
            if next != NONE {
                let h = p.units[p.phrases[next as usize].head as usize];
                if let Some(m) = h.mention {
                    if actor(m) {
                        return Some(m as usize);
                    }
                }
            }
        }
        None
    }

    /// The phrase of an "of" right after unit `end`.
    fn of_phrase(&self, end: u32) -> Option<u32> {
        let p = self.parse;
        let end = end as usize;
        if end + 1 >= p.units.len() || self.keys[p.units[end].word as usize] != "of" {
            return None;
        }
        let next = p.phrase_of[end + 1];
        (next != NONE && p.phrases[next as usize].first as usize == end + 1).then_some(next)
    }
}

impl Frame {
    /// Fills the frame at verb group `g`, if its head is a trigger.
    pub(super) fn at_verb(&self, cx: &Context<'_, '_>, g: u32) -> Option<Filled> {
        let p = cx.parse;
        let group = p.groups[g as usize];
        if self.trigger != Trigger::Verb {
            return None;
        }
        let head = p.units[group.head as usize];
        if !matches!(head.tag, Tag::Verb(_)) || !(cx.in_any)(&self.words.mask, head.word as usize) {
            return None;
        }
        let passive = group.flags & vg::PASSIVE != 0;
        if let Some((prep, classes)) = &self.unless {
            let ruled_out = p.group_pps(g).iter().any(|&(u, ph)| {
                cx.keys[p.units[u as usize].word as usize] == prep.as_str()
                    && (cx.in_any)(
                        &classes.mask,
                        p.units[p.phrases[ph as usize].head as usize].word as usize,
                    )
            });
            if ruled_out {
                return None;
            }
        }
        let mut roles: Vec<Vec<usize>> = vec![Vec::new(); cx.role_types.len()];
        for (slot, targets) in &self.slots {
            let phrases: Vec<u32> = match slot {
                Slot::Subject => vec![group.subject],
                Slot::Object if passive => vec![group.surface_subject],
                Slot::Object => vec![group.object],
                Slot::Indirect if !passive => vec![group.indirect],
                Slot::ObjectModifier => {
                    let object = if passive {
                        group.surface_subject
                    } else {
                        group.object
                    };
                    if object != NONE {
                        if let Some(m) = origin_modifier(cx, object) {
                            place(cx, m, targets, &mut roles);
                        }
                    }
                    Vec::new()
                }
                Slot::Prep(prep) if !(passive && prep == "by") => p
                    .group_pps(g)
                    .iter()
                    .filter(|(u, _)| cx.keys[p.units[*u as usize].word as usize] == prep.as_str())
                    .map(|&(_, ph)| ph)
                    .take(1)
                    .collect(),
                _ => Vec::new(),
            };
            for ph in phrases.into_iter().filter(|&ph| ph != NONE) {
                fill(cx, ph, targets, &mut roles);
            }
        }
        if let Some((slot, _)) = &self.needs {
            let phrase = match slot {
                Slot::Object if passive => group.surface_subject,
                Slot::Object => group.object,
                Slot::Subject => group.subject,
                _ => NONE,
            };
            let needs = self.needs.as_ref().map_or(&[][..], |(_, c)| &c.mask[..]);
            if phrase == NONE || !phrase_has(cx, phrase, needs) {
                return None;
            }
            // "military aid", not "military trainers": the head must be one
            // of the trigger's own nouns.
            if !self.needs_head.sets.is_empty() {
                let head = p.units[p.phrases[phrase as usize].head as usize];
                if !(cx.in_any)(&self.needs_head.mask, head.word as usize) {
                    return None;
                }
            }
        }
        self.complete(roles, group.head, g)
    }

    /// Fills the frame at phrase `ph`, if its head (or the noun right before
    /// it) is a trigger.
    pub(super) fn at_noun(&self, cx: &Context<'_, '_>, ph: u32) -> Option<Filled> {
        if self.trigger != Trigger::Noun {
            return None;
        }
        let p = cx.parse;
        let phrase = p.phrases[ph as usize];
        let trigger = [phrase.head, phrase.head.wrapping_sub(1)]
            .into_iter()
            .filter(|&u| u >= phrase.first && u < phrase.end)
            .find(|&u| {
                let unit = p.units[u as usize];
                unit.mention.is_none()
                    && (matches!(unit.tag, Tag::Noun | Tag::Name)
                        || (unit.tag == Tag::Adj && u == phrase.head))
                    && (cx.in_any)(&self.words.mask, unit.word as usize)
            })?;
        if let Some(prep) = &self.prep {
            let list = p.phrases[phrase.list_head as usize];
            if list.prep == NONE || cx.keys[p.units[list.prep as usize].word as usize] != prep.as_str() {
                return None;
            }
        }
        if let Some((_, classes)) = &self.needs {
            if !phrase_has(cx, ph, &classes.mask) {
                return None;
            }
        }
        let mut roles: Vec<Vec<usize>> = vec![Vec::new(); cx.role_types.len()];
        let governing = governing_group(p, ph);
        if !self.governor.sets.is_empty() {
            let (g, _, _) = governing?;
            let head = p.units[p.groups[g as usize].head as usize];
            if !(cx.in_any)(&self.governor.mask, head.word as usize) {
                return None;
            }
        }
        for (slot, targets) in &self.slots {
            match slot {
                Slot::Possessor if phrase.possessor != NONE => {
                    fill(cx, phrase.possessor, targets, &mut roles)
                }
                Slot::Modifier => {
                    // The nearest actor and the nearest weapon before the
                    // noun: "Peru's new Chile sanctions" has one modifier.
                    let mut seen_actor = false;
                    let mut seen_weapon = false;
                    for u in (phrase.first..trigger).rev() {
                        let unit = p.units[u as usize];
                        let Some(m) = unit.mention else {
                            continue;
                        };
                        let weapon = unit.mention_weapon;
                        let seen = if weapon { seen_weapon } else { seen_actor };
                        if owns(&unit) && !seen {
                            place(cx, m as usize, targets, &mut roles);
                        }
                        seen_weapon |= weapon;
                        seen_actor |= !weapon;
                    }
                }
                Slot::Agent => {
                    if let Some((g, light, _)) = governing {
                        if light && p.groups[g as usize].subject != NONE {
                            fill(cx, p.groups[g as usize].subject, targets, &mut roles);
                        }
                    }
                }
                Slot::GovernorSubject | Slot::GovernorObject => {
                    if let Some((g, _, _)) = governing {
                        let group = p.groups[g as usize];
                        let x = if *slot == Slot::GovernorSubject {
                            group.subject
                        } else {
                            group.object
                        };
                        if x != NONE && x != phrase.list_head {
                            fill(cx, x, targets, &mut roles);
                        }
                    }
                }
                Slot::GovernorPrep(prep) => {
                    if let Some((g, _, _)) = governing {
                        if p.groups[g as usize].surface_subject == phrase.list_head {
                            let found = p
                                .group_pps(g)
                                .iter()
                                .find(|(u, _)| cx.keys[p.units[*u as usize].word as usize] == prep.as_str())
                                .map(|&(_, x)| x);
                            if let Some(x) = found {
                                fill(cx, x, targets, &mut roles);
                            }
                        }
                    }
                }
                Slot::Prep(prep) => {
                    for (i, (u, next)) in pp_chain(p, ph).into_iter().enumerate() {
                        // "of" belongs to the noun right before it: "strikes
                        // from the territory of Chile" is no strike on Chile.
                        if i > 0 && prep == "of" {
                            break;
                        }
                        if cx.keys[p.units[u as usize].word as usize] == prep.as_str() {
                            fill(cx, next, targets, &mut roles);
                            break;
                        }
                    }
                }
                _ => {}
            }
        }
        let group = governing
            .filter(|&(_, _, direct)| direct)
            .map_or(NONE, |(g, _, _)| g);
        self.complete(roles, trigger, group)
    }

    fn complete(&self, roles: Vec<Vec<usize>>, trigger_unit: u32, group: u32) -> Option<Filled> {
        if self.required.iter().any(|&r| roles[r].is_empty()) {
            return None;
        }
        Some(Filled {
            roles,
            trigger_unit,
            group,
        })
    }
}

/// Puts the mentions phrase `ph` resolves to into the first of `targets`
/// whose types they have.
fn fill(cx: &Context<'_, '_>, ph: u32, targets: &[usize], roles: &mut [Vec<usize>]) {
    // Empty roles first: "new Peru sanctions" after "Chile imposed" is the
    // target, not a second sanctioner.
    let order = targets
        .iter()
        .filter(|&&r| roles[r].is_empty())
        .chain(targets.iter().filter(|&&r| !roles[r].is_empty()));
    for &r in order {
        let mut found = Vec::new();
        cx.resolve(ph, cx.role_types[r], &mut found);
        if !found.is_empty() {
            for m in found {
                if !roles[r].contains(&m) {
                    roles[r].push(m);
                }
            }
            return;
        }
    }
}

fn place(cx: &Context<'_, '_>, m: usize, targets: &[usize], roles: &mut [Vec<usize>]) {
    let t = type_bit(cx.entities[m].entity_type());
    let fits = |r: usize| cx.role_types[r] & t != 0;
    let empty = targets.iter().find(|&&r| fits(r) && roles[r].is_empty());
    if let Some(&r) = empty.or_else(|| targets.iter().find(|&&r| fits(r))) {
        if !roles[r].contains(&m) {
            roles[r].push(m);
        }
    }
}

/// The prepositional phrases chained after phrase `ph` (and its conjuncts):
/// "sale of drones to Chile by Peru" gives (of, drones), (to, Chile), (by,
/// Peru).
fn pp_chain(p: &Parse, ph: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut last = ph;
    while p.phrases[last as usize].next_conjunct != NONE {
        last = p.phrases[last as usize].next_conjunct;
    }
    let mut at = p.phrases[last as usize].end as usize;
    while at + 1 < p.units.len() && p.units[at].tag == Tag::Prep && out.len() < 6 {
        let next = p.phrase_of[at + 1];
        if next == NONE || p.phrases[next as usize].first as usize != at + 1 {
            break;
        }
        let next = p.possessed(next);
        out.push((at as u32, next));
        let mut end = next;
        while p.phrases[end as usize].next_conjunct != NONE {
            end = p.phrases[end as usize].next_conjunct;
        }
        at = p.phrases[end as usize].end as usize;
    }
    out
}

/// The verb group whose object (or prepositional object) phrase `ph` is,
/// and whether the group's verb is a light verb ("imposed sanctions").
/// and whether the phrase is its object or (passive) subject rather than a
/// prepositional object: only then does the verb's factuality apply.
fn governing_group(p: &Parse, ph: u32) -> Option<(u32, bool, bool)> {
    let list = p.phrases[ph as usize].list_head;
    for (g, group) in p.groups.iter().enumerate() {
        let light = p.units[group.head as usize].classes & WordClass::LightVerb.bit() != 0;
        if group.object == list && group.flags & vg::PASSIVE == 0 {
            return Some((g as u32, light, true));
        }
        if group.flags & vg::PASSIVE != 0 && group.surface_subject == list {
            return Some((g as u32, false, true));
        }
        if p.group_pps(g as u32).iter().any(|&(_, x)| x == list) {
            return Some((g as u32, false, false));
        }
    }
    // The subject of a verb: "military aid from Chile arrives in Peru".
    p.groups
        .iter()
        .position(|x| x.flags & vg::PASSIVE == 0 && x.surface_subject == list)
        .map(|g| (g as u32, false, true))
}

/// Whether phrase `ph` (or a noun chained to it by "of") holds a word of
/// the word sets `words`.
fn phrase_has(cx: &Context<'_, '_>, ph: u32, words: &[u64]) -> bool {
    let p = cx.parse;
    let phrase = p.phrases[ph as usize];
    (phrase.first..phrase.end).any(|u| {
        let unit = p.units[u as usize];
        (unit.first..unit.end).any(|t| (cx.in_any)(words, t as usize))
    })
}

/// The country that modifies phrase `ph` as the maker or owner of what it
/// names: "Chilean drones", "Chilean-made drones".
fn origin_modifier(cx: &Context<'_, '_>, ph: u32) -> Option<usize> {
    let p = cx.parse;
    let phrase = p.phrases[ph as usize];
    (phrase.first..phrase.head).rev().find_map(|u| {
        let unit = p.units[u as usize];
        let m = unit.mention?;
        let country = cx.entities[m as usize].entity_type() == EntityType::Country;
        let made = unit.end - unit.first == 1 || unit.classes & WordClass::CompoundOrigin.bit() != 0;
        (country && made && !unit.mention_weapon).then_some(m as usize)
    })
}

/// Whether a modifier unit makes its mention the owner or doer of what it
/// modifies: a plain mention ("Chilean troops") or a compound such as
/// "Chile-led", "Chile-controlled"; not "Chile-backed", "Chile-made".
pub(super) fn owns(unit: &Unit) -> bool {
    unit.end - unit.first == 1
        || unit.tag == Tag::Mention
        || unit.classes & WordClass::CompoundOwner.bit() != 0
}

/// A frame's fields as a rule file gives them (`verb:`, `noun:`, `slots:`,
/// `require:`, `governor:`, `nouns:`, `prep:`, `needs:`, `head:`), each the
/// spot of its value, compiled once every file's word classes are known.
#[derive(Debug, Default)]
pub(super) struct FrameSpec {
    trigger: Option<(Trigger, Place)>,
    slots: Option<Place>,
    require: Option<Place>,
    governor: Option<Place>,
    nouns: Option<Place>,
    prep: Option<Place>,
    needs: Option<Place>,
    head: Option<Place>,
    unless: Option<Place>,
}

/// The field names of a frame, for error messages.
pub(super) const FIELDS: &str = "verb, noun, slots, require, governor, nouns, prep, needs, head, unless";

impl FrameSpec {
    /// Takes the rule field `key` with its value at `value_at` of `line`;
    /// `None` if `key` is no frame field.
    pub(super) fn field(&mut self, key: &str, line: Line<'_>, value_at: usize) -> Option<Result<(), Error>> {
        let place = line.place(value_at);
        let slot = match key {
            "verb" | "noun" => {
                if self.trigger.is_some() {
                    return Some(Err(
                        line.err(value_at, "a frame has one trigger ('verb:' or 'noun:')")
                    ));
                }
                let t = if key == "verb" {
                    Trigger::Verb
                } else {
                    Trigger::Noun
                };
                self.trigger = Some((t, place));
                return Some(Ok(()));
            }
            "slots" => &mut self.slots,
            "require" => &mut self.require,
            "governor" => &mut self.governor,
            "nouns" => &mut self.nouns,
            "prep" => &mut self.prep,
            "needs" => &mut self.needs,
            "head" => &mut self.head,
            "unless" => &mut self.unless,
            _ => return None,
        };
        if slot.is_some() {
            return Some(Err(line.err(value_at, format!("a frame has one '{key}:' line"))));
        }
        *slot = Some(place);
        Some(Ok(()))
    }

    /// Whether the rule has a frame trigger.
    pub(super) fn is_frame(&self) -> bool {
        self.trigger.is_some()
    }

    /// The spot of the trigger, for errors about the rule as a whole.
    pub(super) fn trigger_place(&self) -> Option<&Place> {
        self.trigger.as_ref().map(|(_, p)| p)
    }

    /// Compiles the frame for `relation`, finding classes with `class`.
    pub(super) fn compile(
        &self,
        relation: &RelationSchema,
        class: &dyn Fn(&str) -> Option<usize>,
    ) -> Result<Frame, Error> {
        let Some((trigger, at)) = &self.trigger else {
            unreachable!("compile is only called on frames");
        };
        let words = classes(at, class)?;
        if words.sets.is_empty() {
            return Err(at.err("a frame trigger needs at least one @class"));
        }
        let role = |name: &str, spot: &Place| {
            relation.roles.iter().position(|r| r.name == name).ok_or_else(|| {
                let known: Vec<&str> = relation.roles.iter().map(|r| r.name.as_str()).collect();
                spot.err(format!(
                    "unknown role '{name}' (relation '{}' has: {})",
                    relation.name,
                    known.join(", ")
                ))
            })
        };
        let mut slots: Vec<(Slot, Vec<usize>)> = Vec::new();
        if let Some(spot) = &self.slots {
            for (part, off) in items(spot) {
                let here = spot.moved(off);
                let Some((slot, roles)) = part.split_once('=') else {
                    return Err(here.err(format!("expected SLOT=ROLE, found '{part}'")));
                };
                let mut targets = Vec::new();
                let mut role_off = off + slot.len() + 1;
                for name in roles.split(',') {
                    targets.push(role(name, &spot.moved(role_off))?);
                    role_off += name.len() + 1;
                }
                slots.push((Slot::parse(&phrase_key(slot)), targets));
            }
        }
        let mut required: Vec<usize> = (0..relation.roles.len())
            .filter(|&r| relation.roles[r].required)
            .collect();
        if let Some(spot) = &self.require {
            for (name, off) in items(spot) {
                let r = role(name, &spot.moved(off))?;
                if !required.contains(&r) {
                    required.push(r);
                }
            }
        }
        for &r in &required {
            if !slots.iter().any(|(_, t)| t.contains(&r)) {
                return Err(at.err(format!(
                    "the frame has no slot for the required role '{}'",
                    relation.roles[r].name
                )));
            }
        }
        let optional = |spot: &Option<Place>| {
            spot.as_ref()
                .map_or(Ok(Classes::default()), |s| classes(s, class))
        };
        let mut stand_ins = optional(&self.nouns)?;
        if self.nouns.is_none() {
            stand_ins.sets.extend(class("actor_noun"));
        }
        let unless = match &self.unless {
            None => None,
            Some(spot) => {
                let Some((prep, _)) = items(spot).next() else {
                    return Err(spot.err("expected 'unless: PREP @class ...'"));
                };
                let rest = spot.moved(
                    spot.at
                        + spot
                            .value()
                            .find(char::is_whitespace)
                            .unwrap_or(spot.value().len()),
                );
                Some((phrase_key(prep), classes(&rest, class)?))
            }
        };
        let needs = match &self.needs {
            None => None,
            Some(spot) => {
                let mut parts = items(spot);
                let Some((slot, _)) = parts.next() else {
                    return Err(spot.err("expected 'needs: SLOT @class ...'"));
                };
                let rest = spot.moved(
                    spot.at
                        + spot
                            .value()
                            .find(char::is_whitespace)
                            .unwrap_or(spot.value().len()),
                );
                let slot = if slot == "self" {
                    Slot::Possessor
                } else {
                    Slot::parse(slot)
                };
                Some((slot, classes(&rest, class)?))
            }
        };
        Ok(Frame {
            trigger: *trigger,
            words,
            slots,
            required,
            governor: optional(&self.governor)?,
            stand_ins,
            prep: self.prep.as_ref().map(|p| phrase_key(p.value().trim())),
            needs,
            needs_head: optional(&self.head)?,
            unless,
        })
    }
}

/// The white-space separated items of a field's value, with their offsets
/// in the line.
fn items(spot: &Place) -> impl Iterator<Item = (&str, usize)> {
    let at = spot.at;
    spot.value()
        .split(char::is_whitespace)
        .scan(at, |pos, part| {
            let here = *pos;
            *pos += part.len() + 1;
            Some((part, here))
        })
        .filter(|(p, _)| !p.is_empty())
}

/// The `@class` items of a field, as class indices.
fn classes(spot: &Place, class: &dyn Fn(&str) -> Option<usize>) -> Result<Classes, Error> {
    let mut sets = Vec::new();
    for (item, off) in items(spot) {
        let Some(name) = item.strip_prefix('@') else {
            return Err(spot.moved(off).err(format!("expected @class, found '{item}'")));
        };
        let Some(set) = class(name) else {
            return Err(spot.moved(off).err(format!("unknown word class '@{name}'")));
        };
        sets.push(set);
    }
    Ok(Classes {
        sets,
        mask: Box::default(),
    })
}
