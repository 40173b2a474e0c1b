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

use std::collections::{HashMap, HashSet};

use crate::entity::{AliasKind, Entity, EntityType};
use crate::error::{locate, Error, ErrorKind};
use crate::fxhash::FxBuild;
use crate::relation::{Argument, Factuality, Relation};
use crate::span::Span;
use crate::token::{phrase_key, Sentence, Tokens};
use crate::words::{Lexicon, WordTable, NO_ROW};

const ACTOR: u8 =
    type_bit(EntityType::Country) | type_bit(EntityType::Organization) | type_bit(EntityType::Person);
const TEXT: u8 = 0x80;

const fn type_bit(t: EntityType) -> u8 {
    match t {
        EntityType::Country => 1,
        EntityType::Organization => 2,
        EntityType::Person => 4,
        EntityType::Location => 8,
        EntityType::Weapon => 16,
    }
}

fn type_names(mask: u8) -> String {
    if mask == TEXT {
        return "TEXT".to_string();
    }
    EntityType::ALL
        .iter()
        .filter(|t| mask & type_bit(**t) != 0)
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

#[derive(Clone, Debug)]
struct RoleDecl {
    name: String,
    types: u8,
    required: bool,
}

#[derive(Clone, Debug)]
struct RelationDecl {
    name: String,
    roles: Vec<RoleDecl>,
}

/// One instruction of a compiled pattern.
#[derive(Clone, Debug)]
enum Inst {
    /// A token whose key is in the set.
    Word(usize),
    /// An entity group of these types, bound to a role (or not).
    Entity {
        role: Option<usize>,
        types: u8,
    },
    /// Up to this many tokens a gap may skip, fewest first; then on.
    Gaps(usize),
    /// Zero-width: the next token's key is not in the set.
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
    /// A token in one of these word sets, or (if `entity`) the start of an
    /// entity group, perhaps after a determiner.
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
    /// word sets), a token in one of its sets. Sentences without are skipped
    /// (the prefilter).
    required: Vec<Box<[u64]>>,
    floor: Factuality,
    cues: bool,
    examples: Vec<Example>,
    file: String,
}

/// Parsed rule files, before they are checked and compiled together.
#[derive(Debug, Default)]
pub(crate) struct RuleSetBuilder {
    relations: Vec<RelationDecl>,
    word_sets: Vec<HashSet<String>>,
    /// Per word set: whether it holds verbs (see `verbs` declarations).
    verb_sets: Vec<bool>,
    classes: HashMap<String, usize>,
    rules: Vec<Rule>,
    /// Pattern lines kept for compiling after all classes are known.
    pending: Vec<PendingRule>,
}

#[derive(Debug)]
struct PendingRule {
    id: String,
    relation: String,
    pattern: Option<(usize, String, usize)>,
    floor: Factuality,
    cues: bool,
    examples: Vec<Example>,
    file: String,
    line_no: usize,
    line: String,
    embedded: bool,
}

fn rule_error(file: &str, line_no: usize, line: &str, at: usize, msg: impl Into<String>) -> Error {
    Error::at(ErrorKind::Rule, msg, locate(file, line_no, line, at))
}

impl RuleSetBuilder {
    /// Parses one rule file. Patterns are compiled in [`build`], once every
    /// file's word classes are known.
    pub(crate) fn add_source(&mut self, file: &str, text: &str) -> Result<(), Error> {
        let embedded = file.starts_with("<embedded>");
        let mut current: Option<PendingRule> = None;
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim_end_matches('\r');
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - line.trim_start().len();
            if indent > 0 {
                let Some(rule) = current.as_mut() else {
                    return Err(rule_error(
                        file,
                        line_no,
                        line,
                        indent,
                        "indented line outside a rule",
                    ));
                };
                let Some((key, value)) = trimmed.split_once(':') else {
                    return Err(rule_error(
                        file,
                        line_no,
                        line,
                        indent,
                        "expected 'pattern:', 'factuality:', 'cues:' or 'example:'",
                    ));
                };
                let value_at = indent + key.len() + 1 + (value.len() - value.trim_start().len());
                let value = value.trim();
                match key.trim() {
                    "pattern" => {
                        if rule.pattern.is_some() {
                            return Err(rule_error(file, line_no, line, indent, "a rule has one pattern"));
                        }
                        rule.pattern = Some((line_no, line.to_string(), value_at));
                    }
                    "cues" if value == "off" => rule.cues = false,
                    "cues" => {
                        return Err(rule_error(
                            file,
                            line_no,
                            line,
                            value_at,
                            format!("unknown cues setting '{value}' (the only one is 'cues: off')"),
                        ))
                    }
                    "factuality" => {
                        rule.floor = Factuality::from_name(value).ok_or_else(|| {
                            rule_error(
                                file,
                                line_no,
                                line,
                                value_at,
                                format!("unknown factuality '{value}' (expected asserted, negated, denied, alleged or uncertain)"),
                            )
                        })?;
                    }
                    "example" => {
                        let example = parse_example(value)
                            .map_err(|(off, msg)| rule_error(file, line_no, line, value_at + off, msg))?;
                        rule.examples.push(Example {
                            line: line_no,
                            ..example
                        });
                    }
                    other => {
                        return Err(rule_error(
                            file,
                            line_no,
                            line,
                            indent,
                            format!(
                            "unknown rule field '{other}' (expected pattern, factuality, cues or example)"
                        ),
                        ))
                    }
                }
                continue;
            }
            if let Some(rule) = current.take() {
                self.pending.push(rule);
            }
            let (keyword, rest) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
            let rest_at = line.len() - rest.trim_start().len();
            match keyword {
                "relation" => self.parse_relation(file, line_no, line, rest, rest_at)?,
                "words" => self.parse_words(file, line_no, line, rest, rest_at, false)?,
                "verbs" => self.parse_words(file, line_no, line, rest, rest_at, true)?,
                "rule" => {
                    let id = rest.trim();
                    let Some((family, name)) = id.split_once('/') else {
                        return Err(rule_error(
                            file,
                            line_no,
                            line,
                            rest_at,
                            format!("rule id '{id}' must be FAMILY/NAME"),
                        ));
                    };
                    if family.is_empty() || name.is_empty() || id.chars().any(char::is_whitespace) {
                        return Err(rule_error(
                            file,
                            line_no,
                            line,
                            rest_at,
                            format!("rule id '{id}' must be FAMILY/NAME"),
                        ));
                    }
                    current = Some(PendingRule {
                        id: id.to_string(),
                        relation: family.to_string(),
                        pattern: None,
                        floor: Factuality::Asserted,
                        cues: true,
                        examples: Vec::new(),
                        file: file.to_string(),
                        line_no,
                        line: line.to_string(),
                        embedded,
                    });
                }
                other => {
                    return Err(rule_error(
                        file,
                        line_no,
                        line,
                        0,
                        format!("unknown declaration '{other}' (expected relation, words, verbs or rule)"),
                    ))
                }
            }
        }
        if let Some(rule) = current.take() {
            self.pending.push(rule);
        }
        Ok(())
    }

    fn parse_relation(
        &mut self,
        file: &str,
        line_no: usize,
        line: &str,
        rest: &str,
        at: usize,
    ) -> Result<(), Error> {
        let mut parts = split_with_offsets(rest, at);
        let Some((name, name_at)) = parts.next() else {
            return Err(rule_error(file, line_no, line, at, "relation needs a name"));
        };
        if self.relations.iter().any(|r| r.name == name) {
            return Err(rule_error(
                file,
                line_no,
                line,
                name_at,
                format!("relation '{name}' is declared twice"),
            ));
        }
        let mut roles: Vec<RoleDecl> = Vec::new();
        for (part, part_at) in parts {
            let Some((role, types)) = part.split_once(':') else {
                return Err(rule_error(
                    file,
                    line_no,
                    line,
                    part_at,
                    format!("expected ROLE:TYPES, found '{part}'"),
                ));
            };
            let (types, required) = match types.strip_suffix('!') {
                Some(t) => (t, true),
                None => (types, false),
            };
            let mask = parse_types(types)
                .map_err(|msg| rule_error(file, line_no, line, part_at + role.len() + 1, msg))?;
            if roles.iter().any(|r| r.name == role) {
                return Err(rule_error(
                    file,
                    line_no,
                    line,
                    part_at,
                    format!("role '{role}' is declared twice"),
                ));
            }
            roles.push(RoleDecl {
                name: role.to_string(),
                types: mask,
                required,
            });
        }
        if roles.is_empty() {
            return Err(rule_error(
                file,
                line_no,
                line,
                at + rest.len(),
                format!("relation '{name}' has no roles"),
            ));
        }
        self.relations.push(RelationDecl {
            name: name.to_string(),
            roles,
        });
        Ok(())
    }

    fn parse_words(
        &mut self,
        file: &str,
        line_no: usize,
        line: &str,
        rest: &str,
        at: usize,
        verbs: bool,
    ) -> Result<(), Error> {
        let Some((name, words)) = rest.split_once(':') else {
            return Err(rule_error(
                file,
                line_no,
                line,
                at,
                "expected 'words NAME: WORD ...'",
            ));
        };
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(rule_error(
                file,
                line_no,
                line,
                at,
                format!("bad word class name '{name}'"),
            ));
        }
        if self.classes.contains_key(name) {
            return Err(rule_error(
                file,
                line_no,
                line,
                at,
                format!("word class '{name}' is declared twice"),
            ));
        }
        let mut set = HashSet::new();
        for (word, _) in split_with_offsets(words, 0) {
            match word.strip_suffix('+') {
                Some(base) => set.extend(inflections(&phrase_key(base))),
                None => {
                    set.insert(phrase_key(word));
                }
            }
        }
        if set.is_empty() {
            return Err(rule_error(
                file,
                line_no,
                line,
                at + rest.len(),
                format!("word class '{name}' is empty"),
            ));
        }
        self.classes.insert(name.to_string(), self.word_sets.len());
        self.word_sets.push(set);
        self.verb_sets.resize(self.word_sets.len() - 1, false);
        self.verb_sets.push(verbs);
        Ok(())
    }

    /// Compiles every pattern and checks it against its relation.
    /// `disabled` holds rule ids and families to leave out.
    pub(crate) fn build(mut self, disabled: &[String]) -> Result<RuleSet, Error> {
        let pending = std::mem::take(&mut self.pending);
        let mut ids = HashSet::new();
        for p in pending {
            let err = |at: usize, msg: String| rule_error(&p.file, p.line_no, &p.line, at, msg);
            if !ids.insert(p.id.clone()) {
                return Err(err(5, format!("rule '{}' is defined twice", p.id)));
            }
            let Some(relation) = self.relations.iter().position(|r| r.name == p.relation) else {
                let known: Vec<&str> = self.relations.iter().map(|r| r.name.as_str()).collect();
                return Err(err(
                    5,
                    format!(
                        "unknown relation '{}' (declared: {})",
                        p.relation,
                        known.join(", ")
                    ),
                ));
            };
            let Some((line_no, line, at)) = &p.pattern else {
                return Err(err(5, format!("rule '{}' has no pattern", p.id)));
            };
            if p.embedded && p.examples.is_empty() {
                return Err(err(5, format!("rule '{}' has no example", p.id)));
            }
            let program = Compiler {
                builder: &mut self,
                relation,
                file: &p.file,
                line_no: *line_no,
                line,
            }
            .compile(&line[*at..], *at)?;
            let family = p.id.split('/').next().unwrap_or("");
            if disabled.iter().any(|d| d == &p.id || d == family) {
                continue;
            }
            self.rules.push(Rule {
                id: p.id,
                relation,
                program,
                first: Vec::new(),
                min_mentions: 0,
                min_actors: 0,
                required: Vec::new(),
                floor: p.floor,
                cues: p.cues,
                examples: p.examples,
                file: p.file,
            });
        }
        let mut verb_sets = self.verb_sets;
        verb_sets.resize(self.word_sets.len(), false);
        let mask_words = self.word_sets.len().div_ceil(64).max(1);
        let mut rows: HashMap<&str, usize, FxBuild> = HashMap::default();
        let mut masks: Vec<u64> = Vec::new();
        for (i, set) in self.word_sets.iter().enumerate() {
            for word in set {
                let row = *rows.entry(word.as_str()).or_insert_with(|| {
                    masks.resize(masks.len() + mask_words, 0);
                    masks.len() / mask_words - 1
                });
                masks[row * mask_words + i / 64] |= 1 << (i % 64);
            }
        }
        let mut boundary_rows = vec![false; masks.len() / mask_words];
        for &word in CLAUSE_BOUNDARIES {
            let row = *rows.entry(word).or_insert_with(|| {
                masks.resize(masks.len() + mask_words, 0);
                boundary_rows.push(false);
                masks.len() / mask_words - 1
            });
            boundary_rows[row] = true;
        }
        let word_masks = WordTable::new(rows.iter().map(|(&w, &row)| (w, row as u32)));
        let mut rules = self.rules;
        for rule in &mut rules {
            rule.required = required_word_sets(&rule.program, mask_words);
            rule.first = first_tokens(&rule.program, mask_words);
            rule.min_mentions = min_mentions(&rule.program, u8::MAX);
            rule.min_actors = min_mentions(&rule.program, ACTOR);
        }
        // Rules share clauses (every supply rule needs a supply verb): number
        // the distinct ones, and tell each word which of them it satisfies,
        // so that a sentence's satisfied clauses are an OR over its words.
        let mut clauses: Vec<&[u64]> = Vec::new();
        let mut required: Vec<Vec<usize>> = Vec::with_capacity(rules.len());
        for rule in &rules {
            let numbers = rule.required.iter().map(|clause| {
                clauses.iter().position(|c| **c == **clause).unwrap_or_else(|| {
                    clauses.push(clause);
                    clauses.len() - 1
                })
            });
            required.push(numbers.collect());
        }
        let clause_words = clauses.len().div_ceil(64).max(1);
        let mut rule_clauses = vec![0u64; rules.len() * clause_words];
        for (r, numbers) in required.iter().enumerate() {
            for &c in numbers {
                rule_clauses[r * clause_words + c / 64] |= 1 << (c % 64);
            }
        }
        let row_count = masks.len() / mask_words;
        let mut row_clauses = vec![0u64; row_count * clause_words];
        for row in 0..row_count {
            let mask = &masks[row * mask_words..(row + 1) * mask_words];
            for (c, clause) in clauses.iter().enumerate() {
                if clause.iter().zip(mask).any(|(c, m)| c & m != 0) {
                    row_clauses[row * clause_words + c / 64] |= 1 << (c % 64);
                }
            }
        }
        Ok(RuleSet {
            relations: self.relations,
            verb_sets,
            word_masks,
            masks,
            boundary_rows,
            row_clauses,
            rule_clauses,
            clause_words,
            min_mentions: rules.iter().map(|r| r.min_mentions).min().unwrap_or(0),
            min_actors: rules.iter().map(|r| r.min_actors).min().unwrap_or(0),
            mask_words,
            rules,
            cues: Cues::new(),
        })
    }
}

