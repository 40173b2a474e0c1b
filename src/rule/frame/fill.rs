//! Filling a frame's roles from a parsed sentence: the verb or noun that
//! triggers it, the phrases in its slots, and the mentions those phrases
//! stand for.
//!
//! A pronoun in a slot is read here, where the slot says what it may stand
//! for, not in the names stage: "them" in a weapon role is the last weapon
//! before it, "its" before a noun that stands for an actor is the last
//! country or organization, and an `actor_pronoun` ("it") in an actor or
//! target role is the one country, organization or place named before it
//! in the sentence that no other role of the event holds, and nothing when
//! there are two, or a weapon or a verb's object comes between.

use super::super::{type_bit, ACTOR};
use super::{Classes, Filled, Frame, Slot, Trigger};
use crate::classes::WordClasses;
use crate::entity::{AliasKind, Entity, EntityType};
use crate::grammar::{vg, Form, Parse, Tag, Unit, WordClass, NONE};
use crate::words::NO_ROW;

/// What the frame matcher needs besides the parse.
pub(in crate::rule) struct Context<'c, 'a> {
    pub(in crate::rule) parse: &'c Parse,
    pub(in crate::rule) entities: &'c [Entity<'a>],
    pub(in crate::rule) keys: &'c [&'c str],
    /// Whether sentence token `pos` is in one of the word sets of a mask.
    pub(in crate::rule) in_any: &'c dyn Fn(&[u64], usize) -> bool,
    /// Per sentence token, its row of `classes`, or [`NO_ROW`]: for the
    /// trigger test, which runs at every phrase or verb group.
    pub(in crate::rule) rows: &'c [u32],
    pub(in crate::rule) classes: &'c WordClasses,
    /// The word sets of nouns that may stand for the actor that modifies
    /// them in this frame ("Chilean troops", "Peruvian positions").
    pub(in crate::rule) stand_ins: &'c [u64],
    pub(in crate::rule) quantity_noun: Option<usize>,
    /// The word set of verbs of opposing a plan, or none ([`opposed_plan`]).
    pub(in crate::rule) oppose_plan_verb: Option<usize>,
    /// The word set of pronouns that may stand for an actor or a place in
    /// an argument slot ("shelled it"), or none.
    pub(in crate::rule) actor_pronoun: Option<usize>,
    /// The word set of plural pronouns that may stand for a group or for
    /// a country's or group's forces in an argument slot ("Houthi rebels
    /// crossed the line, and Saudi jets bombed them"), or none.
    pub(in crate::rule) plural_pronoun: Option<usize>,
    /// What "it" and "they" opening the sentence stand for: the previous
    /// sentence's subject, when it is one country or organization.
    pub(in crate::rule) previous_it: Option<usize>,
    pub(in crate::rule) previous_they: Option<usize>,
    /// The word set of words after a noun that open the names it stands
    /// for ("towns such as Kharkiv", "places like Aleppo"), or none.
    pub(in crate::rule) example_marker: Option<usize>,
    /// The word set of bids, plans and proposals, or none: a name that
    /// modifies one ("a Glazer bid", "Turkey's EU bid") may be its author
    /// or its goal, and stands for no actor.
    pub(in crate::rule) plan_noun: Option<usize>,
    /// The word set of words for a border (`border_noun`), or none: a
    /// border zone "with" another country ([`Context::border_zone`]) is no
    /// one's target.
    pub(in crate::rule) border_noun: Option<usize>,
    /// The word set of participles whose "by" phrase names who set off the
    /// weapon before them ("a bomb planted by Peru"), or none.
    pub(in crate::rule) weapon_doer_verb: Option<usize>,
    /// The word set of verbs of joining or backing another's measures, or
    /// none: who is to join "its sanctions" does not own them.
    pub(in crate::rule) join_verb: Option<usize>,
    /// The word sets of texts a body votes on and of the verbs by which it
    /// does, or none ([`Context::document_author`]).
    pub(in crate::rule) document_noun: Option<usize>,
    pub(in crate::rule) document_author_verb: Option<usize>,
    /// Role types per role of the frame's relation.
    pub(in crate::rule) role_types: &'c [u8],
}

impl Context<'_, '_> {
    /// Whether sentence token `pos` is in one of `classes`: a bit test per
    /// class (a frame names a few), where a mask is read word by word.
    #[inline]
    fn in_classes(&self, classes: &Classes, pos: usize) -> bool {
        let row = self.rows.get(pos).copied().unwrap_or(NO_ROW);
        classes.sets.iter().any(|&c| self.classes.row_in(row, c))
    }

    /// Whether sentence token `pos` is in the word class `set`: one bit of
    /// its row, where a mask built for the question cost an allocation.
    fn in_set(&self, set: Option<usize>, pos: usize) -> bool {
        let (Some(set), Some(&row)) = (set, self.rows.get(pos)) else {
            return false;
        };
        set / 64 < self.classes.mask_words() && self.classes.row_in(row, set)
    }

    fn unit_word(&self, u: u32) -> usize {
        self.parse.units[u as usize].word as usize
    }

    /// The first phrase after the preposition `word` of verb group `g`
    /// ("to Peru" of "sent drones to Peru"), with the preposition's unit.
    fn group_pp(&self, g: u32, word: &str) -> Option<(u32, u32)> {
        self.parse
            .group_pps(g)
            .iter()
            .copied()
            .find(|&(u, _)| self.prep_is(u, word))
    }

    /// Whether the preposition at unit `u` is the slot's preposition
    /// `prep`. A slot of words joined by `_` ("all_over") is a preposition
    /// of several words: its last word is the unit's, and the words before
    /// it are the units right before (a look back by the slot's own length,
    /// two or three words: "shelled towns all over Peru" reads as "across
    /// Peru").
    fn prep_is(&self, u: u32, prep: &str) -> bool {
        let Some((before, last)) = prep.rsplit_once('_') else {
            return self.keys[self.unit_word(u)] == prep;
        };
        if self.keys[self.unit_word(u)] != last {
            return false;
        }
        let mut at = u as usize;
        before.rsplit('_').all(|w| {
            if at == 0 {
                return false;
            }
            at -= 1;
            self.keys[self.parse.units[at].word as usize] == w
        })
    }

    /// Whether the phrase `ph` after the locative preposition at unit
    /// `prep` names only where a verb that has an object (`has_object`)
    /// did its deed, in a place no state owns: a sea or a region ("struck
    /// gas platforms in the Black Sea", "sank a tanker off the Gulf"). A
    /// place of a state still stands for it ("shelled villages in Peru",
    /// "in Crimea"), and so does a place the names stage found from the
    /// words around it, a town or a camp ("fired rockets at Wrenhaven"):
    /// seas and regions are the gazetteer's.
    fn open_water(&self, prep: u32, ph: u32, has_object: bool) -> bool {
        let p = self.parse;
        if !has_object || p.units[prep as usize].classes & WordClass::Locative.bit() == 0 {
            return false;
        }
        let head = p.units[p.phrases[ph as usize].head as usize];
        head.tag == Tag::Mention
            && head.mention.is_some_and(|m| {
                let e = &self.entities[m as usize];
                e.entity_type() == EntityType::Location
                    && !e.is_inferred()
                    && e.entry().attribute("country").is_none()
            })
    }

    fn mention_type(&self, m: u32) -> u8 {
        type_bit(self.entities[m as usize].entity_type())
    }

    /// The mentions that fill a role of types `types` from phrase `ph` and
    /// its conjuncts; a possessive pronoun stands for none of `avoid` (the
    /// mentions of the frame's other roles: "Chile says Peru shelled its
    /// towns" is Chile's towns, as one actor is never in two roles).
    fn resolve(&self, ph: u32, types: u8, avoid: &[usize], out: &mut Vec<usize>) {
        let p = self.parse;
        for c in p.conjuncts(ph) {
            // A later member that is a possessor stands for what it owns:
            // "Ana Ruiz and Chile's top firm" lists the firm, not Chile.
            // (The first is given as it is: a possessor slot means it.)
            let c = if c != ph && p.is_possessor(c) {
                p.possessed(c)
            } else {
                c
            };
            if let Some(m) = self.resolve_one(c, types, avoid) {
                if !out.contains(&m) {
                    out.push(m);
                }
            } else if let Some(named) = self.named_examples(c) {
                // "towns such as Kharkiv and Sumy": a noun that stands for
                // no one stands for the names given as its examples.
                for e in p.conjuncts(named) {
                    if let Some(m) = self.resolve_one(e, types, avoid) {
                        if !out.contains(&m) {
                            out.push(m);
                        }
                    }
                }
            }
        }
    }

