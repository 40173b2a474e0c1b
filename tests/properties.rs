//! Properties that hold on any input: no panic, spans in bounds and on char
//! boundaries, entities sorted and non-overlapping, relation arguments valid,
//! output deterministic.

use newsie::{Extraction, Extractor};
use proptest::prelude::*;

fn check(text: &str, out: &Extraction<'_>) {
    let mut last_end = 0;
    for e in out.entities() {
        let s = e.span();
        assert!(s.start < s.end && s.end <= text.len(), "span {s:?} out of bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= last_end, "entities overlap or are unsorted at {s:?}");
        assert_eq!(&text[s.start..s.end], e.text());
        last_end = s.end;
    }
    for s in out.sentences() {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for r in out.relations() {
        for a in r.arguments() {
            assert!(r.sentence().contains(a.span), "argument outside its sentence");
            if let Some(i) = a.entity {
                assert!(i < out.entities().len());
            }
        }
    }
}

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in "\\PC{0,200}") {
        let ex = Extractor::default();
        let out = ex.extract(&text);
        check(&text, &out);
    }

    #[test]
    fn alias_soup(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..60)) {
        let text: String = parts.concat();
        let ex = Extractor::default();
        let out = ex.extract(&text);
        check(&text, &out);
        let again = ex.extract(&text);
        prop_assert_eq!(out.entities(), again.entities());
        prop_assert_eq!(out.relations(), again.relations());
    }
}