fn parse_types(types: &str) -> Result<u8, String> {
    let mut mask = 0;
    for t in types.split('|') {
        mask |= match t {
            "ACTOR" => ACTOR,
            "TEXT" => TEXT,
            _ => type_bit(EntityType::from_name(t).ok_or_else(|| {
                format!("unknown entity type '{t}' (expected COUNTRY, ORGANIZATION, PERSON, LOCATION, WEAPON, ACTOR or TEXT)")
            })?),
        };
    }
    if mask & TEXT != 0 && mask != TEXT {
        return Err("TEXT cannot be combined with entity types".to_string());
    }
    Ok(mask)
}

/// Splits on white space, keeping each part's byte offset (plus `base`).
fn split_with_offsets(s: &str, base: usize) -> impl Iterator<Item = (&str, usize)> {
    s.split(char::is_whitespace)
        .scan(0, move |pos, part| {
            let at = *pos;
            *pos += part.len() + 1;
            Some((part, base + at))
        })
        .filter(|(p, _)| !p.is_empty())
}

/// The regular inflections of a verb or noun: base, -s, -ed, -ing.
fn inflections(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let consonant_y = base.ends_with('y')
        && base.len() > 1
        && !matches!(base.as_bytes()[base.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    let stem_y = &base[..base.len().saturating_sub(1)];
    out.push(if consonant_y {
        format!("{stem_y}ies")
    } else if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("ch") || base.ends_with("sh") {
        format!("{base}es")
    } else {
        format!("{base}s")
    });
    out.push(if consonant_y {
        format!("{stem_y}ied")
    } else if base.ends_with('e') {
        format!("{base}d")
    } else {
        format!("{base}ed")
    });
    out.push(if base.ends_with("ie") {
        format!("{}ying", base.strip_suffix("ie").unwrap_or(base))
    } else if base.ends_with('e') && !base.ends_with("ee") && base.len() > 2 {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    });
    out
}

/// Parses `TEXT => role=ID role="text" factuality=F` or `TEXT => none`.
fn parse_example(value: &str) -> Result<Example, (usize, String)> {
    let Some(arrow) = value.find("=>") else {
        return Err((0, "example needs 'TEXT => EXPECTED' (or '=> none')".to_string()));
    };
    let text = value[..arrow].trim().to_string();
    if text.is_empty() {
        return Err((0, "empty example text".to_string()));
    }
    let rest = &value[arrow + 2..];
    let rest_at = arrow + 2;
    if rest.trim() == "none" {
        return Ok(Example {
            text,
            expected: None,
            line: 0,
        });
    }
    let mut expected = Vec::new();
    let mut chars = rest.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let start = i;
        let mut key = String::new();
        while let Some(&(_, c)) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        if chars.next().map(|(_, c)| c) != Some('=') || key.is_empty() {
            return Err((rest_at + start, "expected ROLE=ID or ROLE=\"text\"".to_string()));
        }
        let mut val = String::new();
        if chars.peek().map(|&(_, c)| c) == Some('"') {
            chars.next();
            let mut closed = false;
            for (_, c) in chars.by_ref() {
                if c == '"' {
                    closed = true;
                    break;
                }
                val.push(c);
            }
            if !closed {
                return Err((rest_at + start, "unclosed quote".to_string()));
            }
            val = format!("\"{val}\"");
        } else {
            while let Some(&(_, c)) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                val.push(c);
                chars.next();
            }
        }
        if val.is_empty() {
            return Err((rest_at + start, format!("empty value for '{key}'")));
        }
        expected.push((key, val));
    }
    if expected.is_empty() {
        return Err((rest_at, "expected ROLE=ID pairs or 'none' after '=>'".to_string()));
    }
    Ok(Example {
        text,
        expected: Some(expected),
        line: 0,
    })
}