    fn resolve_one(&self, ph: u32, types: u8, avoid: &[usize]) -> Option<usize> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let head = p.units[phrase.head as usize];
        // "sanctions against Venezuela's state oil firm PDVSA": the owner
        // of a phrase that goes on to a name of its own stands for that
        // name, which is the one acted on.
        if types & ACTOR != 0 {
            if let Some(m) = self.named_possessed(ph) {
                if self.mention_type(m) & types != 0 {
                    return Some(m as usize);
                }
            }
        }
        if let Some(m) = head.mention {
            if head.tag == Tag::Mention && self.mention_type(m) & types != 0 {
                return Some(m as usize);
            }
        }
        // "80 tonnes of ammunition", "hundreds of Malian soldiers": what a
        // number or collective noun counts is in its "of" phrase.
        if let Some(next) = self.counted(ph) {
            return self.resolve_one(next, types, avoid);
        }
        if types & type_bit(EntityType::Weapon) != 0 && head.classes & WordClass::ThingPronoun.bit() != 0 {
            return self.weapon_antecedent(phrase.first);
        }
        // "Russian forces shelled it": a pronoun alone stands for the one
        // country, organization or place named before it.
        if types & ACTOR != 0
            && head.tag == Tag::Pron
            && head.mention.is_none()
            && phrase.end == phrase.first + 1
        {
            // "Hamas took hostages. It fired rockets ...": a pronoun that
            // opens its sentence stands for the subject of the one before.
            let opens = phrase.first == 0;
            if self.in_set(self.actor_pronoun, head.word as usize) {
                if opens {
                    return self.previous(self.previous_it, types, avoid);
                }
                return self.pronoun_antecedent(phrase.first, types, avoid);
            }
            if self.in_set(self.plural_pronoun, head.word as usize) {
                if opens {
                    return self.previous(self.previous_they, types, avoid);
                }
                return self.plural_antecedent(phrase.first, types, avoid);
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
                        // One adjective ("Chilean"), or a demonym of two
                        // words ("South Korean"), never "Chile-made".
                        let adjective = if unit.end - unit.first == 1 {
                            unit.tag == Tag::Adj
                        } else {
                            owns(&unit)
                        };
                        if adjective && self.mention_type(c) & types & type_bit(EntityType::Country) != 0 {
                            return Some(c as usize);
                        }
                        // "Houthi drones", "Hamas rockets": an armed
                        // group's name before its weapon, as a country's
                        // adjective (not a maker's: "Lockheed missiles").
                        let e = &self.entities[c as usize];
                        if unit.tag == Tag::Mention
                            && e.entity_type() == EntityType::Organization
                            && types & type_bit(EntityType::Organization) != 0
                            && matches!(e.entry().attribute("category"), Some("armed_group" | "military"))
                        {
                            return Some(c as usize);
                        }
                    }
                }
                if let Some(doer) = self.weapon_doer(ph) {
                    return self.resolve_one(doer, types, avoid);
                }
                return self.possessive_antecedent(ph, types, avoid);
            }
        }
        if let Some(author) = self.document_author(ph) {
            return self.resolve_one(author, types, avoid);
        }
        // "Chilean troops", "Peru's army", "the army of Peru": a noun that
        // stands for an actor, or a target that belongs to one.
        let head_word = self.unit_word(phrase.head);
        if head.mention.is_some() || !(self.in_any)(self.stand_ins, head_word) {
            return None;
        }
        if self.border_zone(ph) {
            return None;
        }
        // A place owns what is in it when the role takes places: "the
        // towns of Donbas", "Donbas's airports" are Donbas as a target.
        let owners = type_bit(EntityType::Country)
            | type_bit(EntityType::Organization)
            | (types & type_bit(EntityType::Location));
        let actor = |m: u32| {
            let t = self.mention_type(m);
            t & owners != 0 && t & types != 0
        };
        // "the Chilean town of Arica": when the role takes places, the
        // place named after "of" is the target, more exactly than the
        // country of the adjective.
        if types & type_bit(EntityType::Location) != 0 {
            let named = self
                .of_phrase(phrase.end)
                .and_then(|next| p.units[p.phrases[next as usize].head as usize].mention)
                .filter(|&m| self.mention_type(m) == type_bit(EntityType::Location));
            if let Some(m) = named {
                return Some(m as usize);
            }
        }
        // (A country's name or adjective still owns a bid: "the Ukrainian
        // bid", as a possessive does.)
        let plan = self.in_set(self.plan_noun, head_word);
        for u in (phrase.first..phrase.head).rev() {
            let unit = p.units[u as usize];
            if let Some(m) = unit.mention {
                if plan && self.mention_type(m) & type_bit(EntityType::Country) == 0 {
                    continue;
                }
                if actor(m) && owns(&unit) {
                    return Some(m as usize);
                }
            }
        }
        if phrase.possessor != NONE {
            let pos = p.phrases[phrase.possessor as usize];
            if let Some(m) = p.units[pos.head as usize].mention {
                // "President Lopez's government" is Lopez's.
                let led = head.classes & WordClass::LeaderNoun.bit() != 0
                    && self.mention_type(m) & types & type_bit(EntityType::Person) != 0;
                if actor(m) || led {
                    return Some(m as usize);
                }
            }
        }
        if let Some(m) = self.possessive_antecedent(ph, types, avoid) {
            return Some(m);
        }
        // "the army of Peru", "troops loyal to Peru"
        let after = phrase.end as usize;
        let loyal = phrase.end > phrase.head + 1
            && p.units[after - 1].mention.is_none()
            && p.units[after - 1].classes & WordClass::Allegiance.bit() != 0
            && after < p.units.len()
            && matches!(self.keys[p.units[after].word as usize], "to" | "with");
        // "officials in Lima": a country they sit in, not a place or a body.
        let seated = phrase.end == phrase.head + 1
            && head.classes & WordClass::SeatedNoun.bit() != 0
            && after < p.units.len()
            && self.keys[p.units[after].word as usize] == "in";
        if after + 1 < p.units.len() && (loyal || seated || self.keys[p.units[after].word as usize] == "of") {
            let next = p.phrase_of[after + 1];
            if next != NONE {
                let h = p.units[p.phrases[next as usize].head as usize];
                if let Some(m) = h.mention {
                    let country = self.mention_type(m) & type_bit(EntityType::Country) != 0;
                    if actor(m) && (country || !seated) {
                        return Some(m as usize);
                    }
                }
            }
        }
        // "a village controlled by the Kachin Independence Army", "a tanker
        // owned by Acme": what a named actor holds, controls or owns is its,
        // as in "rebel-held", "Chile-controlled" (`compound_owner`). Only a
        // name heading the "by" phrase: "camps held by Peru's proxies" are
        // the proxies', whom no name stands for. (Three units ahead, no
        // scan.)
        if after + 2 < p.units.len()
            && p.units[after].mention.is_none()
            && p.units[after].end - p.units[after].first == 1
            && p.units[after].classes & WordClass::CompoundOwner.bit() != 0
            && self.keys[p.units[after + 1].word as usize] == "by"
        {
            let next = p.phrase_of[after + 2];
            if next != NONE && p.phrases[next as usize].first as usize == after + 2 && !p.is_possessor(next) {
                let h = p.units[p.phrases[next as usize].head as usize];
                if let Some(m) = h.mention.filter(|&m| h.tag == Tag::Mention && actor(m)) {
                    return Some(m as usize);
                }
            }
        }
        None
    }

    /// The country or organization a possessive pronoun opening phrase
    /// `ph` stands for ("Israel said its aircraft struck ...", "Chile says
    /// their troops ..."): the last one before it in the sentence that
    /// heads its phrase, of types `types`, and not the actor of a mention
    /// of `avoid`. After a possessive relative word ("Peru, whose troops
    /// shelled Chile"), the phrase its clause modifies: the name heading
    /// it, or the actor a noun heading it stands for ("the Chile-led
    /// coalition, whose jets ..."); not a name further back ("Peru armed
    /// the rebels, whose fighters ..." are the rebels', no one named).
    fn possessive_antecedent(&self, ph: u32, types: u8, avoid: &[usize]) -> Option<usize> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let first = p.units[phrase.first as usize];
        let possessive = |u: &Unit| u.classes & WordClass::PossessivePronoun.bit() != 0;
        let owners = types & (type_bit(EntityType::Country) | type_bit(EntityType::Organization));
        // The actor mention at unit `u`, of the owners' types, not of `avoid`.
        let owner = |u: u32| {
            let unit = p.units[u as usize];
            let m = unit.mention?;
            let id = self.entities[m as usize].id();
            (unit.tag == Tag::Mention
                && self.mention_type(m) & owners != 0
                && !avoid.iter().any(|&a| self.entities[a].id() == id))
            .then_some(m as usize)
        };
        if first.tag == Tag::Det && possessive(&first) {
            let heads = |&u: &u32| {
                let ph = p.phrase_of[u as usize];
                ph != NONE && p.phrases[ph as usize].head == u
            };
            // "Estonia asked NATO to join its sanctions": who joins, backs
            // or follows what the pronoun's phrase names is not its owner,
            // so the pronoun skips that verb's subject (for an infinitive
            // with none, its governor's object). Not a pronoun of a
            // possessor ("join its neighbours' sanctions" are the
            // joiner's neighbours).
            let joiner = self.joiner(ph).filter(|_| !p.is_possessor(ph));
            let outside = |u: &u32| joiner.is_none_or(|(a, b)| *u < a || *u >= b);
            return (0..phrase.first)
                .rev()
                .filter(heads)
                .filter(outside)
                .find_map(owner);
        }
        let at = phrase.first as usize;
        let relative = at >= 2
            && possessive(&p.units[at - 1])
            && p.units[at - 1].classes & WordClass::Relative.bit() != 0;
        if !relative {
            return None;
        }
        // The phrase that ends right before the relative word, or before
        // its comma.
        let mut b = at - 2;
        if p.units[b].tag == Tag::Comma && b > 0 {
            b -= 1;
        }
        let before = p.phrase_of[b];
        if before == NONE || p.phrases[before as usize].end as usize != b + 1 {
            return None;
        }
        let head = p.phrases[before as usize].head;
        if p.units[head as usize].mention.is_none() {
            return self.resolve_one(before, owners, avoid);
        }
        owner(head)
    }

    /// The actor named by the phrase that possessor phrase `ph` owns, when
    /// a common noun says what the owner's one is: at its head after such
    /// a noun ("Iran's ally Hezbollah"), or right after a phrase headed by
    /// one, or after one more noun or adjective the parse left out of it
    /// ("Venezuela's state oil firm PDVSA"). A name alone is the owner's
    /// ("Iran's Revolutionary Guards" are Iran's).
    fn named_possessed(&self, ph: u32) -> Option<u32> {
        let p = self.parse;
        // The owner's phrase, or the owned one ("against Venezuela's state
        // oil": its slot may hold either).
        let owned = if p.is_possessor(ph) {
            p.phrases[p.possessed(ph) as usize]
        } else if p.phrases[ph as usize].possessor != NONE {
            p.phrases[ph as usize]
        } else {
            return None;
        };
        let name = |u: usize| {
            p.units
                .get(u)
                .filter(|n| n.tag == Tag::Mention && !n.mention_weapon)
                .and_then(|n| n.mention)
        };
        let head = p.units[owned.head as usize];
        if head.mention.is_some() {
            let noun = (owned.first..owned.head)
                .any(|u| p.units[u as usize].tag == Tag::Noun && p.units[u as usize].mention.is_none());
            return name(owned.head as usize).filter(|_| noun);
        }
        if head.tag != Tag::Noun {
            return None;
        }
        let end = owned.end as usize;
        name(end).or_else(|| {
            p.units
                .get(end)
                .filter(|n| {
                    matches!(n.tag, Tag::Noun | Tag::Adj | Tag::Verb(Form::Base)) && n.mention.is_none()
                })
                .and_then(|_| name(end + 1))
        })
    }

    /// The units of the subject of the verb of joining right before phrase
    /// `ph` ("asked NATO to join its sanctions": NATO), or none.
    fn joiner(&self, ph: u32) -> Option<(u32, u32)> {
        let p = self.parse;
        let first = p.phrases[ph as usize].first as usize;
        let g = *p.group_of.get(first.checked_sub(1)?)?;
        if g == NONE {
            return None;
        }
        let group = p.groups[g as usize];
        if group.end as usize != first || !self.in_set(self.join_verb, self.unit_word(group.head)) {
            return None;
        }
        // An infinitive with no subject of its own ("asked NATO to join",
        // "called on its partners to back"): the phrase right before it.
        let subject = p.subject_or_controller(&group);
        (subject != NONE).then(|| {
            let s = p.phrases[subject as usize];
            (s.first, s.end)
        })
    }

    /// The phrase of names that a phrase headed by a common noun gives as
    /// its examples, right after it (or a comma) and one or two
    /// `example_marker` words ("areas in places like Aleppo", "towns such
    /// as Kharkiv and Sumy", "30 countries, including Poland"), headed by a
    /// name.
    fn named_examples(&self, ph: u32) -> Option<u32> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let head = p.units[phrase.head as usize];
        if head.mention.is_some() || head.tag != Tag::Noun {
            return None;
        }
        // "invaded another sovereign country (Iraq)": one name in brackets
        // right after the noun is the one it describes.
        if let Some(named) = self.bracketed_name(phrase.end as usize) {
            return Some(named);
        }
        if let Some(named) = self.counted_after_colon(ph) {
            return Some(named);
        }
        // ("to 30 countries, including Poland": a comma may come first.)
        let mut start = phrase.end as usize;
        if start + 1 < p.units.len()
            && p.units[start].tag == Tag::Comma
            && p.units[start + 1].mention.is_none()
            && self.in_set(self.example_marker, p.units[start + 1].word as usize)
        {
            start += 1;
        }
        let mut u = start;
        while u < p.units.len() && u < start + 2 {
            let unit = p.units[u];
            if unit.mention.is_some() || !self.in_set(self.example_marker, unit.word as usize) {
                break;
            }
            u += 1;
        }
        if u == start || u >= p.units.len() {
            return None;
        }
        // Examples are names: "such initiatives as the efforts of Peru"
        // give no example.
        let next = p.phrase_of[u];
        (next != NONE
            && p.phrases[next as usize].first as usize == u
            && p.units[p.phrases[next as usize].head as usize].mention.is_some())
        .then_some(next)
    }

    /// The list of names after a colon that closes the clause of phrase
    /// `ph`, a subject that counts what it names: "Three countries have
    /// promised jets to Peru: Chile, Bolivia and Ecuador" (the three). Only
    /// a phrase with a number before its head, of as many names as the
    /// list holds, and a colon at most [`COLON_REACH`] units on, so that
    /// no clause is read far ahead.
    fn counted_after_colon(&self, ph: u32) -> Option<u32> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let count = (phrase.first..phrase.head).find_map(|u| {
            let unit = p.units[u as usize];
            (unit.tag == Tag::Num).then(|| number_value(self.keys[unit.word as usize]))?
        })?;
        let end = p.units.len().min(phrase.end as usize + COLON_REACH);
        let subject = (phrase.end as usize..end).any(|u| {
            let g = p.group_of[u];
            g != NONE && p.groups[g as usize].subject == ph
        });
        if !subject {
            return None;
        }
        let colon = (phrase.end as usize..end).find(|&u| {
            let unit = p.units[u];
            unit.tag == Tag::Stop && self.keys[unit.word as usize] == ":"
        })?;
        // (No second clause between: "Three countries met, and Peru said:".)
        if (phrase.end as usize..colon)
            .any(|u| matches!(p.units[u].tag, Tag::Stop | Tag::Coord | Tag::Sub | Tag::Rel))
        {
            return None;
        }
        let next = *p.phrase_of.get(colon + 1)?;
        if next == NONE || p.phrases[next as usize].first as usize != colon + 1 {
            return None;
        }
        let names: Vec<u32> = p.conjuncts(next).collect();
        let all_named = names
            .iter()
            .all(|&c| p.units[p.phrases[c as usize].head as usize].mention.is_some());
        (all_named && names.len() == count).then_some(next)
    }

    /// The phrase that names who set off the weapon heading phrase `ph`,
    /// right after it: "a car bomb by Peruvian rebels", "a roadside bomb
    /// planted by Peruvian rebels" (a `weapon_doer_verb` participle). Not
    /// who made or sold it: "drones supplied by Chile" were used by
    /// someone else.
    fn weapon_doer(&self, ph: u32) -> Option<u32> {
        let p = self.parse;
        let end = p.phrases[ph as usize].end;
        if end as usize + 1 >= p.units.len() {
            return None;
        }
        if self.keys[self.unit_word(end)] == "by" {
            let next = p.phrase_of[end as usize + 1];
            return (next != NONE && p.phrases[next as usize].prep == end).then_some(next);
        }
        let g = p.group_of[end as usize];
        if g == NONE {
            return None;
        }
        let group = p.groups[g as usize];
        let by = self.group_pp(g, "by").map(|(_, b)| b);
        (group.first == end
            && group.flags & vg::REDUCED != 0
            && group.surface_subject == ph
            && self.in_set(self.weapon_doer_verb, self.unit_word(group.head)))
        .then_some(by)
        .flatten()
    }

    /// The body that votes on or adopts the text heading phrase `ph`, when
    /// that phrase is the subject of a verb: "the Council will vote on a
    /// resolution that would impose sanctions" (the Council), "adopted a
    /// bill banning ...". The body is the subject of a
    /// `document_author_verb` whose object, or whose phrase after "on", is
    /// the text; a veto or a vote against says nothing of who would act.
    fn document_author(&self, ph: u32) -> Option<u32> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let head = p.units[phrase.head as usize];
        if head.mention.is_some() || !self.in_set(self.document_noun, self.unit_word(phrase.head)) {
            return None;
        }
        let list = phrase.list_head;
        // (Both verbs are looked for near the phrase only, so that a long
        // sentence of resolutions costs no scan of it per phrase.)
        let near = |from: usize, to: usize| {
            let to = to.min(p.units.len());
            (from..to).map(|u| p.group_of[u]).filter(|&g| g != NONE)
        };
        let end = phrase.end as usize;
        let subject = near(end, end + DOCUMENT_REACH).any(|g| {
            let s = p.groups[g as usize].subject;
            s == ph || s == list
        });
        if !subject {
            return None;
        }
        let first = phrase.first as usize;
        near(first.saturating_sub(DOCUMENT_REACH), first).find_map(|g| {
            let group = p.groups[g as usize];
            if group.subject == NONE
                || group.flags & vg::PASSIVE != 0
                || !self.in_set(self.document_author_verb, self.unit_word(group.head))
            {
                return None;
            }
            let on = self.group_pp(g, "on").is_some_and(|(_, x)| x == ph || x == list);
            (group.object == ph || group.object == list || on).then_some(group.subject)
        })
    }

    /// The phrase of one name alone in brackets that opens at unit `u`:
    /// "(Iraq)", not "(Iraq and Syria)" nor "(see Iraq)".
    fn bracketed_name(&self, u: usize) -> Option<u32> {
        let p = self.parse;
        if u + 2 >= p.units.len() || self.keys[self.unit_word(u as u32)] != "(" {
            return None;
        }
        let ph = p.phrase_of[u + 1];
        if ph == NONE {
            return None;
        }
        let named = p.phrases[ph as usize];
        // (Not a news agency's credit closing a sentence: "Rebels shell
        // town (AP)".)
        let closes = (named.end as usize) + 1 < p.units.len() && self.keys[self.unit_word(named.end)] == ")";
        let head = p.units[named.head as usize];
        let agency = head
            .mention
            .is_some_and(|m| self.entities[m as usize].entry().attribute("category") == Some("news"));
        (named.first as usize == u + 1
            && named.next_conjunct == NONE
            && closes
            && head.mention.is_some()
            && !agency)
            .then_some(ph)
    }

    /// The country, organization or place that the pronoun at unit `at`
    /// stands for in an argument slot ("Kharkiv lies near the border, and
    /// Russian forces shell it"): the mention nearest before it, in its
    /// sentence, that heads its phrase and is no actor of `avoid` (the
    /// other roles' fillers: "Peru said Chile shelled it" is Peru). Read
    /// with care, since a wrong antecedent is a wrong relation: none when
    /// the nearest is of a type the role does not take, when another
    /// country, organization or place heads a phrase before it (two
    /// candidates), when a weapon or the object of a verb comes between
    /// ("Peru tested a missile and Chile condemned it": the missile as
    /// likely), and none further back than [`PRONOUN_REACH`] units.
    /// People are left to the names stage, which reads "he" and "she".
    fn pronoun_antecedent(&self, at: u32, types: u8, avoid: &[usize]) -> Option<usize> {
        let p = self.parse;
        let places = type_bit(EntityType::Country)
            | type_bit(EntityType::Organization)
            | type_bit(EntityType::Location);
        // (What follows a form of "be" is no object: "Peru has been calm".)
        let objects: Vec<u32> = p
            .groups
            .iter()
            .filter(|g| p.units[g.head as usize].classes & WordClass::Be.bit() == 0)
            .map(|g| g.object)
            .filter(|&o| o != NONE)
            .collect();
        let mut found: Option<usize> = None;
        for u in (at.saturating_sub(PRONOUN_REACH)..at).rev() {
            let ph = p.phrase_of[u as usize];
            if ph == NONE || p.phrases[ph as usize].head != u {
                continue;
            }
            let unit = p.units[u as usize];
            match unit.mention {
                Some(m) if unit.tag == Tag::Mention => {
                    let t = self.mention_type(m);
                    // (The event's own item is no rival, nor the weapon
                    // of its doer: "fired drones at it", "Chilean
                    // gunboats shelled it".)
                    if unit.mention_weapon || t == type_bit(EntityType::Weapon) {
                        if found.is_none()
                            && self.rival_weapon(m as usize, p.phrases[ph as usize].first, u, avoid)
                        {
                            return None;
                        }
                        continue;
                    }
                    if t & places == 0 {
                        continue;
                    }
                    let id = self.entities[m as usize].id();
                    if avoid.iter().any(|&a| self.entities[a].id() == id) {
                        continue;
                    }
                    match found {
                        None if t & types != 0 => found = Some(m as usize),
                        Some(f) if self.entities[f].id() == id => {}
                        _ => return None,
                    }
                }
                Some(_) => {}
                None if found.is_none() && unit.tag == Tag::Noun && objects.contains(&ph) => return None,
                None => {}
            }
        }
        found
    }

    /// Whether weapon mention `m` at unit `u` (its phrase opening at unit
    /// `first`) may be what a pronoun stands for: not when it is one of
    /// `avoid` (the event's other fillers: "fired drones at it"), nor when
    /// one of them stands before it in its phrase, its doer's weapon
    /// ("Chilean gunboats shelled it").
    fn rival_weapon(&self, m: usize, first: u32, u: u32, avoid: &[usize]) -> bool {
        let doers = (first..u).any(|v| {
            self.parse.units[v as usize]
                .mention
                .is_some_and(|d| avoid.contains(&(d as usize)))
        });
        !doers && !avoid.contains(&m)
    }

    /// The group that the plural pronoun at unit `at` stands for in an
    /// argument slot ("Hezbollah fighters crossed the ridge, and Israeli
    /// jets bombed them"): the nearest phrase before it, in its sentence,
    /// that is an organization ("the Houthis") or a plural noun that
    /// stands for the country or group that modifies it ("Russian troops",
    /// "Taliban fighters"), whose actor no other role holds. As careful as
    /// [`Self::pronoun_antecedent`]: none when a plural noun that stands
    /// for no actor ("the drones", "civilians"), a weapon, a list of names
    /// or a second actor comes first, and none further back than
    /// [`PRONOUN_REACH`] units. A single country or place is no antecedent
    /// of "they" and is passed over ("Israeli soldiers entered Jenin, and
    /// gunmen fired on them").
    fn plural_antecedent(&self, at: u32, types: u8, avoid: &[usize]) -> Option<usize> {
        let p = self.parse;
        let mut found: Option<usize> = None;
        for u in (at.saturating_sub(PRONOUN_REACH)..at).rev() {
            let ph = p.phrase_of[u as usize];
            if ph == NONE || p.phrases[ph as usize].head != u {
                continue;
            }
            let phrase = p.phrases[ph as usize];
            let unit = p.units[u as usize];
            let listed =
                phrase.next_conjunct != NONE || (ph > 0 && p.phrases[ph as usize - 1].next_conjunct == ph);
            let candidate = match unit.mention {
                Some(m) if unit.tag == Tag::Mention => {
                    let t = self.mention_type(m);
                    if unit.mention_weapon || t == type_bit(EntityType::Weapon) || listed {
                        // (The weapon of the event's doer is no rival:
                        // "Ukrainian artillery shelled them".)
                        if found.is_none() && self.rival_weapon(m as usize, phrase.first, u, avoid) {
                            return None;
                        }
                        continue;
                    }
                    // A group, or a country named by its forces ("Russian
                    // troops"); a country or place by name is one.
                    let forces = t == type_bit(EntityType::Country)
                        && self.entities[m as usize].alias_kind() == AliasKind::Agent
                        && self.plural(unit);
                    if t != type_bit(EntityType::Organization) && !forces {
                        continue;
                    }
                    m as usize
                }
                Some(_) => continue,
                None if unit.tag == Tag::Noun => {
                    // (Nor is a span of time: "for months, and they".)
                    if !self.plural(unit) || unit.classes & WordClass::TimeWord.bit() != 0 {
                        continue;
                    }
                    match self.resolve_one(ph, types | ACTOR, avoid) {
                        Some(m) if self.mention_type(m as u32) & ACTOR != 0 => m,
                        _ if found.is_none() => return None,
                        _ => continue,
                    }
                }
                None => continue,
            };
            let id = self.entities[candidate].id();
            if avoid.iter().any(|&a| self.entities[a].id() == id) {
                continue;
            }
            match found {
                None if self.mention_type(candidate as u32) & types != 0 => found = Some(candidate),
                Some(f) if self.entities[f].id() == id => {}
                _ => return None,
            }
        }
        found
    }

    /// Whether `unit` ends in a plural noun ("troops", "fighters").
    fn plural(&self, unit: Unit) -> bool {
        (unit.end as usize)
            .checked_sub(1)
            .and_then(|i| self.keys.get(i))
            .is_some_and(|k| plural_key(k))
    }

    /// The previous sentence's subject `m` as the filler of a role of
    /// types `types`, unless another role holds its actor.
    fn previous(&self, m: Option<usize>, types: u8, avoid: &[usize]) -> Option<usize> {
        m.filter(|&m| {
            let id = self.entities[m].id();
            self.mention_type(m as u32) & types != 0 && !avoid.iter().any(|&a| self.entities[a].id() == id)
        })
    }

    /// The weapon a pronoun at unit `before` stands for ("bought drones
    /// from Peru and launched them at Chile"): the last weapon before it
    /// in the sentence that heads its phrase. A common noun heading a
    /// phrase in between is as likely the antecedent ("bought rifles for
    /// volunteers and sent them north"), so none is taken then.
    fn weapon_antecedent(&self, before: u32) -> Option<usize> {
        let p = self.parse;
        for u in (0..before).rev() {
            let ph = p.phrase_of[u as usize];
            if ph == NONE || p.phrases[ph as usize].head != u {
                continue;
            }
            let unit = p.units[u as usize];
            match unit.mention {
                Some(m) if unit.tag == Tag::Mention && unit.mention_weapon => return Some(m as usize),
                Some(_) => {}
                None if matches!(unit.tag, Tag::Noun | Tag::Pron) => return None,
                None => {}
            }
        }
        None
    }

    /// What the phrase `ph` counts, when its head is a number or a
    /// collective noun with an "of" phrase after it ("a batch of Peruvian
    /// drones").
    fn counted(&self, ph: u32) -> Option<u32> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let head = p.units[phrase.head as usize];
        let counts = head.mention.is_none()
            && (head.tag == Tag::Num || self.in_set(self.quantity_noun, head.word as usize));
        if !counts {
            return None;
        }
        // "$5 billion in military aid": a sum counts what its "in" phrase
        // names.
        self.of_phrase(phrase.end).or_else(|| {
            (head.tag == Tag::Num)
                .then(|| self.prep_phrase(phrase.end, "in"))
                .flatten()
        })
    }

    /// Whether phrase `ph` names a zone along a border between its owner
    /// and another country: a border word in it, and right after it "with"
    /// and a country ("Poland's border areas with Ukraine"). Strikes there
    /// may fall on either side, so its possessor or modifier stands for no
    /// target; "Ukraine's border areas" alone, and "Ukraine's border towns
    /// with missiles", keep Ukraine. (Not "between": "Chile's frontier
    /// region between Peru and Bolivia" is Chile's, and a region between
    /// two countries with no owner stands for neither anyway.)
    fn border_zone(&self, ph: u32) -> bool {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        if self.border_noun.is_none()
            || !(phrase.first..phrase.end).any(|u| self.in_set(self.border_noun, self.unit_word(u)))
        {
            return false;
        }
        self.prep_phrase(phrase.end, "with").is_some_and(|next| {
            let head = p.units[p.phrases[next as usize].head as usize];
            head.mention
                .is_some_and(|m| self.mention_type(m) == type_bit(EntityType::Country))
        })
    }

    /// The phrase of an "of" right after unit `end`.
    fn of_phrase(&self, end: u32) -> Option<u32> {
        self.prep_phrase(end, "of")
    }

    /// The phrase of preposition `prep` right after unit `end`.
    fn prep_phrase(&self, end: u32, prep: &str) -> Option<u32> {
        let p = self.parse;
        let end = end as usize;
        if end + 1 >= p.units.len() || self.keys[p.units[end].word as usize] != prep {
            return None;
        }
        let next = p.phrase_of[end + 1];
        (next != NONE && p.phrases[next as usize].first as usize == end + 1).then_some(next)
    }
}

