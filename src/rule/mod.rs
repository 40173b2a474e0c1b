//! Mentions to relations: the rule stage, and the reference of the rule
//! language below.
//!
//! The stage is split by job: `syntax` reads rule files (and runs the rules'
//! examples), `classes` reads word class and cue declarations and resolves
//! them, `compile` turns patterns into programs and builds the rule set with
//! its word classes, `analysis` says what each program needs before it runs
//! (first tokens, fewest mentions, the prefilter), `matcher` runs the
//! programs over sentences, `emit` makes and de-duplicates relations,
//! `sense` drops those whose actors show that the words meant something else
//! (or name a country's people, not its state), `domain` those whose
//! words were meant in space flight, trade or law, and `factuality` reads
//! the cues.
//!
#![doc = include_str!("../../docs/rules.md")]

use std::collections::{BTreeSet, HashMap};

use crate::classes::Reserved;
use crate::entity::EntityType;
use crate::error::{locate, Error, ErrorKind};
use crate::relation::Factuality;
use crate::schema::{type_bit, type_names, RelationSchema, RoleSchema, ACTOR, TEXT};

mod analysis;
mod check;
mod classes;
mod compile;
mod domain;
mod emit;
mod factuality;
mod frame;
mod matcher;
mod sense;
mod syntax;

pub(crate) use compile::Built;
pub(crate) use emit::Limits;
pub(crate) use matcher::MatchBuffers;
pub(crate) use syntax::ExampleResult;

use analysis::Prefilter;
use classes::{Includes, Member};
use factuality::Cues;

/// One instruction of a compiled pattern.
#[derive(Clone, Debug)]
enum Inst {
    /// A token whose key is in the word class.
    Word(usize),
    /// An entity group of these types, bound to a role (or not).
    Entity {
        role: Option<usize>,
        types: u8,
        /// One mention, never a list: "chief executive Ann Kettle and Bob
        /// Marsh" gives the post to one person (`<role.one>`).
        one: bool,
    },
    /// Up to this many tokens a gap may skip, fewest first; then on.
    Gaps(usize),
    /// Zero-width: the next token's key is not in the class.
    NotWord(usize),
    /// A token whose text, as written, matches the rule set's regular
    /// expression of this index.
    Regex(usize),
    /// Zero-width: the next token's text does not match the regular
    /// expression of this index (or there is no next token).
    NotRegex(usize),
    /// Try `.0` first, then `.1`.
    Split(usize, usize),
    Jump(usize),
    /// Record the position as the start (`true`) or end of a text role.
    Save {
        role: usize,
        start: bool,
    },
    Match,
}

#[derive(Clone, Debug)]
struct Example {
    text: String,
    expected: Option<Vec<(String, String)>>,
    line: usize,
}

/// What every path from an instruction needs of the first token it reads.
#[derive(Clone, Debug, PartialEq)]
enum First {
    /// Nothing known: a path may skip or match nothing.
    Any,
    /// A token in one of these word classes, or (if `entity`) the start of
    /// an entity group, perhaps after a determiner.
    Need { words: ClassBits, entity: bool },
}

/// A set of word classes as the words of a class mask that are not zero,
/// each with its index, in order. A first-token set names one class or a
/// few, and the matcher tests it at most positions it tries: the test
/// reads one or two words of the token's mask, not all of them.
type ClassBits = Box<[(usize, u64)]>;

#[derive(Clone, Debug)]
struct Rule {
    id: String,
    relation: usize,
    program: Vec<Inst>,
    /// Per instruction: what the token at the current position must be for
    /// the program to go on from there. Lets starts, gaps and alternatives
    /// pass over positions without trying them.
    first: Vec<First>,
    /// The fewest entity mentions a match spans: each entity element of a
    /// pattern takes a group of its own.
    min_mentions: usize,
    /// Of those, the fewest that must be actors (elements that only take
    /// countries, organizations or persons).
    min_actors: usize,
    /// Type masks ([`type_bit`](crate::schema::type_bit)s) each of which
    /// some mention of the sentence must have for a match: a supply frame
    /// that requires its item needs a weapon.
    needs_types: Vec<u8>,
    /// What every match needs from a sentence: for each clause (a mask over
    /// word classes), a token in one of its classes. Sentences without are
    /// skipped (the prefilter).
    required: Vec<Box<[u64]>>,
    floor: Factuality,
    cues: bool,
    /// A word class whose words, anywhere in a sentence, keep the rule off
    /// it (`unless_sentence:`): sports pages "back" teams to win.
    veto: Option<usize>,
    examples: Vec<Example>,
    file: String,
    /// For a frame rule: the frame (its `program` is a lone `Match`).
    frame: Option<frame::Frame>,
}

