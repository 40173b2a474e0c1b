//! Scores newsie's relations against a gold file in the evaluation schema's
//! format (JSON Lines, one sentence a line).
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/eval/dev.gold.jsonl [--errors]
//! ```
//!
//! Prints precision, recall and F1 per relation type and micro-averaged,
//! factuality accuracy and optional-role accuracy over matched pairs; with
//! `--errors`, every false positive and false negative with its sentence.
//!
//! Scoring follows the schema exactly: a prediction matches a gold relation
//! of the same sentence when the type is equal and every required role
//! matches; an `id` argument matches a mention with that canonical id (for
//! weapons, that id or that class); a `text` argument matches a mention whose
//! text overlaps the gold text in the sentence (case-insensitive, a leading
//! "the" ignored). Each gold relation is matched at most once; gold relations
//! marked optional are neither rewarded nor punished.

use std::collections::BTreeMap;
use std::process::ExitCode;

use newsie::{EvidenceKind, Extraction, Extractor, Relation, Span};
use serde_json::Value;

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Where `needle` occurs in `hay`, case-insensitively, a leading "the " ignored.
fn text_spans(hay: &str, needle: &str) -> Vec<Span> {
    let needle = needle.trim();
    let needle = needle
        .strip_prefix("the ")
        .or_else(|| needle.strip_prefix("The "))
        .unwrap_or(needle)
        .to_lowercase();
    let lower = hay.to_lowercase();
    if needle.is_empty() || lower.len() != hay.len() {
        return Vec::new();
    }
    lower
        .match_indices(&needle)
        .map(|(i, m)| Span::new(i, i + m.len()))
        .collect()
}

fn arg_matches(out: &Extraction<'_>, rel: &Relation<'_>, role: &str, gold: &Value, sentence: &str) -> bool {
    let Some(arg) = rel.argument(role) else {
        return false;
    };
    if let Some(id) = gold.get("id").and_then(Value::as_str) {
        return arg.entity.is_some_and(|i| {
            let e = &out.entities()[i];
            e.id() == id || e.class() == Some(id)
        });
    }
    if let Some(text) = gold.get("text").and_then(Value::as_str) {
        let want = text.to_lowercase();
        let same = |got: &str| {
            let got = got.to_lowercase();
            got.contains(&want) || want.contains(&got)
        };
        // A reference to a name of an earlier sentence ("The group" after
        // "Hamas said ...") stands for that name, which its evidence holds.
        let named = arg
            .entity
            .and_then(|i| out.entities()[i].evidence())
            .filter(|v| v.kind() == EvidenceKind::Pronoun)
            .is_some_and(|v| same(v.text()));
        let spans = text_spans(sentence, text);
        if spans.is_empty() {
            // Not found verbatim: compare the strings themselves.
            return same(&sentence[arg.span.start..arg.span.end]) || named;
        }
        return named || spans.iter().any(|s| s.overlaps(arg.span));
    }
    false
}

fn describe(out: &Extraction<'_>, rel: &Relation<'_>, sentence: &str) -> String {
    let args: Vec<String> = rel
        .arguments()
        .iter()
        .map(|a| {
            let id = a
                .entity
                .map_or(String::new(), |i| format!("={}", out.entities()[i].id()));
            format!("{}:{}{}", a.role, &sentence[a.span.start..a.span.end], id)
        })
        .collect();
    format!(
        "{} [{}] {} ({})",
        rel.relation_type(),
        rel.factuality(),
        args.join(" "),
        rel.rule()
    )
}