impl Frame {
    /// Fills the frame at verb group `g`, if its head is a trigger. (The
    /// test of the trigger is inlined into the loop over the groups: most
    /// are none.)
    #[inline]
    pub(in crate::rule) fn at_verb(&self, cx: &Context<'_, '_>, g: u32) -> Option<Filled> {
        let p = cx.parse;
        let group = p.groups[g as usize];
        if self.trigger != Trigger::Verb {
            return None;
        }
        let head = p.units[group.head as usize];
        if !matches!(head.tag, Tag::Verb(_)) || !cx.in_classes(&self.words, head.word as usize) {
            return None;
        }
        // "Togo is to blame": a predicate of the subject, who is blamed,
        // not a deed it will do.
        let h = group.head as usize;
        if head.classes & WordClass::PredicateInfinitive.bit() != 0
            && h > group.first as usize
            && cx.keys[p.units[h - 1].word as usize] == "to"
            && (group.first as usize..h).any(|u| p.units[u].tag == Tag::Be)
        {
            return None;
        }
        self.fill_verb(cx, g)
    }

    /// [`at_verb`](Self::at_verb) past the trigger.
    fn fill_verb(&self, cx: &Context<'_, '_>, g: u32) -> Option<Filled> {
        let p = cx.parse;
        let group = p.groups[g as usize];
        // A verb frame with `governor:` reads an infinitive that the
        // governing verb's own subject does with it ("will help rebuild
        // Peru"): not one whose doer is the governor's object ("helped
        // Chile rebuild"), which that verb's own frames read.
        if !self.governor.sets.is_empty() {
            let h = group.governor;
            if h == NONE || group.flags & vg::INFINITIVE == 0 {
                return None;
            }
            let gov = p.groups[h as usize];
            let gov_head = p.units[gov.head as usize];
            if !(cx.in_any)(&self.governor.mask, gov_head.word as usize)
                || gov.object != NONE
                || gov.subject == NONE
                || gov.subject != group.subject
            {
                return None;
            }
        }
        let passive = group.flags & vg::PASSIVE != 0;
        if let Some((prep, classes)) = &self.unless {
            // The head, or what a collective head counts: "hit Peru with a
            // fresh round of sanctions" is a penalty like "with sanctions".
            let headed = |ph: u32| {
                (cx.in_any)(
                    &classes.mask,
                    p.units[p.phrases[ph as usize].head as usize].word as usize,
                )
            };
            let ruled_out = p.group_pps(g).iter().any(|&(u, ph)| {
                cx.keys[p.units[u as usize].word as usize] == prep.as_str()
                    && (headed(ph)
                        || cx.counted(ph).is_some_and(headed)
                        || named_head(cx, ph, self.unless_named))
            });
            if ruled_out {
                return None;
            }
        }
        let subject = if opposed_plan(p, g, |pos| cx.in_set(cx.oppose_plan_verb, pos)) {
            NONE
        } else {
            group.subject
        };
        let mut roles: Vec<Vec<usize>> = vec![Vec::new(); cx.role_types.len()];
        for (i, (slot, targets)) in self.slots.iter().enumerate() {
            if self.skips(i, targets, &roles) {
                continue;
            }
            // (At most two phrases a slot, on the stack; `NONE` for none.)
            let phrases: [u32; 2] = match slot {
                Slot::Subject => [subject, co_doer(cx, g)],
                Slot::Object if passive => [group.surface_subject, NONE],
                Slot::Object => [group.object, NONE],
                Slot::Indirect if !passive => [group.indirect, NONE],
                Slot::ObjectModifier => {
                    let object = if passive {
                        group.surface_subject
                    } else {
                        group.object
                    };
                    if object != NONE {
                        // ("received a batch of Peruvian drones": the
                        // counted phrase's.)
                        let origin = origin_modifier(cx, object)
                            .or_else(|| cx.counted(object).and_then(|o| origin_modifier(cx, o)));
                        if let Some(m) = origin {
                            place(cx, m, targets, &mut roles);
                            [NONE, NONE]
                        } else {
                            // ("received tanks promised by Peru": the doer
                            // of a participle of provenance after it.)
                            let source = provenance_agent(cx, object);
                            let source = if source == NONE {
                                cx.counted(object).map_or(NONE, |o| provenance_agent(cx, o))
                            } else {
                                source
                            };
                            [source, NONE]
                        }
                    } else {
                        [NONE, NONE]
                    }
                }
                // The first finite clause the verb governs ("alleged that
                // Peru shelled"), not an infinitive or gerund of its own.
                Slot::ComplementSubject => p
                    .groups
                    .iter()
                    .find(|h| h.governor == g && h.flags & vg::NON_FINITE == 0)
                    .map_or([NONE, NONE], |h| [h.subject, NONE]),
                Slot::Reporter => [closing_reporter(cx, g), NONE],
                Slot::Prep(prep) if !(passive && prep == "by") => cx
                    .group_pp(g, prep)
                    .filter(|&(u, ph)| {
                        !cx.open_water(
                            u,
                            ph,
                            if passive {
                                group.surface_subject
                            } else {
                                group.object
                            } != NONE,
                        )
                    })
                    .map_or([NONE, NONE], |(_, ph)| [ph, NONE]),
                // "Chile and Peru exchanged fire", "Chilean and Peruvian
                // troops clashed": a list of two sides as the subject of a
                // verb with no other side after it, so with no object but
                // the one the frame needs ("fought the rebels" names a third).
                Slot::Pair(prep) if prep == "subject" => {
                    let object_needed = matches!(self.needs, Some((Slot::Object, _)));
                    let with = cx.group_pp(g, "with").is_some();
                    if group.subject != NONE
                        && !passive
                        && group.indirect == NONE
                        && (group.object == NONE || object_needed)
                        && !with
                    {
                        fill_pair(cx, group.subject, targets, &mut roles);
                    }
                    [NONE, NONE]
                }
                Slot::Pair(prep) => {
                    if let Some((_, ph)) = cx.group_pp(g, prep) {
                        fill_pair(cx, ph, targets, &mut roles);
                    }
                    [NONE, NONE]
                }
                _ => [NONE, NONE],
            };
            for ph in phrases.into_iter().filter(|&ph| ph != NONE) {
                // "Chile said Peru attacked it": an object "it" stands for the
                // country or organization that reports the deed.
                if *slot == Slot::Object {
                    if let Some(m) = reporter_of_it(cx, g, ph) {
                        place(cx, m, targets, &mut roles);
                        continue;
                    }
                }
                fill(cx, ph, targets, &mut roles);
            }
        }
        if let Some((slot, _)) = &self.needs {
            let phrase = match slot {
                Slot::Object if passive => group.surface_subject,
                Slot::Object => group.object,
                Slot::Subject => group.subject,
                // ("sent warships to the strait": a place no actor names.)
                Slot::Prep(prep) => cx.group_pp(g, prep).map_or(NONE, |(_, ph)| ph),
                // ("sent troops to Peru to fight the rebels": the object of
                // the verb whose purpose the infinitive is.)
                Slot::GovernorObject if group.flags & vg::INFINITIVE != 0 && group.governor != NONE => {
                    p.groups[group.governor as usize].object
                }
                _ => NONE,
            };
            let needs = self.needs.as_ref().map_or(&[][..], |(_, c)| &c.mask[..]);
            // ("wounded dozens of civilians": what a number or collective
            // noun counts has it too.)
            // ("Chilean and Peruvian troops": a list's last member has it for
            // the others.)
            let has_need = |ph: u32| phrase_has(cx, ph, needs) || named_head(cx, ph, self.needs_named);
            let listed = |ph: u32| {
                p.conjuncts(ph)
                    .any(|c| has_need(c) || cx.counted(c).is_some_and(has_need))
            };
            if phrase == NONE || !listed(phrase) {
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
    #[inline]
    pub(in crate::rule) fn at_noun(&self, cx: &Context<'_, '_>, ph: u32) -> Option<Filled> {
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
                    && cx.in_classes(&self.words, unit.word as usize)
            })?;
        self.fill_noun(cx, ph, trigger)
    }

    /// [`at_noun`](Self::at_noun) past the trigger, unit `trigger`.
    fn fill_noun(&self, cx: &Context<'_, '_>, ph: u32, trigger: u32) -> Option<Filled> {
        let p = cx.parse;
        let phrase = p.phrases[ph as usize];
        if let Some(prep) = &self.prep {
            let list = p.phrases[phrase.list_head as usize];
            if list.prep == NONE || cx.keys[p.units[list.prep as usize].word as usize] != prep.as_str() {
                return None;
            }
        }
        if let Some((slot, classes)) = &self.needs {
            // `needs: PREP @class`: the phrase after that preposition in
            // the chain after the noun ("strikes on camps in Peru");
            // `needs: governor_object @class`: the object of the verb that
            // governs the phrase ("sent Peru a message with strikes on
            // Chile"); otherwise the noun's own phrase.
            let phrase = match slot {
                Slot::Prep(prep) => pp_chain(p, ph)
                    .iter()
                    .copied()
                    .find(|&(u, _)| cx.prep_is(u, prep))
                    .map_or(NONE, |(_, x)| x),
                Slot::GovernorObject => governing_group(cx, ph)
                    .map(|(g, _, _)| p.groups[g as usize])
                    .filter(|group| group.flags & vg::PASSIVE == 0)
                    .map_or(NONE, |group| group.object),
                _ => ph,
            };
            if phrase == NONE
                || !(phrase_has(cx, phrase, &classes.mask) || named_head(cx, phrase, self.needs_named))
            {
                return None;
            }
        }
        // `unless: before @class`: a word of the phrase right before the
        // noun that gives it another sense ("a trade war").
        if let Some((prep, classes)) = &self.unless {
            let before = trigger.wrapping_sub(1);
            if prep == "before"
                && before >= phrase.first
                && before < trigger
                && (cx.in_any)(&classes.mask, p.units[before as usize].word as usize)
            {
                return None;
            }
        }
        let governing = governing_group(cx, ph);
        if !self.governor.sets.is_empty() {
            let (g, _, _) = governing?;
            let head = p.units[p.groups[g as usize].head as usize];
            if !(cx.in_any)(&self.governor.mask, head.word as usize) {
                return None;
            }
        }
        // (Made once the governor allows the frame.)
        let mut roles: Vec<Vec<usize>> = vec![Vec::new(); cx.role_types.len()];
        for (i, (slot, targets)) in self.slots.iter().enumerate() {
            if self.skips(i, targets, &roles) {
                continue;
            }
            match slot {
                Slot::Possessor if phrase.possessor != NONE => {
                    fill(cx, phrase.possessor, targets, &mut roles)
                }
                // "Peru said its war against Chile ...": the possessive
                // pronoun's antecedent.
                Slot::Possessor => {
                    if let Some(&r) = targets.iter().find(|&&r| roles[r].is_empty()) {
                        let avoid: Vec<usize> = roles.iter().flatten().copied().collect();
                        if let Some(m) = cx.possessive_antecedent(ph, cx.role_types[r], &avoid) {
                            roles[r].push(m);
                        }
                    }
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
                        // "a Baghdad rocket attack": a capital before an event
                        // names where it happened, not who did it.
                        let capital = cx.entities[m as usize].alias_kind() == AliasKind::Capital;
                        if owns(&unit) && !seen && !capital {
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
                            let co = co_doer(cx, g);
                            if co != NONE {
                                fill(cx, co, targets, &mut roles);
                            }
                        }
                    }
                }
                Slot::GovernorSubject | Slot::GovernorObject => {
                    if let Some((g, _, _)) = governing {
                        let group = p.groups[g as usize];
                        // The object of a passive is the phrase written as
                        // its subject ("Chilean soldiers were killed in a
                        // Peruvian strike").
                        let x = if *slot == Slot::GovernorSubject {
                            group.subject
                        } else if group.flags & vg::PASSIVE != 0 {
                            group.surface_subject
                        } else {
                            group.object
                        };
                        if x != NONE && x != phrase.list_head {
                            fill(cx, x, targets, &mut roles);
                        }
                    }
                }
                Slot::GovernorIndirect => {
                    if let Some((g, _, true)) = governing {
                        let group = p.groups[g as usize];
                        // ("gave Peru $5 million in aid": the sum counts it.)
                        let object = group.object == phrase.list_head
                            || group.object != NONE && cx.counted(group.object) == Some(phrase.list_head);
                        if object && group.indirect != NONE {
                            fill(cx, group.indirect, targets, &mut roles);
                        }
                    }
                }
                Slot::GovernorPrep(prep) => {
                    if let Some((g, _, _)) = governing {
                        if p.groups[g as usize].surface_subject == phrase.list_head {
                            if let Some((_, x)) = cx.group_pp(g, prep) {
                                fill(cx, x, targets, &mut roles);
                            }
                        }
                    }
                }
                Slot::ObjectModifier => {
                    // The origin of what the noun's "of" phrase holds:
                    // "took delivery of Chinese jets", "a purchase of a
                    // batch of Peruvian drones".
                    let origin = cx.of_phrase(phrase.end).and_then(|of| {
                        origin_modifier(cx, of)
                            .or_else(|| cx.counted(of).and_then(|o| origin_modifier(cx, o)))
                    });
                    if let Some(m) = origin {
                        place(cx, m, targets, &mut roles);
                    }
                }
                // "Chile and Peru have been at war": the governing verb's
                // subject as two sides.
                Slot::Pair(prep) if prep == "governor_subject" => {
                    if let Some((g, _, _)) = governing {
                        let group = p.groups[g as usize];
                        if group.subject != NONE && group.flags & vg::PASSIVE == 0 {
                            fill_pair(cx, group.subject, targets, &mut roles);
                        }
                    }
                }
                // "Clashes broke out between Chile and Peru": the list after
                // a preposition of the verb whose subject the noun is.
                Slot::Pair(prep) if prep.starts_with("governor.") => {
                    let prep = &prep["governor.".len()..];
                    if let Some((g, _, _)) = governing {
                        if p.groups[g as usize].surface_subject == phrase.list_head {
                            if let Some((_, x)) = cx.group_pp(g, prep) {
                                fill_pair(cx, x, targets, &mut roles);
                            }
                        }
                    }
                }
                Slot::Pair(prep) => {
                    // Right after the noun only: "a war on Chile between
                    // 1879 and 1884" has no sides.
                    if let Some(&(u, next)) = pp_chain(p, ph).first() {
                        if cx.keys[p.units[u as usize].word as usize] == prep.as_str() {
                            fill_pair(cx, next, targets, &mut roles);
                        }
                    }
                }
                // ("the war record of Chile's president": "of" belongs to
                // the head after the noun, not to the noun.)
                Slot::Prep(prep) if prep == "of" && trigger != phrase.head => {}
                Slot::Prep(prep) => {
                    for (i, &(u, next)) in pp_chain(p, ph).iter().enumerate() {
                        // "of" belongs to the noun right before it: "strikes
                        // from the territory of Chile" is no strike on Chile.
                        if i > 0 && prep == "of" {
                            break;
                        }
                        if cx.prep_is(u, prep) {
                            // ("strikes on oil rigs in the Red Sea": a sea
                            // after the noun's own phrase says where.)
                            if !cx.open_water(u, next, i > 0) {
                                fill(cx, next, targets, &mut roles);
                            }
                            break;
                        }
                    }
                }
                _ => {}
            }
        }
        // The verb's factuality applies to its object, to any phrase of a
        // frame that names its governor ("will target Peru with
        // sanctions"), and to the phrase after a frame's preposition, which
        // says what the verb's doer does ("did not vote in support of Peru",
        // "is expected to come under attack").
        let group = governing
            .filter(|&(_, _, direct)| direct || !self.governor.sets.is_empty() || self.prep.is_some())
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

/// How far back, in units, an actor pronoun's antecedent may be: a
/// clause or two, which also bounds the work per pronoun.
const PRONOUN_REACH: u32 = 40;

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
        // The other roles' mentions, on the stack when they are few (as
        // they nearly always are): one allocation less a phrase filled.
        let mut few = [0usize; 16];
        let mut many = Vec::new();
        let mut n = 0;
        let others = roles.iter().enumerate().filter(|&(other, _)| other != r);
        for m in others.flat_map(|(_, ms)| ms.iter().copied()) {
            match few.get_mut(n) {
                Some(slot) => *slot = m,
                None => {
                    if many.is_empty() {
                        many.extend_from_slice(&few);
                    }
                    many.push(m);
                }
            }
            n += 1;
        }
        let avoid: &[usize] = if n <= few.len() { &few[..n] } else { &many };
        cx.resolve(ph, cx.role_types[r], avoid, &mut found);
        if !found.is_empty() {
            if roles[r].is_empty() {
                // (The role takes the vector, each mention once: a copy
                // into a vector of its own was an allocation a filler.)
                let mut kept = 0;
                for j in 0..found.len() {
                    if !found[..kept].contains(&found[j]) {
                        found[kept] = found[j];
                        kept += 1;
                    }
                }
                found.truncate(kept);
                roles[r] = found;
                return;
            }
            for m in found {
                if !roles[r].contains(&m) {
                    roles[r].push(m);
                }
            }
            return;
        }
    }
}