impl Rule {
    /// A judged factuality and source, raised to the rule's floor: the
    /// floor has no source.
    fn at_least_floor(
        &self,
        (factuality, source): (Factuality, Option<usize>),
    ) -> (Factuality, Option<usize>) {
        if factuality::strength(self.floor) > factuality::strength(factuality) {
            (self.floor, None)
        } else {
            (factuality, source)
        }
    }
}

/// Parsed rule files, before they are checked and compiled together. The
/// files' text (`'t`) outlives it: class members are borrowed from there.
#[derive(Debug)]
pub(crate) struct RuleSetBuilder<'t> {
    relations: Vec<RelationSchema>,
    /// Word classes as declared and changed, the [`Reserved`] ones first at
    /// their fixed indices.
    classes: Vec<ClassDecl<'t>>,
    class_ids: HashMap<String, usize>,
    /// Factuality cues (keys of each word) in declaration order; a phrase
    /// declared again replaces its earlier cue, which leaves a `None`.
    cues: Vec<Option<(Vec<String>, Factuality)>>,
    /// Where each phrase's cue is in `cues`.
    cue_at: HashMap<Vec<String>, usize>,
    /// Pattern lines kept for compiling after all classes are known.
    pending: Vec<PendingRule>,
}

impl Default for RuleSetBuilder<'_> {
    fn default() -> Self {
        let classes: Vec<ClassDecl> = Reserved::ALL
            .iter()
            .map(|r| ClassDecl {
                name: r.name().to_string(),
                ..ClassDecl::default()
            })
            .collect();
        RuleSetBuilder {
            relations: Vec::new(),
            class_ids: classes
                .iter()
                .enumerate()
                .map(|(i, c)| (c.name.clone(), i))
                .collect(),
            classes,
            cues: Vec::new(),
            cue_at: HashMap::new(),
            pending: Vec::new(),
        }
    }
}

/// A word class as rule files declare and change it. Its members are
/// phrases of one or more word keys. Resolved at build: its own members and
/// those of the classes it includes, less the ones taken out.
#[derive(Debug, Default)]
struct ClassDecl<'t> {
    name: String,
    /// Declared with `verbs`: its words are no verbs after a noun marker.
    verbs: bool,
    /// Where it was declared; `None` for a reserved class no file declares.
    declared: Option<Place>,
    own: BTreeSet<Member<'t>>,
    /// Members of the list being read that came in order after all of
    /// `own`, added to it in one step when the list ends
    /// ([`ClassDecl::flush`]): a list of tens of thousands of sorted words
    /// (the given names) is built in one pass, where inserting them one by
    /// one into the tree cost most of reading the rule files.
    appended: Vec<Member<'t>>,
    /// Classes whose members it takes in (`@name`), with where each is named.
    includes: Includes,
    /// Members taken out (`-=`), also when an included class has them.
    removed: BTreeSet<Member<'t>>,
}

impl ClassDecl<'_> {
    /// Adds the members [`appended`](Self::appended) holds to
    /// [`own`](Self::own).
    fn flush(&mut self) {
        if self.appended.is_empty() {
            return;
        }
        let appended = std::mem::take(&mut self.appended);
        if self.own.is_empty() {
            // (Sorted: built in one pass.)
            self.own = appended.into_iter().collect();
        } else {
            self.own.extend(appended);
        }
    }
}

/// A spot in a rule file, kept for an error found after parsing.
#[derive(Clone, Debug)]
struct Place {
    file: String,
    line_no: usize,
    line: String,
    at: usize,
}

impl Place {
    /// The text of the line from the spot on.
    fn value(&self) -> &str {
        &self.line[self.at.min(self.line.len())..]
    }

    /// The same line at offset `at`.
    fn moved(&self, at: usize) -> Place {
        Place { at, ..self.clone() }
    }

    fn err(&self, msg: impl Into<String>) -> Error {
        Error::at(
            ErrorKind::Rule,
            msg,
            locate(&self.file, self.line_no, &self.line, self.at),
        )
    }
}

/// A rule as parsed, compiled once every file is read.
#[derive(Debug)]
struct PendingRule {
    id: String,
    relation: String,
    /// The pattern's line number, line and byte offset in it.
    pattern: Option<(usize, String, usize)>,
    /// The frame fields, for a rule written over the grammar stage's
    /// structure instead of a pattern.
    frame: frame::FrameSpec,
    floor: Factuality,
    cues: bool,
    /// `unless_sentence: @class`: its line number, line and the byte offset
    /// of the class name in it.
    veto: Option<(usize, String, usize)>,
    examples: Vec<Example>,
    file: String,
    line_no: usize,
    line: String,
    embedded: bool,
}

