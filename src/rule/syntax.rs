//! The rule-file syntax: declarations, rule blocks and their examples,
//! parsed line by line into a [`RuleSetBuilder`]; and the harness that runs
//! each rule's examples. Patterns are kept as text here and compiled in
//! `compile`, once every file's word classes are known.

use super::classes::List;
use super::{
    type_bit, Example, PendingRule, Place, RelationSchema, RoleSchema, RuleSet, RuleSetBuilder, ACTOR, TEXT,
};
use crate::entity::EntityType;
use crate::error::{locate, Error, ErrorKind};
use crate::relation::Factuality;

/// One line of a rule file, for parsing it and for pointing at its faults.
#[derive(Clone, Copy)]
pub(super) struct Line<'t> {
    pub(super) file: &'t str,
    pub(super) no: usize,
    pub(super) text: &'t str,
}

impl Line<'_> {
    /// An error at byte offset `at` of the line.
    pub(super) fn err(&self, at: usize, msg: impl Into<String>) -> Error {
        Error::at(ErrorKind::Rule, msg, locate(self.file, self.no, self.text, at))
    }

    /// Byte offset `at` of the line, kept for an error found later.
    pub(super) fn place(&self, at: usize) -> Place {
        Place {
            file: self.file.to_string(),
            line_no: self.no,
            line: self.text.to_string(),
            at,
        }
    }
}

/// The block a line of a rule file continues.
enum Block {
    None,
    Rule(Box<PendingRule>),
    /// A `words`, `verbs` or `cues` declaration, whose list may go on on
    /// indented lines.
    List(List),
}

impl<'t> RuleSetBuilder<'t> {
    /// Parses one rule file. Patterns are compiled in
    /// [`build`](RuleSetBuilder::build), once every file's word classes are
    /// known. The builder borrows the words of its word classes from `text`.
    pub(crate) fn add_source(&mut self, file: &str, text: &'t str) -> Result<(), Error> {
        let embedded = file.starts_with("<embedded>");
        let mut block = Block::None;
        for (n, raw) in text.lines().enumerate() {
            let raw = raw.trim_end_matches('\r');
            let line = Line {
                file,
                no: n + 1,
                text: raw,
            };
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = raw.len() - raw.trim_start().len();
            if indent > 0 {
                match &mut block {
                    Block::Rule(rule) => rule_field(rule, line, indent)?,
                    Block::List(list) if !looks_like_rule_field(trimmed) => {
                        self.list_items(list, line, trimmed, indent)?
                    }
                    _ => return Err(line.err(indent, "indented line outside a rule")),
                }
                continue;
            }
            self.close(std::mem::replace(&mut block, Block::None))?;
            let (keyword, rest) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
            let rest_at = trimmed.len() - rest.trim_start().len();
            let rest = rest.trim_start();
            block = match keyword {
                "relation" => {
                    self.parse_relation(line, rest, rest_at)?;
                    Block::None
                }
                "words" | "verbs" | "cues" => Block::List(self.list_head(line, keyword, rest, rest_at)?),
                "rule" => Block::Rule(Box::new(rule_header(line, rest, rest_at, embedded)?)),
                other => {
                    return Err(line.err(
                        0,
                        format!(
                            "unknown declaration '{other}' (expected relation, words, verbs, cues or rule)"
                        ),
                    ))
                }
            };
        }
        self.close(block)
    }

    /// Ends a block: a rule waits to be compiled; a declared word class
    /// must not be empty.
    fn close(&mut self, block: Block) -> Result<(), Error> {
        match block {
            Block::None => Ok(()),
            Block::Rule(rule) => {
                self.pending.push(*rule);
                Ok(())
            }
            Block::List(list) => self.close_list(list),
        }
    }

    /// `relation NAME ROLE:TYPES ...`; `rest` (at byte `at`) follows the keyword.
    fn parse_relation(&mut self, line: Line<'_>, rest: &str, at: usize) -> Result<(), Error> {
        let mut parts = split_with_offsets(rest, at);
        let Some((name, name_at)) = parts.next() else {
            return Err(line.err(at, "relation needs a name"));
        };
        if self.relations.iter().any(|r| r.name == name) {
            return Err(line.err(name_at, format!("relation '{name}' is declared twice")));
        }
        let mut roles: Vec<RoleSchema> = Vec::new();
        for (part, part_at) in parts {
            let Some((role, types)) = part.split_once(':') else {
                return Err(line.err(part_at, format!("expected ROLE:TYPES, found '{part}'")));
            };
            let (types, required) = match types.strip_suffix('!') {
                Some(t) => (t, true),
                None => (types, false),
            };
            let mask = parse_types(types).map_err(|msg| line.err(part_at + role.len() + 1, msg))?;
            if roles.iter().any(|r| r.name == role) {
                return Err(line.err(part_at, format!("role '{role}' is declared twice")));
            }
            roles.push(RoleSchema {
                name: role.to_string(),
                types: mask,
                required,
            });
        }
        if roles.is_empty() {
            return Err(line.err(at + rest.len(), format!("relation '{name}' has no roles")));
        }
        self.relations.push(RelationSchema {
            name: name.to_string(),
            roles,
        });
        Ok(())
    }
}

/// Whether an indented line reads like a field of a rule (`pattern: ...`),
/// which no word list continues.
fn looks_like_rule_field(trimmed: &str) -> bool {
    trimmed.split_once(':').is_some_and(|(key, _)| {
        matches!(
            key.trim(),
            "pattern" | "factuality" | "cues" | "example" | "unless_sentence"
        )
    })
}

