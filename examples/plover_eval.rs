//! How newsie's PLOVER events agree with PLOVER's gold-standard records.
//!
//! ```text
//! cargo run --release --example plover_eval -- ../shared/data/eval/plover/PLOVER_GSR_CAMEO.json [--list]
//! ```
//!
//! Runs the default extractor and event table over the `text` of every gold
//! record and reports, per gold event category: how many records there
//! are, for how many newsie gives at least one event, and for how many of
//! those one of its events has the gold category. With `--list`, every
//! record newsie gives an event for, with both codings.
//!
//! The gold records were coded with PLOVER 0.5b1 (2016); the table follows
//! the 2021 manual, which folded FIGHT into ASSAULT, DISAPPROVE and
//! INVESTIGATE into ACCUSE (as modes) and renamed DEMAND to REQUEST. The
//! right category counts both ways: as the gold record writes it, and
//! mapped to its 2021 category. The gold set is for evaluation: report
//! on it, do not tune rules on it.

use std::collections::BTreeMap;
use std::process::ExitCode;

use newsie::plover::{EventMap, Story};
use newsie::Extractor;
use serde_json::Value;

/// A 0.5b1 category as the 2021 manual names it.
fn category_2021(event: &str) -> &str {
    match event {
        "FIGHT" => "ASSAULT",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "DEMAND" => "REQUEST",
        e => e,
    }
}

#[derive(Default)]
struct Tally {
    records: usize,
    found: usize,
    right: usize,
    right_2021: usize,
    /// Of the records with the right 2021 category: actor codes that agree
    /// with gold's, over those where both have one.
    actor_agree: usize,
    actor_both: usize,
}

fn codes(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|list| {
            list.iter()
                .filter_map(|p| p["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: plover_eval PLOVER_GSR_CAMEO.json [--list]");
        return ExitCode::from(2);
    };
    let list = args.iter().any(|a| a == "--list");
    let gold: Vec<Value> = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!("plover_eval: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let ex = Extractor::default();
    let map = EventMap::default();
    let mut by_event: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    for record in &gold {
        let (Some(text), Some(event)) = (record["text"].as_str(), record["event"].as_str()) else {
            continue;
        };
        let out = ex.extract(text);
        let id = record["id"].as_str().unwrap_or("?");
        let events: Vec<Value> = map
            .events(Story::new(id), &out)
            .iter()
            .map(|e| serde_json::to_value(e).expect("events serialize"))
            .collect();
        let tally = by_event.entry(event.to_string()).or_default();
        for t in [&mut *tally, &mut all] {
            t.records += 1;
            if events.is_empty() {
                continue;
            }
            t.found += 1;
            t.right += events.iter().any(|e| e["event"] == event) as usize;
            let right = events.iter().find(|e| e["event"] == category_2021(event));
            if let Some(e) = right {
                t.right_2021 += 1;
                let (ours, theirs) = (codes(&e["actor"]), codes(&record["source"]));
                if !ours.is_empty() && !theirs.is_empty() {
                    t.actor_both += 1;
                    t.actor_agree += ours.iter().any(|c| theirs.contains(c)) as usize;
                }
            }
        }
        if list && !events.is_empty() {
            let ours: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{} {}->{}",
                        e["event"].as_str().unwrap_or("?"),
                        codes(&e["actor"]).join("+"),
                        codes(&e["recipient"]).join("+")
                    )
                })
                .collect();
            println!(
                "{id}\tgold {event} {}->{}\tnewsie {}",
                codes(&record["source"]).join("+"),
                codes(&record["target"]).join("+"),
                ours.join(", ")
            );
        }
    }
    println!(
        "{:<12} {:>7} {:>6} {:>6} {:>9} {:>12}",
        "gold event", "records", "found", "right", "right2021", "actor agrees"
    );
    let row = |name: &str, t: &Tally| {
        println!(
            "{:<12} {:>7} {:>6} {:>6} {:>9} {:>6}/{:<5}",
            name, t.records, t.found, t.right, t.right_2021, t.actor_agree, t.actor_both
        );
    };
    for (event, t) in &by_event {
        row(event, t);
    }
    row("all", &all);
    ExitCode::SUCCESS
}