fn describe_gold(g: &Value) -> String {
    let args: Vec<String> = g["args"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| {
                    format!(
                        "{k}:{}",
                        v.get("id").or_else(|| v.get("text")).unwrap_or(&Value::Null)
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    format!(
        "{} [{}] {}",
        g["type"].as_str().unwrap_or("?"),
        g.get("factuality").and_then(Value::as_str).unwrap_or("-"),
        args.join(" ")
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: evaluate GOLD.jsonl [--errors]");
        return ExitCode::from(2);
    };
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let ex = Extractor::default();
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let (mut fact_ok, mut fact_n, mut opt_ok, mut opt_n) = (0, 0, 0, 0);
    for (n, line) in data.lines().enumerate() {
        let gold: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}:{}: {e}", n + 1);
                return ExitCode::from(2);
            }
        };
        let text = gold["text"].as_str().unwrap_or("");
        let id = gold["id"].as_str().unwrap_or("?");
        let golds: Vec<&Value> = gold["relations"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let out = ex.extract(text);
        let mut used = vec![false; golds.len()];
        for rel in out.relations() {
            let ty = rel.relation_type();
            // The required roles, as the extractor's relation schema
            // declares them (the bold ones of the evaluation schema).
            let required: Vec<&str> = rel
                .schema()
                .roles()
                .iter()
                .filter(|r| r.is_required())
                .map(|r| r.name())
                .collect();
            let matches = |g: &Value| {
                g["type"].as_str() == Some(ty)
                    && required.iter().all(|role| match g["args"].get(*role) {
                        Some(garg) => arg_matches(&out, rel, role, garg, text),
                        None => true,
                    })
            };
            let optional = |g: &Value| g.get("optional").and_then(Value::as_bool).unwrap_or(false);
            // Prefer a required gold relation; an optional one absorbs the prediction.
            let found = (0..golds.len())
                .find(|&i| !used[i] && !optional(golds[i]) && matches(golds[i]))
                .or_else(|| (0..golds.len()).find(|&i| !used[i] && optional(golds[i]) && matches(golds[i])));
            let counts = per_type.entry(ty.to_string()).or_default();
            match found {
                Some(i) => {
                    used[i] = true;
                    if optional(golds[i]) {
                        continue;
                    }
                    counts.tp += 1;
                    let g = golds[i];
                    if let Some(f) = g.get("factuality").and_then(Value::as_str) {
                        fact_n += 1;
                        if f == rel.factuality().as_str() {
                            fact_ok += 1;
                        } else if errors {
                            println!(
                                "FACT {id}: gold {f}, got {}\n     {}\n     {text}",
                                rel.factuality(),
                                describe(&out, rel, text)
                            );
                        }
                    }
                    for (role, garg) in g["args"].as_object().into_iter().flatten() {
                        if !required.contains(&role.as_str()) {
                            opt_n += 1;
                            if arg_matches(&out, rel, role, garg, text) {
                                opt_ok += 1;
                            }
                        }
                    }
                }
                None => {
                    counts.fp += 1;
                    if errors {
                        println!("FP   {id}: {}\n     {text}", describe(&out, rel, text));
                    }
                }
            }
        }
        for (i, g) in golds.iter().enumerate() {
            if !used[i] && !g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                per_type
                    .entry(g["type"].as_str().unwrap_or("?").to_string())
                    .or_default()
                    .fn_ += 1;
                if errors {
                    println!("FN   {id}: {}\n     {text}", describe_gold(g));
                }
            }
        }
    }
    let mut total = Counts::default();
    println!(
        "{:<10} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
        "type", "tp", "fp", "fn", "P", "R", "F1"
    );
    for (ty, c) in &per_type {
        let (p, r, f) = c.prf();
        println!(
            "{ty:<10} {:>4} {:>4} {:>4} {p:>6.3} {r:>6.3} {f:>6.3}",
            c.tp, c.fp, c.fn_
        );
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
    }
    let (p, r, f) = total.prf();
    println!(
        "{:<10} {:>4} {:>4} {:>4} {p:>6.3} {r:>6.3} {f:>6.3}",
        "micro", total.tp, total.fp, total.fn_
    );
    println!(
        "factuality accuracy: {:.3} ({fact_ok}/{fact_n})",
        ratio(fact_ok, fact_n)
    );
    println!(
        "optional-role accuracy: {:.3} ({opt_ok}/{opt_n})",
        ratio(opt_ok, opt_n)
    );
    ExitCode::SUCCESS
}
