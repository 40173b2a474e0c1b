//! Mentions to relations: the rule file format, the pattern language, the
//! matcher and factuality.
//!
//! Rules are data, like spaCy's `Matcher` patterns or PETRARCH's verb
//! dictionaries, but they work over what the earlier stages found: tokens (by
//! their normalized keys) and entity mentions (by type). A rule binds entity
//! mentions to the roles of a relation; when the pattern matches a sentence,
//! the rule emits one relation per combination of coordinated fillers ("The
//! U.S. and the EU sanctioned Iran" gives two).
//!
//! # File format
//!
//! Line-oriented; `#` starts a comment line. Three kinds of blocks:
//!
//! ```text
//! relation supply  supplier:ACTOR!  recipient:ACTOR!  item:WEAPON
//!
//! words sell: sell+ sold
//!
//! rule supply/sell
//!   pattern: <supplier> ..2 @sell ..4 <item>? ..3 to <recipient>
//!   example: Peru sold rifles to Chile. => supplier=PER item=small_arms recipient=CHL
//!   example: Peru sold bananas to Chile. => supplier=PER recipient=CHL
//! ```
//!
//! - `relation NAME ROLE:TYPES...` declares a relation and its roles. `TYPES`
//!   are entity types joined by `|` (`COUNTRY|ORGANIZATION`), `ACTOR` (short
//!   for `COUNTRY|ORGANIZATION|PERSON`), or `TEXT` for a role filled by plain
//!   text (a title). A trailing `!` marks a required role: every pattern of
//!   the relation must bind it.
//! - `words NAME: WORD...` declares a word class; `verbs NAME: WORD...` a
//!   class of verbs, whose words do not match right after a determiner,
//!   possessive or number ("the strike", "300 used tanks" are no verbs). `WORD+` adds the regular
//!   inflections (`supply+` is supply, supplies, supplied, supplying);
//!   irregular forms are listed as they are.
//! - `rule FAMILY/NAME` starts a rule for relation `FAMILY`; its indented
//!   lines are `pattern:` (exactly one), `factuality:` (a floor for every
//!   match: `negated`, `denied`, `alleged` or `uncertain`), `cues: off` (the
//!   sentence's cues do not apply: a title is a title whatever the clause
//!   says) and `example:`
//!   lines (`TEXT => ROLE=ID ...`, or `TEXT => none`). An embedded rule
//!   without an example is a build error; the test suite runs every example,
//!   and again with the text shifted by a prefix.
//!
//! # Pattern language
//!
//! A pattern is a sequence of elements, matched against the tokens of one
//! sentence:
//!
//! | element | matches |
//! | --- | --- |
//! | `word` | a token whose key is `word` (keys are lower case; `'s` is the possessive) |
//! | `@class` | a token in the word class |
//! | `<role>` | an entity mention (or a coordinated list: "Iran and Syria") of the role's types, bound to the role; a leading "the" is skipped |
//! | `<role:TYPE\|TYPE>` | the same, narrowed to these types; a country adjective right before its weapon ("Iranian drones") is the weapon's origin, and only a role narrowed to `:COUNTRY` binds it |
//! | `[TYPE\|TYPE]` | an entity mention of these types, not bound |
//! | `{role ...}` | the elements inside, whose text fills a `TEXT` role |
//! | `!word` | zero-width: the next token is not `word` ("@attack_verb !by" keeps an active rule off a passive) |
//! | `..N` | a gap of up to N tokens (N ≤ 16; `...` is `..4`); lazy; never crosses a clause boundary (`;`, `:`, brackets, "which", "who", "after", "if", ...) nor an actor named by name, capital or seat (a country adjective may be crossed). Since a gap cannot pass an actor, `<a> ..N verb` binds the nearest actor before the verb |
//! | `( a \| b c )` | alternatives |
//! | `X?` `X*` `X+` | optional; zero to four; one to four |
//!
//! Matching is a bounded backtracking search with a visited set, anchored at
//! each token: the work per start is bounded by the pattern, so a sentence of
//! n tokens costs O(n × pattern size), whatever its contents. Matches of one
//! rule do not overlap; the first match by priority wins (alternatives in
//! order, optional elements taken if they can be, gaps as short as they can
//! be). Each compiled instruction knows what the first token it reads must
//! be (a word of some sets, or the start of an entity group), so starts,
//! gaps and alternatives pass over positions where nothing could follow
//! without trying them.
//!
//! # Factuality
//!
//! Cues are looked for between the start of the clause (at most twelve tokens
//! before the match) and the rule's trigger (its first word or class element),
//! and among the words of the match that are not role fillers:
//!
//! - `denied`: deny, denial, reject claims, ... — the source is the nearest
//!   actor before the cue;
//! - `negated`: not, never, no, n't, refuse to, withhold, halt, ...;
//! - `uncertain`: may, might, could, would, will, plan to, consider, weigh,
//!   seek to, try to, if, whether, urge, call on, ready to, `to` right before
//!   the trigger ("Spain to send tanks"), ...;
//! - `alleged`: accuse, claim, allege, reportedly, according to, stated that,
//!   ... — the source is the nearest actor before the cue, or after
//!   "according to".
//!
//! When cues combine, the strongest wins, in this order: denied, negated,
//! uncertain, alleged, asserted. So "Ukraine accused Russia of planning to
//! attack" is uncertain, "Tehran denied it would send drones" is denied, and
//! "officials said Israel would not send weapons" is negated.

