//! Throughput of each stage over the bundled sample (the large-corpus benches
//! come with the benchmarks issue), and the cost of building the default
//! extractor.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsie::Extractor;

fn bench(c: &mut Criterion) {
    let text = include_str!("../examples/data/sample.txt").repeat(20);
    let ex = Extractor::default();
    let expected = ex.extract(&text).relations().len();
    assert!(expected > 0, "the sample yields relations");
    let mut g = c.benchmark_group("sample");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| newsie::token::Tokens::new(&text).tokens().len())
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            let n = ex.extract(&text).relations().len();
            assert_eq!(n, expected);
            n
        })
    });
    g.finish();
    c.bench_function("build_default_extractor", |b| {
        b.iter(|| Extractor::builder().build().unwrap().alias_count())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