/// For an object phrase `ph` of verb group `g` that is the pronoun "it"
/// alone, in a clause that a reporting verb governs ("Chile said Peru had
/// attacked it"): the country or organization that heads the reporting
/// verb's subject, which "it" stands for, unless the clause names it
/// already ("Chile said it attacked it" is none).
fn reporter_of_it(cx: &Context<'_, '_>, g: u32, ph: u32) -> Option<usize> {
    let p = cx.parse;
    let phrase = p.phrases[ph as usize];
    let head = p.units[phrase.head as usize];
    if phrase.end != phrase.first + 1
        || head.classes & WordClass::ThingPronoun.bit() == 0
        || cx.keys[head.word as usize] != "it"
    {
        return None;
    }
    let group = p.groups[g as usize];
    let gov = group.governor;
    if gov == NONE || group.flags & vg::NON_FINITE != 0 {
        return None;
    }
    let reporter = p.groups[gov as usize];
    if p.units[reporter.head as usize].classes & WordClass::ReportingVerb.bit() == 0
        || reporter.subject == NONE
    {
        return None;
    }
    // A common noun heading a phrase in between is as likely what "it"
    // stands for ("Chile said Peru bought the ship and attacked it").
    let after = p.phrases[reporter.subject as usize].end;
    let noun_between = (after..phrase.first).any(|u| {
        let unit = p.units[u as usize];
        let ph = p.phrase_of[u as usize];
        ph != NONE && p.phrases[ph as usize].head == u && unit.tag == Tag::Noun && unit.mention.is_none()
    });
    if noun_between {
        return None;
    }
    let owners = type_bit(EntityType::Country) | type_bit(EntityType::Organization);
    let m = cx.resolve_one(reporter.subject, owners, &[])?;
    let id = cx.entities[m].id();
    let doer = (group.subject != NONE)
        .then(|| cx.resolve_one(group.subject, ACTOR, &[]))
        .flatten();
    (doer.is_none_or(|d| cx.entities[d].id() != id)).then_some(m)
}

