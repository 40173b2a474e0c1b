//! Measures newsie's entity mentions against two public annotated corpora.
//!
//! ```text
//! cargo run --release --example entity_eval -- conll ../shared/data/eval/conll2003/eng.testa
//! cargo run --release --example entity_eval -- re3d ../shared/data/eval/re3d [SOURCE...]
//! ```
//!
//! **CoNLL-2003** (IOB1 tokens, one token a line): each `-DOCSTART-` document
//! is rebuilt as text (tokens joined by spaces, a sentence a line) and run
//! through `Extractor::default()`. Printed:
//! - precision of newsie's PERSON, ORGANIZATION and place mentions (not
//!   the pronouns and titles that stand for a person, which CoNLL does not tag): a PERSON
//!   is right when it overlaps a gold PER span, an ORGANIZATION an ORG span, a
//!   COUNTRY named by name, capital or seat (or a LOCATION) a LOC span, a
//!   COUNTRY named by a demonym a MISC span (CoNLL tags "Iranian" MISC), and a
//!   country with an agent noun ("Russian troops") either;
//! - recall of gold PER, ORG and LOC spans: overlapped by a PERSON, an
//!   ORGANIZATION, and a COUNTRY or LOCATION mention (type-level, as
//!   precision is counted), with the F1 of each;
//! - recall of gold LOC spans whose text is a country name, and of gold MISC
//!   spans whose text is a demonym. What counts as a country name or demonym
//!   is decided by an oracle independent of newsie's gazetteer: the names,
//!   spellings and demonyms of `../shared/data/countries/mledoze_countries.json`.
//!
//! Each document is extracted with its date when its first lines hold one
//! (`1996-08-22`, as CoNLL's datelines write it).
//!
//! **re3d** (the DSTL defence corpus: `documents.json` and `entities.json` per
//! source, offsets in characters): precision and recall of Person,
//! Organisation, Nationality and Weapon/MilitaryPlatform, mapped from newsie's
//! PERSON, ORGANIZATION, COUNTRY-by-demonym and WEAPON. By default every
//! source except `BBC_Online` and `US_State_Department`, which are held out
//! for evaluation.
//!
//! A prediction or gold span is matched when a span of the other side with a
//! compatible type overlaps it; both precision and recall count mentions.
//! `--errors` also prints every false positive, `--misses LABEL` every gold
//! span of that label nothing found, with its line.

use std::collections::{BTreeMap, HashSet};
use std::process::ExitCode;

use newsie::{AliasKind, Entity, EntityType, EvidenceKind, Extractor};
use serde_json::Value;

/// The held-out re3d sources that development must not look at.
const RE3D_HELD_OUT: &[&str] = &["BBC_Online", "US_State_Department"];

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
    fn ratio(&self) -> String {
        if self.total == 0 {
            return "    -".into();
        }
        format!(
            "{:.3} ({}/{})",
            self.right as f64 / self.total as f64,
            self.right,
            self.total
        )
    }
}

struct Gold {
    start: usize,
    end: usize,
    label: String,
    text: String,
}

/// F1 of a precision and a recall.
fn f1(p: &Tally, r: &Tally) -> String {
    let (p, r) = (p.value(), r.value());
    if p + r == 0.0 {
        return "    -".into();
    }
    format!("{:.3}", 2.0 * p * r / (p + r))
}

/// The date of a document, from a dateline among its first lines.
fn dateline(text: &str) -> Option<&str> {
    text.lines().take(4).flat_map(|l| l.split(' ')).find(|w| {
        let b = w.as_bytes();
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    })
}

