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
//! - `slots:` maps grammatical slots to roles; `SLOT=ROLE?` is a
//!   fallback, used only when the slots before it filled none of its roles
//!   ("welcomed Chile's support" is support for the subject, unless the
//!   support is for someone: "welcomed Chile's support for Peru"). For verbs: `subject` (the
//!   doer: for a passive, the "by" phrase), `object` (for a passive, the
//!   phrase written as subject), `indirect` ("promised Peru helicopters"),
//!   and any preposition (`to`, `with`, `against`, ...) for the phrases
//!   after the verb in its clause; `pair.PREP=A,B` splits the list after
//!   the preposition into its first member (role A) and the rest (role B):
//!   "clashes between Chile and Peru". For nouns: `possessor` ("Peru's sale"),
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

mod fill;
mod spec;

pub(super) use fill::{opposed_plan, owns, plural_key, Context};
pub(super) use spec::{FrameSpec, FIELDS};

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
    /// The first object of the verb whose second object a noun trigger is
    /// ("offered Chile its support").
    GovernorIndirect,
    /// A prepositional phrase of the verb whose subject a noun trigger is:
    /// "military aid from Chile arrives in Peru" (`governor.in`).
    GovernorPrep(String),
    /// The country or organization that modifies the object of a verb
    /// ("Peru gets Chilean drones"), or names where it was made
    /// ("Chilean-made drones"); for a noun, the phrase of the "of" right
    /// after it ("took delivery of Chilean drones").
    ObjectModifier,
    /// The doer of the clause a verb governs: "Chile alleged that Peru
    /// shelled the town" (Peru).
    ComplementSubject,
    /// The subject of a verb of saying that closes the sentence after a
    /// comma ("Chile blamed for the blast, Peru says": Peru).
    Reporter,
    /// The phrase after this preposition (a normalized key).
    Prep(String),
    /// The list after this preposition as two sides, `pair.PREP=A,B`: the
    /// first member fills role A, the others role B ("clashes between
    /// Chile and Peru"). A single member fills neither. `pair.subject`
    /// reads a verb's subject so ("Chile and Peru exchanged fire"),
    /// `pair.governor_subject` the subject of the verb that governs a noun
    /// ("Chile and Peru were at war"), `pair.governor.PREP` the list after
    /// a preposition of the verb whose subject a noun is ("clashes broke
    /// out between Chile and Peru").
    Pair(String),
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
            "governor_indirect" => Slot::GovernorIndirect,
            "object_modifier" => Slot::ObjectModifier,
            "complement_subject" => Slot::ComplementSubject,
            "reporter" => Slot::Reporter,
            p if p.starts_with("governor.") => Slot::GovernorPrep(p["governor.".len()..].to_string()),
            p if p.starts_with("pair.") => Slot::Pair(p["pair.".len()..].to_string()),
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
    /// Per slot: whether it is a fallback (`SLOT=ROLE?`), which fills its
    /// roles only while the slots before it have left them all empty.
    pub(super) fallback: Vec<bool>,
    /// Roles that must be filled.
    pub(super) required: Vec<usize>,
    /// The classes the governing verb must be in (`governor: @class`),
    /// none for any: for a noun frame, the verb the noun's phrase depends
    /// on; for a verb frame, the verb whose subject does the infinitive
    /// trigger ("help rebuild").
    pub(super) governor: Classes,
    /// The classes of nouns that stand for the actor modifying them
    /// (`nouns: @class ...`; default `@actor_noun`).
    pub(super) stand_ins: Classes,
    /// For a noun frame: the preposition its phrase must follow (`prep:
    /// under` for "Cuba is under a US embargo").
    pub(super) prep: Option<String>,
    /// `needs: SLOT @class`: the phrase in this slot (`self` for the noun
    /// trigger's own phrase; for a verb, its subject, object or the phrase
    /// of a preposition) must hold a word of one of these classes
    /// ("military aid", "security assistance", "to the border").
    pub(super) needs: Option<(Slot, Classes)>,
    /// `needs: SLOT @class ... TYPE ...`: entity types (bits) whose
    /// mention, named by its name and at the head of the phrase, meets the
    /// need too: "Chile besieged the port" as well as "Chilean troops
    /// besieged the port", not "Chilean tourists" (a demonym or an agent
    /// noun names people, not the state).
    pub(super) needs_named: u8,
    /// `head: @class`: the head of the `needs` phrase must be in one of
    /// these classes.
    pub(super) needs_head: Classes,
    /// `unless: PREP @class`: no match when a prepositional phrase of the
    /// trigger with this preposition has its head in one of these classes
    /// ("target Chile with sanctions" is no attack); for a noun trigger,
    /// `unless: before @class` rules out a word of these classes right
    /// before the noun ("a trade war").
    pub(super) unless: Option<(String, Classes)>,
    /// The entity types among the `unless` items: a verb's phrase headed
    /// by a mention of one, named by its name ("flew jets to Egypt"), rules
    /// the match out as a word of the classes does.
    pub(super) unless_named: u8,
}

impl Frame {
    /// Whether slot `i` is a fallback whose roles an earlier slot filled.
    pub(super) fn skips(&self, i: usize, targets: &[usize], roles: &[Vec<usize>]) -> bool {
        self.fallback[i] && targets.iter().any(|&r| !roles[r].is_empty())
    }

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