#[derive(Debug)]
enum Node {
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, usize, usize),
    Word(usize),
    NotWord(usize),
    Entity(Option<usize>, u8),
    Capture(usize, Box<Node>),
    Gap(usize),
}

struct Compiler<'b> {
    builder: &'b mut RuleSetBuilder,
    relation: usize,
    file: &'b str,
    line_no: usize,
    line: &'b str,
}

#[derive(Debug)]
struct Lexeme<'p> {
    text: &'p str,
    at: usize,
}

impl Compiler<'_> {
    fn err(&self, at: usize, msg: impl Into<String>) -> Error {
        rule_error(self.file, self.line_no, self.line, at, msg)
    }

    fn compile(mut self, pattern: &str, base: usize) -> Result<Vec<Inst>, Error> {
        let lexemes = lex(pattern, base);
        if lexemes.is_empty() {
            return Err(self.err(base, "empty pattern"));
        }
        let mut pos = 0;
        let node = self.parse_alt(&lexemes, &mut pos)?;
        if pos < lexemes.len() {
            return Err(self.err(lexemes[pos].at, "unbalanced ')'"));
        }
        let mut bound = HashSet::new();
        collect_roles(&node, &mut bound);
        let relation = &self.builder.relations[self.relation];
        for (i, role) in relation.roles.iter().enumerate() {
            if role.required && !bound.contains(&i) {
                return Err(self.err(
                    base,
                    format!("pattern does not bind required role '{}'", role.name),
                ));
            }
        }
        let mut program = Vec::new();
        emit(&node, &mut program);
        program.push(Inst::Match);
        Ok(program)
    }

    fn parse_alt(&mut self, lx: &[Lexeme<'_>], pos: &mut usize) -> Result<Node, Error> {
        let mut alts = Vec::new();
        loop {
            let start = lx.get(*pos).map_or(self.line.len(), |l| l.at);
            let seq = self.parse_seq(lx, pos)?;
            if matches!(&seq, Node::Seq(v) if v.is_empty()) {
                return Err(self.err(start, "empty alternative"));
            }
            alts.push(seq);
            if lx.get(*pos).map(|l| l.text) == Some("|") {
                *pos += 1;
                continue;
            }
            break;
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap()
        } else {
            Node::Alt(alts)
        })
    }

    fn parse_seq(&mut self, lx: &[Lexeme<'_>], pos: &mut usize) -> Result<Node, Error> {
        let mut seq = Vec::new();
        while let Some(l) = lx.get(*pos) {
            let (core, quant) = split_quantifier(l.text);
            let node = match core {
                "|" | ")" | "}" => break,
                "(" => {
                    *pos += 1;
                    let inner = self.parse_alt(lx, pos)?;
                    let close = lx.get(*pos);
                    let Some(close) = close.filter(|c| split_quantifier(c.text).0 == ")") else {
                        return Err(self.err(l.at, "unbalanced '(': no matching ')'"));
                    };
                    seq.push(quantify(inner, split_quantifier(close.text).1));
                    *pos += 1;
                    continue;
                }
                _ if core.starts_with('{') => {
                    let role_name = &core[1..];
                    let role = self.text_role(role_name, l.at)?;
                    *pos += 1;
                    let inner = self.parse_seq(lx, pos)?;
                    let close = lx.get(*pos).filter(|c| c.text == "}");
                    if close.is_none() {
                        return Err(self.err(l.at, "unbalanced '{': no matching '}'"));
                    }
                    *pos += 1;
                    seq.push(Node::Capture(role, Box::new(inner)));
                    continue;
                }
                _ => self.parse_atom(core, l.at)?,
            };
            seq.push(quantify(node, quant));
            *pos += 1;
        }
        Ok(Node::Seq(seq))
    }

    fn text_role(&self, name: &str, at: usize) -> Result<usize, Error> {
        let relation = &self.builder.relations[self.relation];
        let role = self.role(name, at)?;
        if relation.roles[role].types != TEXT {
            return Err(self.err(
                at,
                format!(
                    "role '{name}' takes {}, not text: bind it with <{name}>",
                    type_names(relation.roles[role].types)
                ),
            ));
        }
        Ok(role)
    }

    fn role(&self, name: &str, at: usize) -> Result<usize, Error> {
        let relation = &self.builder.relations[self.relation];
        relation.roles.iter().position(|r| r.name == name).ok_or_else(|| {
            let names: Vec<&str> = relation.roles.iter().map(|r| r.name.as_str()).collect();
            self.err(
                at,
                format!(
                    "unknown role '{name}' (relation '{}' has: {})",
                    relation.name,
                    names.join(", ")
                ),
            )
        })
    }

    fn parse_atom(&mut self, core: &str, at: usize) -> Result<Node, Error> {
        if let Some(inner) = core.strip_prefix('<').and_then(|c| c.strip_suffix('>')) {
            let (name, narrow) = match inner.split_once(':') {
                Some((n, t)) => (n, Some(t)),
                None => (inner, None),
            };
            let role = self.role(name, at + 1)?;
            let declared = self.builder.relations[self.relation].roles[role].types;
            if declared == TEXT {
                return Err(self.err(
                    at,
                    format!("role '{name}' takes text: capture it with {{{name} ...}}"),
                ));
            }
            let types = match narrow {
                None => declared,
                Some(t) => {
                    let mask = parse_types(t).map_err(|m| self.err(at + name.len() + 2, m))?;
                    if mask & !declared != 0 {
                        return Err(self.err(
                            at + name.len() + 2,
                            format!(
                                "role '{name}' takes {}, not {}",
                                type_names(declared),
                                type_names(mask & !declared)
                            ),
                        ));
                    }
                    mask
                }
            };
            return Ok(Node::Entity(Some(role), types));
        }
        if let Some(inner) = core.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            let mask = parse_types(inner).map_err(|m| self.err(at + 1, m))?;
            if mask == TEXT {
                return Err(self.err(at, "[TEXT] is not an entity type"));
            }
            return Ok(Node::Entity(None, mask));
        }
        if core.starts_with('<') || core.starts_with('[') {
            return Err(self.err(at, format!("unclosed '{}'", &core[..1])));
        }
        if let Some(word) = core.strip_prefix('!').filter(|w| !w.is_empty()) {
            let set: HashSet<String> = std::iter::once(phrase_key(word)).collect();
            self.builder.word_sets.push(set);
            return Ok(Node::NotWord(self.builder.word_sets.len() - 1));
        }
        if let Some(name) = core.strip_prefix('@') {
            return match self.builder.classes.get(name) {
                Some(&i) => Ok(Node::Word(i)),
                None => Err(self.err(at, format!("unknown word class '@{name}'"))),
            };
        }
        if core == "..." {
            return Ok(Node::Gap(4));
        }
        if let Some(n) = core.strip_prefix("..") {
            return match n.parse::<usize>() {
                Ok(n) if (1..=16).contains(&n) => Ok(Node::Gap(n)),
                _ => Err(self.err(at, format!("bad gap '{core}': expected ..N with N from 1 to 16"))),
            };
        }
        // A literal: one or more tokens, matched by key. The possessive
        // marker is a token of its own in text, so it is one here too.
        if matches!(phrase_key(core).as_str(), "'s" | "'") {
            let set: HashSet<String> = std::iter::once(phrase_key(core)).collect();
            self.builder.word_sets.push(set);
            return Ok(Node::Word(self.builder.word_sets.len() - 1));
        }
        let tokens = Tokens::new(core);
        let keys: Vec<Node> = tokens
            .tokens()
            .iter()
            .map(|t| {
                let set: HashSet<String> = std::iter::once(tokens.key(t).to_string()).collect();
                self.builder.word_sets.push(set);
                Node::Word(self.builder.word_sets.len() - 1)
            })
            .collect();
        match keys.len() {
            0 => Err(self.err(at, format!("cannot match '{core}'"))),
            1 => Ok(keys.into_iter().next().unwrap()),
            _ => Ok(Node::Seq(keys)),
        }
    }
}

