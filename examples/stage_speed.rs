//! Times each stage of newsie over the first megabytes of a corpus, the way
//! the peer harness in `../shared/peers` times its peers: whole documents in
//! file order until their text reaches the limit, corpus reading and the
//! extractor's build excluded, best of several runs, one thread.
//!
//! ```text
//! cargo run --release --example stage_speed -- CORPUS.jsonl[.gz] [--max-mb 20] [--repeat 5] [--only STAGE]
//! ```
//!
//! Prints one JSON line per stage (`tokenize`, `entities`, `extract`) with
//! the megabytes (10^6 bytes) timed, the best time, MB/s and what was
//! counted (tokens, entity mentions, relations). `tokenize` is the public
//! [`newsie::token::Tokens::new`], which looks no word up; the extractor's
//! one lexicon lookup per token is part of `entities`.

use std::io::{BufRead, BufReader, Read};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let (mut max_mb, mut repeat) = (20.0f64, 5usize);
    let mut only = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| -> String {
            it.next()
                .cloned()
                .unwrap_or_else(|| fail(&format!("{name} needs a value")))
        };
        match a.as_str() {
            "--max-mb" => max_mb = value("--max-mb").parse().unwrap_or_else(|_| fail("--max-mb N")),
            "--repeat" => repeat = value("--repeat").parse().unwrap_or_else(|_| fail("--repeat N")),
            "--only" => only = Some(value("--only")),
            "-h" | "--help" => {
                fail("usage: stage_speed CORPUS.jsonl[.gz] [--max-mb 20] [--repeat 5] [--only STAGE]")
            }
            p => path = Some(p.to_string()),
        }
    }
    let path = path.unwrap_or_else(|| {
        fail("usage: stage_speed CORPUS.jsonl[.gz] [--max-mb 20] [--repeat 5] [--only STAGE]")
    });
    let docs = load(&path, (max_mb * 1e6) as usize);
    let bytes: usize = docs.iter().map(String::len).sum();
    let start = Instant::now();
    let extractor = newsie::Extractor::default();
    let load_s = start.elapsed().as_secs_f64();
    type Stage<'a> = (&'a str, &'a str, Box<dyn Fn(&str) -> usize + 'a>);
    let stages: [Stage<'_>; 3] = [
        (
            "tokenize",
            "tokens",
            Box::new(|d| newsie::token::Tokens::new(d).tokens().len()),
        ),
        (
            "entities",
            "entity mentions",
            Box::new(|d| extractor.extract_entities(d).entities().len()),
        ),
        (
            "extract",
            "relations",
            Box::new(|d| extractor.extract(d).relations().len()),
        ),
    ];
    for (stage, counts, run) in &stages {
        if only.as_deref().is_some_and(|o| o != *stage) {
            continue;
        }
        let mut best = f64::MAX;
        let mut count = 0;
        for _ in 0..repeat.max(1) {
            let t = Instant::now();
            count = docs.iter().map(|d| run(d)).sum::<usize>();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{}",
            serde_json::json!({
                "stage": stage, "docs": docs.len(), "mb": bytes as f64 / 1e6, "runs": repeat,
                "load_s": load_s, "secs": best, "mb_s": bytes as f64 / 1e6 / best,
                "counts": counts, "count": count,
            })
        );
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("stage_speed: {msg}");
    std::process::exit(2)
}

/// Whole documents (field `text`) in file order until their size reaches `limit`.
fn load(path: &str, limit: usize) -> Vec<String> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let mut reader = BufReader::new(file);
    let gzip = reader.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::MultiGzDecoder::new(reader))
    } else {
        Box::new(reader)
    };
    let mut docs = Vec::new();
    let mut total = 0;
    for (n, line) in BufReader::new(reader).lines().enumerate() {
        if total >= limit {
            break;
        }
        let line = line.unwrap_or_else(|e| fail(&format!("{path}:{}: {e}", n + 1)));
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| fail(&format!("{path}:{}: {e}", n + 1)));
        if let Some(text) = value["text"].as_str().filter(|t| !t.is_empty()) {
            total += text.len();
            docs.push(text.to_string());
        }
    }
    docs
}
