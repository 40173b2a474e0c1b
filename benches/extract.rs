//! Throughput of each stage over a large real corpus, the cost of building
//! the default extractor, and how building and matching scale with the size
//! of the gazetteer (1k, 10k, 100k and 1M aliases; a user gazetteer of a
//! million aliases should build in well under 10 s).
//!
//! Beside the stages, `corpus/aho_corasick_scan` is the bar newsie's entity
//! stage is held to: a bare aho-corasick scan (leftmost-longest, ASCII case
//! folded, matches kept only on word boundaries) for every name and alias of
//! the default gazetteers, as the peer harness in `../shared/peers` runs it.
//! In one run of this bench, `entities` over `aho_corasick_scan` is the
//! ratio that machine noise does not move.
//!
//! The corpus is the gzip JSON Lines file in `NEWSIE_CORPUS` (a `text` field
//! per line), else `../shared/data/corpus/ungdc_1990_2024.jsonl.gz` when
//! present, else the bundled sample repeated (the bench says which). At most
//! `NEWSIE_BENCH_MB` megabytes of text (default 10) are used, as one string
//! per document. Each bench checks the count it expects, so a benchmark is
//! also a correctness check.
//!
//! ```text
//! cargo bench --bench extract
//! NEWSIE_CORPUS=/data/news.jsonl.gz NEWSIE_BENCH_MB=50 cargo bench --bench extract
//! ```

use std::io::BufRead;

#[path = "../tests/adversarial/inputs.rs"]
mod adversarial_inputs;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsie::Extractor;

fn corpus() -> (String, Vec<String>) {
    let limit = std::env::var("NEWSIE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(10)
        << 20;
    let path = std::env::var("NEWSIE_CORPUS").ok().or_else(|| {
        let p = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/corpus/ungdc_1990_2024.jsonl.gz"
        );
        std::path::Path::new(p).exists().then(|| p.to_string())
    });
    let Some(path) = path else {
        eprintln!("bench corpus: ../shared not present and NEWSIE_CORPUS unset: using the bundled sample");
        let text = include_str!("../examples/data/sample.txt");
        return ("bundled sample".into(), vec![text.to_string(); 200]);
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
    let mut docs = Vec::new();
    let mut total = 0;
    for line in reader.lines() {
        let line = line.unwrap_or_else(|e| panic!("{path}: {e}"));
        let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}: {e}"));
        if let Some(t) = v["text"].as_str() {
            total += t.len();
            docs.push(t.to_string());
        }
        if total >= limit {
            break;
        }
    }
    eprintln!(
        "bench corpus: {path}: {} documents, {:.1} MB",
        docs.len(),
        total as f64 / 1e6
    );
    (path, docs)
}

fn bench(c: &mut Criterion) {
    let (_, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let ex = Extractor::default();
    let tokens: usize = docs
        .iter()
        .map(|d| newsie::token::Tokens::new(d).tokens().len())
        .sum();
    let entities: usize = docs.iter().map(|d| ex.extract_entities(d).entities().len()).sum();
    let relations: usize = docs.iter().map(|d| ex.extract(d).relations().len()).sum();
    assert!(
        entities > 0 && relations > 0,
        "the corpus yields entities and relations"
    );

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let scan = AliasScan::new();
    let scan_hits: usize = docs.iter().map(|d| scan.count(d)).sum();
    assert!(scan_hits > 0, "the scan finds aliases");
    g.bench_function("aho_corasick_scan", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| scan.count(d)).sum();
            assert_eq!(n, scan_hits);
        })
    });
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| newsie::token::Tokens::new(d).tokens().len())
                .sum();
            assert_eq!(n, tokens);
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| ex.extract_entities(d).entities().len()).sum();
            assert_eq!(n, entities);
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| ex.extract(d).relations().len()).sum();
            assert_eq!(n, relations);
        })
    });
    // Writing the records of extractions made beforehand: serde_json over
    // the Serialize impl, and Record::write_json, which writes the same
    // bytes (checked here once) with each gazetteer entry rendered once.
    let outs: Vec<_> = docs.iter().map(|d| ex.extract(d)).collect();
    let records = || outs.iter().map(|x| newsie::Record::new("doc", x));
    let mut line = Vec::new();
    let json_bytes: usize = records()
        .map(|r| {
            line.clear();
            r.write_json(&mut line);
            assert_eq!(line, serde_json::to_vec(&r).unwrap());
            line.len()
        })
        .sum();
    g.bench_function("records_serde_json", |b| {
        b.iter(|| {
            line.clear();
            records().for_each(|r| serde_json::to_writer(&mut line, &r).unwrap());
            assert_eq!(line.len(), json_bytes);
        })
    });
    g.bench_function("records_write_json", |b| {
        b.iter(|| {
            line.clear();
            records().for_each(|r| r.write_json(&mut line));
            assert_eq!(line.len(), json_bytes);
        })
    });
    g.finish();

    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    // Building, not freeing: the extractor is dropped outside the timing.
    g.bench_function("default_extractor", |b| {
        b.iter_with_large_drop(|| {
            let built = Extractor::builder().build().unwrap();
            assert_eq!(built.alias_count(), ex.alias_count());
            built
        })
    });
    g.finish();
}