/// Splits a pattern into lexemes: brackets and `|` stand alone, `<...>` and
/// `[...]` stay whole, everything else breaks at white space.
fn lex(pattern: &str, base: usize) -> Vec<Lexeme<'_>> {
    let mut out = Vec::new();
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        match c {
            b'(' | b'|' | b'}' => i += 1,
            b')' => {
                i += 1;
                if i < bytes.len() && matches!(bytes[i], b'?' | b'*' | b'+') {
                    i += 1;
                }
            }
            b'<' | b'[' => {
                let close = if c == b'<' { b'>' } else { b']' };
                while i < bytes.len() && bytes[i] != close && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < bytes.len() && bytes[i] == close {
                    i += 1;
                    if i < bytes.len() && matches!(bytes[i], b'?' | b'*' | b'+') {
                        i += 1;
                    }
                }
            }
            _ => {
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && !matches!(bytes[i], b'(' | b')' | b'|' | b'}')
                {
                    i += 1;
                }
            }
        }
        out.push(Lexeme {
            text: &pattern[start..i],
            at: base + start,
        });
    }
    out
}

fn split_quantifier(s: &str) -> (&str, Option<char>) {
    if s.len() > 1 && !s.starts_with("..") {
        if let Some(q) = s.chars().last().filter(|c| matches!(c, '?' | '*' | '+')) {
            return (&s[..s.len() - 1], Some(q));
        }
    }
    (s, None)
}

fn quantify(node: Node, q: Option<char>) -> Node {
    match q {
        Some('?') => Node::Repeat(Box::new(node), 0, 1),
        Some('*') => Node::Repeat(Box::new(node), 0, 4),
        Some('+') => Node::Repeat(Box::new(node), 1, 4),
        _ => node,
    }
}

fn collect_roles(node: &Node, out: &mut HashSet<usize>) {
    match node {
        Node::Seq(v) => v.iter().for_each(|n| collect_roles(n, out)),
        // A role bound in only some alternatives is not surely bound.
        Node::Alt(alts) => {
            let sets: Vec<HashSet<usize>> = alts
                .iter()
                .map(|a| {
                    let mut s = HashSet::new();
                    collect_roles(a, &mut s);
                    s
                })
                .collect();
            if let Some(first) = sets.first() {
                out.extend(first.iter().filter(|r| sets.iter().all(|s| s.contains(r))));
            }
        }
        Node::Repeat(n, min, _) if *min > 0 => collect_roles(n, out),
        Node::Entity(Some(r), _) | Node::Capture(r, _) => {
            out.insert(*r);
        }
        _ => {}
    }
}

fn emit(node: &Node, prog: &mut Vec<Inst>) {
    match node {
        Node::Seq(v) => v.iter().for_each(|n| emit(n, prog)),
        Node::Alt(alts) => {
            // split L1, next; L1: a; jump end; next: split L2 ...
            let mut jumps = Vec::new();
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 < alts.len() {
                    let split = prog.len();
                    prog.push(Inst::Split(split + 1, 0));
                    emit(alt, prog);
                    jumps.push(prog.len());
                    prog.push(Inst::Jump(0));
                    let next = prog.len();
                    prog[split] = Inst::Split(split + 1, next);
                } else {
                    emit(alt, prog);
                }
            }
            let end = prog.len();
            for j in jumps {
                prog[j] = Inst::Jump(end);
            }
        }
        Node::Repeat(n, min, max) => {
            for _ in 0..*min {
                emit(n, prog);
            }
            // Greedy optional copies, nested: split(take, skip-all).
            let mut exits = Vec::new();
            for _ in *min..*max {
                let split = prog.len();
                prog.push(Inst::Split(split + 1, 0));
                exits.push(split);
                emit(n, prog);
            }
            let end = prog.len();
            for s in exits {
                prog[s] = Inst::Split(s + 1, end);
            }
        }
        Node::Word(i) => prog.push(Inst::Word(*i)),
        Node::NotWord(i) => prog.push(Inst::NotWord(*i)),
        Node::Entity(role, types) => prog.push(Inst::Entity {
            role: *role,
            types: *types,
        }),
        Node::Capture(role, inner) => {
            prog.push(Inst::Save {
                role: *role,
                start: true,
            });
            emit(inner, prog);
            prog.push(Inst::Save {
                role: *role,
                start: false,
            });
        }
        Node::Gap(0) => {}
        Node::Gap(n) => prog.push(Inst::Gaps(*n)),
    }
}

/// The compiled rules.
#[derive(Debug)]
pub(crate) struct RuleSet {
    relations: Vec<RelationDecl>,
    /// Each word of any set, and each of [`CLAUSE_BOUNDARIES`], to its row
    /// of `masks`. The extractor's [`Lexicon`] takes these words in, and
    /// the tokenizer looks each token up once: matching reads the rows from
    /// the lexicon by the tokens' word ids.
    word_masks: WordTable,
    /// Per row of `word_masks`, the word sets holding the word, `mask_words`
    /// apiece.
    masks: Vec<u64>,
    /// Per row of `word_masks`, whether the word is a clause boundary.
    boundary_rows: Vec<bool>,
    /// Per row of `word_masks`, the distinct prefilter clauses (of all rules)
    /// the word satisfies, `clause_words` apiece.
    row_clauses: Vec<u64>,
    /// Per rule, the clauses its prefilter requires, `clause_words` apiece.
    rule_clauses: Vec<u64>,
    clause_words: usize,
    /// The fewest entity mentions, and actor mentions, any rule's match
    /// spans.
    min_mentions: usize,
    min_actors: usize,
    /// `u64`s per mask.
    mask_words: usize,
    verb_sets: Vec<bool>,
    rules: Vec<Rule>,
    cues: Cues,
}

/// A run of coordinated entity mentions: "Iran, Syria and Russia".
#[derive(Clone, Debug)]
struct Group {
    /// The mentions, as indices into the document's entities: a list is
    /// always a run of consecutive mentions.
    members: std::ops::Range<usize>,
    types: u8,
    /// Token index just past the group.
    end: usize,
    /// A country adjective before its weapon ("Iranian drones").
    modifier: bool,
}

/// Buffers for the sentence views and match attempts of one document, reused
/// from sentence to sentence so that matching allocates only when a
/// sentence is longer than any before.
#[derive(Default)]
struct Scratch {
    rows: Vec<u32>,
    /// Which of the rules' distinct prefilter clauses the sentence satisfies.
    satisfied: Vec<u64>,
    covered_by: Vec<Option<usize>>,
    blocks_gap: Vec<bool>,
    inside_long_mention: Vec<bool>,
    group_at: Vec<Option<usize>>,
    entity_starts: Vec<bool>,
    groups: Vec<Group>,
    /// (first token, end token, entity) of each mention of the sentence.
    spans: Vec<(usize, usize, usize)>,
    /// Per mention of the sentence: a country adjective before its weapon.
    modifiers: Vec<bool>,
}

/// What the matcher knows about one sentence.
struct SentenceView<'s, 'a> {
    tokens: &'s Tokens<'a>,
    first: usize,
    end: usize,
    /// For each token of the sentence: the group that starts there.
    group_at: &'s [Option<usize>],
    /// For each token: whether an entity pattern can start there (a group
    /// starts there, or right after it if it is a determiner).
    entity_starts: &'s [bool],
    /// For each token: the entity that covers it.
    covered_by: &'s [Option<usize>],
    /// For each token: whether it belongs to an actor a gap may not skip.
    blocks_gap: &'s [bool],
    /// For each token: whether it lies in a mention of two or more tokens.
    inside_long_mention: &'s [bool],
    groups: &'s [Group],
    /// For each token: its row of `masks`, or [`NO_ROW`].
    rows: &'s [u32],
    masks: &'s [u64],
    mask_words: usize,
}

impl SentenceView<'_, '_> {
    fn key(&self, i: usize) -> &str {
        self.tokens.key(&self.tokens.tokens()[i])
    }

    /// Whether the token at sentence position `pos` is in word set `set`.
    fn in_set(&self, set: usize, pos: usize) -> bool {
        let row = self.rows[pos];
        row != NO_ROW && self.masks[row as usize * self.mask_words + set / 64] >> (set % 64) & 1 == 1
    }

    /// Whether there is a token at sentence position `pos` and it is in one
    /// of the word sets of `mask`.
    fn in_any(&self, mask: &[u64], pos: usize) -> bool {
        let Some(&row) = self.rows.get(pos) else {
            return false;
        };
        if row == NO_ROW {
            return false;
        }
        let start = row as usize * self.mask_words;
        self.masks[start..start + self.mask_words]
            .iter()
            .zip(mask)
            .any(|(m, w)| m & w != 0)
    }

    /// Whether the program of `rule` may go on from instruction `pc` at
    /// position `pos`, as far as the first token tells.
    #[inline]
    fn may_start(&self, rule: &Rule, pc: usize, pos: usize) -> bool {
        match &rule.first[pc] {
            First::Any => true,
            First::Need { words, entity } => {
                (*entity && self.entity_starts.get(pos).copied().unwrap_or(false)) || self.in_any(words, pos)
            }
        }
    }
}

/// Words no gap may cross: they start a new clause with its own actors.
const CLAUSE_BOUNDARIES: &[&str] = &[
    ";", ":", "(", ")", "[", "]", "which", "who", "whom", "whose", "where", "when", "after", "before",
    "since", "until", "unless", "whether", "if", "because", "—", "|",
];