impl Context<'_, '_> {
    /// The reporter whose report of a deed is that side's claim, not a
    /// fact the text states: "Ukraine says Russia shelled Kharkiv" and
    /// "Russia shelled Kharkiv, Ukraine said" report what was done to the
    /// reporter's own side (Kharkiv is in Ukraine), where "Ukraine says it
    /// shot down ten drones" reports its own deed and "Peru says Russia
    /// shelled Kharkiv" a third party's account, both asserted.
    ///
    /// The reporter is the subject of a reporting verb that governs the
    /// deed's verb group (at most three groups up) or closes the sentence
    /// after it; its side is a country's id or the `country` attribute of
    /// an organization, person or place. The deed is the reporter's claim
    /// when a filler of a role after the first, or a name in the deed's
    /// object or prepositional phrases, is of that side, and no filler of
    /// the first role (the doer) is; a name after a preposition only where
    /// a deed lands ("on", "at", "against", "into": "deployed S-400s to
    /// Belarus, the Belarusian ministry said" is no deed done to Belarus).
    /// Gives the reporter's mention.
    /// Constant work per relation: a few groups, one group's phrases.
    pub(in crate::rule) fn victim_claim(&self, f: &Filled) -> Option<usize> {
        let p = self.parse;
        if f.roles.first().is_none_or(|doers| doers.is_empty()) {
            return None;
        }
        let mut g = f.group;
        let mut reporter = NONE;
        for _ in 0..if g == NONE { 0 } else { 3 } {
            let gov = p.groups[g as usize].governor;
            if gov == NONE {
                break;
            }
            let group = p.groups[gov as usize];
            if p.units[group.head as usize].classes & WordClass::ReportingVerb.bit() != 0 {
                if group.flags & vg::PASSIVE == 0 {
                    reporter = group.subject;
                }
                break;
            }
            g = gov;
        }
        if reporter == NONE {
            let after = if f.group == NONE {
                f.trigger_unit + 1
            } else {
                p.groups[f.group as usize].end
            };
            reporter = closing_reporter_after(self, after);
        }
        if reporter == NONE {
            return None;
        }
        let parties = ACTOR | type_bit(EntityType::Person);
        let m = self.resolve_one(reporter, parties, &[])?;
        let side = self.side(m)?;
        if f.roles[0].iter().any(|&d| self.side(d) == Some(side)) {
            return None;
        }
        let named = |ph: u32| {
            let head = p.units[p.phrases[ph as usize].head as usize];
            head.mention.map(|m| m as usize)
        };
        let (object, pps) = match p.groups.get(f.group as usize) {
            Some(group) => (group.object, p.group_pps(f.group)),
            None => (NONE, &[][..]),
        };
        let in_phrases = (object != NONE)
            .then(|| named(object))
            .flatten()
            .into_iter()
            .chain(
                pps.iter()
                    .filter(|&&(prep, _)| {
                        let key = self.keys[p.units[prep as usize].first as usize];
                        matches!(key, "on" | "at" | "against" | "into" | "upon")
                    })
                    .filter_map(|&(_, ph)| named(ph)),
            );
        let victim = f.roles[1..].iter().flatten().copied().chain(in_phrases).any(|v| {
            v != m && self.entities[v].entity_type() != EntityType::Weapon && self.side(v) == Some(side)
        });
        victim.then_some(m)
    }

