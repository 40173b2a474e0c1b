//! The pattern compiler: pattern text to a program of [`Inst`]ructions,
//! checked against the rule's relation; and the build of a whole rule set
//! with the word classes its patterns read. The analyses of compiled
//! programs are in `analysis`.

use std::collections::{HashMap, HashSet};

use super::analysis::{analyse, Prefilter};
use super::factuality::Cues;
use super::syntax::{parse_types, Line};
use super::{type_names, Inst, PendingRule, RelationSchema, Rule, RuleSet, RuleSetBuilder, TEXT};
use crate::classes::{ClassSpec, WordClasses};
use crate::error::{Error, ErrorKind};
use crate::token::{phrase_key, Abbreviations, Tokens};
use crate::words::key_hash;

/// What building a rule set gives: the rules, the word classes (the
/// declared ones and those of the patterns' own words), and the
/// abbreviations the tokenizer joins.
pub(crate) struct Built {
    pub(crate) rules: RuleSet,
    pub(crate) classes: WordClasses,
    pub(crate) abbreviations: Abbreviations,
}

impl<'t> RuleSetBuilder<'t> {
    /// Resolves the word classes, compiles every pattern and checks it
    /// against its relation, then builds the tables the matcher reads.
    /// `disabled` holds rule ids and families to leave out.
    pub(crate) fn build(mut self, disabled: &[String]) -> Result<Built, Error> {
        let specs = self.resolve_classes()?;
        let abbreviations = RuleSetBuilder::abbreviations(&specs);
        let mut verb_sets: Vec<bool> = self.classes.iter().map(|c| c.verbs).collect();
        let mut classes = PatternClasses {
            specs,
            ids: std::mem::take(&mut self.class_ids),
            literals: HashMap::new(),
            abbreviations,
            regexes: Vec::new(),
        };
        let mut rules = self.compile_rules(disabled, &mut classes)?;
        verb_sets.resize(classes.specs.len(), false);
        let words = WordClasses::new(&classes.specs);
        for rule in &mut rules {
            let relation = &self.relations[rule.relation];
            let actor_roles = rule.frame.as_ref().map_or(0, |f| {
                f.required
                    .iter()
                    .filter(|&&r| relation.roles[r].types & !super::ACTOR == 0)
                    .count()
            });
            let required_types = rule.frame.as_ref().map_or(Vec::new(), |f| {
                f.required
                    .iter()
                    .map(|&r| relation.roles[r].types)
                    .filter(|&t| t != TEXT)
                    .collect()
            });
            analyse(rule, words.mask_words(), actor_roles, required_types);
        }
        let prefilter = Prefilter::new(&rules, words.masks(), words.mask_words());
        // The word sets of the named classes (those declared), as a mask
        // over the sets.
        let class_mask = |names: &[&str]| {
            let mut mask = vec![0u64; words.mask_words()];
            for name in names {
                if let Some(&set) = classes.ids.get(*name) {
                    mask[set / 64] |= 1 << (set % 64);
                }
            }
            mask.into_boxed_slice()
        };
        let victim_claimed = self
            .relations
            .iter()
            .map(|r| {
                let key = r.name.as_bytes();
                classes.ids.get("victim_claimed_relation").is_some_and(|&set| {
                    words
                        .words()
                        .get(key, key_hash(key))
                        .is_some_and(|row| words.row_in(row, set))
                })
            })
            .collect();
        Ok(Built {
            rules: RuleSet {
                relations: self.relations,
                victim_claimed,
                verb_sets,
                prefilter,
                min_mentions: rules.iter().map(|r| r.min_mentions).min().unwrap_or(0),
                min_actors: rules.iter().map(|r| r.min_actors).min().unwrap_or(0),
                gates: super::matcher::Gates::new(&rules),
                check_nouns: class_mask(&[
                    "actor_noun",
                    "target_noun",
                    "military_noun",
                    "sanction_target_noun",
                ]),
                doer_nouns: class_mask(&["actor_noun", "military_noun"]),
                // Sportspeople are people too: "accused Peru's swimmers of
                // ..." blames the swimmers, not Peru.
                person_nouns: class_mask(&["person_noun", "sports_actor"]),
                plea_verbs: class_mask(&["plea_verb"]),
                call_for_verbs: class_mask(&["call_for_verb"]),
                join_verbs: class_mask(&["join_verb"]),
                border_nouns: class_mask(&["border_noun"]),
                not_sanctioned_as: class_mask(&["designation_not_sanction"]),
                sense: super::sense::Sense {
                    past_tenure: class_mask(&["past_tenure"]),
                    private: class_mask(&["private_actor_noun"]),
                    titles: class_mask(&[
                        "title_gov",
                        "title_military",
                        "title_police",
                        "title_judiciary",
                        "title_legislature",
                        "title_diplomat",
                        "title_generic",
                    ]),
                    locative: class_mask(&["locative"]),
                    persons: class_mask(&["person_noun"]),
                    armed: class_mask(&["armed_group_noun"]),
                    verbal_attack: class_mask(&["verbal_attack"]),
                    sports: class_mask(&["sports_word", "sports_actor"]),
                    space: class_mask(&["space_word"]),
                    crew_title: class_mask(&["crew_title"]),
                    head_title: class_mask(&["head_of_state_title"]),
                    list_opener: class_mask(&["list_opener"]),
                    list_joiner: class_mask(&["list_joiner"]),
                },
                domain: super::domain::Domain {
                    launch_vehicle: class_mask(&["launch_vehicle_noun"]),
                    measure: class_mask(&["sanction_noun", "penalty_noun"]),
                    blow: class_mask(&["attack_verb", "target_verb"]),
                    court: class_mask(&["court_noun"]),
                },
                quantity_noun: classes.ids.get("quantity_noun").copied(),
                oppose_plan_verb: classes.ids.get("oppose_plan_verb").copied(),
                actor_pronoun: classes.ids.get("actor_pronoun").copied(),
                plural_pronoun: classes.ids.get("plural_actor_pronoun").copied(),
                example_marker: classes.ids.get("example_marker").copied(),
                plan_noun: classes.ids.get("plan_noun").copied(),
                border_noun: classes.ids.get("border_noun").copied(),
                weapon_doer_verb: classes.ids.get("weapon_doer_verb").copied(),
                join_verb: classes.ids.get("join_verb").copied(),
                document_noun: classes.ids.get("document_noun").copied(),
                document_author_verb: classes.ids.get("document_author_verb").copied(),
                limits: super::Limits::default(),
                regexes: std::mem::take(&mut classes.regexes),
                rules,
                cues: Cues::new(self.cues.into_iter().flatten().collect()),
            },
            classes: words,
            abbreviations: classes.abbreviations,
        })
    }