/// Separators inside a coordinated list of entities.
const COORDINATORS: &[&[&str]] = &[
    &[","],
    &["and"],
    &["or"],
    &["&"],
    &["/"],
    &[",", "and"],
    &[",", "or"],
    &["and", "the"],
    &[",", "the"],
    &["or", "the"],
    &[",", "and", "the"],
    &["as", "well", "as"],
    &["and", "its"],
];

struct MatchState {
    /// Per role: the group or entity bound, or the captured token range.
    bound: Vec<Option<Binding>>,
    visited: Visited,
    trigger: Option<usize>,
}

/// The (instruction, position) pairs one match attempt has tried: a dense
/// table, generation-stamped so a new attempt costs nothing to start. Its
/// size is bounded because sentences reach the matcher in windows of at most
/// [`MAX_SENTENCE_TOKENS`] tokens.
struct Visited {
    stamps: Vec<u32>,
    width: usize,
    generation: u32,
}

impl Visited {
    fn new() -> Visited {
        Visited {
            stamps: Vec::new(),
            width: 0,
            generation: 1,
        }
    }

    /// Makes room for a program of `program` instructions over `width`
    /// positions. Stamps left from earlier sentences and rules are older
    /// generations, so nothing needs clearing.
    fn prepare(&mut self, program: usize, width: usize) {
        self.width = width;
        if self.stamps.len() < program * width {
            self.stamps.resize(program * width, 0);
        }
    }

    /// Starts a new match attempt.
    fn next_attempt(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamps.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
    }

    /// Marks the pair; false if this attempt had marked it already.
    fn insert(&mut self, pc: usize, pos: usize) -> bool {
        let cell = &mut self.stamps[pc * self.width + pos];
        let fresh = *cell != self.generation;
        *cell = self.generation;
        fresh
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Binding {
    Group(usize),
    Text(usize, usize),
}

impl RuleSet {
    /// The ids of all rules, in load order.
    pub(crate) fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().map(|r| r.id.as_str())
    }

    /// The words the rules name, with their rows.
    pub(crate) fn words(&self) -> &WordTable {
        &self.word_masks
    }

    /// Runs every rule over every sentence. The tokens carry the word ids
    /// of `lexicon`, which holds these rules' [`words`](RuleSet::words).
    pub(crate) fn apply<'a>(
        &'a self,
        tokens: &Tokens<'a>,
        lexicon: &Lexicon,
        entities: &[Entity<'a>],
    ) -> Vec<Relation<'a>> {
        self.apply_rules(tokens, lexicon, entities, None)
    }

