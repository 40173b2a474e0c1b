//! The grammar check of relations found by token patterns.
//!
//! A token pattern binds what stands near its trigger; the grammar stage
//! says who does what in the sentence. When the two disagree (the pattern
//! read a noun as its verb, or bound as the doer a phrase that is the
//! object of a preposition, the modifier of an unrelated noun, or not the
//! subject the parse found), the relation is dropped. Patterns keep their
//! reach where the parse finds nothing, and lose the readings the sentence
//! rules out.

use super::frame::{opposed_plan, owns};
use crate::entity::{Entity, EntityType};
use crate::grammar::{reported_subject_gerund, vg, ClauseKind, Form, Parse, Tag, VerbGroup, WordClass, NONE};
use crate::relation::Relation;

/// The syntax check of relations found by token patterns: a pattern binds
/// what stands near its trigger, and the parse tells when that reading
/// contradicts the sentence's structure.
pub(super) struct Check<'c, 'a> {
    pub(super) parse: &'c Parse,
    pub(super) entities: &'c [Entity<'a>],
    pub(super) keys: &'c [&'c str],
    pub(super) stand_ins: &'c [u64],
    /// The nouns that stand for the actor modifying them when it does the
    /// deed (forces, officials), not only when it suffers it (cities).
    pub(super) doer_stand_ins: &'c [u64],
    /// Nouns for people, whom a country adjective does not make the
    /// country ("an Australian journalist").
    pub(super) persons: &'c [u64],
    /// Verbs of pleading (`plea_verb`) and of calling for
    /// (`call_for_verb`), for [`Check::pleads_for`].
    pub(super) pleas: &'c [u64],
    pub(super) calls_for: &'c [u64],
    /// Verbs of joining or backing another's measures (`join_verb`), for
    /// [`Check::joins_anothers`].
    pub(super) joins: &'c [u64],
    /// Words for a border (`border_noun`), for [`Check::border_zone`].
    pub(super) borders: &'c [u64],
    /// Heads of an "as" phrase that make designating no sanction
    /// (`designation_not_sanction`: "designated Qatar as a major ally").
    pub(super) not_sanctioned_as: &'c [u64],
    pub(super) in_any: &'c dyn Fn(&[u64], usize) -> bool,
    /// Whether the token at a sentence position is a verb of opposing a
    /// plan (`oppose_plan_verb`), for [`opposed_plan`].
    pub(super) opposes: &'c dyn Fn(usize) -> bool,
    /// (mention, its first unit) for each mention of the parse, by mention:
    /// built on the first call of `unit_of`, for all the relations of the
    /// sentence, rather than a scan of the units for each argument.
    pub(super) units_by_mention: std::cell::OnceCell<Vec<(u32, u32)>>,
}

impl Check<'_, '_> {
    /// Says why a relation is dropped, when `NEWSIE_EXPLAIN_CHECK` is set
    /// (for rule writers).
    fn explain(&self, why: &str) {
        if std::env::var_os("NEWSIE_EXPLAIN_CHECK").is_some() {
            eprintln!("grammar check: {why}");
        }
    }

    /// Whether the preposition at unit `prep` is "by", or an "of" after a
    /// noun phrase ("the army of Chile"), whose phrase may name a doer; not
    /// "north of Baghdad".
    fn by_or_of_noun(&self, prep: u32) -> bool {
        let p = self.parse;
        match self.keys[p.units[prep as usize].word as usize] {
            "by" => true,
            "of" => prep > 0 && p.phrase_of[prep as usize - 1] != NONE,
            _ => false,
        }
    }