    /// Compiles the pending rules in load order, leaving out the disabled
    /// ones (after compiling them, so that their errors still show).
    fn compile_rules(
        &mut self,
        disabled: &[String],
        classes: &mut PatternClasses<'t>,
    ) -> Result<Vec<Rule>, Error> {
        let pending = std::mem::take(&mut self.pending);
        check_disabled(disabled, &pending)?;
        let mut ids = HashSet::new();
        let mut rules = Vec::new();
        for p in pending {
            let header = Line {
                file: &p.file,
                no: p.line_no,
                text: &p.line,
            };
            // Errors about the rule as a whole point at its id.
            let err = |msg: String| header.err(5, msg);
            if !ids.insert(p.id.clone()) {
                return Err(err(format!("rule '{}' is defined twice", p.id)));
            }
            let Some(relation) = self.relations.iter().position(|r| r.name == p.relation) else {
                let known: Vec<&str> = self.relations.iter().map(|r| r.name.as_str()).collect();
                return Err(err(format!(
                    "unknown relation '{}' (declared: {})",
                    p.relation,
                    known.join(", ")
                )));
            };
            if p.embedded && p.examples.is_empty() {
                return Err(err(format!("rule '{}' has no example", p.id)));
            }
            let (program, frame) = match (&p.pattern, p.frame.is_frame()) {
                (Some(_), true) => {
                    let place = p.frame.trigger_place().map_or_else(
                        || err(String::new()),
                        |pl| pl.err("a rule has a pattern or a frame trigger ('verb:', 'noun:'), not both"),
                    );
                    return Err(place);
                }
                (None, true) => {
                    let class = |name: &str| classes.ids.get(name).copied();
                    let frame = p.frame.compile(&self.relations[relation], &class)?;
                    (vec![Inst::Match], Some(frame))
                }
                (None, false) => {
                    return Err(err(format!("rule '{}' has no pattern (or frame trigger)", p.id)));
                }
                (Some((line_no, text, at)), false) => {
                    let line = Line {
                        file: &p.file,
                        no: *line_no,
                        text,
                    };
                    let program = Compiler {
                        relation: &self.relations[relation],
                        classes,
                        line,
                    }
                    .compile(&text[*at..], *at)?;
                    (program, None)
                }
            };
            let veto = match &p.veto {
                None => None,
                Some((line_no, text, at)) => {
                    let name = &text[*at..].trim_end();
                    let line = Line {
                        file: &p.file,
                        no: *line_no,
                        text,
                    };
                    Some(
                        classes
                            .ids
                            .get(*name)
                            .copied()
                            .ok_or_else(|| line.err(*at - 1, format!("unknown word class '@{name}'")))?,
                    )
                }
            };
            let family = p.id.split('/').next().unwrap_or("");
            if disabled.iter().any(|d| d == &p.id || d == family) {
                continue;
            }
            rules.push(Rule {
                id: p.id,
                relation,
                program,
                first: Vec::new(),
                min_mentions: 0,
                min_actors: 0,
                needs_types: Vec::new(),
                required: Vec::new(),
                floor: p.floor,
                cues: p.cues,
                veto,
                examples: p.examples,
                file: p.file,
                frame,
            });
        }
        Ok(rules)
    }
}