/// `rule FAMILY/NAME`: starts a rule block.
fn rule_header(line: Line<'_>, rest: &str, at: usize, embedded: bool) -> Result<PendingRule, Error> {
    let id = rest.trim();
    let well_formed = id
        .split_once('/')
        .is_some_and(|(family, name)| !family.is_empty() && !name.is_empty())
        && !id.chars().any(char::is_whitespace);
    if !well_formed {
        return Err(line.err(at, format!("rule id '{id}' must be FAMILY/NAME")));
    }
    Ok(PendingRule {
        id: id.to_string(),
        relation: id.split('/').next().unwrap_or("").to_string(),
        pattern: None,
        frame: Default::default(),
        floor: Factuality::Asserted,
        cues: true,
        veto: None,
        examples: Vec::new(),
        file: line.file.to_string(),
        line_no: line.no,
        line: line.text.to_string(),
        embedded,
    })
}

/// An indented line of a rule block: `pattern:`, `factuality:`, `cues:` or
/// `example:`.
fn rule_field(rule: &mut PendingRule, line: Line<'_>, indent: usize) -> Result<(), Error> {
    let trimmed = line.text.trim();
    let Some((key, value)) = trimmed.split_once(':') else {
        return Err(line.err(
            indent,
            "expected 'pattern:', 'factuality:', 'cues:' or 'example:'",
        ));
    };
    let value_at = indent + key.len() + 1 + (value.len() - value.trim_start().len());
    let value = value.trim();
    match key.trim() {
        "pattern" => {
            if rule.pattern.is_some() {
                return Err(line.err(indent, "a rule has one pattern"));
            }
            rule.pattern = Some((line.no, line.text.to_string(), value_at));
        }
        "unless_sentence" => {
            if rule.veto.is_some() {
                return Err(line.err(indent, "a rule has one 'unless_sentence:' line"));
            }
            if !value.starts_with('@') || value.contains(char::is_whitespace) {
                return Err(line.err(value_at, "expected 'unless_sentence: @class'"));
            }
            rule.veto = Some((line.no, line.text.to_string(), value_at + 1));
        }
        "cues" if value == "off" => rule.cues = false,
        "cues" => {
            return Err(line.err(
                value_at,
                format!("unknown cues setting '{value}' (the only one is 'cues: off')"),
            ))
        }
        "factuality" => {
            rule.floor = Factuality::from_name(value).ok_or_else(|| {
                line.err(
                    value_at,
                    format!("unknown factuality '{value}' (expected asserted, negated, denied, alleged or uncertain)"),
                )
            })?;
        }
        "example" => {
            let example = parse_example(value).map_err(|(off, msg)| line.err(value_at + off, msg))?;
            rule.examples.push(Example {
                line: line.no,
                ..example
            });
        }
        other => match rule.frame.field(other, line, value_at) {
            Some(result) => result?,
            None => {
                return Err(line.err(
                    indent,
                    format!(
                        "unknown rule field '{other}' (expected pattern, factuality, cues, unless_sentence, example or a frame field: {})",
                        super::frame::FIELDS
                    ),
                ))
            }
        },
    }
    Ok(())
}

pub(super) fn parse_types(types: &str) -> Result<u8, String> {
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
pub(super) fn split_with_offsets(s: &str, base: usize) -> impl Iterator<Item = (&str, usize)> {
    s.split(char::is_whitespace)
        .scan(0, move |pos, part| {
            let at = *pos;
            *pos += part.len() + 1;
            Some((part, base + at))
        })
        .filter(|(p, _)| !p.is_empty())
}

/// The regular inflections of an English verb or noun: base, -s, -ed,
/// -ing. Any string gives some (the parser only passes ASCII words).
pub(super) fn inflections(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let consonant_y = base.ends_with('y')
        && base.len() > 1
        && !matches!(base.as_bytes()[base.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    let stem_y = base.strip_suffix('y').unwrap_or(base);
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
        format!("{}ing", base.strip_suffix('e').unwrap_or(base))
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

impl RuleSet {
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

#[cfg(test)]
mod tests {
    use super::inflections;

    #[test]
    fn inflections_table() {
        let cases: &[(&str, [&str; 4])] = &[
            ("sell", ["sell", "sells", "selled", "selling"]),
            ("supply", ["supply", "supplies", "supplied", "supplying"]),
            ("deploy", ["deploy", "deploys", "deployed", "deploying"]),
            ("launch", ["launch", "launches", "launched", "launching"]),
            ("donate", ["donate", "donates", "donated", "donating"]),
            ("tie", ["tie", "ties", "tied", "tying"]),
            ("free", ["free", "frees", "freed", "freeing"]),
        ];
        for (base, forms) in cases {
            assert_eq!(inflections(base), forms, "{base}");
        }
    }

    #[test]
    fn inflections_of_any_string_do_not_panic() {
        // Stems ending in characters of several bytes, after a 'y' or an 'e'.
        for base in [
            "",
            "y",
            "e",
            "продать",
            "ñy",
            "éy",
            "ßie",
            "日本e",
            "e\u{301}",
            "ӯ",
        ] {
            let forms = inflections(base);
            assert_eq!(forms[0], base);
            assert_eq!(forms.len(), 4);
        }
    }
}
