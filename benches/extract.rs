//! Throughput of each stage over a large real corpus, and the cost of
//! building the default extractor.
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

criterion_group!(benches, bench);
criterion_main!(benches);