/// Checks that each of `disabled` names a rule or a family of `rules`: a
/// misspelt name would leave the rule on without a word.
fn check_disabled(disabled: &[String], rules: &[PendingRule]) -> Result<(), Error> {
    let family = |id: &str| id.split('/').next().unwrap_or("").to_string();
    for d in disabled {
        if rules.iter().any(|r| r.id == *d || family(&r.id) == *d) {
            continue;
        }
        let mut families: Vec<String> = Vec::new();
        for r in rules {
            if !families.contains(&family(&r.id)) {
                families.push(family(&r.id));
            }
        }
        let known = if families.is_empty() {
            "no rules are loaded".to_string()
        } else {
            format!("families: {}", families.join(", "))
        };
        return Err(Error::new(
            ErrorKind::Rule,
            format!("disable_rule: no rule or family '{d}' ({known})"),
        ));
    }
    Ok(())
}

/// The word classes patterns read, while they are compiled: the resolved
/// classes of the rule files, then one class for each distinct literal
/// word of a pattern.
struct PatternClasses<'t> {
    specs: Vec<ClassSpec<'t>>,
    ids: HashMap<String, usize>,
    /// The class of each literal word, by key.
    literals: HashMap<String, usize>,
    /// How the tokenizer splits text, and so literal words.
    abbreviations: Abbreviations,
    /// The token regular expressions of the patterns, each once.
    regexes: Vec<regex::Regex>,
}

impl PatternClasses<'_> {
    /// The class holding just the word `key`.
    fn literal(&mut self, key: &str) -> usize {
        if let Some(&class) = self.literals.get(key) {
            return class;
        }
        self.specs.push(ClassSpec {
            name: String::new(),
            words: vec![key.to_string().into()],
            phrases: Vec::new(),
        });
        self.literals.insert(key.to_string(), self.specs.len() - 1);
        self.specs.len() - 1
    }
}

#[derive(Debug)]
enum Node {
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, usize, usize),
    Word(usize),
    NotWord(usize),
    /// An entity group: its role, its types, and whether one mention alone
    /// must fill it, never a list (`<role.one>`).
    Entity(Option<usize>, u8, bool),
    Capture(usize, Box<Node>),
    Gap(usize),
    Regex(usize),
    NotRegex(usize),
}

struct Compiler<'b, 't> {
    relation: &'b RelationSchema,
    classes: &'b mut PatternClasses<'t>,
    /// The pattern's line.
    line: Line<'b>,
}

#[derive(Debug)]
struct Lexeme<'p> {
    text: &'p str,
    at: usize,
}

impl Compiler<'_, '_> {
    fn err(&self, at: usize, msg: impl Into<String>) -> Error {
        self.line.err(at, msg)
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
        for (i, role) in self.relation.roles.iter().enumerate() {
            if role.required && !bound.contains(&i) {
                return Err(self.err(
                    base,
                    format!("pattern does not bind required role '{}'", role.name),
                ));
            }
        }
        let mut program = Vec::new();
        emit_program(&node, &mut program);
        program.push(Inst::Match);
        Ok(program)
    }