    /// The country a mention stands for or belongs to: a country's id, or
    /// the `country` attribute of any other entity.
    fn side(&self, m: usize) -> Option<&str> {
        let e = &self.entities[m];
        match e.entity_type() {
            EntityType::Country => Some(e.id()),
            _ => e.entry().attribute("country"),
        }
    }
}

/// The subject of the verb of saying that closes the sentence after verb
/// group `g`, after a comma and with no object of its own ("Chile blamed
/// for the blast, Peru says"), or [`NONE`].
fn closing_reporter(cx: &Context<'_, '_>, g: u32) -> u32 {
    let p = cx.parse;
    if p.groups.len() - 1 == g as usize {
        return NONE;
    }
    closing_reporter_after(cx, p.groups[g as usize].end)
}

/// [`closing_reporter`] after unit `after` (the end of a deed's verb
/// group or noun).
fn closing_reporter_after(cx: &Context<'_, '_>, after: u32) -> u32 {
    let p = cx.parse;
    let Some(last) = p.groups.last() else {
        return NONE;
    };
    if last.first < after
        || last.subject == NONE
        || last.object != NONE
        || last.flags & (vg::PASSIVE | vg::NON_FINITE) != 0
        || p.units[last.head as usize].classes & WordClass::ReportingVerb.bit() == 0
    {
        return NONE;
    }
    let subject = p.phrases[last.subject as usize];
    let comma_before = subject.first > 0 && p.units[subject.first as usize - 1].tag == Tag::Comma;
    // Nothing after the verb but punctuation and a time ("on Monday").
    let time = |u: usize| {
        let ph = p.phrase_of.get(u).copied().unwrap_or(NONE);
        ph != NONE && p.units[p.phrases[ph as usize].head as usize].classes & WordClass::TimeWord.bit() != 0
    };
    let closes = (last.end as usize..p.units.len()).all(|u| {
        matches!(p.units[u].tag, Tag::Stop | Tag::Other | Tag::Comma | Tag::Adv)
            || time(u)
            || p.units[u].tag == Tag::Prep && time(u + 1)
    });
    if comma_before && closes && subject.first > after {
        last.subject
    } else {
        NONE
    }
}