/// The peer harness's bare scan: one automaton over every name and alias of
/// the default gazetteers, counting leftmost-longest matches that do not
/// touch a letter, digit or `_` on either side.
struct AliasScan {
    automaton: aho_corasick::AhoCorasick,
}

impl AliasScan {
    fn new() -> AliasScan {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteers");
        let mut aliases = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "tsv") {
                continue;
            }
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let cols: Vec<&str> = line.split('\t').collect();
                if line.starts_with('#') || cols.len() < 4 {
                    continue;
                }
                let kinds = cols[3].split('|').filter(|a| !a.trim().is_empty());
                for alias in std::iter::once(cols[2])
                    .chain(kinds.map(|a| a.split_once(':').map_or(a, |(_, rest)| rest)))
                {
                    let alias = alias.trim_start_matches(['=', '~']).trim();
                    if !alias.is_empty() {
                        aliases.insert(alias.to_lowercase());
                    }
                }
            }
        }
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&aliases)
            .unwrap();
        AliasScan { automaton }
    }

    fn count(&self, text: &str) -> usize {
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        self.automaton
            .find_iter(text)
            .filter(|m| !word(text[..m.start()].chars().next_back()) && !word(text[m.end()..].chars().next()))
            .count()
    }
}

/// A gazetteer of `n` person names, each its only alias: the default
/// gazetteer's people first (real names, found in the corpus), then new
/// names from their first and last words, so that the automaton's words are
/// real name words at every size.
fn person_gazetteer(ex: &Extractor, n: usize) -> String {
    let names: Vec<&str> = ex
        .entries()
        .iter()
        .filter(|e| e.entity_type() == newsie::EntityType::Person)
        .map(|e| e.name())
        .collect();
    let firsts: Vec<&str> = names.iter().filter_map(|n| n.split(' ').next()).collect();
    let lasts: Vec<&str> = names.iter().filter_map(|n| n.rsplit(' ').next()).collect();
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let made = (0..firsts.len() * lasts.len()).map(|i| {
        format!(
            "{} {}",
            firsts[i % firsts.len()],
            lasts[i / firsts.len() % lasts.len()]
        )
    });
    for name in names.iter().map(|n| n.to_string()).chain(made) {
        if seen.len() == n {
            break;
        }
        if seen.insert(name.to_lowercase()) {
            out.push_str(&format!("p{}\tPERSON\t{name}\t\n", seen.len()));
        }
    }
    assert_eq!(seen.len(), n, "enough names for {n} aliases");
    out
}

fn gazetteer_size(c: &mut Criterion) {
    let (_, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let ex = Extractor::default();
    for n in [1_000, 10_000, 100_000, 1_000_000] {
        let tsv = person_gazetteer(&ex, n);
        let build = || {
            Extractor::builder()
                .default_gazetteers(false)
                .default_rules(false)
                .gazetteer_str("people.tsv", &tsv)
                .build()
                .unwrap()
        };
        let sized = build();
        assert_eq!(sized.entries().len(), n);
        let found: usize = docs
            .iter()
            .map(|d| sized.extract_entities(d).entities().len())
            .sum();
        assert!(found > 0, "the real names are found in the corpus");

        let mut g = c.benchmark_group("gazetteer_size");
        g.sample_size(10);
        g.bench_function(format!("build/{n}"), |b| b.iter_with_large_drop(build));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("entities/{n}"), |b| {
            b.iter(|| {
                let m: usize = docs
                    .iter()
                    .map(|d| sized.extract_entities(d).entities().len())
                    .sum();
                assert_eq!(m, found);
            })
        });
        g.finish();
    }
}

/// The per-byte cost of the worst shapes of text against ordinary news:
/// three made from the same 2 MB of corpus (the news as it is, one sentence
/// with every punctuation mark removed, and the text with every white space
/// removed), then the seven inputs of `tests/adversarial/inputs.rs` at 1 MB
/// each (coordinated lists, capitals, mixed scripts, one sentence of
/// trigger words, curly quotes, people beside descriptions, lists of 50,000
/// names). Each bench checks its count. `benches/adversarial.sh` measures
/// the same inputs at 8 MB through the `extract` binary, with peak memory.
fn adversarial(c: &mut Criterion) {
    let (_, docs) = corpus();
    let mut news = String::new();
    for d in &docs {
        if news.len() >= 2 << 20 {
            break;
        }
        news.push_str(d);
        news.push_str("\n\n");
    }
    let one_sentence: String = news
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let no_space: String = news.split_whitespace().collect();
    let ex = Extractor::default();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    let made = adversarial_inputs::inputs(&ex, 1 << 20);
    let shapes = [
        ("news", &news),
        ("one_sentence", &one_sentence),
        ("no_white_space", &no_space),
    ];
    let inputs = made.iter().map(|input| (input.name, &input.text));
    for (name, text) in shapes.into_iter().chain(inputs) {
        let relations = ex.extract(text).relations().len();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| assert_eq!(ex.extract(text).relations().len(), relations))
        });
    }
    g.finish();
}

criterion_group!(benches, bench, gazetteer_size, adversarial);
criterion_main!(benches);