    /// Runs one rule (`Some(index)`) or all of them over every sentence.
    pub(crate) fn apply_rules<'a>(
        &'a self,
        tokens: &Tokens<'a>,
        lexicon: &Lexicon,
        entities: &[Entity<'a>],
        only: Option<usize>,
    ) -> Vec<Relation<'a>> {
        let mut out = Vec::new();
        if self.rules.is_empty() || entities.is_empty() {
            return out;
        }
        let mut e = 0;
        let mut runnable: Vec<&Rule> = Vec::new();
        let mut scratch = Scratch::default();
        let mut state = MatchState {
            bound: Vec::new(),
            visited: Visited::new(),
            trigger: None,
        };
        for sentence in tokens.sentences().iter().flat_map(|s| windows(tokens, s)) {
            // The entities of this sentence, as token ranges.
            let first_entity = e;
            while e < entities.len() && entities[e].span.start < sentence.span.end {
                e += 1;
            }
            let ents = first_entity..e;
            // Most sentences name too few actors and weapons for any rule.
            if ents.is_empty() || ents.len() < self.min_mentions {
                continue;
            }
            let actors = entities[ents.clone()]
                .iter()
                .filter(|m| type_bit(m.entity_type()) & ACTOR != 0)
                .count();
            if actors < self.min_actors {
                continue;
            }
            // The prefilter: the word sets present in the sentence, then the
            // rules whose required sets are all present.
            let cw = self.clause_words;
            scratch.rows.clear();
            scratch.satisfied.clear();
            scratch.satisfied.resize(cw, 0);
            for tok in &tokens.tokens()[sentence.tokens.clone()] {
                let row = lexicon.rule_row(tok.word());
                if row != NO_ROW {
                    let clauses = &self.row_clauses[row as usize * cw..(row as usize + 1) * cw];
                    scratch
                        .satisfied
                        .iter_mut()
                        .zip(clauses)
                        .for_each(|(s, c)| *s |= c);
                }
                scratch.rows.push(row);
            }
            runnable.clear();
            for (i, (rule, required)) in self
                .rules
                .iter()
                .zip(self.rule_clauses.chunks_exact(cw))
                .enumerate()
            {
                let missing = required
                    .iter()
                    .zip(&scratch.satisfied)
                    .fold(0, |acc, (r, s)| acc | (r & !s));
                if missing == 0
                    && rule.min_mentions <= ents.len()
                    && rule.min_actors <= actors
                    && only.is_none_or(|o| o == i)
                {
                    runnable.push(rule);
                }
            }
            if runnable.is_empty() {
                continue;
            }
            let view = self.view(tokens, sentence.tokens.clone(), entities, ents, &mut scratch);
            let seen_before = out.len();
            for &rule in &runnable {
                self.apply_rule(
                    rule,
                    &view,
                    entities,
                    sentence.span,
                    &mut state,
                    &mut out,
                    seen_before,
                );
            }
        }
        out
    }

    /// Fills `scratch` with what the matcher needs to know about the
    /// sentence of tokens `range` and entities `ents` (its rows of word sets
    /// are already there), and returns the view of it.
    fn view<'s, 'a>(
        &'s self,
        tokens: &'s Tokens<'a>,
        range: std::ops::Range<usize>,
        entities: &[Entity<'_>],
        ents: std::ops::Range<usize>,
        scratch: &'s mut Scratch,
    ) -> SentenceView<'s, 'a> {
        let toks = tokens.tokens();
        let n = range.len();
        let Scratch {
            rows,
            covered_by,
            blocks_gap,
            inside_long_mention,
            group_at,
            entity_starts,
            groups,
            spans,
            modifiers,
            ..
        } = scratch;
        covered_by.clear();
        covered_by.resize(n, None);
        // Clause boundaries block gaps, as do actors (below).
        blocks_gap.clear();
        blocks_gap.extend(
            rows.iter()
                .map(|&row| row != NO_ROW && self.boundary_rows[row as usize]),
        );
        inside_long_mention.clear();
        inside_long_mention.resize(n, false);
        spans.clear();
        modifiers.clear();
        for i in ents.clone() {
            // "Iranian drones", "Iranian-made drones": the adjective gives the
            // weapon's origin; only a role narrowed to COUNTRY binds it.
            let next = entities.get(i + 1).filter(|_| i + 1 < ents.end);
            let adjective = entities[i].alias_kind() == AliasKind::Demonym
                || tokens.source()[entities[i].span.end..].starts_with('-');
            modifiers.push(adjective && next.is_some_and(|w| w.origin == Some(entities[i].id())));
            let span = entities[i].span;
            let a = toks[range.clone()].partition_point(|t| t.span.start < span.start);
            let b = toks[range.clone()].partition_point(|t| t.span.start < span.end);
            let ent = &entities[i];
            let blocks = kind_class(ent.entity_type()) == 0 && ent.alias_kind() != AliasKind::Demonym;
            for t in a..b {
                covered_by[t] = Some(i);
                blocks_gap[t] |= blocks;
                inside_long_mention[t] = b - a > 1;
            }
            spans.push((a, b, i));
        }
        let is_modifier = |i: usize| modifiers[i - ents.start];
        groups.clear();
        group_at.clear();
        group_at.resize(n + 1, None);
        let mut k = 0;
        while k < spans.len() {
            let (start, mut end, first) = spans[k];
            let class = kind_class(entities[first].entity_type());
            let mut last = first;
            let mut types = type_bit(entities[first].entity_type());
            let modifier = is_modifier(first);
            let mut conjunction = false;
            let mut j = k + 1;
            while j < spans.len() && !modifier {
                let (s2, e2, i2) = spans[j];
                if kind_class(entities[i2].entity_type()) != class || is_modifier(i2) {
                    break;
                }
                let between = (end..s2).map(|t| tokens.key(&toks[range.start + t]));
                let Some(coordinator) = COORDINATORS
                    .iter()
                    .find(|c| c.iter().copied().eq(between.clone()))
                else {
                    break;
                };
                conjunction |= *coordinator != [","];
                // "Iranian drones and missiles": a demonym before a weapon is a
                // modifier, not a list member; lists of weapons stay weapons.
                last = i2;
                types |= type_bit(entities[i2].entity_type());
                end = e2;
                j += 1;
            }
            // "Ukraine, Denmark says": commas alone make no list.
            if !conjunction && last > first {
                last = first;
                j = k + 1;
                end = spans[k].1;
                types = type_bit(entities[first].entity_type());
            }
            group_at[start] = Some(groups.len());
            groups.push(Group {
                members: first..last + 1,
                types,
                end,
                modifier,
            });
            // Also let each later member start its own group, so a pattern
            // can bind just "Syria" in "Iran and Syria".
            for &(s, e, i) in &spans[k + 1..j] {
                if group_at[s].is_none() {
                    group_at[s] = Some(groups.len());
                    groups.push(Group {
                        members: i..i + 1,
                        types: type_bit(entities[i].entity_type()),
                        end: e,
                        modifier: false,
                    });
                }
            }
            k = j;
        }
        entity_starts.clear();
        entity_starts.extend((0..n).map(|t| {
            group_at[t].is_some()
                || (group_at[t + 1].is_some()
                    && matches!(tokens.key(&toks[range.start + t]), "the" | "a" | "an"))
        }));
        SentenceView {
            tokens,
            first: range.start,
            end: range.end,
            group_at,
            entity_starts,
            covered_by,
            blocks_gap,
            inside_long_mention,
            groups,
            rows,
            masks: &self.masks,
            mask_words: self.mask_words,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn apply_rule<'a>(
        &'a self,
        rule: &'a Rule,
        view: &SentenceView<'_, 'a>,
        entities: &[Entity<'a>],
        sentence: Span,
        state: &mut MatchState,
        out: &mut Vec<Relation<'a>>,
        sentence_start_in_out: usize,
    ) {
        let relation = &self.relations[rule.relation];
        let n = view.end - view.first;
        let mut start = 0;
        state.bound.clear();
        state.bound.resize(relation.roles.len(), None);
        // Only starts where the pattern's first token can be (for most
        // patterns an entity, perhaps after a determiner) can match.
        let mut first_attempt = true;
        while start < n {
            if !view.may_start(rule, 0, start) {
                start += 1;
                continue;
            }
            state.bound.iter_mut().for_each(|b| *b = None);
            if first_attempt {
                // Sized only once a start looks promising.
                state.visited.prepare(rule.program.len(), n + 1);
                first_attempt = false;
            }
            state.visited.next_attempt();
            state.trigger = None;
            let Some(end) = self.step(rule, 0, start, view, state) else {
                start += 1;
                continue;
            };
            if end == start {
                start += 1;
                continue;
            }
            self.emit_relations(
                rule,
                relation,
                view,
                entities,
                sentence,
                state,
                start,
                end,
                out,
                sentence_start_in_out,
            );
            start = end;
        }
    }

    /// The backtracking matcher: `Some(end)` when the program matches from
    /// instruction `pc` at sentence-relative token `pos`.
    fn step(
        &self,
        rule: &Rule,
        pc: usize,
        pos: usize,
        view: &SentenceView<'_, '_>,
        st: &mut MatchState,
    ) -> Option<usize> {
        if !view.may_start(rule, pc, pos) || !st.visited.insert(pc, pos) {
            return None;
        }
        let n = view.end - view.first;
        match rule.program[pc] {
            Inst::Match => Some(pos),
            Inst::Word(set) => {
                // A verb right after a determiner, possessive or number is a
                // noun or adjective: "the strike", "300 used tanks".
                if pos >= n || !view.in_set(set, pos) {
                    return None;
                }
                let noun_like = self.verb_sets[set]
                    && pos > 0
                    && (matches!(
                        view.key(view.first + pos - 1),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "'s"
                    ) || view
                        .key(view.first + pos - 1)
                        .starts_with(|c: char| c.is_ascii_digit()));
                // ... and so is one inside a longer mention ("attack helicopters").
                let inside_mention =
                    self.verb_sets[set] && view.inside_long_mention.get(pos).copied().unwrap_or(false);
                if !noun_like && !inside_mention {
                    let had = st.trigger;
                    if had.is_none() {
                        st.trigger = Some(pos);
                    }
                    let r = self.step(rule, pc + 1, pos + 1, view, st);
                    if r.is_none() {
                        st.trigger = had;
                    }
                    r
                } else {
                    None
                }
            }
            Inst::Entity { role, types } => {
                let mut at = pos;
                // A leading determiner belongs to the mention.
                if at < n
                    && view.group_at[at].is_none()
                    && matches!(view.key(view.first + at), "the" | "a" | "an")
                {
                    at += 1;
                }
                let g = view.group_at.get(at).copied().flatten()?;
                let group = &view.groups[g];
                if group.types & !types != 0 || (group.modifier && types != type_bit(EntityType::Country)) {
                    return None;
                }
                match role {
                    None => self.step(rule, pc + 1, group.end, view, st),
                    Some(r) => {
                        let old = st.bound[r];
                        st.bound[r] = Some(Binding::Group(g));
                        let res = self.step(rule, pc + 1, group.end, view, st);
                        if res.is_none() {
                            st.bound[r] = old;
                        }
                        res
                    }
                }
            }
            Inst::NotWord(set) => {
                if pos < n && view.in_set(set, pos) {
                    None
                } else {
                    self.step(rule, pc + 1, pos, view, st)
                }
            }
            Inst::Gaps(max) => {
                // Go on from each position the gap may reach, nearest first,
                // but only where the next instruction's first word is.
                let mut at = pos;
                loop {
                    if let Some(r) = self.step(rule, pc + 1, at, view, st) {
                        return Some(r);
                    }
                    if at - pos == max || at >= n || !gap_may_skip(view, at) {
                        return None;
                    }
                    at += 1;
                }
            }
            Inst::Split(a, b) => {
                if let Some(r) = self.step(rule, a, pos, view, st) {
                    return Some(r);
                }
                self.step(rule, b, pos, view, st)
            }
            Inst::Jump(a) => self.step(rule, a, pos, view, st),
            Inst::Save { role, start } => {
                let old = st.bound[role];
                st.bound[role] = Some(match (start, old) {
                    (true, _) => Binding::Text(pos, pos),
                    (false, Some(Binding::Text(s, _))) => Binding::Text(s, pos),
                    (false, _) => Binding::Text(pos, pos),
                });
                let res = self.step(rule, pc + 1, pos, view, st);
                if res.is_none() {
                    st.bound[role] = old;
                }
                res
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_relations<'a>(
        &'a self,
        rule: &'a Rule,
        relation: &'a RelationDecl,
        view: &SentenceView<'_, 'a>,
        entities: &[Entity<'a>],
        sentence: Span,
        st: &MatchState,
        start: usize,
        end: usize,
        out: &mut Vec<Relation<'a>>,
        sentence_start_in_out: usize,
    ) {
        let toks = view.tokens.tokens();
        let (mut factuality, mut source) = if rule.cues {
            self.cues.judge(view, start, end, st.trigger, entities)
        } else {
            (Factuality::Asserted, None)
        };
        if strength(rule.floor) > strength(factuality) {
            factuality = rule.floor;
            source = None;
        }
        // Each role's fillers: the members of its group, or its text span.
        let mut choices: Vec<(usize, Vec<Argument<'a>>)> = Vec::new();
        for (r, binding) in st.bound.iter().enumerate() {
            let role = relation.roles[r].name.as_str();
            match binding {
                None => {}
                Some(Binding::Group(g)) => {
                    let args = view.groups[*g]
                        .members
                        .clone()
                        .map(|i| Argument {
                            role,
                            entity: Some(i),
                            span: entities[i].span,
                        })
                        .collect();
                    choices.push((r, args));
                }
                Some(Binding::Text(s, e)) if e > s => {
                    let span = Span::new(toks[view.first + s].span.start, toks[view.first + e - 1].span.end);
                    choices.push((
                        r,
                        vec![Argument {
                            role,
                            entity: None,
                            span,
                        }],
                    ));
                }
                Some(Binding::Text(..)) => {}
            }
        }
        if relation
            .roles
            .iter()
            .enumerate()
            .any(|(i, r)| r.required && !choices.iter().any(|(c, _)| *c == i))
        {
            return;
        }
        // The cartesian product of the choices, in role order.
        let mut combos: Vec<Vec<Argument<'a>>> = vec![Vec::new()];
        for (_, args) in &choices {
            let mut next = Vec::with_capacity(combos.len() * args.len());
            for combo in &combos {
                for a in args {
                    let mut c = combo.clone();
                    c.push(*a);
                    next.push(c);
                }
            }
            combos = next;
            if combos.len() > 64 {
                combos.truncate(64);
            }
        }
        for mut args in combos {
            args.sort_by_key(|a| relation.roles.iter().position(|r| r.name == a.role));
            // An actor never stands in two roles of one relation.
            let ids: Vec<&str> = args
                .iter()
                .filter_map(|a| a.entity)
                .filter(|&i| kind_class(entities[i].entity_type()) == 0)
                .map(|i| entities[i].id())
                .collect();
            if (1..ids.len()).any(|i| ids[..i].contains(&ids[i])) {
                continue;
            }
            let candidate = Relation {
                relation: &relation.name,
                rule: &rule.id,
                factuality,
                source,
                sentence,
                args,
            };
            if out[sentence_start_in_out..]
                .iter()
                .any(|r| same_relation(r, &candidate, relation, entities))
            {
                continue;
            }
            out.push(candidate);
        }
    }

    /// Runs every rule's examples, each rule alone; returns a message for
    /// each example that fails. `run(text, rule)` extracts with one rule.
    pub(crate) fn check_examples(&self, run: &dyn Fn(&str, usize) -> Vec<ExampleResult>) -> Vec<String> {
        let mut failures = Vec::new();
        for (index, rule) in self.rules.iter().enumerate() {
            for ex in &rule.examples {
                for prefix in ["", "Unrelated words come first. "] {
                    let text = format!("{prefix}{}", ex.text);
                    let got = run(&text, index);
                    let ok = match &ex.expected {
                        None => got.is_empty(),
                        Some(want) => got.iter().any(|r| {
                            want.iter().all(|(k, v)| {
                                if k == "factuality" {
                                    return r.factuality == *v;
                                }
                                r.args.iter().any(|(role, id, t)| {
                                    role == k
                                        && (id == v
                                            || v.strip_prefix('"').and_then(|v| v.strip_suffix('"'))
                                                == Some(t.as_str()))
                                })
                            })
                        }),
                    };
                    if !ok {
                        failures.push(format!(
                            "{}:{}: rule {} example {:?}{}: expected {}, got {:?}",
                            rule.file,
                            ex.line,
                            rule.id,
                            ex.text,
                            if prefix.is_empty() { "" } else { " (shifted)" },
                            match &ex.expected {
                                None => "none".to_string(),
                                Some(w) => w
                                    .iter()
                                    .map(|(k, v)| format!("{k}={v}"))
                                    .collect::<Vec<_>>()
                                    .join(" "),
                            },
                            got
                        ));
                    }
                }
            }
        }
        failures
    }
}

/// A relation flattened for comparing with a rule example.
#[derive(Debug)]
pub(crate) struct ExampleResult {
    pub(crate) factuality: String,
    /// (role, canonical id or "", filler text)
    pub(crate) args: Vec<(String, String, String)>,
}

/// Whether two relations say the same: same type and the same canonical ids
/// in every role both fill ("France sends tanks to Chad" and "France sends
/// rifles to Chad" are two relations; "France sends tanks to Chad" and
/// "France sends to Chad" one).
fn same_relation(a: &Relation<'_>, b: &Relation<'_>, decl: &RelationDecl, entities: &[Entity<'_>]) -> bool {
    if a.relation != b.relation {
        return false;
    }
    decl.roles.iter().all(|r| {
        let fa = a
            .argument(&r.name)
            .and_then(|x| x.entity)
            .map(|i| entities[i].id());
        let fb = b
            .argument(&r.name)
            .and_then(|x| x.entity)
            .map(|i| entities[i].id());
        // An optional role left empty in one says nothing against the other.
        fa == fb || (!r.required && (fa.is_none() || fb.is_none()))
    })
}

/// Actors (0), weapons (1) and places (2) never share a coordinated list.
fn kind_class(t: EntityType) -> u8 {
    match t {
        EntityType::Country | EntityType::Organization | EntityType::Person => 0,
        EntityType::Weapon => 1,
        EntityType::Location => 2,
    }
}

/// Sentences longer than this many tokens are matched in windows of this
/// size. No news sentence comes near it; run-on text does (lists, tables,
/// text with its punctuation stripped), and there every rule would run at
/// every entity of a sentence that holds every trigger word, with tables
/// too large for the cache: twenty times the cost per byte of news, growing
/// with the length. A relation is then found only within one window, and
/// its evidence is that window.
const MAX_SENTENCE_TOKENS: usize = 200;

/// The sentence itself, or consecutive windows of at most
/// [`MAX_SENTENCE_TOKENS`] tokens covering it.
fn windows<'s>(tokens: &'s Tokens<'_>, sentence: &'s Sentence) -> impl Iterator<Item = Sentence> + 's {
    let range = sentence.tokens.clone();
    let toks = tokens.tokens();
    range.clone().step_by(MAX_SENTENCE_TOKENS).map(move |first| {
        let end = (first + MAX_SENTENCE_TOKENS).min(range.end);
        if first == range.start && end == range.end {
            return sentence.clone();
        }
        Sentence {
            span: Span::new(toks[first].span.start, toks[end - 1].span.end),
            tokens: first..end,
        }
    })
}

/// Whether a gap may pass over token `pos`: not a clause boundary, and not
/// part of an actor named by name, capital or seat. Adjectives ("Iranian
/// drones"), weapons and places may be passed over.
fn gap_may_skip(view: &SentenceView<'_, '_>, pos: usize) -> bool {
    !view.blocks_gap[pos]
}

/// The fewest [`Inst::Entity`] steps that take only types of `only`, on any
/// path through `program`. Jumps only go forward, so one pass from the end
/// settles it.
fn min_mentions(program: &[Inst], only: u8) -> usize {
    let mut fewest = vec![0usize; program.len() + 1];
    let at = |fewest: &[usize], pc: usize, target: usize| if target > pc { fewest[target] } else { 0 };
    for pc in (0..program.len()).rev() {
        fewest[pc] = match program[pc] {
            Inst::Entity { types, .. } => usize::from(types & !only == 0) + at(&fewest, pc, pc + 1),
            Inst::Word(_) | Inst::NotWord(_) | Inst::Save { .. } | Inst::Gaps(_) => at(&fewest, pc, pc + 1),
            Inst::Jump(a) => at(&fewest, pc, a),
            Inst::Split(a, b) => at(&fewest, pc, a).min(at(&fewest, pc, b)),
            Inst::Match => 0,
        };
    }
    fewest[0]
}

/// Per instruction of `program`: what the first token read from there must
/// be (see [`Rule::first`]). Jumps only go forward, so one pass from the end
/// settles every instruction.
fn first_tokens(program: &[Inst], mask_words: usize) -> Vec<First> {
    let mut first: Vec<First> = vec![First::Any; program.len() + 1];
    let after = |first: &[First], pc: usize, target: usize| {
        if target > pc {
            first[target].clone()
        } else {
            First::Any
        }
    };
    let none = || vec![0u64; mask_words].into_boxed_slice();
    for pc in (0..program.len()).rev() {
        first[pc] = match program[pc] {
            Inst::Word(set) => {
                let mut words = none();
                words[set / 64] |= 1 << (set % 64);
                First::Need { words, entity: false }
            }
            Inst::Entity { .. } => First::Need {
                words: none(),
                entity: true,
            },
            Inst::NotWord(_) | Inst::Save { .. } => after(&first, pc, pc + 1),
            Inst::Jump(a) => after(&first, pc, a),
            Inst::Split(a, b) => match (after(&first, pc, a), after(&first, pc, b)) {
                (First::Need { words: x, entity: e }, First::Need { words: y, entity: f }) => First::Need {
                    words: x.iter().zip(y.iter()).map(|(p, q)| p | q).collect(),
                    entity: e | f,
                },
                _ => First::Any,
            },
            Inst::Gaps(_) | Inst::Match => First::Any,
        };
    }
    first.truncate(program.len());
    first
}

/// What every match of `program` needs from a sentence, as clauses: for
/// each clause (a mask over word sets), some token of the sentence is in one
/// of its sets. A greatest fixpoint over the instruction graph: a word step
/// adds its set as a clause, a split keeps the pairwise unions of its
/// branches' clauses ("(fire|fired) on" needs one of "fire", "fired" and
/// "on"), loops settle. At most [`MAX_CLAUSES`] are kept; fewer clauses
/// only filter less.
fn required_word_sets(program: &[Inst], mask_words: usize) -> Vec<Box<[u64]>> {
    type Clauses = Option<Vec<Box<[u64]>>>; // None: not yet known (top)
    let bit = |set: usize| {
        let mut m = vec![0u64; mask_words].into_boxed_slice();
        m[set / 64] |= 1 << (set % 64);
        m
    };
    // Adds a clause unless a narrower one is there; drops those it narrows.
    let subset = |x: &[u64], y: &[u64]| x.iter().zip(y).all(|(p, q)| p & q == *p);
    let push = |mut cs: Vec<Box<[u64]>>, c: Box<[u64]>| {
        if cs.iter().any(|old| subset(old, &c)) {
            return cs;
        }
        cs.retain(|old| !subset(&c, old));
        if cs.len() < MAX_CLAUSES {
            cs.insert(0, c);
        }
        cs
    };
    let mut must: Vec<Clauses> = vec![None; program.len() + 1];
    must[program.len()] = Some(Vec::new());
    for _ in 0..64 {
        let mut changed = false;
        for pc in (0..program.len()).rev() {
            let next: Clauses = match program[pc] {
                Inst::Match => Some(Vec::new()),
                Inst::Word(set) => must[pc + 1].clone().map(|cs| push(cs, bit(set))),
                Inst::Entity { .. } | Inst::Gaps(_) | Inst::NotWord(_) | Inst::Save { .. } => {
                    must[pc + 1].clone()
                }
                Inst::Split(a, b) => match (&must[a], &must[b]) {
                    (None, x) | (x, None) => x.clone(),
                    (Some(x), Some(y)) => {
                        let mut out = Vec::new();
                        for cx in x {
                            for cy in y {
                                let c: Box<[u64]> = cx.iter().zip(cy.iter()).map(|(p, q)| p | q).collect();
                                out = push(out, c);
                            }
                        }
                        Some(out)
                    }
                },
                Inst::Jump(a) => must[a].clone(),
            };
            if next != must[pc] {
                must[pc] = next;
                changed = true;
            }
        }
        if !changed {
            return must.swap_remove(0).unwrap_or_default();
        }
    }
    Vec::new() // did not settle: no prefilter, which is always sound
}

/// Clauses kept per rule by the prefilter.
const MAX_CLAUSES: usize = 6;

/// How strongly a factuality overrides another when cues combine.
fn strength(f: Factuality) -> u8 {
    match f {
        Factuality::Asserted => 0,
        Factuality::Alleged => 1,
        Factuality::Uncertain => 2,
        Factuality::Negated => 3,
        Factuality::Denied => 4,
    }
}

/// The factuality cue lexicon, by normalized key sequences.
#[derive(Debug)]
struct Cues {
    cues: Vec<(Vec<&'static str>, Factuality)>,
}

impl Cues {
    fn new() -> Cues {
        use Factuality::*;
        let table: &[(&str, Factuality)] = &[
            ("deny denies denied denying denial denials", Denied),
            ("rejected|claims rejects|claims reject|claims dismissed|claims dismissed|reports rejected|accusations rejects|accusations", Denied),
            ("not n't never no cannot without", Negated),
            ("refuse|to refuses|to refused|to refusing|to declined|to declines|to withhold withholds withholding withheld halt halts halted halting", Negated),
            ("may might could would will shall should can", Uncertain),
            ("if whether unless possible possibly potential potentially likely unlikely", Uncertain),
            ("plan|to plans|to planned|to planning|to plan plans considering consider considers considered weigh weighs weighing mull mulls mulling", Uncertain),
            ("seek|to seeks|to seeking|to try|to tries|to trying|to tried|to attempt|to attempting|to", Uncertain),
            ("urge urges urged urging call|on calls|on called|on calling|on calls|for called|for", Uncertain),
            ("ready|to prepared|to set|to expected|to intends|to intend|to want|to wants|to move|to moves|to moving|to", Uncertain),
            ("promise promises promised pledge pledges pledged vow vows vowed threaten threatens threatened offer|to offered|to offers|to warn warns warned", Uncertain),
            ("propose proposes proposed proposal going|to", Uncertain),
            ("accuse accuses accused accusing accusation accusations allege alleges alleged allegedly allegation allegations", Alleged),
            ("claim claims claimed claiming reportedly purportedly purported according|to stated|that suspected said|to believed|to", Alleged),
        ];
        let mut cues: Vec<(Vec<&'static str>, Factuality)> = Vec::new();
        for (words, f) in table {
            for w in words.split(' ') {
                cues.push((w.split('|').collect(), *f));
            }
        }
        // Longest cues first, so "refuse to" wins over a bare "to".
        cues.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Cues { cues }
    }

    /// The factuality of a match over tokens `start..end` (sentence-relative)
    /// with its trigger at `trigger`, and the source of an allegation or
    /// denial.
    fn judge(
        &self,
        view: &SentenceView<'_, '_>,
        start: usize,
        end: usize,
        trigger: Option<usize>,
        entities: &[Entity<'_>],
    ) -> (Factuality, Option<usize>) {
        let trigger = trigger.unwrap_or(start);
        // The window: back from the match to the clause start, at most 12 tokens.
        let mut from = start;
        while from > 0 && start - from < 12 {
            let k = view.key(view.first + from - 1);
            if matches!(k, ";" | "—" | "but" | "however" | "meanwhile" | "\"") {
                break;
            }
            from -= 1;
        }
        let mut best = Factuality::Asserted;
        let mut source = None;
        let mut i = from;
        while i < end {
            // Role fillers and other mentions are not cues.
            if view.covered_by[i].is_some() {
                i += 1;
                continue;
            }
            let mut matched = 0;
            for (words, f) in &self.cues {
                // An accusation verb that is itself the trigger reports its
                // own event: "Ukraine accused Russia" is asserted.
                if i == trigger && *f == Factuality::Alleged {
                    continue;
                }
                if i + words.len() <= end
                    && words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| view.key(view.first + i + k) == *w)
                {
                    if strength(*f) > strength(best) {
                        best = *f;
                        source = match f {
                            Factuality::Denied | Factuality::Alleged => {
                                if words[0] == "according" {
                                    view.covered_by.get(i + words.len()).copied().flatten()
                                } else {
                                    (0..i).rev().find_map(|t| {
                                        view.covered_by[t].filter(|&e| {
                                            entities[e].entity_type() != EntityType::Weapon
                                                && entities[e].entity_type() != EntityType::Location
                                                && entities[e].alias_kind() != AliasKind::Demonym
                                        })
                                    })
                                }
                            }
                            _ => None,
                        };
                    }
                    matched = words.len();
                    break;
                }
            }
            i += matched.max(1);
        }
        // "Spain to send tanks": `to` right before the trigger marks the future.
        if trigger > 0
            && view.key(view.first + trigger - 1) == "to"
            && strength(best) < strength(Factuality::Uncertain)
        {
            let before = trigger.checked_sub(2).map(|t| view.key(view.first + t));
            if !matches!(
                before,
                Some("began" | "begun" | "started" | "continued" | "continues" | "used")
            ) {
                best = Factuality::Uncertain;
                source = None;
            }
        }
        (best, source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_set(patterns: &[&str]) -> RuleSet {
        let mut text = String::from("relation r  a:ACTOR!  b:ACTOR!  w:WEAPON\n\n");
        for (i, p) in patterns.iter().enumerate() {
            text.push_str(&format!("rule r/{i}\n  pattern: {p}\n\n"));
        }
        let mut b = RuleSetBuilder::default();
        b.add_source("t.rules", &text).unwrap();
        b.build(&[]).unwrap()
    }

    #[test]
    fn prefilter_clauses_follow_the_pattern() {
        // (pattern, clauses the prefilter keeps)
        let table = [
            ("<a> sold <b>", 1),
            ("<a> ..4 (fire|fired) (on|at) <b>", 2),
            ("<a> (sold|gave)? <b>", 0),
            ("<a> (sold <b> | <b> bought)", 1),
            ("<a> strikes* on <b>", 1),
            ("<a> strikes+ on <b>", 2),
        ];
        let set = rule_set(&table.iter().map(|t| t.0).collect::<Vec<_>>());
        for (rule, (pattern, clauses)) in set.rules.iter().zip(table) {
            assert_eq!(rule.required.len(), clauses, "{pattern}");
        }
    }

    #[test]
    fn first_tokens_follow_the_pattern() {
        // (pattern, what its first token must be: None for anything, else
        // (some word, an entity start))
        let table = [
            ("<a> sold <b>", Some((false, true))),
            ("sold to <a> by <b>", Some((true, false))),
            ("(sold)? <a> <b>", Some((true, true))),
            ("(<a> | sold <a>) ..2 <b>", Some((true, true))),
            ("..2 <a> sold <b>", None),
            ("(sold|gave) <a> <b>", Some((true, false))),
        ];
        let set = rule_set(&table.iter().map(|t| t.0).collect::<Vec<_>>());
        for (rule, (pattern, want)) in set.rules.iter().zip(table) {
            let got = match &rule.first[0] {
                First::Any => None,
                First::Need { words, entity } => Some((words.iter().any(|w| *w != 0), *entity)),
            };
            assert_eq!(got, want, "{pattern}");
        }
    }

    #[test]
    fn fewest_mentions_follow_the_pattern() {
        // (pattern, fewest mentions, fewest of them actors)
        let table = [
            ("<a> sold <b>", 2, 2),
            ("<a> (sold|gave) ..3 <b> ..2 (<a>)?", 2, 2),
            ("<a> (<b> | sold <b> ..2 <a>)", 2, 2),
            ("(<a> and <b>)+ met", 2, 2),
            ("<a> met <b> , <a> and <b>", 4, 4),
            ("<a> sold <w> to <b>", 3, 2),
            ("<a> sold (<w>)? to <b>", 2, 2),
            ("<a> sold <b> <w> <w>", 4, 2),
        ];
        let set = rule_set(&table.iter().map(|t| t.0).collect::<Vec<_>>());
        for (rule, (pattern, mentions, actors)) in set.rules.iter().zip(table) {
            assert_eq!(rule.min_mentions, mentions, "{pattern}");
            assert_eq!(rule.min_actors, actors, "{pattern}");
        }
        assert_eq!((set.min_mentions, set.min_actors), (2, 2));
    }

    #[test]
    fn a_gap_is_one_instruction() {
        let set = rule_set(&["<a> ..4 sold ..1 <b>"]);
        let gaps: Vec<usize> = set.rules[0]
            .program
            .iter()
            .filter_map(|i| match i {
                Inst::Gaps(n) => Some(*n),
                _ => None,
            })
            .collect();
        assert_eq!(gaps, [4, 1]);
        // After each gap comes what the gap must reach.
        for (pc, inst) in set.rules[0].program.iter().enumerate() {
            if let Inst::Gaps(_) = inst {
                assert!(matches!(set.rules[0].first[pc], First::Any));
                assert!(matches!(set.rules[0].first[pc + 1], First::Need { .. }));
            }
        }
    }
}