    fn parse_alt(&mut self, lx: &[Lexeme<'_>], pos: &mut usize) -> Result<Node, Error> {
        let mut alts = Vec::new();
        loop {
            let start = lx.get(*pos).map_or(self.line.text.len(), |l| l.at);
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
        let relation = self.relation;
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
        let relation = self.relation;
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

    /// One element of a pattern, without its quantifier.
    fn parse_atom(&mut self, core: &str, at: usize) -> Result<Node, Error> {
        if let Some(inner) = core.strip_prefix('<').and_then(|c| c.strip_suffix('>')) {
            return self.parse_role(inner, at);
        }
        if let Some(inner) = core.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            let mask = parse_types(inner).map_err(|m| self.err(at + 1, m))?;
            if mask == TEXT {
                return Err(self.err(at, "[TEXT] is not an entity type"));
            }
            return Ok(Node::Entity(None, mask, false));
        }
        if core.starts_with('<') || core.starts_with('[') {
            return Err(self.err(at, format!("unclosed '{}'", &core[..1])));
        }
        if let Some(source) = core
            .strip_prefix('/')
            .and_then(|c| c.strip_suffix('/'))
            .filter(|s| !s.is_empty())
        {
            return self.regex(source, at);
        }
        if let Some(source) = core
            .strip_prefix("!/")
            .and_then(|c| c.strip_suffix('/'))
            .filter(|s| !s.is_empty())
        {
            return match self.regex(source, at + 1)? {
                Node::Regex(i) => Ok(Node::NotRegex(i)),
                other => Ok(other),
            };
        }
        if let Some(word) = core.strip_prefix('!').filter(|w| !w.is_empty()) {
            // `!@class`: the next token is no one-word member of the class
            // (its phrases would need more than one token to rule out).
            if let Some(name) = word.strip_prefix('@') {
                let Some(&class) = self.classes.ids.get(name) else {
                    return Err(self.err(at + 1, format!("unknown word class '@{name}'")));
                };
                return Ok(Node::NotWord(class));
            }
            return Ok(Node::NotWord(self.classes.literal(&phrase_key(word))));
        }
        if let Some(name) = core.strip_prefix('@') {
            return self.class(name, at);
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
        self.literal(core, at)
    }

    /// `/source/`: a token whose text matches `source` whole. Compiled here,
    /// so that a bad expression is an error at its place in the file.
    fn regex(&mut self, source: &str, at: usize) -> Result<Node, Error> {
        let source = source.replace("\\/", "/");
        if let Some(i) = self
            .classes
            .regexes
            .iter()
            .position(|r| r.as_str() == anchored(&source))
        {
            return Ok(Node::Regex(i));
        }
        let re = regex::RegexBuilder::new(&anchored(&source))
            .size_limit(1 << 20)
            .build()
            .map_err(|e| {
                let msg = match e {
                    regex::Error::Syntax(s) => {
                        let last = s.lines().last().unwrap_or("").trim();
                        last.strip_prefix("error:").unwrap_or(last).trim().to_string()
                    }
                    other => other.to_string(),
                };
                self.err(at + 1, format!("bad regular expression: {msg}"))
            })?;
        self.classes.regexes.push(re);
        Ok(Node::Regex(self.classes.regexes.len() - 1))
    }

    /// `<role>`, `<role:TYPES>`, `<role.one>` or `<role.one:TYPES>`,
    /// with `inner` between the brackets.
    fn parse_role(&mut self, inner: &str, at: usize) -> Result<Node, Error> {
        let (name, narrow) = match inner.split_once(':') {
            Some((n, t)) => (n, Some(t)),
            None => (inner, None),
        };
        let (name, one) = match name.strip_suffix(".one") {
            Some(n) => (n, true),
            None => (name, false),
        };
        let role = self.role(name, at + 1)?;
        let declared = self.relation.roles[role].types;
        if declared == TEXT {
            return Err(self.err(
                at,
                format!("role '{name}' takes text: capture it with {{{name} ...}}"),
            ));
        }
        let types = match narrow {
            None => declared,
            Some(t) => {
                let types_at = at + inner.len() - t.len() + 1;
                let mask = parse_types(t).map_err(|m| self.err(types_at, m))?;
                if mask & !declared != 0 {
                    return Err(self.err(
                        types_at,
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
        Ok(Node::Entity(Some(role), types, one))
    }

    /// `@name`: a word of the class, or one of its phrases (longest first).
    fn class(&mut self, name: &str, at: usize) -> Result<Node, Error> {
        let Some(&class) = self.classes.ids.get(name) else {
            return Err(self.err(at, format!("unknown word class '@{name}'")));
        };
        let mut phrases = self.classes.specs[class].phrases.clone();
        if phrases.is_empty() {
            return Ok(Node::Word(class));
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let mut alts: Vec<Node> = phrases
            .iter()
            .map(|p| Node::Seq(p.iter().map(|w| Node::Word(self.classes.literal(w))).collect()))
            .collect();
        if !self.classes.specs[class].words.is_empty() {
            alts.push(Node::Word(class));
        }
        Ok(Node::Alt(alts))
    }

    /// A literal: one or more tokens, matched by key.
    fn literal(&mut self, core: &str, at: usize) -> Result<Node, Error> {
        // The possessive marker is a token of its own in text, so it is one
        // here too.
        let key = phrase_key(core);
        if matches!(key.as_str(), "'s" | "'") {
            return Ok(Node::Word(self.classes.literal(&key)));
        }
        let tokens = Tokens::with_abbreviations(core, &self.classes.abbreviations);
        let mut keys: Vec<Node> = tokens
            .tokens()
            .iter()
            .map(|t| Node::Word(self.classes.literal(tokens.key(t))))
            .collect();
        match keys.len() {
            0 => Err(self.err(at, format!("cannot match '{core}'"))),
            1 => Ok(keys.remove(0)),
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
            // "/[A-Z]{2,}/": a regular expression, to its closing slash
            // ("\/" is a slash inside it), also after "!"; a lone "/" is a
            // word.
            b'/' | b'!'
                if (c == b'/' || bytes.get(i + 1) == Some(&b'/'))
                    && pattern[i + 1..].trim_start_matches('/').contains('/') =>
            {
                i += if c == b'!' { 2 } else { 1 };
                while i < bytes.len() && bytes[i] != b'/' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
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
        Node::Entity(Some(r), _, _) | Node::Capture(r, _) => {
            out.insert(*r);
        }
        _ => {}
    }
}

fn emit_program(node: &Node, prog: &mut Vec<Inst>) {
    match node {
        Node::Seq(v) => v.iter().for_each(|n| emit_program(n, prog)),
        Node::Alt(alts) => {
            // split L1, next; L1: a; jump end; next: split L2 ...
            let mut jumps = Vec::new();
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 < alts.len() {
                    let split = prog.len();
                    prog.push(Inst::Split(split + 1, 0));
                    emit_program(alt, prog);
                    jumps.push(prog.len());
                    prog.push(Inst::Jump(0));
                    let next = prog.len();
                    prog[split] = Inst::Split(split + 1, next);
                } else {
                    emit_program(alt, prog);
                }
            }
            let end = prog.len();
            for j in jumps {
                prog[j] = Inst::Jump(end);
            }
        }
        Node::Repeat(n, min, max) => {
            for _ in 0..*min {
                emit_program(n, prog);
            }
            // Greedy optional copies, nested: split(take, skip-all).
            let mut exits = Vec::new();
            for _ in *min..*max {
                let split = prog.len();
                prog.push(Inst::Split(split + 1, 0));
                exits.push(split);
                emit_program(n, prog);
            }
            let end = prog.len();
            for s in exits {
                prog[s] = Inst::Split(s + 1, end);
            }
        }
        Node::Word(i) => prog.push(Inst::Word(*i)),
        Node::NotWord(i) => prog.push(Inst::NotWord(*i)),
        Node::Entity(role, types, one) => prog.push(Inst::Entity {
            role: *role,
            types: *types,
            one: *one,
        }),
        Node::Capture(role, inner) => {
            prog.push(Inst::Save {
                role: *role,
                start: true,
            });
            emit_program(inner, prog);
            prog.push(Inst::Save {
                role: *role,
                start: false,
            });
        }
        Node::Gap(0) => {}
        Node::Gap(n) => prog.push(Inst::Gaps(*n)),
        Node::Regex(i) => prog.push(Inst::Regex(*i)),
        Node::NotRegex(i) => prog.push(Inst::NotRegex(*i)),
    }
}

/// A token expression matches the whole token.
fn anchored(source: &str) -> String {
    format!("^(?:{source})$")
}