/// The compiled rules. The word classes their patterns read are the
/// extractor's (`classes`), built with them: matching reads each token's
/// class row from the lexicon by its word id.
#[derive(Debug)]
pub(crate) struct RuleSet {
    relations: Vec<RelationSchema>,
    /// Per relation: whether its deed, reported by the side it was done
    /// to, is that side's claim (`victim_claimed_relation`; see
    /// `Context::victim_claim`).
    victim_claimed: Vec<bool>,
    /// The word classes each rule needs, by class row.
    prefilter: Prefilter,
    /// The fewest entity mentions, and actor mentions, any rule's match
    /// spans.
    min_mentions: usize,
    min_actors: usize,
    /// The rules each count and type of mentions allows.
    gates: matcher::Gates,
    /// Per word class: whether it holds verbs.
    verb_sets: Vec<bool>,
    rules: Vec<Rule>,
    cues: Cues,
    /// The classes of nouns that stand for the actor modifying them
    /// (`actor_noun`, `target_noun`), as a mask: the grammar check of
    /// token patterns accepts "Chilean troops" as Chile.
    check_nouns: Box<[u64]>,
    /// Of those, the nouns that stand for an actor doing something
    /// (`actor_noun`, `military_noun`): "Chilean troops attacked" is Chile,
    /// "the Chilean city of Arica ... killing" is not.
    doer_nouns: Box<[u64]>,
    /// The classes of nouns for people (`person_noun`, `sports_actor`), as
    /// a mask.
    person_nouns: Box<[u64]>,
    /// The verbs of pleading (`plea_verb`: "urges sanctions") and of
    /// calling for (`call_for_verb`: "called for sanctions"), as masks:
    /// their subject does not do the deed they ask for.
    plea_verbs: Box<[u64]>,
    call_for_verbs: Box<[u64]>,
    /// The verbs of joining or backing another's measures (`join_verb`),
    /// as a mask: "asked NATO to join its sanctions" are not NATO's.
    /// The heads of an "as" phrase that make designating no sanction
    /// (`designation_not_sanction`), for the grammar check.
    not_sanctioned_as: Box<[u64]>,
    join_verbs: Box<[u64]>,
    /// The words for a border (`border_noun`), as a mask, for the grammar
    /// check of patterns (frames read the class as `border_noun`).
    border_nouns: Box<[u64]>,
    /// The classes that tell another sense of a relation's words from its
    /// actors (see [`sense`]).
    sense: sense::Sense,
    /// The classes that tell a relation's words meant in space flight,
    /// trade or law (see [`domain`]).
    domain: domain::Domain,
    /// How many relations a sentence and a document keep.
    limits: Limits,
    /// The patterns' token regular expressions (`/.../`), anchored.
    regexes: Vec<regex::Regex>,
    /// The class of numbers and collective nouns whose "of" phrase holds
    /// what they count ("hundreds of soldiers"), for frames.
    quantity_noun: Option<usize>,
    /// The class of verbs of opposing a plan (`oppose_plan_verb`: "vetoed a
    /// plan to help Peru"), for frames and the check of patterns.
    oppose_plan_verb: Option<usize>,
    /// The class of pronouns that may stand for a country, organization
    /// or place named before them in an event's argument slot ("Russian
    /// forces shelled it"), for frames.
    actor_pronoun: Option<usize>,
    /// The class of plural pronouns that may stand for a group or a
    /// country's forces named before them ("Russian troops advanced, and
    /// Ukrainian guns shelled them"), for frames.
    plural_pronoun: Option<usize>,
    /// The class of words after a noun that open the names it stands for
    /// ("towns such as Kharkiv"), for frames.
    example_marker: Option<usize>,
    /// The class of bids, plans and proposals (`plan_noun`: "a Glazer
    /// bid"), whose modifier names no actor, for frames.
    plan_noun: Option<usize>,
    /// The class of words for a border (`border_noun`), for frames: "Poland's
    /// border areas with Ukraine" is a zone along the border, whose owner
    /// is no target.
    border_noun: Option<usize>,
    /// The class of participles whose "by" phrase names who set off the
    /// weapon they follow ("a bomb planted by Peru"), for frames.
    weapon_doer_verb: Option<usize>,
    /// The class of verbs of joining or backing another's measures
    /// (`join_verb`), for frames: "Estonia asked NATO to join its
    /// sanctions" are Estonia's, not NATO's.
    join_verb: Option<usize>,
    /// The classes of texts a body votes on and of the verbs by which it
    /// does ("will vote on a resolution that would ..."), for frames.
    document_noun: Option<usize>,
    document_author_verb: Option<usize>,
}

impl RuleSet {
    /// The relations the rule files declare, in load order.
    pub(crate) fn schema(&self) -> &[RelationSchema] {
        &self.relations
    }

    /// Sets how many relations a sentence and a document keep.
    pub(crate) fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// The ids of all rules, in load order.
    pub(crate) fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().map(|r| r.id.as_str())
    }
}

/// Actors (0), weapons (1) and places (2) never share a coordinated list.
fn kind_class(t: EntityType) -> u8 {
    match t {
        EntityType::Country | EntityType::Organization | EntityType::Person => 0,
        EntityType::Weapon => 1,
        EntityType::Location => 2,
    }
}