/// Splits the list of phrase `ph` into two sides: its first member fills
/// `targets[0]`, the other members `targets[1]`, and only when both sides
/// name a mention of their role's types.
fn fill_pair(cx: &Context<'_, '_>, ph: u32, targets: &[usize], roles: &mut [Vec<usize>]) {
    let [a, b] = targets else {
        return;
    };
    // Two people who fight are rivals far more often than armies: the
    // sides are countries, organizations or places.
    let person = type_bit(EntityType::Person);
    let side = |m: u32, r: usize| cx.resolve_one(m, cx.role_types[r] & !person, &[]);
    let mut members = cx.parse.conjuncts(ph);
    let Some(first) = members.next().and_then(|m| side(m, *a)) else {
        return;
    };
    let others: Vec<usize> = members
        .filter_map(|m| side(m, *b))
        .filter(|&m| m != first)
        .collect();
    if others.is_empty() {
        return;
    }
    if !roles[*a].contains(&first) {
        roles[*a].push(first);
    }
    for m in others {
        if !roles[*b].contains(&m) {
            roles[*b].push(m);
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
/// Peru). The chain stops at a preposition of reason ("sanctions on Iran
/// over its drone sales to Russia").
fn pp_chain(p: &Parse, ph: u32) -> PpChain {
    let mut out = PpChain::default();
    let mut last = ph;
    while p.phrases[last as usize].next_conjunct != NONE {
        last = p.phrases[last as usize].next_conjunct;
    }
    let mut at = p.phrases[last as usize].end as usize;
    while at + 1 < p.units.len()
        && p.units[at].tag == Tag::Prep
        && p.units[at].classes & WordClass::ReasonPreposition.bit() == 0
        && out.len() < MAX_PP_CHAIN
    {
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

/// The longest chain [`pp_chain`] reads.
const MAX_PP_CHAIN: usize = 6;

/// The (preposition, phrase) pairs of a [`pp_chain`], on the stack: a
/// chain is asked for by every noun trigger with a preposition slot, and
/// a vector of them was an allocation each time.
#[derive(Default)]
struct PpChain {
    links: [(u32, u32); MAX_PP_CHAIN],
    len: usize,
}

impl PpChain {
    fn push(&mut self, link: (u32, u32)) {
        self.links[self.len] = link;
        self.len += 1;
    }
}

impl std::ops::Deref for PpChain {
    type Target = [(u32, u32)];

    fn deref(&self) -> &[(u32, u32)] {
        &self.links[..self.len]
    }
}

/// The verb group whose object (or prepositional object) phrase `ph` is,
/// and whether the group's verb is a light verb ("imposed sanctions").
/// and whether the phrase is its object or (passive) subject rather than a
/// prepositional object: only then does the verb's factuality apply.
fn governing_group(cx: &Context<'_, '_>, ph: u32) -> Option<(u32, bool, bool)> {
    let p = cx.parse;
    let list = p.phrases[ph as usize].list_head;
    for (g, group) in p.groups.iter().enumerate() {
        let light = p.units[group.head as usize].classes & WordClass::LightVerb.bit() != 0;
        if group.object == list && group.flags & vg::PASSIVE == 0 {
            return Some((g as u32, light, true));
        }
        // "launched a wave of strikes on Peru": what a number or a
        // collective noun counts is the object its verb governs.
        if group.object != NONE && group.flags & vg::PASSIVE == 0 && cx.counted(group.object) == Some(list) {
            return Some((g as u32, light, true));
        }
        // "Sanctions were imposed on Peru by Chile": the "by" phrase of a
        // passive light verb is the agent.
        if group.flags & vg::PASSIVE != 0 && group.surface_subject == list {
            return Some((g as u32, light, true));
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

/// Whether phrase `ph` is headed by a mention of one of the entity types
/// `types`, named by its name, abbreviation, capital or seat: "Chile",
/// "Hamas", "the Kremlin"; not by a demonym or an agent noun, which name
/// people as often as the state ("Chilean tourists", "Chileans").
fn named_head(cx: &Context<'_, '_>, ph: u32, types: u8) -> bool {
    if types == 0 {
        return false;
    }
    let p = cx.parse;
    let head = p.units[p.phrases[ph as usize].head as usize];
    head.mention.is_some_and(|m| {
        let e = &cx.entities[m as usize];
        type_bit(e.entity_type()) & types != 0
            && !matches!(e.alias_kind(), AliasKind::Demonym | AliasKind::Agent)
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
        // A name of several words is one too ("North Korean shells"); a
        // compound is one only by its class ("Chile-made", not "Chile-backed").
        let plain = unit.end - unit.first == 1 || unit.word == unit.first;
        let made = plain || unit.classes & WordClass::CompoundOrigin.bit() != 0;
        (country && made && !unit.mention_weapon).then_some(m as usize)
    })
}

/// The doer of a reduced passive participle of the `provenance` class that
/// modifies phrase `ph`: "tanks promised by Peru", "drones made by Chile"
/// (Peru, Chile); else [`NONE`].
fn provenance_agent(cx: &Context<'_, '_>, ph: u32) -> u32 {
    let p = cx.parse;
    p.groups
        .iter()
        .find(|h| {
            h.flags & (vg::REDUCED | vg::PASSIVE) == (vg::REDUCED | vg::PASSIVE)
                && h.surface_subject == ph
                && p.units[h.head as usize].classes & WordClass::Provenance.bit() != 0
        })
        .map_or(NONE, |h| h.subject)
}

/// The one who joins the doer of gerund group `g` in its deed: "Australia
/// joined Washington in sanctioning Russian oligarchs" (Washington), the
/// object of a verb of the `joining` class whose "in" the gerund follows;
/// else [`NONE`].
fn co_doer(cx: &Context<'_, '_>, g: u32) -> u32 {
    let p = cx.parse;
    let group = p.groups[g as usize];
    if group.flags & vg::GERUND == 0 || group.governor == NONE || group.first == 0 {
        return NONE;
    }
    let gov = p.groups[group.governor as usize];
    let joins = p.units[gov.head as usize].classes & WordClass::Joining.bit() != 0;
    let after_in = cx.keys[p.units[group.first as usize - 1].word as usize] == "in";
    if joins && after_in && gov.flags & vg::PASSIVE == 0 {
        gov.object
    } else {
        NONE
    }
}

/// Whether infinitive group `g`, alone or through the infinitives that
/// govern it with the same doer, completes a noun that is the object of a
/// verb of opposing a plan (`oppose_plan_verb`) whose subject the parse
/// gave it: "Chile vetoed a plan to help fund Peru's army" funds nothing
/// of Chile's, and who would fund goes unsaid. ("Chile announced a plan
/// to help Peru" keeps Chile.) Follows at most four governors.
pub(in crate::rule) fn opposed_plan(p: &Parse, g: u32, opposes: impl Fn(usize) -> bool) -> bool {
    let subject = p.groups[g as usize].subject;
    if subject == NONE {
        return false;
    }
    let mut x = g;
    for _ in 0..4 {
        let group = p.groups[x as usize];
        if group.flags & vg::NON_FINITE == 0 || group.subject != subject {
            return false;
        }
        let first = group.first as usize;
        if first > 0 && p.units[first - 1].tag == Tag::Noun {
            let ph = p.phrase_of[first - 1];
            if ph == NONE {
                return false;
            }
            let list = p.phrases[ph as usize].list_head;
            return p.groups.iter().any(|h| {
                h.object == list
                    && h.subject == subject
                    && h.flags & vg::PASSIVE == 0
                    && opposes(p.units[h.head as usize].word as usize)
            });
        }
        if group.governor == NONE {
            return false;
        }
        x = group.governor;
    }
    false
}

/// Whether a modifier unit makes its mention the owner or doer of what it
/// modifies: a plain mention ("Chilean troops", "South Korean troops": a
/// unit whose word is its first, no compound) or a compound such as
/// "Chile-led", "Chile-controlled"; not "Chile-backed", "Chile-made".
pub(in crate::rule) fn owns(unit: &Unit) -> bool {
    unit.end - unit.first == 1
        || unit.tag == Tag::Mention
        || unit.mention.is_some() && unit.word == unit.first
        || unit.classes & WordClass::CompoundOwner.bit() != 0
}

/// Whether the word `key` reads as a plural noun ("troops", not "press").
pub(in crate::rule) fn plural_key(key: &str) -> bool {
    key.len() > 3 && key.ends_with('s') && !key.ends_with("ss")
}

/// How far from a resolution its body's verb, and the verb it is the
/// subject of, may stand ([`Context::document_author`]).
const DOCUMENT_REACH: usize = 12;

/// How far after a counting subject its colon may stand
/// ([`Context::counted_after_colon`]).
const COLON_REACH: usize = 16;

/// The value of a small number written in figures or words ("3",
/// "three"), if it is one.
fn number_value(key: &str) -> Option<usize> {
    const WORDS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    key.parse::<usize>()
        .ok()
        .or_else(|| WORDS.iter().position(|&w| w == key).map(|i| i + 2))
}
