//! Properties that hold on any input: no panic, spans in bounds and on char
//! boundaries, entities sorted and non-overlapping, relation arguments valid,
//! output deterministic.

mod common;

use newsie::Extractor;
use once_cell::sync::Lazy;
use proptest::prelude::*;

static EXTRACTOR: Lazy<Extractor> = Lazy::new(Extractor::default);

/// Words that exercise the gazetteer and the sentence splitter.
const PIECES: &[&str] = &[
    "Iran",
    "Iranian",
    "-made",
    "drones",
    "U.S.",
    "US",
    "us",
    "the",
    "Kremlin",
    "’s",
    "'s",
    "Gen.",
    ".",
    "\n",
    " ",
    "“",
    "”",
    "\"",
    "Shahed-136",
    "to",
    "Russia",
    "sold",
    "and",
    ",",
    "…",
    "İ",
    "é",
    "\u{301}",
    "Washington",
    "Herzog",
    "Isaac Herzog",
    "NATO",
    "sanctions",
    "on",
    "attacked",
    "\u{0}",
    "\r\n",
    "🙂",
];

/// Noise between the pieces: punctuation, other scripts, controls.
const NOISE: &[&str] = &[
    "", " ", "  ", ", ", ".", "\t", "«", "»", "—", "ق", "א", "\u{200f}", "\u{feff}", "x", "9",
];

fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (proptest::sample::select(PIECES), proptest::sample::select(NOISE)),
        0..60,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(p, n)| [p, n]).collect())
}

proptest! {
    // 300 cases in CI; PROPTEST_CASES=20000 for a longer search.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings(text in "\\PC{0,200}") {
        let out = EXTRACTOR.extract(&text);
        common::check(&text, &out);
    }

    #[test]
    fn arbitrary_strings_with_white_space(text in "(\\PC|\\s){0,200}") {
        let out = EXTRACTOR.extract(&text);
        common::check(&text, &out);
    }

    #[test]
    fn alias_soup(text in soup()) {
        let out = EXTRACTOR.extract(&text);
        common::check(&text, &out);
        let again = EXTRACTOR.extract(&text);
        prop_assert_eq!(out.entities(), again.entities());
        prop_assert_eq!(out.relations(), again.relations());
    }

    /// Text put before a document, ending in a paragraph break so that it is
    /// a sentence of its own, moves every offset by exactly its length and
    /// changes nothing else.
    #[test]
    fn offsets_shift_with_a_prefix(text in soup(), prefix in "[A-Za-z ,é’]{0,30}") {
        let text = text.trim_start();
        let prefix = format!("{}.\n\n", prefix.trim());
        let shifted = format!("{prefix}{text}");
        let a = EXTRACTOR.extract(text);
        let b = EXTRACTOR.extract(&shifted);
        let n = prefix.len();
        let after: Vec<_> = b.entities().iter().filter(|e| e.span().start >= n).collect();
        prop_assert_eq!(a.entities().len(), after.len());
        for (x, y) in a.entities().iter().zip(after) {
            prop_assert_eq!((x.span().start + n, x.span().end + n), (y.span().start, y.span().end));
            prop_assert_eq!(x.id(), y.id());
        }
        let moved: Vec<_> = b.relations().iter().filter(|r| r.sentence().start >= n).collect();
        prop_assert_eq!(a.relations().len(), moved.len());
        for (x, y) in a.relations().iter().zip(moved) {
            prop_assert_eq!(x.sentence().start + n, y.sentence().start);
            prop_assert_eq!(x.rule(), y.rule());
            prop_assert_eq!(x.factuality(), y.factuality());
        }
    }
}

/// Inputs proptest found: two guesses of the names stage claimed one
/// mention (a name that ends in a place, and the country of a compound),
/// and the mentions overlapped.
#[test]
fn guesses_over_one_mention_do_not_overlap() {
    for text in [
        "Iran, Iranto Iran-made",
        "Peru, Iranto Iran-made",
        "Iran, Bob Iran-made",
    ] {
        let out = EXTRACTOR.extract(text);
        common::check(text, &out);
    }
}