use std::collections::{BTreeSet, HashMap};

use crate::classes::Reserved;
use crate::entity::EntityType;
use crate::error::{locate, Error, ErrorKind};
use crate::relation::Factuality;
use crate::schema::{type_bit, type_names, RelationSchema, RoleSchema, ACTOR, TEXT};

mod analysis;
mod classes;
mod compile;
mod emit;
mod factuality;
mod matcher;
mod syntax;

pub(crate) use compile::Built;
pub(crate) use syntax::ExampleResult;

use analysis::Prefilter;
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
    },
    /// Up to this many tokens a gap may skip, fewest first; then on.
    Gaps(usize),
    /// Zero-width: the next token's key is not in the class.
    NotWord(usize),
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
    Need { words: Box<[u64]>, entity: bool },
}

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
    /// What every match needs from a sentence: for each clause (a mask over
    /// word classes), a token in one of its classes. Sentences without are
    /// skipped (the prefilter).
    required: Vec<Box<[u64]>>,
    floor: Factuality,
    cues: bool,
    examples: Vec<Example>,
    file: String,
}

/// Parsed rule files, before they are checked and compiled together.
#[derive(Debug)]
pub(crate) struct RuleSetBuilder {
    relations: Vec<RelationSchema>,
    /// Word classes as declared and changed, the [`Reserved`] ones first at
    /// their fixed indices.
    classes: Vec<ClassDecl>,
    class_ids: HashMap<String, usize>,
    /// Factuality cues (keys of each word) in declaration order; a phrase
    /// declared again replaces its earlier cue.
    cues: Vec<(Vec<String>, Factuality)>,
    /// Pattern lines kept for compiling after all classes are known.
    pending: Vec<PendingRule>,
}

impl Default for RuleSetBuilder {
    fn default() -> RuleSetBuilder {
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
            pending: Vec::new(),
        }
    }
}

/// A word class as rule files declare and change it. Its members are
/// phrases of one or more word keys. Resolved at build: its own members and
/// those of the classes it includes, less the ones taken out.
#[derive(Debug, Default)]
struct ClassDecl {
    name: String,
    /// Declared with `verbs`: its words are no verbs after a noun marker.
    verbs: bool,
    /// Where it was declared; `None` for a reserved class no file declares.
    declared: Option<Place>,
    own: BTreeSet<Vec<String>>,
    /// Classes whose members it takes in (`@name`), with where each is named.
    includes: Vec<(String, Place)>,
    /// Members taken out (`-=`), also when an included class has them.
    removed: BTreeSet<Vec<String>>,
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
    floor: Factuality,
    cues: bool,
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
    /// The word classes each rule needs, by class row.
    prefilter: Prefilter,
    /// The fewest entity mentions, and actor mentions, any rule's match
    /// spans.
    min_mentions: usize,
    min_actors: usize,
    /// Per word class: whether it holds verbs.
    verb_sets: Vec<bool>,
    rules: Vec<Rule>,
    cues: Cues,
}

impl RuleSet {
    /// The relations the rule files declare, in load order.
    pub(crate) fn schema(&self) -> &[RelationSchema] {
        &self.relations
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