/// The line of `text` around `at`, for error listings.
fn line_at(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    &text[start..end]
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The gold labels a newsie entity may stand for, per corpus.
fn conll_labels(e: &Entity<'_>) -> &'static [&'static str] {
    // CoNLL tags names only: a pronoun or a title standing for a person
    // ("he", "the minister") is no name it could tag, as a weapon is no
    // type it has. (re3d tags both as Person, and is scored with them.)
    if e.evidence().is_some_and(|v| {
        matches!(
            v.kind(),
            EvidenceKind::Pronoun
                | EvidenceKind::Possessive
                | EvidenceKind::Nominal
                | EvidenceKind::Description
        )
    }) {
        return &[];
    }
    match e.entity_type() {
        EntityType::Person => &["PER"],
        EntityType::Organization => &["ORG"],
        EntityType::Country if e.alias_kind() == AliasKind::Demonym => &["MISC"],
        EntityType::Country if e.alias_kind() == AliasKind::Agent => &["MISC", "LOC"],
        EntityType::Country | EntityType::Location => &["LOC"],
        EntityType::Weapon => &[],
    }
}

fn re3d_labels(e: &Entity<'_>) -> &'static [&'static str] {
    match e.entity_type() {
        EntityType::Person => &["Person"],
        EntityType::Organization => &["Organisation"],
        EntityType::Country if e.alias_kind() == AliasKind::Demonym => &["Nationality"],
        EntityType::Country if e.alias_kind() == AliasKind::Agent => {
            &["Nationality", "Location", "Organisation"]
        }
        EntityType::Country => &["Location", "Organisation"],
        EntityType::Location => &["Location"],
        EntityType::Weapon => &["Weapon", "MilitaryPlatform"],
    }
}

/// Country names, spellings and demonyms from the mledoze data, lower-cased.
fn country_oracle(shared: &str) -> Option<(HashSet<String>, HashSet<String>)> {
    let text = std::fs::read_to_string(format!("{shared}/data/countries/mledoze_countries.json")).ok()?;
    let all: Value = serde_json::from_str(&text).ok()?;
    let (mut names, mut demonyms) = (HashSet::new(), HashSet::new());
    let add = |set: &mut HashSet<String>, v: &Value| {
        if let Some(s) = v.as_str() {
            set.insert(s.to_lowercase());
        }
    };
    for c in all.as_array()? {
        add(&mut names, &c["name"]["common"]);
        add(&mut names, &c["name"]["official"]);
        for s in c["altSpellings"].as_array().into_iter().flatten() {
            add(&mut names, s);
        }
        for d in c["demonyms"]["eng"]
            .as_object()
            .into_iter()
            .flat_map(|o| o.values())
        {
            add(&mut demonyms, d);
        }
    }
    Some((names, demonyms))
}

/// CoNLL documents as (text, gold spans).
fn read_conll(path: &str) -> Result<Vec<(String, Vec<Gold>)>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    let (mut text, mut gold) = (String::new(), Vec::<Gold>::new());
    let mut open: Option<(usize, String)> = None;
    let mut last_end = 0;
    let close = |open: &mut Option<(usize, String)>, end: usize, text: &str, gold: &mut Vec<Gold>| {
        if let Some((start, label)) = open.take() {
            gold.push(Gold {
                start,
                end,
                label,
                text: text[start..end].to_string(),
            });
        }
    };
    for line in data.lines() {
        if line.starts_with("-DOCSTART-") {
            close(&mut open, last_end, &text, &mut gold);
            if !text.is_empty() {
                docs.push((std::mem::take(&mut text), std::mem::take(&mut gold)));
            }
            continue;
        }
        let cols: Vec<&str> = line.split(' ').collect();
        if cols.len() < 4 {
            close(&mut open, last_end, &text, &mut gold);
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            continue;
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(cols[0]);
        let tag = cols[3];
        let (bio, label) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = matches!(&open, Some((_, l)) if l == label) && bio == "I";
        if !continues {
            close(&mut open, last_end, &text, &mut gold);
            if bio != "O" {
                open = Some((start, label.to_string()));
            }
        }
        last_end = text.len();
    }
    close(&mut open, last_end, &text, &mut gold);
    if !text.is_empty() {
        docs.push((text, gold));
    }
    Ok(docs)
}

/// re3d documents of one source as (text, gold spans), offsets turned from
/// characters into bytes.
fn read_re3d(dir: &str) -> Result<Vec<(String, Vec<Gold>)>, String> {
    let read = |name: &str| {
        let path = format!("{dir}/{name}");
        std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))
    };
    let mut docs: BTreeMap<String, (String, Vec<Gold>)> = BTreeMap::new();
    for line in read("documents.json")?.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{dir}/documents.json: {e}"))?;
        let id = v["_id"].as_str().unwrap_or_default().to_string();
        docs.insert(
            id,
            (v["text"].as_str().unwrap_or_default().to_string(), Vec::new()),
        );
    }
    for line in read("entities.json")?.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{dir}/entities.json: {e}"))?;
        let Some((text, gold)) = v["documentId"].as_str().and_then(|d| docs.get_mut(d)) else {
            continue;
        };
        let byte = |chars: u64| {
            text.char_indices()
                .nth(chars as usize)
                .map_or(text.len(), |(b, _)| b)
        };
        let (start, end) = (
            byte(v["begin"].as_u64().unwrap_or(0)),
            byte(v["end"].as_u64().unwrap_or(0)),
        );
        gold.push(Gold {
            start,
            end,
            label: v["type"].as_str().unwrap_or_default().to_string(),
            text: text.get(start..end).unwrap_or_default().to_string(),
        });
    }
    Ok(docs.into_values().collect())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    args.retain(|a| a != "--errors");
    let show_misses = args.iter().position(|a| a == "--misses").and_then(|i| {
        let label = args.get(i + 1).cloned();
        args.drain(i..(i + 2).min(args.len()));
        label
    });
    let extractor = Extractor::default();
    match args.first().map(String::as_str) {
        Some("conll") if args.len() == 2 => {
            let docs = match read_conll(&args[1]) {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("entity_eval: {e}");
                    return ExitCode::from(2);
                }
            };
            let shared = std::path::Path::new(&args[1])
                .ancestors()
                .find(|p| p.join("data/countries").is_dir())
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "../shared".into());
            let oracle = country_oracle(&shared);
            let mut precision: BTreeMap<&str, Tally> = BTreeMap::new();
            let mut recall: BTreeMap<&str, Tally> = BTreeMap::new();
            let (mut loc_recall, mut misc_recall) = (Tally::default(), Tally::default());
            let mut misses: BTreeMap<String, usize> = BTreeMap::new();
            for (text, gold) in &docs {
                let x = match dateline(text) {
                    Some(date) => extractor.extract_dated(text, date),
                    None => extractor.extract(text),
                };
                for g in gold {
                    let types: &[EntityType] = match g.label.as_str() {
                        "PER" => &[EntityType::Person],
                        "ORG" => &[EntityType::Organization],
                        "LOC" => &[EntityType::Country, EntityType::Location],
                        _ => continue,
                    };
                    let found = x.entities().iter().any(|e| {
                        types.contains(&e.entity_type())
                            && conll_labels(e).contains(&g.label.as_str())
                            && overlaps((e.span().start, e.span().end), (g.start, g.end))
                    });
                    if !found && show_misses.as_deref() == Some(g.label.as_str()) {
                        println!("MISS {:<4} {:?} in {:?}", g.label, g.text, line_at(text, g.start));
                    }
                    recall.entry(g.label.as_str()).or_default().add(found);
                }
                for e in x.entities() {
                    let labels = conll_labels(e);
                    if labels.is_empty() {
                        continue;
                    }
                    let s = e.span();
                    let ok = gold.iter().any(|g| {
                        labels.contains(&g.label.as_str()) && overlaps((s.start, s.end), (g.start, g.end))
                    });
                    if show_errors && !ok {
                        println!(
                            "FP {:<12} {:?} {:?} in {:?}",
                            e.entity_type().as_str(),
                            e.text(),
                            e.evidence().map(|v| v.kind().as_str()),
                            line_at(text, s.start)
                        );
                    }
                    precision.entry(e.entity_type().as_str()).or_default().add(ok);
                }
                if let Some((names, demonyms)) = &oracle {
                    for g in gold {
                        let t = g.text.to_lowercase();
                        let tally = match g.label.as_str() {
                            "LOC" if names.contains(&t) => &mut loc_recall,
                            "MISC" if demonyms.contains(&t) => &mut misc_recall,
                            _ => continue,
                        };
                        let found = x.entities().iter().any(|e| {
                            e.entity_type() == EntityType::Country
                                && overlaps((e.span().start, e.span().end), (g.start, g.end))
                        });
                        if !found {
                            *misses.entry(g.text.clone()).or_default() += 1;
                        }
                        tally.add(found);
                    }
                }
            }
            println!("CoNLL-2003 {}: {} documents", args[1], docs.len());
            for (t, tally) in &precision {
                println!("  precision {t:<13} {}", tally.ratio());
            }
            for (label, ty) in [("PER", "PERSON"), ("ORG", "ORGANIZATION"), ("LOC", "COUNTRY")] {
                let r = recall.remove(label).unwrap_or_default();
                let p = precision.get(ty).map_or_else(Tally::default, |t| Tally {
                    right: t.right,
                    total: t.total,
                });
                println!(
                    "  recall    {label:<13} {}   F1 (with {ty} precision) {}",
                    r.ratio(),
                    f1(&p, &r)
                );
            }
            match oracle {
                Some(_) => {
                    println!("  recall LOC country names {}", loc_recall.ratio());
                    println!("  recall MISC demonyms     {}", misc_recall.ratio());
                    let mut top: Vec<_> = misses.into_iter().collect();
                    top.sort_by_key(|t| std::cmp::Reverse(t.1));
                    let top: Vec<String> = top.iter().take(10).map(|(t, n)| format!("{t} ×{n}")).collect();
                    println!("  most missed: {}", top.join(", "));
                }
                None => println!("  recall: SKIPPED, no mledoze country list under {shared}/data/countries"),
            }
        }
        Some("re3d") if args.len() >= 2 => {
            let sources: Vec<String> = if args.len() > 2 {
                args[2..].to_vec()
            } else {
                let mut found: Vec<String> = std::fs::read_dir(&args[1])
                    .map(|rd| {
                        rd.filter_map(|e| e.ok())
                            .filter(|e| e.path().join("entities.json").exists())
                            .map(|e| e.file_name().to_string_lossy().into_owned())
                            .filter(|n| !RE3D_HELD_OUT.contains(&n.as_str()))
                            .collect()
                    })
                    .unwrap_or_default();
                found.sort();
                found
            };
            let mut precision: BTreeMap<&str, Tally> = BTreeMap::new();
            let mut recall: BTreeMap<String, Tally> = BTreeMap::new();
            let mut nationality = Tally::default();
            let mut ndocs = 0;
            let shared = std::path::Path::new(&args[1])
                .ancestors()
                .find(|p| p.join("data/countries").is_dir())
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "../shared".into());
            let demonyms = country_oracle(&shared).map(|(_, d)| d).unwrap_or_default();
            for source in &sources {
                let docs = match read_re3d(&format!("{}/{source}", args[1])) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("entity_eval: {e}");
                        return ExitCode::from(2);
                    }
                };
                ndocs += docs.len();
                for (text, gold) in &docs {
                    let x = extractor.extract(text);
                    for e in x.entities() {
                        let labels = re3d_labels(e);
                        let s = e.span();
                        let ok = gold.iter().any(|g| {
                            labels.contains(&g.label.as_str()) && overlaps((s.start, s.end), (g.start, g.end))
                        });
                        let key = match (e.entity_type(), e.alias_kind()) {
                            (EntityType::Country, AliasKind::Demonym) => "COUNTRY (demonym)",
                            (EntityType::Country, AliasKind::Agent) => "COUNTRY (agent)",
                            (t, _) => t.as_str(),
                        };
                        if show_errors && !ok {
                            println!(
                                "FP {key:<12} {:?} {:?} in {:?}",
                                e.text(),
                                e.evidence().map(|v| v.kind().as_str()),
                                line_at(text, s.start)
                            );
                        }
                        precision.entry(key).or_default().add(ok);
                        // Nationality: demonyms, also those of agents ("Russian
                        // troops"; not "U.S. forces"), against Nationality spans
                        // only.
                        let demonym = match e.alias_kind() {
                            AliasKind::Demonym => true,
                            AliasKind::Agent => {
                                let agent = e.evidence().map_or("", |v| v.text());
                                let country = e.text().strip_suffix(agent).unwrap_or("").trim();
                                demonyms.contains(&country.to_lowercase())
                            }
                            _ => false,
                        };
                        if demonym && e.entity_type() == EntityType::Country {
                            let nat = gold.iter().any(|g| {
                                g.label == "Nationality" && overlaps((s.start, s.end), (g.start, g.end))
                            });
                            nationality.add(nat);
                        }
                    }
                    for g in gold {
                        if ![
                            "Person",
                            "Organisation",
                            "Nationality",
                            "Weapon",
                            "MilitaryPlatform",
                        ]
                        .contains(&g.label.as_str())
                        {
                            continue;
                        }
                        let found = x.entities().iter().any(|e| {
                            re3d_labels(e).contains(&g.label.as_str())
                                && overlaps((e.span().start, e.span().end), (g.start, g.end))
                        });
                        if !found && show_misses.as_deref() == Some(g.label.as_str()) {
                            println!(
                                "MISS {:<12} {:?} in {:?}",
                                g.label,
                                g.text,
                                line_at(text, g.start)
                            );
                        }
                        recall.entry(g.label.clone()).or_default().add(found);
                        if matches!(g.label.as_str(), "Weapon" | "MilitaryPlatform") {
                            recall
                                .entry("Weapon+MilitaryPlatform".into())
                                .or_default()
                                .add(found);
                        }
                    }
                }
            }
            println!(
                "re3d {}: {} documents from {}",
                args[1],
                ndocs,
                sources.join(", ")
            );
            for (t, tally) in &precision {
                println!("  precision {t:<18} {}", tally.ratio());
            }
            for (t, tally) in &recall {
                println!("  recall    {t:<18} {}", tally.ratio());
            }
            println!(
                "  precision {:<18} {}",
                "demonyms (also of agents) as Nationality",
                nationality.ratio()
            );
            let none = Tally::default();
            for (label, ty) in [
                ("Person", "PERSON"),
                ("Organisation", "ORGANIZATION"),
                ("Nationality", "demonyms"),
                ("Weapon+MilitaryPlatform", "WEAPON"),
            ] {
                let p = if label == "Nationality" {
                    &nationality
                } else {
                    precision.get(ty).unwrap_or(&none)
                };
                let r = recall.get(label).unwrap_or(&none);
                println!("  F1        {label:<18} {} (precision of {ty})", f1(p, r));
            }
        }
        _ => {
            eprintln!("usage: entity_eval conll FILE | entity_eval re3d DIR [SOURCE...]");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