    /// Why the mention of unit `u`, in phrase `ph`, is not the actor the
    /// phrase names, if it is not: it modifies a head that does not stand
    /// for it, or is a compound that does not make it the owner, or it is
    /// the possessor of such a phrase.
    /// An actor after the verb (`patient`) may also modify other nouns
    /// ("aiding Chile's crackdown", "sanctions on Chilean banks"), but not
    /// a person's ("an Australian journalist", "Chile's ex-president").
    fn not_the_actor(
        &self,
        u: u32,
        ph: u32,
        (patient, doer, attack): (bool, bool, bool),
    ) -> Option<&'static str> {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let unit = p.units[u as usize];
        // A possessor speaks for the phrase it owns: "Chile's army".
        let (head_phrase, modifier) = if phrase.head == u && p.is_possessor(ph) {
            (p.possessed(ph), true)
        } else {
            (ph, phrase.head != u)
        };
        if !modifier {
            return None;
        }
        if !owns(&unit) {
            return Some("a compound that does not make it the doer");
        }
        let head = p.units[p.phrases[head_phrase as usize].head as usize];
        // "sanctions on Russia's mercenary firm Wagner Group", "strikes on
        // Iran's proxy Hezbollah": the possessed phrase goes on to a name
        // of its own, which is the one acted on, not its owner.
        if patient && self.owner_of_named_actor(u, ph) {
            return Some("the possessor of a phrase that names its own actor");
        }
        if patient && self.border_zone(head_phrase) {
            return Some("the owner of a zone along its border with another country");
        }
        let nouns = if doer { self.doer_stand_ins } else { self.stand_ins };
        let stands = (self.in_any)(nouns, head.word as usize)
            || head.classes & WordClass::TimeWord.bit() != 0
            || head.mention_weapon
            || matches!(head.tag, Tag::Adj | Tag::Num | Tag::Pron);
        if head.tag == Tag::Mention && !head.mention_weapon {
            return Some("a modifier of another actor");
        }
        if patient {
            let person = (self.in_any)(self.persons, head.word as usize);
            if attack {
                // What is attacked is a place, a force, a thing of war or
                // people ("Palestinian children"), not "UK policy" or
                // "Honduras's left".
                return (!stands && !person).then_some("attacked, a modifier of a thing that is not its");
            }
            return person.then_some("a modifier of a person");
        }
        if !stands {
            return Some("a modifier of a noun that does not stand for it");
        }
        None
    }

    /// Whether phrase `ph` names a zone along a border with another
    /// country: a border word in it, then right after it "with" and a
    /// country ("Poland's border areas with Ukraine"), as frames read it (`border_zone` of `src/rule/frame/fill.rs`).
    fn border_zone(&self, ph: u32) -> bool {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        if !(phrase.first..phrase.end).any(|u| (self.in_any)(self.borders, p.units[u as usize].word as usize))
        {
            return false;
        }
        let end = phrase.end as usize;
        if end + 1 >= p.units.len() {
            return false;
        }
        let next = p.phrase_of[end + 1];
        if next == NONE || p.phrases[next as usize].first as usize != end + 1 {
            return false;
        }
        self.keys[p.units[end].word as usize] == "with"
            && p.units[p.phrases[next as usize].head as usize]
                .mention
                .is_some_and(|m| self.entities[m as usize].entity_type() == EntityType::Country)
    }

    /// Whether the mention of unit `u` heads phrase `ph` as the possessor
    /// of a phrase that names its own actor ("Russia's mercenary firm
    /// Wagner Group"; see [`Self::names_own_actor`]).
    fn owner_of_named_actor(&self, u: u32, ph: u32) -> bool {
        let p = self.parse;
        let head = p.phrases[ph as usize].head;
        if head == u {
            return p.is_possessor(ph) && self.names_own_actor(p.possessed(ph));
        }
        // "sanctions on Russian oligarch Roman Abramovich": a country
        // adjective before a common noun and the name it heads says whose
        // the named one is; the name is the one acted on.
        p.units[head as usize].mention.is_some() && self.names_own_actor(ph)
    }

    /// Whether phrase `ph`, a noun without a name of its own, goes straight
    /// on to the name of an actor: right after it, or after one more noun
    /// or adjective the parse left out of it, or read as a verb ("Russia's
    /// mercenary firm Wagner Group"); or a name at its head after such a
    /// noun ("Iran's ally Hezbollah"). (A name alone at the head is left to
    /// the other checks: "sanctions against Iran's Revolutionary Guards"
    /// reads as Iran's.)
    fn names_own_actor(&self, ph: u32) -> bool {
        let p = self.parse;
        let phrase = p.phrases[ph as usize];
        let head = p.units[phrase.head as usize];
        if head.mention.is_some() {
            // "Iran's ally Hezbollah": a common noun before the name says
            // what the owner's one is, and the name is it.
            return head.tag == Tag::Mention
                && !head.mention_weapon
                && (phrase.first..phrase.head)
                    .any(|u| p.units[u as usize].tag == Tag::Noun && p.units[u as usize].mention.is_none());
        }
        let end = phrase.end as usize;
        let name = |u: usize| {
            p.units
                .get(u)
                .is_some_and(|n| n.tag == Tag::Mention && n.mention.is_some() && !n.mention_weapon)
        };
        name(end)
            || (p.units.get(end).is_some_and(|n| {
                // ("firm" may be read as a verb there)
                matches!(n.tag, Tag::Noun | Tag::Adj | Tag::Verb(Form::Base)) && n.mention.is_none()
            }) && name(end + 1))
    }

    /// Whether verb group `g` is an attack verb in the past with nothing
    /// after it but a preposition or the sentence end ("General Ana Soto
    /// killed in eastern Chile", "was shot and killed in Lima"): attack
    /// verbs take what they hit as their object, so without one the phrase
    /// before the verb is the one attacked, in headline grammar or a
    /// passive the parse did not join, not the attacker.
    fn killed_in(&self, g: u32) -> bool {
        let p = self.parse;
        let group = p.groups[g as usize];
        if group.flags & vg::PASSIVE != 0 || group.object != NONE || group.indirect != NONE {
            return false;
        }
        let past = matches!(
            p.units[group.head as usize].tag,
            Tag::Verb(Form::Past | Form::Participle)
        );
        let next = group.end as usize;
        past && (next >= p.units.len()
            || p.units[next].tag == Tag::Prep && self.keys[p.units[next].word as usize] != "by")
    }

    /// Whether the phrase of the mention at unit `u` opens with "not"
    /// right after a comma or a dash ("..., not Peru").
    fn contrasted(&self, u: u32) -> bool {
        let p = self.parse;
        let ph = p.phrase_of[u as usize];
        let first = if ph == NONE {
            u
        } else {
            p.phrases[ph as usize].first
        };
        let t = p.units[first as usize].first as usize;
        t >= 2
            && self.keys.get(t - 1) == Some(&"not")
            && matches!(self.keys.get(t - 2), Some(&("," | "-" | "--" | ";")))
    }

    /// Whether unit `u` lies in a relative clause set off by a comma (or a
    /// clause inside one) that the parse closed before unit `t`: "Brazil, which never sold
    /// arms to Peru, imposed sanctions on Chile" — Peru belongs to the
    /// relative clause, and the verb after it is its antecedent's, not
    /// Peru's. The walk goes up the clause's parents, as deep as clauses
    /// nest (a few), not over the sentence.
    fn in_relative_closed_before(&self, u: u32, t: u32) -> bool {
        let p = self.parse;
        let mut c = p.clause_of.get(u as usize).copied().unwrap_or(NONE);
        let mut depth = 0;
        while c != NONE && depth < 8 {
            let clause = p.clauses[c as usize];
            // Only a clause set off by a comma (", which ...,"), whose
            // bounds the commas write: "a triple digit that bothered USC
            // coach Pete Carroll" has no end the parse can trust.
            if let ClauseKind::Relative(r) = clause.kind {
                let comma = r > 0 && p.units[r as usize - 1].tag == Tag::Comma;
                if comma && clause.end <= t {
                    return true;
                }
            }
            c = clause.parent;
            depth += 1;
        }
        false
    }

    /// The unit that holds entity `e`.
    fn unit_of(&self, e: usize) -> Option<u32> {
        let index = self.units_by_mention.get_or_init(|| {
            let mut index: Vec<(u32, u32)> = (self.parse.units.iter().enumerate())
                .filter_map(|(u, unit)| Some((unit.mention?, u as u32)))
                .collect();
            // Stable: a mention's first unit stays first among its own.
            index.sort_by_key(|&(m, _)| m);
            index.dedup_by_key(|&mut (m, _)| m);
            index
        });
        let e = u32::try_from(e).ok()?;
        let i = index.binary_search_by_key(&e, |&(m, _)| m).ok()?;
        Some(index[i].1)
    }

    /// Whether weapon mention `e` at unit `u` comes before the head of its
    /// phrase, and that head is a weapon of another class ("HIMARS
    /// rockets"; not "the MLRS HIMARS", one system named twice).
    fn modifies_weapon(&self, e: usize, u: u32) -> bool {
        let p = self.parse;
        let ph = p.phrase_of[u as usize];
        if ph == NONE {
            return false;
        }
        let head = p.units[p.phrases[ph as usize].head as usize];
        let head_class = head
            .mention
            .and_then(|m| self.entities.get(m as usize))
            .map(|h| h.class());
        head.first > p.units[u as usize].first
            && head.mention_weapon
            && head_class.is_some_and(|c| c != self.entities[e].class())
    }

    /// Whether phrase `ph` is the subject of an active verb of the
    /// `stance_verb` class, or of opposing a plan (`oppose_plan_verb`),
    /// whose object is the phrase of the noun at unit `noun` ("Chile
    /// welcomed the sanctions", "Argentina vetoed the sanctions on Chile":
    /// the one who vetoes a measure does not impose it).
    fn stance_subject(&self, ph: u32, noun: u32) -> bool {
        let p = self.parse;
        self.subject_of_active(ph, noun, |_, g, noun_list| {
            g.object != NONE
                && (p.units[g.head as usize].classes & WordClass::StanceVerb.bit() != 0
                    || (self.opposes)(p.units[g.head as usize].word as usize))
                && p.phrases[g.object as usize].list_head == noun_list
        })
    }

    /// Whether phrase `ph` (or the list it is in) is the subject of an
    /// active verb group for which `governs` holds, given the group's
    /// index, the group and the list head of the phrase of the noun at
    /// unit `noun` (one pass over the sentence's verb groups).
    fn subject_of_active(&self, ph: u32, noun: u32, governs: impl Fn(u32, &VerbGroup, u32) -> bool) -> bool {
        let p = self.parse;
        let of_noun = p.phrase_of[noun as usize];
        if of_noun == NONE {
            return false;
        }
        let noun_list = p.phrases[of_noun as usize].list_head;
        let actor_list = p.phrases[ph as usize].list_head;
        p.groups.iter().enumerate().any(|(g, group)| {
            group.subject != NONE
                && group.flags & vg::PASSIVE == 0
                && governs(g as u32, group, noun_list)
                && p.conjuncts(group.subject).any(|c| c == ph || c == actor_list)
        })
    }

    /// Whether phrase `ph` is the subject of an active verb that asks for
    /// the deed the noun at unit `noun` names: a verb of pleading whose
    /// object or "for" phrase it heads ("Chile urges sanctions on Peru",
    /// "appealed for arms deliveries"), or a verb of calling for whose
    /// "for" phrase it heads ("called for", "pressed for"). Who asks does
    /// not do the deed; who is asked, when named, may ("urged the UN to
    /// impose sanctions": the infinitive's own subject).
    fn pleads_for(&self, ph: u32, noun: u32) -> bool {
        let p = self.parse;
        self.subject_of_active(ph, noun, |g, group, noun_list| {
            let head = p.units[group.head as usize].word as usize;
            let plea = (self.in_any)(self.pleas, head);
            if !plea && !(self.in_any)(self.calls_for, head) {
                return false;
            }
            (plea && group.object != NONE && p.phrases[group.object as usize].list_head == noun_list)
                || p.group_pps(g).iter().any(|&(prep, x)| {
                    p.phrases[x as usize].list_head == noun_list
                        && self.keys[p.units[prep as usize].word as usize] == "for"
                })
        })
    }

    /// Whether the noun trigger at unit `noun` opens with a possessive
    /// pronoun right after a verb of joining whose subject is phrase `ph`
    /// ("Estonia asked NATO to join its sanctions on Belarus"): who joins
    /// them joins another's, and is not the one whose they are. For an
    /// infinitive with no subject of its own ("called on its partners to
    /// back its sanctions"), the phrase right before it.
    fn joins_anothers(&self, ph: u32, noun: u32) -> bool {
        let p = self.parse;
        let of_noun = p.phrase_of[noun as usize];
        if of_noun == NONE {
            return false;
        }
        let first = p.phrases[of_noun as usize].first;
        let det = p.units[first as usize];
        if first == 0 || det.tag != Tag::Det || det.classes & WordClass::PossessivePronoun.bit() == 0 {
            return false;
        }
        let g = p.group_of[first as usize - 1];
        if g == NONE {
            return false;
        }
        let group = p.groups[g as usize];
        if group.end != first || !(self.in_any)(self.joins, p.units[group.head as usize].word as usize) {
            return false;
        }
        let subject = p.subject_or_controller(&group);
        let actor_list = p.phrases[ph as usize].list_head;
        subject != NONE && p.conjuncts(subject).any(|c| c == ph || c == actor_list)
    }

    /// Whether the noun trigger at unit `noun` is the object of a gerund that
    /// is the subject of a reported clause, and unit `u` stands before that
    /// gerund: "Russia says imposing sanctions on Peru would be a mistake"
    /// names no one who would impose them, and the speaker is not one.
    fn before_reported_gerund(&self, u: u32, noun: u32) -> bool {
        let p = self.parse;
        let of_noun = p.phrase_of[noun as usize];
        if of_noun == NONE {
            return false;
        }
        let noun_list = p.phrases[of_noun as usize].list_head;
        p.groups.iter().enumerate().any(|(g, group)| {
            group.object != NONE
                && u < group.first
                && p.phrases[group.object as usize].list_head == noun_list
                && reported_subject_gerund(p, g)
        })
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
    ///   phrase;
    /// - the doer of a noun trigger is the subject of a verb of stance
    ///   whose object is the noun ("Chile welcomed new sanctions on Peru").
    /// - an actor opens with "not" after a comma ("preparing to attack,
    ///   not Peru"): it is set against another phrase;
    /// - an attack target after "in" is only where the people or the
    ///   number the verb hit were ("killed civilians in Peru").
    pub(super) fn contradicts<'r>(
        &self,
        rel: &Relation<'r>,
        trigger: Option<usize>,
        first_word: Option<usize>,
    ) -> Verdict<'r> {
        let p = self.parse;
        // A pattern with no verb: the first class word it read ("sale").
        let noun_trigger = match trigger {
            Some(_) => None,
            None => first_word.and_then(|t| p.unit_of.get(t).copied()),
        };
        let trigger_unit = trigger.and_then(|t| p.unit_of.get(t).copied());
        if let Some(u) = trigger_unit {
            let unit = p.units[u as usize];
            if matches!(unit.tag, Tag::Noun | Tag::Adj | Tag::Name) && unit.mention.is_none() {
                self.explain("the verb is read as a noun");
                return Verdict::Drop;
            }
            // "Aids charity X": a verb word inside a name is no verb.
            if unit.tag == Tag::Mention {
                self.explain("the verb is part of a name");
                return Verdict::Drop;
            }
            // "Chile-backed rebels shelled Peruvian positions": a verb inside
            // a compound modifier says nothing of the clause's objects.
            if unit.tag == Tag::Adj && unit.end - unit.first > 1 {
                self.explain("the verb is part of a compound modifier");
                return Verdict::Drop;
            }
        }
        let group = trigger_unit
            .map(|u| p.group_of[u as usize])
            .filter(|&g| g != NONE);
        // "designated Qatar as a major ally": an "as" phrase of the verb
        // headed by what no sanctions list holds.
        if rel.relation_type() == "sanction"
            && group.is_some_and(|g| {
                p.group_pps(g).iter().any(|&(prep, ph)| {
                    self.keys[p.units[prep as usize].first as usize] == "as"
                        && (self.in_any)(
                            self.not_sanctioned_as,
                            p.units[p.phrases[ph as usize].head as usize].first as usize,
                        )
                })
            })
        {
            self.explain("designated as what no sanctions list holds");
            return Verdict::Drop;
        }
        let attack = rel.relation_type() == "attack";
        if attack && group.is_some_and(|g| self.killed_in(g)) {
            self.explain(
                "a past verb with no object, a preposition after it: the one before it suffered the deed",
            );
            return Verdict::Drop;
        }
        // A preposition of reason ("over", "amid", "despite") between a verb
        // and a filler after it opens what the deed is about, not its
        // participants: "imposed sanctions over arms sales to Syria" does
        // not sanction Syria. (Attacks have their rule below.)
        let reason = |u: u32| {
            let unit = p.units[u as usize];
            unit.tag == Tag::Prep && unit.classes & WordClass::ReasonPreposition.bit() != 0
        };
        let mut trimmed: Vec<&str> = Vec::new();
        for arg in rel.arguments() {
            // A wrong optional filler goes; a wrong required one takes the
            // relation with it.
            let required = rel.schema().role(arg.role).is_some_and(|r| r.is_required());
            let mut reject = |why: &str| {
                self.explain(why);
                if required {
                    true
                } else {
                    trimmed.push(arg.role);
                    false
                }
            };
            let Some(e) = arg.entity else {
                continue;
            };
            if super::kind_class(self.entities[e].entity_type()) != 0 {
                // "send HIMARS precision rockets": a weapon that modifies
                // another weapon in its phrase is not the thing named; the
                // head is.
                if self.entities[e].entity_type() == EntityType::Weapon
                    && self.unit_of(e).is_some_and(|u| self.modifies_weapon(e, u))
                    && reject("a weapon that modifies another weapon")
                {
                    return Verdict::Drop;
                }
                continue;
            }
            let Some(u) = self.unit_of(e) else {
                continue;
            };
            // ", not Peru" sets a phrase against another one, whatever
            // stands near it: "Chile is preparing to attack, not Peru"
            // names no target, "Chile shelled Bolivia, not Peru" no attack
            // on Peru.
            if self.contrasted(u) {
                if reject("a phrase set against another after ', not'") {
                    return Verdict::Drop;
                }
                continue;
            }
            // "Brazil, which never sold arms to Peru, imposed sanctions on
            // Chile": an actor inside a relative clause that closes before
            // the trigger belongs to that clause, not to the deed after it;
            // nor does a trigger inside one reach an actor after it ("Peru,
            // which Chile sanctioned, sent troops to Bolivia").
            // (Not a role: ", which X co-chaired with Ana Soto, former
            // President of Y" names Ana Soto's post in an apposition the
            // clause's comma seems to close.)
            if let Some(t) = trigger_unit
                .or(noun_trigger)
                .filter(|_| rel.relation_type() != "role")
            {
                if self.in_relative_closed_before(u.min(t), u.max(t)) {
                    if reject("inside a relative clause that closes before the trigger") {
                        return Verdict::Drop;
                    }
                    continue;
                }
            }
            if !attack {
                let across = trigger_unit.is_some_and(|t| u > t && (t + 1..u).any(reason));
                if across {
                    if reject("a preposition of reason between it and the trigger") {
                        return Verdict::Drop;
                    }
                    continue;
                }
            }
            let ph = p.phrase_of[u as usize];
            if ph == NONE {
                continue;
            }
            let phrase = p.phrases[ph as usize];
            let list = p.phrases[phrase.list_head as usize];
            // The object role ("Putin's bombing of U.S.-supported rebels"):
            // a mention inside a compound that does not make it the owner
            // modifies another noun, whatever the trigger. (The subject may
            // be one: "Iran-backed" names the backer.)
            let object_role = rel.schema().roles().get(1).is_some_and(|r| r.name() == arg.role);
            let unit = p.units[u as usize];
            let hyphenated = (unit.first..unit.end).any(|t| self.keys[t as usize] == "-");
            if object_role && hyphenated && phrase.head != u && !owns(&unit) {
                if reject("a compound that does not make it the owner") {
                    return Verdict::Drop;
                }
                continue;
            }
            // "Chile welcomed new sanctions on Peru", "Chile criticised arms
            // sales to Peru": the subject of a verb of stance whose object
            // is the noun trigger judges the deed; it does not do it.
            if let Some(tu) = noun_trigger {
                let agent = !object_role && rel.relation_type() != "role";
                if agent && u < tu && self.stance_subject(ph, tu) {
                    if reject("the subject of a verb of stance toward the deed") {
                        return Verdict::Drop;
                    }
                    continue;
                }
                if agent && u < tu && self.pleads_for(ph, tu) {
                    if reject("the subject of a verb that asks for the deed") {
                        return Verdict::Drop;
                    }
                    continue;
                }
                if agent && u < tu && self.joins_anothers(ph, tu) {
                    if reject("the subject of a verb of joining another's deed") {
                        return Verdict::Drop;
                    }
                    continue;
                }
                if agent && u < tu && self.before_reported_gerund(u, tu) {
                    if reject("the speaker of a gerund that is the subject of what it reports") {
                        return Verdict::Drop;
                    }
                    continue;
                }
            }
            // "sanctions on Russia's mercenary firm Wagner Group": after a
            // noun trigger, the owner of a phrase that names its own actor
            // is not the one acted on.
            if object_role && noun_trigger.is_some_and(|tu| u > tu) && self.owner_of_named_actor(u, ph) {
                if reject("the possessor of a phrase that names its own actor") {
                    return Verdict::Drop;
                }
                continue;
            }
            let (Some(g), Some(t)) = (group, trigger) else {
                continue;
            };
            // Whatever its side of the verb, an actor must be the phrase's
            // head or stand for it: "Chilean troops", "Chile's army",
            // "Chile-led forces" are Chile; "Chilean businesses", "Chile's
            // claims", "Chile-backed rebels", "the Chilean minister Ana Soto"
            // are not.
            let patient = (p.units[u as usize].first as usize) >= t;
            let vgroup = p.groups[g as usize];
            let passive = vgroup.flags & vg::PASSIVE != 0 && vgroup.flags & vg::REDUCED == 0;
            // Before an active verb, the actor does the deed: a city does
            // not stand for its country there. Before a passive one (reduced
            // too: "a Peruvian tugboat hit by ..."), the object role suffers
            // it.
            let suffers = vgroup.flags & vg::PASSIVE != 0 && object_role;
            let doer = !patient && !passive && !suffers;
            if let Some(why) = self.not_the_actor(u, ph, (patient, doer, attack)) {
                if reject(why) {
                    return Verdict::Drop;
                }
                continue;
            }
            if patient {
                // An attack verb whose object is another thing, with the
                // actor only in a phrase after it: "hit the headlines in
                // Chile", "attacked the plan over Chile".
                // ("of", "against", "on": "most of the Chilean navy",
                // "an offensive against Chile" keep it.)
                // So for support, whatever the preposition but "of":
                // "supports change to Senate's rules", "backed sanctions on
                // Peru" back the change and the sanctions, not the Senate or
                // Peru.
                let support = rel.relation_type() == "support";
                // So too for sanctions, but after "on" or "against", which
                // name whom what the verb puts in place hits ("imposed
                // sanctions on Peru"): "sanctioned fresh talks with Peru"
                // approves the talks; it sanctions no one.
                // (Only the verb "sanction" itself, which also means to
                // approve: "broke a Chilean embargo by trading with Peru"
                // keeps Peru.)
                let sanction = rel.relation_type() == "sanction"
                    && self.keys[p.units[vgroup.head as usize].word as usize].starts_with("sanction");
                let by_place = list.prep != NONE
                    && match self.keys[p.units[list.prep as usize].word as usize] {
                        "of" => false,
                        "against" | "on" | "upon" | "into" => support,
                        _ => true,
                    };
                if (attack || support || sanction) && by_place && vgroup.object != NONE {
                    let object = p.phrases[vgroup.object as usize];
                    let head = p.units[object.head as usize];
                    // "over" and "about" give the reason, whoever the
                    // object is: "attacked the government over Chile".
                    let key = self.keys[p.units[list.prep as usize].word as usize];
                    let topic = matches!(key, "over" | "about");
                    // "in" names where people were hit, not a party: "strikes
                    // that killed civilians in Syria", "shot three in Lima"
                    // hit the civilians and the three, not Syria or Peru.
                    // (A force or a site keeps its place: "shelled positions
                    // in Chile".)
                    let people = (self.in_any)(self.persons, head.word as usize) || head.tag == Tag::Num;
                    let stands = !topic
                        && (head.mention.is_some()
                            || (self.in_any)(self.stand_ins, head.word as usize)
                            || (people && !(attack && key == "in"))
                            || head.tag == Tag::Pron);
                    if object.list_head != phrase.list_head
                        && !stands
                        && reject("the verb's object is another thing")
                    {
                        return Verdict::Drop;
                    }
                }
                continue;
            }
            // The actor before the verb: it must be where the parse puts
            // the doer, when the parse found one: the doer's phrase, its
            // possessor, or a "by" phrase right after it ("a car bomb by
            // Chilean rebels kills ...").
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
            // For a passive, the doer is the "by" phrase; the one that
            // suffers the deed (the object role) is the phrase written as
            // its subject.
            let doer = if suffers {
                vgroup.surface_subject
            } else {
                vgroup.subject
            };
            // What a number or collective noun counts suffers with it:
            // "dozens of Afghan soldiers killed by ...".
            let counted_by = |x: u32| {
                x != NONE
                    && list.prep != NONE
                    && list.prep > 0
                    && self.keys[p.units[list.prep as usize].word as usize] == "of"
                    && p.phrase_of[list.prep as usize - 1] != NONE
                    && p.phrases[p.phrase_of[list.prep as usize - 1] as usize].list_head
                        == p.phrases[x as usize].list_head
            };
            // The subject of an active attack verb strikes, it is not struck:
            // "Ukraine struck the bridge using rockets provided by the US" is
            // no attack on Ukraine.
            if attack && object_role && vgroup.flags & vg::PASSIVE == 0 && holds(vgroup.subject) {
                if reject("the target is the subject of an active attack verb") {
                    return Verdict::Drop;
                }
                continue;
            }
            // "Chile vetoed a plan to send tanks to Peru": the subject of a
            // verb that opposes the plan does not do what it would do.
            if !suffers && holds(doer) && opposed_plan(p, g, self.opposes) {
                if reject("the subject of a verb that opposes the plan") {
                    return Verdict::Drop;
                }
                continue;
            }
            // "Russia says imposing sanctions on Peru would be a mistake":
            // a gerund that is the subject of a reported clause has no doer
            // named, and the speaker before it is not one.
            if !suffers && doer == NONE && reported_subject_gerund(p, g as usize) {
                if reject("the speaker of a gerund that is the subject of what it reports") {
                    return Verdict::Drop;
                }
                continue;
            }
            if holds(doer) || (suffers && counted_by(doer)) {
                continue;
            }
            // The agent of another verb's passive did that verb's deed, not
            // this one's: "weapons supplied by Iran to attack ..." (the
            // attack's doer goes unsaid).
            let agent_elsewhere = doer == NONE
                && p.groups.iter().enumerate().any(|(h, other)| {
                    h as u32 != g && other.flags & vg::PASSIVE != 0 && holds(other.subject)
                });
            if agent_elsewhere {
                if reject("the agent of another verb") {
                    return Verdict::Drop;
                }
                continue;
            }
            let why = if suffers {
                (doer != NONE).then_some("before a passive verb, not its subject")
            } else if vgroup.flags & vg::PASSIVE != 0 {
                Some("passive, not in the by phrase")
            } else if doer != NONE {
                Some("before the verb, not its subject")
            } else if list.prep != NONE && !self.by_or_of_noun(list.prep) {
                Some("object of a preposition")
            } else {
                None
            };
            if let Some(why) = why {
                if reject(why) {
                    return Verdict::Drop;
                }
            }
        }
        if trimmed.is_empty() {
            Verdict::Keep
        } else {
            Verdict::Trim(trimmed)
        }
    }
}

/// What the check says of a relation.
pub(super) enum Verdict<'r> {
    Keep,
    Drop,
    /// Keep it without the fillers of these optional roles.
    Trim(Vec<&'r str>),
}
